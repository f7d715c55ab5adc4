#!/usr/bin/env python3
"""Scores dyad's events on review/a_articles.jsonl against review/a_gold.tsv (the reviewer's
judgement): (article, sentence, source, target, CAMEO root), at country level and with full
codes. Untargeted gold rows ('-') are not scored.   review/score.py EVENTS.jsonl [--show]"""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
from coder_eval import split_sentences, norm
HERE = os.path.dirname(os.path.abspath(__file__))
arts = {}
for l in open(os.path.join(HERE, "a_articles.jsonl")):
    d = json.loads(l); arts[d["id"]] = [norm(s)[:40] for s in split_sentences(d["text"])]
gold = []
for i, l in enumerate(open(os.path.join(HERE, "a_gold.tsv"))):
    if i == 0 or not l.strip(): continue
    f = l.rstrip("\n").split("\t")
    if f[3] == "-": continue
    gold.append((f[0], int(f[1]), f[2], f[3], f[4][:2]))
pred = []
for l in open(sys.argv[1]):
    e = json.loads(l)
    if not e["target"]: continue
    s = norm(e["sentence"])[:40]
    idx = next((k for k, t in enumerate(arts[e["doc_id"]]) if t == s), e["sentence_index"])
    pred.append((e["doc_id"], idx, e["source"]["code"], e["target"]["code"], e["cameo"][:2]))
for level in ("code", "country"):
    k = (lambda r: r) if level == "code" else (lambda r: (r[0], r[1], r[2][:3], r[3][:3], r[4]))
    g = collections.Counter(k(r) for r in gold); p = collections.Counter(k(r) for r in pred)
    tp = sum((g & p).values())
    print(f"{level:8} precision {tp/max(1,sum(p.values())):.3f} ({tp}/{sum(p.values())})  "
          f"recall {tp/max(1,sum(g.values())):.3f} ({tp}/{sum(g.values())})")
    if "--show" in sys.argv and level == "country":
        for r in sorted((g - p).elements()): print("  miss ", *r)
        for r in sorted((p - g).elements()): print("  extra", *r)
