#!/usr/bin/env bash
# Whether two builds of dyad write the same events, byte for byte: the check every speed
# change is held to (doc/performance.md). Codes the bundled examples, the 60 wire stories, the
# stories ten times over (so that state kept across documents, such as per-thread caches, is
# exercised) and, when present, the 711 real pages of ../shared/data/wcxb-dev-articles with
# two threads.
#   bash bench/same_output.sh BASE NEW
# BASE and NEW are commands taking dyad's arguments: a binary, or a wrapper around one built
# elsewhere (which then needs its own data: `DYAD_GAZETTEER=DIR/gazetteer.bin DIR/dyad code
# --data DIR/data ...`, with the data of its commit from `git archive`).
set -u
cd "$(dirname "$0")/.."
base=$1; new=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq 10); do cat tests/data/events/articles.jsonl; done > "$dir/stories10.jsonl"
inputs=("examples:examples/0* examples/10*" "stories:tests/data/events/articles.jsonl"
        "stories10:$dir/stories10.jsonl")
wcxb=../shared/data/wcxb-dev-articles/html
[ -d "$wcxb" ] && inputs+=("pages:$wcxb")
same=1
for entry in "${inputs[@]}"; do
  name=${entry%%:*}
  for side in base new; do
    cmd=$base; [ $side = new ] && cmd=$new
    # shellcheck disable=SC2086
    $cmd code -q --threads 2 --out "$dir/$name.$side.jsonl" ${entry#*:} 2>/dev/null
  done
  if cmp -s "$dir/$name.base.jsonl" "$dir/$name.new.jsonl"; then
    echo "$name: identical ($(wc -l < "$dir/$name.new.jsonl") events)"
  else
    echo "$name: DIFFERENT"; same=0
  fi
done
[ $same = 1 ] && echo "same output" || { echo "outputs differ"; exit 1; }
