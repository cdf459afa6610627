"""The pipe-table layer of the standard's text, and the anomaly record.

The text of 000 is a table dump: cells are separated by exactly ``"\\t|\\t"``, one
table row per physical line. This module turns lines into ``Row`` objects that keep
their 1-based line number, finds the appendix and card headers, and defines the
``Anomaly`` record every parser stage uses for defects found in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sanat.regulation.sources import SourceText

SEP = "\t|\t"
APPENDIX_RE = re.compile(r'^\t\|\t"Педагог"\s*кәсіптік\s*стандартына\s*(\d+)\s*-\s*қосымша\s*$')
CARD_RE = re.compile(r'^КӘСІПТЕР КАРТОЧКАСЫ:\s*"(.+)"\s*$')
LOWER = "a-zа-яёәғқңөұүһі"
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
GLUED_WORDS_RE = re.compile(rf"[{LOWER}][{UPPER}]")


@dataclass(frozen=True)
class Row:
    """One table row: its line number and its cells, each stripped of outer spaces."""

    no: int
    cells: tuple[str, ...]

    @property
    def filled(self) -> list[str]:
        """The non-empty cells, in order."""
        return [c for c in self.cells if c]

    @property
    def leading_empty(self) -> bool:
        """True when the row starts with an empty cell (a continuation or a stamp)."""
        return len(self.cells) > 1 and not self.cells[0]


def split_row(no: int, raw: str) -> Row:
    return Row(no, tuple(c.strip() for c in raw.split(SEP)))


def rows_between(src: SourceText, first: int, last: int) -> list[Row]:
    """Non-blank lines ``first..last`` (1-based, inclusive) as rows."""
    return [split_row(n, src.line(n)) for n in range(first, last + 1) if src.line(n).strip()]


@dataclass(frozen=True)
class Anomaly:
    """A defect of the source text, recorded as data; the parser never repairs it silently."""

    kind: str
    where: str
    lines: tuple[int, int]
    detail: str
    printed: str | None = None

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "where": self.where,
            "lines": list(self.lines),
            "detail": self.detail,
            "printed": self.printed,
        }


@dataclass
class Anomalies:
    """Collects anomalies in the order the parser meets them."""

    items: list[Anomaly] = field(default_factory=list)

    def add(self, kind: str, where: str, lines: int | tuple[int, int], detail: str,
            printed: str | None = None) -> None:
        span = (lines, lines) if isinstance(lines, int) else lines
        self.items.append(Anomaly(kind, where, span, detail, printed))

    def glued_words(self, text: str, where: str, line: int) -> None:
        """Record each place where a lowercase letter runs straight into a capital one."""
        for m in GLUED_WORDS_RE.finditer(text):
            a, b = max(0, m.start() - 12), min(len(text), m.end() + 12)
            self.add("glued_words", where, line, "words printed without a space or separator",
                     text[a:b])


@dataclass(frozen=True)
class Outline:
    """Where the appendices and cards are: line spans, 1-based and inclusive."""

    appendices: dict[int, tuple[int, int]]
    cards: list[tuple[int, str, int, int]]  # (appendix, title, first line, last line)


def outline(src: SourceText) -> Outline:
    """Find appendix headers and card headers; each span ends before the next header."""
    heads = [(n, int(m.group(1))) for n, raw in enumerate(src.lines, 1) if (m := APPENDIX_RE.match(raw))]
    last_line = max((n for n, raw in enumerate(src.lines, 1) if raw.strip()), default=0)
    appendices: dict[int, tuple[int, int]] = {}
    for i, (n, num) in enumerate(heads):
        end = heads[i + 1][0] - 1 if i + 1 < len(heads) else last_line
        while end > n and not src.line(end).strip():
            end -= 1
        appendices[num] = (n, end)
    cards: list[tuple[int, str, int, int]] = []
    for num, (first, last) in appendices.items():
        starts = [(n, m.group(1)) for n in range(first, last + 1) if (m := CARD_RE.match(src.line(n)))]
        for i, (n, title) in enumerate(starts):
            end = starts[i + 1][0] - 1 if i + 1 < len(starts) else last
            while end > n and not src.line(end).strip():
                end -= 1
            cards.append((num, title, n, end))
    return Outline(appendices, cards)


def span(first: int, last: int | None = None) -> list[int]:
    """The ``lines`` value of an exported object: ``[first, last]``, inclusive."""
    return [first, first if last is None else last]
