#!/usr/bin/env python3
"""Precision and recall of dyad's events against a hand-coded test set.

    eval/coder_eval.py [--dyad PATH] [--gold examples/EXPECTED.tsv] [--show] [--no-datelines]

The gold file has one row per event a careful human coder extracts: file, sentence_start (the
first 40 characters of the sentence, dateline left out), source, target, cameo, date. An event
of dyad matches a gold row when it comes from the same file and sentence and has the same
source, target, CAMEO root and date (to the gold row's precision). Scored twice: with full
actor codes (IRNGOV) and at country level (IRN).

--no-datelines codes a JSONL set with each article's wire dateline ("GOMA, Jan. 28 (dyad) - ")
cut off, as most web pages come: the coder then finds the story's country from its text alone.
"""
import argparse, collections, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_dyad():
    cands = [p for p in glob.glob(os.path.join(ROOT, "build*", "**", "dyad"), recursive=True)
             if os.path.isfile(p) and os.access(p, os.X_OK)]
    if not cands:
        sys.exit("no dyad binary under build*/: run make first, or pass --dyad")
    return max(cands, key=os.path.getmtime)


def norm(s):
    return " ".join(s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())


ABBREV = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "St.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Lt.", "Col.")


def split_sentences(text):
    """The gold files' rule: '.', '!' or '?' then a space and a capital or a quote, except
    after an abbreviation."""
    out, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c in ".!?" and i + 2 < len(text) and text[i + 1] == " " and \
                (text[i + 2].isupper() or text[i + 2] in "\"\u201c'"):
            word = text[:i + 1].split()[-1] if text[:i + 1].split() else ""
            if not any(word.endswith(a) for a in ABBREV):
                out.append(text[start:i + 1].strip())
                start = i + 2
        i += 1
    out.append(text[start:].strip())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dyad")
    ap.add_argument("--gold", default=os.path.join(ROOT, "examples", "EXPECTED.tsv"),
                    help="examples/EXPECTED.tsv (default) or tests/data/events/gold.tsv")
    ap.add_argument("--show", action="store_true", help="list misses and false alarms")
    ap.add_argument("--no-datelines", action="store_true",
                    help="cut the wire datelines off a JSONL set's articles before coding")
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
    if "id" in header:
        # A JSONL test set (articles.jsonl beside gold.tsv): rows name the article and the
        # sentence index; the sentence's text is recovered with the gold file's splitting rule.
        articles_path = os.path.join(gold_dir, "articles.jsonl")
        articles, records = {}, []
        for line in open(articles_path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                if a.no_datelines:
                    d["text"] = re.sub(r"^[A-Z][^\n]{0,80}?\(dyad\) [-\u2013\u2014] ", "",
                                       d["text"])
                records.append(d)
                articles[d["id"]] = split_sentences(d["text"])
        for g in gold:
            g["file"] = g["id"]
            sents = articles[g["id"]]
            g["sentence_start"] = sents[int(g["sentence"])][:40]
        inputs = [articles_path]
    else:
        inputs = [os.path.join(gold_dir, f) for f in sorted({r["file"] for r in gold})]
    files = sorted({r["file"] for r in gold})
    with tempfile.TemporaryDirectory() as d:
        if a.no_datelines and "id" in header:
            # (Named as the set is: events name their document by the article id.)
            inputs = [os.path.join(d, "articles.jsonl")]
            with open(inputs[0], "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r) + "\n")
        out = os.path.join(d, "out.jsonl")
        subprocess.run([dyad, "code", "-q", "--out", out] + inputs, check=False)
        events = [json.loads(l) for l in open(out, encoding="utf-8")]
    for e in events:
        doc = e["doc_id"]
        if doc in files:
            fname = doc
        elif os.path.exists(doc):
            fname = os.path.basename(doc)
        else:
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
