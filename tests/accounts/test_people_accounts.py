"""Accounts a newcomer can use: the header says who is logged in, sign-up refuses weak passwords, the
password is reset by e-mail (through the Huey queue), e-mail addresses are verified before records keyed
by them are linked, and the 403/404/500 pages are the site's own in kk and ru."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from sanat.accounts.models import AuditEvent

pytestmark = pytest.mark.django_db

SIGNUP = {"username": "aigerim", "email": "Aigerim@Example.kz", "first_name": "Айгерім", "last_name": "Сапарова"}


@pytest.fixture(autouse=True)
def locmem(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_header_shows_who_and_role_and_nav_follows_the_role(client):
    page = client.get("/ru/").content.decode()
    assert 'id="login-link"' in page and "Регистрация" in page and 'id="logout"' not in page
    assert "/attestation/" not in page and "/training/" not in page  # login-only parts hidden
    user = get_user_model().objects.create_user("t1", password="x-pass-123", first_name="Айгерім")
    client.force_login(user)
    page = client.get("/ru/").content.decode()
    assert 'id="who-name">Айгерім<' in page and 'id="who-role">Педагог или кандидат<' in page
    assert 'id="logout"' in page and "/ru/attestation/" in page
    page = client.get("/ru/hiring/").content.decode()
    assert 'id="new-competition"' not in page  # a candidate sees no staff links


@pytest.mark.parametrize("password", ["1", "12345678", "password1", "aigerim123"])
def test_signup_refuses_weak_passwords_in_the_users_language(client, password):
    r = client.post("/ru/accounts/signup/", {**SIGNUP, "password1": password, "password2": password})
    assert r.status_code == 400 and not get_user_model().objects.exists()
    assert 'value="Сапарова"' in r.content.decode()  # input kept


def test_signup_sends_a_verification_link_and_verifying_links_training_records(client, catalog):
    from sanat.training_centre.models import Cohort, Participant

    cohort = Cohort.objects.create(title="C", format=Cohort.IN_PERSON, start_date=dt.date(2026, 1, 12), trainers="T")
    waiting = Participant.objects.create(cohort=cohort, name="Айгерім", school="№5", email="aigerim@example.kz")
    r = client.post("/accounts/signup/", {**SIGNUP, "password1": "Tau-Samal-2026", "password2": "Tau-Samal-2026"})
    assert r.status_code == 302
    user = get_user_model().objects.get(username="aigerim")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["aigerim@example.kz"]
    link = re.search(r"https?://[^/]+(/accounts/verify/[^/\s]+/)", mail.outbox[0].body).group(1)
    assert 'id="verify-note"' in client.get("/").content.decode()
    waiting.refresh_from_db()
    assert waiting.user is None  # not linked before the address is proved
    assert client.get(link).status_code == 302
    waiting.refresh_from_db()
    assert waiting.user == user
    assert 'id="verify-note"' not in client.get("/").content.decode()
    assert AuditEvent.objects.filter(action="account.email.verified", object_id=str(user.pk)).exists()
    assert client.get("/accounts/verify/bogus/").status_code == 302  # a bad link: a message, no error


def test_enrolment_links_only_a_verified_account(client, catalog):
    from sanat.accounts.models import VerifiedEmail
    from sanat.training_centre import services as tc
    from sanat.training_centre.models import CentreStaff, Cohort

    staff = get_user_model().objects.create_user("staff", password="x-pass-123")
    CentreStaff.objects.create(user=staff)
    cohort = Cohort.objects.create(title="C", format=Cohort.IN_PERSON, start_date=dt.date(2026, 1, 12), trainers="T")
    cohort.staff.add(staff)
    squatter = get_user_model().objects.create_user("first", email="owner@example.kz")  # registered first
    owner = get_user_model().objects.create_user("owner", email="owner@example.kz")
    VerifiedEmail.objects.create(user=owner, email="owner@example.kz")
    p = tc.enrol(staff, cohort, name="O", school="S", email="OWNER@example.kz")
    assert p.user == owner and p.user != squatter


def test_password_reset_by_email(client):
    user = get_user_model().objects.create_user("r1", email="r1@example.kz", password="Old-Pass-2026")
    r = client.post("/ru/accounts/password-reset/", {"email": "r1@example.kz"})
    assert r.status_code == 302 and len(mail.outbox) == 1
    msg = mail.outbox[0]
    assert "sanat" in msg.subject and "Откройте ссылку" in msg.body
    path = re.search(r"https?://[^/]+(/\S+/reset/\S+/)", msg.body).group(1)
    r = client.get(path, follow=True)
    assert r.status_code == 200
    form_url = r.redirect_chain[-1][0] if r.redirect_chain else path
    r = client.post(form_url, {"new_password1": "1", "new_password2": "1"})
    assert r.status_code == 200 and "короткий" in r.content.decode()
    r = client.post(form_url, {"new_password1": "New-Steppe-2026", "new_password2": "New-Steppe-2026"})
    assert r.status_code == 302
    user.refresh_from_db()
    assert user.check_password("New-Steppe-2026")
    # an unknown address: the same answer, no message
    assert client.post("/accounts/password-reset/", {"email": "nobody@example.kz"}).status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("lang,words403,words404", [("", "Бұл бет сізге ашық емес", "Бет табылмады"),
                                                     ("/ru", "Эта страница вам недоступна", "Страница не найдена")])
def test_own_error_pages_in_kk_and_ru(client, settings, lang, words403, words404):
    settings.DEBUG = False
    user = get_user_model().objects.create_user("c1", password="x-pass-123")
    client.force_login(user)
    r = client.get(f"{lang}/hiring/manage/new/")
    assert r.status_code == 403
    page = r.content.decode()
    assert words403 in page and 'id="error-home"' in page and 'class="top"' in page and "Forbidden" not in page
    r = client.get(f"{lang}/no-such-page/")
    assert r.status_code == 404 and words404 in r.content.decode()


def test_500_page_in_the_layout(rf):
    from django.contrib.auth.models import AnonymousUser

    from sanat.web.errors import server_error

    request = rf.get("/ru/")
    request.user = AnonymousUser()
    r = server_error(request)
    assert r.status_code == 500 and b"error-home" in r.content


@pytest.mark.parametrize("prefix,subject,words", [
    ("", "sanat: электрондық поштаңызды растаңыз", "sanat: жаңа құпиясөз таңдаңыз"),
    ("/ru", "sanat: подтвердите адрес электронной почты", "sanat: выберите новый пароль")])
def test_account_mails_in_the_users_language_link_to_the_public_address(client, settings, prefix, subject, words):
    """Verification and password reset: the language the user asked in, the link with its prefix and the
    public site address (SANAT_SITE_URL), not the Host the request came with; the links work."""
    settings.SITE_URL = "https://sanat.example.kz"
    r = client.post(f"{prefix}/accounts/signup/", {**SIGNUP, "password1": "Tau-Samal-2026", "password2": "Tau-Samal-2026"},
                    HTTP_HOST="127.0.0.1")
    assert r.status_code == 302
    (verify,) = mail.outbox
    assert verify.subject == subject
    path = re.search(r"https://sanat\.example\.kz(/\S+)", verify.body).group(1)
    assert path.startswith(f"{prefix}/accounts/verify/") and "127.0.0.1" not in verify.body
    assert client.get(path).status_code == 302
    user = get_user_model().objects.get(username="aigerim")
    assert AuditEvent.objects.filter(action="account.email.verified", object_id=str(user.pk)).exists()
    client.logout()
    mail.outbox.clear()
    client.post(f"{prefix}/accounts/password-reset/", {"email": "aigerim@example.kz"}, HTTP_HOST="127.0.0.1")
    (reset,) = mail.outbox
    assert reset.subject == words
    path = re.search(r"https://sanat\.example\.kz(/\S+)", reset.body).group(1)
    assert path.startswith(f"{prefix}/accounts/reset/")
    assert client.get(path, follow=True).status_code == 200
