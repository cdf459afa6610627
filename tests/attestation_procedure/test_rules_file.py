"""The procedure settings file: checked with named keys; a new edition changes the stages without code."""

from __future__ import annotations

import pytest
import yaml
from django.core.management import call_command

from sanat.attestation_procedure import procedure_rules
from sanat.attestation_procedure.models import Application, RulesEdition
from sanat.attestation_procedure.services import applications, decisions, evaluation, knowledge, rounds
from sanat.attestation_procedure.services.errors import ProcedureError

from .conftest import teacher_with_workspace, valid_iin


def shipped() -> dict:
    return yaml.safe_load(procedure_rules.EXAMPLE_FILE.read_text(encoding="utf-8"))


def test_shipped_file_is_an_example_with_every_setting():
    data, _text = procedure_rules.load_file()
    assert data["example"] is True and "EXAMPLE" in data["edition"]
    assert procedure_rules.stage_codes(data) == list(procedure_rules.STAGE_CODES)
    assert set(data["knowledge_test"]["thresholds"]) == {"moderator", "expert", "researcher", "master"}
    assert data["appeal_days"] >= 0 and data["validity_years"] > 0


@pytest.mark.parametrize(("change", "key"), [
    (lambda d: d["stages"].pop(0), "stages"),
    (lambda d: d["stages"].append({"code": "interview", "days": 3}), "stages[5].code"),
    (lambda d: d["stages"][1].update(days=0), "stages[1].days"),
    (lambda d: d["knowledge_test"]["thresholds"].update(expert=120), "knowledge_test.thresholds.expert"),
    (lambda d: d["knowledge_test"]["thresholds"].update(doctor=50), "knowledge_test.thresholds.doctor"),
    (lambda d: d.pop("validity_years"), "validity_years"),
    (lambda d: d.update(example="yes"), "example"),
])
def test_bad_files_name_the_key(change, key):
    data = shipped()
    change(data)
    with pytest.raises(procedure_rules.RulesFileError) as exc:
        procedure_rules.check(data)
    assert str(exc.value).startswith(key + ":")


@pytest.mark.django_db
def test_a_new_edition_without_the_test_changes_the_procedure(setup, tmp_path, client):
    data = shipped()
    data.update(edition="2027-EXAMPLE-2", validity_years=3)
    data["stages"] = [s for s in data["stages"] if s["code"] != "knowledge_test"]
    f = tmp_path / "rules.yaml"
    f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    call_command("procedure_rules", str(f))
    assert rounds.current_rules().edition == "2027-EXAMPLE-2" and RulesEdition.objects.count() == 2
    with pytest.raises(Exception, match="редакциясы жүктелген"):
        call_command("procedure_rules", str(f))
    s = setup
    assert s.round.rules.edition == "2026-EXAMPLE-1"  # the old round keeps its edition
    rnd = rounds.create_round(s.admin, s.body.pk, title_kk="Жаңа", title_ru="", starts=s.round.starts,
                              ends=s.round.ends, quorum=1, positions=[], categories=["expert"])
    from sanat.attestation_procedure.models import Member

    rounds.add_member(s.admin, rnd, s.chair, Member.COMMISSION, Member.CHAIR)
    rounds.add_member(s.admin, rnd, s.secretary, Member.COMMISSION, Member.SECRETARY)
    rounds.set_state(s.admin, rnd, "open")
    t = teacher_with_workspace("newed")
    app = applications.apply(t, rnd, category="expert", iin=valid_iin(500), lang="ru")
    evaluation.evaluate(s.admin, app, {c.order: (True, "") for c in app.checks.all()})
    with pytest.raises(ProcedureError):
        knowledge.import_results(s.secretary, rnd, f"ИИН,балл\n{valid_iin(500)},90\n".encode())
    from sanat.attestation_procedure.services import generalisation

    app.refresh_from_db()
    generalisation.save_marks(s.chair, app, {st["index"]: (True, "") for st in app.snapshot["statements"]}, lock=True)
    generalisation.lock_joint(s.secretary, app)
    d = decisions.decide(s.secretary, app, outcome="assign", votes_for=1, votes_against=0, present=1, reasons="")
    assert d.until.year - d.since.year == 3
    app.refresh_from_db()
    assert app.state == Application.DECIDED
    client.force_login(s.secretary)
    page = client.get(f"/attestation/rounds/{rnd.pk}/").content.decode()
    assert rnd.rules.edition == "2027-EXAMPLE-2" and 'id="example-label"' in page
    assert "Педагогтердің білімін бағалау (ПББ)" not in page.split('id="stages"')[1][:600]
