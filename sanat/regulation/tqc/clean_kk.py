"""Cleaning of 001 (Kazakh, PDF extraction) into blocks.

The hazards (see docs/catalog-format.md, "Cleaning"): page breaks of exactly three
blank lines that may fall mid-sentence, items that start with a 6-space indent and
wrap onto column-0 lines, words broken at a hyphen, opening brackets or quotes left
at a line end, Latin ``i`` inside Kazakh words. Headings sit in column 0 too, so a
column-0 line is a continuation unless it *is* a heading.
"""

from __future__ import annotations

import re

from sanat.regulation.cleaning import fix_latin_i, indent_of, normalise_spaces
from sanat.regulation.tqc.blocks import Block

PAGE_BREAK_BLANKS = 3
ITEM_INDENT = 2  # 001 uses exactly 6 spaces for an item start; 0 or 1 for a continuation
# Headings printed in column 0; a column-0 line matching one of these starts a new block.
KK_COLUMN0_HEADING = re.compile(
    r"^(?:\d+\s*-\s*тарау\.|\d+\s*-\s*[Пп]араграф\.|[Пп]араграф\s*\d+\.|\d+\s*-\s*бөлім\.|Бөлім\s*\d+\.)"
)
_HYPHEN_SPLIT = re.compile(r"[^\W\d_]-$")  # "педагог-" at a line end: the word continues
_GLUE_BEFORE = ",;.:)"


def page_breaks(raw_lines: list[str]) -> list[int]:
    """Line numbers (1-based) of the first blank line of every page break.

    A page break in 001 is a run of exactly three blank lines; one blank line is
    a paragraph gap or a hyperlink residue, never a page break.
    """
    out, run_start = [], None
    for no, raw in enumerate([*raw_lines, "x"], start=1):
        if not raw.strip():
            run_start = run_start or no
            continue
        if run_start and no - run_start == PAGE_BREAK_BLANKS:
            out.append(run_start)
        run_start = None
    return out


def glue(prev: str, nxt: str) -> str:
    """Join a wrapped continuation to the text before it.

    No space where the PDF broke inside a token: after an opening ``(`` or a
    lone opening quote, after a hyphen that splits a word, before closing
    punctuation. One space otherwise.
    """
    prev, nxt = prev.rstrip(), nxt.strip()
    if not prev:
        return nxt
    if not nxt:
        return prev
    # the split hyphen is prev's last character, so its last two are all the regex needs to see
    if prev.endswith("(") or prev.endswith(' "') or prev == '"' or _HYPHEN_SPLIT.search(prev[-2:]):
        return prev + nxt
    if nxt[0] in _GLUE_BEFORE:
        return prev + nxt
    return prev + " " + nxt


def clean_line(raw: str) -> str:
    """Text of one physical 001 line: spaces folded, Latin ``i`` folded into Kazakh ``і``.

    ``fix_latin_i`` folds an ``i`` that touches a Cyrillic letter; a run such as
    ``iiа`` needs one more pass per letter, so it is applied until stable.
    """
    return _fold_latin_i(normalise_spaces(raw))


def _fold_latin_i(text: str) -> str:
    while (folded := fix_latin_i(text)) != text:
        text = folded
    return text


def to_blocks(raw_lines: list[str]) -> list[Block]:
    """001 physical lines -> blocks; blank lines (page breaks included) never end a block."""
    blocks: list[Block] = []
    for no, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        spaced = normalise_spaces(raw)
        text = _fold_latin_i(spaced)  # = clean_line(raw), spaces folded once for both uses
        indented = indent_of(raw) >= ITEM_INDENT
        starts = indented or not blocks or KK_COLUMN0_HEADING.match(text)
        if starts:
            blocks.append(Block(text, no, no, indented, spaced, None, [no]))
        else:
            b = blocks[-1]
            b.text = glue(b.text, text)
            b.last = no
            b.lines.append(no)
    return blocks
