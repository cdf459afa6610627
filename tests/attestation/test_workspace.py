"""The attestation workspace end to end, with the real catalog and real files (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from sanat.accounts.models import AuditEvent, VerifiedEmail
from sanat.attestation import services
from sanat.attestation.models import Evidence, PlanItem, ReminderSent, SelfAssessment, Workspace
from tests.conftest import saved_name

from .profile_post import form_data

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PID = "338-03-07"
PROFILE = {
    "education": [{"level": "higher", "pedagogical": True}],
    "experience": {"pedagogical": 4},
    "categories": [{"code": "moderator", "since": "2022-01-01", "until": "2027-06-01"}],
    "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                      "title": "Pupil's prize"}],
}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def login(client, name: str, email: str = ""):
    user = get_user_model().objects.create_user(name, email=email or f"{name}@example.kz", password="x-pass-123")
    VerifiedEmail.objects.create(user=user, email=user.email)  # reminders go only to a verified address
    client.force_login(user)
    return user


def save_profile(client, profile=PROFILE, pid=PID, lang=""):
    return client.post(f"{lang}/attestation/profile/", form_data(profile, pid))


def actions(user) -> list[str]:
    return list(AuditEvent.objects.filter(actor=user).values_list("action", flat=True))


def test_whole_journey(client, catalog, media, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user = login(client, "aigerim")
    # 1. profile (form) and JSON import of a profile file
    assert client.get("/attestation/").status_code == 200
    r = save_profile(client)
    assert r.status_code == 302, r.content.decode()[:2000]
    ws = Workspace.objects.get(user=user)
    assert ws.position_id == PID and ws.profile["categories"][0]["code"] == "moderator"
    upload = SimpleUploadedFile("me.json", json.dumps(PROFILE).encode(), content_type="application/json")
    assert client.post("/attestation/profile/", {"action": "import", "profile_file": upload}).status_code == 302
    page = client.get("/attestation/").content.decode()
    assert "Барлық мамандықтардың пән мұғалімдері" in page and "01.06.2027" in page  # dates shown dd.mm.yyyy

    # 2. self-assessment: every criterion of the standard is listed, picks are stored with the date
    crits = services.criteria("kk")
    assert len(crits) > 10
    r = client.post("/attestation/self-assessment/", {"c-2.1": "expert", "c-2.2": "moderator"})
    assert r.status_code == 302
    picks = dict(SelfAssessment.objects.filter(workspace=ws).values_list("criterion", "category"))
    assert picks == {"2.1": "expert", "2.2": "moderator"}
    assert SelfAssessment.objects.get(workspace=ws, criterion="2.1").assessed_on == dt.date.today()

    # 3. evidence upload mapped to a statement of the target category and to the achievement
    dec = services.decision(ws, "kk", dt.date.today())
    master = next(c for c in dec["categories"] if c["category"] == "master")
    stmt = next(e["statement"] for e in master["evidence"] if e["status"] == "missing")
    r = client.post("/attestation/evidence/", {"title": "Diploma", "statements": [stmt], "achievement": "0",
                                               "file": SimpleUploadedFile("Әлия_диплом.pdf", PDF)})
    assert r.status_code == 302, r.content.decode()[:3000]
    ev = Evidence.objects.get(workspace=ws)
    assert ev.statements == [stmt] and ev.achievement == 0 and ev.content_type == "application/pdf"
    stored = media / "attestation" / ev.stored_name
    assert stored.read_bytes() == PDF and ev.display_name == "Әлия_диплом.pdf"
    r = client.get(f"/attestation/evidence/{ev.pk}/file/")
    assert r.status_code == 200 and b"".join(r.streaming_content) == PDF and r["Content-Type"] == "application/pdf"
    # saved under the uploaded Kazakh name (filename*=utf-8''…), with an ASCII fallback for old clients
    assert saved_name(r) == "Әлия_диплом.pdf"
    assert r["Content-Disposition"] == ("attachment; filename=\"file.pdf\"; filename*=utf-8''"
                                        "%D3%98%D0%BB%D0%B8%D1%8F_%D0%B4%D0%B8%D0%BF%D0%BB%D0%BE%D0%BC.pdf")
    # remap
    assert client.post(f"/attestation/evidence/{ev.pk}/", {"statements": [stmt], "achievement": ""}).status_code == 302
    ev.refresh_from_db()
    assert ev.achievement is None

    # 4. readiness for «master»: formal conditions with citations, statements with status, plan from gaps
    r = client.get("/attestation/readiness/?category=master")
    html = r.content.decode()
    assert r.status_code == 200 and "Diploma" in html and "blockquote" in html
    r = client.post("/attestation/readiness/", {"category": "master", "action": "generate"})
    assert r.status_code == 302
    items = list(PlanItem.objects.filter(workspace=ws, category="master"))
    assert items and {p.source for p in items} >= {"evidence", "self"}
    assert not any(stmt in p.text for p in items)  # the mapped statement has evidence
    n = len(items)
    client.post("/attestation/readiness/", {"category": "master", "action": "generate"})
    assert PlanItem.objects.filter(workspace=ws).count() == n  # not repeated
    item = items[0]
    r = client.post(f"/attestation/plan/{item.pk}/", {f"p{item.pk}-text": "Write the article",
                                                      f"p{item.pk}-due": "2026-12-31", f"p{item.pk}-done": "on"})
    assert r.status_code == 302
    item.refresh_from_db()
    assert (item.text, item.due, item.done) == ("Write the article", dt.date(2026, 12, 31), True)
    client.post("/attestation/readiness/", {"category": "master", "action": "generate"})
    assert PlanItem.objects.filter(workspace=ws).count() == n  # an edited step is not re-added
    r = client.post("/attestation/readiness/", {"category": "master", "action": "add", "text": "Visit lessons",
                                                "due": "2027-01-15"})
    assert r.status_code == 302 and PlanItem.objects.filter(workspace=ws, text="Visit lessons").exists()

    # 5. reminders: the 12-month one is due a year before 2027-06-01, sent once
    assert services.send_reminders(dt.date(2026, 5, 31)) == 0
    assert services.send_reminders(dt.date(2026, 6, 2)) == 1
    assert services.send_reminders(dt.date(2026, 6, 3)) == 0
    assert len(mail.outbox) == 1 and "01.06.2027" in mail.outbox[0].body and "2027-06-01" not in mail.outbox[0].body
    assert services.send_reminders(dt.date(2026, 12, 5)) == 1  # the 6-month one
    assert services.send_reminders(dt.date(2026, 12, 6)) == 0
    assert list(ReminderSent.objects.values_list("months", flat=True).order_by("months")) == [6, 12]
    assert AuditEvent.objects.filter(action="attestation.reminder.sent").count() == 2

    assert {"attestation.workspace.created", "attestation.profile.saved", "attestation.self_assessment.saved",
            "attestation.evidence.uploaded", "attestation.evidence.read", "attestation.evidence.mapped",
            "attestation.plan.generated", "attestation.plan.updated", "attestation.plan.added"} <= set(actions(user))


def test_reminder_task_and_missed_thresholds(catalog, media, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SANAT_ATTESTATION_REMINDER_MONTHS = (12, 6, 3)
    user = get_user_model().objects.create_user("b", email="b@example.kz")
    Workspace.objects.create(user=user, position_id=PID, profile=PROFILE)
    assert services.send_reminders(dt.date(2027, 3, 10)) == 0  # not verified: nothing is sent
    VerifiedEmail.objects.create(user=user, email=user.email)
    Workspace.objects.filter(user=user).delete()
    Workspace.objects.create(user=user, position_id=PID, profile=PROFILE)
    # created late: only the nearest passed threshold (3 months) is sent, once
    assert services.send_reminders(dt.date(2027, 3, 10)) == 1
    assert ReminderSent.objects.get().months == 3
    from sanat.attestation.tasks import attestation_reminders_daily

    attestation_reminders_daily.call_local()  # a closer reminder was sent: no earlier one follows
    assert len(mail.outbox) == 1


SITE = "https://sanat.example.kz"
KK_ONLY = re.compile(r"[әғқңөұүһі]", re.I)  # letters of Kazakh that Russian does not have


def teacher(name: str, until: dt.date, lang: str = "") -> Workspace:
    """A teacher with a verified address whose moderator category ends on ``until``."""
    user = get_user_model().objects.create_user(name, email=f"{name}@example.kz")
    VerifiedEmail.objects.create(user=user, email=user.email)
    profile = {**PROFILE, "categories": [{"code": "moderator", "since": "2022-01-01", "until": until.isoformat()}]}
    return Workspace.objects.create(user=user, position_id=PID, profile=profile, lang=lang)


def test_reminder_in_the_teachers_language_with_a_working_link(client, catalog, media, settings):
    """The mail is in the language of the workspace page the teacher opened last (only that one): the
    category's name, dd.mm.yyyy, the days left, a link to the workspace page in that language."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = SITE
    kk_user, ru_user = login(client, "kk-teacher"), login(client, "ru-teacher")
    client.force_login(kk_user)
    assert client.get("/ru/attestation/").status_code == 200
    assert client.get("/attestation/profile/").status_code == 200  # the language opened last counts
    client.force_login(ru_user)
    assert client.get("/ru/attestation/").status_code == 200
    profile = {**PROFILE, "categories": [{"code": "moderator", "since": "2022-01-01", "until": "2027-06-01"}]}
    Workspace.objects.update(profile=profile, position_id=PID)
    assert dict(Workspace.objects.values_list("user__username", "lang")) == {"kk-teacher": "kk", "ru-teacher": "ru"}

    assert services.send_reminders(dt.date(2027, 5, 11)) == 2  # 21 days before 01.06.2027
    by = {m.to[0]: m for m in mail.outbox}
    kk, ru = by[kk_user.email], by[ru_user.email]
    assert kk.subject == "sanat: біліктілік санатыңыздың мерзімі 01.06.2027 аяқталады"
    assert kk.body == ("Сіздің «педагог-модератор» біліктілік санатыңыз 01.06.2027 дейін жарамды (21 күн қалды).\n\n"
                       f"Аттестаттауды «Аттестаттау кеңістігі» бетінде жоспарлаңыз: {SITE}/attestation/")
    assert ru.subject == "sanat: срок вашей категории истекает 01.06.2027"
    assert ru.body == ("Ваша квалификационная категория «педагог-модератор» действует до 01.06.2027 "
                       "(остался 21 день).\n\n"
                       f"Спланируйте аттестацию на странице «Аттестация: рабочее место»: {SITE}/ru/attestation/")
    assert not KK_ONLY.search(ru.subject + ru.body) and "действует" not in kk.body
    # each link opens the workspace page, in the mail's language
    for m, lang, title in ((kk, "kk", "Аттестаттау кеңістігі"), (ru, "ru", "Аттестация: рабочее место")):
        (path,) = re.findall(re.escape(SITE) + r"(/\S*)", m.body)
        client.force_login(kk_user if m is kk else ru_user)
        r = client.get(path)
        assert r.status_code == 200 and r.resolver_match.view_name == "attestation:workspace"
        assert r.headers["Content-Language"] == lang and f"<h1>{title}</h1>" in r.content.decode()
    events = AuditEvent.objects.filter(action="attestation.reminder.sent")
    assert sorted(e.after["lang"] for e in events) == ["kk", "ru"]


@pytest.mark.parametrize(("days", "ru_left", "kk_left"), [
    (1, "остался 1 день", "1 күн қалды"), (3, "осталось 3 дня", "3 күн қалды"), (5, "осталось 5 дней", "5 күн қалды"),
    (11, "осталось 11 дней", "11 күн қалды"), (21, "остался 21 день", "21 күн қалды"),
    (22, "осталось 22 дня", "22 күн қалды"), (64, "осталось 64 дня", "64 күн қалды")])
def test_reminder_days_left_in_plural_forms(catalog, settings, days, ru_left, kk_left):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    today = dt.date(2027, 3, 10)
    ru, kk = teacher("ru", today + dt.timedelta(days=days), "ru"), teacher("kk", today + dt.timedelta(days=days), "kk")
    assert services.send_reminders(today) == 2
    by = {m.to[0]: m.body for m in mail.outbox}
    assert f"({ru_left})." in by[ru.user.email] and f"({kk_left})." in by[kk.user.email]


def test_reminder_without_a_known_language_is_in_kazakh(catalog, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    teacher("never-opened", dt.date(2027, 6, 1))  # a workspace made elsewhere (the eligibility page, the demo)
    assert services.send_reminders(dt.date(2027, 3, 10)) == 1
    (m,) = mail.outbox
    assert m.subject == "sanat: біліктілік санатыңыздың мерзімі 01.06.2027 аяқталады"
    assert "(83 күн қалды)" in m.body and "/ru/" not in m.body


def test_reminder_only_to_a_verified_address_once_and_retried_after_a_failure(catalog, settings, monkeypatch):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    ws = teacher("t", dt.date(2027, 6, 1), "ru")
    ws.user.email = "new@example.kz"  # changed after the proof: not verified any more
    ws.user.save()
    assert services.send_reminders(dt.date(2027, 3, 10)) == 0 and not ReminderSent.objects.exists()
    VerifiedEmail.objects.filter(user=ws.user).update(email="new@example.kz")

    def down(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(services, "send_mail", down)
    assert services.send_reminders(dt.date(2027, 3, 10)) == 0
    assert not ReminderSent.objects.exists() and not AuditEvent.objects.filter(action="attestation.reminder.sent")
    monkeypatch.undo()
    assert services.send_reminders(dt.date(2027, 3, 11)) == 1  # the next run sends it
    assert services.send_reminders(dt.date(2027, 3, 12)) == 0  # once
    (m,) = mail.outbox
    assert m.to == ["new@example.kz"] and m.subject == "sanat: срок вашей категории истекает 01.06.2027"
    assert "(осталось 82 дня)" in m.body
    assert AuditEvent.objects.filter(action="attestation.reminder.sent").count() == 1


def test_add_months():
    assert services.add_months(dt.date(2027, 3, 31), -1) == dt.date(2027, 2, 28)
    assert services.add_months(dt.date(2027, 6, 1), -12) == dt.date(2026, 6, 1)


def test_other_users_cannot_see_workspace(client, catalog, media):
    owner = login(client, "owner")
    save_profile(client)
    client.post("/attestation/evidence/", {"title": "Mine", "file": SimpleUploadedFile("a.png", PNG)})
    ev = Evidence.objects.get()
    client.post("/attestation/readiness/", {"category": "master", "action": "generate"})
    item = PlanItem.objects.filter(workspace__user=owner).first()
    assert item is not None
    client.logout()
    # anonymous: log-in page
    r = client.get(f"/attestation/evidence/{ev.pk}/file/")
    assert r.status_code == 302 and "/accounts/login/" in r["Location"]
    login(client, "intruder")
    assert client.get(f"/attestation/evidence/{ev.pk}/file/").status_code == 404
    assert client.get(f"/attestation/evidence/{ev.pk}/").status_code == 404
    assert client.post(f"/attestation/evidence/{ev.pk}/", {"statements": []}).status_code == 404
    assert client.post(f"/attestation/plan/{item.pk}/", {f"p{item.pk}-text": "x"}).status_code == 404
    assert "Mine" not in client.get("/attestation/evidence/").content.decode()
    item.refresh_from_db()
    assert item.text != "x"
    assert not AuditEvent.objects.filter(action="attestation.evidence.read").exists()


@pytest.mark.parametrize("lang,expect", [("", "JSON"), ("/ru", "JSON")])
def test_bad_profile_file_keeps_the_stored_profile(client, catalog, media, lang, expect):
    user = login(client, "c")
    bad = SimpleUploadedFile("p.json", b'{"education": [{"level": "higher"}], "experience": {')
    r = client.post(f"{lang}/attestation/profile/", {"action": "import", "profile_file": bad})
    html = r.content.decode()
    assert r.status_code == 400 and expect in html and "role=\"alert\"" in html
    bad = SimpleUploadedFile("p.json", b'{"education": [{"level": "phd"}]}')
    r = client.post(f"{lang}/attestation/profile/", {"action": "import", "profile_file": bad})
    assert r.status_code == 400 and "education[0].level" in r.content.decode()
    r = client.post(f"{lang}/attestation/profile/", form_data(PROFILE, "nope"))
    assert r.status_code == 400 and "role=\"alert\"" in r.content.decode()
    assert Workspace.objects.get(user=user).profile == {}


def test_messages_translated(client, catalog, media):
    login(client, "d")
    kk = client.post("/attestation/profile/", form_data(PROFILE, "")).content.decode()
    ru = client.post("/ru/attestation/profile/", form_data(PROFILE, "")).content.decode()
    assert "Choose your post" not in kk and "Choose your post" not in ru
    assert "Выберите вашу должность" in ru and "Лауазымыңызды таңдаңыз" in kk


def test_bad_upload_rejected_and_fields_kept(client, catalog, media):
    user = login(client, "e")
    save_profile(client)
    r = client.post("/attestation/evidence/", {"title": "Fake", "file": SimpleUploadedFile("x.pdf", b"MZ\x90 not pdf")})
    html = r.content.decode()
    assert r.status_code == 400 and 'value="Fake"' in html and "role=\"alert\"" in html
    assert not Evidence.objects.exists() and not list((media / "attestation").iterdir())
    r = client.post("/attestation/evidence/", {"title": "", "file": SimpleUploadedFile("a.pdf", PDF)})
    assert r.status_code == 400 and not Evidence.objects.exists()
    r = client.post("/attestation/evidence/", {"title": "x", "statements": ["not a statement"],
                                               "file": SimpleUploadedFile("a.pdf", PDF)})
    assert r.status_code == 400
    r = client.post("/attestation/self-assessment/", {"c-2.1": "grandmaster"})
    assert r.status_code == 400 and not SelfAssessment.objects.exists()
    ws = Workspace.objects.get(user=user)
    client.post("/attestation/readiness/", {"category": "master", "action": "generate"})
    item = ws.plan.first()
    r = client.post(f"/attestation/plan/{item.pk}/", {f"p{item.pk}-text": "t", f"p{item.pk}-due": "2026-13-45"})
    assert r.status_code == 400 and "ЖЖЖЖ-АА-КК" in r.content.decode()
    item.refresh_from_db()
    assert item.text != "t"


@pytest.mark.parametrize("lang", ["", "/ru"])
def test_every_page_renders_in_both_languages(client, catalog, media, lang):
    login(client, f"f{lang.strip('/')}")
    assert client.get(f"{lang}/attestation/readiness/").status_code == 302  # no profile yet → profile page
    assert save_profile(client, lang=lang).status_code == 302
    client.post(f"{lang}/attestation/evidence/", {"title": "P", "file": SimpleUploadedFile("p.png", PNG)})
    client.post(f"{lang}/attestation/readiness/", {"action": "generate"})
    ev, item = Evidence.objects.get(), PlanItem.objects.first()
    for url in ("", "profile/", "self-assessment/", "evidence/", f"evidence/{ev.pk}/", "readiness/",
                f"plan/{item.pk}/"):
        r = client.get(f"{lang}/attestation/{url}")
        assert r.status_code == 200, url
        html = r.content.decode()
        assert ("Моя аттестация" if lang else "Менің аттестаттауым") in html
        assert "Self-assessment" not in html


def test_engine_refusal_is_a_form_error(client, catalog, media, monkeypatch):
    from sanat.attestation import views
    from sanat.rules.profile import ProfileError

    def refuse(*args, **kwargs):
        raise ProfileError("experience.periods[0]", "ends before it starts")

    monkeypatch.setattr(views, "decide", refuse)
    user = login(client, "g")
    r = client.post("/ru/attestation/profile/", form_data(PROFILE, PID))
    html = r.content.decode()
    assert r.status_code == 400 and 'role="alert"' in html and "experience.periods[0]" in html
    assert "Профиль не соответствует" in html and "Pupil" in html  # the input is kept
    assert Workspace.objects.get(user=user).profile == {}


def test_category_and_achievement_rows(client, catalog, media):
    user = login(client, "h")
    profile = json.loads(json.dumps(PROFILE))
    profile["categories"].append({"code": "expert", "since": "2025-05-01", "until": "2031-05-01"})
    assert save_profile(client, profile).status_code == 302
    ws = Workspace.objects.get(user=user)
    assert [c for c in ws.profile["categories"] if c["code"] == "expert"] == [
        {"code": "expert", "since": "2025-05-01", "until": "2031-05-01"}]
    assert services.validity(ws.profile, dt.date(2026, 1, 1))["until"] == dt.date(2031, 5, 1)
    data = form_data(profile, PID)
    data["categories-1-until"] = "2024-01-01"
    r = client.post("/ru/attestation/profile/", data)
    assert r.status_code == 400 and "раньше" in r.content.decode()
    data = form_data(profile, PID)
    data.update({"achievements-1-kind": "publication", "achievements-1-level": "oblast",
                 "achievements-1-date": "2025-02-30", "achievements-1-title": "Article"})
    r = client.post("/attestation/profile/", data)
    assert r.status_code == 400 and 'value="Article"' in r.content.decode()
    data["achievements-1-date"] = "2025-02-28"
    assert client.post("/attestation/profile/", data).status_code == 302
    ws.refresh_from_db()
    assert ws.profile["achievements"][-1] == {"kind": "publication", "level": "oblast", "result": "participant",
                                              "date": "2025-02-28", "title": "Article"}
    assert AuditEvent.objects.filter(actor=user, action="attestation.profile.saved").count() == 2
