#!/usr/bin/env python3
"""Where `dyad code` spends its time, per stage, from `perf script` output with call graphs.

    perf record --call-graph dwarf,8192 -F 500 -o perf.data \
        build/release/dyad code --out /tmp/out.jsonl CORPUS
    perf script -i perf.data > perf.txt
    python3 bench/perf_stages.py perf.txt [perf_after.txt]

Each sample is charged to the stage of the innermost dyad function on its stack (so memcmp or
malloc count for the stage that called them); a sample with the dictionary or gazetteer load on
its stack is start-up. With two files, prints both side by side and the ratio of sample counts
(at the same sampling frequency: how many times less CPU the stage takes).
"""
import collections
import re
import sys

STAGES = [
    ("geo", r"dyad::geo::|dyad::\(anonymous namespace\)::CoderImpl::Place"),
    ("lexicon/coder", r"dyad::coder::|dyad::lexicon::"),
    ("text", r"dyad::text::"),
    ("ingest", r"dyad::ingest::|dyad::Extract|dyad::cli::ReadInputs|"
               r"dyad::cli::\(anonymous namespace\)::Reader|"
               r"dyad::\(anonymous namespace\)::(Dom|ParseIntoDom|MainContent|NamesFurniture|"
               r"Collect|Decode|LimitNesting|ChooseBy|Is[A-Z])"),
    ("output", r"dyad::store::|dyad::EventToJson|dyad::\(anonymous namespace\)::"
               r"(AppendEventJson|AppendPlace|AppendActor|AppendSpan|AppendFixed|AppendInt|"
               r"FileSink)"),
    ("pipeline hand-off", r"dyad::cli::\(anonymous namespace\)::CodingPipeline"),
]


def stage(stack):
    joined = " ".join(stack)
    if "dyad::Coder::Open" in joined or "Gazetteer::Load" in joined:
        return "start-up"
    for f in stack:
        if not f.startswith("dyad::"):
            continue
        for name, pattern in STAGES:
            if re.match(pattern, f):
                return name
        return "other (copies of events and articles)"
    if any("myhtml" in f or "mycore" in f for f in stack):
        return "ingest"
    return "outside dyad"


def load(path):
    samples, cur = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    samples.append(cur)
                cur = []
                continue
            if line[0] in " \t":
                parts = line.strip().split(" ", 1)
                if len(parts) == 2:
                    cur.append(re.sub(r"\+0x[0-9a-f]+$", "", parts[1].rsplit(" (", 1)[0]))
            else:
                cur = []
    if cur:
        samples.append(cur)
    return collections.Counter(stage(s) for s in samples if s)


def main():
    runs = [load(p) for p in sys.argv[1:3]]
    if not runs:
        sys.exit(__doc__)
    a = runs[0]
    ta = sum(a.values())
    if len(runs) == 1:
        for k, v in a.most_common():
            print(f"{100 * v / ta:5.1f}%  {k}")
        print(f"samples {ta}")
        return
    b = runs[1]
    tb = sum(b.values())
    print(f"{'stage':40s} {'before':>13s} {'after':>13s} {'less CPU':>9s}")
    for k, _ in (a + b).most_common():
        ratio = f"{a[k] / b[k]:.2f}x" if b[k] else "-"
        print(f"{k:40s} {a[k]:5d} {100 * a[k] / ta:5.1f}%  {b[k]:5d} {100 * b[k] / tb:5.1f}%  "
              f"{ratio:>8s}")
    print(f"{'total':40s} {ta:5d}         {tb:5d}          {ta / tb:.2f}x")


if __name__ == "__main__":
    main()
