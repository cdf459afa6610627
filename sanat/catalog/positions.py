"""Pure helpers over one position dict of the catalog (``docs/catalog-contract.md``)."""

from __future__ import annotations

from collections.abc import Iterator

from sanat.vocabulary import LANGS

SECTIONS = ("duties", "knowledge", "requirements")


def section_items(position: dict, section: str) -> dict[str, list[dict] | None]:
    """``{"kk": [Item], "ru": [Item] | None}`` of a clause section (requirements: its ``text``)."""
    block = position.get(section) or {}
    if section == "requirements":
        block = block.get("text") or {}
    return {lang: block.get(lang) for lang in LANGS}


def iter_items(position: dict) -> Iterator[tuple[str, str, dict]]:
    """Every cited item as ``(section, lang, item)``; competencies as ``("competencies:<cat>", ...)``."""
    for section in SECTIONS:
        for lang, items in section_items(position, section).items():
            for item in items or ():
                yield section, lang, item
    for code, cat in (position.get("competencies") or {}).items():
        for lang in LANGS:
            for item in (cat.get("items") or {}).get(lang) or ():
                yield f"competencies:{code}", lang, item


def title(position: dict, lang: str) -> str:
    """The position's title in ``lang``, falling back to the other language."""
    t = position.get("title") or {}
    return t.get(lang) or t.get("kk") or t.get("ru") or position["id"]
