#!/usr/bin/env python3
"""Quality of each model column of a ModelSurvey table (parallax-embeddings, test sources).

    python3 bench/scripts/survey_quality.py TABLE msrp   # MSRP: F1 of the cosine alone and of the shipped blend
    python3 bench/scripts/survey_quality.py TABLE stsb   # STS-B: Pearson and Spearman with the gold, floor cosine

The table has the columns gold, lexical, length, numbers, then one cosine per model. The blend is the shipped
one of BlendedSimilarity: max(w * c + (1 - w) * lexical, lexical * t / t_lex), c = max(0, (cos - f) / (1 - f)),
with w 0.70, f 0.5, t 0.30, t_lex 0.45. Plain Python, no packages.
"""
import csv
import sys

W, FLOOR, T, T_LEX = 0.70, 0.5, 0.30, 0.45


def f1(gold, predicted):
    tp = sum(1 for g, p in zip(gold, predicted) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted) if g and not p)
    return 200.0 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_f1(gold, scores, low, high):
    return max((f1(gold, [s >= t / 100 for s in scores]), t / 100) for t in range(low, high + 1))


def blend(cosine, lexical):
    c = max(0.0, (cosine - FLOOR) / (1 - FLOOR))
    return max(W * c + (1 - W) * lexical, lexical * T / T_LEX)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return cov / (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5


def main(path, kind):
    rows = list(csv.reader(open(path), delimiter="\t"))
    header, rows = rows[0], [[float(x) for x in r] for r in rows[1:]]
    gold, lexical = [r[0] for r in rows], [r[1] for r in rows]
    if kind == "stsb":
        print("lexical: Pearson %.3f Spearman %.3f (%d pairs)" % (
            pearson(lexical, gold), pearson(ranks(lexical), ranks(gold)), len(rows)))
    else:
        print("lexical: F1-best threshold %.2f F1 %.1f (%d pairs)" % (
            best_f1(gold, lexical, 10, 90)[1], best_f1(gold, lexical, 10, 90)[0], len(rows)))
    for m in range(4, len(header)):
        cos = [r[m] for r in rows]
        if kind == "stsb":
            related = [c for c, g in zip(cos, gold) if 1 <= g <= 2]
            print("%s: Pearson %.3f Spearman %.3f; mean cosine of the pairs rated 1-2: %.3f" % (
                header[m], pearson(cos, gold), pearson(ranks(cos), ranks(gold)), sum(related) / len(related)))
        else:
            alone = best_f1(gold, cos, 30, 99)
            blended = [blend(c, x) for c, x in zip(cos, lexical)]
            shipped = [b >= T for b in blended]
            refit = best_f1(gold, blended, 10, 90)
            accuracy = 100.0 * sum(1 for g, p in zip(gold, shipped) if bool(g) == p) / len(gold)
            print("%s: cosine alone F1 %.1f (t %.2f); shipped blend at t %.2f: accuracy %.1f F1 %.1f;"
                  " blend at its F1-best t %.2f: F1 %.1f" % (
                      header[m], alone[0], alone[1], T, accuracy, f1(gold, shipped), refit[1], refit[0]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
