"""A candidate, in a real Chromium, applies with the form pre-filled from their profile and fixes a file
the secretary returned — in kk and ru, at 1280 and at 390 px (every upload button on screen)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sanat.attestation.models import Workspace
from sanat.hiring.models import Application
from sanat.hiring.services import applications
from tests.conftest import browser_login

from .conftest import PDF, build_world, valid_iin

pytestmark = pytest.mark.browser

RETURNED = {"kk": "Қайтарылды", "ru": "Возвращено"}


def login(page, prefix, username):
    browser_login(page, username, prefix=prefix)


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] + 4


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_candidate_applies_prefilled_and_fixes_a_returned_file(browser_page, catalog_live, private_media, lang,
                                                                width):
    page, prefix = browser_page, ("/ru" if lang == "ru" else "")
    page.set_viewport_size({"width": width, "height": 900})
    w = build_world()
    w.cand.first_name, w.cand.last_name = "Айгерім", "Сапарова"
    w.cand.save()
    Workspace.objects.create(user=w.cand, position_id="338-03-07", profile={
        "education": [{"level": "higher", "pedagogical": True}],
        "experience": {"periods": [{"from": "2019-09-01", "to": "2025-08-31", "kinds": ["pedagogical"]}]},
        "categories": [{"code": "moderator", "since": "2023-01-01", "until": "2028-01-01"}]})

    login(page, prefix, "cand")
    page.goto(f"{prefix}/hiring/c/{w.comp.pk}/apply/")
    assert page.locator("#from-profile").is_visible()
    assert page.input_value("#id_first_name") == "Айгерім" and page.input_value("#id_last_name") == "Сапарова"
    assert page.input_value("#id_education_level") == "higher" and page.is_checked("#id_pedagogical")
    assert page.input_value("#id_experience_years") == "6.0"
    assert page.input_value("#id_held_category") == "moderator"
    assert page.locator("textarea").count() == 0
    page.check(f"input[name=posts][value='{w.math.pk}']")
    page.fill("#id_iin", valid_iin(dt.date(1992, 3, 14), "F"))
    page.fill("#id_birth_date", "1992-03-14")
    page.check("#id_consent")
    for r in w.comp.requirements.filter(condition="always"):
        page.set_input_files(f"#id_doc_{r.pk}", files=[{"name": f"doc{r.number}.pdf", "mimeType": "application/pdf",
                                                         "buffer": PDF + bytes([r.number])}])
    assert fits(page)
    page.click("#apply-submit")
    page.wait_for_url(re.compile(r".*/hiring/a/\d+/$"))
    app = Application.objects.get(candidate=w.cand)
    assert (app.profile or {}).get("education", [{}])[0].get("level", "higher") == "higher"

    # the secretary returns the application: the first document is unreadable
    applications.check(w.secretary, app, accept=False, reasons="Құжат 1 оқылмайды · Документ 1 не читается")
    app.refresh_from_db()
    assert app.state == "returned"
    page.reload()
    assert RETURNED[lang] in page.inner_text("#app-state")
    first = app.competition.requirements.filter(condition="always").order_by("number").first()
    row = page.locator(f"#documents tr[data-number='{first.number}']")
    upload = row.locator("input[type=file]")
    button = row.locator("button[type=submit]")
    box = button.bounding_box()
    assert box and box["x"] + box["width"] <= width, "the upload button is on screen"
    assert fits(page)
    upload.set_input_files(files=[{"name": "doc-fixed.pdf", "mimeType": "application/pdf",
                                   "buffer": PDF + b"fixed"}])
    button.click()
    page.wait_for_load_state()
    assert "doc-fixed.pdf" in page.inner_text(f"#documents tr[data-number='{first.number}']")
    page.click("form[action$='/resubmit/'] button")
    page.wait_for_load_state()
    app.refresh_from_db()
    assert app.state == "submitted"
    assert fits(page)
