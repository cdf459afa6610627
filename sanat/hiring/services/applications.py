"""Applications: apply in the window, upload documents, completeness check, withdrawal."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import secrets
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.ops import ratelimit
from sanat.web.kit.citations import cite_code
from sanat.web.kit.errors import Forbidden, ServiceError
from sanat.web.kit.lang import current_lang
from sanat.web.kit.storage import private_root
from sanat.web.kit.uploads import KINDS, MAX_UPLOAD_BYTES, safe_display_name, sniff

from .. import iin as iin_mod
from ..models import Application, Competition, DocumentRequirement, Post, StagedUpload, Upload
from . import access, clock, doclist
from .errors import HiringError
from .notify import queue_mail, to_candidate
from .verdicts import profile_from_form

_SQLITE_LOCK = threading.Lock()


@contextlib.contextmanager
def serialised():
    """Writers of one competition run one at a time. PostgreSQL: ``select_for_update`` inside does it;
    SQLite (development and tests only) has no row locks, so writers in this process take one lock."""
    if connection.vendor == "sqlite":
        with _SQLITE_LOCK:
            yield
    else:
        yield


def snapshot(app: Application) -> dict:
    return {"state": app.state, "posts": sorted(app.posts.values_list("pk", flat=True)),
            "return_reasons": app.return_reasons}


def mask_email(email: str) -> str:
    """``a•••@example.kz``: the audit log outlives the retention purge, so it gets no full address."""
    local, at, domain = (email or "").partition("@")
    return f"{local[:1]}•••{at}{domain}" if at else "•••"


def in_window(comp: Competition) -> bool:
    now = clock.now()
    return comp.state == Competition.PUBLISHED and comp.accepts_from <= now <= comp.accepts_until


def _require_window(comp: Competition) -> None:
    if not in_window(comp):
        raise HiringError(_("Applications are accepted only within the announced window."))


def apply(actor, comp: Competition, *, post_ids: Iterable[int], iin: str, birth_date, last_name: str,
          first_name: str, middle_name: str, email: str, phone: str,
          idempotency_key: uuid.UUID, profile: dict | None = None) -> tuple[Application, bool]:
    """Create the candidate's application; a repeated submit returns the existing one (created=False)."""
    if not actor.is_authenticated:
        raise Forbidden(_("Log in first."))
    if roles := access.staff_roles(actor, comp):
        # Conflict of interest: the organisation's admin/viewer or a commission member may not compete
        # while holding the role (decision: refuse, audited; the role must be given up first).
        record(actor, "application.refused_conflict_of_interest", comp, after={"roles": roles})
        raise Forbidden(_("You hold a role in this organisation or its commission; give it up before applying."))
    try:
        parsed = iin_mod.parse(iin)
    except iin_mod.InvalidIIN as exc:
        raise HiringError(_("The IIN is not valid: %(why)s") % {"why": exc}) from exc
    if parsed.birth_date != birth_date:
        raise HiringError(_("The birth date does not match the IIN."))
    post_ids = sorted(set(post_ids))
    with serialised(), transaction.atomic():
        comp = Competition.objects.select_for_update().get(pk=comp.pk)
        _require_window(comp)
        existing = (Application.objects.filter(idempotency_key=idempotency_key).first()
                    or Application.objects.filter(competition=comp, candidate=actor).first())
        if existing is not None:
            if existing.candidate_id != actor.pk or existing.competition_id != comp.pk:
                raise Forbidden(_("This application is not yours."))
            return existing, False
        posts = list(Post.objects.filter(competition=comp, pk__in=post_ids))
        if not posts or len(posts) != len(post_ids):
            raise HiringError(_("Choose at least one post of this competition."))
        digest = iin_mod.keyed_hash(parsed.value)
        if Application.objects.filter(competition=comp, iin_hmac=digest).exists():
            raise HiringError(_("An application with this IIN already exists in this competition."))
        if comp.commission.filter(user=actor).exists():
            raise HiringError(_("A commission member cannot apply."))
        try:
            with transaction.atomic():
                app = Application.objects.create(
                    competition=comp, candidate=actor, idempotency_key=idempotency_key, iin_hmac=digest,
                    iin_last2=parsed.value[-2:],
                    birth_date=parsed.birth_date, last_name=last_name.strip(), first_name=first_name.strip(),
                    middle_name=middle_name.strip(), email=email, phone=phone, profile=profile,
                    submitted_at=clock.now(), lang=current_lang())
        except IntegrityError:
            existing = Application.objects.filter(competition=comp, candidate=actor).first()
            if existing is None:
                raise
            return existing, False
        app.posts.set(posts)
        record(actor, "application.submitted", app,
               after={**snapshot(app), "iin": app.iin_masked, "email": mask_email(app.email)})
        return app, True


def _write_temp(upload) -> tuple[Path, str, int, str]:
    """Stream the upload to a private temp file; return (path, content type, size, sha256)."""
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise HiringError(_("The file is larger than %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)})
    tmp = private_root("hiring") / f".incoming-{secrets.token_hex(16)}"
    digest, size, kind = hashlib.sha256(), 0, None
    try:
        with open(tmp, "xb") as out:
            for chunk in upload.chunks():
                if kind is None:
                    kind = sniff(chunk[:16])
                    if kind is None:
                        raise HiringError(_("Only PDF, JPEG or PNG files are accepted (checked by content)."))
                size += len(chunk)
                if size > MAX_UPLOAD_BYTES:
                    raise HiringError(_("The file is larger than %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)})
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise HiringError(_("The file is empty."))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, kind, size, digest.hexdigest()


def store_upload(actor, app: Application, requirement: DocumentRequirement | None, upload) -> tuple[Upload, bool]:
    """Store one document of the candidate's own application; the same bytes twice give the same row."""
    if app.candidate_id != getattr(actor, "pk", None):
        raise Forbidden(_("This application is not yours."))
    if requirement is not None and (requirement.competition_id != app.competition_id or not requirement.accepts_upload):
        raise HiringError(_("This item takes no upload."))
    tmp, kind, size, sha = _write_temp(upload)
    try:
        with serialised(), transaction.atomic():
            app = Application.objects.select_for_update().select_related("competition").get(pk=app.pk)
            _require_window(app.competition)
            if app.state not in (Application.SUBMITTED, Application.RETURNED):
                raise HiringError(_("This application no longer takes documents."))
            same = Upload.objects.filter(application=app, requirement=requirement, sha256=sha).first()
            if same is not None:
                return same, False
            name = f"{secrets.token_hex(16)}{KINDS[kind]}"
            os.replace(tmp, private_root("hiring") / name)
            row = Upload.objects.create(application=app, requirement=requirement, stored_name=name,
                                        original_name=safe_display_name(upload.name or "file"), content_type=kind,
                                        size=size, sha256=sha, uploaded_by=actor)
            record(actor, "upload.stored", row, after={"application": app.pk, "requirement": getattr(requirement, "number", None),
                                                       "sha256": sha, "size": size, "type": kind})
            return row, True
    finally:
        tmp.unlink(missing_ok=True)


def upload_path(row: Upload) -> Path:
    return private_root("hiring") / row.stored_name


def open_upload(actor, upload_id: int) -> tuple[Upload, Path]:
    """An upload the actor may read (its candidate or the competition's staff); the read is audited."""
    row = Upload.objects.select_related("application__competition").get(pk=upload_id)
    access.require_application_view(actor, row.application)
    if row.purged_at is not None:
        raise FileNotFoundError("deleted by the retention purge")
    record(actor, "upload.read", row)
    return row, upload_path(row)


IIN_CHECKS_PER_APPLICATION_PER_DAY = 5


def verify_iin(actor, app: Application, value: str) -> bool:
    """The secretary compares the IIN on the identity document with the application's (only its keyed
    hash is stored). Audited with the result; the typed value is not logged."""
    access.require_secretary(actor, app.competition)
    if app.redacted:
        raise HiringError(_("The personal data of this application was deleted after the retention period."))
    # Each try narrows the IIN down (its checksum and birth date leave ~199 candidates): a few tries per
    # application per day, reserved before the comparison so parallel tries cannot exceed it.
    if not ratelimit.take(f"iin-check:{actor.pk}:{app.pk}", IIN_CHECKS_PER_APPLICATION_PER_DAY,
                          dt.timedelta(days=1)):
        record(actor, "application.iin_check_refused", app, note="limit reached")
        raise HiringError(_("Too many IIN checks for this application today. Try again tomorrow."))
    match = app.iin_matches(value)
    record(actor, "application.iin_checked", app, after={"match": match})
    return match


def current_uploads(app: Application) -> dict[int | None, Upload]:
    """The latest upload per item (older ones stay stored and listed in the history)."""
    latest: dict[int | None, Upload] = {}
    for row in app.uploads.all().order_by("id"):
        latest[row.requirement_id] = row
    return latest


def missing_documents(app: Application) -> list[DocumentRequirement]:
    """Always-required items with no upload (``if any`` items and exemptions are never missing)."""
    have = {r for r in current_uploads(app) if r is not None}
    return [r for r in app.competition.requirements.all()
            if r.condition == DocumentRequirement.ALWAYS and r.pk not in have]


@transaction.atomic
def check(actor, app: Application, *, accept: bool, reasons: str = "") -> Application:
    """The secretary's completeness check: accept, or return citing the rule and notify the candidate."""
    access.require_secretary(actor, app.competition)
    app = Application.objects.select_for_update().select_related("competition").get(pk=app.pk)
    if app.competition.state not in (Competition.PUBLISHED, Competition.CLOSED):
        raise HiringError(_("Checks happen while the competition is published or just closed."))
    if app.state != Application.SUBMITTED:
        raise HiringError(_("Only a submitted application can be checked."))
    before = snapshot(app)
    missing = missing_documents(app)
    rule = doclist.return_rule()
    if accept:
        if missing:
            raise HiringError(_("Documents are missing; the rule requires returning them: %(rule)s")
                              % {"rule": cite_code(rule["citation"])})
        app.state, app.return_reasons = Application.ACCEPTED, []
    else:
        items = [{"number": r.number, "title_kk": r.title_kk, "title_ru": r.title_ru, "citation": r.citation,
                  "reason": "missing"} for r in missing]
        if reasons.strip():
            items.append({"number": None, "reason": reasons.strip()})
        if not items:
            raise HiringError(_("Give the reason for the return."))
        app.state, app.return_reasons = Application.RETURNED, [*items, {"rule": rule}]
    app.checked_at, app.checked_by = clock.now(), actor
    app.save(update_fields=["state", "return_reasons", "checked_at", "checked_by"])
    record(actor, "application.accepted" if accept else "application.returned", app, before=before,
           after=snapshot(app))

    def message() -> tuple[str, str]:
        comp_title = app.competition.title
        if accept:
            return (_("Your application was accepted"),
                    _("Your application to «%(c)s» was accepted for assessment.") % {"c": comp_title})
        ru = current_lang() == "ru"
        listed = [i for i in app.return_reasons if "rule" not in i]
        lines = [f"{i['number']}. {(i['title_ru'] or i['title_kk']) if ru else (i['title_kk'] or i['title_ru'])}"
                 if i.get("number") else i.get("reason", "") for i in listed]
        if any(i.get("number") and not i.get("title_ru" if ru else "title_kk") for i in listed):
            lines.insert(0, _("The documents (the source names them only in the other language):"))
        # the rule in the candidate's language; where the source has it only in the other one, it says so
        own, other = (rule["ru"], rule["kk"]) if ru else (rule["kk"], rule["ru"])
        rule_text = (own or (_("The rule (the source gives it only in the other language):") + "\n" + other)
                     if own or other else "") + f" ({rule['citation']})"
        return (_("Your documents were returned"),
                _("Your application to «%(c)s» was returned.") % {"c": comp_title} + "\n\n" + "\n".join(lines)
                + "\n\n" + rule_text)

    queue_mail([to_candidate(app, message)])
    return app


@transaction.atomic
def resubmit(actor, app: Application) -> Application:
    """A returned application, completed by the candidate within the window, goes back to the secretary."""
    app = Application.objects.select_for_update().select_related("competition").get(pk=app.pk)
    if app.candidate_id != actor.pk:
        raise Forbidden(_("This application is not yours."))
    _require_window(app.competition)
    if app.state != Application.RETURNED:
        raise HiringError(_("Only a returned application can be resubmitted."))
    before = snapshot(app)
    # submitting again is submitting: the language the candidate now uses is the one they are written in
    app.state, app.lang = Application.SUBMITTED, current_lang()
    app.save(update_fields=["state", "lang"])
    record(actor, "application.resubmitted", app, before=before, after=snapshot(app))
    return app


@transaction.atomic
def withdraw(actor, app: Application) -> Application:
    """The candidate withdraws (until the commission has finished scoring). Documents stay stored."""
    app = Application.objects.select_for_update().select_related("competition").get(pk=app.pk)
    if app.candidate_id != actor.pk:
        raise Forbidden(_("This application is not yours."))
    if app.competition.state not in (Competition.PUBLISHED, Competition.CLOSED):
        raise HiringError(_("The competition is past the stage where a withdrawal is possible."))
    if app.state == Application.WITHDRAWN:
        return app
    before = snapshot(app)
    app.state = Application.WITHDRAWN
    app.save(update_fields=["state"])
    record(actor, "application.withdrawn", app, before=before, after=snapshot(app))
    return app


def stage_files(actor, comp: Competition, key: uuid.UUID, files: dict) -> list[str]:
    """Keep the valid files of a form that failed validation, under the form's key; return the file errors."""
    if not actor.is_authenticated:
        raise Forbidden(_("Log in first."))
    _require_window(comp)
    requirements = {r.pk: r for r in comp.requirements.all() if r.accepts_upload}
    errors: list[str] = []
    for field, upload in files.items():
        req = requirements.get(int(field[4:])) if field.startswith("doc_") and field[4:].isdigit() else None
        if req is None:
            continue
        try:
            tmp, kind, size, sha = _write_temp(upload)
        except ServiceError as exc:
            errors.append(f"{req.number}. {upload.name}: {exc}")
            continue
        try:
            with serialised(), transaction.atomic():
                if StagedUpload.objects.filter(candidate=actor, key=key, requirement=req, sha256=sha).exists():
                    continue
                name = f"{secrets.token_hex(16)}{KINDS[kind]}"
                os.replace(tmp, private_root("hiring") / name)
                row = StagedUpload.objects.create(candidate=actor, competition=comp, key=key, requirement=req,
                                                  original_name=safe_display_name(upload.name or "file"),
                                                  stored_name=name, content_type=kind, size=size, sha256=sha)
                record(actor, "upload.staged", row, after={"competition": comp.pk, "requirement": req.number,
                                                           "sha256": sha, "size": size})
        finally:
            tmp.unlink(missing_ok=True)
    return errors


def staged_for(actor, key) -> list[StagedUpload]:
    """Files kept from earlier failed submissions of this form (not yet attached)."""
    if not actor.is_authenticated or key is None:
        return []
    return list(StagedUpload.objects.filter(candidate=actor, key=key, attached_to__isnull=True).select_related("requirement"))


def _attach_staged(actor, app: Application, key) -> None:
    for staged in staged_for(actor, key):
        with serialised(), transaction.atomic():
            staged = StagedUpload.objects.select_for_update().get(pk=staged.pk)
            if staged.attached_to_id is not None or staged.competition_id != app.competition_id:
                continue
            same = Upload.objects.filter(application=app, requirement=staged.requirement, sha256=staged.sha256).exists()
            if not same:
                row = Upload.objects.create(application=app, requirement=staged.requirement,
                                            original_name=staged.original_name, stored_name=staged.stored_name,
                                            content_type=staged.content_type, size=staged.size, sha256=staged.sha256,
                                            uploaded_by=actor)
                record(actor, "upload.stored", row, after={"application": app.pk, "from_staged": staged.pk,
                                                           "requirement": getattr(staged.requirement, "number", None),
                                                           "sha256": staged.sha256, "size": staged.size})
            staged.attached_to = app
            staged.save(update_fields=["attached_to"])


def submit_with_documents(actor, comp: Competition, data: dict, files: dict) -> tuple[Application, bool, list[str]]:
    """Apply, attach the files kept from earlier failed submissions of the same form, and store every
    attached document. A failed file never undoes the application or the other files: it is reported,
    and the candidate can upload it again from the application page."""
    app, created = apply(actor, comp, post_ids=[int(p) for p in data["posts"]], iin=data["iin"],
                         birth_date=data["birth_date"], last_name=data["last_name"], first_name=data["first_name"],
                         middle_name=data.get("middle_name", ""), email=data["email"], phone=data.get("phone", ""),
                         idempotency_key=data["idempotency_key"], profile=profile_from_form(data))
    errors: list[str] = []
    requirements = {r.pk: r for r in comp.requirements.all()}
    _attach_staged(actor, app, data["idempotency_key"])  # before the fresh files: a fresh file is the newer
    for key, upload in files.items():
        if not key.startswith("doc_"):
            continue
        req = requirements.get(int(key[4:]))
        try:
            store_upload(actor, app, req, upload)
        except ServiceError as exc:
            errors.append(f"{req.number if req else ''}. {upload.name}: {exc}")
    return app, created, errors


def upload_from_form(actor, app: Application, requirement_id: int | None, upload) -> tuple[Upload, bool]:
    """Store one more document from the application page."""
    req = None
    if requirement_id is not None:
        req = DocumentRequirement.objects.filter(pk=requirement_id, competition_id=app.competition_id).first()
        if req is None:
            raise HiringError(_("Unknown document item."))
    return store_upload(actor, app, req, upload)
