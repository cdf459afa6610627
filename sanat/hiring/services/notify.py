"""Bilingual e-mail: every message is written in Kazakh and in Russian (the competition's first language first).

Messages are built in full inside the request (texts, languages, addresses) and handed to a Huey task
once the transaction has committed (``queue_mail``): the state change is saved whether or not the mail
server answers; the task retries, and a message that still fails is logged, never raised to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import translation

from sanat.vocabulary import LANGS

from .. import tasks

log = logging.getLogger(__name__)

SEPARATOR = "\n\n— — —\n\n"


def languages(competition_languages: list[str]) -> list[str]:
    first = [lang for lang in competition_languages if lang in LANGS][:1] or ["kk"]
    return first + [lang for lang in LANGS if lang not in first]


def bilingual(competition_languages: list[str], make: Callable[[], tuple[str, str]]) -> tuple[str, str]:
    """(subject, body) built by ``make`` once per language, joined."""
    parts = []
    for lang in languages(competition_languages):
        with translation.override(lang):
            parts.append(make())
    return " / ".join(p[0] for p in parts), SEPARATOR.join(p[1] for p in parts)


def queue_mail(messages: list[tuple[str, str, str]]) -> None:
    """Queue one Huey task per (subject, body, recipient) after the current transaction commits.
    A recipient with no address (purged data) is skipped; a queue that cannot be reached is logged."""
    messages = [m for m in messages if m[2] and "@" in m[2]]
    if not messages:
        return

    def enqueue() -> None:
        for subject, body, to in messages:
            try:
                tasks.send_message(subject, body, to)
            except Exception:  # the queue itself is down: the state change stands, the message is logged
                log.exception("could not queue the e-mail %r", subject)

    transaction.on_commit(enqueue, robust=True)
