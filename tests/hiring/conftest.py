"""Fixtures for hiring: a published competition with its commission, and a movable clock."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from sanat.hiring import iin as iin_mod

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def pdf(name: str = "doc.pdf", extra: bytes = b"") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF + extra, content_type="application/pdf")


def valid_iin(born: dt.date = dt.date(1990, 1, 1), sex: str = "F", start: int = 1) -> str:
    """A valid IIN, distinct for each ``start`` (callers pass ``user.pk * 10``: on PostgreSQL ids keep
    growing across tests, so past the 4-digit serial the birth date moves on by a day per 10,000)."""
    serial = start
    while (value := iin_mod.make(born + dt.timedelta(days=serial // 10_000), sex, serial % 10_000)) is None:
        serial += 1
    return value


@pytest.fixture(autouse=True)
def english_messages():
    """Service messages are asserted in English (msgids); pages choose their language per request."""
    from django.utils import translation

    with translation.override("en"):
        yield


class Clock:
    """Replaces ``sanat.hiring.services.clock.now`` (also seen by the live server's thread)."""

    def __init__(self):
        self.offset = dt.timedelta(0)

    def now(self):
        return timezone.now() + self.offset

    def advance(self, **kwargs):
        self.offset += dt.timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr("sanat.hiring.services.clock.now", c.now)
    return c


@pytest.fixture
def private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # tests only: fast users
    return settings.MEDIA_ROOT


def make_user(username: str, **extra):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(username=username, password="pw-" + username, email=f"{username}@example.kz",
                                                first_name=extra.get("first_name", username.title()),
                                                last_name=extra.get("last_name", "Test"))


def build_world(publish: bool = True):
    """Organisation, administrator, secretary, two voting members, two candidates, a competition with two posts."""
    from sanat.hiring.models import Organisation, StaffRole
    from sanat.hiring.services import competitions, sheets

    org = Organisation.objects.create(name_kk="№1 мектеп", name_ru="Школа №1")
    admin = make_user("orgadmin")
    StaffRole.objects.create(user=admin, organisation=org, role=StaffRole.ADMIN)
    viewer = make_user("viewer")
    StaffRole.objects.create(user=viewer, organisation=org, role=StaffRole.VIEWER)
    secretary, m1, m2 = make_user("secretary"), make_user("member1"), make_user("member2")
    cand, cand2, outsider = make_user("cand"), make_user("cand2"), make_user("outsider")
    sheets.ensure_example_sheet()
    now = timezone.now()
    comp = competitions.create_competition(admin, org, title_kk="Мұғалімдер конкурсы", title_ru="Конкурс учителей",
                                           accepts_from=now - dt.timedelta(hours=1),
                                           accepts_until=now + dt.timedelta(days=2), languages=["kk", "ru"],
                                           quorum=None, contacts="")
    math = competitions.add_post(admin, comp, title_kk="Математика мұғалімі", title_ru="Учитель математики",
                                 rate=Decimal("0.75"), salary_floor=Decimal("117508"), catalog_position_id="338-03-07")
    custom = competitions.add_post(admin, comp, title_kk="Инклюзияны қолдау кабинетінің әдіскері",
                                   title_ru="Методист кабинета поддержки инклюзии", rate=Decimal("1"),
                                   salary_floor=None, no_regulation_basis=True)
    competitions.add_member(admin, comp, secretary, "secretary", "Хатшы")
    competitions.add_member(admin, comp, m1, "chair", "Директор")
    competitions.add_member(admin, comp, m2, "member", "Орынбасар")
    if publish:
        comp = competitions.publish(admin, comp)
    return SimpleNamespace(org=org, admin=admin, viewer=viewer, secretary=secretary, m1=m1, m2=m2, cand=cand,
                           cand2=cand2, outsider=outsider, comp=comp, math=math, custom=custom)


@pytest.fixture
def world(db, private_media):
    return build_world()


def apply_as(user, comp, posts, *, iin=None, key=None, docs="all"):
    """Apply via the service and upload documents: ``all`` required ones, or a list of numbers."""
    from sanat.hiring.services import applications

    app, _created = applications.apply(
        user, comp, post_ids=[p.pk for p in posts], iin=iin or valid_iin(start=user.pk * 10),
        birth_date=iin_mod.parse(iin or valid_iin(start=user.pk * 10)).birth_date, last_name=user.last_name,
        first_name=user.first_name, middle_name="", email=user.email, phone="", idempotency_key=key or uuid.uuid4())
    numbers = [r.number for r in comp.requirements.all() if r.condition == "always"] if docs == "all" else docs
    for r in comp.requirements.filter(number__in=numbers):
        applications.store_upload(user, app, r, pdf(f"doc{r.number}.pdf", extra=f"{user.pk}-{r.number}".encode()))
    return app


def score_all(member, app, picks: dict[str, str], lock: bool = True):
    """Score by criterion code → option code."""
    from sanat.hiring.models import Option
    from sanat.hiring.services import scoring

    sheet = app.competition.sheet
    choices = {}
    for crit in sheet.criteria.all():
        opt = Option.objects.get(criterion=crit, code=picks[crit.code])
        choices[crit.pk] = opt.pk
    return scoring.save_scores(member, app, choices, lock=lock)


def bytes_io(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


@pytest.fixture(autouse=True)
def _loaded_catalog(request):
    """A competition copies its document list from the loaded edition's vacancy notice, and verdicts and
    announcements read its positions: load the real catalog wherever a test uses the database."""
    if {"db", "transactional_db", "live_server"} & set(request.fixturenames) or request.node.get_closest_marker(
            "django_db"):
        request.getfixturevalue("catalog_live" if "live_server" in request.fixturenames or "transactional_db"
                                in request.fixturenames else "catalog")


MEETING_PLACE = "Астана қ., Абай даңғылы 10, мәжіліс залы"


def meet(actor, comp, *, number: str = "7-к", place: str = MEETING_PLACE, date=None):
    """Enter the protocol's number and the meeting's date and place (needed before the decisions):
    by default the meeting is held on the acceptance window's last day."""
    from sanat.hiring.services import competitions

    date = date or timezone.localtime(comp.accepts_until).date()
    return competitions.set_meeting(actor, comp, protocol_number=number, meeting_date=date, meeting_place=place)
