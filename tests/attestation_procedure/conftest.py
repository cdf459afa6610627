"""Fixtures for the attestation procedure: a body, a round with both commissions, teachers with real
workspaces (the real catalog post 338-03-07, real engine decisions), and a movable clock."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from sanat.attestation import services as workspace
from sanat.attestation_procedure.models import AttestingBody, BodyRole, Member
from sanat.attestation_procedure.services import rounds
from sanat.hiring import iin as iin_mod

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PID = "338-03-07"


def profile(held_until: str = "2027-06-01", held: str = "moderator") -> dict:
    return {
        "education": [{"level": "higher", "pedagogical": True}],
        "experience": {"pedagogical": 6},
        "categories": [{"code": held, "since": "2022-01-01", "until": held_until}],
        "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                          "title": "Pupil's prize"}],
    }


def valid_iin(serial: int, born: dt.date = dt.date(1985, 5, 17), sex: str = "F") -> str:
    while (value := iin_mod.make(born, sex, serial)) is None:
        serial += 1
    return value


class Clock:
    def __init__(self):
        self.offset = dt.timedelta(0)

    def now(self):
        return timezone.now() + self.offset

    def today(self):
        return timezone.localtime(self.now()).date()

    def advance(self, **kw):
        self.offset += dt.timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr("sanat.attestation_procedure.services.clock.now", c.now)
    monkeypatch.setattr("sanat.attestation_procedure.services.clock.today", c.today)
    return c


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def user(name: str, **kw):
    return get_user_model().objects.create_user(name, password="x-pass-123", first_name=kw.get("first", name.title()),
                                                last_name=kw.get("last", "Test"), email=f"{name}@example.kz")


def teacher_with_workspace(name: str, prof: dict | None = None, map_all: bool = True, category: str = "expert"):
    """A teacher whose workspace holds the profile and one PDF mapped to every required statement of
    ``category`` that the engine ties to an evidence kind (``map_all=False``: no file mapped)."""
    u = user(name)
    ws = workspace.workspace_for(u)
    workspace.save_profile(u, ws, PID, prof or profile())
    if map_all:
        dec = workspace.decision(ws, "kk", timezone.localdate())
        cat = next(c for c in dec["categories"] if c["category"] == category)
        stmts = [e["statement"] for e in cat["evidence"] if not e["optional"] and e["kind"]]
        workspace.store_upload(u, ws, SimpleUploadedFile("портфолио.pdf", PDF), "Портфолио", stmts, 0)
    return u


@pytest.fixture
def setup(db, catalog, media, clock):
    """A body with its administrator, an open round for expert and moderator with a commission of
    chair + 2 members + secretary (quorum 2) and an appeal commission of 2."""
    return make_round(clock)


def make_round(clock) -> SimpleNamespace:
    body = AttestingBody.objects.create(kind=AttestingBody.ORGANISATION, name_kk="№ 5 мектеп-гимназия",
                                        name_ru="Школа-гимназия № 5")
    admin = user("bodyadmin")
    BodyRole.objects.create(user=admin, body=body)
    today = clock.today()
    rnd = rounds.create_round(admin, body.pk, title_kk="2026 жылғы көктемгі аттестаттау",
                              title_ru="Весенняя аттестация 2026", starts=today - dt.timedelta(days=1),
                              ends=today + dt.timedelta(days=60), quorum=2, positions=[],
                              categories=["moderator", "expert"])
    people = {}
    for name, board, role in (("chair", Member.COMMISSION, Member.CHAIR), ("member1", Member.COMMISSION, Member.MEMBER),
                              ("member2", Member.COMMISSION, Member.MEMBER),
                              ("secretary", Member.COMMISSION, Member.SECRETARY),
                              ("appealchair", Member.APPEAL, Member.CHAIR), ("appeal1", Member.APPEAL, Member.MEMBER)):
        people[name] = user(name)
        rounds.add_member(admin, rnd, people[name], board, role, position="мұғалім")
    rounds.set_state(admin, rnd, "open")
    return SimpleNamespace(body=body, admin=admin, round=rnd, **people)
