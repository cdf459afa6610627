"""The cohort's day grid, XLSX export, certificate look-up and revocation (real course text, both DBs)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from sanat.accounts.models import AuditEvent
from sanat.training_centre import attendance_grid as grid
from sanat.training_centre import services as s
from sanat.training_centre.models import Attendance, CentreStaff, Certificate, Cohort, Participant
from tests.conftest import saved_name

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]


@pytest.fixture
def setup(client):
    staff = get_user_model().objects.create_user("trainer", "trainer@centre.kz", "pw-123456789")
    CentreStaff.objects.create(user=staff)
    cohort = s.create_cohort(staff, title="Топ 1", fmt="in_person", start_date=dt.date(2026, 3, 2),
                             trainers="")
    people = [s.enrol(staff, cohort, name=n, school="№ 12 мектеп", email=f"p{i}@school.kz")
              for i, n in enumerate(("Әлия Нұрова", "Бота Серік", "Данияр Әли"))]
    client.force_login(staff)
    return staff, cohort, people


def test_day_grid_saves_everyone_at_once_and_keeps_other_days(client, setup):
    staff, cohort, people = setup
    cols = grid.columns(cohort, 1)
    assert cols and all(c.planned > 0 for c in cols)
    # a cell of day 2 is kept when day 1 is saved
    day2 = grid.columns(cohort, 2)[-1]
    s.save_attendance(staff, people[0], {(day2.topic, day2.activity): day2.planned})
    url = reverse("training_centre:attendance_day", args=[cohort.pk, 1])
    page = client.get(url).content.decode()
    assert all(p.name in page for p in people) and cols[0].topic in page
    data = {grid.cell_name(p.pk, c): str(c.planned) for p in people for c in cols}
    data[grid.cell_name(people[2].pk, cols[0])] = "0"
    r = client.post(url, data)
    assert r.status_code == 302
    got = {p.pk: s.attended(p) for p in people}
    assert got[people[0].pk][(day2.topic, day2.activity)] == day2.planned
    assert got[people[1].pk][(cols[0].topic, cols[0].activity)] == cols[0].planned
    assert got[people[2].pk].get((cols[0].topic, cols[0].activity), 0) == 0
    totals = grid.totals(cohort, 1)
    assert totals[0]["sum"] == 2 * cols[0].planned and totals[0]["full"] == 2
    events = AuditEvent.objects.filter(action="training.attendance.saved").count()
    assert client.post(url, data).status_code == 302  # unchanged: nothing audited
    assert AuditEvent.objects.filter(action="training.attendance.saved").count() == events


def test_day_grid_bad_cell_names_person_and_topic_keeps_input_saves_nothing(client, setup):
    _staff, cohort, people = setup
    cols = grid.columns(cohort, 1)
    url = reverse("training_centre:attendance_day", args=[cohort.pk, 1])
    data = {grid.cell_name(p.pk, c): "1" for p in people for c in cols}
    data[grid.cell_name(people[1].pk, cols[0])] = str(cols[0].planned + 5)
    data[grid.cell_name(people[0].pk, cols[-1])] = "бір"
    r = client.post(url, data, HTTP_ACCEPT_LANGUAGE="kk")
    assert r.status_code == 400
    page = r.content.decode()
    assert people[1].name in page and people[0].name in page and cols[0].topic in page
    assert 'value="бір"' in page
    assert not Attendance.objects.filter(participant__cohort=cohort).exists()


def test_fill_planned_marks_everyone_present(client, setup):
    _staff, cohort, people = setup
    r = client.post(reverse("training_centre:attendance_day", args=[cohort.pk, 1]), {"fill": "planned"})
    assert r.status_code == 302
    day_hours = sum(c.planned for c in grid.columns(cohort, 1))
    assert all(sum(s.attended(p).values()) == day_hours for p in people)


def test_grid_is_for_the_cohort_staff_only(client, setup):
    _staff, cohort, _people = setup
    other = get_user_model().objects.create_user("other", "o@c.kz", "pw-123456789")
    CentreStaff.objects.create(user=other)
    client.force_login(other)
    for name in ("attendance_day", "export_xlsx"):
        args = [cohort.pk, 1] if name == "attendance_day" else [cohort.pk]
        assert client.get(reverse(f"training_centre:{name}", args=args)).status_code == 403
    client.logout()
    assert client.get(reverse("training_centre:export_xlsx", args=[cohort.pk])).status_code == 302
    client.force_login(_staff)
    assert client.get(reverse("training_centre:attendance_day", args=[cohort.pk, 99])).status_code == 404


def test_xlsx_export_has_attendance_and_scores_in_the_interface_language(client, setup):
    staff, cohort, people = setup
    col = grid.columns(cohort, 1)[0]
    s.save_attendance(staff, people[0], {(col.topic, col.activity): col.planned})
    r = client.get("/ru" + reverse("training_centre:export_xlsx", args=[cohort.pk]))
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxmlformats")
    assert saved_name(r) == f"cohort-{cohort.pk}-ru.xlsx"
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["Посещаемость", "Итоговый проект"]
    rows = list(wb["Посещаемость"].values)
    with translation.override("ru"):
        assert rows[0][0] == gettext("Name") != "Name" and len(rows) == 1 + len(people)
    first = next(row for row in rows if row[0] == people[0].name)
    assert first[-1] == col.planned
    assert len(next(iter(wb["Итоговый проект"].values))) == 2 + len(s.course()["rubric"]) + 3


def test_verify_box_finds_numbers_case_insensitively(client, setup):
    _staff, cohort, people = setup
    cert = Certificate.objects.create(participant=people[0], number="TC-2026-AB12CD34", participant_name="Әлия Нұрова",
                                      course_title="Курс", hours=80, start_date=cohort.start_date,
                                      end_date=s.end_date(cohort))
    client.logout()
    page = client.get(reverse("training_centre:verify_lookup")).content.decode()
    assert 'name="number"' in page
    r = client.get(reverse("training_centre:verify_lookup"), {"number": " tc-2026-ab12cd34 "})
    assert r.status_code == 302 and r["Location"].endswith(f"/certificates/{cert.number}/")
    r = client.get(reverse("training_centre:verify", args=["tc-2026-ab12cd34"]))
    assert r.status_code == 302
    r = client.get(reverse("training_centre:verify_lookup"), {"number": "TC-0000-NOPE"})
    assert r.status_code == 404 and "TC-0000-NOPE" in r.content.decode()


def test_revoke_with_reason_is_audited_and_shown(client, setup):
    _staff, cohort, people = setup
    cert = Certificate.objects.create(participant=people[0], number="TC-2026-00000001", participant_name="Әлия Нұрова",
                                      course_title="Курс", hours=80, start_date=cohort.start_date,
                                      end_date=s.end_date(cohort))
    url = reverse("training_centre:revoke", args=[people[0].pk])
    client.post(url, {"reason": ""})
    assert not Certificate.objects.get(pk=cert.pk).revoked
    client.post(url, {"reason": "Қате берілді"})
    cert.refresh_from_db()
    assert cert.revoked and cert.revoked_reason == "Қате берілді"
    assert AuditEvent.objects.filter(action="training.certificate.revoked").count() == 1
    page = client.get("/ru" + reverse("training_centre:verify", args=[cert.number])).content.decode()
    assert "Этот сертификат отозван." in page
    outsider = get_user_model().objects.create_user("x", "x@c.kz", "pw-123456789")
    client.force_login(outsider)
    other = Certificate.objects.create(participant=people[1], number="TC-2026-00000002", participant_name="Бота",
                                       course_title="Курс", hours=80, start_date=cohort.start_date,
                                       end_date=s.end_date(cohort))
    assert client.post(reverse("training_centre:revoke", args=[people[1].pk]), {"reason": "x"}).status_code == 403
    other.refresh_from_db()
    assert not other.revoked
    assert Participant.objects.count() == 3 and Cohort.objects.count() == 1
