"""Inline numbered lists («1. …;2. …») as printed in the cards' cells.

Markers are found where a number and a dot follow the start of the cell, a
separator («;», «.», «:», «,»), a newline, or a letter glued to the number
(«әдістері2.»). Duplicated markers («1.1.», «8. 8.») count once. Numbers inside
items appear only in legal citations («№ 83бұйрығымен») and are never followed by
a dot, so they are not taken for markers. Irregular numbering is reported, and
items keep their printed order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK_RE = re.compile(r"(?:^|(?<=[;.:,\n])|(?<=[^\d\s.;:]))[ \t]*(\d{1,2})\.(?:\s*(\1)\.)?(?!\d)")
_TRIM = " ;.\n\t"


@dataclass(frozen=True)
class Item:
    """One list item: its position (1-based), the number printed before it, its text."""

    position: int
    printed_number: str | None
    text: str
    separator: str  # what preceded the marker: «;», «.», «,», newline, «» (glued) or «^»
    marker: str = ""  # the marker as printed («2.», «1.1.», «8. 8.»)


@dataclass(frozen=True)
class ItemList:
    items: list[Item]
    preamble: str  # text before the first marker (normally empty)

    @property
    def numbers(self) -> list[int | None]:
        return [int(i.printed_number) if i.printed_number else None for i in self.items]

    def numbering_regular(self) -> bool:
        return self.numbers == list(range(1, len(self.items) + 1))

    def duplicated_markers(self) -> list[str]:
        return [i.printed_number for i in self.items if i.printed_number and "dup" in i.separator]


def split_items(text: str) -> ItemList:
    """Split a cell into its numbered items; a cell without markers is one unnumbered item."""
    marks = list(MARK_RE.finditer(text))
    if not marks:
        t = text.strip(_TRIM)
        return ItemList([Item(1, None, t, "^")] if t else [], "")
    items = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        before = text[: m.start()].rstrip(" \t")
        sep = "^" if not before else (before[-1] if before[-1] in ";.:,\n" else "")
        if m.group(2):
            sep += " dup"
        items.append(Item(i + 1, m.group(1), text[m.end(): end].strip(_TRIM), sep, m.group(0).strip()))
    return ItemList(items, text[: marks[0].start()].strip(_TRIM))

