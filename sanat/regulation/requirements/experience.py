"""Which kind of experience a number of years counts: pedagogical, by specialty, in a position..."""

from __future__ import annotations

from functools import lru_cache

from .decisions import UNMARKED_LOCALITY
from .vocabulary import EXPERIENCE, LOCALITY


@lru_cache(maxsize=4096)
def _matches(lang: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """Every kind phrase, by position. Where two phrases overlap, the more specific kind (listed first)
    wins: «басшысы немесе басшының орынбасары лауазымындағы өтілі» is managerial experience as a whole,
    and its tail «орынбасары лауазымындағы» is not read again as experience in a position (clause 104,
    001:L3259-3261 reads like 3.1, 6.1 and chapter 9)."""
    found: list[tuple[int, int, str]] = []
    for kind, rx in EXPERIENCE[lang]:
        for m in rx.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _k in found):
                found.append((m.start(), m.end(), kind))
    return tuple(sorted(found))


def kind_near(lang: str, text: str, start: int, end: int, lo: int = 0) -> str:
    """Kind for a number at ``end`` whose row starts at ``start``.

    Preference: a kind printed between the row start and the number; else the nearest one
    before the row (from ``lo``); else the first one after the number (KK sometimes ends the row
    with «... мамандығы бойынша жұмыс өтілі болуы тиіс»); else ``unspecified``.
    """
    specific = [f for f in _matches(lang, text) if f[2] != "unspecified"]
    inside = [f for f in specific if f[1] > start and f[0] < end]
    if inside:
        return inside[-1][2]
    before = [f for f in specific if lo <= f[0] < start]
    if before:
        return before[-1][2]
    after = [f for f in specific if f[0] >= end]
    if after:
        return after[0][2]
    return "unspecified"


def locality_of(lang: str, text: str) -> str | None:
    for code, rx in LOCALITY[lang]:
        if rx.search(text):
            return code
    return UNMARKED_LOCALITY
