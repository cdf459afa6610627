"""Bilingual e-mail: every message is written in Kazakh and in Russian (the competition's first language first)."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import translation

SEPARATOR = "\n\n— — —\n\n"


def languages(competition_languages: list[str]) -> list[str]:
    first = [lang for lang in competition_languages if lang in ("kk", "ru")][:1] or ["kk"]
    return first + [lang for lang in ("kk", "ru") if lang not in first]


def bilingual(competition_languages: list[str], make: Callable[[], tuple[str, str]]) -> tuple[str, str]:
    """(subject, body) built by ``make`` once per language, joined."""
    parts = []
    for lang in languages(competition_languages):
        with translation.override(lang):
            parts.append(make())
    return " / ".join(p[0] for p in parts), SEPARATOR.join(p[1] for p in parts)
