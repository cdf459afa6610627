"""Experience floors of a base line: they hold for the post itself and so for every category.

«педагогикалық жұмыс өтілі бес жыл, оның ішінде мектепке дейінгі ұйымда соңғы екі жыл, ауылдық
жерде - үш жыл, ...»: each number is one entry. An entry after «оның ішінде»/«в том числе» is
``part_of`` the entry before it; one after «немесе»/«или» is an ``alternative_to`` it; a
locality printed before a number («ауылдық жерде») is that entry's ``locality``.
"""

from __future__ import annotations

import re

from . import years as years_mod
from .experience import kind_near, locality_of
from .segments import Segment
from .vocabulary import INCLUDING, LAST

_OR = {"kk": re.compile(r"\s(?:немесе|не)\s", re.I), "ru": re.compile(r"\s(?:или|либо)\s", re.I)}


def parse(seg: Segment, offset: int) -> list[dict]:
    """Entries of one row; ``offset`` is the index the first entry will have in the clause list."""
    lang, text = seg.lang, seg.text
    out: list[dict] = []
    top: int | None = None  # index (in out) of the last entry that is not part of another
    prev_end = 0
    for y in years_mod.find(lang, text):
        between = text[prev_end:y.start]
        part_of = alternative_to = None
        if top is not None and INCLUDING[lang].search(between):
            part_of = offset + top
        elif top is not None and _OR[lang].search(between):
            alternative_to = offset + top
        last = LAST[lang].search(text[max(0, y.start - 12):y.start])
        row_start = prev_end + max(between.rfind(","), between.rfind(";"), 0)
        out.append({
            "min_years": y.value,
            "printed": y.printed,
            "strict": y.strict,
            "bare": y.bare,
            "experience": kind_near(lang, text, row_start, y.start, lo=0),
            "within_last_years": y.value if last else None,
            "part_of": part_of,
            "alternative_to": alternative_to,
            "locality": locality_of(lang, between),
            "organisation_level": seg.organisation_level,
            "subcase": seg.subcase,
            "lang": lang,
            "lines": list(seg.lines),
            "quote": text[row_start:y.end].strip(" ,;"),
        })
        if part_of is None:
            top = len(out) - 1
        prev_end = y.end
    return out
