"""Catalog pages against the real catalog, through Django's test client."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from sanat.catalog.models import Position
from sanat.regulation import sources as regsources

pytestmark = pytest.mark.django_db
KK_FILE = regsources.spec("tqc_kk").file
RU_FILE = regsources.spec("tqc_ru").file


def html(client, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, url
    return r.content.decode()


def test_home_lists_chapters_and_every_position(client, catalog):
    page = html(client, "/")
    for p in Position.objects.all():
        assert f'href="/positions/{p.pid}/"' in page
    assert 'href="/chapters/3/"' in page
    assert "Бастауыш, негізгі орта, жалпы орта білім беру" in page  # chapter 3 title (kk)
    assert KK_FILE in page  # provenance table


def test_chapter_page_has_both_languages(client, catalog):
    page = html(client, "/chapters/10/")
    assert "Преподаватель организации технического и профессионального" in page
    assert "/positions/338-10-12/" in page
    html(client, "/chapters/99/", 404)


def test_position_page_side_by_side_with_clause_numbers_and_citations(client, catalog):
    p = Position.objects.get(pid="338-10-12").data
    page = html(client, "/positions/338-10-12/")
    assert p["title"]["kk"] in page and p["title"]["ru"] in page
    assert 'lang="kk"' in page and 'lang="ru"' in page
    # clause numbers of both texts
    for key in ("duties", "knowledge", "requirements"):
        c = p["clauses"][key]
        shown = c["kk"] if c["kk"] == c["ru"] else f'{c["kk"]} / {c["ru"]}'
        assert re.search(rf'class="clause-no"[^>]*>{shown}\.', page), key
    # every item of both languages is shown and linked to its lines in its own file
    first_ru = p["duties"]["ru"][0]
    a, b = first_ru["lines"]
    assert first_ru["text"] in page
    assert f'href="/sources/{RU_FILE}/?lines={a}-{b}#L{a}"' in page
    first_kk = p["duties"]["kk"][0]
    assert f'href="/sources/{KK_FILE}/?lines={first_kk["lines"][0]}-{first_kk["lines"][1]}#L{first_kk["lines"][0]}"' in page


def test_competency_tabs_work_without_js(client, catalog):
    page = html(client, "/positions/338-03-07/")
    radios = re.findall(r'<input class="tab-radio" type="radio" name="category" id="tab-(\w+)"[^>]*>', page)
    assert radios == ["pedagog", "moderator", "expert", "researcher", "master"]
    assert re.search(r'id="tab-pedagog"[^>]* checked', page)
    for code in radios:
        assert f'<label class="tab" for="tab-{code}">' in page
        assert f'id="panel-{code}"' in page
        assert f"#tab-{code}:checked ~ #panel-{code}{{display:block}}" in page
    expert = Position.objects.get(pid="338-03-07").data["competencies"]["expert"]["items"]["kk"][0]
    assert expert["text"] in page


def test_missing_russian_is_said_not_guessed(client, catalog):
    p = next(x for x in Position.objects.all() if x.data["duties"]["ru"] is None)
    page = html(client, f"/ru/positions/{p.pid}/")
    assert page.count('<p class="missing">') >= 3
    assert "Русского текста этого пункта в источниках нет." in page


def test_school_quotation_is_marked_as_such(client, catalog):
    p = Position.objects.filter(ru_provenance="vacancy_notice").first()
    assert p is not None, "the parser quotes the vacancy notice for some positions"
    page = html(client, f"/ru/positions/{p.pid}/")
    assert 'class="col quoted" lang="ru"' in page
    assert 'class="quote-note"' in page
    notice = p.data["source"]["ru"]["file"]
    item = p.data["duties"]["ru"][0]
    assert f'/ru/sources/{notice}/?lines={item["lines"][0]}-{item["lines"][1]}' in page
    viewer = html(client, f"/ru/sources/{notice}/?lines={item['lines'][0]}-{item['lines'][1]}")
    assert 'class="quote-mark"' in viewer
    official = next(x for x in Position.objects.all() if x.ru_provenance == "official")
    assert 'class="quote-note"' not in html(client, f"/ru/positions/{official.pid}/")


def test_anomalies_and_amendments_are_shown(client, catalog):
    p = Position.objects.get(pid="338-02-01").data
    page = html(client, "/positions/338-02-01/")
    assert 'class="anomaly"' in page
    for a in p["anomalies"]:
        assert a["code"] in page
    amended = next(x for x in Position.objects.all() if x.data["amendments"])
    page = html(client, f"/positions/{amended.pid}/")
    note = amended.data["amendments"][0]
    assert note["text"][:40] in page
    assert note["order_no"] in page


def test_source_viewer_highlights_and_anchors_cited_lines(client, catalog):
    item = Position.objects.get(pid="338-03-07").data["duties"]["kk"][0]
    a, b = item["lines"]
    page = html(client, f"/sources/{KK_FILE}/?lines={a}-{b}")
    hits = re.findall(r'<li id="L(\d+)" class="hit">', page)
    assert [int(h) for h in hits] == list(range(a, b + 1))
    assert f'<li id="L{a - 1}">' in page  # context around, not highlighted
    lines = regsources.load("tqc_kk").lines
    assert f"<mark>{lines[a - 1]}</mark>".replace('"', "&quot;") in page
    assert "№ 338 бұйрық, қазақша мәтін" in page  # provenance: the document named in words, not its file


def test_source_viewer_rejects_bad_input(client, catalog):
    html(client, "/sources/nope.txt/?lines=1-2", 404)
    html(client, f"/sources/{KK_FILE}/?lines=abc", 400)
    page = html(client, f"/sources/{KK_FILE}/?lines=999999")  # clamped to the end
    assert 'class="hit"' in page


def test_unknown_position_is_404(client, catalog):
    html(client, "/positions/338-77-77/", 404)


def switch_form_next(page: str, lang: str) -> str:
    m = re.search(r'<input name="next" type="hidden" value="([^"]*)">\s*<button type="submit" name="language" '
                  rf'value="{lang}"', page)
    assert m, lang
    return m.group(1).replace("&amp;", "&")


def test_language_switch_keeps_the_page(client, catalog):
    page = html(client, "/positions/338-03-07/?x=1")
    r = client.post("/i18n/setlang/", {"language": "ru", "next": switch_form_next(page, "ru")})
    assert r.status_code == 302
    assert r["Location"] == "/ru/positions/338-03-07/?x=1"
    page = html(client, r["Location"])
    assert '<html lang="ru">' in page
    r = client.post("/i18n/setlang/", {"language": "kk", "next": switch_form_next(page, "kk")})
    assert r["Location"] == "/positions/338-03-07/?x=1"
    assert '<html lang="kk">' in html(client, r["Location"])


def test_interface_is_translated(client, catalog):
    kk = html(client, "/positions/338-03-07/")
    ru = html(client, "/ru/positions/338-03-07/")
    assert "Лауазымдық міндеттері" in kk
    assert "Должностные обязанности" in ru
    assert "Job duties" not in kk and "Job duties" not in ru


def test_every_catalog_url_reverses_under_both_languages(catalog):
    from django.utils import translation

    with translation.override("ru"):
        assert reverse("catalog:position", args=["338-03-07"]) == "/ru/positions/338-03-07/"
    with translation.override("kk"):
        assert reverse("catalog:position", args=["338-03-07"]) == "/positions/338-03-07/"


def test_every_position_renders_with_a_link_per_cited_item(client, catalog):
    from sanat.catalog.positions import iter_items

    for p in Position.objects.all():
        page = html(client, f"/positions/{p.pid}/")
        cited = sum(1 for _s, _lang, it in iter_items(p.data) if it.get("lines") and p.data["source"].get(_lang))
        assert page.count('<a class="cite" href="/sources/') >= cited, p.pid


def test_item_flags_are_shown(client, catalog):
    from sanat.catalog.positions import iter_items

    p = next(x for x in Position.objects.all()
             if any("garbled_hyperlinks" in (it.get("flags") or ()) for _s, _l, it in iter_items(x.data))
             and any(it.get("optional") for _s, _l, it in iter_items(x.data)))
    garbled = sum("garbled_hyperlinks" in (it.get("flags") or ()) for _s, _l, it in iter_items(p.data))
    optional = sum(bool(it.get("optional")) for _s, _l, it in iter_items(p.data))
    page = html(client, f"/positions/{p.pid}/")
    assert page.count('<li class="garbled">') == garbled
    assert page.count('<span class="tag">бар болса</span>') == optional


def test_home_shows_whole_text_anomalies_and_notes(client, catalog, catalog_data):
    page = html(client, "/ru/")
    for a in catalog_data["anomalies"]:
        assert a["code"] in page
    for n in catalog_data["amendments"]:
        assert f'?lines={n["lines"][0]}-{n["lines"][1]}#L{n["lines"][0]}' in page
    assert "в исходных текстах" in page
