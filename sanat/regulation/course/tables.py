"""Rows of the curriculum table of one format, ready to display (no Django): module rows
with their totals, topic rows, and a total row with computed and stated figures."""

from __future__ import annotations

from .curriculum import ACTIVITIES


def curriculum_rows(course: dict, fmt: str) -> dict:
    """``{"columns", "rows", "total"}`` for format ``in_person`` or ``distance``."""
    acts = ACTIVITIES[fmt]
    rows = []
    for m in course["modules"]:
        h = m["hours"][fmt]
        rows.append({"kind": "module", "code": str(m["number"]), "title": m["title"],
                     "hours": [h[a] for a in acts], "total": h["total"], "stated_total": h["stated_total"],
                     "ok": h["total"] == h["stated_total"], "lines": [m["row_lines"][fmt]] * 2})
        for t in m["topics"]:
            th = t["hours"][fmt]
            if th is None:
                continue
            computed = sum(th[a] or 0 for a in acts)
            rows.append({"kind": "topic", "code": t["code"], "title": t["title"],
                         "hours": [th[a] for a in acts], "total": computed, "stated_total": th["total"],
                         "ok": computed == th["total"], "lines": [t["lines"][fmt]] * 2})
    plan = course["curriculum"][fmt]
    total = {"hours": [plan["computed"][a] for a in acts], "total": plan["computed"]["total"],
             "stated_total": plan["stated_total"], "ok": plan["computed"]["total"] == plan["stated_total"],
             "lines": plan["lines"]}
    return {"format": fmt, "title": plan["title"], "columns": list(acts), "rows": rows, "total": total}
