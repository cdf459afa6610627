"""The training centre through the web client, on the real course data and real PDFs."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from sanat.accounts.models import AuditEvent
from sanat.documents.pdf_text import pdf_text
from sanat.regulation.course import build_course
from sanat.training_centre import services as s
from sanat.training_centre.certificate_pdf import certificate_html, qr_svg
from sanat.training_centre.models import (
    Attendance,
    Certificate,
    ChecklistTick,
    Cohort,
    FinalScore,
    Participant,
)
from tests.conftest import saved_name

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]

COURSE = build_course()


@pytest.fixture
def staff(client):
    from sanat.training_centre.models import CentreStaff

    user = get_user_model().objects.create_user("trainer", "trainer@centre.kz", "pw-123456789")
    CentreStaff.objects.create(user=user)
    return user


@pytest.fixture
def teacher():
    """A teacher who has verified her address (records keyed by e-mail attach only to a verified one)."""
    from sanat.accounts.models import VerifiedEmail

    user = get_user_model().objects.create_user("aigul", "aigul@school.kz", "pw-123456789")
    VerifiedEmail.objects.create(user=user, email=user.email)
    return user


def make_cohort(client, user, fmt="in_person", title="Топ 1"):
    client.force_login(user)
    r = client.post(reverse("training_centre:cohort_create"),
                    {"title": title, "format": fmt, "start_date": "2026-03-02", "trainers": "Серікова А."})
    assert r.status_code == 302, r.content.decode()[:2000]
    return Cohort.objects.get(title=title)


def enrol(client, cohort, name="Айгүл Сейітова", email="aigul@school.kz"):
    r = client.post(reverse("training_centre:enrol", args=[cohort.pk]),
                    {"name": name, "school": "№ 12 мектеп-гимназия", "email": email})
    assert r.status_code == 302, r.content.decode()[:2000]
    return Participant.objects.get(cohort=cohort, email=email)


def full_hours(fmt):
    data = {}
    for m in COURSE["modules"]:
        for t in m["topics"]:
            for a, h in t["hours"][fmt].items():
                if a != "total":
                    data[f"h-{t['code']}-{a}"] = str(h)
    return data


def test_journey(client, staff, teacher):
    cohort = make_cohort(client, staff)
    page = client.get(reverse("training_centre:cohort", args=[cohort.pk])).content.decode()
    # the 10-day schedule from the course's modules and hours: 80 h over 10 calendar days
    slots = s.schedule(cohort)
    assert {sl.day for sl in slots} == set(range(1, COURSE["organisation"]["duration"]["days"] + 1))
    assert sum(sl.hours for sl in slots) == COURSE["total_hours"] == 80
    assert slots[-1].date.isoformat() == "2026-03-11"
    assert "11.03.2026" in page and "1.1" in page
    assert "pass mark" in page.lower() or "өту" in page.lower() or "балл" in page.lower()

    p = enrol(client, cohort)
    assert p.user == teacher

    # not yet qualified: every condition is unmet and listed
    d = s.decision(p)
    assert not d.issued and set(d.unmet) == {"course_completed", "all_modules_mastered",
                                              "practical_tasks_done", "final_work_defended"}

    # attendance: all planned hours
    r = client.post(reverse("training_centre:attendance", args=[p.pk]), full_hours("in_person"))
    assert r.status_code == 302
    assert sum(a.hours for a in Attendance.objects.filter(participant=p)) == 80
    assert s.progress(p).course_completed

    # checklist: tick two items of tool 1
    r = client.post(reverse("training_centre:checklist", args=[p.pk]), {"_form": "checklist", "tick": ["1-1", "1-2"]})
    assert r.status_code == 302
    assert set(ChecklistTick.objects.filter(participant=p).values_list("tool", "item")) == {(1, 1), (1, 2)}

    # scoring with the course rubric (5 criteria × 10)
    pts = {f"p-{c['number']}": "8" for c in COURSE["rubric"]}
    r = client.post(reverse("training_centre:score", args=[p.pk]), pts)
    assert r.status_code == 302
    assert FinalScore.objects.get(participant=p).total == 8 * len(COURSE["rubric"])

    # still missing: practical tasks and the defence
    assert set(s.decision(p).unmet) == {"practical_tasks_done", "final_work_defended"}
    r = client.post(reverse("training_centre:issue", args=[p.pk]))
    assert r.status_code == 400 and not Certificate.objects.exists()

    client.post(reverse("training_centre:status", args=[p.pk]), {"practical": "on", "defended": "on"})
    # a pass mark above the score blocks the certificate; cleared, it does not
    client.post(reverse("training_centre:pass_mark", args=[cohort.pk]), {"pass_mark": "45"})
    p = Participant.objects.select_related("cohort").get(pk=p.pk)
    assert s.decision(p).unmet == ("final_work_below_pass_mark",)
    client.post(reverse("training_centre:pass_mark", args=[cohort.pk]), {"pass_mark": ""})
    p = Participant.objects.select_related("cohort").get(pk=p.pk)
    assert p.cohort.pass_mark is None and s.decision(p).issued

    r = client.post(reverse("training_centre:issue", args=[p.pk]))
    assert r.status_code == 302
    cert = Certificate.objects.get(participant=p)
    # issuing again keeps the one certificate; saving unchanged data records nothing
    assert s.issue_certificate(staff, p) == cert
    events = AuditEvent.objects.count()
    client.post(reverse("training_centre:attendance", args=[p.pk]), full_hours("in_person"))
    client.post(reverse("training_centre:status", args=[p.pk]), {"practical": "on", "defended": "on"})
    assert AuditEvent.objects.count() == events
    assert cert.hours == COURSE["certificate"]["hours"] == 80

    for lang, label in (("kk", "біліктілікті арттыру туралы"), ("ru", "о повышении квалификации")):
        r = client.get(reverse("training_centre:certificate_pdf", args=[p.pk, lang]))
        assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
        assert saved_name(r) == f"certificate-{cert.number}-{lang}.pdf"
        text = pdf_text(r.content)
        flat = " ".join(text.split())
        assert label in flat
        assert "Айгүл Сейітова" in flat and cert.number in flat
        assert f"/training/certificates/{cert.number}/" in flat.replace(" ", "")
        assert "02.03.2026" in flat and "11.03.2026" in flat and "80" in flat
        # the parts of a certificate: issuer (EXAMPLE marked), hours by module, signature block, QR code
        assert "СЕРТИФИКАТ" in flat and ("ҮЛГІ" if lang == "kk" else "ОБРАЗЕЦ") in flat
        assert ("М.О." if lang == "kk" else "М.П.") in flat
        for m in s.module_hours("in_person"):
            assert f"{m['number']}. " in flat and str(m["hours"]) in flat
        assert sum(m["hours"] for m in cert.modules) == 80
        html = certificate_html(cert, lang, f"http://testserver/training/certificates/{cert.number}/")
        assert qr_svg(f"http://testserver/training/certificates/{cert.number}/") in html
        assert " ".join(COURSE["course"]["title"]["text"].split()[:3]) in flat

    # the participant sees their own record and certificate
    client.force_login(teacher)
    assert client.get(reverse("training_centre:participant", args=[p.pk])).status_code == 200
    assert client.get(reverse("training_centre:certificate_pdf", args=[p.pk, "kk"])).status_code == 200

    # public verification, no personal data beyond name and course
    client.logout()
    r = client.get(reverse("training_centre:verify", args=[cert.number]))
    html = r.content.decode()
    assert r.status_code == 200 and "Айгүл Сейітова" in html and cert.number in html
    assert "aigul@school.kz" not in html and "мектеп-гимназия" not in html
    assert client.get(reverse("training_centre:verify", args=["TC-0000-NOPE"])).status_code == 404
    r = client.get("/ru" + reverse("training_centre:verify", args=[cert.number]))
    assert r.status_code == 200 and "Действительный сертификат" in r.content.decode()

    actions = set(AuditEvent.objects.filter(action__startswith="training.").values_list("action", flat=True))
    assert actions == {"training.cohort.created", "training.participant.enrolled", "training.attendance.saved",
                       "training.checklist.saved", "training.score.saved", "training.status.saved",
                       "training.cohort.pass_mark", "training.certificate.issued"}


def test_distance_cohort_uses_distance_activities(client, staff):
    cohort = make_cohort(client, staff, fmt="distance")
    p = enrol(client, cohort)
    r = client.post(reverse("training_centre:attendance", args=[p.pk]), full_hours("distance"))
    assert r.status_code == 302
    assert set(Attendance.objects.filter(participant=p).values_list("activity", flat=True)) == {
        "video", "webinar", "self_study"}
    assert s.progress(p).course_completed


def test_hours_bounded_by_the_course(client, staff):
    cohort = make_cohort(client, staff)
    p = enrol(client, cohort)
    data = full_hours("in_person")
    data["h-1.1-practice"] = "3"  # the course gives 2
    data["h-1.2-lecture"] = "-1"
    data["h-1.3-seminar"] = "abc"
    r = client.post(reverse("training_centre:attendance", args=[p.pk]), data)
    assert r.status_code == 400
    html = r.content.decode()
    # nothing saved, and the typed values are shown again
    assert not Attendance.objects.filter(participant=p).exists()
    assert 'value="3"' in html and 'value="abc"' in html and 'value="-1"' in html
    assert html.count('role="alert"') == 1
    # the message is in Kazakh by default and Russian under /ru/
    assert "2" in html
    r = client.post("/ru" + reverse("training_centre:attendance", args=[p.pk]), data)
    assert "от 0 до 2" in r.content.decode() or "между 0 и 2" in r.content.decode()
    with pytest.raises(s.TrainingError):
        s.save_attendance(staff, p, {("1.1", "practice"): 3})
    with pytest.raises(s.TrainingError):
        s.save_attendance(staff, p, {("9.9", "lecture"): 1})


def test_bad_input_is_answered_and_kept(client, staff):
    client.force_login(staff)
    r = client.post(reverse("training_centre:cohort_create"),
                    {"title": "Топ X", "format": "mail", "start_date": "02.03.2026", "trainers": "Б. Б."})
    assert r.status_code == 400 and not Cohort.objects.exists()
    html = r.content.decode()
    assert 'value="Топ X"' in html and "Б. Б." in html and 'value="02.03.2026"' in html

    cohort = make_cohort(client, staff)
    r = client.post(reverse("training_centre:enrol", args=[cohort.pk]),
                    {"name": "Асан", "school": "№ 5", "email": "not-an-email"})
    assert r.status_code == 400 and 'value="Асан"' in r.content.decode()
    enrol(client, cohort, name="Асан", email="asan@school.kz")
    r = client.post(reverse("training_centre:enrol", args=[cohort.pk]),
                    {"name": "Асан 2", "school": "№ 5", "email": "ASAN@school.kz"})
    assert r.status_code == 400 and Participant.objects.filter(cohort=cohort).count() == 1
    p = Participant.objects.get(cohort=cohort)

    pts = {f"p-{c['number']}": "5" for c in COURSE["rubric"]}
    pts["p-1"] = "11"
    pts["p-2"] = ""
    r = client.post(reverse("training_centre:score", args=[p.pk]), pts)
    assert r.status_code == 400 and not FinalScore.objects.exists()
    assert 'value="11"' in r.content.decode()

    r = client.post(reverse("training_centre:pass_mark", args=[cohort.pk]), {"pass_mark": "51"})
    assert r.status_code == 400 and 'value="51"' in r.content.decode()
    r = client.post(reverse("training_centre:pass_mark", args=[cohort.pk]), {"pass_mark": "-5"})
    assert r.status_code == 400 and "50" in r.content.decode() and "None" not in r.content.decode()
    cohort.refresh_from_db()
    assert cohort.pass_mark is None

    r = client.post(reverse("training_centre:checklist", args=[p.pk]), {"tick": ["99-1"]})
    assert r.status_code == 400 and not ChecklistTick.objects.exists()


def test_access_control(client, staff, teacher):
    cohort = make_cohort(client, staff)
    p = enrol(client, cohort)
    other = enrol(client, cohort, name="Бөтен", email="other@school.kz")

    # another centre's staff member: no access to this cohort
    from sanat.training_centre.models import CentreStaff

    intruder = get_user_model().objects.create_user("intruder", "i@x.kz", "pw-123456789")
    CentreStaff.objects.create(user=intruder)
    client.force_login(intruder)
    assert client.get(reverse("training_centre:cohort", args=[cohort.pk])).status_code == 403
    assert client.post(reverse("training_centre:enrol", args=[cohort.pk]),
                       {"name": "X", "school": "Y", "email": "x@y.kz"}).status_code == 403
    assert client.post(reverse("training_centre:attendance", args=[p.pk]), full_hours("in_person")).status_code == 403
    assert not Attendance.objects.exists()

    # the teacher: own record only, read-only
    client.force_login(teacher)
    own = client.get(reverse("training_centre:participant", args=[p.pk]))
    assert own.status_code == 200 and 'name="h-1.1-lecture"' not in own.content.decode()
    assert client.get(reverse("training_centre:participant", args=[other.pk])).status_code == 403
    assert client.get(reverse("training_centre:cohort", args=[cohort.pk])).status_code == 403
    assert client.post(reverse("training_centre:cohort_create"),
                       {"title": "T", "format": "in_person", "start_date": "2026-03-02"}).status_code == 403
    assert client.post(reverse("training_centre:score", args=[p.pk]),
                       {f"p-{c['number']}": "10" for c in COURSE["rubric"]}).status_code == 403
    assert client.post(reverse("training_centre:status", args=[p.pk]),
                       {"practical": "on", "defended": "on"}).status_code == 403
    assert client.post(reverse("training_centre:issue", args=[p.pk])).status_code == 403
    assert client.get(reverse("training_centre:certificate_pdf", args=[other.pk, "kk"])).status_code == 403
    page = client.get(reverse("training_centre:index")).content.decode()
    assert cohort.title in page

    # anonymous: sent to log in
    client.logout()
    r = client.get(reverse("training_centre:participant", args=[p.pk]))
    assert r.status_code == 302 and "login" in r["Location"]


def test_pages_in_both_languages_say_the_pass_mark_is_not_in_the_text(client, staff):
    cohort = make_cohort(client, staff)
    p = enrol(client, cohort)
    kk = client.get(reverse("training_centre:participant", args=[p.pk])).content.decode()
    ru = client.get(f"/ru/training/participants/{p.pk}/").content.decode()
    assert "Өту балы белгіленбеген" in kk and "Проходной балл не задан" in ru
    ru = client.get(f"/ru/training/cohorts/{cohort.pk}/").content.decode()
    assert "проходной балл итогового проекта не указан" in ru and "Расписание" in ru
    assert client.get("/training/").status_code == 200
