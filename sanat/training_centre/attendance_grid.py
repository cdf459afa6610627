"""The cohort's attendance for one course day: every participant × every (topic, activity) of that day.

A day's topics come from the schedule (``services.schedule``). Attendance is kept per participant, topic and
activity (the course plans hours per topic and activity, not per day), so a topic that spans two days shows
the same cells on both; each cell is bounded by the topic's planned hours for that activity.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from . import services as s
from .models import Cohort, Participant


@dataclass(frozen=True)
class Column:
    topic: str
    title: str
    module: int
    activity: str
    planned: int

    @property
    def key(self) -> str:
        return f"{self.topic}-{self.activity}"


def days(cohort: Cohort) -> list[dict]:
    """``[{day, date, topics}]`` for the course calendar."""
    out: dict[int, dict] = {}
    for sl in s.schedule(cohort):
        d = out.setdefault(sl.day, {"day": sl.day, "date": sl.date, "topics": []})
        if sl.topic not in d["topics"]:
            d["topics"].append(sl.topic)
    return list(out.values())


def columns(cohort: Cohort, day: int) -> list[Column]:
    """The (topic, activity) cells planned for ``day`` (activities with no planned hours are left out)."""
    plan = s.topic_hours(cohort.format)
    cols, seen = [], set()
    for sl in s.schedule(cohort):
        if sl.day != day or sl.topic in seen:
            continue
        seen.add(sl.topic)
        for activity, planned in plan[sl.topic].items():
            if planned:
                cols.append(Column(sl.topic, sl.title, sl.module, activity, planned))
    return cols


def cell_name(participant_pk: int, col: Column) -> str:
    return f"a-{participant_pk}-{col.key}"


def parse(cohort: Cohort, day: int, data, label) -> tuple[dict[int, dict[tuple[str, str], int]], list[str]]:
    """Read every cell of the day's grid from ``data``; ``label(participant, column)`` names a cell in errors.

    Returns ``({participant_pk: {(topic, activity): hours}}, errors)``; an empty cell is 0."""
    values: dict[int, dict[tuple[str, str], int]] = {}
    errors: list[str] = []
    cols = columns(cohort, day)
    for p in cohort.participants.all():
        row = values.setdefault(p.pk, {})
        for col in cols:
            raw = data.get(cell_name(p.pk, col), "")
            raw = raw.strip() if isinstance(raw, str) else raw
            try:
                row[(col.topic, col.activity)] = s.whole(raw or "0", label(p, col), 0, col.planned)
            except s.TrainingError as exc:
                errors.append(str(exc))
    return values, errors


def save(user, cohort: Cohort, values: dict[int, dict[tuple[str, str], int]], ip=None) -> int:
    """Save the whole grid at once (all or nothing); each participant's other topics are kept.

    Returns how many participants' attendance changed (each change is audited by ``save_attendance``)."""
    s.require_manage(user, cohort)
    changed = 0
    with transaction.atomic():
        for p in Participant.objects.select_for_update().filter(cohort=cohort, pk__in=list(values)):
            before = s.attended(p)
            merged = {**before, **values[p.pk]}
            if merged != before:
                s.save_attendance(user, p, merged, ip=ip)
                changed += 1
    return changed


def totals(cohort: Cohort, day: int) -> list[dict]:
    """Per column of the day: planned hours, the sum over participants, and how many attended it in full."""
    cols = columns(cohort, day)
    people = list(cohort.participants.all())
    done = {p.pk: s.attended(p) for p in people}
    out = []
    for col in cols:
        got = [done[p.pk].get((col.topic, col.activity), 0) for p in people]
        out.append({"col": col, "sum": sum(got), "full": sum(1 for g in got if g >= col.planned),
                    "people": len(people)})
    return out
