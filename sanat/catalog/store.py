"""The one door to the regulation data of the LOADED edition: positions, the professional standard,
the course programme and the vacancy notice.

Every app reads them here, never from the shipped texts: what ``load_regulations`` (or
``import_catalog``) stored is what every page, API, check, verdict and announcement uses. Only
``sanat.regulation``, the ``sanat`` command and the loader (:mod:`sanat.catalog.loading`) build.

**Key.** The loaded edition is identified by ``(pk, digest)`` of its ``CatalogEdition`` row; the digest
is the sha256 over its sources' sha256s, the loader version and the parser's code
(:func:`sanat.catalog.loading.sources_digest`). :func:`edition_digest` gives it to other caches
(page caching keys on it).

**What is cached.** One edition per process: its header (:class:`Edition`), the positions (all at once,
or one by one until all are asked for), the choice lists per language, the standard, the course and
source-text lines, each read from the database on first use.

**Invalidation.** Every call first asks which edition is loaded: one small query
(``SELECT id, digest … LIMIT 1``), made once per request inside :func:`request_scope` (the
:class:`StoreMiddleware` opens one per request) and on every call outside one (commands, tasks,
tests). A different key drops the cached edition. A load in this process also calls :func:`forget`.
With ``SANAT_EDITION_RECHECK_SECONDS`` > 0 (production: 2 s) requests ask at most once per that many
seconds per process: a load made by another process is seen within it (the edition query was the
largest part of a cached page's cost; ``docs/performance.md``).

The returned dicts are shared by every caller of the process: read them, never change them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .models import CatalogEdition, Position, SourceFile

EditionKey = tuple[int, str]
_UNSET: Any = object()


@dataclass(frozen=True)
class Edition:
    """The loaded edition's header: its key, the sources' provenance and the catalog's top-level
    keys other than positions and sources (``order``, ``amendments``, ``anomalies``, ``vacancy_notices``)."""

    pk: int
    digest: str
    schema_version: str
    sources: list[dict]
    extra: dict
    origin: str
    loaded_at: datetime

    def source(self, file: str | None) -> dict:
        """The provenance of ``file`` (``{}`` if the edition has no such source)."""
        return next((p for p in self.sources if p.get("file") == file), {})


@dataclass
class _Entry:
    key: EditionKey
    edition: Edition
    values: dict[str, Any] = field(default_factory=dict)
    one: dict[str, dict] = field(default_factory=dict)


class _Scope:
    """A per-request memo of the loaded edition's key."""

    __slots__ = ("key",)

    def __init__(self) -> None:
        self.key: EditionKey | None = _UNSET


_scope: ContextVar[_Scope | None] = ContextVar("sanat_catalog_store_scope", default=None)
_lock = threading.RLock()
_entry: _Entry | None = None


@contextmanager
def request_scope() -> Iterator[None]:
    """Ask the database which edition is loaded at most once inside the block (one request)."""
    token = _scope.set(_Scope())
    try:
        yield
    finally:
        _scope.reset(token)


class StoreMiddleware:
    """Opens a :func:`request_scope` per request: one edition query per request at most."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request):
        with request_scope():
            return self.get_response(request)


_seen: tuple[float, EditionKey | None] | None = None  # (when asked, the answer): the per-process re-check


def _recheck_seconds() -> float:
    from django.conf import settings

    return float(getattr(settings, "SANAT_EDITION_RECHECK_SECONDS", 0) or 0)


def _key() -> EditionKey | None:
    global _seen
    scope = _scope.get()
    if scope is not None and scope.key is not _UNSET:
        return scope.key
    ttl, seen = (_recheck_seconds(), _seen) if scope is not None else (0.0, None)
    now = time.monotonic()
    if seen is not None and now - seen[0] < ttl:
        key = seen[1]
    else:
        row = CatalogEdition.objects.values_list("pk", "digest").first()
        key = (row[0], row[1]) if row else None
        if ttl:
            _seen = (now, key)
    if scope is not None:
        scope.key = key
    return key


def edition_digest() -> str | None:
    """The loaded edition's digest, or ``None`` when nothing is loaded.

    It changes whenever another edition is loaded: key anything derived from regulation data on it.
    """
    key = _key()
    return key[1] if key else None


def forget() -> None:
    """Drop the cached edition (the loader calls this after a load; the next call reads afresh)."""
    global _entry, _seen
    with _lock:
        _entry = None
        _seen = None
    scope = _scope.get()
    if scope is not None:
        scope.key = _UNSET


def _current() -> _Entry | None:
    global _entry
    key = _key()
    if key is None:
        return None
    entry = _entry
    if entry is not None and entry.key == key:
        return entry
    with _lock:
        if _entry is not None and _entry.key == key:
            return _entry
        row = CatalogEdition.objects.defer("standard", "course").filter(pk=key[0], digest=key[1]).first()
        if row is None:  # replaced since the key was read: the next call sees the new one
            forget()
            return None
        _entry = _Entry(key, Edition(pk=row.pk, digest=row.digest, schema_version=row.schema_version,
                                     sources=list(row.sources or []), extra=dict(row.extra or {}),
                                     origin=row.origin, loaded_at=row.loaded_at))
        return _entry


def _cached(name: str, compute: Callable[[_Entry], Any], default: Any = None) -> Any:
    """``compute(entry)`` once per edition (``default`` when nothing is loaded)."""
    entry = _current()
    if entry is None:
        return default
    value = entry.values.get(name, _UNSET)
    if value is _UNSET:
        with _lock:
            value = entry.values.get(name, _UNSET)
            if value is _UNSET:
                value = entry.values[name] = compute(entry)
    return value


def edition() -> Edition | None:
    """The loaded edition's header, or ``None``."""
    entry = _current()
    return entry.edition if entry else None


def positions() -> dict[str, dict]:
    """Every position's catalog JSON by id, in source order (``{}`` when nothing is loaded)."""
    return _cached("positions", lambda e: dict(
        Position.objects.filter(edition_id=e.edition.pk).order_by("order").values_list("pid", "data")), {})


def position(pid: str) -> dict | None:
    """One position's catalog JSON (``docs/catalog-format.md``), or ``None``."""
    entry = _current()
    if entry is None:
        return None
    every = entry.values.get("positions")
    if every is not None:
        return every.get(pid)
    found = entry.one.get(pid)
    if found is None:
        found = (Position.objects.filter(edition_id=entry.edition.pk, pid=pid)
                 .values_list("data", flat=True).first())
        if found is not None:  # only real ids are kept: the memo stays as small as the catalog
            entry.one[pid] = found
    return found


def position_choices(lang: str) -> list[tuple[str, str]]:
    """``(id, "id — title")`` of every position in source order, the title in ``lang`` (else kk)."""
    def compute(e: _Entry) -> list[tuple[str, str]]:
        rows = (Position.objects.filter(edition_id=e.edition.pk).order_by("order")
                .values_list("pid", "title_kk", "title_ru"))
        return [(pid, f"{pid} — {((ru if lang == 'ru' else kk) or kk or ru or '')[:120]}") for pid, kk, ru in rows]

    return _cached(f"choices:{lang}", compute, [])


def catalog() -> dict | None:
    """The loaded edition as one catalog dict (``docs/catalog-format.md``: ``sources``, ``positions``,
    ``vacancy_notices``, …), as ``sanat catalog export`` prints it; ``None`` when nothing is loaded."""
    def compute(e: _Entry) -> dict:
        return {"schema_version": e.edition.schema_version, **e.edition.extra, "sources": e.edition.sources,
                "positions": list(positions().values())}

    return _cached("catalog", compute)


def _document(name: str) -> Callable[[_Entry], dict | None]:
    return lambda e: CatalogEdition.objects.values_list(name, flat=True).get(pk=e.edition.pk)


def standard() -> dict | None:
    """The professional standard «Педагог» of the loaded edition (``docs/standard-format.md``), or ``None``."""
    return _cached("standard", _document("standard"))


def course() -> dict | None:
    """The course programme of the loaded edition (``docs/course-format.md``), or ``None``."""
    return _cached("course", _document("course"))


def notices() -> list[dict]:
    """The vacancy notices of the loaded edition (``docs/notice-format.md``)."""
    entry = _current()
    return list(entry.edition.extra.get("vacancy_notices") or []) if entry else []


def notice() -> dict | None:
    """The (first) vacancy notice of the loaded edition, or ``None``."""
    found = notices()
    return found[0] if found else None


def source_lines(file: str) -> tuple[str, ...] | None:
    """The lines of a stored source text of the loaded edition (split once), or ``None``."""
    current = edition()
    if current is None or not current.source(file):
        return None

    def compute(e: _Entry) -> tuple[str, ...] | None:
        text = SourceFile.objects.filter(edition_id=e.edition.pk, file=file).values_list("text", flat=True).first()
        if text is None:
            return None
        lines = text.split("\n")
        return tuple(lines[:-1] if lines and lines[-1] == "" else lines)

    return _cached(f"lines:{file}", compute)


def search_index():
    """The search index of the loaded edition (:class:`sanat.text.search_index.SearchIndex`), built once
    per edition from its positions (``None`` when nothing is loaded)."""
    from .search_corpus import build_index

    return _cached("search_index", lambda e: build_index(list(positions().values())))


def warm() -> bool:
    """Build this process's caches of the loaded edition now (positions, catalog, search index) rather than
    on the first request that needs them; ``False`` when nothing is loaded. A web worker calls it before it
    takes requests (``gunicorn_conf.post_worker_init``): the search index alone takes ~0.5 s."""
    if edition() is None:
        return False
    positions()
    catalog()
    search_index()
    return True
