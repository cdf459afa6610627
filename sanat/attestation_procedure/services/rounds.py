"""Rounds of an attesting body: the procedure settings edition, dates, commission, posts and categories."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.vocabulary import CATEGORIES

from .. import procedure_rules
from ..models import Member, Round, RulesEdition
from . import access
from .errors import ProcedureError


def load_rules(actor, text: str) -> RulesEdition:
    """Store one edition of the settings file (checked); the same code and edition again is refused."""
    data = procedure_rules.load_text(text)
    if RulesEdition.objects.filter(code=data["code"], edition=data["edition"]).exists():
        raise ProcedureError(_("This edition of the procedure settings is already loaded."))
    ed = RulesEdition.objects.create(code=data["code"], edition=data["edition"], is_example=data["example"],
                                     data=data, source_yaml=text)
    record(actor, "procedure.rules.loaded", ed, after={"code": ed.code, "edition": ed.edition,
                                                       "example": ed.is_example})
    return ed


def current_rules() -> RulesEdition:
    """The latest loaded edition; the shipped EXAMPLE file is loaded on first use."""
    ed = RulesEdition.objects.first()
    if ed is None:
        data, text = procedure_rules.load_file()
        ed, _created = RulesEdition.objects.get_or_create(
            code=data["code"], edition=data["edition"],
            defaults={"is_example": data["example"], "data": data, "source_yaml": text})
    return ed


def create_round(actor, body_id: int, *, title_kk: str, title_ru: str, starts: dt.date, ends: dt.date,
                 quorum: int, positions: list[str], categories: list[str]) -> Round:
    access.require_body_admin(actor, body_id)
    if ends < starts:
        raise ProcedureError(_("The end date is before the start date."), field="ends")
    if not categories or any(c not in CATEGORIES for c in categories):
        raise ProcedureError(_("Choose at least one category."), field="categories")
    if quorum < 1:
        raise ProcedureError(_("The quorum is at least 1."), field="quorum")
    rnd = Round.objects.create(body_id=body_id, rules=current_rules(), title_kk=title_kk, title_ru=title_ru,
                               starts=starts, ends=ends, quorum=quorum, positions=positions,
                               categories=[c for c in CATEGORIES if c in categories], created_by=actor)
    record(actor, "procedure.round.created", rnd,
           after={"title_kk": title_kk, "title_ru": title_ru, "starts": starts, "ends": ends, "quorum": quorum,
                  "positions": positions, "categories": rnd.categories, "rules": str(rnd.rules)})
    return rnd


def add_member(actor, rnd: Round, user, board: str, role: str, position: str = "") -> Member:
    access.require_body_admin(actor, rnd.body_id)
    if board not in dict(Member.BOARDS) or role not in dict(Member.ROLES):
        raise ProcedureError(_("Choose the commission and the role."), field="role")
    if rnd.applications.filter(teacher=user).exists():
        raise ProcedureError(_("A teacher attested in this round cannot sit on its commission."), field="user")
    with transaction.atomic():
        if Member.objects.filter(round=rnd, user=user, board=board).exists():
            raise ProcedureError(_("This person already sits on this commission."), field="user")
        if role in (Member.CHAIR, Member.SECRETARY) and Member.objects.filter(round=rnd, board=board,
                                                                               role=role).exists():
            raise ProcedureError(_("This commission already has a chair or secretary."), field="role")
        m = Member.objects.create(round=rnd, user=user, board=board, role=role, position=position)
    record(actor, "procedure.member.added", rnd, after={"user": user.get_username(), "board": board, "role": role,
                                                        "position": position})
    return m


def voting_count(rnd: Round, board: str = Member.COMMISSION) -> int:
    return sum(1 for m in rnd.members.all() if m.board == board and m.votes)


def set_state(actor, rnd: Round, state: str) -> None:
    access.require_body_admin(actor, rnd.body_id)
    allowed = {Round.DRAFT: Round.OPEN, Round.OPEN: Round.CLOSED}
    if allowed.get(rnd.state) != state:
        raise ProcedureError(_("This step is not possible in the round's current state."))
    if state == Round.OPEN:
        voting = voting_count(rnd)
        if voting < rnd.quorum:
            raise ProcedureError(_("The commission has fewer voting members than the quorum."))
        if not rnd.members.filter(board=Member.COMMISSION, role=Member.SECRETARY).exists():
            raise ProcedureError(_("The commission needs a secretary."))
    before = rnd.state
    rnd.state = state
    rnd.save(update_fields=["state"])
    record(actor, "procedure.round.state", rnd, before={"state": before}, after={"state": state})


def stages(rnd: Round) -> list[dict]:
    """The edition's stages with their EXAMPLE deadlines (the round's start + the days so far)."""
    out, day = [], rnd.starts
    for st in rnd.rules.data["stages"]:
        day = day + dt.timedelta(days=st["days"])
        out.append({"code": st["code"], "days": st["days"], "deadline": day})
    return out


def has_stage(rnd: Round, code: str) -> bool:
    return code in procedure_rules.stage_codes(rnd.rules.data)


def accepting(rnd: Round, today: dt.date) -> bool:
    return rnd.state == Round.OPEN and rnd.starts <= today <= rnd.ends


def stages_codes(rnd: Round) -> list[str]:
    return procedure_rules.stage_codes(rnd.rules.data)
