"""Eligibility pages: thin views (validate, call ``services``, render).

The check page uses the same profile forms as the attestation workspace (``sanat.attestation.profile_forms``):
pre-filled from the logged-in user's profile, empty for anonymous visitors; nobody types codes or JSON.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sanat.accounts.services import client_ip
from sanat.attestation import profile_page
from sanat.attestation import services as attestation
from sanat.eligibility import services
from sanat.eligibility.labels import words
from sanat.ops.ratelimit import limited
from sanat.rules.profile import ProfileError
from sanat.web.kit.downloads import attachment
from sanat.web.kit.lang import current_lang

log = logging.getLogger(__name__)
MAX_UPLOAD = 5 * 1024 * 1024


def _lang(request: HttpRequest) -> str:
    return current_lang(request)


@require_http_methods(["GET", "POST"])
@limited("eligibility-check", "SANAT_RATE_CHECK_PER_MINUTE", 30,
         applies=lambda r: r.method == "POST" or "position" in r.GET)
def check(request: HttpRequest) -> HttpResponse:
    """Pick the post, fill the profile, see the decision with each quoted clause and the gap list.

    Actions (submit buttons): ``check``; ``save`` (check and store in the user's profile); ``pdf`` (the
    decision as a PDF); ``add_row`` (one more empty row, no JavaScript)."""
    lang, today = _lang(request), timezone.localdate()
    ws = attestation.workspace_for(request.user) if request.user.is_authenticated else None
    page = profile_page.build(request, lang=lang, today=today, profile=ws.profile if ws else None,
                              stored_pid=(ws.position_id if ws else "") or "", default="find", with_as_of=True,
                              bind_for=("check", "save", "pdf"))
    action, bundle, post = page.action, page.forms, page.post
    decision, status = None, 200
    if action in ("check", "save", "pdf"):
        if bundle.is_valid():
            try:
                decision = services.check(bundle.position_id, bundle.profile(), bundle.check_date, lang)
            except (ProfileError, KeyError, ValueError, TypeError) as exc:
                log.info("profile rejected by the engine: %s", exc)  # English, with internal paths: logged only
                bundle.general.add_error(None, _("The profile cannot be checked: one of its values is not one the rules accept. Check the entries and try again."))
        if decision is None:
            status = 400
        elif action == "pdf":
            from sanat.eligibility.pdf import decision_pdf

            body = decision_pdf(decision, lang, request)
            return attachment(body, f'sanat-{decision["position"]["id"]}-{decision["as_of"]}.pdf', "application/pdf")
        elif action == "save" and ws is not None:
            attestation.save_profile(request.user, ws, bundle.position_id, bundle.profile(), ip=client_ip(request),
                                     achievement_moves=bundle.achievement_moves())
            messages.success(request, _("Saved to your profile."))
    return render(request, "eligibility/check.html",
                  {"forms": bundle, "post": post, "d": decision, "w": words(lang), "lang": lang, "ws": ws,
                   "edition": services.edition_sources(),
                   "cited": services.cited_clauses(decision) if decision else [],
                   "edition_notes": services.edition_notes(decision) if decision else []}, status=status)
