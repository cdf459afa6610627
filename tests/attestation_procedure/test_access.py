"""Role and object access on every URL of the procedure, table-driven: each role against each URL.

Allowed: the page answers (200, a redirect to the app's own page, or a 400 refusal of the empty form
— never 403/404). Refused: 403. Anonymous: the log-in page. A member of another round's commission, a
teacher who is not the file's owner and an administrator of another body are refused everywhere
except the public lists."""

from __future__ import annotations

import datetime as dt

import pytest

from sanat.attestation_procedure.models import AttestingBody, BodyRole, Member
from sanat.attestation_procedure.services import (
    applications,
    decisions,
    evaluation,
    generalisation,
    knowledge,
    rounds,
)

from .conftest import teacher_with_workspace, user, valid_iin

pytestmark = pytest.mark.django_db

ROLES = ("anon", "owner", "other_teacher", "admin", "other_admin", "chair", "member", "secretary", "appeal",
         "outsider", "superuser")
STAFF = {"admin", "chair", "member", "secretary", "appeal", "superuser"}
FILE = STAFF | {"owner"}
SECRETARY = {"chair", "secretary", "superuser"}
VOTING = {"chair", "member"}
LOGGED_IN = set(ROLES) - {"anon"}

# (method, url template, roles allowed)
TABLE = [
    ("get", "/attestation/rounds/", LOGGED_IN),
    ("get", "/attestation/rounds/new/", {"admin", "other_admin", "superuser"}),
    ("post", "/attestation/rounds/new/", {"admin", "other_admin", "superuser"}),
    ("get", "/attestation/rounds/{r}/", STAFF),
    ("post", "/attestation/rounds/{r}/members/", {"admin", "superuser"}),
    ("post", "/attestation/rounds/{r}/results/", SECRETARY),
    ("get", "/attestation/rounds/{r}/protocol-kk.pdf", STAFF),
    ("get", "/attestation/rounds/{r}/protocol-ru.docx", STAFF),
    ("get", "/attestation/rounds/{r}/apply/", LOGGED_IN),
    ("get", "/attestation/rounds/a/{a}/", FILE),
    ("post", "/attestation/rounds/a/{a}/evaluate/", {"admin", "superuser"}),
    ("post", "/attestation/rounds/a/{a}/resubmit/", {"owner"}),
    ("post", "/attestation/rounds/a/{a}/score/", SECRETARY),
    ("post", "/attestation/rounds/a/{a}/marks/", VOTING),
    ("post", "/attestation/rounds/a/{a}/joint/", SECRETARY),
    ("post", "/attestation/rounds/a/{a}/decide/", SECRETARY),
    ("post", "/attestation/rounds/a/{a}/appeal/", {"owner"}),
    ("get", "/attestation/rounds/a/{a}/file/{e}/", FILE),
    ("get", "/attestation/rounds/a/{a}/extract-kk.pdf", FILE),
    ("get", "/attestation/rounds/a/{a}/extract-ru.docx", FILE),
    ("post", "/attestation/rounds/appeals/{p}/", {"appeal"}),
    ("post", "/attestation/rounds/{r}/state/closed/", {"admin", "superuser"}),  # last: it closes the round
]


@pytest.fixture
def world(setup, clock):
    """The setup round with one decided file (so every URL has an object) and an appeal, plus the
    outsiders: another teacher, another body's administrator, a member of another round."""
    s = setup
    owner = teacher_with_workspace("owner")
    iin = valid_iin(71)
    app = applications.apply(owner, s.round, category="expert", iin=iin, lang="kk")
    evaluation.evaluate(s.admin, app, {c.order: (True, "") for c in app.checks.all()})
    knowledge.import_results(s.secretary, s.round, f"ИИН,балл\n{iin},40\n".encode())
    from sanat.attestation_procedure.services import appeals

    app.refresh_from_db()
    ap = appeals.file(owner, app, "қайта қарау")
    appeals.decide(s.appeal1, ap, upheld=False, new_score="", reasons="өзгеріссіз")
    for m in (s.chair, s.member1):
        generalisation.save_marks(m, app, {st["index"]: (True, "") for st in app.snapshot["statements"]}, lock=True)
    generalisation.lock_joint(s.secretary, app)
    decisions.decide(s.secretary, app, outcome="refuse", votes_for=3, votes_against=0, present=3, reasons="ПББ")
    other_body = AttestingBody.objects.create(name_kk="Басқа мектеп")
    other_admin = user("otheradmin")
    BodyRole.objects.create(user=other_admin, body=other_body)
    outsider = user("outsider")
    other_round = rounds.create_round(other_admin, other_body.pk, title_kk="Басқа", title_ru="", starts=clock.today(),
                                      ends=clock.today() + dt.timedelta(days=5), quorum=1, positions=[],
                                      categories=["expert"])
    rounds.add_member(other_admin, other_round, outsider, Member.COMMISSION, Member.MEMBER)
    su = user("root")
    su.is_superuser = True
    su.save()
    people = {"anon": None, "owner": owner, "other_teacher": teacher_with_workspace("stranger", map_all=False),
              "admin": s.admin, "other_admin": other_admin, "chair": s.chair, "member": s.member1,
              "secretary": s.secretary, "appeal": s.appeal1, "outsider": outsider, "superuser": su}
    ids = {"r": s.round.pk, "a": app.pk, "p": ap.pk,
           "e": next(f["id"] for st in app.snapshot["statements"] for f in st["files"])}
    return people, ids


def test_every_role_on_every_url(client, world):
    """One world, the whole table: every (URL, role) pair is checked and all mismatches reported."""
    people, ids = world
    wrong = []
    for method, url, allowed in TABLE:
        path = url.format(**ids)
        answered = 0
        for role in ROLES:
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            r = getattr(client, method)(path)
            loc = r.get("Location", "")
            if role == "anon":
                ok = r.status_code == 302 and "/accounts/login/" in loc
            elif role in allowed:
                ok = r.status_code not in (403, 404) and "/accounts/login/" not in loc
                answered += r.status_code in (200, 302, 400)
            else:
                ok = r.status_code == 403
            if not ok:
                wrong.append((method, url, role, r.status_code))
        if not answered:
            wrong.append((method, url, "no allowed role answered", None))
    assert not wrong, wrong


def test_staff_list_shows_only_rounds_one_sits_on(client, world, setup):
    people, _ids = world
    client.force_login(people["outsider"])
    page = client.get("/attestation/rounds/").content.decode()
    assert "Басқа" in page and setup.round.title_kk not in page.split('id="staff"')[1]
    client.force_login(people["member"])
    page = client.get("/attestation/rounds/").content.decode()
    assert setup.round.title_kk in page.split('id="staff"')[1] and "Басқа" not in page


def test_teacher_sees_own_files_only(client, world):
    people, ids = world
    client.force_login(people["other_teacher"])
    page = client.get("/attestation/rounds/").content.decode()
    assert f"/attestation/rounds/a/{ids['a']}/" not in page
    client.force_login(people["owner"])
    page = client.get("/attestation/rounds/").content.decode()
    assert f"/attestation/rounds/a/{ids['a']}/" in page
