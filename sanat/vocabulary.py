"""The domain vocabulary: qualification categories in order and the interface languages (plain Python).

One place for these names; every package (core and Django apps) imports them from here.
The labels are the category names as Order 338 prints them (kk 001, ru 002).
"""

from __future__ import annotations

from typing import Final, Literal, get_args

Lang = Literal["kk", "ru"]

#: Interface and source languages; Kazakh is the default.
LANGS: Final[tuple[str, ...]] = get_args(Lang)
DEFAULT_LANG: Final = "kk"

#: The five qualification categories of a teacher, lowest first.
CATEGORIES: Final[tuple[str, ...]] = ("pedagog", "moderator", "expert", "researcher", "master")

#: The manager categories a profile may hold (deputies, heads, and the older first/second/highest scale).
MANAGER_CATEGORIES: Final[tuple[str, ...]] = ("deputy_3", "deputy_2", "deputy_1", "head_organizer", "head_manager",
                                              "head_leader", "second", "first", "highest")

#: Every category code a profile may hold.
HELD_CATEGORIES: Final[tuple[str, ...]] = CATEGORIES + MANAGER_CATEGORIES

#: The categories above the base qualification (those with their own competency lists).
HIGHER_CATEGORIES: Final[tuple[str, ...]] = CATEGORIES[1:]

CATEGORY_LABELS: Final[dict[str, dict[str, str]]] = {
    "kk": {"pedagog": "педагог", "moderator": "педагог-модератор", "expert": "педагог-сарапшы",
           "researcher": "педагог-зерттеуші", "master": "педагог-шебер"},
    "ru": {"pedagog": "педагог", "moderator": "педагог-модератор", "expert": "педагог-эксперт",
           "researcher": "педагог-исследователь", "master": "педагог-мастер"},
}


def norm_lang(value: str | None) -> str:
    """``kk`` or ``ru`` from a language code such as ``ru-RU``; anything else is the default."""
    code = (value or "").split("-")[0].lower()
    return code if code in LANGS else DEFAULT_LANG


def category_label(code: str, lang: str) -> str:
    """The printed name of a category in ``lang``; an unknown code is returned as it is."""
    return CATEGORY_LABELS[norm_lang(lang)].get(code, code)


def category_rank(code: str) -> int:
    """0 for ``pedagog`` … 4 for ``master``; ``ValueError`` for an unknown code."""
    return CATEGORIES.index(code)
