"""The course (003) parsed on the real text: counts, hours and codes re-derived from the raw
lines independently of the parser, and every cited line checked against the text."""

from __future__ import annotations

import re

from sanat.regulation.course.doc import clean

TOPIC_ROW = re.compile(r"^(\d+\.\d+)\t(.+?)\t(\d*)\t(\d*)\t(\d*)\t(\d*)\s*$")


def _raw_topic_rows(raw: list[str]) -> list[tuple[int, str, str, list[int]]]:
    out = []
    for no, line in enumerate(raw, 1):
        m = TOPIC_ROW.match(line)
        if m:
            out.append((no, m.group(1), m.group(2).strip(), [int(x) for x in m.groups()[2:]]))
    return out


def _topics(course: dict) -> list[dict]:
    return [t for m in course["modules"] for t in m["topics"]]


def test_metadata(course):
    c = course["course"]
    assert c["provider"]["name"]["text"] == "Кемел кәсіби даму орталығы"
    assert c["provider"]["name_latin"]["text"] == "Kemel kasibi damu ortalygy LTD"
    assert c["title"]["text"].startswith("Педагогтерді аттестаттауға даярлау: біліктілік талаптарына")
    assert c["title"]["lines"] == [11, 12]
    assert (c["hours"]["value"], c["year"], c["city"]["text"]) == (80, 2026, "Алматы")
    assert course["total_hours"] == 80
    assert c["provider"]["name"]["lines"] == [3, 4] and c["hours"]["lines"] == [18, 18]


def test_programme_aims(course, raw):
    p = course["programme"]
    dash_lines = [no for no, line in enumerate(raw, 1) if 114 < no < 152 and line.startswith("–")]
    assert [t["lines"][0] for t in p["tasks"] + p["results"]] == dash_lines
    assert len(p["tasks"]) == len(p["results"]) == 6
    assert p["goal"]["text"].startswith("Бағдарламаның мақсаты № 83 және № 32")
    assert p["practical_significance"]["lines"] == [154, 154]
    assert [(o["number"], o["date"]) for o in p["legal_basis"]] == [("83", "2016-01-27"), ("32", "2016-01-21")]
    terms = [no for no, line in enumerate(raw, 1) if re.match(r"^\*\*.+?\*\* —", line) and no < 90]
    assert [g["lines"][0] for g in p["glossary"]] == terms and len(terms) == 18


def test_five_modules_with_their_blocks(course, raw):
    heads = [(no, int(m.group(1))) for no, line in enumerate(raw, 1)
             if (m := re.match(r"^#+\s*\**(\d)-модуль\.", line))]
    mods = course["modules"]
    assert [(m["lines"][0], m["number"]) for m in mods] == heads
    assert [m["number"] for m in mods] == [1, 2, 3, 4, 5]
    for m in mods:
        assert len(m["tasks"]) == 5 and len(m["results"]) == 5, m["number"]
        assert m["goal"]["text"] and m["description"]["text"]
        assert not any("<" in t["text"] or t["text"][:1] == "–" for t in m["tasks"] + m["results"])
    assert [len(m["practical_orientation"]["items"]) for m in mods] == [4, 4, 5, 5, 5]
    assert mods[3]["goal"]["lines"] == [233, 236]  # split by the separator debris on L234
    assert mods[4]["tasks"][-1]["text"].endswith("әңгімелесуге және кәсіби жетістіктерді қорғауға педагогтерді даярлау")
    assert mods[4]["tasks"][-1]["lines"] == [259, 261]
    assert mods[0]["practical_orientation"]["closing"]["text"].startswith("Модульді меңгеру нәтижелері")


def test_topics_codes_titles_and_hours_match_raw_rows(course, raw):
    rows = _raw_topic_rows(raw)
    topics = _topics(course)
    assert len(topics) == 25 and len(rows) == 50
    by_line = {no: (code, title, nums) for no, code, title, nums in rows}
    for t in topics:
        for fmt, acts in (("in_person", ("lecture", "practice", "seminar")), ("distance", ("video", "webinar", "self_study"))):
            code, title, nums = by_line[t["lines"][fmt]]
            assert (code, title) == (t["code"], t["title"])
            assert [t["hours"][fmt][a] for a in acts] + [t["hours"][fmt]["total"]] == nums
    assert [t["code"] for t in topics] == [f"{m}.{n}" for m in range(1, 6) for n in range(1, 6)]


def test_hour_totals(course, raw):
    rows = _raw_topic_rows(raw)
    half = len(rows) // 2
    for fmt, part in (("in_person", rows[:half]), ("distance", rows[half:])):
        cols = [sum(r[3][i] for r in part) for i in range(4)]
        computed = course["curriculum"][fmt]["computed"]
        assert list(computed.values()) == cols
        assert course["curriculum"][fmt]["stated_total"] == 80
    assert course["curriculum"]["in_person"]["computed"] == {"lecture": 29, "practice": 26, "seminar": 25, "total": 80}
    assert course["curriculum"]["distance"]["computed"] == {"video": 29, "webinar": 26, "self_study": 25, "total": 80}
    for m in course["modules"]:
        for fmt in ("in_person", "distance"):
            assert m["hours"][fmt]["total"] == m["hours"][fmt]["stated_total"] == 16
    assert course["modules"][0]["hours"]["in_person"] == {"lecture": 5, "practice": 6, "seminar": 5, "total": 16,
                                                          "stated_total": 16}
    # the real text adds up: no sum anomaly
    assert not [a for a in course["anomalies"] if a["code"].endswith("_mismatch") and "sum" in a["code"]]


def test_organisation(course):
    org = course["organisation"]
    assert org["formats"][1]["platforms"] == ["Google Classroom", "Moodle", "Microsoft Teams"]
    assert (org["duration"]["days"], org["duration"]["day_kind"], org["duration"]["intensive"]) == (10, "calendar", True)
    assert org["volume"]["hours"] == 80
    assert len(org["intermediate_control"]["components"]) == 4
    assert len(org["final_attestation"]["components"]) == 4
    assert [r["line"] for r in org["module_list"]["rows"]] == [377, 378, 379, 380, 381]


def test_self_assessment(course, raw):
    sa = course["self_assessment"]
    rows = [no for no, line in enumerate(raw, 1) if "→" in line and line.count("\t") == 2]
    assert [c["lines"][0] for c in sa] == rows and len(sa) == 6
    for c in sa:
        assert (c["scale"]["min"], c["scale"]["max"]) == (1, 5)
        assert set(c["scale"]["anchors"]) == {"1", "5"}
        assert f"1 – {c['scale']['anchors']['1']} → 5 – {c['scale']['anchors']['5']}" in raw[c["lines"][0] - 1]
    tools = course["self_assessment_tools"]
    assert [len(t["items"]) for t in tools] == [4, 4, 5, 4, 3]
    assert tools[0]["name"] == "Әр модуль қорытындысы бойынша чек-парақ"
    final = course["final_self_assessment"]
    assert final[0]["scale"] == {"min": 1, "max": 5} and len(final[0]["items"]) == 5
    assert len(final[1]["questions"]) == 3 and final[2]["period_months"] == [3, 6]
    assert course["self_assessment_note"]["affects_final_grade"] is False


def test_rubric_and_certificate(course, raw):
    rubric = course["rubric"]
    assert [r["max_points"] for r in rubric] == [int(raw[r["lines"][0] - 1].rsplit("\t", 1)[1]) for r in rubric]
    assert len(rubric) == 5 and course["rubric_total"] == {"stated": 50, "lines": [805, 805], "computed": 50}
    assert course["pass_mark"] is None
    cert = course["certificate"]
    assert cert["hours"] == 80
    assert set(cert["conditions"]) == {"course_completed", "all_modules_mastered", "practical_tasks_done",
                                       "final_work_defended"}
    assert [s["lines"] for s in cert["statements"]] == [[424, 424], [785, 788], [844, 844]]


def test_post_course_support_and_literature(course):
    pcs = course["post_course_support"]
    assert pcs["duration"]["max_months"] == 12
    assert len(pcs["goals"]) == 4 and len(pcs["formats"]) == 5 and len(pcs["results"]) == 4
    assert pcs["formats"][1]["after_months"] == [1, 2]
    assert pcs["formats"][2]["channels"] == ["Telegram", "WhatsApp", "Google-топтар"]
    lit = course["literature"]
    groups = [g for g in dict.fromkeys(r["group"] for r in lit)]
    assert [sum(r["group"] == g for r in lit) for g in groups] == [10, 10, 10]
    assert [r["number"] for r in lit] == list(range(1, 11)) * 1 + list(range(1, 21))
    assert lit[0]["urls"] == ["https://adilet.zan.kz/kaz/docs/K950001000"] and lit[0]["lines"] == [879, 880]


def _cited(node, path="$"):
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and isinstance(node.get("lines"), list):
            yield path, node
        for k, v in node.items():
            yield from _cited(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _cited(v, f"{path}[{i}]")


def _norm(s: str) -> str:
    return re.sub(r"[^\w]+", "", s.lower())


def test_every_cited_text_is_on_its_lines(course, raw):
    """Each item's words appear, in order, in the cleaned text of exactly the lines it cites."""
    checked = 0
    for path, node in _cited({k: v for k, v in course.items() if k != "anomalies"}):
        a, b = node["lines"]
        window = _norm(" ".join(clean(line) for line in raw[a - 1:b]))
        text = _norm(node["text"])
        head, tail = text[:25], text[-25:]
        assert head in window and tail in window, (path, node["lines"], node["text"][:60])
        checked += 1
    assert checked > 300


def test_module_rows_of_both_plans(course, raw):
    for m in course["modules"]:
        for fmt in ("in_person", "distance"):
            row = raw[m["row_lines"][fmt] - 1].split("\t")
            assert row[0] == str(m["number"])
            assert clean(row[1]) == f"{m['number']}-модуль. {m['title']}"
            assert int(clean(row[-1])) == m["hours"][fmt]["stated_total"]
