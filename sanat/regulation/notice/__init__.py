"""Vacancy notices (seed 004): posts, window, documents and the regulation text they quote.

``load_notice(sources=None)`` parses the shipped (or a newer) notice; ``notice_export(notice)``
gives the ``vacancy_notices[]`` entry of the catalog export (docs/notice-format.md);
``quoted_positions(notice, catalog_positions)`` tells which catalog position each section quotes.
"""

from __future__ import annotations

from pathlib import Path

from ..sources import load
from .model import Notice, NoticePost, NoticeSection
from .parse import parse_notice


def load_notice(sources: Path | str | None = None) -> Notice:
    """Parse the notice text shipped with sanat, or the one in ``sources``."""
    return parse_notice(load("notice", sources))


__all__ = ["Notice", "NoticePost", "NoticeSection", "load_notice", "parse_notice"]

from .export import notice_export, ru_text  # noqa: E402
from .match import Match, match_notice, quoted_positions  # noqa: E402

__all__ += ["Match", "match_notice", "notice_export", "quoted_positions", "ru_text"]
