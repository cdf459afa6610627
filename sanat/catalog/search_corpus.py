"""What the search indexes, taken from catalog dicts (pure Python, no Django).

- :func:`views`: one searchable view per position and language that has text — its title and every cited
  item (duties, knowledge, requirements, competencies) with section, lines and source file;
- :func:`parallel_segments`: the kk/ru segments printed side by side — titles, chapter titles and items of
  every position with text in both languages (the 24 positions of the official Russian text and the six the
  vacancy notice quotes), items paired by position only where both languages list the same number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sanat.text.glossary import build_glossary
from sanat.text.search_index import Passage, SearchIndex, View

from .positions import LANGS, iter_items, section_items

SECTIONS = ("duties", "knowledge", "requirements")


def views(positions: Iterable[dict]) -> list[View]:
    """Search views of ``positions`` (catalog position dicts), in source order."""
    out: list[View] = []
    for p in positions:
        files = {lang: ((p.get("source") or {}).get(lang) or {}).get("file") for lang in LANGS}
        passages: dict[str, list[Passage]] = {lang: [] for lang in LANGS}
        for section, lang, item in iter_items(p):
            text = item.get("text") or ""
            if text:
                passages[lang].append(Passage(section, lang, text, tuple(item.get("lines") or ()), files.get(lang)))
        for lang in LANGS:
            title = (p.get("title") or {}).get(lang) or ""
            if title or passages[lang]:
                out.append(View(p["id"], lang, title, tuple(passages[lang]), p.get("chapter")))
    return out


def _pairs(a: list[dict] | None, b: list[dict] | None) -> Iterator[tuple[str, str]]:
    if a and b and len(a) == len(b):
        for x, y in zip(a, b, strict=True):
            if x.get("text") and y.get("text"):
                yield x["text"], y["text"]


def parallel_segments(positions: Iterable[dict]) -> list[tuple[str, str]]:
    """Aligned ``(kk, ru)`` texts of the positions printed in both languages."""
    out: list[tuple[str, str]] = []
    for p in positions:
        title = p.get("title") or {}
        if not (title.get("kk") and title.get("ru")):
            continue
        out.append((title["kk"], title["ru"]))
        ct = p.get("chapter_title") or {}
        if ct.get("kk") and ct.get("ru"):
            out.append((ct["kk"], ct["ru"]))
        for section in SECTIONS:
            items = section_items(p, section)
            out.extend(_pairs(items["kk"], items["ru"]))
        for cat in (p.get("competencies") or {}).values():
            items = cat.get("items") or {}
            out.extend(_pairs(items.get("kk"), items.get("ru")))
    return out


GLOSSARY_FILE = Path(__file__).with_name("data") / "search_glossary.yaml"


def build_index(positions: list[dict], glossary_file: Path | None = GLOSSARY_FILE) -> SearchIndex:
    """The search index of ``positions``: their views and the glossary learnt from their parallel texts
    plus the hand-written remainder (``data/search_glossary.yaml``)."""
    index = SearchIndex(views(positions), build_glossary(parallel_segments(positions), glossary_file))
    index.documents = {p["id"]: p for p in positions}
    return index
