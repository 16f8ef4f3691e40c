"""Sentence pairs from ../shared/data: ECB+ same-fact links and non-links, look-alike negatives, MSRP, STS-B.

Nothing here is written to disk: the texts are read at run time and never enter the repository.
"""
import csv
import json
import os
import re

STOP = set("""a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say told new one two after year
years day days time week last first according people since""".split())
WORD = re.compile(r"[a-z][a-z'-]+")


def content_words(text):
    return {w for w in WORD.findall(text.lower()) if len(w) > 2 and w not in STOP}


class Sentence:
    __slots__ = ("doc", "n", "text", "curated", "subtopic", "words")

    def __init__(self, doc, n, text, curated, subtopic):
        self.doc, self.n, self.text, self.curated, self.subtopic = doc, n, text, curated, subtopic
        self.words = content_words(text)


class EcbPlus:
    """The sub-topics of one split: their sentences, gold links and curated non-links."""

    def __init__(self, folder, split):
        gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
        self.subtopics = {}  # sid -> list of Sentence (every sentence of its documents)
        self.links, self.nonlinks = [], []  # (Sentence, Sentence) within a sub-topic
        self.siblings = {}  # sid -> sid of the other event of its topic
        by_topic = {}
        for sid in sorted(gold["subtopics"]):
            st = gold["subtopics"][sid]
            if st["split"] != split:
                continue
            by_topic.setdefault(st["topic"], []).append(sid)
            index, sentences = {}, []
            for doc in sorted(st["sentences"]):
                with open(os.path.join(folder, "docs", doc + ".txt"), encoding="utf-8") as f:
                    text = f.read()
                for s in st["sentences"][doc]:
                    sentence = Sentence(doc, s["n"], text[s["span"][0]: s["span"][1]].strip(), s["curated"], sid)
                    index[(doc, s["n"])] = sentence
                    sentences.append(sentence)
            self.subtopics[sid] = sentences
            curated = {}
            for s in sentences:
                if s.curated:
                    curated.setdefault(s.doc, []).append(s)
            for pair in st["pairs"]:
                linked = {(a, b) for a, b, _ in pair["links"]}
                for a, b in sorted(linked):
                    self.links.append((index[(pair["a"], a)], index[(pair["b"], b)]))
                negatives = [(x, y) for x in curated.get(pair["a"], []) for y in curated.get(pair["b"], [])
                             if (x.n, y.n) not in linked]
                if len(negatives) != pair["negatives"]:
                    raise ValueError("%s %s/%s: %d non-links, gold says %d"
                                     % (sid, pair["a"], pair["b"], len(negatives), pair["negatives"]))
                self.nonlinks.extend(negatives)
        for topic, sids in by_topic.items():
            if len(sids) == 2:
                self.siblings[sids[0]], self.siblings[sids[1]] = sids[1], sids[0]
        self.topics = [sorted(s) for _, s in sorted(by_topic.items())]

    def lookalikes(self, curated_only):
        """Pairs of a curated sentence and a sentence of the sibling sub-topic (another instance of the same kind
        of event) that share a content word: certain non-links that look alike."""
        out = []
        for sid, other in sorted(self.siblings.items()):
            if sid > other:
                continue
            mine = [s for s in self.subtopics[sid] if s.curated]
            theirs = [s for s in self.subtopics[other] if s.curated or not curated_only]
            for x in mine:
                for y in theirs:
                    if x.words & y.words and (y.curated or not curated_only):
                        out.append((x, y))
            if not curated_only:
                mine_all = [s for s in self.subtopics[sid] if not s.curated]
                for x in mine_all:
                    for y in (s for s in self.subtopics[other] if s.curated):
                        if x.words & y.words:
                            out.append((y, x))
        return out


def msrp(folder, part="train"):
    with open(os.path.join(folder, "msrp", part + ".tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["a"], r["b"], int(r["label"])) for r in rows]


def stsb(folder, part="dev"):
    with open(os.path.join(folder, "stsb", part + ".tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["a"], r["b"], float(r["score"])) for r in rows]
