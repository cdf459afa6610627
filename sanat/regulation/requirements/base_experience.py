"""Experience floors of a base line: they hold for the post itself and so for every category.

«педагогикалық жұмыс өтілі бес жыл, оның ішінде мектепке дейінгі ұйымда соңғы екі жыл, ауылдық
жерде - үш жыл, ...»: each number is one entry. An entry after «оның ішінде»/«в том числе» is
``part_of`` the entry before it; one after «немесе»/«или» is an ``alternative_to`` it; a
locality printed before a number («ауылдық жерде») is that entry's ``locality``, and an entry whose locality
differs from the floor before it is an ``alternative_to`` that floor (its locality variant).
"""

from __future__ import annotations

import re

from . import years as years_mod
from .decisions import (
    ACADEMIC_DEGREE_CODES,
    ALTERNATIVE_ONLY_RIGHT_AFTER_NUMBER,
    LOCALITY_VARIANT_IS_ALTERNATIVE,
    STANDALONE_AFTER_BARE_EDUCATION,
)
from .experience import kind_near, locality_of
from .segments import Segment, normalise_connector
from .vocabulary import (
    CONDITIONS,
    EDU_NOUN,
    EDU_STRICT,
    EXPERIENCE_START,
    HAS_NO_EXPERIENCE,
    INCLUDING,
    LAST,
    NO_EXPERIENCE,
)

_OR = {"kk": re.compile(r"\s(?:немесе|не)\s", re.I), "ru": re.compile(r"\s(?:или|либо)\s", re.I)}
# «... кемінде 5 жыл немесе басшы лауазымындағы ... кемінде 3 жыл»: an «or» right after a number opens an
# alternative floor; an «or» inside a later description («басшының орынбасары немесе басшысы
# лауазымында») does not.
_OR_RIGHT_AFTER = {"kk": re.compile(r"^[\s,;]*(?:немесе|не)\s", re.I), "ru": re.compile(r"^[\s,;]*(?:или|либо)\s", re.I)}
_JOINED = {"kk": re.compile(r"(?<!\w)(және\s*\(\s*немесе\s*\)|немесе)(?!\w)", re.I),
           "ru": re.compile(r"(?<!\w)(и\s*\(\s*или\s*\)|или|либо)(?!\w)", re.I)}


def conditions(lang: str, text: str) -> list[str]:
    """Coded conditions printed in ``text`` («кәсіптік қайта даярлығы бар» -> ``professional_retraining``)."""
    return [code for code, rx in CONDITIONS[lang] if rx.search(text)]


def parse(seg: Segment, offset: int) -> list[dict]:
    """Entries of one row; ``offset`` is the index the first entry will have in the clause list."""
    lang, text = seg.lang, seg.text
    out: list[dict] = []
    top: int | None = None  # index (in out) of the last entry that is not part of another
    prev_end = 0
    found = years_mod.find(lang, text)
    for k, y in enumerate(found):
        following = text[y.end:found[k + 1].start if k + 1 < len(found) else len(text)]
        between = text[prev_end:y.start]
        part_of = alternative_to = None
        joined = _JOINED[lang].search(between)
        if top is not None and INCLUDING[lang].search(between):
            part_of = offset + top
        elif top is not None and (_OR_RIGHT_AFTER[lang].match(between) if ALTERNATIVE_ONLY_RIGHT_AFTER_NUMBER
                                  else _OR[lang].search(between)) and not HAS_NO_EXPERIENCE[lang].search(between):
            # («… N жыл немесе E2, жұмыс өтіліне талап қойылмайды немесе … M жыл»: a waiver between the two
            # numbers closes the first statement; M is no alternative of N, ru 10.16 002:L771)
            alternative_to = offset + top
        elif (LOCALITY_VARIANT_IS_ALTERNATIVE and top is not None
              and (loc := locality_of(lang, between)) is not None and loc != out[top]["locality"]):
            # «… бес жыл, оның ішінде …, ауылдық жерде - үш жыл, оның ішінде …» (clause 9, 001:L199-203): the
            # rural floor is the other way of the same requirement, not a floor added to it
            head = out[top]["alternative_to"]
            alternative_to = head if head is not None else offset + top
        last = LAST[lang].search(text[max(0, y.start - 12):y.start])
        cuts = [between.rfind(";") + 1]
        cuts += [m.end() for m in INCLUDING[lang].finditer(between)]
        cuts += [m.end() for m in _OR[lang].finditer(between)]
        row_start = prev_end + max(cuts)
        # Quote from where the experience clause starts, not from the education before it.
        exp = EXPERIENCE_START[lang].search(text, row_start, y.start)
        if exp and EDU_NOUN[lang].search(text, row_start, exp.start()):
            row_start = exp.start() + (len(exp.group(0)) - len(exp.group(0).lstrip()))
        out.append({
            "min_years": y.value,
            "printed": y.printed,
            "strict": y.strict,
            "bare": y.bare,
            "experience": kind_near(lang, text, row_start, y.start, lo=0),
            "within_last_years": y.value if last else None,
            "part_of": part_of,
            "alternative_to": alternative_to,
            "joined_by": (normalise_connector(joined.group(1)) if joined and top is not None else None),
            "locality": locality_of(lang, between),
            "conditions": conditions(lang, following.split(";")[0]),
            "degree": None,
            "organisation_level": seg.organisation_level,
            "subcase": seg.subcase,
            "lang": lang,
            "lines": list(seg.lines),
            "quote": text[row_start:y.quote_end].strip(" ,;"),
        })
        if part_of is None:
            top = len(out) - 1
        prev_end = y.end
    return out


SHORTENING_CONDITIONS = ("academic_degree",)


def conditioned_floor(seg: Segment, floors: list[dict], head_index: int) -> list[dict]:
    """A line that only states a shorter floor under a condition printed before it, the floor of the line
    before still standing (7.1 «...педагогикалық жұмыс өтілі кемінде 5 жыл, оның ішінде ...; / ғылыми дәрежесі
    болған жағдайда, педагогикалық жұмыс өтілі кемінде 2 жыл»): an ``alternative_to`` that floor, for the same
    education, carrying the condition (``conditions``, ``degree``). Empty for any other line."""
    lang, text = seg.lang, seg.text
    found = years_mod.find(lang, text)
    if not found or EDU_STRICT[lang].search(text) or EDU_NOUN[lang].search(text):
        return []
    # Only a condition that the person may or may not meet opens another way («ғылыми дәрежесі болған
    # жағдайда»); «қосымша қажет» (needed in addition) adds to the floor, it replaces nothing.
    printed_before = [c for c in conditions(lang, text[:found[0].start]) if c in SHORTENING_CONDITIONS]
    if not printed_before:
        return []
    head = floors[head_index]
    out = parse(seg, len(floors))
    for entry in out:
        if entry["part_of"] is None and entry["alternative_to"] is None:
            entry["alternative_to"] = head_index
        entry["conditions"] = list(dict.fromkeys(printed_before + entry["conditions"]))
        entry["degree"] = degree_of(entry["conditions"])
        entry["applies_to"] = list(head["applies_to"])
    return out


def degree_of(codes: list[str]) -> list[str] | None:
    """Degree codes (the engine's profile vocabulary) a floor's conditions require, ``None`` for none."""
    if "academic_degree" in codes:
        return list(ACADEMIC_DEGREE_CODES)
    return None


def attach(seg: Segment, base: list[dict], education: list[dict], offset: int, first_index: int) -> None:
    """Set ``applies_to`` (education ids) and the private ``_path`` flag on the entries of one row.

    A floor applies to the education alternatives printed since the previous experience statement
    of the row («... немесе E2, педагогикалық жұмыс өтілі кемінде 5 жыл» covers E1 and E2). A floor
    whose own alternative names no education («E1 немесе E2 немесе ... ұйымдарда ... жұмыс өтілі
    кемінде 3 жыл») is a path by experience alone (``_path``): the caller moves it to the alternatives.
    Parts, alternatives and locality variants share the entry they refine.
    """
    lang, text = seg.lang, seg.text
    spans = [(e["_span"][0] + offset, e["_span"][1] + offset, e["id"]) for e in education]
    tails = {e["id"]: e["_tail"] for e in education}
    starts = {eid: a for a, _, eid in spans}
    waivers = [m.start() for m in NO_EXPERIENCE[lang].finditer(text)] if HAS_NO_EXPERIENCE[lang].search(text) else []
    nums = years_mod.find(lang, text)
    prev_marker, prev_top = -1, None
    for entry, y in zip(base, nums, strict=False):
        ref = entry["part_of"] if entry["part_of"] is not None else entry["alternative_to"]
        prev_marker = max([prev_marker] + [w for w in waivers if w < y.start])
        if ref is not None and 0 <= ref - first_index < len(base):
            src = base[ref - first_index]
            entry["applies_to"], entry["_path"] = list(src["applies_to"]), src["_path"]
        else:
            since = [eid for a, _, eid in spans if prev_marker < a < y.start]
            containing = [eid for a, b, eid in spans if a <= y.start <= b]
            before = [(b, eid) for _, b, eid in spans if b <= y.start]
            last_end, last_id = max(before) if before else (None, None)
            # the last education before the floor waives experience («E2 без предъявления требований к стажу
            # работы или стаж работы … не менее 3 лет», ru 10.16): like a bare education, it has no floor
            waived = next((w for w in waivers if before and starts[last_id] <= w < y.start), None)
            if containing:
                applies = since or (list(prev_top["applies_to"]) if prev_top else containing)
                entry["applies_to"], entry["_path"] = applies, False
            elif (STANDALONE_AFTER_BARE_EDUCATION and before and (not tails[last_id] or waived is not None)
                  and _OR[lang].search(text[last_end if waived is None else waived:y.start])):
                entry["applies_to"], entry["_path"] = [], True
            elif since:
                entry["applies_to"], entry["_path"] = since, False
            elif prev_top is not None:
                entry["applies_to"], entry["_path"] = list(prev_top["applies_to"]), prev_top["_path"]
            else:
                entry["applies_to"], entry["_path"] = [], False
            prev_top = entry
        prev_marker = y.start
