"""Assessment sheets: import from YAML, choose the edition in force on a date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.web.kit.errors import Forbidden

from ..models import AssessmentSheet, Criterion, Option
from . import access
from .errors import HiringError

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLE_SHEET = DATA / "sheet-example.yaml"


def _bi(value, field: str) -> tuple[str, str]:
    if isinstance(value, str):
        return value, ""
    if not isinstance(value, dict) or not (value.get("kk") or value.get("ru")):
        raise HiringError(_("%(field)s: give the Kazakh and/or the Russian text.") % {"field": field})
    return str(value.get("kk") or ""), str(value.get("ru") or "")


def _dec(value, field: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError) as exc:
        raise HiringError(_("%(field)s: «%(value)s» is not a number.") % {"field": field, "value": value}) from exc


def parse_sheet(text: str) -> dict:
    """Validate sheet YAML and return it normalised; raise :class:`HiringError` with the first problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HiringError(_("The sheet file cannot be read (line %(line)s): check its layout against the example.")
                          % {"line": getattr(getattr(exc, "problem_mark", None), "line", -1) + 1}) from exc
    if not isinstance(data, dict):
        raise HiringError(_("The sheet file must list its fields by name, as in the example."))
    for key in ("code", "edition", "title", "citation", "valid_from", "criteria"):
        if not data.get(key):
            raise HiringError(_("The sheet lacks the field «%(field)s».") % {"field": key})
    if not isinstance(data["valid_from"], dt.date):
        raise HiringError(_("«Valid from» must be a date (YYYY-MM-DD)."))
    if data.get("valid_to") is not None and not isinstance(data["valid_to"], dt.date):
        raise HiringError(_("«Valid to» must be a date or empty."))
    if data.get("aggregation", "mean") not in ("mean", "sum"):
        raise HiringError(_("The members' points are combined by mean or by sum only."))
    codes = set()
    for i, c in enumerate(data["criteria"], 1):
        where = f"criterion {i}"
        if not isinstance(c, dict) or not c.get("code") or not c.get("options"):
            raise HiringError(_("%(where)s: give a code and the options.") % {"where": where})
        if c["code"] in codes:
            raise HiringError(_("%(where)s: the code %(code)s is used twice.") % {"where": where, "code": c["code"]})
        codes.add(c["code"])
        _bi(c.get("title"), f"{where} title")
        maximum = _dec(c.get("max"), f"{where} max")
        opt_codes = set()
        for j, o in enumerate(c["options"], 1):
            if not isinstance(o, dict) or "points" not in o or not o.get("code"):
                raise HiringError(_("%(where)s, option %(n)s: give a code and the points.") % {"where": where, "n": j})
            if o["code"] in opt_codes:
                raise HiringError(_("%(where)s, option %(n)s: the code is used twice.") % {"where": where, "n": j})
            opt_codes.add(o["code"])
            _bi(o.get("label"), f"{where} option {j} label")
            if _dec(o["points"], f"{where} option {j} points") > maximum:
                raise HiringError(_("%(where)s, option %(n)s: the points exceed the maximum %(max)s.")
                                  % {"where": where, "n": j, "max": maximum})
    for code in data.get("tie_break") or []:
        if code not in codes:
            raise HiringError(_("Tie break: there is no criterion %(code)s.") % {"code": code})
    return data


@transaction.atomic
def import_sheet(text: str, actor=None, organisation=None) -> AssessmentSheet:
    """Create a sheet edition from YAML for ``organisation`` (``None``: every organisation, the platform
    administrator or the system only). An existing (organisation, code, edition) is never overwritten."""
    staff = actor is not None and getattr(actor, "is_authenticated", False) and not actor.is_superuser
    if staff and (organisation is None or not access.is_org_admin(actor, organisation.pk)):
        raise Forbidden(_("Only the organisation's administrators may import its assessment sheet."))
    data = parse_sheet(text)
    if AssessmentSheet.objects.filter(organisation=organisation, code=data["code"],
                                      edition=str(data["edition"])).exists():
        raise HiringError(_("Edition %(edition)s of the sheet %(code)s already exists.")
                          % {"edition": data["edition"], "code": data["code"]})
    tkk, tru = _bi(data["title"], "title")
    sheet = AssessmentSheet.objects.create(
        organisation=organisation, code=data["code"], edition=str(data["edition"]), title_kk=tkk, title_ru=tru, citation=str(data["citation"]),
        valid_from=data["valid_from"], valid_to=data.get("valid_to"), is_example=bool(data.get("is_example")),
        aggregation=data.get("aggregation", "mean"), tie_break=list(data.get("tie_break") or []), source_yaml=text)
    for i, c in enumerate(data["criteria"]):
        ckk, cru = _bi(c["title"], "title")
        dkk, dru = _bi(c["confirming_document"], "doc") if c.get("confirming_document") else ("", "")
        crit = Criterion.objects.create(sheet=sheet, code=c["code"], order=i, title_kk=ckk, title_ru=cru,
                                        confirming_document_kk=dkk, confirming_document_ru=dru,
                                        max_points=_dec(c["max"], "max"))
        Option.objects.bulk_create([
            Option(criterion=crit, code=o["code"], order=j, label_kk=_bi(o["label"], "label")[0],
                   label_ru=_bi(o["label"], "label")[1], points=_dec(o["points"], "points"))
            for j, o in enumerate(c["options"])])
    record(actor, "sheet.imported", sheet, after={"code": sheet.code, "edition": sheet.edition,
                                                  "is_example": sheet.is_example,
                                                  "organisation": organisation.pk if organisation else None})
    return sheet


def ensure_example_sheet() -> AssessmentSheet:
    """The shipped EXAMPLE sheet (imported on first use)."""
    data = parse_sheet(EXAMPLE_SHEET.read_text(encoding="utf-8"))
    existing = AssessmentSheet.objects.filter(organisation=None, code=data["code"],
                                              edition=str(data["edition"])).first()
    return existing or import_sheet(EXAMPLE_SHEET.read_text(encoding="utf-8"))


def visible_sheets(organisation=None):
    """The sheets an organisation may be scored with: its own and the shared ones (no organisation)."""
    shared = Q(organisation__isnull=True)
    return AssessmentSheet.objects.filter(shared | Q(organisation=organisation) if organisation else shared)


def sheet_for_date(day: dt.date, *, allow_example: bool = True, organisation=None) -> AssessmentSheet | None:
    """The edition in force on ``day`` for ``organisation``: its own and shared official editions first,
    the latest start wins; another organisation's sheet is never chosen."""
    qs = visible_sheets(organisation).filter(valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day))
    if not allow_example:
        qs = qs.filter(is_example=False)
    return qs.order_by("is_example", "-valid_from", "-id").first()
