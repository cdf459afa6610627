"""load_regulations / import_catalog: one transaction, idempotent by the sources' sha256."""

from __future__ import annotations

import json
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from sanat.catalog.models import CatalogEdition, Position, SourceFile
from sanat.regulation import sources as regsources

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_catalog(request):
    """Start from no catalog (another test may have committed one); rolled back with the test."""
    if "catalog" not in request.fixturenames:
        CatalogEdition.objects.all().delete()


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_load_is_idempotent_and_replaces_on_change(tmp_path):
    first = run("load_regulations")
    assert first.startswith("catalog loaded:")
    edition = CatalogEdition.objects.get()
    n = Position.objects.count()
    assert n > 50
    assert int(first.split(" positions, ")[1].split()[0]) > 1000  # keys of the search index built at load time
    assert {f.file for f in SourceFile.objects.all()} >= {regsources.spec("tqc_kk").file, regsources.spec("tqc_ru").file}

    assert run("load_regulations").startswith("catalog unchanged:")
    assert CatalogEdition.objects.get().pk == edition.pk

    # A new edition of one text: copied sources with one line changed.
    for s in regsources.SHIPPED:
        shutil.copy(regsources.TEXTS_DIR / s.file, tmp_path / s.file)
    kk = tmp_path / regsources.spec("tqc_kk").file
    kk.write_text(kk.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run("load_regulations", "--sources", str(tmp_path)).startswith("catalog replaced:")
    new = CatalogEdition.objects.get()
    assert new.digest != edition.digest
    assert Position.objects.count() == n
    assert SourceFile.objects.get(file=kk.name).sha256 == regsources.load("tqc_kk", tmp_path).sha256


def test_import_catalog_file_round_trip(tmp_path, catalog_data):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(catalog_data, ensure_ascii=False), encoding="utf-8")
    assert "catalog loaded" in run("import_catalog", str(path))
    assert Position.objects.count() == len(catalog_data["positions"])
    p = Position.objects.get(pid="338-03-07")
    assert p.data == next(x for x in catalog_data["positions"] if x["id"] == "338-03-07")
    assert "unchanged" in run("import_catalog", str(path))


def test_import_catalog_rejects_other_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"positions": 3}', encoding="utf-8")
    with pytest.raises(CommandError, match="not a catalog export"):
        run("import_catalog", str(path))
    assert not CatalogEdition.objects.exists()


def test_failed_import_keeps_the_previous_edition(catalog, catalog_data, monkeypatch):
    from sanat.catalog import loading

    before = Position.objects.count()
    broken = {**catalog_data, "sources": [{**s, "sha256": "0" * 64} for s in catalog_data["sources"]],
              "positions": [*catalog_data["positions"], {"id": "broken"}]}  # no "chapter": fails mid-import
    with pytest.raises(KeyError):
        loading.import_catalog(broken, {})
    assert Position.objects.count() == before
    assert CatalogEdition.objects.get().pk == catalog.pk


def test_a_changed_parser_reloads(monkeypatch):
    from sanat.catalog import loading

    assert run("load_regulations").startswith("catalog loaded:")
    assert run("load_regulations").startswith("catalog unchanged:")
    monkeypatch.setattr(loading, "parser_fingerprint", lambda: "another parser")
    assert run("load_regulations").startswith("catalog replaced:")
    assert run("load_regulations", "--force").startswith("catalog replaced:")
