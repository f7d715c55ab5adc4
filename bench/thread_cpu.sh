#!/usr/bin/env bash
# Single-core throughput that other load on the machine does not move much: runs
# `dyad code --threads 1` once, polls /proc for each thread's CPU time (utime + stime) until it
# ends, and prints the sentences coded per CPU-second of the busiest thread (the coding worker).
# Wall-clock sentences/s on a shared 2-core machine swing by 30% or more from run to run.
#   bash bench/thread_cpu.sh build/release/dyad CORPUS
# $THREAD_CPU_OUT and $THREAD_CPU_LOG keep the run's events and dyad's summary, so that a caller
# (bench/end_to_end.sh) can use this run as its single-thread run instead of coding again.
set -u
b=$1; corpus=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
out=${THREAD_CPU_OUT:-$dir/out.jsonl}
log=${THREAD_CPU_LOG:-$dir/log}
$b code --threads 1 --out "$out" $corpus 2>"$log" &
pid=$!
declare -A last
while kill -0 $pid 2>/dev/null; do
  for t in /proc/$pid/task/*; do
    [ -r $t/stat ] || continue
    s=$(cat $t/stat 2>/dev/null) || continue
    tid=$(basename $t)
    # fields 14,15 after the comm (which may contain spaces): strip up to ") "
    rest=${s#*) }
    set -- $rest
    last[$tid]=$(( ${12} + ${13} ))
  done
  sleep 0.05
done
wait $pid
hz=$(getconf CLK_TCK)
sent=$(sed -n 's/.*coded [0-9]* documents, \([0-9]*\) sentences.*/\1/p' "$log")
max=0; all=0
for t in "${!last[@]}"; do v=${last[$t]}; all=$((all+v)); [ $v -gt $max ] && max=$v; done
python3 -c "import sys; m,a,h,s=map(float,sys.argv[1:]); print(f'busiest thread {m/h:.2f} s CPU, all threads {a/h:.2f} s, {s/(m/h):.0f} sentences per CPU-second of the busiest thread')" $max $all $hz $sent
