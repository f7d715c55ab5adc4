#!/usr/bin/env bash
# make bench: Google Benchmark micro-benchmarks, then an end-to-end run over the examples
# replicated, each timed against a baseline in the same run.
set -euo pipefail
build=${1:-build/release}
cd "$(dirname "$0")/.."
if [ -x "$build/dyad_bench" ]; then
  "$build/dyad_bench" --benchmark_counters_tabular=true
fi
bash bench/end_to_end.sh "$build/dyad"
