"""Cleaning passes shared by every parser: raw file lines -> ``Line`` objects.

Every pass keeps the original 1-based line number, so any parsed object can cite
the exact lines it came from. Passes that are specific to one text (page breaks
of the PDF-extracted 001, say) live beside that text's parser and use these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NBSP = "\u00a0"
BOOKMARK_RE = re.compile(r"\[bookmark: z\d+\]")
# Latin letters that PDF extraction leaves inside Cyrillic words (i -> і, etc.)
_LATIN_IN_CYRILLIC = {"i": "і", "I": "І"}
_CYR = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_LATIN_I_RE = re.compile(rf"(?<=[{_CYR}])[iI]|[iI](?=[{_CYR}])")
_SPACES_RE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Line:
    """A line of a source text after cleaning, with its original line number."""

    no: int
    text: str
    indent: int = 0

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def strip_bookmarks(text: str) -> str:
    """Remove ``[bookmark: zNNNN]`` anchors left by the adilet HTML export."""
    return BOOKMARK_RE.sub("", text)


def fix_latin_i(text: str) -> str:
    """Replace a Latin ``i``/``I`` touching a Cyrillic letter by Kazakh ``і``/``І``."""
    if "i" not in text and "I" not in text:  # most lines: nothing to fold, skip the regex
        return text
    return _LATIN_I_RE.sub(lambda m: _LATIN_IN_CYRILLIC[m.group(0)], text)


def normalise_spaces(text: str) -> str:
    """NBSP and tabs to spaces, runs of spaces folded, ends trimmed."""
    if "  " not in text and "\t" not in text and NBSP not in text:  # nothing to fold: skip the regex
        return text.strip()
    return _SPACES_RE.sub(" ", text).strip()


def indent_of(raw: str) -> int:
    """Leading whitespace width, counting NBSP and tab as one column each."""
    return len(raw) - len(raw.lstrip(" \t\u00a0"))


def to_lines(raw_lines: list[str], *, first_no: int = 1) -> list[Line]:
    """Apply the generic passes to raw lines (bookmarks, NBSP, Latin ``i``)."""
    out = []
    for i, raw in enumerate(raw_lines):
        unmarked = strip_bookmarks(raw)
        out.append(Line(first_no + i, fix_latin_i(normalise_spaces(unmarked)), indent_of(unmarked)))
    return out


def join_text(lines: list[Line]) -> str:
    """Join wrapped lines into one string with single spaces."""
    return normalise_spaces(" ".join(ln.text for ln in lines if not ln.blank))
