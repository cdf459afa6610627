"""Attestation workspace services: glue between the pages, the rules engine and the standard.

No engine logic here: formal conditions and evidence statements come from ``sanat.rules.explain.decide``,
positions, criteria and descriptors from the loaded catalog edition (``sanat.catalog.store``).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import os
import secrets
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sanat.accounts.services import record
from sanat.accounts.verification import is_verified
from sanat.catalog import store
from sanat.rules import messages as msg
from sanat.rules.explain import decide
from sanat.rules.profile import validate
from sanat.vocabulary import CATEGORIES, LANGS, norm_lang
from sanat.web.kit.errors import ServiceError
from sanat.web.kit.links import site_link
from sanat.web.kit.storage import private_root
from sanat.web.kit.uploads import KINDS, MAX_UPLOAD_BYTES, safe_display_name, sniff

from .models import Evidence, PlanItem, ReminderSent, SelfAssessment, Workspace

log = logging.getLogger(__name__)

#: Months before a category's ``until`` date when a reminder is due. Not taken from the law (our sources
#: do not state a rule for reminders): a policy default, overridable by ``SANAT_ATTESTATION_REMINDER_MONTHS``.
DEFAULT_REMINDER_MONTHS = (12, 6, 3)


class UploadRejected(ServiceError):
    """An evidence file refused by its content or size; the message is shown beside the upload field."""


def reminder_months() -> tuple[int, ...]:
    return tuple(sorted(getattr(settings, "SANAT_ATTESTATION_REMINDER_MONTHS", DEFAULT_REMINDER_MONTHS),
                        reverse=True))


def workspace_for(user, lang: str | None = None) -> Workspace:
    """The user's workspace (created on first use). ``lang``: the language of the page asking (the workspace
    pages pass theirs), kept as the language the reminders are written in."""
    ws, created = Workspace.objects.get_or_create(user=user)
    if created:
        record(user, "attestation.workspace.created", ws)
    if lang in LANGS and ws.lang != lang:
        ws.lang = lang
        ws.save(update_fields=["lang"])
    return ws


# ---- profile ------------------------------------------------------------------------------------------

def position_data(pid: str) -> dict | None:
    """A position's catalog JSON of the loaded edition, or ``None``."""
    return store.position(pid)


def position_choices(lang: str) -> list[tuple[str, str]]:
    """``(id, "id — title")`` of every position of the loaded edition."""
    return store.position_choices(lang)


def save_profile(user, ws: Workspace, position_id: str, profile: dict, ip: str | None = None,
                 achievement_moves: dict[int, int | None] | None = None) -> None:
    """Store a profile already checked by ``sanat.rules.profile.validate``; audited with before/after.

    ``achievement_moves`` (old index → new index or ``None``) keeps evidence linked to the same
    achievement when the forms remove or reorder achievements."""
    validate(profile)
    before = {"position_id": ws.position_id, "profile": ws.profile}
    with transaction.atomic():
        ws.position_id, ws.profile = position_id, profile
        ws.save()
        for ev in ws.evidence.exclude(achievement=None) if achievement_moves is not None else ():
            new = achievement_moves.get(ev.achievement)
            if new != ev.achievement:
                ev.achievement = new
                ev.save(update_fields=["achievement"])
        record(user, "attestation.profile.saved", ws, before=before,
               after={"position_id": position_id, "profile": profile}, ip=ip)


# ---- self-assessment ----------------------------------------------------------------------------------

def criteria(lang: str) -> list[dict]:
    """Every criterion of the standard with its descriptor per category (``None`` = not printed)."""
    data = store.standard()
    out: list[dict] = []
    if data is None:
        return out
    for comp in data["competencies"]:
        for crit in comp["criteria"]:
            desc = data["category_descriptors"].get(crit["code"], {})
            out.append({"code": crit["code"], "name": crit["name"], "competency": comp["name"],
                        "options": [(c, desc.get(c)) for c in CATEGORIES]})
    return out


def save_self_assessment(user, ws: Workspace, picks: dict[str, str], today: date, ip: str | None = None) -> int:
    """``picks``: criterion code → category code (empty = not assessed, removes a previous pick)."""
    valid = {c["code"] for c in criteria("kk")}
    current = {a.criterion: a for a in ws.assessments.all()}
    changes = {}
    with transaction.atomic():
        for code, cat in picks.items():
            if code not in valid or (cat and cat not in CATEGORIES):
                raise ValueError(code)
            old = current.get(code)
            if not cat:
                if old:
                    old.delete()
                    changes[code] = [old.category, None]
                continue
            if old and old.category == cat:
                continue
            SelfAssessment.objects.update_or_create(workspace=ws, criterion=code,
                                                    defaults={"category": cat, "assessed_on": today})
            changes[code] = [old.category if old else None, cat]
        if changes:
            record(user, "attestation.self_assessment.saved", ws, after={"changes": changes, "on": today}, ip=ip)
    return len(changes)


def self_summary(ws: Workspace, target: str | None) -> dict:
    rows = list(ws.assessments.all())
    counts = {c: 0 for c in CATEGORIES}
    for a in rows:
        counts[a.category] = counts.get(a.category, 0) + 1
    below = []
    if target in CATEGORIES:
        ti = CATEGORIES.index(target)
        below = sorted(a.criterion for a in rows if CATEGORIES.index(a.category) < ti)
    return {"total": len(criteria("kk")), "assessed": len(rows), "counts": counts, "below": below,
            "last": max((a.assessed_on for a in rows), default=None)}


# ---- decision -----------------------------------------------------------------------------------------

def decision(ws: Workspace, lang: str, today: date) -> dict | None:
    """The engine's decision for the stored profile and post, or ``None`` when either is missing."""
    pos = position_data(ws.position_id) if ws.position_id else None
    if not pos or not ws.profile:
        return None
    return decide(pos, ws.profile, today, lang)


def statements(dec: dict | None) -> list[str]:
    """Every competency statement of the post (all categories), for the evidence mapping."""
    seen, out = set(), []
    for c in (dec or {}).get("categories", []):
        for e in c["evidence"]:
            if e["statement"] not in seen:
                seen.add(e["statement"])
                out.append(e["statement"])
    return out


def readiness(ws: Workspace, dec: dict, category: str) -> dict | None:
    cat = next((c for c in dec["categories"] if c["category"] == category), None)
    if cat is None:
        return None
    files = list(ws.evidence.all())
    evidence = []
    for e in cat["evidence"]:
        linked = [f for f in files if e["statement"] in (f.statements or [])]
        evidence.append({**e, "files": linked})
    return {"category": cat, "evidence": evidence,
            "conditions_met": sum(1 for c in cat["conditions"] if c["status"] in ("met", "advisory")),
            "conditions_total": len(cat["conditions"])}


def generate_plan(user, ws: Workspace, dec: dict, category: str, ip: str | None = None) -> int:
    """Add a plan item for each unmet condition, each required statement the engine marks missing that
    has no file mapped to it, and each criterion self-assessed below the target; an item already in the
    plan (same text) is not repeated. Statements the commission judges are not plan items (they have no
    gap the engine can see); the readiness page lists them."""
    ready = readiness(ws, dec, category)
    if ready is None:
        raise ValueError(category)
    texts: list[tuple[str, str]] = []
    for c in ready["category"]["conditions"]:
        if c["status"] not in ("met", "advisory"):
            texts.append(("condition", c["text"]))
    for e in ready["evidence"]:
        if e["status"] == "missing" and not e["optional"] and not e["files"]:
            texts.append(("evidence", _("Collect evidence: %(s)s") % {"s": e["statement"]}))
    names = {c["code"]: c["name"] for c in criteria(dec["lang"])}
    for code in self_summary(ws, category)["below"]:
        texts.append(("self", _("Develop criterion %(code)s «%(name)s» to the target level")
                      % {"code": code, "name": names.get(code, "")}))
    have = set(ws.plan.filter(category=category).values_list("origin", flat=True))
    new = [PlanItem(workspace=ws, category=category, text=t, origin=t, source=s) for s, t in texts if t not in have]
    with transaction.atomic():
        PlanItem.objects.bulk_create(new)
        if new:
            record(user, "attestation.plan.generated", ws, after={"category": category, "items": [p.text for p in new]},
                   ip=ip)
    return len(new)


def update_plan_item(user, item: PlanItem, text: str, due: date | None, done: bool, ip: str | None = None) -> None:
    before = {"text": item.text, "due": item.due, "done": item.done}
    after = {"text": text, "due": due, "done": done}
    if before == after:
        return
    item.text, item.due, item.done = text, due, done
    item.save()
    record(user, "attestation.plan.updated", item, before=before, after=after, ip=ip)


# ---- evidence files -----------------------------------------------------------------------------------

def store_upload(user, ws: Workspace, upload, title: str, mapped: list[str], achievement: int | None,
                 ip: str | None = None) -> Evidence:
    """Stream the upload to a temp file, check its first bytes and size, rename it to a random name."""
    if upload.size and upload.size > MAX_UPLOAD_BYTES:
        raise UploadRejected(_("The file is larger than 10 MB."))
    d = private_root("attestation")
    tmp = d / f".tmp-{secrets.token_hex(8)}"
    digest, size, head = hashlib.sha256(), 0, b""
    try:
        with open(tmp, "wb") as fh:
            for chunk in upload.chunks():
                if len(head) < 16:
                    head += chunk[:16]
                size += len(chunk)
                if size > MAX_UPLOAD_BYTES:
                    raise UploadRejected(_("The file is larger than 10 MB."))
                digest.update(chunk)
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        kind = sniff(head)
        if kind is None:
            raise UploadRejected(_("Only PDF, JPEG or PNG files are accepted (checked by content)."))
        if size == 0:
            raise UploadRejected(_("The file is empty."))
        name = secrets.token_hex(16) + KINDS[kind]
        os.replace(tmp, d / name)
    finally:
        if tmp.exists():
            tmp.unlink()
    ev = Evidence.objects.create(workspace=ws, title=title, display_name=safe_display_name(upload.name or ""),
                                 stored_name=name, content_type=kind, size=size, sha256=digest.hexdigest(),
                                 statements=mapped, achievement=achievement)
    record(user, "attestation.evidence.uploaded", ev,
           after={"title": title, "type": kind, "size": size, "sha256": ev.sha256, "statements": mapped,
                  "achievement": achievement}, ip=ip)
    return ev


def map_evidence(user, ev: Evidence, mapped: list[str], achievement: int | None, ip: str | None = None) -> None:
    before = {"statements": ev.statements, "achievement": ev.achievement}
    after = {"statements": mapped, "achievement": achievement}
    if before == after:
        return
    ev.statements, ev.achievement = mapped, achievement
    ev.save(update_fields=["statements", "achievement"])
    record(user, "attestation.evidence.mapped", ev, before=before, after=after, ip=ip)


def evidence_path(ev: Evidence) -> Path:
    return private_root("attestation") / ev.stored_name


# ---- category validity and reminders ------------------------------------------------------------------

def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def current_category(profile: dict, today: date) -> dict | None:
    """The held category in force today (``since`` ≤ today ≤ ``until``) with the latest ``until``."""
    held = []
    for c in (profile or {}).get("categories") or []:
        since = date.fromisoformat(c["since"]) if c.get("since") else None
        until = date.fromisoformat(c["until"]) if c.get("until") else None
        if (since is None or since <= today) and (until is None or today <= until):
            held.append({"code": c["code"], "since": since, "until": until})
    if not held:
        return None
    return max(held, key=lambda c: (c["until"] or date.max, c["since"] or date.min))


def validity(profile: dict, today: date) -> dict | None:
    cur = current_category(profile, today)
    if cur is None:
        return None
    schedule = []
    if cur["until"]:
        for m in reminder_months():
            schedule.append({"months": m, "on": add_months(cur["until"], -m)})
    return {**cur, "schedule": schedule,
            "days_left": (cur["until"] - today).days if cur["until"] else None}


def due_reminder(profile: dict, today: date) -> tuple[dict, int] | None:
    """The reminder due today: the nearest threshold already passed (earlier missed ones are not sent)."""
    v = validity(profile, today)
    if not v or not v["until"]:
        return None
    passed = [s for s in v["schedule"] if s["on"] <= today]
    if not passed:
        return None
    return v, min(s["months"] for s in passed)


def send_reminders(today: date | None = None) -> int:
    """Send each due reminder once (a unique row per workspace, category, until and months); audited."""
    today = today or timezone.localdate()
    sent = 0
    for ws in Workspace.objects.select_related("user").exclude(profile={}):
        due = due_reminder(ws.profile, today)
        if due is None or not ws.user.email or not is_verified(ws.user):  # only to a proved address
            continue
        v, months = due
        if ReminderSent.objects.filter(workspace=ws, category=v["code"], until=v["until"], months__lte=months).exists():
            continue  # this one, or a later (closer to expiry) one, was already sent
        try:
            with transaction.atomic():
                row = ReminderSent.objects.create(workspace=ws, category=v["code"], until=v["until"], months=months)
        except IntegrityError:
            continue
        subject, body = reminder_mail(ws, v, today)
        try:
            send_mail(subject, body, None, [ws.user.email], fail_silently=False)
        except Exception:  # a failed send is retried by the next run
            log.exception("attestation reminder to workspace %s failed", ws.pk)
            row.delete()
            continue
        record(None, "attestation.reminder.sent", ws,
               after={"category": v["code"], "until": v["until"], "months": months, "to": _mask(ws.user.email),
                      "lang": norm_lang(ws.lang)})
        sent += 1
    return sent


def reminder_mail(ws: Workspace, v: dict, today: date) -> tuple[str, str]:
    """(subject, body) of the reminder, in the teacher's language only (``Workspace.lang``, else Kazakh):
    the category's name, its end date as dd.mm.yyyy, the days left, a link to the workspace page."""
    lang = norm_lang(ws.lang)
    until = f"{v['until']:%d.%m.%Y}"
    days = (v["until"] - today).days
    with translation.override(lang):
        subject = _("sanat: your qualification category expires on %(until)s") % {"until": until}
        left = ngettext("%(n)s day left", "%(n)s days left", days) % {"n": days}
        body = "\n\n".join([
            _("Your qualification category «%(cat)s» is valid until %(until)s (%(left)s).")
            % {"cat": msg.CATEGORY_LABEL[lang].get(v["code"], v["code"]), "until": until, "left": left},
            _("Plan your attestation on the page «%(page)s»: %(url)s")
            % {"page": _("Attestation workspace"), "url": site_link("attestation:workspace", lang=lang)}])
    return subject, body


def _mask(email: str) -> str:
    local, _sep, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"


def record_category(actor, ws: Workspace, code: str, since: date, until: date | None, *, source: str = "",
                    ip: str | None = None) -> None:
    """Write a held category to the teacher's profile (``{code, since, until}``; the same code's earlier
    dates are replaced), so the workspace's validity and reminder schedule follow it. Used by the
    attestation procedure's decision (``source`` names it, e.g. the decision number); audited."""
    data = json.loads(json.dumps(ws.profile or {}))
    entry = {"code": code, "since": since.isoformat(), "until": until.isoformat() if until else None}
    data["categories"] = [c for c in data.get("categories") or [] if c.get("code") != code] + [entry]
    validate(data)
    before = {"categories": (ws.profile or {}).get("categories") or []}
    ws.profile = data
    ws.save(update_fields=["profile", "updated_at"])
    record(actor, "attestation.category.recorded", ws, before=before,
           after={"categories": data["categories"], "source": source}, ip=ip)
