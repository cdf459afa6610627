"""The catalog store (``sanat.catalog.store``): what it caches, how often it asks the database, and that
it is the only door (nothing else under ``sanat/`` builds from the texts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import sanat
from sanat.catalog import store

PID = "338-03-07"
pytestmark = pytest.mark.django_db


def test_one_edition_query_per_request_scope(catalog, django_assert_num_queries):
    store.positions(), store.standard(), store.course(), store.position_choices("kk")  # warm the cache
    with store.request_scope(), django_assert_num_queries(1):  # «which edition is loaded?», once
        assert store.edition_digest() == catalog.digest
        assert store.position(PID)["id"] == PID and len(store.positions()) == 91
        assert store.standard()["source"]["file"] and store.course()["modules"]
        assert store.notice()["documents"] and store.position_choices("kk")[0][0] == "338-02-01"
        assert store.edition().source(store.notice()["file"])["kind"] == "vacancy_notice"


def test_outside_a_request_every_call_asks(catalog, django_assert_num_queries):
    store.positions()
    with django_assert_num_queries(2):
        store.edition_digest()
        store.positions()


def test_the_middleware_opens_a_scope_per_request(client, catalog, django_assert_max_num_queries):
    client.get(f"/positions/{PID}/")  # warm
    with django_assert_max_num_queries(1):  # the edition once; the position and its sources from the cache
        assert client.get(f"/api/positions/{PID}/").json()["id"] == PID


def test_one_position_is_read_alone_until_all_are_asked_for(catalog, django_assert_num_queries):
    store.forget()
    with django_assert_num_queries(3):  # the edition's key, its header, the one row
        assert store.position(PID)["id"] == PID
    with django_assert_num_queries(2):  # the key; an unknown id is asked for and not remembered
        assert store.position("338-99-99") is None
    with django_assert_num_queries(1):
        assert store.position(PID)["id"] == PID


def test_the_same_objects_until_another_edition_is_loaded(catalog, load_edition):
    first = store.standard()
    assert store.standard() is first and store.positions() is store.positions()
    file = first["source"]["file"]
    from sanat.regulation.sources import TEXTS_DIR

    load_edition({file: (TEXTS_DIR / file).read_text("utf-8") + "\n"})
    assert store.standard() is not first and store.edition_digest() != catalog.digest


def test_nothing_loaded(db):
    from sanat.catalog.models import CatalogEdition

    CatalogEdition.objects.all().delete()
    assert store.edition_digest() is None and store.edition() is None and store.catalog() is None
    assert store.positions() == {} and store.position(PID) is None and store.position_choices("ru") == []
    assert store.standard() is None and store.course() is None and store.notice() is None
    assert store.source_lines("001_1f946b8a025cd79c.txt") is None


# Modules that may build from the texts: the parsers themselves, the ``sanat`` command and the loader.
ALLOWED = ("regulation/", "commands/", "catalog/loading.py")
BUILDERS = {"build_catalog", "build_standard", "build_course", "load_notice", "parse_notice", "notice_export"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.update(a.name for a in node.names)
            if node.module == "sanat.rules" and any(a.name == "catalog" for a in node.names):
                names.add("sanat.rules.catalog")
            if node.module == "sanat.rules.catalog":
                names.add("sanat.rules.catalog")
    return names


def test_build_catalog_is_called_once_by_the_loader_and_once_by_the_command():
    root = Path(sanat.__file__).parent
    calls = sorted(path.relative_to(root).as_posix() for path in root.rglob("*.py")
                   if not path.relative_to(root).as_posix().startswith("regulation/")
                   for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "build_catalog")
    assert calls == ["catalog/loading.py", "commands/catalog.py"]


def test_only_the_loader_and_the_command_build_from_the_texts():
    root = Path(sanat.__file__).parent
    offenders = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(ALLOWED):
            continue
        found = _imports(path) & (BUILDERS | {"sanat.rules.catalog"})
        if found:
            offenders[rel] = sorted(found)
    assert offenders == {}
