"""Glue between the pages and ``sanat.rules`` (no engine logic here)."""

from __future__ import annotations

import re
from datetime import date

from sanat.catalog import store
from sanat.documents.zipguard import Limits
from sanat.rules import screening
from sanat.rules.explain import decide


def positions() -> dict[str, dict]:
    """The loaded edition's positions by id (:mod:`sanat.catalog.store`)."""
    return store.positions()


def check(position_id: str, profile: dict, as_of: date, lang: str) -> dict:
    """The explained decision against the loaded edition (``ProfileError`` / ``KeyError`` propagate)."""
    position = store.position(position_id)
    if position is None:
        raise KeyError(f"unknown position {position_id!r} ({len(store.positions())} positions in catalog)")
    return decide(position, profile, as_of, lang)


def cited_clauses(decision: dict) -> list[dict]:
    """Every clause the decision cites, once, in order of the text: clause, language, file, lines, quote."""
    seen: dict[tuple, dict] = {}

    def add(c: dict | None) -> None:
        if not c or not c.get("file") or not c.get("lines"):
            return
        key = (c.get("clause"), c.get("lang"), c["file"], tuple(c["lines"]))
        if key not in seen:
            seen[key] = {"clause": c.get("clause"), "lang": c.get("lang"), "file": c["file"],
                         "lines": list(c["lines"]), "quote": c.get("quote") or ""}
        elif c.get("quote") and not seen[key]["quote"]:
            seen[key]["quote"] = c["quote"]

    for category in decision.get("categories") or []:
        for cond in category.get("conditions") or []:
            add(cond.get("citation"))
        for ev in category.get("evidence") or []:
            if ev.get("citation"):
                add({"quote": ev.get("statement"), **ev["citation"]})
    for path in decision.get("post_paths") or []:
        for cond in path.get("conditions") or []:
            add(cond.get("citation"))
    for gap in (decision.get("next") or {}).get("gaps") or []:
        add(gap.get("citation"))
    return sorted(seen.values(), key=lambda c: (c["file"], c["lines"][0]))


def edition_sources() -> list[dict]:
    """The Order 338 texts of the loaded edition: language, act number and date, amending order and sha256
    (for the page, print and PDF). ``act_no``/``act_date`` are read from the provenance's act name."""
    from sanat.catalog import store

    ed = store.edition()
    out = []
    for s in (ed.sources if ed else []):
        if s.get("kind") != "qualification_characteristics":
            continue
        m = re.match(r"Order\s+(\d+)\s*\(([\d.]+)\)", s.get("act") or "")
        edition = dict(s.get("edition") or {})
        if edition.get("order_date"):
            edition["order_date"] = date.fromisoformat(edition["order_date"]).strftime("%d.%m.%Y")
        out.append({**s, "edition": edition, "act_no": m.group(1) if m else "", "act_date": m.group(2) if m else ""})
    return out


def edition_notes(decision: dict) -> list[str]:
    """The engine's notes on which text was followed, in the interface language (by their codes)."""
    from django.utils.translation import gettext as _

    out = []
    for n in decision.get("edition") or []:
        lang = {"kk": _("Kazakh text"), "ru": _("Russian text")}.get(n.get("lang"), n.get("lang") or "")
        if n.get("code") == "copy_from_vacancy_notice":
            out.append(_("The %(lang)s text of this post is a school's vacancy notice quoting the order, not an "
                         "official consolidated text.") % {"lang": lang})
        elif n.get("code") == "edition_superseded":
            out.append(_("The %(lang)s text of clause %(clause)s predates the amendment; the amended text is "
                         "followed.") % {"lang": lang, "clause": n.get("clause")})
        elif n.get("code") == "language_fallback":
            out.append(_("The requirements are followed in the %(lang)s text: the text in your language is "
                         "missing or not in force.") % {"lang": lang})
        else:
            out.append(n.get("message", ""))
    return out


# An uploaded staff file may cost at most this much (zip checked first; rows, columns, seconds bounded).
UPLOAD_LIMITS = Limits()


def screen_file(name: str, content: bytes, as_of: date, lang: str) -> tuple[bytes, str, screening.Stats]:
    """Screen an uploaded staff file; returns (file bytes in the upload's format, file name, run figures)."""
    data, stats = screening.screen_bytes(name, content, positions(), as_of, lang, limits=UPLOAD_LIMITS)
    return data, "screened.xlsx" if name.lower().endswith(".xlsx") else "screened.csv", stats
