#!/usr/bin/env bash
# End-to-end throughput of `dyad code`, with 1 and with 2 threads in the same run, on
#  - the bundled examples replicated into a JSONL corpus of about $DYAD_BENCH_MB megabytes
#    (default 100, the size issue 6 asks for), and
#  - the 60 real wire stories of tests/data/events/articles.jsonl replicated into about
#    $DYAD_BENCH_WIRE_MB megabytes (default 10): political news as written, longer sentences
#    and fewer repeats than the examples, the costliest text per sentence, and
#  - the real pages of ../shared/data/wcxb-dev-articles/html (gzipped HTML) when present,
#    decompressed into the temporary directory so that gunzip is not what is measured.
# For each run: documents, sentences/s, MB/s and peak memory (dyad's own summary line); for
# each corpus the 2-thread/1-thread speed-up in sentences/s, beside what two separate
# processes on its halves reach (the machine's own limit for two cores), and the sentences per
# CPU-second of the coding thread (bench/thread_cpu.sh: the per-core figure, which other load
# on the machine moves less than wall-clock rates). Both thread counts run back to back so that they
# see the same machine load; $DYAD_BENCH_ROUNDS (default 3) repeats it all, and the median
# speed-up of each corpus is printed at the end.
set -euo pipefail
dyad=${1:-build/release/dyad}
mb=${DYAD_BENCH_MB:-100}
wire_mb=${DYAD_BENCH_WIRE_MB:-10}
rounds=${DYAD_BENCH_ROUNDS:-3}
wcxb=${DYAD_BENCH_WCXB:-../shared/data/wcxb-dev-articles/html}
dir=$(mktemp -d)
# The events are written to a RAM-backed folder when there is one: the examples' events are
# about ten times their input (1.1 GB for 100 MB), and writing a gigabyte to this machine's
# disk costs 3.4 s of kernel time on the writer thread (0.6 s to tmpfs: `dd bs=1M count=1000`),
# a cost of the file system that would otherwise swamp the threads' scaling being measured.
# $DYAD_BENCH_OUT names another folder (for example one on disk, to include its cost).
if [ -n "${DYAD_BENCH_OUT:-}" ]; then
  out=$(mktemp -d "$DYAD_BENCH_OUT/dyad-bench.XXXXXX")
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
  out=$(mktemp -d /dev/shm/dyad-bench.XXXXXX)
else
  out=$dir
fi
trap 'rm -rf "$dir" "$out"' EXIT
echo "events written to $out"
python3 - "$dir/corpus.jsonl" "$mb" "$dir/wire.jsonl" "$wire_mb" <<'PY'
import json, os, sys, glob
out, mb = sys.argv[1], float(sys.argv[2])
wire_out, wire_mb = sys.argv[3], float(sys.argv[4])
docs = []
for path in sorted(glob.glob("examples/*.txt")):
    docs.append({"date": "2024-01-01", "text": open(path, encoding="utf-8").read()})
for path in sorted(glob.glob("examples/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line); docs.append({"date": d.get("date"), "text": d["text"]})
def replicate(docs, path, mb, name, prefix, what):
    """Writes docs over and over, each with its own id, until the file holds `mb` MB."""
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1e6:
            d = dict(docs[n % len(docs)]); d["id"] = f"{prefix}-{n}"
            line = json.dumps(d) + "\n"; f.write(line); size += len(line.encode()); n += 1
    print(f"corpus {name}: {n} documents, {size/1e6:.1f} MB ({what})")
replicate(docs, out, mb, "examples", "bench", "the examples replicated")
stories = [json.loads(l) for l in open("tests/data/events/articles.jsonl", encoding="utf-8") if l.strip()]
replicate(stories, wire_out, wire_mb, "wire", "wire", "the 60 wire stories replicated")
PY
corpora=("examples:$dir/corpus.jsonl" "wire:$dir/wire.jsonl")
if [ -d "$wcxb" ]; then
  mkdir -p "$dir/wcxb"
  for f in "$wcxb"/*.html.gz; do gunzip -c "$f" > "$dir/wcxb/$(basename "${f%.gz}")"; done
  echo "corpus wcxb: $(ls "$dir/wcxb" | wc -l) pages, $(du -sm "$dir/wcxb" | cut -f1) MB ($wcxb)"
  corpora+=("wcxb:$dir/wcxb")
fi

# rate LOG: the sentences/s figure of dyad's summary line.
rate() { sed -n 's/.* \([0-9.]*\) sentences\/s.*/\1/p' "$1"; }
# sentences LOG: the sentences count of dyad's summary line.
sentences() { sed -n 's/.*coded [0-9]* documents, \([0-9]*\) sentences.*/\1/p' "$1"; }

# What this machine gives two cores, as a reference for the 2-thread speed-up: each corpus is
# also cut in two halves, coded by two separate single-thread processes at once. They share
# nothing but the machine (caches, memory, the hypervisor's scheduling), so their speed-up over
# one process is the most two threads could reach here.
for c in "${corpora[@]}"; do
  name=${c%%:*}
  input=${c#*:}
  mkdir -p "$dir/halves/$name.a" "$dir/halves/$name.b"
  if [ -d "$input" ]; then
    i=0
    for f in "$input"/*; do
      half=a; [ $((i % 2)) -eq 1 ] && half=b
      ln -s "$f" "$dir/halves/$name.$half/"
      i=$((i + 1))
    done
  else
    lines=$(wc -l < "$input")
    head -n $((lines / 2)) "$input" > "$dir/halves/$name.a/part.jsonl"
    tail -n +$((lines / 2 + 1)) "$input" > "$dir/halves/$name.b/part.jsonl"
  fi
done
# seconds LOG: the coding time of dyad's summary line (after the dictionaries are loaded, as
# for its sentences/s).
seconds() { sed -n 's/^dyad: \([0-9.]*\) s, .*/\1/p' "$1"; }
# two_processes NAME: sentences/s of the two halves coded at once by two processes, over the
# time the slower one took.
two_processes() {
  "$dyad" code --threads 1 --out "$out/half_a.jsonl" "$dir/halves/$1.a" 2> "$dir/log_a" &
  "$dyad" code --threads 1 --out "$out/half_b.jsonl" "$dir/halves/$1.b" 2> "$dir/log_b" || true
  wait || true
  rm -f "$out/half_a.jsonl" "$out/half_b.jsonl"
  python3 -c "import sys; a, b, s, t = map(float, sys.argv[1:]); print(f'{(a + b) / max(s, t):.0f}')" \
    "$(sentences "$dir/log_a")" "$(sentences "$dir/log_b")" \
    "$(seconds "$dir/log_a")" "$(seconds "$dir/log_b")"
}

for round in $(seq 1 "$rounds"); do
  for c in "${corpora[@]}"; do
    name=${c%%:*}
    input=${c#*:}
    # The single-thread run is thread_cpu.sh's, which also reads each thread's CPU time.
    per_core=$(THREAD_CPU_OUT="$out/out1.jsonl" THREAD_CPU_LOG="$dir/log1" \
               bash bench/thread_cpu.sh "$dyad" "$input")
    "$dyad" code --threads 2 --out "$out/out2.jsonl" "$input" 2> "$dir/log2" || true
    for t in 1 2; do
      echo "round $round $name threads=$t"
      sed 's/^/  /' "$dir/log$t"
    done
    # Same input, same output, whatever the thread count.
    cmp -s "$out/out1.jsonl" "$out/out2.jsonl" || echo "  WARNING: outputs differ"
    rm -f "$out/out1.jsonl" "$out/out2.jsonl"
    ratio=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{b / a:.2f}')" \
      "$(rate "$dir/log1")" "$(rate "$dir/log2")")
    echo "$ratio" >> "$dir/ratios.$name"
    echo "round $round $name speed-up 2 threads / 1 thread: ${ratio}x"
    ratio_processes=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{b / a:.2f}')" \
      "$(rate "$dir/log1")" "$(two_processes "$name")")
    echo "$ratio_processes" >> "$dir/ratios_processes.$name"
    echo "round $round $name speed-up of two separate 1-thread processes on its halves: ${ratio_processes}x"
    echo "round $round $name per core: $per_core"
  done
done
# With several rounds, the median ratio of each corpus: on a shared machine single runs swing.
if [ "$rounds" -gt 1 ]; then
  for c in "${corpora[@]}"; do
    name=${c%%:*}
    python3 -c "import statistics, sys; r = sorted(float(x) for x in open(sys.argv[1])); p = sorted(float(x) for x in open(sys.argv[2])); print(f'$name: median speed-up {statistics.median(r):.2f}x over {len(r)} rounds ({r[0]:.2f}-{r[-1]:.2f}); two separate processes {statistics.median(p):.2f}x ({p[0]:.2f}-{p[-1]:.2f})')" "$dir/ratios.$name" "$dir/ratios_processes.$name"
  done
fi
