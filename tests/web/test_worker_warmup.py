"""A new web worker builds its edition caches before it takes requests (``gunicorn_conf.post_worker_init``)."""

from __future__ import annotations

import logging

import pytest

from sanat.catalog import search_corpus, store
from sanat.web import gunicorn_conf

pytestmark = pytest.mark.django_db


class _Worker:
    log = logging.getLogger("test.worker")


@pytest.fixture(autouse=True)
def closed(monkeypatch) -> list:
    """The hook closes the connections it opened; here that would end the test's own transaction
    (PostgreSQL): record the call instead."""
    from django.db import connections

    calls: list = []
    monkeypatch.setattr(connections, "close_all", lambda: calls.append(True))
    return calls


def _counting_builds(monkeypatch) -> list:
    built: list = []
    real = search_corpus.build_index

    def build(positions):
        built.append(len(positions))
        return real(positions)

    monkeypatch.setattr(search_corpus, "build_index", build)
    return built


def test_the_hook_builds_the_search_index_so_the_first_search_does_not(catalog, monkeypatch, closed):
    store.forget()
    built = _counting_builds(monkeypatch)
    gunicorn_conf.post_worker_init(_Worker())
    assert built == [len(store.positions())] and closed == [True]
    index = store.search_index()
    from sanat.catalog.search import find

    assert find("педагог").hits and store.search_index() is index and len(built) == 1  # no second build


def test_without_an_edition_nothing_is_built_and_the_worker_starts(db, monkeypatch):
    from sanat.catalog.models import CatalogEdition

    CatalogEdition.objects.all().delete()
    store.forget()
    built = _counting_builds(monkeypatch)
    assert store.warm() is False
    gunicorn_conf.post_worker_init(_Worker())
    assert built == []


def test_a_failing_warm_up_is_logged_and_the_worker_starts(catalog, monkeypatch, caplog, closed):
    def broken():
        raise RuntimeError("database away")

    monkeypatch.setattr(store, "warm", broken)
    with caplog.at_level(logging.ERROR, logger="test.worker"):
        gunicorn_conf.post_worker_init(_Worker())
    assert "warming the worker failed" in caplog.text and closed == [True]
