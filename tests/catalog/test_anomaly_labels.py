"""Plain-language kk/ru labels of the catalog's anomaly codes (sanat/catalog/anomaly_labels.py)."""

from __future__ import annotations

import pytest
from django.utils import translation
from django.utils.html import escape

from sanat.catalog import store
from sanat.catalog.anomaly_labels import LABELS, label
from sanat.catalog.models import Position
from sanat.regulation.tqc.catalog import build_catalog

KNOWN = ("338-10-09", "kk_ru_threshold_mismatch")
KK_LABEL = "Қазақ және орыс мәтіндеріндегі өтіл талабы сәйкес келмейді"
RU_LABEL = "Пороги стажа в казахском и русском текстах расходятся"


@pytest.fixture(scope="module")
def produced_codes() -> set[str]:
    """Every anomaly code the real catalog produces: positions', their requirements' and whole texts'."""
    data = build_catalog()
    codes = {a["code"] for a in data.get("anomalies") or []}
    for p in data["positions"]:
        codes.update(a["code"] for a in p.get("anomalies") or [])
        codes.update(a["code"] for a in (p.get("requirements") or {}).get("anomalies") or [])
    return codes


def test_every_produced_code_has_a_kk_and_a_ru_label(produced_codes):
    assert len(produced_codes) >= 30
    missing = sorted(produced_codes - LABELS.keys())
    assert not missing, f"anomaly codes without a label in sanat/catalog/anomaly_labels.py: {missing}"
    untranslated = {}
    for lang in ("kk", "ru"):
        with translation.override(lang):
            for code in produced_codes:
                text = label(code)
                english = LABELS[code]._args[0]  # the msgid (a lazy proxy keeps its arguments)
                if not text or text in (english, code):
                    untranslated.setdefault(lang, []).append(code)
    assert not untranslated, (
        f"labels not translated (write the msgstr in sanat/locale/{{kk,ru}}/LC_MESSAGES/django.po, then dev/messages): {untranslated}"
    )


def test_labels_differ_between_languages_and_from_each_other():
    for lang in ("kk", "ru"):
        with translation.override(lang):
            texts = [label(c) for c in LABELS]
        assert len(set(texts)) == len(texts), f"{lang}: two codes share a label"


def test_known_label_in_each_language():
    with translation.override("kk"):
        assert label(KNOWN[1]) == KK_LABEL
    with translation.override("ru"):
        assert label(KNOWN[1]) == RU_LABEL


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "text", "other"), [("", KK_LABEL, RU_LABEL), ("/ru", RU_LABEL, KK_LABEL)])
def test_position_page_shows_the_label_and_the_lines_not_the_english_message(client, catalog, prefix, text, other):
    pid, code = KNOWN
    anomaly = next(a for a in Position.objects.get(pid=pid).data["anomalies"] if a["code"] == code)
    r = client.get(f"{prefix}/positions/{pid}/")
    assert r.status_code == 200
    page = r.content.decode()
    assert f'<strong data-code="{code}">{escape(text)}</strong>' in page
    assert escape(other) not in page
    assert f'<code class="anomaly-code">{code}</code>' not in page  # the code is no reader's word
    assert escape(anomaly["message"]) not in page  # the English technical message stays in the export
    assert 'class="meta anomaly-detail"' in page
    f = anomaly["sources"][0]
    assert f"?lines={f['lines'][0]}-{f['lines'][-1]}#L{f['lines'][0]}" in page  # source links as before


@pytest.mark.django_db
def test_home_page_labels_whole_text_anomalies(client, catalog, catalog_data):
    page = client.get("/ru/").content.decode()
    with translation.override("ru"):
        for a in catalog_data["anomalies"]:
            assert f'<strong data-code="{a["code"]}">{escape(label(a["code"]))}</strong>' in page


def test_unknown_code_falls_back_to_the_code():
    for lang in ("kk", "ru"):
        with translation.override(lang):
            assert label("some_future_code") == "some_future_code"
    assert label(None) == ""
    assert label("") == ""


@pytest.mark.django_db
def test_position_page_with_an_unknown_code_shows_the_code(client, catalog, request):
    p = Position.objects.get(pid=KNOWN[0])
    p.data["anomalies"].append({"code": "some_future_code", "message": "a new check", "sources": []})
    p.save(update_fields=["data"])
    # rows are never edited in place by the app (a load replaces them): drop the cached copy now, and the
    # edited one after the test (the rollback restores the row under the same edition key)
    store.forget()
    request.addfinalizer(store.forget)
    for prefix in ("", "/ru"):
        r = client.get(f"{prefix}/positions/{p.pid}/")
        assert r.status_code == 200
        page = r.content.decode()
        assert '<strong data-code="some_future_code">some_future_code</strong>' in page
        assert "a new check" not in page
