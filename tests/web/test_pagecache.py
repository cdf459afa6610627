"""Per-edition page and API caching (``sanat.web.kit.pagecache``): a cached page is the uncached page, the
shell stays per request, a new edition is never answered from the old one, conditional GET, gzip, queries."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sanat.catalog import store
from sanat.catalog.models import CatalogEdition, Position
from sanat.web.kit import pagecache
from sanat.web.middleware import policy_for

pytestmark = pytest.mark.django_db
PAGES = ["/", "/ru/", "/chapters/3/", "/ru/chapters/10/", "/positions/338-03-07/", "/ru/positions/338-10-12/",
         "/standard/", "/ru/course/"]
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def _body(response) -> str:
    return _CSRF.sub('name="csrfmiddlewaretoken" value="…"', response.content.decode())


@pytest.mark.parametrize("url", PAGES)
def test_cached_page_equals_uncached_page(client, catalog, monkeypatch, url):
    with monkeypatch.context() as m:
        m.setattr(pagecache, "_digest_now", lambda: None)  # no edition key: rendered as before, nothing kept
        plain = client.get(url)
    first, second = client.get(url), client.get(url)  # the miss fills the cache, the hit reads it
    assert plain.status_code == first.status_code == second.status_code == 200
    assert _body(first) == _body(plain) and _body(second) == _body(plain)
    assert pagecache._store  # it was cached
    # the policy kept with a whole cached page is the one the middleware computes for the body sent
    assert second["Content-Security-Policy"] == plain["Content-Security-Policy"] == policy_for(second.content)


def test_shell_is_rendered_per_request(client, catalog, django_user_model):
    from django.test import Client

    url = "/ru/positions/338-03-07/"
    anonymous = client.get(url).content.decode()  # fills both caches
    django_user_model.objects.create_user("aigerim", password="x", first_name="Айгерим", last_name="Ахметова")
    django_user_model.objects.create_user("nurlan", password="x", first_name="Нурлан", last_name="Абенов")
    a, b = Client(), Client()
    a.login(username="aigerim", password="x")
    b.login(username="nurlan", password="x")
    page_a, page_b = a.get(url).content.decode(), b.get(url).content.decode()
    assert "Айгерим Ахметова" in page_a and "Нурлан" not in page_a
    assert "Нурлан Абенов" in page_b and "Айгерим" not in page_b
    assert "Айгерим" not in Client().get(url).content.decode() and "Айгерим" not in anonymous
    assert a.cookies["csrftoken"].value  # the language forms carry this session's CSRF token
    kk = a.get("/positions/338-03-07/").content.decode()
    assert 'lang="kk"' in kk and "/ru/positions/338-03-07/" in kk  # the language switch points at this page


def test_unknown_position_is_404_and_not_cached(client, catalog):
    assert client.get("/positions/338-99-99/").status_code == 404
    assert client.get("/api/positions/338-99-99/").status_code == 404
    assert not any("338-99-99" in str(k) for k in pagecache._store)


def test_new_edition_is_never_answered_from_the_old_one(client, catalog):
    url = "/ru/positions/338-03-07/"
    before = client.get(url).content.decode()
    api_before = client.get("/api/positions/338-03-07/").json()
    p = Position.objects.get(pid="338-03-07")
    data = json.loads(json.dumps(p.data))
    data["title"]["ru"] = "Новое название из другой редакции"
    p.data = data
    p.title_ru = data["title"]["ru"]
    p.save()
    CatalogEdition.objects.filter(pk=catalog.pk).update(digest="another-edition")  # what a load changes
    store.forget()
    after = client.get(url).content.decode()
    assert "Новое название из другой редакции" not in before
    assert "Новое название из другой редакции" in after
    api_after = client.get("/api/positions/338-03-07/").json()
    assert api_after["title"]["ru"] == "Новое название из другой редакции" != api_before["title"]["ru"]


def test_api_bodies_equal_uncached_and_answer_conditional_get(client, catalog, monkeypatch):
    for url in ("/api/positions/", "/api/positions/?chapter=3", "/api/positions/338-03-07/"):
        with monkeypatch.context() as m:
            m.setattr(pagecache, "_digest_now", lambda: None)
            plain = client.get(url)
        cached = client.get(url)
        assert cached.status_code == 200 and cached.json() == plain.json()
        assert cached["ETag"] and cached["Last-Modified"]
        again = client.get(url, HTTP_IF_NONE_MATCH=cached["ETag"])
        assert again.status_code == 304 and again.content == b""
        packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")  # compressed once per edition, the same body
        assert packed["Content-Encoding"] == "gzip" and packed["ETag"] == "W/" + cached["ETag"]
        assert json.loads(gzip.decompress(packed.content)) == plain.json()
        assert client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=packed["ETag"]).status_code == 304


def test_pages_answer_conditional_get_and_compress(client, catalog):
    r = client.get("/positions/338-03-07/", HTTP_ACCEPT_ENCODING="gzip")
    assert r["Content-Encoding"] == "gzip" and r.has_header("ETag")
    assert "338-03-07" in gzip.decompress(r.content).decode()
    again = client.get("/positions/338-03-07/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=r["ETag"])
    assert again.status_code == 304


def test_a_cached_page_costs_at_most_the_edition_query(client, catalog):
    url = "/positions/338-03-07/"
    with CaptureQueriesContext(connection) as miss:
        client.get(url)
    with CaptureQueriesContext(connection) as hit:
        client.get(url)
    assert len(hit) <= min(1, len(miss)), [q["sql"] for q in hit.captured_queries]  # the edition digest only
    client.get("/api/positions/338-03-07/")
    with CaptureQueriesContext(connection) as api_hit:
        client.get("/api/positions/338-03-07/")
    assert len(api_hit) <= 1, [q["sql"] for q in api_hit.captured_queries]


def test_whole_page_cache_never_shares_a_csrf_token(client, catalog):
    from django.test import Client

    url = "/ru/positions/338-03-07/"
    first = client.get(url).content.decode()
    other = Client().get(url).content.decode()  # another anonymous visitor, served from the whole-page cache
    tokens = [re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page) for page in (first, other)]
    assert tokens[0] and tokens[1] and not set(tokens[0]) & set(tokens[1])
    assert "\x00" not in other and _body(client.get(url)) == _body(Client().get(url))
    assert any(k[0] == "whole" for k in pagecache._store)


def test_a_token_from_a_whole_cached_page_passes_the_csrf_check(client, catalog):
    from django.test import Client

    url = "/ru/positions/338-03-07/"
    client.get(url)  # fills the whole-page cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    r = visitor.post("/i18n/setlang/", {"csrfmiddlewaretoken": token, "language": "kk", "next": "/"})
    assert r.status_code == 302


@pytest.mark.parametrize("url", PAGES)
def test_a_whole_cached_page_compressed_from_its_pieces_is_the_page(client, catalog, url):
    """The gzip body built from the kept compressed pieces and this request's token is a valid gzip member
    (CRC and size checked by ``gzip.decompress``) of exactly the page sent uncompressed with that token."""
    from django.test import Client

    client.get(url)  # fills the cache
    visitor = Client()
    plain = visitor.get(url)
    token = visitor.cookies["csrftoken"].value
    packed = visitor.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert packed["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed["Vary"]
    assert packed["ETag"] == "W/" + plain["ETag"]
    unpacked = gzip.decompress(packed.content).decode()
    assert _body_with(unpacked, token) == _body_with(plain.content.decode(), token)
    assert visitor.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=packed["ETag"]).status_code == 304


def _body_with(html: str, token: str) -> str:
    """The page with every CSRF token value set to ``token`` (each response masks the secret anew)."""
    return _CSRF.sub(f'name="csrfmiddlewaretoken" value="{token}"', html)
