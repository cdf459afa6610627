"""A seeded generator of synthetic staff files (``docs/staff-file.md``) for the screening benchmark and the
test that compares streamed and row-by-row screening. No Django, no real people.

Realistic in the ways that matter for cost: most rows are school teachers on a few common posts, education
and experience repeat (whole years, sometimes a half), held categories carry their own dates, yes/no is
written in several ways, and about 1 % of rows are bad (unknown post, unreadable yes/no or years, a missing
level, a wrong category code).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

COLUMNS = ("name", "position", "lang", "education_level", "pedagogical", "direction", "profile_relevant",
           "retraining", "graduated", "exp_pedagogical", "exp_specialty", "exp_position", "exp_managerial",
           "location", "organisation_level", "categories", "degree")
LEVELS = ("higher",) * 12 + ("postgraduate",) * 2 + ("tvet",) * 5 + ("school_ped_class_pre1995", "secondary")
YES, NO = ("yes", "да", "иә", "1", "Да"), ("no", "нет", "жоқ", "0", "")
TEACHER_CATEGORIES = ("moderator", "expert", "researcher", "master")
MANAGER_CATEGORIES = ("deputy_3", "deputy_2", "deputy_1", "first", "second", "highest")  # a sample of vocabulary.MANAGER_CATEGORIES
DIRECTIONS = ("", "", "", "Педагогика и психология", "Математика", "Физика", "Қазақ тілі мен әдебиеті",
              "Русский язык и литература", "Информатика", "Дене шынықтыру")
FIRST = ("Айгерим", "Асель", "Ерлан", "Гульнара", "Нурлан", "Дана", "Марат", "Жанар", "Олег", "Светлана")
LAST = ("Ахметова", "Сейткали", "Иванова", "Нурпеисов", "Жумабаева", "Ким", "Абенов", "Петрова")


def _years(rng: random.Random, top: int) -> str:
    y = rng.randint(0, top)
    return f"{y},5" if rng.random() < 0.15 else str(y)


def _categories(rng: random.Random, manager: bool) -> str:
    r = rng.random()
    if r < 0.4:
        return ""
    code = rng.choice(MANAGER_CATEGORIES if manager else TEACHER_CATEGORIES)
    if r < 0.7:
        return code
    since = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    until = since + timedelta(days=5 * 365 + 1)
    return f"{code}:{since.isoformat()}:{until.isoformat()}"


def rows(n: int, position_ids: list[str], seed: int = 338) -> Iterator[dict]:
    """``n`` staff rows (dicts keyed by ``COLUMNS``), the same for the same seed and posts. Rows come in
    blocks of about 2,000 (a district's export), each with its own spelling of yes/no and its own habits."""
    rng = random.Random(seed)
    common = [p for p in position_ids if p.startswith(("338-03-07", "338-03-0", "338-02-0", "338-10-1"))][:14]
    common = common or position_ids[:14]
    yes = no = ""
    lang_mix: tuple[str, ...] = ()
    for i in range(n):
        if i % 2000 == 0:  # a new district's export
            yes, no = rng.choice(YES), rng.choice(NO)
            lang_mix = rng.choice((("kk",), ("ru",), ("kk", "ru"), ("",)))
            location = rng.choice(("urban", "rural", ""))
        pid = rng.choice(common) if rng.random() < 0.8 else rng.choice(position_ids)
        manager = pid.endswith("-01") or pid.startswith("338-09")
        level = rng.choice(LEVELS)
        ped = _years(rng, 40)
        row = {"name": f"{rng.choice(LAST)} {rng.choice(FIRST)} {i}", "position": pid,
               "lang": rng.choice(lang_mix), "education_level": level,
               "pedagogical": yes if rng.random() < 0.85 else no,
               "direction": rng.choice(DIRECTIONS) if rng.random() < 0.2 else "",
               "profile_relevant": rng.choice(("yes", "no")) if rng.random() < 0.1 else "",
               "retraining": yes if rng.random() < 0.05 else "",
               "graduated": f"{rng.randint(1975, 1994)}-06-20" if level == "school_ped_class_pre1995" else "",
               "exp_pedagogical": ped, "exp_specialty": ped if rng.random() < 0.3 else "",
               "exp_position": _years(rng, 20) if rng.random() < 0.15 else "",
               "exp_managerial": _years(rng, 15) if manager and rng.random() < 0.7 else "",
               "location": location,
               "organisation_level": rng.choice(("oblast", "district")) if pid.startswith("338-08") else "",
               "categories": _categories(rng, manager),
               "degree": "master" if rng.random() < 0.05 else ""}
        bad = rng.random()
        if bad < 0.003:
            row["position"] = "338-99-99"
        elif bad < 0.005:
            row["pedagogical"] = "может быть"
        elif bad < 0.007:
            row["exp_pedagogical"] = "десять"
        elif bad < 0.009:
            row["education_level"] = ""
        elif bad < 0.01:
            row["categories"] = "grandmaster"
        yield row


def write_csv(path: str | Path, n: int, position_ids: list[str], seed: int = 338, delimiter: str = ";") -> Path:
    """A staff CSV of ``n`` rows (``;``-separated, as spreadsheets in kk/ru locales save)."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter=delimiter)
        w.writeheader()
        w.writerows(rows(n, position_ids, seed))
    return path
