"""Time the parse of the professional standard «Педагог» (000): ``python bench/bench_standard.py [N]``."""

from __future__ import annotations

import statistics
import sys
import time

from sanat.regulation.standard import build_standard
from sanat.regulation.standard.case import to_case


def main(n: int = 20) -> None:
    parse, case = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        data = build_standard()
        t1 = time.perf_counter()
        to_case(data)
        t2 = time.perf_counter()
        parse.append(t1 - t0)
        case.append(t2 - t1)
    c = data["counts"]
    print(f"build_standard: median {statistics.median(parse) * 1000:.1f} ms, min {min(parse) * 1000:.1f} ms "
          f"over {n} runs")
    print(f"to_case:        median {statistics.median(case) * 1000:.1f} ms")
    print(f"objects: {c['indicators']} indicators, {c['descriptors_present']} descriptors, {c['profession_cards']} cards, "
          f"{c['tasks']} tasks, {c['knowledge'] + c['skills']} knowledge/skill items, {c['anomalies']} anomalies")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
