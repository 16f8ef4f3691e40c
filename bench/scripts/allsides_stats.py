#!/usr/bin/env python3
"""Totals of an AllSides run (AllSidesRun's OUT_DIR) and, given a second run, the stories whose reports differ.

  allsides_stats.py OUT_DIR [BASE_DIR]

Prints: passages (and those of two or more outlets), omissions, quote groups, quote versions by fidelity,
discrepancies, reuse findings, articles set apart from the main event, framing cues by kind, refused stories.
With BASE_DIR it prints the same totals for the base, then the stories whose JSON differs (and how many).
docs/evaluation.md gives these totals session by session.
"""
import collections
import json
import os
import sys


def totals(folder):
    t = collections.Counter()
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith('.err'):
            t['refused'] += 1
            continue
        if not name.endswith('.json'):
            continue
        r = json.load(open(path, encoding='utf-8'))
        t['stories'] += 1
        t['passages'] += len(r['passages'])
        t['multi'] += sum(1 for p in r['passages'] if len(p['members']) >= 2)
        t['omissions'] += len(r['omissions'])
        t['quote groups'] += len(r['quotes'])
        for q in r['quotes']:
            for v in q['variants']:
                t['q:' + v['fidelity']] += 1
        t['discrepancies'] += len(r['discrepancies'])
        t['reuse'] += len(r['reuse'])
        t['other'] += sum(1 for a in r['articles'] if a['event'] != 'main')
        for o in r['outlets']:
            for c in o['framing']['cues']:
                t['cue:' + c['kind']] += 1
    return t


def show(label, t):
    print(label)
    for key in sorted(t):
        print(f'  {key:24} {t[key]:>7,}')


def changed(new, base):
    names = sorted(n for n in set(os.listdir(new)) | set(os.listdir(base)) if n.endswith('.json'))
    out = []
    for n in names:
        a, b = os.path.join(new, n), os.path.join(base, n)
        if not (os.path.exists(a) and os.path.exists(b)) or open(a, 'rb').read() != open(b, 'rb').read():
            out.append(n[:-5])
    return out


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    show(sys.argv[1], totals(sys.argv[1]))
    if len(sys.argv) == 3:
        show(sys.argv[2], totals(sys.argv[2]))
        diff = changed(sys.argv[1], sys.argv[2])
        print(f'{len(diff)} stories changed: ' + ' '.join(diff))


if __name__ == '__main__':
    main()
