"""What a head of department reads from a screened staff file: how many meet each category, how many can
move up and what holds them back most, overall, by post and by school (plain Python, fed row by row)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sanat.rules.messages import gap_topic
from sanat.rules.staff_io import OUTPUT_COLUMNS
from sanat.vocabulary import CATEGORIES

_I = {c: i for i, c in enumerate(OUTPUT_COLUMNS)}
TOP_GAPS = 10


@lru_cache(maxsize=20_000)
def split_gaps(text: str | None) -> tuple[str, ...]:
    """What holds one screened row back: its gap texts (the column joins them with `` | ``), each without
    the person's own figures (``gap_topic``), so that «4 years of 5» and «2 years of 5» count as one."""
    return tuple(gap_topic(g.strip()) for g in str(text or "").split(" | ") if g.strip())


@dataclass
class Group:
    people: int = 0
    errors: int = 0
    highest: Counter = field(default_factory=Counter)  # the highest teacher category met by requirements
    can_move_up: int = 0
    gaps: Counter = field(default_factory=Counter)

    def add(self, row: tuple) -> None:
        self.people += 1
        if row[_I["error"]]:
            self.errors += 1
            return
        high = row[_I["highest_category"]] or ""
        self.highest[high] += 1
        if row[_I["next_category"]]:
            self.can_move_up += 1
        self.gaps.update(split_gaps(row[_I["gaps"]]))

    def meeting(self) -> dict[str, int]:
        """Per teacher category: how many meet it or a higher one (the requirements are cumulative)."""
        out, running = {}, 0
        for code in reversed(CATEGORIES):
            running += self.highest.get(code, 0)
            out[code] = running
        return {c: out[c] for c in CATEGORIES}

    def as_dict(self) -> dict:
        return {"people": self.people, "errors": self.errors, "screened": self.people - self.errors,
                "meeting": self.meeting(), "can_move_up": self.can_move_up,
                "top_gaps": self.gaps.most_common(TOP_GAPS)}


class Summary:
    """Feed it every screened tuple (``OUTPUT_COLUMNS``) with the row's school; read ``as_dict``."""

    def __init__(self) -> None:
        self.total = Group()
        self.by_post: dict[str, Group] = defaultdict(Group)
        self.titles: dict[str, str] = {}
        self.by_school: dict[str, Group] = defaultdict(Group)

    def add(self, row: tuple, school: str = "") -> None:
        self.total.add(row)
        pid = row[_I["position"]] or ""
        if pid:
            self.by_post[pid].add(row)
            if row[_I["position_title"]]:
                self.titles.setdefault(pid, row[_I["position_title"]])
        if school:
            self.by_school[school].add(row)

    def as_dict(self) -> dict:
        posts = sorted(self.by_post.items(), key=lambda kv: -kv[1].people)
        schools = sorted(self.by_school.items(), key=lambda kv: -kv[1].people)
        return {"total": self.total.as_dict(),
                "by_post": [{"id": k, "title": self.titles.get(k, ""), **g.as_dict()} for k, g in posts],
                "by_school": [{"school": k, **g.as_dict()} for k, g in schools]}
