"""Time the Order 338 catalog build: median of several runs, whole build and its stages.

Usage: .venv/bin/python bench/bench_parse.py [--runs N] [--sources DIR]

Each figure is the median wall-clock time (and, in brackets, the median CPU time of this
process, which other load on the machine disturbs less) over ``--runs`` runs, after one
warm-up build (imports, YAML, regex compilation). The per-text caches (glossary terms of
notice matching; years, experience kinds and education pieces of the requirements) are
cleared before every run, so each run is as cold as in a fresh process.

Stages (each timed on its own; the whole build also does the rest: anomalies, alignment,
competencies, amendment notes, provenance):

* parse 001+002: cleaning and structure of both texts;
* requirements: ``requirements.structure`` of every position of the catalog (kk and ru);
* notice matching: ``match_notice`` of the vacancy notice against the catalog positions.
"""

from __future__ import annotations

import argparse
import statistics
import time

from sanat.regulation import sources
from sanat.regulation.notice import match, parse_notice
from sanat.regulation.requirements import education, experience, structure, years
from sanat.regulation.tqc.catalog import build_catalog
from sanat.regulation.tqc.parse import parse_kk, parse_ru

BUDGET_S = 2.0


def clear_text_caches() -> None:
    match.clear_caches()
    for cached in (years.find, experience._matches, education._education_text):
        cached.cache_clear()


def median_time(fn, runs: int) -> tuple[float, float]:
    """(median wall-clock s, median CPU s) of ``fn()``, per-text caches cleared before each run."""
    wall, cpu = [], []
    for _ in range(runs):
        clear_text_caches()
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(wall), statistics.median(cpu)


def _requirements(positions: list[dict]) -> None:
    for p in positions:
        text = p["requirements"]["text"]
        if text["kk"] or text["ru"]:
            files = {lang: (p["source"][lang] or {}).get("file") for lang in ("kk", "ru")}
            structure(text["kk"], text["ru"], files={k: v for k, v in files.items() if v})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sources")
    args = ap.parse_args()
    kk, ru = sources.load("tqc_kk", args.sources), sources.load("tqc_ru", args.sources)
    notice = parse_notice(sources.load("notice", args.sources))
    positions = build_catalog(args.sources)["positions"]  # warm-up: imports and regex compilation
    stages = [
        ("parse 001+002 (clean + structure)", lambda: (parse_kk(kk), parse_ru(ru))),
        ("requirements (structure, every position)", lambda: _requirements(positions)),
        ("notice matching (match_notice)", lambda: match.match_notice(notice, positions)),
        ("build_catalog (whole build)", lambda: build_catalog(args.sources)),
    ]
    full_s = 0.0
    for name, fn in stages:
        wall, cpu = median_time(fn, args.runs)
        print(f"{name:<42} median {wall * 1000:5.0f} ms  (CPU {cpu * 1000:4.0f} ms) over {args.runs} runs")
        full_s = wall  # the last stage is the whole build
    print(f"budget {BUDGET_S:.0f} s for the whole build: {'met' if full_s < BUDGET_S else 'EXCEEDED'}")
    return 0 if full_s < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
