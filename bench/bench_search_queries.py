"""Search quality and latency on the query set: ``.venv/bin/python bench/bench_search_queries.py [ROUNDS]``.

Runs the queries of ``tests/catalog/search_queries.yaml`` (as teachers and HR clerks type them, kk and ru)
through the catalog search (``sanat.catalog.search.find``: the index of the loaded edition, on a throwaway
SQLite database, snippets included) and, in the same run, through a plain baseline: case-folded substring
matching of each query word (≥ 3 letters) in the titles and items of both languages, ranked by the number of
words found, title matches first. Prints hit@1, hit@3 and MRR (reciprocal rank within the top 10) per query
kind and overall, and p50/p95/max latency per query.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
os.environ["SANAT_HOME"] = tempfile.mkdtemp(prefix="sanat-bench-")
os.environ["SANAT_DATABASE_URL"] = f"sqlite:///{os.environ['SANAT_HOME']}/bench.sqlite3"
os.environ["SANAT_DEBUG"] = "0"
os.environ.setdefault("SANAT_IIN_KEY", "bench-only-iin-key")  # required when DEBUG is off
os.environ.setdefault("SANAT_SECRET_KEY", "bench-only-secret-key")  # likewise
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings")

import django  # noqa: E402

django.setup()
from django.core.management import call_command  # noqa: E402

from sanat.catalog import store  # noqa: E402
from sanat.catalog.positions import iter_items  # noqa: E402
from sanat.catalog.search import find  # noqa: E402
from sanat.text.analyzers import normalise_word, words  # noqa: E402

QUERIES = yaml.safe_load((Path(__file__).resolve().parents[1] / "tests/catalog/search_queries.yaml").read_text())


def baseline_factory():
    docs = []
    for p in store.positions().values():
        title = " ".join(t for t in (p.get("title") or {}).values() if t).lower()
        text = " ".join(i.get("text") or "" for _s, _l, i in iter_items(p)).lower()
        docs.append((p["id"], title, text))

    def baseline(q: str) -> list[str]:
        ws = [normalise_word(w) for w in words(q) if len(w) >= 3]
        scored = []
        for n, (pid, title, text) in enumerate(docs):
            found = sum(1 for w in ws if w in title or w in text)
            if found:
                scored.append((-found, -sum(1 for w in ws if w in title), n, pid))
        return [pid for *_x, pid in sorted(scored)]
    return baseline


def measure(name: str, fn) -> None:
    ranks: dict[str, list[int | None]] = {}
    times: list[float] = []
    for _ in range(ROUNDS):
        for e in QUERIES:
            t = time.perf_counter()
            top = fn(e["q"])[:10]
            times.append(1000 * (time.perf_counter() - t))
    for e in QUERIES:
        top = fn(e["q"])[:10]
        rank = next((i + 1 for i, d in enumerate(top) if d in e["expect"]), None)
        ranks.setdefault(e["kind"], []).append(rank)
    ranks["ALL"] = [r for k, v in ranks.items() for r in v]

    def row(kind: str, rs: list[int | None]) -> str:
        h1 = sum(1 for r in rs if r == 1) / len(rs)
        h3 = sum(1 for r in rs if r and r <= 3) / len(rs)
        mrr = sum(1 / r for r in rs if r) / len(rs)
        return f"  {kind:9} n={len(rs):3}  hit@1 {h1:.3f}  hit@3 {h3:.3f}  MRR {mrr:.3f}"
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"{name}: p50 {statistics.median(times):.2f} ms  p95 {p95:.2f} ms  max {times[-1]:.2f} ms "
          f"({len(times)} queries)")
    for kind, rs in ranks.items():
        print(row(kind, rs))


def main() -> None:
    call_command("migrate", verbosity=0)
    t = time.perf_counter()
    call_command("load_regulations", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"load_regulations (build + import + search index): {time.perf_counter() - t:.1f} s; "
          f"{len(QUERIES)} queries, {ROUNDS} timed rounds")
    measure("sanat search (find, with snippets)", lambda q: [h.position.pid for h in find(q).hits])
    measure("plain substring baseline", baseline_factory())


if __name__ == "__main__":
    main()
