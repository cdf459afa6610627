"""Independent scoring by commission members, locking, aggregation and ranking."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from sanat.accounts.services import record

from .. import ranking
from ..models import Application, Competition, Option, Post, Score, ScoreSheet
from . import access, clock
from .applications import serialised
from .errors import HiringError
from .quorum import effective_quorum


def _sheet(member, app: Application) -> ScoreSheet:
    try:
        with transaction.atomic():
            sheet, _created = ScoreSheet.objects.get_or_create(application=app, member=member)
    except IntegrityError:
        sheet = ScoreSheet.objects.get(application=app, member=member)
    return ScoreSheet.objects.select_for_update().get(pk=sheet.pk)


def member_sheet(actor, app: Application) -> tuple[ScoreSheet | None, dict[int, int]]:
    """The actor's own sheet for the application (a member never sees the others' before the ranking)."""
    member = access.require_voting_member(actor, app.competition)
    sheet = ScoreSheet.objects.filter(application=app, member=member).first()
    chosen = dict(sheet.scores.values_list("criterion_id", "option_id")) if sheet else {}
    return sheet, chosen


def save_scores(actor, app: Application, choices: dict[int, int], *, lock: bool = False) -> ScoreSheet:
    """Record the member's option per criterion; with ``lock`` the sheet must be complete and becomes final."""
    with serialised(), transaction.atomic():
        comp = Competition.objects.select_for_update().get(pk=app.competition_id)
        member = access.require_voting_member(actor, comp)
        if comp.state != Competition.CLOSED:
            raise HiringError(_("Scoring happens after acceptance has closed and before the ranking is final."))
        app = Application.objects.get(pk=app.pk)
        if app.state != Application.ACCEPTED or app.competition_id != comp.pk:
            raise HiringError(_("Only accepted applications are scored."))
        sheet = _sheet(member, app)
        if sheet.locked_at is not None:
            raise HiringError(_("This sheet is locked."))
        criteria = {c.pk: c for c in comp.sheet.criteria.all()}
        options = {o.pk: o for o in Option.objects.filter(criterion__sheet=comp.sheet)}
        current = {s.criterion_id: s for s in sheet.scores.all()}
        for crit_id, opt_id in choices.items():
            option = options.get(opt_id)
            if crit_id not in criteria or option is None or option.criterion_id != crit_id:
                raise HiringError(_("Unknown criterion or option."))
            old = current.get(crit_id)
            if old is not None and old.option_id == opt_id:
                continue
            before = {"option": old.option_id, "points": old.points} if old else None
            if old is None:
                old = Score.objects.create(sheet=sheet, criterion_id=crit_id, option=option, points=option.points)
            else:
                old.option, old.points = option, option.points
                old.save(update_fields=["option", "points"])
            current[crit_id] = old
            record(actor, "score.set", old, before=before, after={
                "application": app.pk, "member": member.pk, "criterion": criteria[crit_id].code,
                "option": option.code, "points": option.points})
        if lock:
            if set(current) != set(criteria):
                raise HiringError(_("Score every criterion before locking."))
            sheet.total = sum((s.points for s in current.values()), Decimal(0))
            sheet.locked_at = clock.now()
            sheet.save(update_fields=["total", "locked_at"])
            record(actor, "scoresheet.locked", sheet, after={"application": app.pk, "member": member.pk,
                                                              "total": sheet.total,
                                                              "scores": {criteria[k].code: v.points for k, v in current.items()}})
        return sheet


def ranking_input(comp: Competition, apps) -> list[ranking.Candidate]:
    """Locked sheets of the given applications, as plain ranking input (three queries in all)."""
    apps = list(apps)
    ids = {a.pk for a in apps}
    codes = dict(comp.sheet.criteria.values_list("pk", "code"))
    locked = ScoreSheet.objects.filter(application__competition=comp, locked_at__isnull=False)
    per_sheet: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for sheet_id, crit_id, points in Score.objects.filter(sheet__in=locked).values_list("sheet_id", "criterion_id", "points"):
        per_sheet[sheet_id][codes[crit_id]] = points
    by_app: dict[int, list[ranking.MemberSheet]] = defaultdict(list)
    for pk, app_id, member_id, total in locked.values_list("pk", "application_id", "member_id", "total"):
        if app_id in ids:
            by_app[app_id].append(ranking.MemberSheet(member_id, total, per_sheet[pk]))
    return [ranking.Candidate(a.pk, a.submitted_at, sorted(by_app[a.pk], key=lambda m: m.member_id), a.full_name)
            for a in apps]


def ranking_for_post(comp: Competition, post: Post) -> tuple[list[ranking.Ranked], list[ranking.Candidate]]:
    apps = Application.objects.filter(competition=comp, posts=post, state=Application.ACCEPTED).only(
        "pk", "submitted_at", "last_name", "first_name", "middle_name")
    return ranking.rank(ranking_input(comp, apps), quorum=effective_quorum(comp), rule=comp.sheet.aggregation,
                        tie_break=comp.sheet.tie_break)


def unscored_applications(comp: Competition) -> list[Application]:
    q = effective_quorum(comp)
    return list(Application.objects.filter(competition=comp, state=Application.ACCEPTED).annotate(
        locked=Count("score_sheets", filter=Q(score_sheets__locked_at__isnull=False))).filter(locked__lt=q))


def progress(comp: Competition, member=None) -> list[dict]:
    """Per accepted application: locked sheets so far and whether ``member`` has locked theirs."""
    apps = Application.objects.filter(competition=comp, state=Application.ACCEPTED).annotate(
        locked=Count("score_sheets", filter=Q(score_sheets__locked_at__isnull=False)))
    mine = set()
    if member is not None:
        mine = set(ScoreSheet.objects.filter(member=member, locked_at__isnull=False).values_list("application_id", flat=True))
    return [{"application": a, "locked": a.locked, "mine_locked": a.pk in mine} for a in apps]
