"""The standard's pages through Django's test client (the standard of the loaded catalog edition)."""

from __future__ import annotations

import html
import re

import pytest
from django.urls import reverse

from sanat.catalog import store

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]


@pytest.fixture
def page(client):
    def get(url: str, status: int = 200) -> str:
        resp = client.get(url)
        assert resp.status_code == status, url
        return html.unescape(resp.content.decode())
    return get


def test_competency_map_has_criteria_as_rows_and_categories_as_columns(page, std):
    body = page(reverse("catalog:standard"))
    criteria = [k for c in std["competencies"] for k in c["criteria"]]
    assert len(re.findall(r'<tr class="criterion"', body)) == len(criteria)
    assert len(re.findall(r"<details>", body)) == len(criteria)
    assert [m for m in re.findall(r'data-category="(\w+)"', body)] == [c["code"] for c in std["categories"]]
    for crit in criteria:
        assert f'id="criterion-{crit["code"]}"' in body
        for ind in crit["indicators"]:
            assert ind["text"] in body
    for row in std["category_descriptors"].values():
        for text in row.values():
            if text:
                assert text in body
    assert body.count('<td class="none"') == std["counts"]["descriptors_missing"]


def test_overview_links_every_card(page, std):
    body = page(reverse("catalog:standard"))
    for card in std["profession_cards"]:
        assert reverse("catalog:standard_card", args=[card["id"]]) in body


@pytest.mark.parametrize("index", range(13))
def test_each_card_page_shows_its_functions_tasks_and_lists(page, std, index):
    card = std["profession_cards"][index]
    body = page(reverse("catalog:standard_card", args=[card["id"]]))
    assert card["title"] in body and card["code"] in body
    for fn in card["functions"]:
        assert fn["name"] in body
        for task in fn["tasks"]:
            assert task["name"] in body
            for item in task["knowledge"] + task["skills"]:
                assert item["text"] in body
    for a in std["anomalies"]:
        if a["where"].startswith(f"card:{card['id']}/") or a["where"] == f"card:{card['id']}":
            assert a["detail"] in body


def test_unknown_card_is_404(page):
    page(reverse("catalog:standard_card", args=["99-9"]), status=404)


def test_anomalies_page_lists_every_anomaly(page, std):
    body = page(reverse("catalog:standard_anomalies"))
    assert len(re.findall(r'<tr id="a\d+"', body)) == len(std["anomalies"])


def test_export_endpoint_serves_json_and_case(client, std):
    data = client.get(reverse("catalog:standard_export")).json()
    assert data["counts"] == std["counts"]
    case = client.get(reverse("catalog:standard_export") + "?format=case").json()
    assert case["CFDocument"]["language"] == "kk"


def test_russian_interface_keeps_texts_in_kazakh(client, std):
    resp = client.get("/ru" + reverse("catalog:standard"))
    body = html.unescape(resp.content.decode())
    assert resp.status_code == 200 and '<html lang="ru">' in body
    assert std["competencies"][0]["name"] in body


def test_pages_show_the_standard_stored_with_the_edition(std, django_assert_max_num_queries):
    """The stored standard is the one built from the edition's text, read once per process and edition."""
    assert store.standard() == std
    assert store.standard() is store.standard()
    with django_assert_max_num_queries(1):  # only «which edition is loaded?»
        store.standard()


def test_map_marks_criteria_with_problems_and_the_filter_lists_them(page, std):
    body = page(reverse("catalog:standard"))
    assert "?criterion=2.1" in body
    listed = page(reverse("catalog:standard_anomalies") + "?criterion=2.1")
    rows = re.findall(r'<tr id="a(\d+)"', listed)
    expected = [a["id"] for a in std["anomalies"]
                if a["where"].split("/")[0] in ("criterion:2.1",) or a["where"].startswith("indicator:2.1.")]
    assert [int(r) for r in rows] == expected and expected


def test_overview_shows_the_order_and_every_clause(page, std):
    body = page(reverse("catalog:standard"))
    for item in std["order"]["items"]:
        assert item["text"] in body
    for clause in std["standard"]["clauses"]:
        assert clause["text"] in body
