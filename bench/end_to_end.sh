#!/usr/bin/env bash
# End-to-end throughput: the bundled examples replicated into a JSONL corpus of about
# $DYAD_BENCH_MB megabytes (default 20), coded with 1 and with 2 threads in the same run.
# Prints documents, sentences/s, MB/s and peak memory for each, and the 2-thread speed-up.
set -euo pipefail
dyad=${1:-build/release/dyad}
mb=${DYAD_BENCH_MB:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir/corpus.jsonl" "$mb" <<'PY'
import json, os, sys, glob
out, mb = sys.argv[1], float(sys.argv[2])
docs = []
for path in sorted(glob.glob("examples/*.txt")):
    docs.append({"date": "2024-01-01", "text": open(path, encoding="utf-8").read()})
for path in sorted(glob.glob("examples/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line); docs.append({"date": d.get("date"), "text": d["text"]})
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1e6:
        d = dict(docs[n % len(docs)]); d["id"] = f"bench-{n}"
        line = json.dumps(d) + "\n"; f.write(line); size += len(line.encode()); n += 1
print(f"corpus: {n} documents, {size/1e6:.1f} MB (the examples replicated)")
PY
for t in 1 2; do
  echo "threads=$t"
  "$dyad" code --threads "$t" --out "$dir/out$t.jsonl" "$dir/corpus.jsonl" 2>&1 | sed 's/^/  /'
done
