"""A teacher, in a real Chromium, fills the profile by forms (the post found by typing, a diploma, a dated
work period, a category held), sees the decision and generates the plan — in kk and ru, at 1280 and at
390 px. No JSON and no code is typed anywhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model

from sanat.accounts.models import VerifiedEmail
from sanat.attestation.models import PlanItem, Workspace

pytestmark = pytest.mark.browser

WORDS = {
    "kk": {"find": "мұғалімдері", "highest": "педагог-шебер", "error": "тексеру күнінен"},
    "ru": {"find": "учителя всех", "highest": "педагог-мастер", "error": "позже даты проверки"},
}


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] + 4


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_teacher_fills_the_profile_by_forms_and_gets_decision_and_plan(browser_page, catalog_live, lang, width):
    page, prefix, w = browser_page, ("/ru" if lang == "ru" else ""), WORDS[lang]
    page.set_viewport_size({"width": width, "height": 900})
    user = get_user_model().objects.create_user("aigerim", "aigerim@mektep.kz", "Tau-Samal-2026",
                                                first_name="Айгерім", last_name="Сапарова")
    VerifiedEmail.objects.create(user=user, email=user.email)

    page.goto(f"{prefix}/accounts/login/?next={prefix}/attestation/profile/")
    page.fill("#id_username", "aigerim")
    page.fill("#id_password", "Tau-Samal-2026")
    page.click("#login-submit")
    page.wait_for_url(re.compile(r".*/attestation/profile/$"))
    assert page.locator("textarea").count() == 0
    if width == 390:  # the menu is collapsed; the name is beside the button; the menu opens without JS
        assert not page.locator(".main-nav").is_visible() and page.locator(".who-mini").is_visible()
        page.click(".nav-toggle-label")
        assert page.locator(".main-nav").is_visible() and page.locator("#logout").is_visible()
        page.click(".nav-toggle-label")
    else:
        assert page.locator("#who-name").inner_text() == "Айгерім Сапарова"

    # the post: typed in the picker, the list narrows to matching titles (kk and ru searched)
    page.fill("#post-q", w["find"])
    visible = page.eval_on_selector_all("#id_position option:not([hidden])", "os => os.map(o => o.value)")
    assert "338-03-07" in visible and len(visible) < 15
    page.select_option("#id_position", "338-03-07")
    # a diploma, a dated work period counting as pedagogical experience, a category held
    page.select_option("#id_education-0-level", "higher")
    page.check("#id_education-0-pedagogical")
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    page.fill("#id_education-0-graduated", future)  # a mistake first
    page.fill("#id_periods-0-start", "2011-09-01")
    page.fill("#id_periods-0-note", "№ 5 мектеп-гимназия")
    page.check("#id_periods-0-kinds_0")
    page.select_option("#id_categories-0-code", "moderator")
    page.fill("#id_categories-0-since", "2022-05-01")
    page.fill("#id_categories-0-until", "2027-05-01")
    page.click("button[name=action][value=save] >> nth=-1")
    page.wait_for_selector(".error-summary")
    assert w["error"] in page.inner_text(".error-summary")
    assert page.input_value("#id_periods-0-note") == "№ 5 мектеп-гимназия"  # kept
    assert fits(page)
    page.fill("#id_education-0-graduated", "2011-06-30")
    # one more diploma row, added without losing anything
    page.click("button[name=add_row][value=education]")
    page.wait_for_selector("#id_education-1-level")
    assert page.input_value("#id_periods-0-start") == "2011-09-01"
    page.select_option("#id_education-1-level", "postgraduate")
    page.fill("#id_education-1-direction", "Педагогика және психология")
    page.click("button[name=action][value=save] >> nth=-1")
    page.wait_for_url(re.compile(r".*/attestation/$"))
    assert w["highest"] in page.inner_text("#highest")
    assert fits(page)
    ws = Workspace.objects.get(user=user)
    assert ws.position_id == "338-03-07" and len(ws.profile["education"]) == 2
    assert ws.profile["experience"]["periods"][0] == {"from": "2011-09-01", "to": None, "kinds": ["pedagogical"],
                                                      "note": "№ 5 мектеп-гимназия"}

    # the decision with every clause, then the plan for the next category
    page.goto(f"{prefix}/eligibility/")
    assert page.input_value("#id_periods-0-start") == "2011-09-01"  # pre-filled from the profile
    page.click("button[name=action][value=check]")
    page.wait_for_selector("#highest")
    assert w["highest"] in page.inner_text("#highest") and page.locator("ol.cited li").count() > 3
    assert fits(page)
    if width == 1280:  # printed: only the result; downloaded: a PDF
        page.emulate_media(media="print")
        assert not page.locator("form.profile-form").is_visible() and page.locator("#result").is_visible()
        assert not page.locator("header.top").is_visible()
        page.emulate_media(media="screen")
        with page.expect_download() as dl:
            page.click("button[name=action][value=pdf]")
        assert dl.value.suggested_filename.endswith(".pdf")
    page.goto(f"{prefix}/attestation/readiness/?category=master")
    page.click("button[name=action][value=generate]")
    page.wait_for_load_state()
    assert PlanItem.objects.filter(workspace=ws).count() > 0
    assert page.locator(".plan-table tbody tr").count() == PlanItem.objects.filter(workspace=ws, category="master").count()
    assert fits(page)
