"""Logical lines ("blocks"): the unit every later stage of the Order 338 parser reads.

A block is one heading or one item after the physical lines that make it up were
joined back together. It keeps the span of original line numbers so that every
catalog entry can cite the exact lines of the source file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """One logical line: cleaned text plus the original 1-based line span."""

    text: str
    first: int
    last: int
    indented: bool
    printed: str = ""  # first physical line as printed (spaces folded, nothing else changed)
    anchor: str | None = None  # adilet bookmark id (002), kept as metadata
    lines: list[int] = field(default_factory=list)  # every non-blank physical line joined in

    @property
    def span(self) -> list[int]:
        return [self.first, self.last]
