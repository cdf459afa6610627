"""The collector's pace during a screening run, and that it is given back afterwards."""

from __future__ import annotations

import gc
import threading
from datetime import date

from sanat.rules import batch_gc, screening
from sanat.rules.staff_io import Table


def test_relaxed_raises_the_first_threshold_and_restores_it():
    before = gc.get_threshold()
    with batch_gc.relaxed(50_000):
        assert gc.get_threshold() == (max(50_000, before[0]), *before[1:])
        with batch_gc.relaxed(50_000):  # nested: one relaxed period
            pass
        assert gc.get_threshold()[0] == max(50_000, before[0])
    assert gc.get_threshold() == before


def test_concurrent_runs_restore_the_thresholds_found_by_the_first():
    before = gc.get_threshold()
    entered, leave = threading.Barrier(3), threading.Event()

    def run():
        with batch_gc.relaxed():
            entered.wait()
            leave.wait()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    entered.wait()
    assert gc.get_threshold()[0] == max(batch_gc.FIRST_THRESHOLD, before[0])
    leave.set()
    for t in threads:
        t.join()
    assert gc.get_threshold() == before


def test_screen_rows_relaxes_while_it_runs_and_restores_when_done_or_abandoned():
    before = gc.get_threshold()
    rows = [(2, ("338-99-99", "x")), (3, ("338-99-99", "y"))]
    table = Table(["position", "name"], iter(rows), "csv")
    seen = []
    for row in screening.screen_rows(table, {}, date(2025, 9, 1)):
        seen.append((row[0], gc.get_threshold()[0]))
    assert [n for n, _ in seen] == [2, 3] and all(t >= batch_gc.FIRST_THRESHOLD for _, t in seen)
    assert gc.get_threshold() == before
    gen = screening.screen_rows(Table(["position", "name"], iter(rows), "csv"), {}, date(2025, 9, 1))
    next(gen)
    gen.close()  # a consumer that stops early
    assert gc.get_threshold() == before
