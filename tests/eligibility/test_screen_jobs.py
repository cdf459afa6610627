"""Staff-file screening through the web job: kk/ru templates in, kk/ru result and summary out."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from sanat.catalog import store
from sanat.eligibility.models import ScreeningJob
from sanat.eligibility.screen_jobs import folder as screen_folder
from sanat.rules import staff
from sanat.rules.staff_io import OUTPUT_COLUMNS, open_table
from sanat.rules.staff_locale import INPUT_COLUMNS, OUTPUT_HEADERS, localise, localised_error
from tests.conftest import saved_name

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]

KK_ROWS = [
    # name, school, education, pedagogical, years, location, categories
    ("Сейітова Айгүл", "№ 12 мектеп", "жоғары", "иә", "11,5", "ауыл", "педагог-модератор: 15.05.2021: 15.05.2026"),
    ("Нұрланұлы Бекзат", "№ 12 мектеп", "жоғары", "иә", "1", "қала", ""),
    ("Қасымова Дана", "№ 5 лицей", "техникалық және кәсіптік", "иә", "4", "ауыл", ""),
    ("Жұмабаев Ерлан", "№ 5 лицей", "", "иә", "3", "қала", ""),  # education missing: an error naming the column
]


def kk_file() -> bytes:
    cols = ["position", "name", "school", "education_level", "pedagogical", "profile_relevant", "exp_pedagogical",
            "location", "categories"]
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow([INPUT_COLUMNS[c]["kk"] for c in cols])
    for name, school, edu, ped, years, loc, cats in KK_ROWS:
        w.writerow(["338-03-07", name, school, edu, ped, "иә", years, loc, cats])
    return buf.getvalue().encode("utf-8-sig")


def canonical_file() -> bytes:
    codes = {"жоғары": "higher", "техникалық және кәсіптік": "tvet", "": "", "ауыл": "rural", "қала": "urban"}
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(["position", "name", "education_level", "pedagogical", "profile_relevant", "exp_pedagogical",
                "location", "categories"])
    for name, _school, edu, ped, years, loc, cats in KK_ROWS:
        cats = "moderator:2021-05-15:2026-05-15" if cats else ""
        w.writerow(["338-03-07", name, codes[edu], "yes" if ped == "иә" else "no", "yes", years.replace(",", "."),
                    codes[loc], cats])
    return buf.getvalue().encode("utf-8")


def upload(client: Client, content: bytes, name: str, lang_prefix: str = "") -> ScreeningJob:
    r = client.post(lang_prefix + reverse("eligibility:screen"),
                    {"file": SimpleUploadedFile(name, content), "as_of": "2025-09-01"})
    assert r.status_code == 302, r.content.decode()[:3000]
    return ScreeningJob.objects.get()


def test_templates_have_kk_and_ru_columns(client):
    r = client.get(reverse("eligibility:screen_template", args=["xlsx"]), {"lang": "kk"})
    assert saved_name(r) == "sanat-staff-kk.xlsx"
    wb = load_workbook(io.BytesIO(r.content))
    header = [c.value for c in next(wb.worksheets[0].iter_rows(max_row=1))]
    assert header == [v["kk"] for v in INPUT_COLUMNS.values()]
    assert len(wb.sheetnames) == 2  # the columns explained
    r = client.get(reverse("eligibility:screen_template", args=["csv"]), {"lang": "ru"})
    assert saved_name(r) == "sanat-staff-ru.csv" and r["Content-Type"] == "text/csv; charset=utf-8"
    assert r.content.startswith(b"\xef\xbb\xbf")
    assert r.content.decode("utf-8-sig").splitlines()[0].split(",")[0] == INPUT_COLUMNS["position"]["ru"]
    assert client.get(reverse("eligibility:screen_template", args=["exe"])).status_code == 404


def test_kk_words_read_as_the_canonical_file():
    plain = list(staff.screen_plain(staff.read_rows("c.csv", canonical_file()), store.positions(),
                                    dt.date(2025, 9, 1), "kk"))
    with open_table("k.csv", kk_file()) as table:
        t = localise(table)
        from sanat.rules import screening

        fast = list(screening.screen_rows(t, store.positions(), dt.date(2025, 9, 1), "kk"))
    assert [r[2:] for r in fast] == [tuple(p[c] for c in OUTPUT_COLUMNS[2:]) for p in plain]


def test_web_job_result_in_kk_with_bom_summary_and_charts(client):
    job = upload(client, kk_file(), "staff.csv")
    job.refresh_from_db()
    assert job.state == "done" and job.rows_done == 4 and job.errors == 1
    page = client.get(reverse("eligibility:screen_job", args=[job.pk])).content.decode()
    assert 'id="download"' in page and 'src="data:image/svg+xml;base64,' in page and "№ 12 мектеп" in page
    r = client.get(reverse("eligibility:screen_result", args=[job.pk]))
    assert saved_name(r) == "sanat-screened-2025-09-01.csv"
    body = b"".join(r.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [OUTPUT_HEADERS["kk"][c] for c in OUTPUT_COLUMNS]
    met = rows[0].index(OUTPUT_HEADERS["kk"]["post_requirements_met"])
    assert {r[met] for r in rows[1:4]} <= {"иә", "жоқ"}
    err = rows[0].index(OUTPUT_HEADERS["kk"]["error"])
    assert rows[4][err] == "Білім деңгейі: бос"
    high = rows[0].index(OUTPUT_HEADERS["kk"]["highest_category"])
    assert all(not r[high] or r[high].startswith("педагог") for r in rows[1:])
    s = job.summary
    assert s["total"]["people"] == 4 and s["total"]["errors"] == 1
    # the summary counts codes (not the labels written to the file): the rows that meet a category
    highest = [r[high] for r in rows[1:4]]
    assert s["total"]["meeting"]["pedagog"] == sum(1 for h in highest if h) > 0
    assert {g["school"] for g in s["by_school"]} == {"№ 12 мектеп", "№ 5 лицей"}
    x = client.get(reverse("eligibility:screen_summary", args=[job.pk]))
    assert saved_name(x) == "sanat-summary-2025-09-01.xlsx"
    names = zipfile.ZipFile(io.BytesIO(x.content)).namelist()
    assert any(n.startswith("xl/charts/chart") for n in names)
    assert not (screen_folder() / job.input_name).exists()  # the upload is not kept once screened


def test_job_is_private_to_its_uploader(client):
    job = upload(client, kk_file(), "staff.csv")
    other = Client()
    for name in ("screen_job", "screen_result", "screen_summary"):
        assert other.get(reverse(f"eligibility:{name}", args=[job.pk])).status_code == 404
    assert client.get(reverse("eligibility:screen_job", args=[job.pk])).status_code == 200


def test_bad_file_type_answers_400_in_ru_naming_the_file_field(client):
    r = client.post("/ru" + reverse("eligibility:screen"),
                    {"file": SimpleUploadedFile("staff.pdf", b"%PDF-1.4"), "as_of": "2025-09-01"})
    assert r.status_code == 400
    assert "CSV" in r.content.decode() and not ScreeningJob.objects.exists()


def test_errors_name_the_template_column():
    assert localised_error("pedagogical: 'x' is not yes/no", "ru").startswith(INPUT_COLUMNS["pedagogical"]["ru"])
    assert localised_error("position: unknown id '338-3-7'", "kk").startswith(INPUT_COLUMNS["position"]["kk"])


def test_old_screenings_are_purged_with_their_files(client):
    from datetime import timedelta

    from django.utils import timezone

    from sanat.eligibility.screen_jobs import purge_old

    job = upload(client, kk_file(), "staff.csv")
    job.refresh_from_db()
    result = screen_folder() / job.result_name
    assert result.exists()
    assert purge_old() == 0
    assert purge_old(timezone.now() + timedelta(days=8)) == 1
    assert not result.exists() and not ScreeningJob.objects.exists()


def test_schema_errors_name_the_template_column_in_kk():
    msg = "education[0].level: 'bachelor' is not one of ['postgraduate', 'higher']"
    assert localised_error(msg, "kk") == "Білім деңгейі: 'bachelor' — рұқсат етілмеген мән"
    assert localised_error("experience.specialty: -3.0 is less than the minimum of 0", "ru").startswith(
        INPUT_COLUMNS["exp_specialty"]["ru"])
    assert localised_error("education[0].graduated: '2020-13-45' is not a 'date'", "ru").startswith(
        INPUT_COLUMNS["graduated"]["ru"])
