"""A round end to end through the pages (real catalog, real engine, real documents): application →
qualification evaluation → ПББ import → generalisation → decision → category on the profile → reminder
schedule; a returned portfolio; a refused decision; an appeal that changes the result."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest

from sanat.accounts.models import AuditEvent
from sanat.attestation import services as workspace
from sanat.attestation_procedure.models import Application, Decision, KnowledgeResult
from tests.conftest import saved_name

from .conftest import PDF, profile, teacher_with_workspace, valid_iin

pytestmark = pytest.mark.django_db
DOCS = os.environ.get("SANAT_DOCS")


def login(client, u):
    client.force_login(u)
    return client


def apply(client, s, teacher, iin, category="expert", lang="kk"):
    login(client, teacher)
    r = client.post(f"/attestation/rounds/{s.round.pk}/apply/", {"category": category, "iin": iin, "lang": lang})
    assert r.status_code == 302, r.content.decode()[:3000]
    return Application.objects.get(round=s.round, teacher=teacher)


def evaluate_all_present(client, s, app):
    login(client, s.admin)
    data = {f"present-{c.order}": "1" for c in app.checks.all()}
    r = client.post(f"/attestation/rounds/a/{app.pk}/evaluate/", data)
    assert r.status_code == 302, r.content.decode()[:3000]
    app.refresh_from_db()
    return app


def import_csv(client, s, rows: list[tuple[str, str]]):
    login(client, s.secretary)
    text = "ЖСН;балл;күні\n" + "".join(f"{i};{sc};01.03.2026\n" for i, sc in rows)
    f = io.BytesIO(text.encode())
    f.name = "results.csv"
    return client.post(f"/attestation/rounds/{s.round.pk}/results/", {"file": f})


def mark_all(client, s, app, met=True, members=("chair", "member1")):
    for name in members:
        login(client, getattr(s, name))
        data = {f"met-{st['index']}": "1" if met else "0" for st in app.snapshot["statements"]}
        data.update({f"comment-{st['index']}": f"{name}: ok" for st in app.snapshot["statements"]})
        data["lock"] = "1"
        r = client.post(f"/attestation/rounds/a/{app.pk}/marks/", data)
        assert r.status_code == 302, r.content.decode()[:3000]
    login(client, s.secretary)
    r = client.post(f"/attestation/rounds/a/{app.pk}/joint/")
    assert r.status_code == 302
    app.refresh_from_db()
    return app


def decide(client, s, app, outcome, reasons="", votes=(3, 0, 3)):
    login(client, s.secretary)
    return client.post(f"/attestation/rounds/a/{app.pk}/decide/", {
        "outcome": outcome, "votes_for": votes[0], "votes_against": votes[1], "present": votes[2], "reasons": reasons})


def test_round_end_to_end(client, setup, clock):
    s = setup
    teacher = teacher_with_workspace("aigerim")
    iin = valid_iin(11)
    # the apply page shows the engine's verdict for the category before filing
    login(client, teacher)
    page = client.get(f"/attestation/rounds/{s.round.pk}/apply/?category=expert").content.decode()
    assert "formal-ok" in page or "formal-warning" in page
    assert "МЫСАЛ" in page or "EXAMPLE" in page or 'data-example' in page
    app = apply(client, s, teacher, iin)
    snap = app.snapshot
    assert snap["category"] == "expert" and snap["position"]["id"] == "338-03-07"
    assert snap["statements"] and snap["as_of"] == clock.today().isoformat() and snap["law_edition"] is not None
    assert any(st["files"] for st in snap["statements"])
    assert iin not in str(Application.objects.filter(pk=app.pk).values().get())  # never in clear
    assert app.iin_masked.startswith("850517")

    # qualification evaluation: every required document present → complete
    assert app.checks.count() >= 1
    app = evaluate_all_present(client, s, app)
    assert app.state == Application.ADMITTED

    # the commission reads the portfolio file under the teacher's own (Kazakh) name; the read is audited
    login(client, s.member1)
    evidence = next(f["id"] for st in snap["statements"] for f in st["files"])
    r = client.get(f"/attestation/rounds/a/{app.pk}/file/{evidence}/")
    assert r.status_code == 200 and b"".join(r.streaming_content) == PDF and r["Content-Type"] == "application/pdf"
    assert saved_name(r) == "портфолио.pdf" and r["Content-Disposition"].startswith('attachment; filename="file.pdf"; ')
    assert AuditEvent.objects.filter(action="procedure.evidence.read", actor=s.member1).count() == 1

    # ПББ import (IIN-keyed, matched by the keyed hash)
    r = import_csv(client, s, [(iin, "72,5")])
    assert r.status_code == 302, r.content.decode()[:3000]
    res = KnowledgeResult.objects.get(application=app)
    assert res.score == 72.5 and res.threshold == 60 and res.passed and res.source == "imported"

    # generalisation: two members lock, the joint result is locked
    app = mark_all(client, s, app)
    assert app.joint["passed"] and app.joint["sheets"] == 2

    # decision: assign by quorum → the category on the profile with since/until → reminder schedule
    r = decide(client, s, app, "assign")
    assert r.status_code == 302, r.content.decode()[:3000]
    dec = Decision.objects.get(application=app)
    assert dec.outcome == "assign" and dec.since == clock.today()
    assert dec.until == workspace.add_months(dec.since, 60)
    ws = app.workspace
    ws.refresh_from_db()
    held = {c["code"]: c for c in ws.profile["categories"]}
    assert held["expert"] == {"code": "expert", "since": dec.since.isoformat(), "until": dec.until.isoformat()}
    v = workspace.validity(ws.profile, clock.today())
    assert v["code"] == "expert" and [x["on"] for x in v["schedule"]] == [
        workspace.add_months(dec.until, -m) for m in workspace.reminder_months()]
    login(client, teacher)
    page = client.get("/attestation/").content.decode()
    assert dec.until.strftime("%d.%m.%Y") in page  # the workspace shows dd.mm.yyyy

    # documents: protocol and extract, kk and ru, PDF and DOCX, numbered and dated
    login(client, s.secretary)
    for lang in ("kk", "ru"):
        for fmt in ("pdf", "docx"):
            r = client.get(f"/attestation/rounds/{s.round.pk}/protocol-{lang}.{fmt}")
            assert r.status_code == 200 and len(r.content) > 1000
            assert saved_name(r) == f"protocol-{s.round.pk}-{lang}.{fmt}"
            if DOCS:  # SANAT_DOCS=/dir keeps the documents for looking at them
                Path(DOCS).mkdir(parents=True, exist_ok=True)
                Path(DOCS, f"protocol-{lang}.{fmt}").write_bytes(r.content)
            r = client.get(f"/attestation/rounds/a/{app.pk}/extract-{lang}.{fmt}")
            assert r.status_code == 200 and saved_name(r) == f"decision-{dec.number.replace('/', '-')}-{lang}.{fmt}"
            if DOCS:
                Path(DOCS, f"extract-{lang}.{fmt}").write_bytes(r.content)
    from sanat.documents.pdf_text import pdf_text

    text = pdf_text(client.get(f"/attestation/rounds/a/{app.pk}/extract-ru.pdf").content)
    assert dec.number in text and "ПРИМЕР" in text and dec.until.strftime("%d.%m.%Y") in text
    text = pdf_text(client.get(f"/attestation/rounds/{s.round.pk}/protocol-kk.pdf").content)
    assert s.round.protocol_number in text and "МЫСАЛ" in text and "педагог-сарапшы" in text

    # every step audited
    acts = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"procedure.round.created", "procedure.member.added", "procedure.application.filed",
            "procedure.portfolio.checked", "procedure.knowledge.imported", "procedure.generalisation.locked",
            "procedure.generalisation.joint", "procedure.decision.recorded", "attestation.category.recorded",
            "procedure.protocol.downloaded", "procedure.extract.downloaded"} <= acts


def test_returned_portfolio_then_resubmitted(client, setup):
    s = setup
    teacher = teacher_with_workspace("bolat", map_all=False)
    app = apply(client, s, teacher, valid_iin(21))
    assert app.checks.count() >= 1
    login(client, s.admin)
    data = {f"present-{c.order}": "0" for c in app.checks.all()}
    r = client.post(f"/attestation/rounds/a/{app.pk}/evaluate/", data)  # no reasons → 400, nothing stored
    assert r.status_code == 400
    app.refresh_from_db()
    assert app.state == Application.SUBMITTED
    data.update({f"reason-{c.order}": "Құжат жоқ" for c in app.checks.all()})
    assert client.post(f"/attestation/rounds/a/{app.pk}/evaluate/", data).status_code == 302
    app.refresh_from_db()
    assert app.state == Application.RETURNED and len(app.return_list) == app.checks.count()
    login(client, teacher)
    page = client.get(f"/attestation/rounds/a/{app.pk}/").content.decode()
    assert 'id="returned"' in page and "Құжат жоқ" in page
    # the ПББ cannot be imported for a returned file
    r = import_csv(client, s, [(valid_iin(21), "90")])
    assert (r.status_code == 400 and "knowledge-test stage" in r.content.decode()) or r.status_code == 400
    login(client, teacher)
    assert client.post(f"/attestation/rounds/a/{app.pk}/resubmit/").status_code == 302
    app.refresh_from_db()
    assert app.state == Application.SUBMITTED and all(c.present is None for c in app.checks.all())


def test_refused_decision(client, setup):
    s = setup
    teacher = teacher_with_workspace("dana")
    iin = valid_iin(31)
    app = evaluate_all_present(client, s, apply(client, s, teacher, iin))
    assert import_csv(client, s, [(iin, "41")]).status_code == 302
    app.refresh_from_db()
    assert not app.knowledge.passed
    app = mark_all(client, s, app, met=False)
    assert not app.joint["passed"]
    page = login(client, s.secretary).get(f"/attestation/rounds/a/{app.pk}/").content.decode()
    assert 'id="suggested"' in page
    r = decide(client, s, app, "refuse")  # a refusal needs reasons
    assert r.status_code == 400
    r = decide(client, s, app, "refuse", votes=(1, 0, 1))  # no quorum
    assert r.status_code == 400
    r = decide(client, s, app, "refuse", reasons="ПББ шекті балдан төмен; жинақтау өтпеді")
    assert r.status_code == 302
    d = Decision.objects.get(application=app)
    assert d.outcome == "refuse" and d.since is None
    codes = [g["code"] for g in d.grounds]
    assert "test_below" in codes and "generalisation_not_passed" in codes
    ws = app.workspace
    ws.refresh_from_db()
    assert [c["code"] for c in ws.profile["categories"]] == ["moderator"]  # unchanged


def test_appeal_changes_the_result(client, setup, clock):
    s = setup
    teacher = teacher_with_workspace("erlan")
    iin = valid_iin(41)
    app = evaluate_all_present(client, s, apply(client, s, teacher, iin))
    assert import_csv(client, s, [(iin, "55")]).status_code == 302
    app.refresh_from_db()
    assert not app.knowledge.passed
    login(client, teacher)
    assert client.post(f"/attestation/rounds/a/{app.pk}/appeal/", {"text": "3-сұрақтың жауабы дұрыс"}).status_code == 302
    ap = app.appeals.get()
    # the decision waits for the appeal; a commission member (not the appeal commission) cannot decide it
    login(client, s.member1)
    assert client.post(f"/attestation/rounds/appeals/{ap.pk}/", {"upheld": "1", "new_score": "63",
                                                                  "reasons": "x"}).status_code == 403
    login(client, s.appeal1)
    r = client.post(f"/attestation/rounds/appeals/{ap.pk}/", {"upheld": "1", "new_score": "63",
                                                               "reasons": "3-сұрақ қайта есептелді"})
    assert r.status_code == 302, r.content.decode()[:2000]
    ap.refresh_from_db()
    app.refresh_from_db()
    assert ap.state == "upheld" and ap.effect == {"score": ["55", "63"], "passed": [False, True]}
    assert app.knowledge.passed and app.knowledge.source == "appeal"
    app = mark_all(client, s, app)
    assert decide(client, s, app, "assign").status_code == 302
    assert Decision.objects.get(application=app).outcome == "assign"


def test_appeal_window_closes(client, setup, clock):
    s = setup
    teacher = teacher_with_workspace("farida")
    iin = valid_iin(51)
    app = evaluate_all_present(client, s, apply(client, s, teacher, iin))
    assert import_csv(client, s, [(iin, "30")]).status_code == 302
    clock.advance(days=s.round.rules.data["appeal_days"] + 1)
    login(client, teacher)
    r = client.post(f"/attestation/rounds/a/{app.pk}/appeal/", {"text": "кеш"})
    assert r.status_code == 400 and not app.appeals.exists()


def test_confirm_a_held_category(client, setup, clock):
    s = setup
    today = clock.today()
    teacher = teacher_with_workspace("gulnar", prof=profile(held="expert",
                                                            held_until=(today + dt.timedelta(days=90)).isoformat()))
    iin = valid_iin(61)
    app = evaluate_all_present(client, s, apply(client, s, teacher, iin))
    assert import_csv(client, s, [(iin, "88")]).status_code == 302
    app = mark_all(client, s, app)
    assert decide(client, s, app, "assign").status_code == 400  # held now: confirm, not assign
    assert decide(client, s, app, "confirm").status_code == 302
    app.workspace.refresh_from_db()
    held = [c for c in app.workspace.profile["categories"] if c["code"] == "expert"]
    assert len(held) == 1 and held[0]["since"] == today.isoformat()


def test_members_do_not_see_each_others_marks_before_the_joint_result(client, setup):
    s = setup
    teacher = teacher_with_workspace("zhanna")
    iin = valid_iin(91)
    app = evaluate_all_present(client, s, apply(client, s, teacher, iin))
    assert import_csv(client, s, [(iin, "77")]).status_code == 302
    login(client, s.chair)
    data = {f"met-{st['index']}": "1" for st in app.snapshot["statements"]}
    data.update({f"comment-{st['index']}": "төрағаның құпия пікірі" for st in app.snapshot["statements"]})
    data["lock"] = "1"
    assert client.post(f"/attestation/rounds/a/{app.pk}/marks/", data).status_code == 302
    for who in (s.member1, teacher):
        page = login(client, who).get(f"/attestation/rounds/a/{app.pk}/").content.decode()
        assert "төрағаның құпия пікірі" not in page
    # a locked sheet cannot be changed; the joint result needs the quorum (2)
    login(client, s.chair)
    assert client.post(f"/attestation/rounds/a/{app.pk}/marks/", data).status_code == 400
    login(client, s.secretary)
    assert client.post(f"/attestation/rounds/a/{app.pk}/joint/").status_code == 400
