"""Every page of every app at a phone's width (390 px), logged in as each role, in kk and ru: nothing is
wider than the screen and every submit button and file input is within it. The site is the demo site
(``sanat demo``: data at every stage), measured in a real Chromium."""

from __future__ import annotations

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.browser

WIDTH = 390
OFF_SCREEN = """() => Array.from(document.querySelectorAll('main button:not([aria-hidden=true]), main input[type=file], main input[type=submit]'))
  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 2 || r.left < -2); })
  .map(e => (e.name || e.id || e.textContent || '').trim().slice(0, 30))"""


def pages(role: str) -> list[str]:
    from sanat.attestation.models import Workspace
    from sanat.hiring.models import Application, Competition
    from sanat.training_centre.models import Cohort, Participant

    comps = {c.state: c for c in Competition.objects.all()}
    common = ["/", "/chapters/3/", "/positions/338-03-07/", "/sources/001_1f946b8a025cd79c.txt/?lines=2030-2035",
              "/standard/", "/standard/cards/3-1/", "/standard/crosswalk/?category=expert&position=338-03-07",
              "/course/", "/search/?q=мұғалім", "/eligibility/", "/eligibility/screen/", "/hiring/",
              *[f"/hiring/c/{c.pk}/" for c in comps.values()], "/training/certificates/"]
    if role == "anonymous":
        return [*common, "/accounts/login/", "/accounts/signup/", "/accounts/password-reset/", "/no-such-page/"]
    if role == "demo-teacher":
        ws = Workspace.objects.get(user__username=role)
        return [*common, "/attestation/", "/attestation/profile/", "/attestation/self-assessment/",
                "/attestation/evidence/", f"/attestation/evidence/{ws.evidence.first().pk}/",
                "/attestation/readiness/", f"/attestation/plan/{ws.plan.first().pk}/", "/training/",
                "/attestation/rounds/"]
    if role == "demo-candidate":
        app = Application.objects.filter(candidate__username=role).first()
        return ["/hiring/", f"/hiring/c/{comps['published'].pk}/apply/", f"/hiring/a/{app.pk}/", "/attestation/profile/",
                "/eligibility/", "/hiring/manage/new/"]
    if role in ("demo-secretary", "demo-member1", "demo-admin", "demo-viewer"):
        out = ["/hiring/", *[f"/hiring/manage/{c.pk}/" for c in comps.values()]]
        app = Application.objects.filter(competition=comps["closed"]).first()
        out.append(f"/hiring/a/{app.pk}/")
        if role == "demo-member1":
            out.append(f"/hiring/a/{Application.objects.filter(competition=comps['closed']).last().pk}/score/")
        if role == "demo-admin":
            out += ["/hiring/manage/new/", "/hiring/sheets/", "/attestation/rounds/"]
        return out
    if role == "demo-trainer":
        out = ["/training/"]
        for c in Cohort.objects.all():
            out.append(f"/training/cohorts/{c.pk}/")
        for p in Participant.objects.all()[:2]:
            out.append(f"/training/participants/{p.pk}/")
        return out
    raise AssertionError(role)


def test_every_page_fits_a_phone_as_each_role(browser_page, catalog_live, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("demo")
    page = browser_page
    page.set_viewport_size({"width": WIDTH, "height": 844})
    problems = {}
    for role in ("anonymous", "demo-teacher", "demo-candidate", "demo-secretary", "demo-member1", "demo-admin",
                 "demo-viewer", "demo-trainer"):
        page.context.clear_cookies()
        if role != "anonymous":
            page.goto("/accounts/login/")
            page.fill("#id_username", role)
            page.fill("#id_password", role)
            page.click("#login-submit")
            page.wait_for_load_state()
        for url in pages(role):
            for prefix in ("", "/ru"):
                page.goto(prefix + url)
                width = page.evaluate("document.documentElement.scrollWidth")
                off = page.evaluate(OFF_SCREEN)
                if width > WIDTH + 10 or off:
                    problems[f"{role} {prefix}{url}"] = (width, off[:5])
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
