"""Training-centre services: course lookups, the schedule, access checks and every state change (audited).

Views stay thin: they validate input with these functions and render. Course facts come from
the loaded catalog edition (``sanat.catalog.store.course()``, the parsed 003 text)."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.catalog import store
from sanat.course_rules import certificate as cert_rule
from sanat.course_rules import rubric as rubric_mod
from sanat.web.kit.errors import Forbidden, ServiceError

from .models import Attendance, CentreStaff, Certificate, ChecklistTick, Cohort, FinalScore, Participant


class TrainingError(ServiceError):
    """Bad input or a refused action of the training centre; the message is translated and shown to the user."""


# ---- course data ------------------------------------------------------------------------------------

def course() -> dict:
    """The loaded edition's course programme; ``Http404`` while no edition is loaded."""
    data = store.course()
    if data is None:
        raise Http404("the regulations are not loaded")
    return data


def activities(fmt: str) -> list[str]:
    """The activity columns of a format's plan (``lecture``, ``practice``, ``seminar`` / ``video``, ...)."""
    return [c for c in course()["curriculum"][fmt]["columns"] if c != "total"]


def topic_hours(fmt: str) -> dict[str, dict[str, int]]:
    """Planned hours per topic code and activity for a format (a topic missing from the plan: no hours)."""
    out = {}
    for module in course()["modules"]:
        for topic in module["topics"]:
            hours = topic["hours"].get(fmt) or {}
            out[topic["code"]] = {a: hours.get(a) or 0 for a in activities(fmt)}
    return out


def module_hours(fmt: str) -> list[dict]:
    """``[{number, title, hours}]``: each module's planned hours in a format (the sum of its topics')."""
    hours = topic_hours(fmt)
    return [{"number": m["number"], "title": m["title"],
             "hours": sum(sum(hours[t["code"]].values()) for t in m["topics"])} for m in course()["modules"]]


def total_hours(fmt: str) -> int:
    return sum(sum(h.values()) for h in topic_hours(fmt).values())


def duration_days() -> int:
    return (course()["organisation"].get("duration") or {}).get("days") or 10


def end_date(cohort: Cohort) -> dt.date:
    return cohort.start_date + dt.timedelta(days=duration_days() - 1)


@dataclass(frozen=True)
class Slot:
    day: int
    date: dt.date
    module: int
    topic: str
    title: str
    hours: int


def schedule(cohort: Cohort) -> list[Slot]:
    """The course's topics laid over its calendar days in text order, an equal share of hours per day
    (80 h over 10 days: 8 h); a topic that does not fit the rest of a day continues the next day."""
    days = duration_days()
    per_day = -(-total_hours(cohort.format) // days)
    hours = topic_hours(cohort.format)
    slots, day, used = [], 1, 0
    for module in course()["modules"]:
        for topic in module["topics"]:
            left = sum(hours[topic["code"]].values())
            while left > 0:
                if used == per_day:
                    day, used = day + 1, 0
                take = min(left, per_day - used)
                slots.append(Slot(day, cohort.start_date + dt.timedelta(days=day - 1), module["number"],
                                  topic["code"], topic["title"], take))
                used += take
                left -= take
    return slots


# ---- access -----------------------------------------------------------------------------------------

def is_centre_staff(user) -> bool:
    return user.is_authenticated and (user.is_superuser or CentreStaff.objects.filter(user=user).exists())


def can_manage(user, cohort: Cohort) -> bool:
    return user.is_authenticated and (user.is_superuser or cohort.staff.filter(pk=user.pk).exists())


def require_manage(user, cohort: Cohort) -> None:
    if not can_manage(user, cohort):
        raise Forbidden(_("This cohort is not yours."))


def require_view_participant(user, participant: Participant) -> None:
    if not (user.is_authenticated and (participant.user_id == user.pk or can_manage(user, participant.cohort))):
        raise Forbidden(_("This record is not yours."))


def managed_cohorts(user):
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(staff=user)


# ---- parsing helpers ------------------------------------------------------------------------------

def whole(value, label: str, low: int, high: int | None) -> int:
    """A whole number within bounds, or a TrainingError naming the field."""
    text = (value or "").strip() if isinstance(value, str) else value
    try:
        number = int(text)
    except (TypeError, ValueError):
        raise TrainingError(_("%(field)s: enter a whole number.") % {"field": label}) from None
    if number < low or (high is not None and number > high):
        raise TrainingError(_("%(field)s: must be between %(low)s and %(high)s.")
                            % {"field": label, "low": low, "high": high})
    return number


# ---- state changes (each one audited) -----------------------------------------------------------------

def create_cohort(user, *, title: str, fmt: str, start_date: dt.date, trainers: str, ip=None) -> Cohort:
    if not is_centre_staff(user):
        raise Forbidden(_("Only training-centre staff may do this."))
    with transaction.atomic():
        cohort = Cohort.objects.create(title=title, format=fmt, start_date=start_date, trainers=trainers)
        cohort.staff.add(user)
        record(user, "training.cohort.created", cohort, ip=ip,
               after={"title": title, "format": fmt, "start_date": start_date, "trainers": trainers})
    return cohort


def set_pass_mark(user, cohort: Cohort, value: int | None, ip=None) -> None:
    require_manage(user, cohort)
    max_total = sum(c["max_points"] or 0 for c in course()["rubric"])
    if value is not None and not 0 <= value <= max_total:
        raise TrainingError(_("Pass mark: must be between %(low)s and %(high)s.") % {"low": 0, "high": max_total})
    before = cohort.pass_mark
    with transaction.atomic():
        cohort.pass_mark = value
        cohort.save(update_fields=["pass_mark"])
        record(user, "training.cohort.pass_mark", cohort, before={"pass_mark": before},
               after={"pass_mark": value}, ip=ip)


def enrol(user, cohort: Cohort, *, name: str, school: str, email: str, ip=None) -> Participant:
    from sanat.accounts.verification import verified_user

    require_manage(user, cohort)
    email = email.strip().lower()
    account = verified_user(email)  # only an account that proved it owns the address (see attach_verified)
    try:
        with transaction.atomic():
            p = Participant.objects.create(cohort=cohort, name=name.strip(), school=school.strip(), email=email,
                                           user=account)
            record(user, "training.participant.enrolled", p, ip=ip,
                   after={"cohort": cohort.pk, "name": p.name, "school": p.school, "user": account and account.pk})
    except IntegrityError:
        raise TrainingError(_("This e-mail address is already enrolled in the cohort.")) from None
    return p


def save_attendance(user, participant: Participant, hours: dict[tuple[str, str], int], ip=None) -> None:
    """Replace the attended hours; every value must lie within the topic's planned hours for its activity."""
    require_manage(user, participant.cohort)
    plan = topic_hours(participant.cohort.format)
    for (topic, activity), value in hours.items():
        top = plan.get(topic, {}).get(activity)
        if top is None:
            raise TrainingError(_("Topic %(topic)s has no activity %(activity)s.") % {"topic": topic, "activity": activity})
        if not 0 <= value <= top:
            raise TrainingError(_("Topic %(topic)s: at most %(max)s hours.") % {"topic": topic, "max": top})
    with transaction.atomic():
        current = {(a.topic, a.activity): a for a in participant.attendance.select_for_update()}
        before = {f"{k[0]}/{k[1]}": a.hours for k, a in current.items()}
        for key, value in hours.items():
            if key in current:
                if current[key].hours != value:
                    current[key].hours = value
                    current[key].save(update_fields=["hours"])
            else:
                Attendance.objects.create(participant=participant, topic=key[0], activity=key[1], hours=value)
        after = {f"{k[0]}/{k[1]}": v for k, v in hours.items()}
        if after != {k: before.get(k, 0) for k in after}:
            record(user, "training.attendance.saved", participant, before=before, after=after, ip=ip)


def checklists() -> list[dict]:
    return course()["self_assessment_tools"]


def save_checklist(user, participant: Participant, ticked: set[tuple[int, int]], ip=None) -> None:
    require_manage(user, participant.cohort)
    valid = {(t["number"], i) for t in checklists() for i in range(1, len(t["items"]) + 1)}
    if not ticked <= valid:
        raise TrainingError(_("Unknown checklist item."))
    with transaction.atomic():
        before = {(t.tool, t.item) for t in participant.ticks.select_for_update()}
        if before == ticked:
            return
        participant.ticks.exclude(pk__in=[t.pk for t in participant.ticks.all() if (t.tool, t.item) in ticked]).delete()
        for tool, item in sorted(ticked - before):
            ChecklistTick.objects.create(participant=participant, tool=tool, item=item)
        record(user, "training.checklist.saved", participant, ip=ip,
               before=sorted(f"{a}.{b}" for a, b in before), after=sorted(f"{a}.{b}" for a, b in ticked))


def save_score(user, participant: Participant, points: dict[int, int], ip=None) -> rubric_mod.Score:
    require_manage(user, participant.cohort)
    try:
        result = rubric_mod.score(course()["rubric"], points)
    except rubric_mod.ScoringError as exc:
        raise TrainingError(_("The score does not fit the rubric: %(reason)s") % {"reason": exc}) from None
    with transaction.atomic():
        old = FinalScore.objects.select_for_update().filter(participant=participant).first()
        before = old.points if old else None
        stored = {str(k): v for k, v in points.items()}
        if before == stored:
            return result
        FinalScore.objects.update_or_create(participant=participant, defaults={
            "points": stored, "total": result.total, "max_total": result.max_total})
        record(user, "training.score.saved", participant, before=before, after=stored, ip=ip)
    return result


def save_status(user, participant: Participant, *, practical: bool, defended: bool, ip=None) -> None:
    require_manage(user, participant.cohort)
    before = {"practical_tasks_done": participant.practical_tasks_done,
              "final_work_defended": participant.final_work_defended}
    after = {"practical_tasks_done": practical, "final_work_defended": defended}
    if before == after:
        return
    with transaction.atomic():
        participant.practical_tasks_done, participant.final_work_defended = practical, defended
        participant.save(update_fields=["practical_tasks_done", "final_work_defended"])
        record(user, "training.status.saved", participant, before=before, after=after, ip=ip)


# ---- progress and the certificate ------------------------------------------------------------------------

def attended(participant: Participant) -> dict[tuple[str, str], int]:
    return {(a.topic, a.activity): a.hours for a in participant.attendance.all()}


def progress(participant: Participant) -> cert_rule.Progress:
    """A module is mastered when every planned hour of its topics is attended; the course is completed
    when every module is; practical tasks and the defence are marked by staff."""
    plan = topic_hours(participant.cohort.format)
    done = attended(participant)
    mastered = frozenset(
        m["number"] for m in course()["modules"]
        if all(done.get((t["code"], a), 0) >= h for t in m["topics"] for a, h in plan[t["code"]].items()))
    all_modules = {m["number"] for m in course()["modules"]}
    return cert_rule.Progress(course_completed=mastered >= all_modules, modules_mastered=mastered,
                              practical_tasks_done=participant.practical_tasks_done,
                              final_work_defended=participant.final_work_defended)


def final_score(participant: Participant) -> rubric_mod.Score | None:
    stored = FinalScore.objects.filter(participant=participant).first()
    if stored is None:
        return None
    return rubric_mod.score(course()["rubric"], {int(k): v for k, v in stored.points.items()},
                            pass_mark=participant.cohort.pass_mark)


def decision(participant: Participant) -> cert_rule.Decision:
    return cert_rule.decide(cert_rule.rule_from_course(course()), progress(participant), final_score(participant))


def _new_number(cohort: Cohort) -> str:
    return f"TC-{cohort.start_date:%Y}-{secrets.token_hex(4).upper()}"


def issue_certificate(user, participant: Participant, ip=None) -> Certificate:
    require_manage(user, participant.cohort)
    existing = Certificate.objects.filter(participant=participant).first()
    if existing:
        return existing
    d = decision(participant)
    if not d.issued:
        raise TrainingError(_("The certificate conditions are not met."))
    c = course()
    try:
        with transaction.atomic():
            cert = _create_certificate(user, participant, d, c, ip)
    except IntegrityError:  # a concurrent issue for the same participant won
        existing = Certificate.objects.filter(participant=participant).first()
        if existing is None:
            raise
        return existing
    return cert


def _create_certificate(user, participant, d, c, ip) -> Certificate:
    for _attempt in range(5):
        number = _new_number(participant.cohort)
        if not Certificate.objects.filter(number=number).exists():
            break
    cert = Certificate.objects.create(
        participant=participant, number=number, participant_name=participant.name,
        course_title=c["course"]["title"]["text"], hours=d.hours or c["course"]["hours"]["value"],
        start_date=participant.cohort.start_date, end_date=end_date(participant.cohort),
        modules=module_hours(participant.cohort.format))
    record(user, "training.certificate.issued", cert, ip=ip,
           after={"number": cert.number, "participant": participant.pk, "hours": cert.hours})
    return cert


def revoke_certificate(user, cert: Certificate, reason: str, ip=None) -> None:
    """Mark a certificate revoked with a reason (audited); revoking twice changes nothing."""
    require_manage(user, cert.participant.cohort)
    if cert.revoked:
        return
    with transaction.atomic():
        cert.revoked, cert.revoked_reason = True, reason
        cert.save(update_fields=["revoked", "revoked_reason"])
        record(user, "training.certificate.revoked", cert, ip=ip, before={"revoked": False},
               after={"revoked": True, "reason": reason})


def attach_verified(user, email: str) -> int:
    """Link the participant records waiting for ``email`` to ``user``, who has just verified it."""
    waiting = list(Participant.objects.filter(email__iexact=email, user__isnull=True))
    for p in waiting:
        p.user = user
        p.save(update_fields=["user"])
        record(user, "training.participant.linked", p, after={"user": user.pk})
    return len(waiting)
