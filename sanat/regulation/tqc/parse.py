"""Source text -> parsed document, one entry point per language file."""

from __future__ import annotations

from sanat.regulation.sources import SourceText
from sanat.regulation.tqc import clean_kk, clean_ru
from sanat.regulation.tqc.grammar import KK, RU
from sanat.regulation.tqc.structure import Document, parse


def parse_kk(src: SourceText) -> Document:
    """001 (PDF extraction): wrapped lines joined before structure is read."""
    return parse(clean_kk.to_blocks(src.lines), KK)


def parse_ru(src: SourceText) -> Document:
    """002 (adilet export): one block per line."""
    return parse(clean_ru.to_blocks(src.lines), RU)
