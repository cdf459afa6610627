"""Competency lists per category, from the items of a competencies clause.

A list is a run of blocks ``N) "<label>":`` each followed by an optional reference
line ("meets the requirements of X, and also:") and the block's items. The
category comes from the label, never from ``N`` (numbering restarts at 1 with
whichever category comes first). ``builds_on`` is the category the reference line
names, as printed: an irregular reference (master -> expert, moderator -> itself)
is kept and reported, not corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sanat.regulation.tqc.grammar import Grammar, category_of
from sanat.regulation.tqc.structure import Clause, Item
from sanat.vocabulary import CATEGORIES


@dataclass
class Level:
    category: str | None
    label_printed: str  # the label line as printed, e.g. '5) "шебер-педагог":'
    label: str  # the label text without number and quotes
    number: int
    quoted: bool  # both quotes present
    first: int
    last: int
    reference: Item | None = None  # the "builds on" line
    builds_on: str | None = None
    builds_on_printed: str | None = None
    items: list[Item] = field(default_factory=list)


_OPTIONAL = re.compile(r"\((?:бар болса|болған жағдайда|при наличии)\)")


def is_optional(text: str) -> bool:
    """Evidence the text itself marks as optional: «(бар болса)», «(болған жағдайда)», «(при наличии)»."""
    return bool(_OPTIONAL.search(text))


def label_category(label: str, g: Grammar) -> str | None:
    """Category of a printed label: dash/space variants and the reversed «шебер-педагог» accepted."""
    norm = re.sub(r"\s*[-–]\s*", "-", label.strip().lower())
    if norm == "педагог":
        return "pedagog"
    found = category_of(norm, g)
    return found[0] if found and found[0] != "pedagog" else None


def is_reference(text: str, g: Grammar) -> bool:
    """The line a level opens with to name the level it builds on.

    Usually it carries «сондай-ақ:» / «а также:»; some end «… сәйкес келуі тиіс:»
    without the marker, so a line that names a category and ends with a colon
    counts too. An item list never ends a line with a colon.
    """
    return bool(g.reference_marker.search(text)) or (text.endswith(":") and category_of(text, g) is not None)


def split_levels(clause: Clause, g: Grammar) -> tuple[list[Item], list[Level]]:
    """(items before the first label, levels in printed order)."""
    head: list[Item] = []
    levels: list[Level] = []
    for it in clause.items:
        m = g.category_label.match(it.text)
        cat = label_category(m.group(3), g) if m else None
        if m and cat:
            levels.append(Level(cat, it.text, m.group(3), int(m.group(1)), bool(m.group(2) and m.group(4)),
                                it.first, it.last))
            continue
        if not levels:
            head.append(it)
            continue
        lv = levels[-1]
        lv.last = it.last
        if lv.reference is None and not lv.items and is_reference(it.text, g):
            lv.reference = it
            ref = category_of(it.text, g)
            if ref:
                lv.builds_on, lv.builds_on_printed = ref
            continue
        lv.items.append(it)
    return head, levels


def expected_builds_on(levels: list[Level], i: int) -> str | None:
    """The level a block should build on: the one before it in canonical order."""
    cat = levels[i].category
    if cat is None or cat == "pedagog":
        return None
    return CATEGORIES[CATEGORIES.index(cat) - 1]
