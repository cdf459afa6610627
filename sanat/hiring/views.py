"""Thin views: validate, call one service function, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from sanat.docjobs import services as docjobs
from sanat.vocabulary import LANGS
from sanat.web.kit.downloads import attachment, file_attachment
from sanat.web.kit.errors import Forbidden
from sanat.web.kit.views import guarded

from . import forms
from .models import Application, AssessmentSheet, Competition, Organisation, Post
from .services import (
    access,
    announcement,
    applications,
    competitions,
    documents,
    pages,
    protocol,
    scoring,
    sheets,
    timeline,
    verdicts,
)
from .services.errors import HiringError


def _form_errors(request, form) -> None:
    for field, errs in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for e in errs:
            messages.error(request, f"{label}: {e}" if label else e)


def _uuid_or_none(value):
    import uuid

    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- public and candidate side

def index(request):
    return render(request, "hiring/index.html", {
        "open": Competition.objects.filter(state=Competition.PUBLISHED).select_related("organisation"),
        "mine": (Application.objects.filter(candidate=request.user).select_related("competition")
                 if request.user.is_authenticated else []),
        "staff": access.visible_competitions(request.user).select_related("organisation"),
    })


def competition(request, pk: int):
    comp = get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk)
    if comp.state == Competition.DRAFT and not access.can_view_staff_side(request.user, comp):
        raise Http404
    roles = access.roles_summary(request.user, comp)
    requirements = list(comp.requirements.all())
    return render(request, "hiring/competition.html", {
        "c": comp, "in_window": applications.in_window(comp), "roles": roles,
        "timeline": timeline.timeline(comp, roles), "requirements": requirements,
        "requirements_ru_only": any(r.title_ru and not r.title_kk for r in requirements),  # as the notice holds it
        "posts": comp.posts.all()})


#: The generated announcement is a plain document (its own inline style, no scripts): it may be shown in the
#: competition page's frame (same origin only), which the site-wide policy (frame-ancestors 'none') forbids.
ANNOUNCEMENT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self'; "
                    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'")


@xframe_options_sameorigin
def announcement_file(request, pk: int, fmt: str, lang: str):
    """The announcement in a format and language. A shared link that cannot be answered gets a page saying
    why, in the interface language, with a 4xx status (never a redirect); only a large PDF/DOCX goes to the
    page of its background job (``services.documents``)."""
    from sanat.web.middleware import refuse

    comp = get_object_or_404(Competition.objects.select_related("organisation"), pk=pk)
    if comp.state == Competition.DRAFT and not access.can_view_staff_side(request.user, comp):
        raise Http404
    if documents.announcement_needs_job(comp, fmt) and lang in LANGS:  # a large one: made in the background
        job = docjobs.start(request, documents.ANNOUNCEMENT, documents.announcement_params(comp, fmt, lang))
        return redirect("docjobs:job", pk=job.pk)
    try:
        content, ctype, name = announcement.render(comp, fmt, lang)
    except HiringError as exc:
        response = refuse(request, 404 if exc.field == "format" else 409, str(exc))
        from sanat.web.middleware import policy_for

        response["Content-Security-Policy"] = policy_for(response.content).replace(
            "frame-ancestors 'none'", "frame-ancestors 'self'")  # readable inside the competition page's frame
        return response
    if fmt != "html":
        return attachment(content, name, ctype)
    response = HttpResponse(content, content_type=ctype)
    response["Content-Security-Policy"] = ANNOUNCEMENT_CSP
    return response


@require_POST
@guarded
def announcement_package(request, pk: int):
    """Every language and format of the announcement in one ZIP, made in the background."""
    comp = get_object_or_404(Competition, pk=pk)
    job = docjobs.start(request, documents.ANNOUNCEMENT, documents.announcement_params(comp, "zip", "all"))
    return redirect("docjobs:job", pk=job.pk)


@login_required
@guarded
def apply(request, pk: int):
    comp = get_object_or_404(Competition, pk=pk, state=Competition.PUBLISHED)
    mine = Application.objects.filter(competition=comp, candidate=request.user).first()
    if mine is not None and request.method == "GET":
        return redirect("hiring:application", pk=mine.pk)
    prefilled = None
    if request.method != "POST":  # pre-filled from the candidate's profile (sanat.attestation), editable here
        from sanat.attestation.models import Workspace
        from sanat.attestation.profile_facts import application_initial

        ws = Workspace.objects.filter(user=request.user).first()
        prefilled = application_initial(request.user, ws.profile if ws else None, timezone.localdate())
    form = forms.ApplyForm(request.POST or None, request.FILES or None, competition=comp, initial=prefilled)
    if request.method == "POST":
        if form.is_valid():
            app, created, errors = applications.submit_with_documents(request.user, comp, form.cleaned_data,
                                                                      request.FILES)
            for e in errors:
                messages.error(request, e)
            messages.success(request, _("Application submitted.") if created else _("You have already applied; here is your application."))
            return redirect("hiring:application", pk=app.pk)
        _form_errors(request, form)
        key = form.cleaned_data.get("idempotency_key") if hasattr(form, "cleaned_data") else None
        if key and request.FILES:  # keep what was sent: the candidate corrects the form, not the files
            for e in applications.stage_files(request.user, comp, key, request.FILES):
                messages.error(request, e)
    key = form["idempotency_key"].value() if form.is_bound else None
    return render(request, "hiring/apply.html", {"c": comp, "form": form, "in_window": applications.in_window(comp),
                                                 "from_profile": bool(prefilled and set(prefilled) - {"email"}),
                                                 "staged": applications.staged_for(request.user, _uuid_or_none(key))})


@login_required
@guarded
def application(request, pk: int):
    app = get_object_or_404(Application.objects.select_related("competition__organisation"), pk=pk)
    context = pages.application_page(request.user, app)
    return render(request, "hiring/application.html", {**context, "check_form": forms.CheckForm(),
                                                       "upload_form": forms.UploadForm(),
                                                       "iin_form": forms.IINCheckForm()})


@login_required
@require_POST
@guarded
def upload(request, pk: int):
    app = get_object_or_404(Application, pk=pk)
    form = forms.UploadForm(request.POST, request.FILES)
    if form.is_valid():
        applications.upload_from_form(request.user, app, form.cleaned_data.get("requirement"), form.cleaned_data["file"])
        messages.success(request, _("Document stored."))
    else:
        _form_errors(request, form)
    return redirect("hiring:application", pk=pk)


@login_required
def upload_file(request, pk: int):
    try:
        row, path = applications.open_upload(request.user, pk)
    except Forbidden as exc:
        raise PermissionDenied(str(exc)) from exc
    except Exception as exc:
        raise Http404 from exc
    return file_attachment(path, row.original_name, row.content_type)


@login_required
@require_POST
@guarded
def withdraw(request, pk: int):
    applications.withdraw(request.user, get_object_or_404(Application, pk=pk))
    messages.success(request, _("Application withdrawn."))
    return redirect("hiring:application", pk=pk)


@login_required
@require_POST
@guarded
def resubmit(request, pk: int):
    applications.resubmit(request.user, get_object_or_404(Application, pk=pk))
    messages.success(request, _("Application submitted again."))
    return redirect("hiring:application", pk=pk)


@login_required
@require_POST
@guarded
def check(request, pk: int):
    app = get_object_or_404(Application.objects.select_related("competition"), pk=pk)
    form = forms.CheckForm(request.POST)
    if form.is_valid():
        applications.check(request.user, app, accept=form.cleaned_data["decision"] == "accept",
                           reasons=form.cleaned_data["reasons"])
        messages.success(request, _("Check recorded; the candidate has been notified."))
    else:
        _form_errors(request, form)
    return redirect("hiring:application", pk=pk)


@login_required
@require_POST
@guarded
def check_iin(request, pk: int):
    app = get_object_or_404(Application.objects.select_related("competition"), pk=pk)
    access.require_secretary(request.user, app.competition)
    form = forms.IINCheckForm(request.POST)
    if form.is_valid():
        if applications.verify_iin(request.user, app, form.cleaned_data["iin"]):
            messages.success(request, _("The IIN matches the application."))
        else:
            messages.error(request, _("The IIN does not match the application."))
    else:
        _form_errors(request, form)
    return redirect("hiring:application", pk=pk)


# ---------------------------------------------------------------- staff side

@login_required
@guarded
def new_competition(request):
    orgs = Organisation.objects.all() if request.user.is_superuser else Organisation.objects.filter(
        staff__user=request.user, staff__role="admin")
    if not orgs.exists():
        raise PermissionDenied
    form = forms.CompetitionForm(request.POST or None, organisations=orgs)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "organisation"}
        comp = competitions.create_competition(request.user, form.cleaned_data["organisation"], **data)
        return redirect("hiring:manage", pk=comp.pk)
    return render(request, "hiring/competition_form.html", {"form": form})


def _meeting_initial(comp: Competition) -> dict:
    return {f: getattr(comp, f) for f in Competition.MEETING_FIELDS}


def _manage(request, comp: Competition, post_form=None, decisions_form=None, meeting_form=None,
            status: int = 200):
    context = pages.manage_page(request.user, comp)
    decisions_form = decisions_form or forms.DecisionsForm(rankings=context["rankings"])
    return render(request, "hiring/manage.html", {**context, "post_form": post_form or forms.PostForm(),
                                                  "decisions_form": decisions_form,
                                                  "meeting_form": meeting_form or forms.MeetingForm(
                                                      initial=_meeting_initial(comp)),
                                                  "member_form": forms.MemberForm()}, status=status)


@login_required
@guarded
def manage(request, pk: int):
    return _manage(request, get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk))


def _post_values(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items()}


@login_required
@require_POST
@guarded
def add_post(request, pk: int):
    comp = get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk)
    access.require_admin(request.user, comp)
    form = forms.PostForm(request.POST)
    if form.is_valid():
        competitions.add_post(request.user, comp, **_post_values(form))
        messages.success(request, _("Post added."))
        return redirect("hiring:manage", pk=pk)
    return _manage(request, comp, post_form=form, status=400)  # the form keeps what was chosen and typed


@login_required
@guarded
def edit_post(request, pk: int, post_pk: int):
    comp = get_object_or_404(Competition.objects.select_related("organisation"), pk=pk)
    post = get_object_or_404(Post, pk=post_pk, competition=comp)
    access.require_admin(request.user, comp)
    initial = {k: getattr(post, k) for k in ("catalog_position_id", "no_regulation_basis", "title_kk", "title_ru",
                                             "rate", "salary_floor", "language")}
    form = forms.PostForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            competitions.update_post(request.user, comp, post, **_post_values(form))
            messages.success(request, _("Post changed."))
            return redirect("hiring:manage", pk=pk)
        status = 400
    return render(request, "hiring/post_form.html", {"c": comp, "post": post, "form": form}, status=status)


@login_required
@require_POST
@guarded
def remove_post(request, pk: int, post_pk: int):
    comp = get_object_or_404(Competition, pk=pk)
    competitions.remove_post(request.user, comp, get_object_or_404(Post, pk=post_pk, competition=comp))
    messages.success(request, _("Post removed."))
    return redirect("hiring:manage", pk=pk)


@login_required
@require_POST
@guarded
def add_member(request, pk: int):
    comp = get_object_or_404(Competition, pk=pk)
    form = forms.MemberForm(request.POST)
    if form.is_valid():
        competitions.add_member(request.user, comp, form.cleaned_data["username"], form.cleaned_data["role"],
                                form.cleaned_data["position"])
    else:
        _form_errors(request, form)
    return redirect("hiring:manage", pk=pk)


TRANSITION_VIEWS = {"publish": competitions.publish, "close": competitions.close,
                    "finish": competitions.finish_scoring, "notice-posts": competitions.add_notice_posts}


@login_required
@require_POST
@guarded
def transition(request, pk: int, action: str):
    if action not in TRANSITION_VIEWS:
        raise Http404
    comp = get_object_or_404(Competition, pk=pk)
    if action == "publish" and comp.state == Competition.DRAFT:
        access.require_admin(request.user, comp)
        problems = competitions.publish_problems(comp)
        if problems:  # each problem as its own message, in the interface language
            messages.error(request, _("The competition cannot be published yet:"))
            for problem in problems:
                messages.error(request, problem)
            return redirect("hiring:manage", pk=pk)
    TRANSITION_VIEWS[action](request.user, comp)
    messages.success(request, _("Done."))
    return redirect("hiring:manage", pk=pk)


@login_required
@require_POST
@guarded
def decide(request, pk: int):
    """All posts' decisions from one form; a post without applicants is recorded as such."""
    comp = get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk)
    access.require_secretary(request.user, comp)
    form = forms.DecisionsForm(request.POST, rankings=pages.manage_page(request.user, comp)["rankings"])
    if form.is_valid():
        competitions.record_decisions(request.user, comp, form.choices())
        messages.success(request, _("Decisions recorded."))
        return redirect("hiring:manage", pk=pk)
    return _manage(request, comp, decisions_form=form, status=400)


@login_required
@require_POST
@guarded
def meeting(request, pk: int):
    """The protocol's number and the meeting's date and place; a refused value comes back on the form,
    naming the field, with what was typed kept (400)."""
    comp = get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk)
    competitions.require_meeting_editor(request.user, comp)
    form = forms.MeetingForm(request.POST)
    if form.is_valid():
        try:
            competitions.set_meeting(request.user, comp, **form.cleaned_data)
        except HiringError as exc:
            if exc.field not in form.fields:
                raise
            form.add_error(exc.field, str(exc))
        else:
            messages.success(request, _("The protocol's details are saved."))
            return redirect("hiring:manage", pk=pk)
    return _manage(request, comp, meeting_form=form, status=400)


@login_required
@guarded
def score(request, pk: int):
    app = get_object_or_404(Application.objects.select_related("competition__sheet"), pk=pk)
    sheet, chosen = scoring.member_sheet(request.user, app)
    locked = bool(sheet and sheet.locked_at)
    # the form only while scoring is open for this file: acceptance closed, the file accepted, not locked
    scoring_open = timeline.scoring_open(app.competition) and app.state == Application.ACCEPTED
    criteria = list(app.competition.sheet.criteria.prefetch_related("options"))
    form = forms.ScoreForm(request.POST or None, criteria=criteria, chosen=chosen, locked=locked)
    if request.method == "POST" and not scoring_open:
        messages.error(request, _("Scoring is not open for this application."))
        return redirect("hiring:score", pk=pk)
    if request.method == "POST" and not locked and form.is_valid():
        scoring.save_scores(request.user, app, form.choices(), lock="lock" in request.POST)
        messages.success(request, _("Sheet locked.") if "lock" in request.POST else _("Scores saved."))
        return redirect("hiring:score", pk=pk)
    if form.errors:  # the choices stay as sent; each refused criterion says why, nothing is saved
        messages.error(request, _("The scores were not saved: correct the marked criteria."))
    return render(request, "hiring/score.html", {
        "a": app, "c": app.competition, "form": form, "sheet": sheet, "locked": locked,
        "scoring_open": scoring_open, "stage": timeline.current_stage(app.competition),
        "verdicts": verdicts.for_application(app)}, status=400 if form.errors else 200)


@login_required
@guarded
def protocol_file(request, pk: int, fmt: str, lang: str):
    comp = get_object_or_404(Competition.objects.select_related("organisation", "sheet"), pk=pk)
    if documents.protocol_needs_job(comp, fmt):  # a large competition: made in the background, with progress
        job = docjobs.start(request, documents.PROTOCOL, documents.protocol_params(comp, fmt, lang))
        return redirect("docjobs:job", pk=job.pk)
    content, ctype, name = protocol.protocol_file(request.user, comp, fmt, lang)
    if fmt != "html":
        return attachment(content, name, ctype)
    response = HttpResponse(content, content_type=ctype)
    # a generated document shown in a sandboxed frame: its own inline style, no scripts
    response["Content-Security-Policy"] = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                           "frame-ancestors 'self'")
    return response


@login_required
@guarded
def sheet_import(request):
    if not (request.user.is_superuser or request.user.hiring_roles.filter(role="admin").exists()):
        raise PermissionDenied
    mine = (Organisation.objects.all() if request.user.is_superuser else
            Organisation.objects.filter(staff__user=request.user, staff__role="admin").distinct())
    form = forms.SheetImportForm(request.POST or None, request.FILES or None, organisations=mine)
    if request.method == "POST" and form.is_valid():
        org = form.cleaned_data.get("organisation")
        if org is None and not request.user.is_superuser and mine.count() == 1:
            org = mine.first()
        sheet = sheets.import_sheet(form.text(), request.user, organisation=org)
        messages.success(request, _("Sheet imported: %(s)s") % {"s": sheet})
        return redirect("hiring:sheets")
    shown = AssessmentSheet.objects.all() if request.user.is_superuser else AssessmentSheet.objects.filter(
        Q(organisation__isnull=True) | Q(organisation__in=mine))
    return render(request, "hiring/sheets.html", {"form": form, "sheets": shown.prefetch_related("criteria__options")})
