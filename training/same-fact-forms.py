#!/usr/bin/env python3
"""Compares forms of the aligner's same-fact model on ECB+ train, 5-fold cross-validation by topic.

The shipped model is a ridge logistic regression over the pair features (SameFactTraining). This script asks
whether another form separates the same training rows better: gradient-boosted trees (depth 2-3, 50-300 trees)
or the logistic regression with chosen pairwise products of the features. It compares them at matched operating
points: the recall of gold links among the gated pairs at the curated non-link rate the logistic form has at a
given cut, not only by AUC. It also fits each form on all of train and reads dev's gated gold pairs.

Rows come from SameFactTraining's dumps (the same run writes both):

    java -Ddump=/tmp/sf/rows -Dpairs=/tmp/sf/pairs -DpairsOnly=1 -cp bench/target/benchmarks.jar \\
        dev.parallax.bench.eval.SameFactTraining ../shared/data/ecbplus /tmp/sf/unused.tsv
    python3 training/same-fact-forms.py /tmp/sf

rows-train.csv holds the training rows (the gated gold pairs in sub-topic order, each "a" sub-topic followed by
its look-alike negatives) without their topic; pairs-train.tsv holds the gold pairs with their documents, so a
row's topic is read by walking both in order. Needs numpy and scikit-learn (python3-sklearn). Deterministic.
"""
import csv
import itertools
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

RIDGE = 1.0  # SameFactTraining.RIDGE
FOLDS = 5


def read_pairs(path):
    with open(path, newline="") as f:
        r = csv.reader(f, delimiter="\t")
        head = next(r)
        rows = [row for row in r]
    names = head[6:]
    topic = [row[0].split("-")[0] for row in rows]
    y = np.array([int(row[4]) for row in rows])
    gated = np.array([int(row[5]) for row in rows])
    x = np.array([[float(v) for v in row[6:]] for row in rows])
    return names, topic, y, gated, x


def read_rows(path):
    with open(path, newline="") as f:
        r = csv.reader(f)
        head = next(r)
        rows = [[float(v) for v in row] for row in r]
    a = np.array(rows)
    return head[:-1], a[:, :-1], a[:, -1].astype(int)


def topics_of_rows(rx, px, ptopic, pgated):
    """Each training row's topic and whether it is a gold pair (else a look-alike negative)."""
    gold = [i for i in range(len(ptopic)) if pgated[i]]
    out, is_gold = [], []
    j = 0
    current = ptopic[gold[0]]
    for x in rx:
        if j < len(gold) and np.array_equal(x, px[gold[j]]):
            current = ptopic[gold[j]]
            out.append(current)
            is_gold.append(True)
            j += 1
        else:
            out.append(current)
            is_gold.append(False)
    if j != len(gold):
        raise SystemExit(f"matched {j} of {len(gold)} gated gold pairs to the training rows")
    return np.array(out), np.array(is_gold)


def newton_logistic(x, y, ridge=RIDGE, iterations=30, tol=1e-12):
    """SameFactTraining's fit: Newton's method, L2 on every weight but the intercept."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    d = xb.shape[1]
    w = np.zeros(d)
    pen = np.full(d, ridge)
    pen[-1] = 1e-6
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + pen * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if step @ step < tol:
            break
    return w


class Logistic:
    def __init__(self, products=(), ridge=RIDGE):
        self.products = list(products)
        self.ridge = ridge

    def expand(self, x):
        cols = [x] + [(x[:, i] * x[:, j])[:, None] for i, j in self.products]
        return np.hstack(cols)

    def fit(self, x, y):
        self.w = newton_logistic(self.expand(x), y, self.ridge)
        return self

    def score(self, x):
        xe = self.expand(x)
        return 1 / (1 + np.exp(-(xe @ self.w[:-1] + self.w[-1])))


class Trees:
    def __init__(self, depth, trees, rate=0.1):
        self.m = HistGradientBoostingClassifier(max_depth=depth, max_iter=trees, learning_rate=rate,
                                                early_stopping=False, random_state=0)

    def fit(self, x, y):
        self.m.fit(x, y)
        return self

    def score(self, x):
        return self.m.predict_proba(x)[:, 1]


def oof_scores(make, x, y, topics):
    """Out-of-fold scores, folds by topic (topics dealt round-robin in sorted order)."""
    uniq = sorted(set(topics))
    fold_of = {t: k % FOLDS for k, t in enumerate(uniq)}
    folds = np.array([fold_of[t] for t in topics])
    s = np.zeros(len(y))
    for k in range(FOLDS):
        tr, te = folds != k, folds == k
        s[te] = make().fit(x[tr], y[tr]).score(x[te])
    return s


def recall_at_false(s, y, neg_mask, false_rate):
    """Link recall at the cut whose false rate among the neg_mask rows is at most false_rate."""
    neg = np.sort(s[neg_mask])[::-1]
    k = int(np.floor(false_rate * len(neg)))
    cut = neg[k] + 1e-12 if k < len(neg) else -np.inf
    return (s[y == 1] >= cut).mean(), cut


def log_loss(s, y):
    s = np.clip(s, 1e-9, 1 - 1e-9)
    return -np.mean(y * np.log(s) + (1 - y) * np.log(1 - s))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/sf"
    names, ptopic, py, pgated, px = read_pairs(f"{d}/pairs-train.tsv")
    rnames, rx, ry = read_rows(f"{d}/rows-train.csv")
    assert names == rnames, (names, rnames)
    topics, is_gold = topics_of_rows(rx, px, ptopic, pgated)
    _, _, dy, dgated, dx = read_pairs(f"{d}/pairs-dev.tsv")
    dx, dy = dx[dgated == 1], dy[dgated == 1]
    print(f"train rows {len(ry)}: gold links {int(((ry == 1) & is_gold).sum())}, curated non-links "
          f"{int(((ry == 0) & is_gold).sum())}, look-alike negatives {int((~is_gold).sum())}; "
          f"{len(set(topics))} topics; dev gated gold pairs {len(dy)} ({int(dy.sum())} links)")

    base = oof_scores(Logistic, rx, ry, topics)
    curated = is_gold & (ry == 0)
    lookalike = ~is_gold
    # operating points: the curated non-link rates the logistic form has at these cuts
    cuts = [0.5, 0.8, 0.9, 0.95]
    rates = [(base[curated] >= c).mean() for c in cuts]
    dev_base = Logistic().fit(rx, ry).score(dx)
    dev_rates = [(dev_base[dy == 0] >= c).mean() for c in cuts]

    forms = [("logistic (shipped form)", Logistic)]
    for depth in (2, 3):
        for trees in (50, 100, 200, 300):
            forms.append((f"trees depth {depth}, {trees}", lambda depth=depth, trees=trees: Trees(depth, trees)))
    # products: greedy forward selection by out-of-fold log loss on train, up to 4
    chosen = []
    pairs = list(itertools.combinations(range(len(names)), 2))
    best = log_loss(base, ry)
    for _ in range(4):
        trial = []
        for p in pairs:
            if p in chosen:
                continue
            s = oof_scores(lambda: Logistic(chosen + [p]), rx, ry, topics)
            trial.append((log_loss(s, ry), p))
        loss, p = min(trial)
        if loss >= best - 1e-4:
            break
        best = loss
        chosen.append(p)
        print(f"  product {names[p[0]]} x {names[p[1]]}: out-of-fold log loss {loss:.4f}")
    for n in range(1, len(chosen) + 1):
        forms.append((f"logistic + {n} product{'s' if n > 1 else ''}",
                      lambda n=n: Logistic(chosen[:n])))
    forms.append(("logistic + all 190 products, ridge 5", lambda: Logistic(pairs, ridge=5.0)))

    head = "".join(f" | rec@{100 * r:.1f}%" for r in rates)
    dhead = "".join(f" | dev rec@{100 * r:.1f}%" for r in dev_rates)
    print(f"\n| form | CV AUC gold | CV log loss{head} | look-alike false at 0.90-match{dhead} | dev AUC |")
    print("|---" * (5 + 2 * len(rates)) + "|")
    for label, make in forms:
        s = base if label.startswith("logistic (") else oof_scores(make, rx, ry, topics)
        g = is_gold
        auc = roc_auc_score(ry[g], s[g])
        cells = []
        la = ""
        for c, r in zip(cuts, rates):
            rec, cut = recall_at_false(s[g], ry[g], ry[g] == 0, r)
            cells.append(f"{100 * rec:.1f}%")
            if c == 0.9:
                la = f"{100 * (s[lookalike] >= cut).mean():.1f}%"
        ds = make().fit(rx, ry).score(dx)
        dcells = [f"{100 * recall_at_false(ds, dy, dy == 0, r)[0]:.1f}%" for r in dev_rates]
        print(f"| {label} | {auc:.4f} | {log_loss(s, ry):.4f} | " + " | ".join(cells) + f" | {la} | "
              + " | ".join(dcells) + f" | {roc_auc_score(dy, ds):.4f} |")

    # which features the depth-2 trees lean on: drop in out-of-fold AUC when a feature is shuffled
    m = Trees(2, 200).fit(rx, ry)
    rng = np.random.RandomState(0)
    ref = roc_auc_score(ry[is_gold], m.score(rx[is_gold]))
    imp = []
    for i, n in enumerate(names):
        xs = rx[is_gold].copy()
        xs[:, i] = xs[rng.permutation(len(xs)), i]
        imp.append((ref - roc_auc_score(ry[is_gold], m.score(xs)), n))
    print("\ndepth-2, 200 trees on all of train: AUC drop on the gold pairs when a feature is shuffled")
    for v, n in sorted(imp, reverse=True):
        print(f"  {n:20s} {v:.4f}")


if __name__ == "__main__":
    main()
