#!/usr/bin/env python3
"""Writes the per-article part of review/a_notes.md: each sentence, dyad's events before (the
session's base) and after the branch, each judged against review/a_gold.tsv at country level
(source and target country, CAMEO root): ok, wrong (no such event in the judgement), missed.
    review/notes_table.py BASE_EVENTS.jsonl BRANCH_EVENTS.jsonl > part.md"""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
from coder_eval import split_sentences, norm
HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "a_articles.jsonl"))]
gold = collections.defaultdict(list)
for i, l in enumerate(open(os.path.join(HERE, "a_gold.tsv"))):
    if i == 0 or not l.strip(): continue
    f = l.rstrip("\n").split("\t")
    gold[(f[0], int(f[1]))].append(f)
def load(path):
    ev = collections.defaultdict(list)
    sents = {a["id"]: [norm(s)[:40] for s in split_sentences(a["text"])] for a in arts}
    for l in open(path):
        e = json.loads(l)
        s = norm(e["sentence"])[:40]
        idx = next((k for k, t in enumerate(sents[e["doc_id"]]) if t == s), e["sentence_index"])
        ev[(e["doc_id"], idx)].append(e)
    return ev
base, new = load(sys.argv[1]), load(sys.argv[2])
def key(src, tgt, code): return (src[:3], tgt[:3], code[:2])
def fmt(e):
    t = e["target"]
    return f'{e["source"]["code"]}>{t["code"] if t else "-"} {e["cameo"]}' + (f' ({e["modality"]})' if e["modality"] else "")
for a in arts:
    print(f'### {a["id"]} ({a["date"]})\n')
    for i, s in enumerate(split_sentences(a["text"])):
        g = gold[(a["id"], i)]
        gk = collections.Counter(key(f[2], f[3], f[4]) for f in g if f[3] != "-")
        print(f'- [{i}] {s}')
        for name, ev in (("before", base), ("after", new)):
            evs = [e for e in ev[(a["id"], i)] if e["target"]]
            left = gk.copy(); marks = []
            for e in evs:
                k = key(e["source"]["code"], e["target"]["code"], e["cameo"])
                if left[k] > 0: left[k] -= 1; marks.append(fmt(e) + " ok")
                else: marks.append(fmt(e) + " WRONG")
            missed = list(left.elements())
            if marks or missed:
                print(f'  - {name}: ' + "; ".join(marks + [f"missed {m[0]}>{m[1]} {m[2]}x" for m in missed]))
        for f in g:
            if f[5:] and f[5]: print(f'  - judged: {f[2]}>{f[3]} {f[4]}: {f[5]}')
    print()
