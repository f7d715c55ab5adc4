#!/usr/bin/env python3
"""Precision and recall of dyad's events against a hand-coded test set.

    eval/coder_eval.py [--dyad PATH] [--gold examples/EXPECTED.tsv] [--show]

The gold file has one row per event a careful human coder extracts: file, sentence_start (the
first 40 characters of the sentence, dateline left out), source, target, cameo, date. An event
of dyad matches a gold row when it comes from the same file and sentence and has the same
source, target, CAMEO root and date (to the gold row's precision). Scored twice: with full
actor codes (IRNGOV) and at country level (IRN).
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_dyad():
    cands = [p for p in glob.glob(os.path.join(ROOT, "build*", "**", "dyad"), recursive=True)
             if os.path.isfile(p) and os.access(p, os.X_OK)]
    if not cands:
        sys.exit("no dyad binary under build*/: run make first, or pass --dyad")
    return max(cands, key=os.path.getmtime)


def norm(s):
    return " ".join(s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dyad")
    ap.add_argument("--gold", default=os.path.join(ROOT, "examples", "EXPECTED.tsv"))
    ap.add_argument("--show", action="store_true", help="list misses and false alarms")
    a = ap.parse_args()
    dyad = a.dyad or find_dyad()
    gold_dir = os.path.dirname(os.path.abspath(a.gold))
    gold = []
    with open(a.gold, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            gold.append(row)
    files = sorted({r["file"] for r in gold})
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out.jsonl")
        subprocess.run([dyad, "code", "-q", "--out", out] +
                       [os.path.join(gold_dir, f) for f in files], check=False)
        events = [json.loads(l) for l in open(out, encoding="utf-8")]
    by_doc_file = {}
    for e in events:
        doc = e["doc_id"]
        fname = os.path.basename(doc) if os.path.exists(doc) else None
        if fname is None:
            fname = next((f for f in files if f.endswith(".jsonl")), doc)
        e["_file"] = fname
        e["_sent"] = norm(e["sentence"])

    def key(file, src, tgt, root, date, level):
        if level == "country":
            src, tgt = src[:3], tgt[:3]
        return (file, src, tgt, root, date)

    def gold_matches(g, e, level):
        if g["file"] != e["_file"]:
            return False
        start = norm(g["sentence_start"])[:30]
        if start not in e["_sent"]:
            return False
        src, tgt = e["source"]["code"], (e["target"] or {}).get("code", "-")
        gs, gt = g["source"], g["target"]
        if level == "country":
            src, tgt, gs, gt = src[:3], tgt[:3], gs[:3], gt[:3]
        if src != gs or tgt != gt or e["cameo"][:2] != g["cameo"][:2]:
            return False
        return e["date"].startswith(g["date"])

    for level in ("code", "country"):
        matched_gold, matched_ev = set(), set()
        for gi, g in enumerate(gold):
            for ei, e in enumerate(events):
                if ei in matched_ev:
                    continue
                if gold_matches(g, e, level):
                    matched_gold.add(gi)
                    matched_ev.add(ei)
                    break
        p = len(matched_ev) / len(events) if events else 0.0
        r = len(matched_gold) / len(gold) if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{level:8s} precision {p:.3f} ({len(matched_ev)}/{len(events)})  "
              f"recall {r:.3f} ({len(matched_gold)}/{len(gold)})  F1 {f:.3f}")
        if a.show and level == "country":
            for gi, g in enumerate(gold):
                if gi not in matched_gold:
                    print(f"  miss  {g['file'][:14]:14s} {g['source']:>10s} {g['target']:>10s} "
                          f"{g['cameo']:5s} {g['date']:10s} {g['sentence_start']}")
            for ei, e in enumerate(events):
                if ei not in matched_ev:
                    t = (e["target"] or {}).get("code", "-")
                    print(f"  extra {e['_file'][:14]:14s} {e['source']['code']:>10s} {t:>10s} "
                          f"{e['cameo']:5s} {e['date']:10s} {e['sentence'][:50]}")


if __name__ == "__main__":
    main()
