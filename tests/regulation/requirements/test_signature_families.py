"""One representative per experience-signature family, checked row by row on the catalog."""

from __future__ import annotations

import pytest


def table(positions, pid: str, lang: str = "kk") -> dict[str, list]:
    out: dict[str, list] = {}
    for t in positions[pid]["requirements"]["thresholds"]:
        if t["lang"] == lang:
            out.setdefault(t["category"], []).append((t["min_years"], tuple(t["qualification_levels"]), t["locality"]))
    return out


HM, H, M = ("high", "middle"), ("high",), ("middle",)


@pytest.mark.parametrize(("pid", "expected"), [
    ("338-03-07", {"moderator": [(2, HM, None)], "expert": [(3, HM, None)], "researcher": [(4, HM, None)],
                   "master": [(5, H, None)]}),
    ("338-10-14", {"moderator": [(3, H, None)], "expert": [(4, H, None)], "researcher": [(5, H, None)],
                   "master": [(5, H, None)]}),
    ("338-06-07", {"moderator": [(3, HM, None)], "expert": [(4, HM, None)], "researcher": [(5, HM, None)],
                   "master": [(6, H, None)]}),
    ("338-02-04", {"moderator": [(2, H, None), (2, M, None)], "expert": [(2, H, None), (3, M, None)],
                   "researcher": [(3, H, None), (4, M, None)], "master": [(5, H, None)]}),
    ("338-10-22", {"master": [(5, H, None)], "moderator": [(3, HM, None)], "expert": [(4, HM, None)],
                   "researcher": [(4, HM, None)]}),
    ("338-10-10", {"moderator": [(1, H, None)], "expert": [(2, H, None)], "researcher": [(3, H, None)],
                   "master": [(4, H, None)]}),
    ("338-07-03", {"moderator": [(3, H, None)], "expert": [(4, H, None)], "researcher": [(5, H, None)]}),
    ("338-10-15", {"moderator": [(5, H, None), (2, HM, None)], "expert": [(3, HM, None)],
                   "researcher": [(4, HM, None)]}),
    ("338-02-02", {"master": [(5, H, "urban"), (3, H, "rural")], "moderator": [(5, M, "urban"), (3, M, "rural")],
                   "expert": [(5, M, "urban"), (3, M, "rural")], "researcher": [(5, M, "urban"), (3, M, "rural")]}),
    ("338-04-07", {"moderator": [(2, H, None)], "expert": [(3, H, None)], "researcher": [(5, H, None)],
                   "master": [(5, H, None)]}),
    ("338-05-03", {"moderator": [(2, HM, None)], "expert": [(3, HM, None)], "researcher": [(4, HM, None)],
                   "master": [(6, H, None)]}),
    ("338-06-09", {"moderator": [(2, H, None)], "expert": [(3, H, None)], "researcher": [(5, H, None)],
                   "master": [(6, H, None)]}),
    ("338-06-12", {"moderator": [(3, H, None)], "expert": [(5, H, None)], "researcher": [(7, H, None)],
                   "master": [(8, H, None)]}),
    ("338-10-08", {"expert": [(5, H, None)], "researcher": [(6, H, None)], "master": [(7, H, None)]}),
    ("338-10-11", {"master": [(3, H, None)], "moderator": [(3, HM, None)], "expert": [(3, HM, None)],
                   "researcher": [(3, HM, None)]}),
])
def test_signature_family_rows(positions, pid, expected):
    assert table(positions, pid) == expected


def test_same_title_different_tables_by_chapter(positions):
    """School pedagog-assistant (3.11) 2/3/4/5 vs TVET pedagog-assistant (10.19) 3/4/5/6: the key is the position."""
    assert positions["338-03-11"]["requirements"]["signature"]["kk"] == "2/3/4/5"
    assert positions["338-10-19"]["requirements"]["signature"] == {"kk": "3/4/5/6", "ru": "3/4/5/6"}
