"""The read-only JSON API (django-ninja) and its OpenAPI schema."""

from __future__ import annotations

import pytest

from sanat.catalog.models import Position

pytestmark = pytest.mark.django_db


def test_list_all_positions_in_source_order(client, catalog):
    r = client.get("/api/positions/")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == Position.objects.count() == len(body["results"])
    assert [x["id"] for x in body["results"]] == list(Position.objects.values_list("pid", flat=True))
    first = body["results"][0]
    assert set(first) >= {"id", "chapter", "paragraph", "title", "url", "html_url"}
    assert client.get(first["url"]).status_code == 200


def test_filter_by_chapter(client, catalog):
    body = client.get("/api/positions/", {"chapter": 10}).json()
    assert body["count"] == Position.objects.filter(chapter=10).count() > 0
    assert {x["chapter"] for x in body["results"]} == {10}
    assert client.get("/api/positions/", {"chapter": "x"}).status_code == 422


def test_search(client, catalog):
    body = client.get("/api/positions/", {"q": "мұғалім"}).json()
    assert body["results"][0]["id"] == "338-03-07"
    assert body["results"][0]["matched"] == 1 and body["results"][0]["in_title"] == 1
    both = client.get("/api/positions/", {"q": "педагог", "chapter": 2}).json()
    assert both["count"] and {x["chapter"] for x in both["results"]} == {2}
    assert client.get("/api/positions/", {"q": "x" * 201}).status_code == 422


def test_detail_is_the_catalog_position(client, catalog):
    r = client.get("/api/positions/338-03-07/")
    assert r.status_code == 200
    assert r.json() == Position.objects.get(pid="338-03-07").data
    assert r.json()["duties"]["kk"][0]["lines"]
    assert "мұғалімдері".encode() in r.content  # UTF-8, not \u escapes
    assert r["Content-Type"].startswith("application/json")
    r = client.get("/api/positions/338-99-99/")
    assert r.status_code == 404 and "338-99-99" in r.json()["detail"]


def test_openapi_schema_and_docs(client, catalog):
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "/api/positions/" in schema["paths"] and "/api/positions/{pid}/" in schema["paths"]
    params = {p["name"] for p in schema["paths"]["/api/positions/"]["get"]["parameters"]}
    assert params == {"chapter", "q"}
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and b"openapi.json" in docs.content
