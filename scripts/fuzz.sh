#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets of fuzz/ with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer in BUILD_DIR, and runs each for SECONDS on a corpus kept in
# BUILD_DIR/corpus/NAME (seeded from the bundled examples and made of hostile inputs the first
# time, then grown by every run). A crash stops the run with the input that caused it saved as
# BUILD_DIR/crash-NAME-*; `BUILD_DIR/NAME FILE` replays it.
#   bash scripts/fuzz.sh BUILD_DIR [SECONDS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1; seconds=${2:-60}; jobs=${3:-$(nproc)}
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is needed (apt-get install clang-14)" >&2; exit 2; }
targets=$(ls fuzz/*_fuzz.cc | xargs -n1 basename | sed 's/\.cc$//')
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDYAD_FUZZ=ON -DDYAD_PROFILE_USE= >/dev/null
cmake --build "$build" -j "$jobs" --target $targets
build=$(cd "$build" && pwd)
for name in $targets; do
  corpus="$build/corpus/$name"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp examples/*.html examples/*.txt examples/*.jsonl fuzz/regressions/* "$corpus/"
    # Hostile shapes the issue names: truncated gzip, a WARC record whose length lies, deep
    # nesting, invalid UTF-8, an unknown charset.
    gzip -c examples/07_diplomatic_rebuke.html | head -c 300 > "$corpus/truncated.gz"
    printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>short</p>' > "$corpus/lying.warc"
    printf 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 87\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\n<p>ab\r\n0\r\n\r\n\r\n\r\n' > "$corpus/chunked.warc"
    gzip -c "$corpus/chunked.warc" > "$corpus/chunked.warc.gz"
    printf '%.0s<div>' $(seq 2000) > "$corpus/deep.html"
    printf '<meta charset="x-unknown"><p>caf\xe9 \xff\xfe \xc3</p>' > "$corpus/bad-utf8.html"
    printf '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A","author":[{"name":"B"}],"datePublished":"2024-01-02"}</script>' > "$corpus/jsonld.html"
  fi
  echo "fuzz: $name for ${seconds}s" >&2
  # A failing input of an earlier run is kept aside, not taken for this run's.
  for old in "$build"/crash-"$name"-* "$build"/timeout-"$name"-* "$build"/oom-"$name"-*; do
    [ -e "$old" ] && mv "$old" "$build/previous-$(basename "$old")"
  done
  set +e
  (cd "$build" && "./$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -max_len=262144 -artifact_prefix="$build/crash-$name-" -print_final_stats=1 "$corpus" \
    > "$build/$name.log" 2>&1)
  status=$?
  set -e
  grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|Test unit written)' \
    "$build/$name.log" || true
  if [ $status -ne 0 ]; then
    echo "fuzz: $name failed (exit $status; $build/$name.log): $(ls "$build"/crash-"$name"-* 2>/dev/null)" >&2
    exit 1
  fi
done
