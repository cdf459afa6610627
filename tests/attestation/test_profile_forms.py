"""The profile filled by forms: saved as the rules-engine profile, validated in the user's language,
rows added and removed without JavaScript, no JSON typed (real catalog, tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.contrib.auth import get_user_model

from sanat.attestation.models import Evidence, Workspace
from sanat.rules.profile import validate
from tests.conftest import saved_name

from .profile_post import form_data

PID = "338-03-07"
PROFILE = {
    "education": [{"level": "higher", "pedagogical": True, "retraining": False, "direction": "Математика",
                   "profile_relevant": True, "graduated": "2015-06-30"}],
    "experience": {"periods": [{"from": "2015-09-01", "to": None, "kinds": ["pedagogical", "position"],
                                "note": "№ 5 мектеп"}]},
    "categories": [{"code": "moderator", "since": "2022-01-01", "until": "2027-06-01"}],
    "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                      "title": "Аудандық олимпиада"}],
}


@pytest.fixture
def teacher(client):
    user = get_user_model().objects.create_user("aigerim", email="a@example.kz", password="x-pass-123")
    client.force_login(user)
    return user


def test_profile_saved_from_forms_is_the_engine_profile(client, catalog, teacher):
    r = client.post("/attestation/profile/", form_data(PROFILE, PID))
    assert r.status_code == 302, r.content.decode()[:3000]
    ws = Workspace.objects.get(user=teacher)
    assert ws.position_id == PID
    validate(ws.profile)
    assert ws.profile["education"] == PROFILE["education"]
    assert ws.profile["experience"]["periods"] == PROFILE["experience"]["periods"]
    assert ws.profile["categories"] == PROFILE["categories"] and ws.profile["achievements"] == PROFILE["achievements"]
    # the page shows it again field by field (a round trip), and the decision uses the dated period
    page = client.get("/attestation/profile/").content.decode()
    assert 'value="2015-09-01"' in page and "Аудандық олимпиада" in page
    assert re.search(r'<option value="338-03-07" selected', page)
    assert client.get("/attestation/").status_code == 200


def test_no_page_asks_for_json_or_codes(client, catalog, teacher):
    for url in ("/attestation/profile/", "/ru/attestation/profile/", "/eligibility/", "/ru/eligibility/"):
        page = client.get(url).content.decode()
        assert "<textarea" not in page, url
        visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page, flags=re.S))
        assert "deputy_2" not in visible and "expert;" not in visible, url
        assert "338-03-07 —" not in page, url  # titles, not codes, in the post list
        for name in ("profile", "profile_json", "categories"):
            assert f'name="{name}"' not in page, (url, name)


@pytest.mark.parametrize("lang,words", [("", "Лауазымыңызды таңдаңыз"), ("/ru", "Выберите вашу должность")])
def test_post_must_be_chosen_in_the_users_language(client, catalog, teacher, lang, words):
    data = form_data(PROFILE, PID)
    data["position"] = ""
    r = client.post(f"{lang}/attestation/profile/", data)
    assert r.status_code == 400
    page = r.content.decode()
    assert words in page
    assert 'value="Аудандық олимпиада"' in page  # input kept
    assert not Workspace.objects.get(user=teacher).profile


def test_future_reversed_and_overlapping_periods_are_refused_naming_the_field(client, catalog, teacher):
    future = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    p = json.loads(json.dumps(PROFILE))
    p["education"][0]["graduated"] = future
    p["experience"]["periods"] = [
        {"from": "2010-09-01", "to": "2009-05-31", "kinds": ["pedagogical"]},
        {"from": "2015-09-01", "to": "2020-05-31", "kinds": ["pedagogical"]},
        {"from": "2019-09-01", "to": None, "kinds": ["pedagogical", "managerial"]},
    ]
    r = client.post("/ru/attestation/profile/", form_data(p, PID))
    assert r.status_code == 400
    page = r.content.decode()
    assert "«Дата окончания»: дата позже даты проверки" in page
    assert "«Работал(а) по» раньше, чем «Работал(а) с»" in page
    assert "Период работы 3 пересекается с периодом работы 2" in page
    assert 'value="2019-09-01"' in page and future in page  # kept as typed
    assert not Workspace.objects.get(user=teacher).profile


def test_years_out_of_bounds_and_ancient_dates(client, catalog, teacher):
    p = json.loads(json.dumps(PROFILE))
    p["experience"] = {"pedagogical": 99}
    p["categories"][0]["since"] = "1900-01-01"
    r = client.post("/ru/attestation/profile/", form_data(p, PID))
    assert r.status_code == 400
    page = r.content.decode()
    assert "Не больше 70 лет" in page and "не правдоподобна" in page


def test_rows_added_and_removed_without_javascript(client, catalog, teacher):
    data = form_data(PROFILE, PID)
    data.pop("action")
    data["add_row"] = "education"
    r = client.post("/attestation/profile/", data)
    assert r.status_code == 200
    assert 'name="education-2-level"' in r.content.decode()  # one stored + the empty one + the added one
    data = form_data(PROFILE, PID)
    data["categories-0-DELETE"] = "on"
    assert client.post("/attestation/profile/", data).status_code == 302
    assert "categories" not in Workspace.objects.get(user=teacher).profile


def test_removing_an_achievement_keeps_evidence_links_right(client, catalog, teacher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    p = json.loads(json.dumps(PROFILE))
    p["achievements"].insert(0, {"kind": "publication", "level": "republic", "result": "participant",
                                 "title": "Мақала"})
    assert client.post("/attestation/profile/", form_data(p, PID)).status_code == 302
    ws = Workspace.objects.get(user=teacher)
    ev = Evidence.objects.create(workspace=ws, title="x", display_name="x.pdf", stored_name="a.pdf",
                                 content_type="application/pdf", size=1, sha256="0", achievement=1)
    data = form_data(ws.profile, PID)
    data["achievements-0-DELETE"] = "on"
    assert client.post("/attestation/profile/", data).status_code == 302
    ev.refresh_from_db()
    assert ev.achievement == 0
    assert Workspace.objects.get(user=teacher).profile["achievements"][0]["title"] == "Аудандық олимпиада"


def test_json_export_and_import_stay_as_the_advanced_option(client, catalog, teacher):
    from django.core.files.uploadedfile import SimpleUploadedFile

    assert client.post("/attestation/profile/", form_data(PROFILE, PID)).status_code == 302
    exported = client.get("/attestation/profile/export.json")
    assert saved_name(exported) == "profile.json" and exported["Content-Type"] == "application/json; charset=utf-8"
    body = json.loads(exported.content)
    body["degree"] = "master"
    up = SimpleUploadedFile("p.json", json.dumps(body).encode(), content_type="application/json")
    assert client.post("/attestation/profile/", {"action": "import", "profile_file": up}).status_code == 302
    assert Workspace.objects.get(user=teacher).profile["degree"] == "master"
    bad = SimpleUploadedFile("p.json", b"{not json", content_type="application/json")
    r = client.post("/ru/attestation/profile/", {"action": "import", "profile_file": bad})
    assert r.status_code == 400


def test_post_search_without_javascript_narrows_the_list_in_kk_and_ru(client, catalog, teacher):
    data = form_data(PROFILE, "", post_q="психолог", action="find")
    r = client.post("/attestation/profile/", data)
    page = r.content.decode()
    assert r.status_code == 200
    options = re.findall(r'<option value="(338-[^"]+)"[^>]*>([^<]*)</option>', page)
    assert options and all("психолог" in t.casefold() for _, t in options), options
    assert 'value="Аудандық олимпиада"' in page  # the rest of the form is kept
    assert not Workspace.objects.get(user=teacher).profile  # nothing saved
    # a Russian word finds the post in the Kazakh interface (titles of both languages are searched)
    r = client.post("/attestation/profile/", form_data(PROFILE, "", post_q="учителя всех", action="find"))
    options = re.findall(r'<option value="(338-[^"]+)"[^>]*>([^<]*)</option>', r.content.decode())
    assert "338-03-07" in [pid for pid, _ in options] and len(options) < 10
    # each option carries the other language's title for the script
    full = client.get("/ru/attestation/profile/").content.decode()
    assert re.search(r'<option value="338-03-07" data-alt="Барлық мамандықтардың пән мұғалімдері"', full)
    assert "<script>" not in full and "post-picker.js" in full
