"""Benchmark: parse the course programme (003) into the exported dict.

Run: ``.venv/bin/python bench/bench_course.py [N] [--sources DIR]``. Prints the time of the first
build (cold: includes loading the text) and the median of N further builds.
"""

from __future__ import annotations

import argparse
import statistics
import time

from sanat.regulation.course import build_course


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=20)
    ap.add_argument("--sources")
    args = ap.parse_args()
    t0 = time.perf_counter()
    course = build_course(args.sources)
    cold = time.perf_counter() - t0
    runs = []
    for _ in range(args.n):
        t0 = time.perf_counter()
        build_course(args.sources)
        runs.append(time.perf_counter() - t0)
    topics = sum(len(m["topics"]) for m in course["modules"])
    print(f"course {course['source']['file']}: {course['source']['lines']} lines, {len(course['modules'])} modules, "
          f"{topics} topics, {len(course['anomalies'])} anomalies")
    print(f"parse: first {cold * 1000:.1f} ms, median of {args.n} {statistics.median(runs) * 1000:.1f} ms, "
          f"max {max(runs) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
