"""The knowledge test (ПББ): results entered one by one or imported from the testing organisation's file.

The file (CSV or XLSX, header in row 1) holds the IIN and the score (and optionally the test date) per
row; each IIN is matched to an application of the round through its keyed hash and never stored.
The import is all-or-nothing: any row error (named by row and column) stores nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.hiring import iin as iin_mod
from sanat.rules.staff import read_rows
from sanat.web.kit.uploads import MAX_UPLOAD_BYTES

from .. import procedure_rules
from ..models import Application, KnowledgeResult, Round
from . import access, clock, rounds
from .applications import has_result, progress
from .errors import ProcedureError

#: Accepted header names per column (case-insensitive), kk / ru / en.
COLUMNS = {
    "iin": ("жсн", "иин", "iin"),
    "score": ("балл", "score", "нәтиже", "результат"),
    "date": ("күні", "дата", "date", "тест күні", "дата тестирования"),
}


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s, column «%(col)s»: %(msg)s") % {"row": self.row, "col": self.column, "msg": self.message}


class ImportRejected(ProcedureError):
    def __init__(self, errors: list[RowError]):
        super().__init__(_("The file was not imported: %(n)s errors.") % {"n": len(errors)})
        self.errors = errors


def pass_mark(rnd: Round, category: str) -> Decimal | None:
    t = procedure_rules.threshold(rnd.rules.data, category)
    return None if t is None else Decimal(str(t))


def max_score(rnd: Round) -> Decimal:
    return Decimal(str(rnd.rules.data["knowledge_test"]["max_score"]))


def ready_for_test(app: Application) -> bool:
    prog = progress(app)
    codes = list(prog)
    if "knowledge_test" not in codes or app.state in (Application.DECIDED, Application.WITHDRAWN):
        return False
    return all(prog[c] for c in codes[:codes.index("knowledge_test")])


def _store(actor, app: Application, score: Decimal, taken_on: dt.date, source: str) -> KnowledgeResult:
    threshold = pass_mark(app.round, app.category)
    passed = threshold is not None and score >= threshold
    res, _created = KnowledgeResult.objects.update_or_create(application=app, defaults={
        "score": score, "max_score": max_score(app.round), "threshold": threshold, "passed": passed,
        "taken_on": taken_on, "source": source, "recorded_at": clock.now(), "recorded_by": actor})
    return res


def parse_score(text, rnd: Round) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(_("not a number")) from exc
    if not value.is_finite() or value < 0 or value > max_score(rnd):
        raise ValueError(_("the score must be between 0 and %(max)s") % {"max": max_score(rnd).normalize()})
    return value.quantize(Decimal("0.01"))


def enter(actor, app: Application, score_text: str, taken_on: dt.date, ip: str | None = None) -> KnowledgeResult:
    access.require_secretary(actor, app.round)
    if not ready_for_test(app):
        raise ProcedureError(_("The file is not at the knowledge-test stage."))
    if has_result(app):
        raise ProcedureError(_("The result is already recorded; only the appeal commission can change it."))
    try:
        score = parse_score(score_text, app.round)
    except ValueError as exc:
        raise ProcedureError(str(exc), field="score") from exc
    with transaction.atomic():
        res = _store(actor, app, score, taken_on, KnowledgeResult.ENTERED)
        record(actor, "procedure.knowledge.entered", app,
               after={"score": score, "threshold": res.threshold, "passed": res.passed, "taken_on": taken_on}, ip=ip)
    return res


def _header_map(header: list[str]) -> dict[str, str]:
    out = {}
    for h in header:
        key = (h or "").strip().lower()
        for col, names in COLUMNS.items():
            if key in names and col not in out:
                out[col] = h
    return out


def _cell_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(_("not a date (dd.mm.yyyy)"))


def _cell_iin(value) -> str:
    """XLSX cells often hold the IIN as a number, which drops a leading zero (born 2000–2009): restore it."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{int(value):012d}"
    return str(value or "").strip()


def import_results(actor, rnd: Round, data: bytes, ip: str | None = None, file_name: str = "") -> int:
    """Import a results file; return the number of results stored. Raises ``ImportRejected``."""
    access.require_secretary(actor, rnd)
    if not rounds.has_stage(rnd, "knowledge_test"):
        raise ProcedureError(_("This stage is not part of the round's procedure."))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ProcedureError(_("The file is larger than 10 MB."))
    is_xlsx = data[:4] == b"PK\x03\x04"
    try:
        rows = list(read_rows("results.xlsx" if is_xlsx else "results.csv", data))
    except UnicodeDecodeError as exc:
        raise ProcedureError(_("The file is neither an XLSX workbook nor a UTF-8 CSV text.")) from exc
    except Exception as exc:  # a broken workbook or CSV: never a 500
        raise ProcedureError(_("The file cannot be read as CSV or XLSX.")) from exc
    if not rows:
        raise ProcedureError(_("The file has no result rows."))
    header = list(rows[0][1].keys())
    cols = _header_map([h for h in header if isinstance(h, str)])
    errors: list[RowError] = []
    for need, label in (("iin", "ЖСН/ИИН"), ("score", "балл")):
        if need not in cols:
            errors.append(RowError(1, label, _("the column is missing")))
    if errors:
        raise ImportRejected(errors)
    by_hash = {a.iin_hmac: a for a in rnd.applications.select_related("round__rules", "knowledge").prefetch_related("appeals")}
    taken_default = clock.today()
    seen: dict[str, int] = {}
    good: list[tuple[Application, Decimal, dt.date]] = []
    for n, row in rows:
        raw = _cell_iin(row.get(cols["iin"]))
        try:
            value = iin_mod.parse(raw).value
        except iin_mod.InvalidIIN:
            errors.append(RowError(n, cols["iin"], _("not a valid IIN (12 digits with a correct check digit)")))
            continue
        h = iin_mod.keyed_hash(value)
        if h in seen:
            errors.append(RowError(n, cols["iin"], _("the same IIN as in row %(row)s") % {"row": seen[h]}))
            continue
        seen[h] = n
        app = by_hash.get(h)
        if app is None:
            errors.append(RowError(n, cols["iin"], _("no application in this round has this IIN")))
            continue
        try:
            score = parse_score(row.get(cols["score"]), rnd)
        except ValueError as exc:
            errors.append(RowError(n, cols["score"], str(exc)))
            continue
        taken = taken_default
        if "date" in cols and row.get(cols["date"]) not in (None, ""):
            try:
                taken = _cell_date(row.get(cols["date"]))
            except ValueError as exc:
                errors.append(RowError(n, cols["date"], str(exc)))
                continue
        if has_result(app):
            errors.append(RowError(n, cols["iin"], _("a result for this teacher is already recorded")))
            continue
        if not ready_for_test(app):
            errors.append(RowError(n, cols["iin"], _("the teacher's file is not at the knowledge-test stage")))
            continue
        good.append((app, score, taken))
    if errors:
        raise ImportRejected(errors)
    now = clock.now()
    objs = []
    for app, score, taken in good:
        threshold = pass_mark(rnd, app.category)
        objs.append(KnowledgeResult(application=app, score=score, max_score=max_score(rnd), threshold=threshold,
                                    passed=threshold is not None and score >= threshold, taken_on=taken,
                                    source=KnowledgeResult.IMPORTED, recorded_at=now, recorded_by=actor))
    with transaction.atomic():
        KnowledgeResult.objects.bulk_create(objs)
        record(actor, "procedure.knowledge.imported", rnd,
               after={"rows": len(objs), "passed": sum(1 for o in objs if o.passed), "file": file_name[:200],
                      "results": {str(o.application_id): [o.score, o.passed] for o in objs}}, ip=ip)
    return len(objs)
