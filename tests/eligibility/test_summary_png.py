"""The screening summary a head of department looks at, in real Chromium, kk and ru: uploaded through the
form, rendered to PNG and checked for its required parts (counts per category, what holds people back,
by post and by school, the charts drawn), with the numbers the job computed."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from django.utils import translation
from PIL import Image

from sanat.eligibility.models import ScreeningJob

from .test_screen_jobs import kk_file

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("catalog_live")]


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path


def _has_ink(png: bytes) -> bool:
    """More than a blank page: many distinct colours (text, table lines, bars)."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    return len(img.getcolors(maxcolors=1 << 20) or ()) > 50


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_summary_page_rendered_with_its_parts(browser_page, media, lang, tmp_path):
    page = browser_page
    prefix = "" if lang == "kk" else "/ru"
    src = tmp_path / "staff.csv"
    src.write_bytes(kk_file())  # a kk template file; the reader's language is the page's
    page.goto(f"{prefix}/eligibility/screen/")
    page.set_input_files("input[type=file]", str(src))
    page.fill("input[name=as_of]", "2025-09-01")
    page.click("form[enctype] [type=submit]")
    page.wait_for_selector("#done", timeout=30_000)
    job = ScreeningJob.objects.get()
    total = job.summary["total"]
    text = page.inner_text("main")
    with translation.override(lang):
        for part in ("Summary", "What holds people back most", "By post", "By school", "Meet its requirements"):
            assert translation.gettext(part) in text, part
    assert re.search(rf"\b{total['people']}\b", text) and total["people"] == 4
    assert total["top_gaps"] and total["top_gaps"][0][0] in text  # the first gap, as counted
    assert "№ 12 мектеп" in text and "№ 5 лицей" in text  # by school
    drawn = page.evaluate("() => [...document.querySelectorAll('main .chart img')].map(i => i.naturalWidth)")
    assert len(drawn) == 2 and all(w > 100 for w in drawn)  # both charts decoded and drawn
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        png = page.screenshot(full_page=True)
        assert _has_ink(png)
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        if os.environ.get("SANAT_SHOTS"):
            Path(os.environ["SANAT_SHOTS"], f"screen-summary-{lang}-{width}.png").write_bytes(png)
