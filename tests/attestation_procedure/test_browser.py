"""The procedure in headless Chromium: the teacher applies (kk, phone width), the secretary imports the
ПББ file (ru), a commission member marks and locks the generalisation (ru, phone width), the secretary
locks the joint result and records the decision (kk), the teacher reads the decision (ru) and the
workspace shows the new category. No page is wider than 390 px on a phone.

``SANAT_SHOTS=/dir`` also saves every visited page at 1280 and 390 px in kk and ru."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from sanat.attestation_procedure.models import Application, Decision
from sanat.attestation_procedure.services import evaluation, generalisation
from tests.conftest import browser_login

from .conftest import make_round, teacher_with_workspace, valid_iin

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("SANAT_SHOTS")


def login(page, user, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    browser_login(page, user.username, "x-pass-123")


def fits(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width} px wide"


def shoot(page, name):
    """Save the current page at 1280 and 390 px in kk and ru (only with SANAT_SHOTS); restore the page."""
    if not SHOTS:
        return
    url, size = page.url, page.viewport_size
    path = re.sub(r"^https?://[^/]+", "", url)
    bare = path[3:] if path.startswith("/ru/") else path
    for lang in ("kk", "ru"):
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(("/ru" if lang == "ru" else "") + bare)
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SHOTS}/{name}-{lang}-{width}.png", full_page=True)
    page.set_viewport_size(size)
    page.goto(path)


def test_teacher_and_member_in_kk_and_ru(browser_page, catalog_live, media, clock):
    page = browser_page
    s = make_round(clock)
    teacher = teacher_with_workspace("aruzhan")
    iin = valid_iin(801)

    # the teacher, on a phone, in Kazakh: workspace → rounds → apply
    login(page, teacher, width=390)
    page.goto("/attestation/")
    page.click("#rounds-link a")
    page.wait_for_url("**/attestation/rounds/")
    fits(page)
    shoot(page, "index")
    page.click("#open a")
    page.wait_for_url(re.compile(r".*/attestation/rounds/\d+/apply/"))
    assert page.locator("html").get_attribute("lang") == "kk"
    assert page.locator("#example-label").is_visible() and "МЫСАЛ" in page.locator("#example-label").inner_text()
    page.select_option("#category-pick select", "expert")
    page.click("#category-pick button")
    assert page.locator("#formal-ok, #formal-warning").count() == 1
    fits(page)
    shoot(page, "apply")
    page.fill("#id_iin", "123456789012")  # wrong check digit: refused, input kept
    page.click("#apply-submit")
    assert page.locator(".error").first.inner_text().startswith("ЖСН жарамсыз")
    assert page.input_value("#id_iin") == "123456789012"
    page.fill("#id_iin", iin)
    page.click("#apply-submit")
    page.wait_for_url(re.compile(r".*/attestation/rounds/a/\d+/$"))
    app = Application.objects.get(teacher=teacher)
    assert page.locator("#app-state").inner_text() == "Берілді"
    fits(page)

    # the body checks the portfolio (service), the secretary imports the ПББ file in Russian
    evaluation.evaluate(s.admin, app, {c.order: (True, "") for c in app.checks.all()})
    login(page, s.secretary)
    page.goto(f"/ru/attestation/rounds/{s.round.pk}/")
    shoot(page, "round")
    csv = media / "results.csv"
    csv.parent.mkdir(parents=True, exist_ok=True)
    csv.write_text(f"ИИН;балл;дата\n{iin};66,5;01.03.2026\n", encoding="utf-8")
    page.set_input_files("#id_file", str(csv))
    page.click("#import-submit")
    page.wait_for_url(re.compile(rf".*/ru/attestation/rounds/{s.round.pk}/$"))
    assert "Загружено результатов: 1" in page.locator(".messages").inner_text()

    # a commission member on a phone, in Russian: marks every statement met, saves and locks
    login(page, s.member1, width=390)
    page.goto(f"/ru/attestation/rounds/a/{app.pk}/")
    assert "66,5" in page.locator("#test-result").inner_text() or "66.5" in page.locator("#test-result").inner_text()
    fits(page)
    shoot(page, "member-marks")
    for st in app.snapshot["statements"]:
        page.check(f"input[name=met-{st['index']}][value='1']")
    page.fill(f"input[name=comment-{app.snapshot['statements'][0]['index']}]", "Дәлел портфолиода бар")
    page.click("#marks-lock")
    page.wait_for_load_state()
    assert page.locator("#sheet-locked").is_visible()
    app = Application.objects.get(pk=app.pk)
    generalisation.save_marks(s.chair, app, {st["index"]: (True, "") for st in app.snapshot["statements"]}, lock=True)

    # the secretary, in Kazakh: locks the joint result, records the decision by quorum
    login(page, s.secretary)
    page.goto(f"/attestation/rounds/a/{app.pk}/")
    page.click("#joint-lock")
    page.wait_for_load_state()
    assert page.locator("#joint").is_visible()
    assert page.locator("#suggested").inner_text() == "Санат беру"
    shoot(page, "decision-form")
    page.check("input[name=outcome][value=assign]")
    page.fill("#id_present", "3")
    page.fill("#id_votes_for", "3")
    page.fill("#id_votes_against", "0")
    page.click("#decision-submit")
    page.wait_for_load_state()
    d = Decision.objects.get(application=app)
    assert d.number in page.locator("#decision-result").inner_text()

    # the teacher reads the decision in Russian on a phone and downloads the extract; the workspace follows
    login(page, teacher, width=390)
    page.goto(f"/ru/attestation/rounds/a/{app.pk}/")
    assert "Присвоить категорию" in page.locator("#decision-result").inner_text()
    assert page.locator("#example-label").inner_text().startswith("ПРИМЕРНЫЕ")
    fits(page)
    shoot(page, "teacher-decided")
    r = page.request.get(f"/attestation/rounds/a/{app.pk}/extract-ru.pdf")
    assert r.status == 200 and r.body()[:5] == b"%PDF-"
    page.goto("/ru/attestation/")
    assert d.until.strftime("%d.%m.%Y") in page.locator("#validity").inner_text()
    fits(page)
