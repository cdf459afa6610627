"""Tenancy of assessment sheets: a sheet imported by one organisation's administrator never scores another
organisation's competition, and the EXAMPLE label is shown wherever the example sheet is used.

Before: org 2's admin imported an official-looking sheet that org 1's next competition was published with
(``sheet_for_date`` chose among every organisation's sheets), without the EXAMPLE banner."""

from __future__ import annotations

import pytest

from sanat.hiring.models import AssessmentSheet, Organisation, StaffRole
from sanat.hiring.services import competitions, sheets
from sanat.web.kit.errors import Forbidden

from .conftest import make_user
from .test_sheets import OFFICIAL

FOREVER = OFFICIAL.replace("valid_from: 2025-01-01", "valid_from: 2020-01-01").replace("valid_to: 2025-12-31\n", "")


@pytest.fixture
def rival(world):
    org2 = Organisation.objects.create(name_kk="Басқа мектеп")
    admin2 = make_user("admin2")
    StaffRole.objects.create(user=admin2, organisation=org2, role=StaffRole.ADMIN)
    return org2, admin2


def test_another_organisations_sheet_is_never_chosen(world, rival, client):
    org2, admin2 = rival
    client.force_login(admin2)
    r = client.post("/hiring/sheets/", {"yaml_text": OFFICIAL})
    assert r.status_code == 302
    planted = AssessmentSheet.objects.get(code="official")
    assert planted.organisation == org2
    assert world.comp.sheet is None or world.comp.sheet.organisation_id in (None, world.org.pk)
    chosen = sheets.sheet_for_date(planted.valid_from, organisation=world.org)
    assert chosen is None or chosen.organisation_id is None
    assert sheets.sheet_for_date(planted.valid_from, organisation=org2) == planted


def test_org1s_next_competition_is_not_scored_with_org2s_sheet(db, private_media, client):
    from .conftest import build_world

    w = build_world(publish=False)
    org2 = Organisation.objects.create(name_kk="Басқа мектеп")
    admin2 = make_user("admin2")
    StaffRole.objects.create(user=admin2, organisation=org2, role=StaffRole.ADMIN)
    planted = sheets.import_sheet(FOREVER, admin2, organisation=org2)   # official-looking, in force now
    comp = competitions.publish(w.admin, w.comp)
    assert comp.sheet != planted and comp.sheet.organisation_id is None
    assert comp.sheet.is_example                                       # so the banner must show
    page = client.get(f"/hiring/c/{comp.pk}/").content.decode()
    assert 'id="example-label"' in page
    own = sheets.import_sheet(FOREVER, w.admin, organisation=w.org)    # the organisation's own sheet is used
    assert sheets.sheet_for_date(comp.accepts_from.date(), organisation=w.org) == own


def test_an_admin_cannot_import_for_an_organisation_they_do_not_administer(world, rival):
    _org2, admin2 = rival
    with pytest.raises(Forbidden):
        sheets.import_sheet(OFFICIAL, admin2, organisation=world.org)
    with pytest.raises(Forbidden):
        sheets.import_sheet(OFFICIAL, admin2, organisation=None)       # "for everyone" is the platform's
    assert not AssessmentSheet.objects.filter(code="official").exists()


def test_a_competition_cannot_be_published_with_another_organisations_sheet(world, rival):
    org2, admin2 = rival
    planted = sheets.import_sheet(OFFICIAL, admin2, organisation=org2)
    comp = world.comp
    comp.sheet = planted
    comp.state = comp.DRAFT
    comp.save()
    with pytest.raises(Exception, match="another organisation"):
        competitions.publish(world.admin, comp)


def test_the_example_banner_shows_on_the_public_competition_page(world, client):
    assert world.comp.sheet is not None and world.comp.sheet.is_example
    page = client.get(f"/hiring/c/{world.comp.pk}/").content.decode()
    assert 'id="example-label"' in page
