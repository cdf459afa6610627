"""E-mails to candidates: in the language the candidate applied in, only that one, with an absolute link to
the application that opens it for that candidate (and for nobody else)."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from sanat.hiring.models import Application
from sanat.hiring.services import applications, competitions

from .conftest import PDF, apply_as, meet, valid_iin
from .test_flow import full_flow

SITE = "https://sanat.example.kz"
KK_ONLY = re.compile(r"[әғқңөұүһі]", re.I)   # letters of Kazakh that Russian does not have


def kazakh_in(body: str) -> bool:
    """Any Kazakh letter outside the order numbers the Russian document list cites («№ ҚР ДСМ-175/2020»)."""
    return bool(KK_ONLY.search(body.replace("ҚР ДСМ", "")))


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE


def apply_in(lang: str, client, world, user, posts=None):
    """Apply through the page in ``lang`` (the UI language the candidate uses)."""
    client.force_login(user)
    prefix = "/ru" if lang == "ru" else ""
    born = dt.date(1991, 5, 17)
    data = {"idempotency_key": str(uuid.uuid4()), "posts": [str(p.pk) for p in posts or [world.math]],
            "last_name": "Ахметов", "first_name": "Ерлан", "iin": valid_iin(born, "M", start=user.pk * 10),
            "birth_date": born.isoformat(), "email": user.email, "consent": "on"}
    r = client.post(f"{prefix}/hiring/c/{world.comp.pk}/apply/", data)
    assert r.status_code == 302, r.content.decode()[:2000]
    return Application.objects.get(candidate=user)


def link_of(body: str) -> str:
    urls = re.findall(re.escape(SITE) + r"(/\S*)", body)
    assert len(urls) == 1, body
    return urls[0]


def test_the_language_of_the_page_is_stored_when_applying(client, world):
    assert apply_in("kk", client, world, world.cand).lang == "kk"
    assert apply_in("ru", client, world, world.cand2).lang == "ru"


def test_returned_and_accepted_mails_in_the_candidates_language_with_a_working_link(
        client, world, django_capture_on_commit_callbacks):
    kk_app = apply_in("kk", client, world, world.cand)
    ru_app = apply_in("ru", client, world, world.cand2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        applications.check(world.secretary, kk_app, accept=False, reasons="")
        applications.check(world.secretary, ru_app, accept=False, reasons="")
    by = {m.to[0]: m for m in mail.outbox}
    kk, ru = by[world.cand.email], by[world.cand2.email]
    # Kazakh only
    assert kk.subject == "Құжаттарыңыз қайтарылды" and "/" not in kk.subject
    assert "Мұғалімдер конкурсы" in kk.body and "Конкурс учителей" not in kk.body
    assert "Ваше заявление" not in kk.body and "Ереже (дереккөзде тек орыс тілінде берілген):" in kk.body
    assert "Құжаттар (дереккөзде тек орыс тілінде аталған):\n1. заявление об участии" in kk.body  # says so
    assert "004:L28" in kk.body and link_of(kk.body) == f"/hiring/a/{kk_app.pk}/"
    # Russian only (no letter that only Kazakh has), the link with the /ru/ prefix
    assert ru.subject == "Ваши документы возвращены"
    assert "Конкурс учителей" in ru.body and not kazakh_in(ru.body), ru.body
    assert "004:L28" in ru.body and link_of(ru.body) == f"/ru/hiring/a/{ru_app.pk}/"
    # the link opens the application for its candidate, in that language; for another user it is refused
    client.force_login(world.cand2)
    page = client.get(link_of(ru.body))
    assert page.status_code == 200 and 'lang="ru"' in page.content.decode()
    assert client.get(link_of(kk.body)).status_code == 403
    client.force_login(world.cand)
    assert client.get(link_of(kk.body)).status_code == 200
    assert client.get(link_of(ru.body)).status_code == 403
    client.logout()
    assert client.get(link_of(kk.body)).status_code == 302    # anonymous: to the login page
    # completed and accepted: the same language again
    for app, user, lang in ((kk_app, world.cand, "kk"), (ru_app, world.cand2, "ru")):
        for r in app.competition.requirements.filter(condition="always"):
            applications.store_upload(user, app, r, SimpleUploadedFile(f"d{r.number}.pdf", PDF + bytes([r.number])))
        with translation.override(lang):
            applications.resubmit(user, app)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        applications.check(world.secretary, kk_app, accept=True)
        applications.check(world.secretary, ru_app, accept=True)
    by = {m.to[0]: m for m in mail.outbox}
    assert by[world.cand.email].subject == "Өтініміңіз қабылданды"
    assert by[world.cand2.email].subject == "Ваше заявление принято"
    assert link_of(by[world.cand2.email].body) == f"/ru/hiring/a/{ru_app.pk}/"


def test_decision_mail_in_the_candidates_language(world, clock, django_capture_on_commit_callbacks):
    comp, a, b = full_flow(world, clock)
    Application.objects.filter(pk=b.pk).update(lang="ru")   # the second candidate applied in Russian
    comp = meet(world.secretary, comp)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        competitions.record_decision(world.secretary, comp, world.math, a.pk, "Тағайындауға ұсыну")
    body = {m.to[0]: m.body for m in mail.outbox}
    subject = {m.to[0]: m.subject for m in mail.outbox}
    assert subject[world.cand.email] == "Конкурс шешімі" and subject[world.cand2.email] == "Решение конкурса"
    assert "Комиссия сізді осы лауазымға таңдады." in body[world.cand.email]
    assert "Математика мұғалімі" in body[world.cand.email] and "15,00" in body[world.cand.email]
    assert "Комиссия выбрала другого кандидата." in body[world.cand2.email]
    assert "Учитель математики" in body[world.cand2.email] and not kazakh_in(body[world.cand2.email])
    assert link_of(body[world.cand.email]) == f"/hiring/a/{a.pk}/"
    assert link_of(body[world.cand2.email]) == f"/ru/hiring/a/{b.pk}/"


@pytest.mark.parametrize("languages,expected", [(["ru", "kk"], "ru"), (["kk", "ru"], "kk"), ([], "kk")])
def test_an_application_without_a_stored_language_gets_the_competitions_first(
        world, languages, expected, django_capture_on_commit_callbacks):
    app = apply_as(world.cand, world.comp, [world.math], docs=[])
    Application.objects.filter(pk=app.pk).update(lang="")          # as stored before the field existed
    world.comp.languages = languages
    world.comp.save(update_fields=["languages"])
    app = Application.objects.get(pk=app.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        applications.check(world.secretary, app, accept=False, reasons="")
    (msg,) = mail.outbox
    assert msg.subject == {"ru": "Ваши документы возвращены", "kk": "Құжаттарыңыз қайтарылды"}[expected]
    assert link_of(msg.body) == ("/ru" if expected == "ru" else "") + f"/hiring/a/{app.pk}/"



def test_resubmitting_in_the_other_language_switches_the_mails(client, world, django_capture_on_commit_callbacks):
    app = apply_in("kk", client, world, world.cand)
    applications.check(world.secretary, app, accept=False, reasons="Құжат 1 оқылмайды")
    client.post(f"/ru/hiring/a/{app.pk}/resubmit/")
    app.refresh_from_db()
    assert app.state == "submitted" and app.lang == "ru"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        applications.check(world.secretary, app, accept=False, reasons="")
    assert mail.outbox[0].subject == "Ваши документы возвращены"
