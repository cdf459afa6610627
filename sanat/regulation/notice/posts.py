"""Which quoted section describes which post of a notice.

A post uses the section with the same title. Otherwise it uses the section whose title's
glossary terms (generic qualifiers such as «всех специальностей» aside) all occur in the
post title; among several, the one with the most such terms. The reason is recorded.
"""

from __future__ import annotations

from ..cleaning import normalise_spaces
from ..glossary import load_glossary, terms_in
from .model import Notice, NoticeSection


def title_key(title: str) -> str:
    """A title folded for comparison: spaces normalised, lower case, «ё» as «е»."""
    return normalise_spaces(title).lower().replace("ё", "е")


def _title_terms(title: str, lang: str) -> set[str]:
    generic = {t.id for t in load_glossary() if t.generic}
    return set(terms_in(title, lang, kinds=("position", "qualifier"))) - generic


def assign_sections(notice: Notice) -> None:
    """Set ``post.section`` and ``post.section_reason`` for every post."""
    by_title = {title_key(s.title): s for s in notice.sections}
    for post in notice.posts:
        exact = by_title.get(title_key(post.title))
        if exact:
            post.section, post.section_reason = exact, "same title"
            continue
        pterms = _title_terms(post.title, notice.lang)
        best: tuple[int, NoticeSection] | None = None
        for sec in notice.sections:
            sterms = _title_terms(sec.title, notice.lang)
            if sterms and sterms <= pterms and (best is None or len(sterms) > best[0]):
                best = (len(sterms), sec)
        if best:
            sec = best[1]
            post.section = sec
            post.section_reason = (
                f"the glossary terms of the section title «{sec.title}» "
                f"({', '.join(sorted(_title_terms(sec.title, notice.lang)))}) all occur in the post title"
            )
        else:
            post.section_reason = "no section has this title or a title whose terms all occur in it"
