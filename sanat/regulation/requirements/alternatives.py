"""Manager-type paths: holding a manager, teacher or legacy category, or another experience path."""

from __future__ import annotations

from . import years as years_mod
from .base_experience import conditions as base_conditions
from .experience import kind_near
from .segments import Segment, normalise_connector
from .thresholds import categories
from .vocabulary import (
    DEPUTY,
    DEPUTY_CODE,
    EXPERIENCE,
    HEAD,
    LEGACY,
    LEGACY_CODE,
    OR_WORD,
    PEDAGOG_HELD,
    TEACHING_ONLY,
)


def _with_experience(seg: Segment) -> dict | None:
    found = years_mod.find(seg.lang, seg.text)
    if not found:
        return None
    y = found[0]
    civil = EXPERIENCE[seg.lang][0][1].search(seg.text)
    return {"min_years": y.value, "printed": y.printed, "strict": y.strict, "bare": y.bare,
            "experience": "civil_service" if civil else kind_near(seg.lang, seg.text, 0, y.start)}


def manager_codes(seg: Segment) -> list[str]:
    codes = []
    for m in DEPUTY[seg.lang].finditer(seg.text):
        code = DEPUTY_CODE[(m.group(1) or m.group(2)).lower()]
        if code not in codes:
            codes.append(code)
    for code, rx in HEAD[seg.lang]:
        if rx.search(seg.text):
            codes.append(code)
    return codes


def legacy_codes(seg: Segment) -> list[str]:
    codes = []
    for m in LEGACY[seg.lang].finditer(seg.text):
        for g in (m.group(1), m.group(2)):
            if g and LEGACY_CODE[g.lower()] not in codes:
                codes.append(LEGACY_CODE[g.lower()])
    return codes


def parse(seg: Segment) -> list[dict]:
    """Category alternatives printed in one row (empty when the row holds none)."""
    kinds = [
        ("manager_category", manager_codes(seg)),
        ("teacher_category", (["pedagog"] if PEDAGOG_HELD[seg.lang].search(seg.text) else [])
         + list(dict.fromkeys(c for *_, c in categories(seg.lang, seg.text)))),
        ("legacy_category", legacy_codes(seg)),
    ]
    extra = _with_experience(seg)
    only_if = "teaching_activity" if TEACHING_ONLY[seg.lang].search(seg.text) else None
    return [{
        "kind": kind,
        "codes": codes,
        "with_experience": extra,
        "only_if": only_if,
        "conditions": [],
        "subcase": seg.subcase,
        "organisation_level": seg.organisation_level,
        "connector": seg.normalised,
        "lang": seg.lang,
        "lines": list(seg.lines),
        "quote": seg.text,
    } for kind, codes in kinds if codes]


def experience_path(seg: Segment) -> dict:
    """A row that opens another path by experience alone (civil service, business management...)."""
    return {
        "kind": "experience_path",
        "codes": [],
        "with_experience": _with_experience(seg),
        "only_if": None,
        "conditions": base_conditions(seg.lang, seg.text),
        "subcase": seg.subcase,
        "organisation_level": seg.organisation_level,
        "connector": seg.normalised,
        "lang": seg.lang,
        "lines": list(seg.lines),
        "quote": seg.text,
    }


def embedded_path(seg: Segment, floor: dict) -> dict:
    """A floor printed as one more «немесе»/«или» alternative of an education line, naming no education
    itself (``decisions.STANDALONE_AFTER_BARE_EDUCATION``): a path by experience alone."""
    at = seg.text.find(floor["quote"])
    joined = [m.group(0).strip() for m in OR_WORD[seg.lang].finditer(seg.text, 0, max(at, 0))]
    return {
        "kind": "experience_path",
        "codes": [],
        "with_experience": {k: floor[k] for k in ("min_years", "printed", "strict", "bare", "experience")},
        "only_if": None,
        "conditions": list(floor["conditions"]),
        "subcase": seg.subcase,
        "organisation_level": seg.organisation_level,
        "connector": normalise_connector(joined[-1]) if joined else seg.normalised,
        "lang": seg.lang,
        "lines": list(seg.lines),
        "quote": floor["quote"],
    }
