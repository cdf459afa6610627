"""At a phone's width (390 px) no page may be wider than the screen: wide tables scroll inside
themselves, definition lists stack, long tokens wrap (site.css). Measured in a real Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/chapters/3/",
    "/positions/338-03-07/",
    "/ru/positions/338-10-12/",
    "/sources/001_1f946b8a025cd79c.txt/?lines=2030-2035",
    "/standard/",
    "/standard/cards/3-1/",
    "/standard/anomalies/",
    "/standard/crosswalk/",
    "/standard/crosswalk/?category=expert&position=338-03-07",
    "/course/",
    "/eligibility/",
    "/search/?q=мұғалім",
]


def test_no_page_is_wider_than_a_phone(browser_page, catalog_live):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    too_wide = {}
    for url in PAGES:
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 410:  # a few pixels of rounding and scrollbar
            too_wide[url] = width
    assert not too_wide, too_wide
