"""Competition life cycle: draft → published → closed → scored → decided."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.catalog import store

from ..models import (
    Application,
    CommissionMember,
    Competition,
    Decision,
    DocumentRequirement,
    Organisation,
    Post,
)
from . import access, clock, doclist, sheets
from .errors import HiringError
from .notify import bilingual, queue_mail
from .scoring import ranking_for_post, unscored_applications

TRANSITIONS = {
    Competition.DRAFT: {Competition.PUBLISHED},
    Competition.PUBLISHED: {Competition.CLOSED},
    Competition.CLOSED: {Competition.SCORED},
    Competition.SCORED: {Competition.DECIDED},
}


def snapshot(c: Competition) -> dict:
    return {"state": c.state, "title_kk": c.title_kk, "title_ru": c.title_ru, "accepts_from": c.accepts_from,
            "accepts_until": c.accepts_until, "languages": c.languages, "sheet": c.sheet_id, "quorum": c.quorum}


@transaction.atomic
def create_competition(actor, organisation: Organisation, **fields) -> Competition:
    """A draft competition with the default document list (an editable copy)."""
    access.require_admin(actor, organisation.pk)
    if fields["accepts_until"] <= fields["accepts_from"]:
        raise HiringError(_("The acceptance window must end after it starts."))
    comp = Competition.objects.create(organisation=organisation, created_by=actor, **fields)
    DocumentRequirement.objects.bulk_create([
        DocumentRequirement(competition=comp, number=i["number"], title_kk=i.get("kk", ""), title_ru=i.get("ru", ""),
                            condition=i["condition"], citation=i.get("citation", ""))
        for i in doclist.default_items()])
    record(actor, "competition.created", comp, after=snapshot(comp))
    return comp


def _editable(comp: Competition) -> None:
    if comp.state != Competition.DRAFT:
        raise HiringError(_("Only a draft competition can be edited."))


def _post_fields(*, title_kk: str, title_ru: str, rate: Decimal, salary_floor: Decimal | None,
                 catalog_position_id: str, no_regulation_basis: bool, language: str) -> dict:
    """Checked fields of a post: a position of the loaded catalog (titles default to its own) or an explicit
    custom post; a code the catalog does not hold is refused."""
    catalog_position_id = (catalog_position_id or "").strip()
    if bool(catalog_position_id) == bool(no_regulation_basis):
        raise HiringError(_("Give a catalog position, or mark the post as having no regulation basis (not both)."))
    if catalog_position_id:
        position = store.position(catalog_position_id)
        if position is None:
            raise HiringError(_("«%(code)s» is not a post of the loaded Order 338 catalog; choose the post "
                                "from the list.") % {"code": catalog_position_id}, field="catalog_position_id")
        title = position.get("title") or {}
        title_kk = (title_kk or "").strip() or title.get("kk") or title.get("ru") or ""
        title_ru = (title_ru or "").strip() or title.get("ru") or title.get("kk") or ""
    if not (title_kk or title_ru):
        raise HiringError(_("A custom post needs its title."), field="title_kk")
    if rate is None or rate <= 0:
        raise HiringError(_("The rate must be positive."), field="rate")
    return {"title_kk": (title_kk or title_ru)[:300], "title_ru": (title_ru or "")[:300], "rate": rate,
            "salary_floor": salary_floor, "catalog_position_id": catalog_position_id,
            "no_regulation_basis": bool(no_regulation_basis), "language": language or ""}


def _post_audit(post: Post) -> dict:
    return {"competition": post.competition_id, "title_kk": post.title_kk, "title_ru": post.title_ru,
            "rate": post.rate, "salary_floor": post.salary_floor, "catalog_position_id": post.catalog_position_id,
            "no_regulation_basis": post.no_regulation_basis, "language": post.language}


@transaction.atomic
def add_post(actor, comp: Competition, *, title_kk: str = "", title_ru: str = "", rate: Decimal,
             salary_floor: Decimal | None = None, catalog_position_id: str = "", no_regulation_basis: bool = False,
             language: str = "") -> Post:
    access.require_admin(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    _editable(comp)
    fields = _post_fields(title_kk=title_kk, title_ru=title_ru, rate=rate, salary_floor=salary_floor,
                          catalog_position_id=catalog_position_id, no_regulation_basis=no_regulation_basis,
                          language=language)
    post = Post.objects.create(competition=comp, order=comp.posts.count(), **fields)
    record(actor, "post.added", post, after=_post_audit(post))
    return post


@transaction.atomic
def update_post(actor, comp: Competition, post: Post, **values) -> Post:
    """Change a post of a draft (same checks as adding one)."""
    access.require_admin(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    _editable(comp)
    post = Post.objects.get(pk=post.pk, competition=comp)
    before = _post_audit(post)
    for name, value in _post_fields(**{k: values.get(k, getattr(post, k)) for k in (
            "title_kk", "title_ru", "rate", "salary_floor", "catalog_position_id", "no_regulation_basis",
            "language")}).items():
        setattr(post, name, value)
    post.save()
    record(actor, "post.changed", post, before=before, after=_post_audit(post))
    return post


@transaction.atomic
def remove_post(actor, comp: Competition, post: Post) -> None:
    """Remove a post from a draft (a draft has no applications)."""
    access.require_admin(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    _editable(comp)
    post = Post.objects.get(pk=post.pk, competition=comp)
    record(actor, "post.removed", post, before=_post_audit(post))
    post.delete()


@transaction.atomic
def add_member(actor, comp: Competition, user, role: str, position: str = "") -> CommissionMember:
    access.require_admin(actor, comp)
    if comp.state not in (Competition.DRAFT, Competition.PUBLISHED):
        raise HiringError(_("The commission is fixed once acceptance has closed."))
    if comp.applications.filter(candidate=user).exists():
        raise HiringError(_("A candidate cannot sit on the commission."))
    member, created = CommissionMember.objects.get_or_create(competition=comp, user=user,
                                                             defaults={"role": role, "position": position})
    if not created:
        raise HiringError(_("This person is already a member of the commission."))
    record(actor, "commission.member_added", member, after={"competition": comp.pk, "user": user.pk, "role": role})
    return member


def publish_problems(comp: Competition) -> list[str]:
    """Everything that stops a draft from being published, each named in the interface language."""
    problems = []
    posts = list(comp.posts.all())
    if not posts:
        problems.append(_("Add at least one post."))
    for post in posts:
        if not post.no_regulation_basis and store.position(post.catalog_position_id) is None:
            problems.append(_("The post «%(post)s» has no post of the loaded Order 338 catalog: choose one or mark "
                              "it as custom.") % {"post": post.title})
    members = list(comp.commission.all())
    voting = [m for m in members if m.votes]
    if len(voting) < 2:
        problems.append(_("The commission needs at least two voting members (chair and members)."))
    if not any(m.role == CommissionMember.SECRETARY for m in members):
        problems.append(_("The commission needs a secretary."))
    if comp.quorum and comp.quorum > len(voting):
        problems.append(_("The quorum (%(q)s) exceeds the number of voting members (%(n)s).")
                        % {"q": comp.quorum, "n": len(voting)})
    if comp.accepts_until <= clock.now():
        problems.append(_("The acceptance window has already ended."))
    if not comp.requirements.exists():
        problems.append(_("The list of documents is empty."))
    return problems


def _transition(actor, comp: Competition, to: str) -> Competition:
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    if to not in TRANSITIONS.get(comp.state, set()):
        raise HiringError(_("The competition cannot go from «%(current)s» to «%(next)s».")
                          % {"current": comp.get_state_display(), "next": dict(Competition.STATES)[to]})
    return comp


@transaction.atomic
def publish(actor, comp: Competition) -> Competition:
    """Check completeness, choose the sheet in force, publish."""
    access.require_admin(actor, comp)
    comp = _transition(actor, comp, Competition.PUBLISHED)
    before = snapshot(comp)
    problems = publish_problems(comp)
    if problems:
        raise HiringError(_("The competition cannot be published yet: %(problems)s")
                          % {"problems": " ".join(f"({i}) {p}" for i, p in enumerate(problems, 1))})
    now = clock.now()
    if comp.sheet is None:
        comp.sheet = (sheets.sheet_for_date(comp.accepts_from.date(), organisation=comp.organisation)
                      or sheets.ensure_example_sheet())
    elif comp.sheet.organisation_id not in (None, comp.organisation_id):
        raise HiringError(_("The assessment sheet belongs to another organisation."))
    comp.state, comp.published_at = Competition.PUBLISHED, now
    comp.save()
    record(actor, "competition.published", comp, before=before, after=snapshot(comp))
    return comp


@transaction.atomic
def close(actor, comp: Competition) -> Competition:
    """End acceptance; allowed only after the announced window has ended."""
    access.require_admin(actor, comp)
    comp = _transition(actor, comp, Competition.CLOSED)
    if clock.now() < comp.accepts_until:
        raise HiringError(_("The acceptance window has not ended yet."))
    before = snapshot(comp)
    comp.state = Competition.CLOSED
    comp.save(update_fields=["state"])
    record(actor, "competition.closed", comp, before=before, after=snapshot(comp))
    return comp


@transaction.atomic
def finish_scoring(actor, comp: Competition) -> Competition:
    """Closed → scored, once no application is unchecked and every accepted one reached the quorum."""
    access.require_secretary(actor, comp)
    comp = _transition(actor, comp, Competition.SCORED)
    if comp.applications.filter(state="submitted").exists():
        raise HiringError(_("Some applications are not checked yet."))
    if unscored_applications(comp):
        raise HiringError(_("Some accepted candidates have fewer locked sheets than the quorum."))
    before = snapshot(comp)
    comp.state = Competition.SCORED
    comp.save(update_fields=["state"])
    record(actor, "competition.scored", comp, before=before, after=snapshot(comp))
    return comp


def meeting_snapshot(c: Competition) -> dict:
    return {"protocol_number": c.protocol_number, "meeting_date": c.meeting_date, "meeting_place": c.meeting_place}


def meeting_editable(comp: Competition) -> bool:
    """The meeting details are entered once acceptance has closed and stay open until the decisions are
    recorded; after that the final protocol is fixed (a competition decided before they existed may fill
    what is missing, once)."""
    if comp.state in (Competition.CLOSED, Competition.SCORED):
        return True
    return comp.state == Competition.DECIDED and bool(comp.missing_meeting_fields())


def require_meeting_editor(actor, comp: Competition) -> None:
    """The commission's secretary or an administrator of the organisation."""
    if access.is_org_admin(actor, comp.organisation_id):
        return
    access.require_secretary(actor, comp)


def _field_label(name: str) -> str:
    return str(Competition._meta.get_field(name).verbose_name)


@transaction.atomic
def set_meeting(actor, comp: Competition, *, protocol_number: str = "", meeting_date=None,
                meeting_place: str = "") -> Competition:
    """The protocol's number and the commission meeting's date and place (any may stay empty until the
    decisions are recorded); audited."""
    require_meeting_editor(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    if not meeting_editable(comp):
        raise HiringError(_("The protocol's number, meeting date and place can be entered once acceptance has "
                            "closed, until the decisions are recorded."))
    window_end = timezone.localtime(comp.accepts_until).date()
    if meeting_date is not None and meeting_date < window_end:
        raise HiringError(_("«%(field)s»: the commission meets after acceptance has ended (%(date)s).")
                          % {"field": _field_label("meeting_date"), "date": f"{window_end:%d.%m.%Y}"},
                          field="meeting_date")
    before = meeting_snapshot(comp)
    if comp.state == Competition.DECIDED:  # only what is missing may be filled in
        protocol_number = comp.protocol_number or protocol_number
        meeting_date = comp.meeting_date or meeting_date
        meeting_place = comp.meeting_place or meeting_place
    comp.protocol_number = (protocol_number or "").strip()[:50]
    comp.meeting_date = meeting_date
    comp.meeting_place = (meeting_place or "").strip()[:300]
    comp.save(update_fields=list(Competition.MEETING_FIELDS))
    record(actor, "competition.meeting_set", comp, before=before, after=meeting_snapshot(comp))
    return comp


def _meeting_refusals(comp: Competition) -> list[HiringError]:
    """Why the decisions (and so the final protocol) cannot be recorded yet, each naming the field."""
    out = []
    missing = comp.missing_meeting_fields()
    if missing:
        out.append(HiringError(_("The decisions cannot be recorded yet: «%(fields)s» not entered (the protocol's "
                                 "details).") % {"fields": "», «".join(_field_label(f) for f in missing)},
                               field=missing[0]))
    today = timezone.localtime(clock.now()).date()
    if comp.meeting_date and comp.meeting_date > today:
        out.append(HiringError(_("«%(field)s» (%(date)s) is later than today: the decisions are recorded after "
                                 "the meeting.") % {"field": _field_label("meeting_date"),
                                                    "date": f"{comp.meeting_date:%d.%m.%Y}"},
                               field="meeting_date"))
    return out


def meeting_problems(comp: Competition) -> list[str]:
    """The refusals of ``_require_meeting`` as messages (the manage page lists them)."""
    return [str(e) for e in _meeting_refusals(comp)]


def _require_meeting(comp: Competition) -> None:
    refusals = _meeting_refusals(comp)
    if refusals:
        raise refusals[0]


@transaction.atomic
def record_decision(actor, comp: Competition, post: Post, winner_id: int | None, text: str) -> Decision:
    """The commission's decision for one post (the secretary records it); the last post decides the competition."""
    access.require_secretary(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    if comp.state != Competition.SCORED:
        raise HiringError(_("Decisions are recorded after scoring."))
    _require_meeting(comp)
    if post.competition_id != comp.pk:
        raise HiringError(_("This post belongs to another competition."))
    ranked, _pending = ranking_for_post(comp, post)
    ids = {r.candidate.application_id for r in ranked}
    if winner_id is not None and winner_id not in ids:
        raise HiringError(_("The winner must be a ranked candidate for this post."))
    if Decision.objects.filter(post=post).exists():
        raise HiringError(_("This post is already decided."))
    ranking = [{"rank": r.rank, "application": r.candidate.application_id, "score": r.score, "tie": r.tie}
               for r in ranked]
    decision = Decision.objects.create(competition=comp, post=post, winner_id=winner_id, text=text,
                                       ranking=[{**x, "score": str(x["score"])} for x in ranking], decided_by=actor)
    record(actor, "decision.recorded", decision, after={"post": post.pk, "winner": winner_id, "text": text,
                                                         "ranking": ranking})
    _notify_decision(comp, post, ranked, winner_id)
    if not comp.posts.exclude(decisions__isnull=False).exists():
        before = snapshot(comp)
        comp.state = Competition.DECIDED
        comp.save(update_fields=["state"])
        record(actor, "competition.decided", comp, before=before, after=snapshot(comp))
    return decision


@transaction.atomic
def record_decisions(actor, comp: Competition, choices: dict[int, tuple[int | None, str]]) -> list[Decision]:
    """The decisions for every undecided post at once (one form): ``{post id: (winner id or None, text)}``.
    A post nobody is ranked for is recorded as having no applicants, whatever was sent for it; all or none
    are saved (one refusal leaves every post undecided)."""
    access.require_secretary(actor, comp)
    comp = Competition.objects.select_for_update().get(pk=comp.pk)
    if comp.state != Competition.SCORED:
        raise HiringError(_("Decisions are recorded after scoring."))
    _require_meeting(comp)
    decided = []
    for post in comp.posts.filter(decisions__isnull=True):
        ranked, _pending = ranking_for_post(comp, post)
        winner, text = choices.get(post.pk, (None, ""))
        if not ranked:
            winner, text = None, ""
        elif post.pk not in choices:
            raise HiringError(_("Choose the outcome for the post «%(post)s».") % {"post": post.title})
        decided.append(record_decision(actor, comp, post, winner, text))
    return decided


def no_applicants(decision: Decision) -> bool:
    """A post decided with nobody ranked: no (accepted) applications were received for it."""
    return not decision.ranking


def notice_posts() -> list[dict]:
    """Posts of the loaded edition's vacancy notice (004) with the catalog positions the parser matched."""
    notice = store.notice()
    return notice["posts"] if notice else []


@transaction.atomic
def add_notice_posts(actor, comp: Competition) -> list[Post]:
    """Add the sample notice's posts to a draft: rates and salary floors as printed; a post the parser
    matched to no Order 338 position (the inclusion-support methodist) is marked as having no basis.
    The Kazakh name starts as the printed Russian one, for the school to translate."""
    posts = []
    for p in notice_posts():
        posts.append(add_post(actor, comp, title_kk=p["title"], title_ru=p["title"], rate=Decimal(str(p["rate"])),
                              salary_floor=Decimal(p["salary_from"]) if p.get("salary_from") is not None else None,
                              catalog_position_id=p.get("position") or "",
                              no_regulation_basis=not p.get("position")))
    return posts


def _notify_decision(comp: Competition, post: Post, ranked, winner_id: int | None) -> None:
    """E-mail every ranked candidate of the post their place and the outcome (queued after commit)."""
    emails = dict(Application.objects.filter(pk__in=[r.candidate.application_id for r in ranked])
                  .values_list("pk", "email"))
    messages = []
    for r in ranked:
        def make(r=r) -> tuple[str, str]:
            outcome = (_("The commission selected you for this post.") if r.candidate.application_id == winner_id
                       else _("The commission selected another candidate."))
            return (_("Competition decision"),
                    _("Competition «%(c)s», post «%(p)s»: your place %(rank)s, score %(score)s.") % {
                        "c": comp.title, "p": post.title, "rank": r.rank, "score": r.score} + "\n" + outcome)

        subject, body = bilingual(comp.languages, make)
        messages.append((subject, body, emails[r.candidate.application_id]))
    queue_mail(messages)
