#!/usr/bin/env bash
# The training half of `make`'s profile-guided build: builds an instrumented dyad in TRAIN_DIR
# and, when it changed since the last training, codes and extracts the bundled examples with it,
# which writes the profile into PROFILE_DIR for the release build (CMakeLists.txt,
# DYAD_PROFILE_USE). Only examples/ trains it: the wire stories and the real pages that
# `make bench` also measures stay out of the training (doc/performance.md).
#   bash scripts/pgo-train.sh TRAIN_DIR PROFILE_DIR [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
train=$1; profile=$2; jobs=${3:-$(nproc)}
mkdir -p "$profile"
profile=$(cd "$profile" && pwd)
cmake -S . -B "$train" -DCMAKE_BUILD_TYPE=Release -DDYAD_PROFILE_GENERATE="$profile" >/dev/null
cmake --build "$train" -j "$jobs" --target dyad gazetteer
stamp="$profile/trained"
# (The gazetteer's builder links the instrumented library too: building the gazetteer again
# adds its run to the profile, which is then made again from the examples alone.)
[ -f "$stamp" ] && [ "$stamp" -nt "$train/dyad" ] && [ "$stamp" -nt "$train/gazetteer.bin" ] &&
  exit 0
echo "pgo-train: coding examples/ with the instrumented dyad" >&2
find "$profile" -name '*.gcda' -delete
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The examples as they are (text, HTML, JSONL), then their JSONL documents forty times over:
# with several hundred documents the pipeline reuses its documents as it does on real corpora.
for i in $(seq 40); do cat examples/*.jsonl; done > "$work/many.jsonl"
export DYAD_GAZETTEER="$train/gazetteer.bin"
"$train/dyad" code -q --threads 2 --out "$work/events.jsonl" examples/ "$work/many.jsonl"
"$train/dyad" code -q --out "$work/events.db" examples/
"$train/dyad" extract examples/ > "$work/extract.jsonl"
touch "$stamp"
