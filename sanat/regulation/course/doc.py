"""Reading helpers for the course programme (003): cleaned lines, TAB cells, sections,
lists whose items span lines, and an anomaly collector. Everything keeps line numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sanat.regulation.cleaning import fix_latin_i, normalise_spaces
from sanat.regulation.sources import SourceText

TAG_RE = re.compile(r"</?(?:p|ul|ol|li|b|i|u|br|span|strong|em|div)\b[^>]*>", re.I)
EMPH_RE = re.compile(r"\*+")
SECTION_RE = re.compile(r"^#+\s*\**\s*(\d+)\.\s*(.+?)\s*\**\s*$")
BULLET_RE = re.compile(r"^\s*[-–]\s*")
DEBRIS_RE = re.compile(r"^-+(\t-+)+\s*$")


def clean(text: str) -> str:
    """HTML tags, Markdown emphasis and hard breaks removed; Latin ``i`` fixed; spaces folded."""
    return normalise_spaces(fix_latin_i(EMPH_RE.sub("", TAG_RE.sub(" ", text))))


def item(text: str, first: int, last: int | None = None) -> dict:
    """The exported shape of a cited piece of text."""
    return {"text": text, "lines": [first, last if last is not None else first]}


def span(items: list[dict]) -> list[int]:
    """First and last line covered by several items."""
    return [min(i["lines"][0] for i in items), max(i["lines"][1] for i in items)]


@dataclass
class Stream:
    """Text joined from several lines, remembering which line each character came from."""

    text: str = ""
    marks: list[tuple[int, int]] = field(default_factory=list)  # (start offset, line no)

    def add(self, text: str, line_no: int, sep: str = " ") -> None:
        if self.text:
            self.text += sep
        self.marks.append((len(self.text), line_no))
        self.text += text

    def line_at(self, offset: int) -> int:
        no = self.marks[0][1]
        for start, ln in self.marks:
            if start > offset:
                break
            no = ln
        return no

    def pieces(self, sep: str) -> Iterator[tuple[str, list[int]]]:
        """Split on the regex ``sep``; yield stripped non-empty pieces with their lines."""
        pos = 0
        for m in [*re.finditer(sep, self.text), None]:
            end = m.start() if m else len(self.text)
            raw = self.text[pos:end]
            stripped = raw.strip()
            if stripped:
                lead = pos + len(raw) - len(raw.lstrip())
                yield stripped, [self.line_at(lead), self.line_at(lead + len(stripped) - 1)]
            pos = m.end() if m else end


@dataclass
class Anomalies:
    """Defects found in the text: reported with their lines, never fixed."""

    file: str
    found: list[dict] = field(default_factory=list)

    def add(self, code: str, message: str, *ranges: list[int] | tuple[int, int] | int) -> None:
        spans = [[r, r] if isinstance(r, int) else [r[0], r[1]] for r in ranges]
        self.found.append({"code": code, "message": message,
                           "sources": [{"file": self.file, "lines": s} for s in spans]})


class Doc:
    """The course text as 1-based lines with cleaned text and TAB cells."""

    def __init__(self, src: SourceText):
        self.src = src
        self.raw = src.lines
        self.text = [clean(r) for r in self.raw]
        self.anomalies = Anomalies(src.file)

    @property
    def last(self) -> int:
        return len(self.raw)

    def clean(self, no: int) -> str:
        return self.text[no - 1]

    def cells(self, no: int) -> list[str]:
        return [clean(c) for c in self.raw[no - 1].split("\t")]

    def is_row(self, no: int) -> bool:
        return "\t" in self.raw[no - 1]

    def blank(self, no: int) -> bool:
        return not self.text[no - 1]

    def nonblank(self, start: int, end: int | None = None) -> Iterator[int]:
        for no in range(max(start, 1), min(end or self.last, self.last) + 1):
            if not self.blank(no):
                yield no

    def next_nonblank(self, after: int, end: int | None = None) -> int | None:
        return next(self.nonblank(after + 1, end), None)

    def find(self, pattern: str, start: int = 1, end: int | None = None) -> int | None:
        """First line (cleaned text) in ``start..end`` matching ``pattern``."""
        rx = re.compile(pattern)
        return next((no for no in self.nonblank(start, end) if rx.search(self.text[no - 1])), None)

    def need(self, pattern: str, start: int = 1, end: int | None = None) -> int:
        no = self.find(pattern, start, end)
        if no is None:
            raise ValueError(f"{self.src.file}: no line matching {pattern!r} in lines {start}-{end or self.last}")
        return no

    def sections(self) -> dict[int, tuple[int, int, str]]:
        """Numbered top-level sections: number -> (heading line, last line, title)."""
        heads = []
        for no in range(1, self.last + 1):
            m = SECTION_RE.match(self.raw[no - 1])
            if m and not re.match(r"\d+-модуль", m.group(2)):
                heads.append((int(m.group(1)), no, clean(m.group(2))))
        out = {}
        for i, (num, no, title) in enumerate(heads):
            end = heads[i + 1][1] - 1 if i + 1 < len(heads) else self.last
            out[num] = (no, end, title)
        return out

    def paragraph(self, first: int, end: int | None = None) -> tuple[str, list[int]]:
        """Consecutive non-blank lines from ``first`` (Markdown hard breaks), joined."""
        last = first
        while last + 1 <= (end or self.last) and not self.blank(last + 1):
            last += 1
        return " ".join(self.text[first - 1:last]), [first, last]

    def paragraph_around(self, no: int) -> tuple[str, list[int]]:
        """The whole paragraph (consecutive non-blank lines) that contains line ``no``."""
        first = no
        while first > 1 and not self.blank(first - 1):
            first -= 1
        return self.paragraph(first)

    def list_after(self, intro: int, end: int | None = None, *, first: int | None = None) -> list[dict]:
        """List items following line ``intro``, up to the item that ends with a full stop.

        Item boundaries are ``;`` and blank lines; a line without either continues the
        item (the converter broke it). Bullets and the closing ``;``/``.`` are dropped."""
        stream = Stream()
        start = first if first is not None else intro + 1
        prev = None
        for no in self.nonblank(start, end):
            gap = prev is not None and no > prev + 1
            stream.add(BULLET_RE.sub("", self.clean(no)), no, "\n" if gap else " ")
            prev = no
            if self.clean(no).endswith("."):
                break
        return [item(t.rstrip(".;").strip(), *ln) for t, ln in stream.pieces(r";|\n")]
