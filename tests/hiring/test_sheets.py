"""Assessment sheets are data: YAML import, validation, edition by date, EXAMPLE labelling."""

import datetime as dt

import pytest

from sanat.hiring.models import AssessmentSheet
from sanat.hiring.services import sheets
from sanat.hiring.services.errors import HiringError

OFFICIAL = """
code: official
edition: "2025-01"
title: {kk: "Бағалау парағы", ru: "Оценочный лист"}
citation: "Приложение 17 к Правилам (test edition)"
valid_from: 2025-01-01
valid_to: 2025-12-31
criteria:
  - code: a
    title: {ru: "Критерий"}
    max: 2
    options:
      - {code: x, points: -1, label: {ru: "минус"}}
      - {code: y, points: 2, label: {ru: "плюс"}}
"""


def test_example_sheet_is_labelled(db):
    s = sheets.ensure_example_sheet()
    assert s.is_example and "EXAMPLE" in s.citation and "ПРИМЕР" in s.title_ru
    assert [c.code for c in s.criteria.all()] == ["education", "experience", "category", "recommendation"]
    assert min(o.points for c in s.criteria.all() for o in c.options.all()) < 0
    assert sheets.ensure_example_sheet().pk == s.pk


def test_import_and_choice_by_date(db):
    example = sheets.ensure_example_sheet()
    official = sheets.import_sheet(OFFICIAL)
    assert official.criteria.get().options.get(code="x").points == -1
    assert sheets.sheet_for_date(dt.date(2025, 6, 1)) == official            # official wins over the example
    assert sheets.sheet_for_date(dt.date(2026, 6, 1)) == example             # after valid_to
    assert sheets.sheet_for_date(dt.date(2026, 6, 1), allow_example=False) is None
    with pytest.raises(HiringError, match="already exists"):
        sheets.import_sheet(OFFICIAL)                                         # an edition is never overwritten


@pytest.mark.parametrize(("broken", "message"), [
    ("code: [", "cannot be read"),
    (OFFICIAL.replace("points: 2", "points: 3"), "exceed"),
    (OFFICIAL.replace("valid_from: 2025-01-01", "valid_from: soon"), "Valid from"),
    (OFFICIAL.replace("code: y", "code: x"), "used twice"),
    (OFFICIAL + "tie_break: [nope]\n", "Tie break"),
    (OFFICIAL.replace("max: 2", "max: many"), "number"),
])
def test_import_rejects_bad_sheets(db, broken, message):
    with pytest.raises(HiringError, match=message):
        sheets.import_sheet(broken)
    assert not AssessmentSheet.objects.filter(code="official").exists()


def test_import_through_the_form(client, world):
    client.force_login(world.admin)
    r = client.post("/hiring/sheets/", {"yaml_text": OFFICIAL})
    assert r.status_code == 302 and AssessmentSheet.objects.filter(code="official", edition="2025-01").exists()
    client.force_login(world.cand)
    assert client.post("/hiring/sheets/", {"yaml_text": OFFICIAL.replace("2025-01", "2025-02")}).status_code == 403
