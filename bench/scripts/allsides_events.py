#!/usr/bin/env python3
"""Turns the AllSides headline round-ups crawled by the NeuS authors into Parallax inputs, and scores a corpus run.

The crawl is data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl of the public repository
HLTCHKUST/framing-bias-metric (506 stories of April to October 2021, each the opening paragraphs of one article by a
left, a centre and a right outlet; about 100 outlets in all). It is not part of Parallax: clone the repository and
give the file. Each article is only its opening, cut by the crawler mid-sentence; the cut sentence is dropped.

  allsides_events.py build RAW.jsonl OUT_DIR   # OUT_DIR/ev/<story>/{left,center,right}.txt + m.tsv,
                                               # OUT_DIR/corpus.jsonl (for `parallax corpus`), OUT_DIR/gold.json
  allsides_events.py score OUT_DIR CORPUS_OUT  # pairwise and B-cubed precision / recall / F1 of CORPUS_OUT/events.jsonl

docs/evaluation.md ("Real openings of independent coverage read: AllSides") says what was measured with it.
"""
import collections
import itertools
import json
import os
import re
import sys

CUT = re.compile(r'(\.\.\.|\u2026)\s*$')


def opening(paragraphs):
    """The paragraphs without the sentence the crawler cut (it ends in an ellipsis)."""
    paras = [p.strip() for p in paragraphs if p.strip()]
    if paras and CUT.search(paras[-1]):
        last = CUT.sub('', paras[-1])
        ends = list(re.finditer(r'[.!?]["\u201d\u2019)]?\s', last + ' '))
        if ends:
            paras[-1] = last[:ends[-1].end()].strip()
        else:
            paras.pop()
    return paras


def build(raw, out):
    gold = {}
    with open(os.path.join(out, 'corpus.jsonl'), 'w') as corpus:
        for line in open(raw):
            story = json.loads(line)
            if len(story['news']) < 2:
                continue
            sid = str(story['id'])
            folder = os.path.join(out, 'ev', sid)
            os.makedirs(folder, exist_ok=True)
            manifest = ['file\toutlet\tpublished\turl']   # the url gives compare the page's genre (/opinion/)
            for side in ('left', 'center', 'right'):
                item = story['news'].get(side)
                body = opening(item['newBody']) if item else []
                if not body:
                    continue
                dated = re.search(r'/(20\d\d)/(\d\d)/(\d\d)/', item['newsLink'])
                published = '-'.join(dated.groups()) if dated else story['date'][:10]
                outlet = re.sub(r'\s*\(.*\)$', '', item['newsSource']).strip()
                path = os.path.abspath(os.path.join(folder, side + '.txt'))
                with open(path, 'w') as f:
                    f.write(item['newsTitle'].strip() + '\n\n' + '\n\n'.join(body) + '\n')
                manifest.append(f'{path}\t{outlet}\t{published}\t{item["newsLink"]}')
                article = f'{sid}-{side}'
                corpus.write(json.dumps({'id': article, 'outlet': outlet, 'published': published,
                                         'url': item['newsLink'], 'title': item['newsTitle'].strip(),
                                         'text': '\n\n'.join(body)}) + '\n')
                gold[article] = sid
            with open(os.path.join(folder, 'm.tsv'), 'w') as f:
                f.write('\n'.join(manifest) + '\n')
    with open(os.path.join(out, 'gold.json'), 'w') as f:
        json.dump(gold, f, sort_keys=True)
    print(f'{len(gold)} articles of {len(set(gold.values()))} stories')


def score(out, run):
    gold = json.load(open(os.path.join(out, 'gold.json')))
    found = {}
    for line in open(os.path.join(run, 'events.jsonl')):
        event = json.loads(line)
        for a in event['articles']:
            found[a] = event['event']
    ids = sorted(gold)

    def clusters(label):
        c = collections.defaultdict(set)
        for a in ids:
            c[label[a]].add(a)
        return c

    def pairs(c):
        return {p for members in c.values() for p in itertools.combinations(sorted(members), 2)}

    g, f = clusters(gold), clusters(found)
    gp, fp = pairs(g), pairs(f)
    p = len(gp & fp) / len(fp)
    r = len(gp & fp) / len(gp)
    bp = sum(len(f[found[a]] & g[gold[a]]) / len(f[found[a]]) for a in ids) / len(ids)
    br = sum(len(f[found[a]] & g[gold[a]]) / len(g[gold[a]]) for a in ids) / len(ids)
    print(f'{len(ids)} articles, {len(g)} stories, {len(f)} events found')
    print(f'pairwise P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}; B3 P {bp:.3f} R {br:.3f} F1 {2 * bp * br / (bp + br):.3f}')


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('build', 'score'):
        sys.exit(__doc__)
    (build if sys.argv[1] == 'build' else score)(sys.argv[2], sys.argv[3])
