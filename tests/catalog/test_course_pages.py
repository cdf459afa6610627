"""The course programme page (Django test client): modules, topics, both curriculum tables
with their totals, from the course stored with the loaded edition (derived from its text)."""

from __future__ import annotations

import re

import pytest

from sanat.catalog import store
from sanat.regulation.sources import TEXTS_DIR, spec

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]


def _table(html: str, fmt: str) -> str:
    m = re.search(rf'<table class="plan" data-format="{fmt}">(.*?)</table>', html, re.S)
    assert m, fmt
    return m.group(1)


def _cells(row_html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row_html, re.S)]


def test_programme_page_lists_modules_topics_and_both_tables(client, course):
    resp = client.get("/course/")
    assert resp.status_code == 200
    html = resp.content.decode()
    for m in course["modules"]:
        assert m["title"] in html
        for t in m["topics"]:
            assert t["title"] in html
    for fmt, acts in (("in_person", ("lecture", "practice", "seminar")), ("distance", ("video", "webinar", "self_study"))):
        table = _table(html, fmt)
        topic_rows = re.findall(r'<tr class="topic">(.*?)</tr>', table, re.S)
        module_rows = re.findall(r'<tr class="module">(.*?)</tr>', table, re.S)
        assert len(module_rows) == len(course["modules"])
        assert len(topic_rows) == sum(len(m["topics"]) for m in course["modules"])
        first = _cells(topic_rows[0])
        t11 = course["modules"][0]["topics"][0]
        assert first[0] == t11["code"]
        assert first[2:6] == [str(t11["hours"][fmt][a]) for a in acts] + [str(t11["hours"][fmt]["total"])]
        total = _cells(re.search(r'<tr class="total">(.*?)</tr>', table, re.S).group(1))
        assert total[2:6] == [str(v) for v in course["curriculum"][fmt]["computed"].values()]
        assert "≠" not in table


def test_page_cites_source_lines(client, course):
    html = client.get("/course/").content.decode()
    line = course["modules"][0]["topics"][0]["lines"]["in_person"]
    assert f"/sources/{course['source']['file']}/?lines={line}#L{line}" in html
    assert "module_list_name_mismatch" in html


def test_russian_interface(client):
    html = client.get("/ru/course/").content.decode()
    assert '<html lang="ru">' in html and 'lang="kk"' in html


def test_course_is_read_once_per_process_and_edition(client, course, django_assert_max_num_queries):
    assert store.course() == course
    assert client.get("/course/").status_code == 200
    with django_assert_max_num_queries(1):  # only «which edition is loaded?»: the course is cached
        assert client.get("/course/export.json").status_code == 200


def test_export_json_matches_builder(client, course):
    resp = client.get("/course/export.json")
    assert resp.status_code == 200 and resp["Content-Type"] == "application/json"
    assert resp.json()["curriculum"] == course["curriculum"]


def test_page_follows_a_changed_text(client, load_edition):
    file = spec("course").file
    text = (TEXTS_DIR / file).read_text("utf-8").split("\n")
    assert text[290].startswith("2.3\t") and text[290].endswith("\t1\t1\t1\t3")
    text[290] = text[290][: -len("\t1\t1\t1\t3")] + "\t2\t1\t1\t3"
    load_edition({file: "\n".join(text)})
    html = client.get("/course/").content.decode()
    table = _table(html, "in_person")
    row = next(r for r in re.findall(r'<tr class="topic">(.*?)</tr>', table, re.S) if _cells(r)[0] == "2.3")
    assert _cells(row)[2] == "2" and "≠ 3" in _cells(row)[5]
    assert "row_sum_mismatch" in html
    assert "≠" not in _table(html, "distance")  # the distance plan was not edited


def test_page_renders_when_the_text_drops_a_figure(client, load_edition):
    file = spec("course").file
    load_edition({file: (TEXTS_DIR / file).read_text("utf-8").replace("12 айға дейін", "бірнеше ай бойы")})
    assert store.course()["post_course_support"]["duration"]["max_months"] is None
    resp = client.get("/course/")
    assert resp.status_code == 200 and "бірнеше ай бойы" not in resp.content.decode().split('id="support"')[0]


def test_rubric_self_assessment_and_organisation_sections(client, course):
    html = client.get("/course/").content.decode()
    rubric = html.split('id="rubric"')[1].split("</section>")[0]
    for r in course["rubric"]:
        assert r["criterion"] in rubric
    assert f'<td class="num">{course["rubric_total"]["computed"]}' in rubric
    sa = html.split('id="self-assessment"')[1].split("</section>")[0]
    for c in course["self_assessment"]:
        assert c["criterion"] in sa and c["scale"]["anchors"]["5"] in sa
    org = html.split('id="organisation"')[1].split("</section>")[0]
    for it in course["organisation"]["intermediate_control"]["components"]:
        assert it["text"] in org
