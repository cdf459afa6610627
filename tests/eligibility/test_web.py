"""Eligibility pages and API through the Django test client (real catalog, no database writes)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from tests.attestation.profile_post import form_data
from tests.conftest import saved_name

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]

PROFILE = {"education": [{"level": "higher", "pedagogical": True, "profile_relevant": True}],
           "experience": {"specialty": 3}}
FORM = form_data(PROFILE, "338-10-12", as_of="2025-09-01", action="check")


def test_check_page_in_kazakh_shows_decision_quotes_and_gaps(client, catalog):
    r = client.get("/eligibility/")
    assert r.status_code == 200 and "Біліктілік санатымды тексеру" in r.content.decode()
    r = client.post("/eligibility/", FORM)
    html = r.content.decode()
    assert r.status_code == 200
    assert '<span id="highest" data-code="expert">педагог-сарапшы</span>' in html
    assert "педагог-зерттеуші үшін – кемінде 4 жыл" in html  # the quoted clause 286 words
    assert "286-тармақ" in html  # the gap names its clause


def test_check_page_in_russian(client, catalog):
    r = client.post("/ru/eligibility/", {**FORM, "years_specialty": "1"})
    html = r.content.decode()
    assert "Проверить мою квалификационную категорию" in html
    assert '<span id="highest" data-code="pedagog">педагог</span>' in html and "пункт 286" in html
    assert "не менее 2 лет" in html


def test_check_page_reports_invalid_input(client, catalog):
    r = client.post("/eligibility/", {**FORM, "years_specialty": "-3"})
    assert r.status_code == 400 and 'id="highest"' not in r.content.decode()
    assert 'value="-3"' in r.content.decode()  # kept as typed


def test_api_check_json_and_errors(client):
    body = {"position": "338-10-12", "as_of": "2025-09-01", "lang": "ru",
            "profile": {"education": [{"level": "higher", "pedagogical": True}], "experience": {"specialty": 4}}}
    r = client.post("/api/check/", json.dumps(body), content_type="application/json")
    assert r.status_code == 200
    d = r.json()
    assert d["highest_by_requirements"] == "researcher" and d["next"]["category"] == "master"
    body["profile"]["education"][0]["level"] = "bachelor"
    r = client.post("/api/check/", json.dumps(body), content_type="application/json")
    assert r.status_code == 400 and r.json()["field"] == "education[0].level"
    body["position"] = "338-00-00"
    r = client.post("/api/check/", json.dumps(body), content_type="application/json")
    assert r.status_code == 400 and r.json()["field"] == "position"


def _screen(client, up, prefix=""):
    """Upload through the screening job; the result file's bytes."""
    from sanat.eligibility.models import ScreeningJob

    r = client.post(prefix + "/eligibility/screen/", {"file": up, "as_of": "2025-09-01"})
    assert r.status_code == 302, r.content.decode()[:2000]
    job = ScreeningJob.objects.get()
    assert client.get(r["Location"]).status_code == 200
    return b"".join(client.get(f"/eligibility/screen/{job.pk}/result").streaming_content)


def test_screen_upload_csv_returns_screened_csv_in_the_interface_language(client):
    from sanat.rules.staff_locale import OUTPUT_HEADERS

    text = ("name,position,education_level,pedagogical,exp_specialty\n"
            "A,338-10-12,higher,yes,5\nB,338-10-12,bachelor,yes,1\n")
    up = SimpleUploadedFile("staff.csv", text.encode("utf-8"), content_type="text/csv")
    body = _screen(client, up, "/ru")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    h = OUTPUT_HEADERS["ru"]
    assert rows[0][h["highest_category"]] == "педагог-мастер" and rows[0][h["row"]] == "2"
    assert rows[1][h["row"]] == "3" and rows[1][h["error"]] == "Уровень образования: 'bachelor' — недопустимое значение"


def test_screen_upload_xlsx_returns_xlsx(client):
    wb = Workbook()
    wb.active.append(["position", "education_level", "pedagogical", "exp_specialty"])
    wb.active.append(["338-10-12", "higher", "1", "2"])
    buf = io.BytesIO()
    wb.save(buf)
    body = _screen(client, SimpleUploadedFile("staff.xlsx", buf.getvalue()))
    rows = list(load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True))
    assert rows[1][5] == "педагог-модератор"


def test_check_page_counts_dated_periods(client, catalog):
    prof = {"education": [{"level": "higher", "pedagogical": True}],
            "experience": {"periods": [{"from": "2021-09-02", "to": None, "kinds": ["specialty"]}]}}
    r = client.post("/ru/eligibility/", form_data(prof, "338-10-12", as_of="2025-09-01", action="check"))
    html = r.content.decode()
    assert 'data-code="expert"' in html and "1 день" in html and "01.09.2025" in html


def test_logged_in_user_sees_own_profile_and_can_save_it(client, catalog):
    from django.contrib.auth import get_user_model

    from sanat.attestation.models import Workspace

    user = get_user_model().objects.create_user("t", password="x-pass-123")
    Workspace.objects.create(user=user, position_id="338-10-12", profile=PROFILE)
    client.force_login(user)
    page = client.get("/ru/eligibility/").content.decode()
    assert re.search(r'<option value="338-10-12" selected', page) and 'name="years_specialty" value="3"' in page
    data = {**FORM, "years_specialty": "5", "action": "save"}
    r = client.post("/ru/eligibility/", data)
    assert r.status_code == 200 and 'data-code="master"' in r.content.decode()
    assert Workspace.objects.get(user=user).profile["experience"]["specialty"] == 5.0


def test_result_as_pdf_with_date_post_edition_and_clauses(client, catalog):
    from sanat.documents.pdf_text import pdf_text

    r = client.post("/ru/eligibility/", {**FORM, "action": "pdf"})
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert saved_name(r) == "sanat-338-10-12-2025-09-01.pdf"
    text = pdf_text(r.content)
    assert "01.09.2025" in text and "Преподаватель организации технического" in text
    assert "№ 249" in text or "249" in text  # the amending order of the ru edition
    assert "пункт 286" in text and "педагога-исследователя не менее 4 лет" in text
