"""Time the Order 338 catalog build: median of several runs, whole build and its stages.

Usage: .venv/bin/python bench/bench_parse.py [--runs N] [--sources DIR]
"""

from __future__ import annotations

import argparse
import statistics
import time

from sanat.regulation import sources
from sanat.regulation.tqc.catalog import build_catalog
from sanat.regulation.tqc.parse import parse_kk, parse_ru

BUDGET_S = 2.0


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sources")
    args = ap.parse_args()
    kk, ru = sources.load("tqc_kk", args.sources), sources.load("tqc_ru", args.sources)
    build_catalog(args.sources)  # warm-up: imports and regex compilation
    parse_s = median_time(lambda: (parse_kk(kk), parse_ru(ru)), args.runs)
    full_s = median_time(lambda: build_catalog(args.sources), args.runs)
    print(f"parse 001+002 (clean + structure): median {parse_s * 1000:.0f} ms over {args.runs} runs")
    print(f"build_catalog (parse, competencies, requirements, alignment, notice): "
          f"median {full_s * 1000:.0f} ms over {args.runs} runs (budget {BUDGET_S:.0f} s)")
    return 0 if full_s < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
