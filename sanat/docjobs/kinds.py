"""The kinds of background document: each app registers its own (in its ``AppConfig.ready``), so that this
app never imports the apps whose documents it makes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """``check(user, params)`` refuses with the kit's ``Forbidden``/``NotFound`` exactly like the direct
    download; ``render(user, params, progress)`` returns ``(content, content type, file name)`` and reports
    ``progress`` (a ``sanat.documents.jobs.Progress``); ``title(params)`` names the document in the active
    language and ``back(params)`` is the page it was asked from."""

    name: str
    check: Callable
    render: Callable
    title: Callable
    back: Callable


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    KINDS[kind.name] = kind


def get(name: str) -> Kind:
    return KINDS[name]
