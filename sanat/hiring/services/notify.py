"""E-mail to candidates: in the candidate's language only, with an absolute link to their application.

The language is the one the candidate used when they submitted (``Application.lang``); an application from
before it was stored falls back to the competition's first language (``candidate_lang``). The link starts
with the public site address (``SANAT_SITE_URL``, ``sanat.web.kit.links``) and carries the language's prefix.

Messages are built in full inside the request (texts, languages, addresses) and handed to a Huey task
once the transaction has committed (``queue_mail``): the state change is saved whether or not the mail
server answers; the task retries, and a message that still fails is logged, never raised to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from sanat.vocabulary import LANGS
from sanat.web.kit.links import site_link

from .. import tasks
from ..models import Application

log = logging.getLogger(__name__)


def languages(competition_languages: list[str]) -> list[str]:
    first = [lang for lang in competition_languages if lang in LANGS][:1] or ["kk"]
    return first + [lang for lang in LANGS if lang not in first]


def candidate_lang(app: Application) -> str:
    """The language the candidate submitted in; else (older applications) the competition's first one."""
    return app.lang if app.lang in LANGS else languages(app.competition.languages)[0]


def application_link(app: Application, lang: str) -> str:
    return site_link("hiring:application", lang=lang, args=[app.pk])


def to_candidate(app: Application, make: Callable[[], tuple[str, str]]) -> tuple[str, str, str]:
    """(subject, body, address): ``make`` run in the candidate's language, the link to the application after it."""
    lang = candidate_lang(app)
    with translation.override(lang):
        subject, body = make()
        body += "\n\n" + _("Your application: %(url)s") % {"url": application_link(app, lang)}
    return subject, body, app.email


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
