"""The crosswalk page through Django's test client (real standard, real catalog in the test database)."""

from __future__ import annotations

import html
import re

import pytest
from django.urls import reverse

from sanat.catalog import store
from sanat.catalog.models import Position
from sanat.regulation.crosswalk import crosswalk

pytestmark = pytest.mark.django_db
URL = "/standard/crosswalk/"


def get(client, url: str, status: int = 200) -> str:
    resp = client.get(url)
    assert resp.status_code == status, (url, resp.status_code)
    return html.unescape(resp.content.decode())


def section(body: str, start: str, end: str | None = None) -> str:
    i = body.index(start)
    j = body.index(end, i) if end else len(body)
    return body[i:j]


def test_url_name_and_overview_link(client, catalog):
    assert reverse("catalog:standard_crosswalk") == URL
    assert f'href="{URL}"' in get(client, reverse("catalog:standard"))


def test_kk_page_shows_descriptors_beside_own_and_inherited_items(client, catalog):
    body = get(client, URL + "?category=expert&position=338-03-07")
    assert '<html lang="kk">' in body
    cw = crosswalk(store.standard(), Position.objects.get(pid="338-03-07").data, "expert")
    std_part = section(body, 'id="std-h"', 'id="tqc-h"')
    assert len(re.findall(r'<tr class="criterion"', std_part)) == 14
    for c in cw["criteria"]:
        assert f'data-criterion="{c["code"]}"' in std_part and c["name"] in std_part
        if c["descriptor"]:
            assert std_part.count(f'<span class="descriptor">{c["descriptor"]}</span>') == 1
    assert std_part.count('<td class="none">') == 5  # criteria 1.1–1.5 have no descriptors
    file = store.standard()["source"]["file"]
    # descriptor row 3.1 of Appendix 2: a viewer link when the standard's text is loaded, else the line
    assert f"/sources/{file}/?lines=169#L169" in std_part or '>169-жол</span>' in std_part

    tqc = section(body, 'id="tqc-h"', 'id="hint-h"')
    own = section(tqc, 'data-category="expert"', 'id="inh-h"')
    for it in cw["own"]["items"]["kk"]:
        assert own.count(f'data-item="{it["ref"]}"') == 1 and it["text"] in own
    kk_file = cw["position"]["source"]["kk"]["file"]
    a, b = cw["own"]["items"]["kk"][0]["lines"]
    assert f'href="/sources/{kk_file}/?lines={a}-{b}#L{a}"' in own
    inherited = section(tqc, 'id="inh-h"')
    for lv in cw["inherited"]:
        for it in lv["items"]["kk"]:
            assert inherited.count(f'data-item="{it["ref"]}"') == 1 and it["text"] in inherited
    assert 'data-item="expert-' not in inherited
    assert '<p class="suggestion-note">' in body  # the "not a legal mapping" label (text translated)
    assert body.count("data-suggests=") == sum(len(v) for v in cw["suggestions"]["pairs"].values()) > 0


def test_ru_page_shows_russian_items(client, catalog):
    body = get(client, "/ru" + URL + "?category=expert&position=338-03-07")
    assert '<html lang="ru">' in body
    cw = crosswalk(store.standard(), Position.objects.get(pid="338-03-07").data, "expert")
    for lv in [cw["own"], *cw["inherited"]]:
        for it in lv["items"]["ru"]:
            assert f'data-item="{it["ref"]}"' in body and it["text"] in body
    for c in cw["criteria"]:
        if c["descriptor"]:
            assert c["descriptor"] in body  # the standard exists in Kazakh only


def test_ru_page_falls_back_to_kazakh_where_the_sources_lack_russian(client, catalog):
    p = Position.objects.get(pid="338-02-02")
    assert p.data["competencies"]["expert"]["items"]["ru"] is None
    body = get(client, "/ru" + URL + "?category=expert&position=338-02-02")
    assert 'data-item="expert-kk-1"' in body
    assert 'data-item="expert-ru-' not in body


def test_form_without_parameters_lists_positions_with_competencies(client, catalog):
    body = get(client, URL)
    options = re.findall(r'<option value="(338-[\d-]+)"', body)
    expected = [p.pid for p in Position.objects.all() if p.data.get("competencies")]
    assert options == expected and len(options) > 50
    assert re.findall(r'<option value="(\w+)"', body)[:5] == ["pedagog", "moderator", "expert", "researcher", "master"]
    assert 'id="std-h"' not in body
    assert 'method="get"' in body


def test_selected_values_stay_selected(client, catalog):
    body = get(client, URL + "?category=master&position=338-03-07")
    assert '<option value="master" selected>' in body
    assert '<option value="338-03-07" selected>' in body


@pytest.mark.parametrize("prefix", ["", "/ru"])
def test_bad_parameters_give_a_friendly_message(client, catalog, prefix):
    body = get(client, prefix + URL + "?category=guru&position=338-03-07", 400)
    assert 'role="alert"' in body and "guru" in body and 'id="std-h"' not in body
    body = get(client, prefix + URL + "?category=expert&position=338-99-99", 404)
    assert 'role="alert"' in body and "338-99-99" in body and 'id="std-h"' not in body
    body = get(client, prefix + URL + "?position=" + "x" * 5000, 404)
    alert = section(body, 'role="alert"', "</ul>")
    assert "x" * 40 in alert and "x" * 41 not in alert  # the echoed value is cut
    get(client, prefix + URL + "?category=guru", 400)


def test_user_input_is_escaped(client, catalog):
    resp = client.get(URL + "?category=%3Cb%3Ex&position=338-03-07")
    assert resp.status_code == 400
    assert "<b>x" not in resp.content.decode() and "&lt;b&gt;x" in resp.content.decode()


def test_position_without_the_category(client, catalog):
    body = get(client, URL + "?category=pedagog&position=338-03-12")
    assert 'role="note"' in body and 'id="std-h"' in body
    assert "data-item=" not in body
    assert '<a href="?category=moderator&amp;position=338-03-12">' in html_raw(client, URL + "?category=pedagog&position=338-03-12")


def html_raw(client, url: str) -> str:
    return client.get(url).content.decode()


def test_post_is_refused(client, catalog):
    assert client.post(URL, {"category": "expert"}).status_code == 405


def test_chain_defects_are_shown_as_notes(client, catalog):
    body = get(client, URL + "?category=master&position=338-03-12")
    kinds = re.findall(r'<p class="chain-note" role="note" data-kind="(\w+)">', body)
    assert kinds == ["irregular", "undefined"]
    inherited = section(body, 'id="inh-h"')
    assert re.findall(r'class="level inherited-level" data-category="(\w+)"', inherited) == ["expert", "moderator"]
    ru = get(client, "/ru" + URL + "?category=moderator&position=338-04-08")
    assert re.findall(r'data-kind="(\w+)"', ru) == ["cycle"]


def test_descriptors_link_to_the_viewer_when_the_standard_is_loaded(client, catalog):
    from sanat.catalog.models import SourceFile
    from sanat.regulation.sources import load

    src = load("standard")
    SourceFile.objects.get_or_create(edition=catalog, file=src.file, defaults={
        "key": "standard", "lang": "kk", "kind": "professional_standard", "sha256": src.sha256, "text": src.text})
    body = get(client, URL + "?category=expert&position=338-03-07")
    assert f'href="/sources/{src.file}/?lines=169#L169"' in body
    assert "lines=169" in get(client, f"/sources/{src.file}/?lines=169")
