"""Competency statements → evidence tags (kind, level) by keyword rules over the kk/ru text.

Rules (documented in ``docs/rules-engine.md``): the text is lower-cased, category names
(«педагог-эксперт» …) and the phrases «облыстық маңызы бар қала» / «города областного значения»
(district level) and «республикалық маңызы бар қала» / «городов республиканского значения» (oblast level)
are resolved first, then stems are matched. A statement with no kind is left to the attestation
commission (status ``commission``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

LEVELS = ("organisation", "district", "oblast", "republic", "international")
RANK = {lv: i for i, lv in enumerate(LEVELS)}

KIND_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("olympiad", ("олимпиад",)),
    ("contest", ("конкурс", "байқау")),
    ("competition", ("жарыс", "соревновани")),
    ("professional_contest", ("кәсіби шеберлік конкурс", "конкурс профессионального мастерства",
                              "конкурса профессионального мастерства", "конкурсе профессионального мастерства")),
    ("publication", ("жарияла", "публикац", "мақала", "статей", "статьи", "басылым")),
    ("methodical_material", ("әдістемелік материал", "методических материал", "методические материал",
                             "оқу-әдістемелік құрал", "учебно-методическ", "әдістемелік құрал")),
    ("programme", ("авторлық бағдарлам", "авторск", "бағдарламасын әзірле", "разработ программ")),
    ("experience_generalisation", ("тәжірибесін жинақта", "тәжірибені жинақта", "тәжірибе жинақта",
                                   "тәжірибесін тарат", "обобщен", "обобщ")),
    ("expert_membership", ("сарапшылар", "сараптама", "экспертн", "экспертов")),
    ("worldskills", ("worldskills", "ворлдскилс")),
    ("award", ("қазақстан мұғалімі", "учитель казахстана", "үздік педагог", "лучший педагог")),
    ("mentoring", ("тәлімгер", "наставни")),
    ("video_lesson", ("бейнесабақ", "видеоурок", "телесабақ", "телеурок", "видеосабақ")),
)

_CATEGORY_NAMES = re.compile(r"педагог\s*[-–]\s*(?:эксперт|сарапшы|модератор|исследовател|зерттеуші|мастер|шебер)\w*")
_DISTRICT_CITY = re.compile(r"облыстық маңызы бар қала\w*|город\w* областного значения")
_OBLAST_CITY = re.compile(r"республикалық маңызы бар қала\w*|город\w* республиканского значения|астана|столиц\w*")

LEVEL_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("organisation", ("білім беру ұйымы деңгей", "ұйым деңгей", "ұйымы, аудан", "организации образования",
                      "уровне организации", "уровень организации")),
    ("district", ("аудан", "район", "⟨district-city⟩")),
    ("oblast", ("облыс", "областн", "⟨oblast-city⟩")),
    ("republic", ("республикалық", "республиканск", "роәк", "румс", "елдің", "страны")),
    ("international", ("халықаралық", "международн")),
)


OPTIONAL = ("(бар болса)", "(при наличии)", "болған жағдайда", "бар болса")


@dataclass(frozen=True)
class Tag:
    kinds: tuple[str, ...]
    levels: tuple[str, ...]
    results: tuple[str, ...]
    optional: bool = False


def normalise(text: str) -> str:
    s = text.lower().replace("\xa0", " ").replace("ё", "е")
    s = _CATEGORY_NAMES.sub(" ", s)
    s = _DISTRICT_CITY.sub("⟨district-city⟩", s)
    return _OBLAST_CITY.sub("⟨oblast-city⟩", s)


@lru_cache(maxsize=16384)
def tag(text: str) -> Tag:
    """Evidence kinds, levels and admissible results a statement names."""
    s = normalise(text)
    kinds = tuple(k for k, stems in KIND_RULES if any(x in s for x in stems))
    if "professional_contest" in kinds and "contest" in kinds and s.count("конкурс") + s.count("байқау") <= 1:
        kinds = tuple(k for k in kinds if k != "contest")
    levels = tuple(lv for lv, stems in LEVEL_RULES if any(x in s for x in stems)) if kinds else ()
    participant = any(x in s for x in ("қатысушы", "участник"))
    prize = any(x in s for x in ("жүлдегер", "призер", "призёр", "жүлделі"))
    winner = any(x in s for x in ("жеңімпаз", "победител"))
    if participant or not (prize or winner):
        results = ("participant", "prize", "winner")
    else:
        results = ("prize", "winner") if prize else ("winner",)
    return Tag(kinds, levels, results, any(x in s for x in OPTIONAL))


def matches(t: Tag, achievement: dict, as_of, higher_counts: bool) -> bool:
    """Does one achievement of the profile evidence a tagged statement?"""
    if achievement.get("kind") not in t.kinds:
        return False
    d = achievement.get("date")
    if d and str(d) > as_of.isoformat():
        return False
    if achievement.get("result", "participant") not in t.results:
        return False
    if not t.levels:
        return True
    lv = achievement.get("level")
    if lv in t.levels:
        return True
    return higher_counts and RANK.get(lv, -1) >= min(RANK[x] for x in t.levels)
