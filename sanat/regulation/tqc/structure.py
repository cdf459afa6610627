"""Blocks -> document structure: sections, chapters, positions, clauses, items.

A position starts at a paragraph heading, or at a chapter heading followed
directly by a clause with a recognised clause heading (chapter 9 has no
paragraph). Chapter 1 (introduction) has numbered clauses without clause
headings, so it is kept as introduction, not as a position. Everything before
the first chapter heading is the Order's own text.

Clause numbers are kept as printed; nothing is renumbered here. Defects
(duplicate paragraph numbers, missing or inline clause headings) are recorded on
the objects and reported as anomalies by ``anomalies.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sanat.regulation.tqc.blocks import Block
from sanat.regulation.tqc.grammar import CLAUSE_KINDS, Grammar


@dataclass
class Item:
    """One item of a clause: cleaned text and the physical lines it was joined from."""

    text: str
    first: int
    last: int

    def as_dict(self) -> dict:
        return {"text": self.text, "lines": [self.first, self.last]}


@dataclass
class Note:
    """An amendment note («Ескерту» / «Сноска») as found, before interpretation."""

    text: str
    first: int
    last: int
    clause: Clause | None  # the clause it physically follows, if any
    part: str  # "order" | "intro" | "characteristics"


@dataclass
class Clause:
    """A numbered clause. ``number`` is as printed (the legal address amendments use), never corrected."""

    number: int
    kind: str | None
    printed_number: str
    heading_printed: str | None  # as printed (raw spaces folded), None when missing
    heading_canonical: bool
    heading_inline: bool  # text follows the heading on the same line
    heading_missing: bool  # no heading: kind inferred from the D/K/Q/C order
    first: int
    last: int
    items: list[Item] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class Position:
    """A paragraph (or a paragraph-less chapter). ``occurrence`` tells apart a § number printed twice."""

    chapter: int
    chapter_title: str
    paragraph_printed: str | None
    paragraph_number: int | None
    occurrence: int
    title: str
    heading_first: int
    heading_last: int
    last: int
    clauses: list[Clause] = field(default_factory=list)

    def clause(self, kind: str) -> Clause | None:
        return next((c for c in self.clauses if c.kind == kind), None)


@dataclass
class Chapter:
    """A chapter heading; ``first``..``last`` span the whole chapter."""

    number: int
    title: str
    first: int
    last: int
    section: int | None
    heading_last: int = 0  # last line of the (possibly wrapped) heading


@dataclass
class Document:
    """One parsed source text; ``intro`` keeps chapter 1, ``notes`` every amendment note."""

    lang: str
    chapters: list[Chapter] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    sections: list[tuple[int, str, int, int]] = field(default_factory=list)  # (no, title, first, last)
    notes: list[Note] = field(default_factory=list)
    intro: list[Block] = field(default_factory=list)


def _heading(text: str, printed_text: str, g: Grammar) -> tuple[str, str, str, bool] | None:
    """(kind, heading as printed, rest of line, canonical?) if ``text`` starts with a clause heading.

    ``text`` is cleaned (Latin ``i`` folded), ``printed_text`` the same span as printed,
    so a heading spelt with Latin ``i`` is found and still reported as a variant.
    """
    for kind, pat, canonical in g.headings:
        m = pat.match(text)
        if m:
            printed = printed_text[: m.end()].strip()
            return kind, printed, text[m.end():].strip(), printed == canonical
    return None


def parse(blocks: list[Block], g: Grammar) -> Document:
    """Walk the blocks once and build the document tree."""
    doc = Document(g.lang)
    section: int | None = None
    chapter: Chapter | None = None
    pos: Position | None = None
    clause: Clause | None = None
    seen_para: dict[tuple[int, int | None], int] = {}

    def close_position() -> None:
        nonlocal pos, clause
        pos, clause = None, None

    def open_position(number: int | None, printed: str | None, title: str, b: Block) -> None:
        nonlocal pos, clause
        key = (chapter.number, number)
        seen_para[key] = seen_para.get(key, 0) + 1
        pos = Position(chapter.number, chapter.title, printed, number, seen_para[key], title,
                       b.first, b.last, b.last)
        doc.positions.append(pos)
        clause = None

    def step(b: Block) -> None:
        nonlocal section, chapter, pos, clause
        if not b.indented:
            text = b.text
            sm = g.section.match(text)
            if sm:
                section = int(sm.group(1) or sm.group(2))
                cm = g.chapter.search(text, sm.end())
                doc.sections.append((section, text[: cm.start()].strip() if cm else text, b.first, b.last))
                close_position()
                chapter = None
                if not cm:
                    return
                text = text[cm.start():].strip()
            cm = g.chapter.match(text)
            if cm:
                close_position()
                chapter = Chapter(int(cm.group(1)), text[cm.end():].strip(), b.first, b.last, section, b.last)
                doc.chapters.append(chapter)
                return
            pm = g.paragraph.match(text)
            if pm and chapter:
                open_position(int(pm.group(1) or pm.group(2)), text[: pm.end()].strip(),
                              text[pm.end():].strip(), b)
            # other column-0 text (order title, approval block) carries no structure
            return
        if g.note.match(b.text):
            part = "order" if chapter is None else ("characteristics" if pos else "intro")
            note = Note(b.text, b.first, b.last, clause, part)
            doc.notes.append(note)
            if clause:
                clause.notes.append(note)
            return
        cm = g.clause.match(b.text)
        if cm and chapter:
            number, rest = int(cm.group(1)), cm.group(2)
            head = _heading(rest, b.printed[cm.start(2):], g)
            if pos is None:
                if head is None:
                    doc.intro.append(b)
                    return
                open_position(None, None, chapter.title, b)
                pos.heading_first, pos.heading_last = chapter.first, chapter.last
            kinds_so_far = [c.kind for c in pos.clauses]
            if head:
                kind, printed, rest, canonical = head
                missing = False
            else:
                kind = next((k for k in CLAUSE_KINDS if k not in kinds_so_far), None)
                printed, canonical, missing = None, False, True
            clause = Clause(number, kind, cm.group(1), printed, canonical, bool(head and rest),
                            missing, b.first, b.last)
            pos.clauses.append(clause)
            if rest:
                clause.items.append(Item(rest, b.first, b.last))
            return
        if clause:
            clause.items.append(Item(b.text, b.first, b.last))
            clause.last = b.last
        elif chapter and not pos:
            doc.intro.append(b)

    for b in blocks:
        owner_ch, owner_pos = chapter, pos
        step(b)
        # a block extends the chapter/position it was read in, never the one it closes
        if chapter is not None and chapter is owner_ch:
            chapter.last = b.last
        if pos is not None and pos is owner_pos:
            pos.last = b.last
    return doc

