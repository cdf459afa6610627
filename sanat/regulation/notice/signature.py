"""Category labels and per-category experience floors, read from RU and KZ wording.

Used to compare a notice section with a catalog position by structure: which category
blocks exist and the minimum years printed for each category.
"""

from __future__ import annotations

import re

_DASH = r"\s*[-–—]\s*"

# nominative labels (as in «2) "педагог-модератор":») -> category code
_RU_LEVEL = {"модератор": "moderator", "эксперт": "expert", "исследовател": "researcher", "мастер": "master"}
_KK_LEVEL = {"модератор": "moderator", "сарапшы": "expert", "зерттеуші": "researcher", "шебер": "master"}


def category_code(label: str) -> str | None:
    """«педагог – модератор», «педагог-сарапшы», «шебер-педагог», «педагог» -> code (None if unknown)."""
    s = re.sub(_DASH, "-", label.strip().strip('"«»').strip().lower())
    if s in ("педагог",):
        return "pedagog"
    m = re.fullmatch(r"педагог-(\w+)|(\w+)-педагог", s)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    for table in (_RU_LEVEL, _KK_LEVEL):
        for stem, code in table.items():
            if word.startswith(stem):
                return code
    return None


# a category mentioned in running text, possibly declined: «педагога-модератора», «"педагог – эксперт"»
_REF_RE = re.compile(
    r"педагог\w*" + _DASH + r"(модератор|эксперт|исследовател|мастер|сарапшы|зерттеуші|шебер)\w*"
    r"|\"педагог\"|\bпедагог(?:у|а|ке)\b",
    re.I,
)


def first_category(text: str) -> tuple[str | None, str | None]:
    """The first category named in ``text``: (code, printed token)."""
    m = _REF_RE.search(text)
    if not m:
        return None, None
    if m.group(1):
        word = m.group(1).lower()
        for table in (_RU_LEVEL, _KK_LEVEL):
            for stem, code in table.items():
                if word.startswith(stem):
                    return code, m.group(0)
    return "pedagog", m.group(0)


_RU_THRESHOLD_RE = re.compile(
    r"педагога?" + _DASH + r"(модератора|эксперта|исследователя|мастера)\s*[-–—]?\s*"
    r"(?:не менее|не меньше|более)?\s*(\d+(?:[.,]\d+)?)",
    re.I,
)
_KK_THRESHOLD_RE = re.compile(
    r"педагог" + _DASH + r"(модератор|сарапшы|зерттеуші|шебер)\w*[^\d;.]{0,80}?(\d+(?:[.,]\d+)?)\s*жыл",
    re.I,
)


def _num(s: str) -> float | int:
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def ru_thresholds(text: str) -> dict[str, float]:
    """{"moderator": 2, ...} from RU requirement text («для педагога-модератора не менее 2 лет»)."""
    out: dict[str, float] = {}
    for m in _RU_THRESHOLD_RE.finditer(text):
        code = category_code("педагог-" + m.group(1))
        if code and code not in out:
            out[code] = _num(m.group(2))
    return out


def kk_thresholds(text: str) -> dict[str, float]:
    """{"moderator": 2, ...} from KZ requirement text («педагог-модератор үшін кемінде 2 жыл»)."""
    out: dict[str, float] = {}
    for m in _KK_THRESHOLD_RE.finditer(text):
        code = category_code("педагог-" + m.group(1))
        if code and code not in out:
            out[code] = _num(m.group(2))
    return out
