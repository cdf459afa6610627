"""Items -> segments: the sub-lines of a clause, each with its printed connector and context.

An item of the structure parser is one printed paragraph. A few paragraphs print two
requirement lines run together («...– 5 жыл; және (немесе) біліктілігінің ...»), so they are
split where a connector opens a new level-conditioned line. Unnumbered sub-headings
(«облыс, республикалық маңызы бар қалалар деңгейінде:», «1) ... басшысы үшін:») are not
requirements but context for the lines under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .decisions import CONNECTORLESS_NORMALISED
from .vocabulary import CONNECTOR, CONNECTOR_NORMALISED, ORG_LEVEL, SUBCASE_OPENER, SUBLINE_SPLIT

MAX_HEADING_CHARS = 250
"""A sub-heading is a short item ending in a colon; long colon-ended items are requirement lines."""


@dataclass(frozen=True)
class Segment:
    lang: str
    index: int  # position among the clause's segments
    item: int  # index of the item it comes from
    text: str  # as printed, connector included
    lines: tuple[int, int]
    connector: str | None  # as printed
    normalised: str | None
    subcase: str | None  # the sub-heading this line sits under, as printed
    organisation_level: str | None

    @property
    def body(self) -> str:
        """Text after the connector."""
        return self.text[len(self.connector):].lstrip() if self.connector else self.text


def normalise_connector(printed: str | None) -> str | None:
    if printed is None:
        return CONNECTORLESS_NORMALISED
    return CONNECTOR_NORMALISED.get(re.sub(r"\s+", "", printed).lower())


def is_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and text.rstrip().endswith(":")


def org_level_of(lang: str, text: str) -> str | None:
    for code, rx in ORG_LEVEL[lang]:
        if rx.search(text):
            return code
    return None


def split(items: list[dict], lang: str) -> tuple[list[Segment], list[dict]]:
    """Segments of a clause, plus the sub-headings met (``{"text", "lines"}``)."""
    out: list[Segment] = []
    headings: list[dict] = []
    subcase: str | None = None
    org_level: str | None = None
    for i, item in enumerate(items):
        text = item["text"].strip()
        lines = (int(item["lines"][0]), int(item["lines"][1]))
        if is_heading(text):
            subcase = text
            org_level = org_level_of(lang, text)
            headings.append({"text": text, "lines": list(lines)})
            continue
        parts = [p.strip() for p in SUBLINE_SPLIT[lang].split(text) if p and p.strip()]
        for part in parts:
            m = CONNECTOR[lang].match(part)
            printed = m.group(1) if m else None
            opener = SUBCASE_OPENER[lang].match(part[m.end():] if m else part)
            out.append(Segment(lang, len(out), i, part, lines, printed, normalise_connector(printed),
                               opener.group(1) if opener and "педагог" not in opener.group(1) else subcase,
                               org_level))
    return out, headings
