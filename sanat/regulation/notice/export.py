"""The ``vacancy_notices[]`` entry of the catalog export (docs/notice-format.md)."""

from __future__ import annotations

from .match import Match, match_notice
from .model import Notice, NoticeSection

PROVENANCE = "vacancy_notice"


def ru_text(section: NoticeSection, file: str) -> dict:
    """A section as the RU text of a catalog position (a school's quotation, not the official text)."""
    return {
        "title": section.title,
        "duties": [i.as_dict() for i in section.duties],
        "knowledge": [i.as_dict() for i in section.knowledge],
        "requirements": [i.as_dict() for i in section.requirements],
        "competencies": {b.code: {k: v for k, v in b.as_dict().items() if k != "code"}
                         for b in section.competencies if b.code},
        "source": {"file": file, "lines": list(section.lines), "provenance": PROVENANCE},
    }


def _item(i) -> dict | None:
    return i.as_dict() if i else None


def notice_export(notice: Notice, positions: list[dict] | None = None) -> dict:
    """The notice as a dict; with catalog ``positions``, each section and post carries its match."""
    matches: dict[int, Match] = {}
    anomalies = list(notice.anomalies)
    if positions is not None:
        for m in match_notice(notice, positions):
            matches[m.section.title_line] = m
            anomalies.extend(m.anomalies)
    unmatched = {"position": None, "reason": "not matched: no catalog positions were given"}

    def match_of(sec: NoticeSection | None) -> dict:
        if sec is None:
            return {"position": None, "reason": "the notice quotes no regulation text for this post"}
        m = matches.get(sec.title_line)
        return m.as_dict() if m else dict(unmatched)

    sections = []
    for k, sec in enumerate(notice.sections):
        d = sec.as_dict()
        d["index"] = k
        d["match"] = match_of(sec)
        d["position"] = d["match"]["position"]
        sections.append(d)
    index = {sec.title_line: k for k, sec in enumerate(notice.sections)}
    posts = []
    for p in notice.posts:
        mt = match_of(p.section)
        posts.append({
            "title": p.title, "rate": p.rate, "rate_printed": p.rate_printed, "lines": [p.line, p.line],
            "section": index.get(p.section.title_line) if p.section else None,
            "section_title": p.section.title if p.section else None, "section_reason": p.section_reason,
            "salary_from": p.salary_from,
            "salary": p.section.salary.as_dict() if p.section and p.section.salary else None,
            "position": mt["position"], "position_reason": mt["reason"],
        })
    return {
        "id": notice.file.split("_", 1)[0],
        "file": notice.file,
        "lang": notice.lang,
        "provenance": PROVENANCE,
        "heading": _item(notice.heading),
        "window": notice.window.as_dict() if notice.window else None,
        "submission": _item(notice.submission),
        "documents": [d.as_dict() for d in notice.documents],
        "extras": _item(notice.extras),
        "rejection_rule": _item(notice.rejection_rule),
        "posts": posts,
        "totals": {"posts": len(notice.posts), "rate": notice.total_rate},
        "sections": sections,
        "anomalies": [a.as_dict(notice.file) for a in anomalies],
    }
