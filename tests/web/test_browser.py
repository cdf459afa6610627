"""The catalog journey in a real headless Chromium (Playwright) against the live server."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_catalog_journey(browser_page, catalog_live):
    page = browser_page
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "kk"

    # home → chapter 3 → the subject teacher
    page.click("a[href='/chapters/3/']")
    page.wait_for_url("**/chapters/3/")
    page.click("a[href='/positions/338-03-07/'] >> nth=0")
    page.wait_for_url("**/positions/338-03-07/")
    assert "мұғалімдері" in page.locator("h1").inner_text()

    # category tabs: only the checked panel is visible; switching shows another, no JS involved
    pedagog, expert = page.locator("#panel-pedagog"), page.locator("#panel-expert")
    assert pedagog.is_visible() and not expert.is_visible()
    page.click("label[for='tab-expert']")
    assert expert.is_visible() and not pedagog.is_visible()
    # keyboard: the tabs are a radio group, arrow keys move between categories
    page.focus("#tab-expert")
    page.keyboard.press("ArrowRight")
    assert page.locator("#panel-researcher").is_visible() and not expert.is_visible()
    page.keyboard.press("ArrowLeft")
    assert expert.is_visible()

    # an item's source link opens the viewer with its lines highlighted and in view
    link = expert.locator("[lang=kk] a.cite").first
    href = link.get_attribute("href")
    first, last = map(int, re.search(r"lines=(\d+)-(\d+)", href).groups())
    link.click()
    page.wait_for_url(re.compile(r".*/sources/.*lines=.*"))
    hit = page.locator(f"#L{first}")
    assert "hit" in hit.get_attribute("class")
    assert page.locator("li.hit").count() == last - first + 1
    assert hit.is_visible()
    box, viewport = hit.bounding_box(), page.viewport_size
    assert box and 0 <= box["y"] < viewport["height"], "the cited line is scrolled into view"
    assert page.evaluate("getComputedStyle(document.querySelector('li.hit')).backgroundColor") != "rgba(0, 0, 0, 0)"

    # switch language: same page, Russian interface
    page.click("button[name=language][value=ru]")
    page.wait_for_url(re.compile(r".*/ru/sources/.*"))
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator(f"#L{first}.hit").is_visible()

    # search with a Kazakh word (typed with a Latin i and without Kazakh letters in the second word)
    page.fill("#top-q", "мұғалiм")
    page.press("#top-q", "Enter")
    page.wait_for_url(re.compile(r".*/ru/search/\?q=.*"))
    results = page.locator("ol.hits > li > a")
    assert results.count() > 0
    assert results.first.get_attribute("href") == "/ru/positions/338-03-07/"
    assert "Найден" in page.locator(".count").inner_text()

    # and back to Kazakh from a /ru/ page
    page.click("button[name=language][value=kk]")
    page.wait_for_url(re.compile(r".*/search/\?q=.*"))
    assert "/ru/" not in page.url
    assert page.locator("html").get_attribute("lang") == "kk"
