"""``POST /api/check/``: the explained decision as JSON (same as ``sanat check --format json``)."""

from __future__ import annotations

from datetime import date

from ninja import Router, Schema, Status

from sanat.eligibility import services
from sanat.rules.profile import ProfileError
from sanat.vocabulary import Lang

router = Router(tags=["eligibility"])


class CheckIn(Schema):
    position: str
    profile: dict
    as_of: date | None = None
    lang: Lang = "ru"


class CheckError(Schema):
    error: str
    field: str | None = None


@router.post("", response={200: dict, 400: CheckError}, summary="Check a profile against a post")
def check(request, payload: CheckIn):
    try:
        return Status(200, services.check(payload.position, payload.profile, payload.as_of or date.today(),
                                         payload.lang))
    except ProfileError as exc:
        return Status(400, {"error": exc.message, "field": exc.field})
    except KeyError as exc:
        return Status(400, {"error": str(exc.args[0]), "field": "position"})
