"""Cleaning of 002 (Russian, adilet HTML-to-text) into blocks.

002 does not wrap: one item per physical line. Its hazards are NBSP indentation
(5×NBSP + space), NBSP inside text, ``[bookmark: zNNNN]`` anchors glued to the
first «Должен знать» item and tab-prefixed lines in the signature block. A line
holding only invisible characters (L28 "\\t\\xa0") counts as blank.
"""

from __future__ import annotations

import re

from sanat.regulation.cleaning import BOOKMARK_RE, normalise_spaces
from sanat.regulation.tqc.blocks import Block

_ANCHOR_RE = re.compile(r"\[bookmark: (z\d+)\]")


def is_indented(raw: str) -> bool:
    """An item or clause line: starts with NBSP or space. Tab-prefixed lines are
    signature/approval lines printed at the margin, so they are not items."""
    unmarked = BOOKMARK_RE.sub("", raw)
    return unmarked[:1] in ("\u00a0", " ")


def to_blocks(raw_lines: list[str]) -> list[Block]:
    """002 physical lines -> one block per non-blank line, bookmark kept as ``anchor``."""
    blocks = []
    for no, raw in enumerate(raw_lines, start=1):
        anchor = _ANCHOR_RE.search(raw)
        text = normalise_spaces(BOOKMARK_RE.sub("", raw))
        if not text:
            continue
        blocks.append(
            Block(text, no, no, is_indented(raw), text, anchor.group(1) if anchor else None, [no])
        )
    return blocks
