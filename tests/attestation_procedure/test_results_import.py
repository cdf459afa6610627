"""ПББ results import: CSV and XLSX from the testing organisation, IIN-keyed, matched by the keyed hash;
row errors named by row and column in kk and ru; all-or-nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.utils import translation
from openpyxl import Workbook

from sanat.attestation_procedure.models import KnowledgeResult
from sanat.attestation_procedure.services import applications, evaluation, knowledge

from .conftest import teacher_with_workspace, valid_iin

pytestmark = pytest.mark.django_db


@pytest.fixture
def admitted(setup):
    out = []
    for n, (name, born) in enumerate((("t1", dt.date(1985, 5, 17)), ("t2", dt.date(2003, 2, 1)))):
        t = teacher_with_workspace(name)
        iin = valid_iin(100 + n, born=born)
        app = applications.apply(t, setup.round, category="expert", iin=iin, lang="kk")
        evaluation.evaluate(setup.admin, app, {c.order: (True, "") for c in app.checks.all()})
        out.append((app, iin))
    return out


def xlsx(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_with_numeric_iin_keeps_the_leading_zero(setup, admitted):
    (a1, i1), (a2, i2) = admitted
    assert i2.startswith("0")  # born 2003: the IIN starts with 03…
    data = xlsx([("ИИН", "Балл", "Дата"), (int(i1), 61, dt.datetime(2026, 3, 1)), (int(i2), 59.5, "02.03.2026")])
    assert knowledge.import_results(setup.secretary, setup.round, data) == 2
    r1, r2 = KnowledgeResult.objects.get(application=a1), KnowledgeResult.objects.get(application=a2)
    assert (r1.score, r1.passed, r1.taken_on) == (61, True, dt.date(2026, 3, 1))
    assert (r2.score, r2.passed, r2.taken_on) == (59.5, False, dt.date(2026, 3, 2))


@pytest.mark.parametrize(("lang", "row_word", "bad_iin", "unknown"), [
    ("kk", "3-жол, «ЖСН» бағаны", "жарамсыз ЖСН", "бұл кезеңде осы ЖСН-мен өтініш жоқ"),
    ("ru", "Строка 3, столбец «ЖСН»", "недействительный ИИН", "в этом туре нет заявления с этим ИИН"),
])
def test_row_errors_by_row_and_column_in_both_languages(setup, admitted, lang, row_word, bad_iin, unknown):
    (_a1, i1), _second = admitted
    stranger = valid_iin(300)
    text = f"ЖСН;балл\n{i1};70\n123;50\n{stranger};50\n{i1};71\n{valid_iin(101, born=dt.date(2003, 2, 1))};сто\n"
    with translation.override(lang):
        with pytest.raises(knowledge.ImportRejected) as exc:
            knowledge.import_results(setup.secretary, setup.round, text.encode())
        msgs = [str(e) for e in exc.value.errors]
    assert len(msgs) == 4
    assert msgs[0].startswith(row_word) and bad_iin in msgs[0]
    assert unknown in msgs[1] and ("4" in msgs[1].split(",")[0] or "4-" in msgs[1])
    assert "2" in msgs[2]  # the same IIN as in row 2
    assert "«балл»" in msgs[3] and "6" in msgs[3].split(",")[0]
    assert not KnowledgeResult.objects.exists()  # nothing stored
    assert i1 not in " ".join(msgs)  # the IIN itself is never echoed


def test_missing_column_and_unreadable_file(setup, admitted):
    with pytest.raises(knowledge.ImportRejected) as exc:
        knowledge.import_results(setup.secretary, setup.round, b"name;points\nx;1\n")
    assert len(exc.value.errors) == 2 and all(e.row == 1 for e in exc.value.errors)
    with pytest.raises(knowledge.ProcedureError):
        knowledge.import_results(setup.secretary, setup.round, b"PK\x03\x04broken")
    with pytest.raises(knowledge.ProcedureError):
        knowledge.import_results(setup.secretary, setup.round, "ЖСН;балл\n".encode("utf-16"))


def test_import_page_answers_400_in_russian_with_the_rows(client, setup, admitted):
    client.force_login(setup.secretary)
    f = io.BytesIO("ИИН,балл\n123,50\n".encode())
    f.name = "r.csv"
    r = client.post(f"/ru/attestation/rounds/{setup.round.pk}/results/", {"file": f})
    page = r.content.decode()
    assert r.status_code == 400 and "Строка 2, столбец «ИИН»: недействительный ИИН" in page
    assert "Файл не загружен" in page
