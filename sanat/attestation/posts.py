"""Posts of the loaded catalog edition as people see them: titles in the interface language grouped by
chapter (never bare codes), the sub-cases a post's clause names, and the link to its requirements clause.

Reads the loaded edition through the catalog store (``sanat.catalog.store``); shared by the profile page,
the eligibility page and the post picker.
"""

from __future__ import annotations

from django.urls import reverse

from sanat.catalog import store
from sanat.rules.compile import subcases as _subcases


def _title(kk: str, ru: str, lang: str) -> str:
    return ((ru if lang == "ru" else kk) or kk or ru or "").strip()


def matches(query: str, *texts: str) -> bool:
    """Every word of ``query`` occurs in one of ``texts`` (case-insensitive; Latin i read as Kazakh і)."""
    hay = " ".join(t or "" for t in texts).casefold().replace("i", "і")
    return all(w in hay for w in query.casefold().replace("i", "і").split())


def grouped_choices(lang: str, query: str = "", keep: str = "") -> list[tuple[str, list[tuple[str, str]]]]:
    """``[(chapter title, [(pid, post title), ...]), ...]`` in the order of the text, for a select;
    with ``query``, only posts whose kk or ru title matches it (and ``keep``, the post already chosen)."""
    groups: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for pid, d in store.positions().items():
        chapter, t, ct = d.get("chapter") or 0, d.get("title") or {}, d.get("chapter_title") or {}
        tk, tr, ck, cr = t.get("kk") or "", t.get("ru") or "", ct.get("kk") or "", ct.get("ru") or ""
        if query and pid != keep and not matches(query, tk, tr):
            continue
        if chapter not in groups:
            groups[chapter] = (f"{chapter}. {_title(ck, cr, lang)}"[:90], [])
        groups[chapter][1].append((pid, _title(tk, tr, lang)[:160]))
    return [groups[c] for c in sorted(groups)]


def titles(lang: str) -> dict[str, str]:
    return {pid: _title((d.get("title") or {}).get("kk") or "", (d.get("title") or {}).get("ru") or "", lang)
            for pid, d in store.positions().items()}


def other_titles(lang: str) -> dict[str, str]:
    """Each post's title in the other language (searched by the picker, never shown as the label)."""
    return titles("kk" if lang == "ru" else "ru")


def data(pid: str | None) -> dict | None:
    return store.position(pid) if pid else None


def context(pid: str | None, lang: str) -> dict | None:
    """The chosen post for a page: title, its sub-cases and the requirements clause in the source viewer."""
    d = data(pid)
    if d is None:
        return None
    clause = (d.get("clauses") or {}).get("requirements") or {}
    source = d.get("source") or {}
    href, number = None, None
    for lg in (lang, "kk", "ru"):
        lines = (clause.get("lines") or {}).get(lg)
        file = (source.get(lg) or {}).get("file")
        if lines and file:
            href = f"{reverse('catalog:source', args=[file])}?lines={lines[0]}-{lines[-1]}#L{lines[0]}"
            number = clause.get(lg) or clause.get("number")
            break
    t = d.get("title") or {}
    return {"id": d["id"], "title": _title(t.get("kk") or "", t.get("ru") or "", lang),
            "subcases": _subcases(d), "requirements_href": href, "requirements_clause": number}
