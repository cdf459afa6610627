"""Numbers of years as printed: digits or words, with the strength of the floor.

«кемінде N» / «не менее N» / «N жылдан кем емес» are floors (``strict=False``); «N жылдан астам» /
«более N лет» mean more than N (``strict=True``); a number with neither («– 5 жыл») is
``bare`` and keeps ``strict=False``: what a bare number means is the engine's policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .decisions import BARE_NUMBER_STRICT
from .vocabulary import (
    FLOOR_AFTER,
    FLOOR_BEFORE,
    KK_WORDS,
    RU_WORDS,
    STRICT_AFTER,
    STRICT_BEFORE,
    UNREADABLE_YEARS,
    YEARS,
)

_TRAILING = re.compile(r"\s*(?:кем\s+емес|астам)", re.I)

WINDOW = 24
"""Characters either side of a number searched for «кемінде»/«астам»/«не менее»/«более»."""


@dataclass(frozen=True)
class Years:
    value: int | float
    printed: str  # the number as printed («5», «бес», «3-х»)
    strict: bool
    bare: bool
    start: int
    end: int
    unit: str  # as printed («жыл», «жылдан», «лет»; the misprint «жы»)
    quote_end: int  # end of the number's wording, a trailing «кем емес»/«астам» included

    @property
    def unit_misprinted(self) -> bool:
        return self.unit.lower() == "жы"


def _value(token: str) -> int | float:
    low = token.lower()
    if low in KK_WORDS:
        return KK_WORDS[low]
    if low in RU_WORDS:
        return RU_WORDS[low]
    num = float(low.replace(",", "."))
    return int(num) if num.is_integer() else num


@lru_cache(maxsize=4096)
def find(lang: str, text: str) -> tuple[Years, ...]:
    """Every number of years in ``text``, in order (cached: rows are read by several passes)."""
    out = []
    for m in YEARS[lang].finditer(text):
        before = text[max(0, m.start() - WINDOW):m.start()]
        before = re.split(r"[;,:]|жыл|лет|года", before)[-1]
        after = text[m.end():m.end() + WINDOW]
        strict = bool(STRICT_BEFORE[lang].search(before) or STRICT_AFTER[lang].search(after))
        floor = bool(FLOOR_BEFORE[lang].search(before) or FLOOR_AFTER[lang].search(after))
        # «жылдан» directly followed by «кем емес»/«астам» sits inside the matched unit word.
        tail = m.group(0) + after
        if re.search(r"жыл\w*\s+кем\s+емес", tail[:WINDOW + 8]):
            floor = True
        if re.search(r"жыл\w*\s+астам", tail[:WINDOW + 8]):
            strict = True
        unit = m.group(0)[len(m.group(1)):].strip(" -х")
        trailing = _TRAILING.match(text, m.end())
        bare = not (strict or floor)
        out.append(Years(_value(m.group(1)), m.group(1), BARE_NUMBER_STRICT if bare else strict, bare, m.start(), m.end(), unit,
                         trailing.end() if trailing else m.end()))
    return tuple(out)


def unreadable(lang: str, text: str) -> list[str]:
    """Tokens that look like a number of years but are not one («1р жыл»)."""
    return [m.group(0) for m in UNREADABLE_YEARS[lang].finditer(text)]
