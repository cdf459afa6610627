"""Per-category experience floors: «педагог-модератор үшін кемінде 2 жыл» / «для педагога-модератора не менее 2 лет».

A row names one or more categories, then a number: «педагог-модератор және педагог-сарапшы
үшін кемінде 2 жыл» gives both the same floor. A number that follows an already numbered
group with a locality marker («қалалық жерде - 5 жыл, ауылдық жерде - 3 жыл») is a variant of
that group. Anything else the reader cannot attribute is kept as an anomaly with its lines.
"""

from __future__ import annotations

import re

from . import years as years_mod
from .decisions import LEVEL_FROM_EDUCATION_CONDITION, UNRESTRICTED_LEVELS
from .experience import kind_near, locality_of
from .segments import Segment
from .vocabulary import CATEGORY, CATEGORY_CODE, DEPUTY, HEAD, LEVEL, LEVEL_BY_EDUCATION, LEVEL_WORD

EXTRA_CONDITION = {"kk": re.compile(r"^\s*[-–]?\s*([^;,]*?дәреже[^;]*?(?:болуы|бар))", re.I),
                   "ru": re.compile(r"^\s*[-–]?\s*([^;,]*?степен[^;]*)", re.I)}


def categories(lang: str, text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in CATEGORY[lang].finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        out.append((m.start(), m.end(), CATEGORY_CODE[word]))
    return out


def levels_of(lang: str, text: str) -> list[str]:
    """Qualification levels a row is restricted to; empty when the text names none."""
    m = LEVEL[lang].search(text)
    if m:
        words = [w for w in (m.group(1), m.group(3)) if w]
        found = []
        for w in words:
            for stem, code in LEVEL_WORD.items():
                if w.lower().startswith(stem) and code not in found:
                    found.append(code)
        return sorted(found)
    if LEVEL_FROM_EDUCATION_CONDITION:
        for rx, code in LEVEL_BY_EDUCATION[lang]:
            if rx.search(text):
                return [code]
    return list(UNRESTRICTED_LEVELS)


def levels_printed(lang: str, text: str) -> str | None:
    """The level phrase as printed («жоғары және орта», «высшего или среднего»): «және» and «немесе»
    both mean either level may use the row (notes §1.2), the wording is kept for the record."""
    m = LEVEL[lang].search(text)
    if not m:
        return None
    return " ".join(w for w in (m.group(1), m.group(2), m.group(3)) if w)


def is_threshold_segment(seg: Segment) -> bool:
    """A row that names a category and a number, and is not a manager-category alternative."""
    text = seg.text
    if DEPUTY[seg.lang].search(text) or any(rx.search(text) for _, rx in HEAD[seg.lang]):
        return False
    cats = categories(seg.lang, text)
    nums = years_mod.find(seg.lang, text)
    if any(any(n.start > c[1] for n in nums) for c in cats):
        return True
    # Threshold wording with no readable number: read as a (failed) threshold row, not as an alternative.
    return any(ROW_WORDING[seg.lang].match(text, c[1]) for c in cats) or bool(
        seg.lang == "ru" and re.search(r"\bдля\s+педагог", text, re.I))


# «педагог-шебер лауазымындағы жұмыс өтілі» (3.12): a category is not a post; a drafting slip to report.
CATEGORY_AS_POST = {lang: re.compile(rf"(?:{rx.pattern})\s+(?:лауазымындағы|в должности)", re.I)
                    for lang, rx in CATEGORY.items()}

# «педагог-модератор үшін»: the category names a row of a table.
ROW_WORDING = {"kk": re.compile(r"\s*[-–]?\s*үшін", re.I), "ru": re.compile(r"(?!)")}

# What may stand between two categories that share one number («педагог-модератор және педагог-сарапшы үшін»).
JOINER = {"kk": re.compile(r"^\s*(?:,|және|немесе)?\s*$", re.I), "ru": re.compile(r"^\s*(?:,|и|или)?\s*(?:для\s+)?$", re.I)}


def _without_years(lang: str, group: list, seg: Segment, file: str) -> dict:
    return {
        "code": "threshold_category_without_years",
        "message": f"{lang}: {', '.join(c for *_, c in group)} named in a threshold row with no readable number of years",
        "sources": [{"file": file, "lines": list(seg.lines)}],
    }


def parse(seg: Segment, file: str) -> tuple[list[dict], list[dict], list]:
    """Thresholds of one row, anomalies, and the numbers it could not attribute."""
    lang, text = seg.lang, seg.text
    levels = levels_of(lang, text)
    printed_levels = levels_printed(lang, text)
    events = [(s, "cat", (s, e, code)) for s, e, code in categories(lang, text)]
    events += [(y.start, "num", y) for y in years_mod.find(lang, text)]
    events.sort(key=lambda ev: ev[0])
    out: list[dict] = []
    anomalies: list[dict] = []
    stray: list = []
    group: list[tuple[int, int, str]] = []
    numbered = False
    prev_end = 0
    for _, kind, ev in events:
        if kind == "cat":
            if numbered:
                group, numbered = [], False
            elif group and not JOINER[lang].match(text[group[-1][1]:ev[0]]):
                # «педагог-модератор үшін кемінде 2р жыл; педагог-сарапшы ...»: the first row has no readable
                # number; never let the next row's number fall to it.
                anomalies.append(_without_years(lang, group, seg, file))
                group = []
            group.append(ev)
            prev_end = max(prev_end, ev[1])
            continue
        y = ev
        between = text[prev_end:y.start]
        locality = locality_of(lang, between)
        if not group or (numbered and locality is None):
            stray.append(y)
            prev_end = y.end
            continue
        row_start = group[0][0]
        extra = EXTRA_CONDITION[lang].match(text[y.end:])
        for _, _, code in group:
            out.append({
                "category": code,
                "min_years": y.value,
                "printed": y.printed,
                "strict": y.strict,
                "bare": y.bare,
                "experience": kind_near(lang, text, row_start, y.start),
                "qualification_levels": list(levels),
                "levels_printed": printed_levels,
                "locality": locality,
                "organisation_level": seg.organisation_level,
                "extra_requirement": extra.group(1).strip() if extra else None,
                "subcase": seg.subcase,
                "lang": lang,
                "lines": list(seg.lines),
                "quote": text[row_start:y.quote_end],
            })
        slip = CATEGORY_AS_POST[lang].search(text, row_start, y.start)
        if slip:
            anomalies.append({
                "code": "experience_in_category_as_post",
                "message": f"{lang}: «{slip.group(0)}» counts experience in a category as if it were a post "
                           f"(«{text[row_start:y.quote_end]}»)",
                "sources": [{"file": file, "lines": list(seg.lines)}],
            })
        if y.unit_misprinted:
            anomalies.append({
                "code": "years_unit_misprinted",
                "message": f"{lang}: «{text[row_start:y.end]}» prints the unit as «{y.unit}»; read as {y.value} years",
                "sources": [{"file": file, "lines": list(seg.lines)}],
            })
        numbered = True
        prev_end = y.end
    if group and not numbered:
        anomalies.append(_without_years(lang, group, seg, file))
    for bad in years_mod.unreadable(lang, text):
        anomalies.append({
            "code": "unreadable_years",
            "message": f"{lang}: «{bad}» looks like a number of years but cannot be read",
            "sources": [{"file": file, "lines": list(seg.lines)}],
        })
    return out, anomalies, stray
