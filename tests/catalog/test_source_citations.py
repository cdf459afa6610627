"""Every page's citations open in the source viewer: the standard (000) and the course (003)
are stored with the catalog, not only the texts the Order 338 catalog cites."""

from __future__ import annotations

import re

import pytest

from sanat.regulation import sources as regsources

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page", ["/standard/", "/course/"])
def test_citation_links_on_standard_and_course_pages_open(client, catalog, page):
    body = client.get(page).content.decode()
    links = sorted(set(re.findall(r'href="(/sources/[^"#]+)', body)))
    assert links, f"{page} cites no source lines"
    for url in links[:40]:
        r = client.get(url.replace("&amp;", "&"))
        assert r.status_code == 200, url


def test_every_registered_text_is_viewable(client, catalog):
    for spec in regsources.SHIPPED:
        assert client.get(f"/sources/{spec.file}/?lines=1").status_code == 200, spec.file
