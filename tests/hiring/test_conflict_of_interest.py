"""Conflicts of interest: the organisation's admin/viewer and the commission's secretary/members cannot
apply to its competition while they hold the role (refused and audited), and a candidate who is also given
a staff role never reads a rival's files. Before: each of them could apply and then read every rival's file."""

from __future__ import annotations

import pytest

from sanat.accounts.models import AuditEvent
from sanat.hiring.models import StaffRole
from sanat.hiring.services import applications
from sanat.web.kit.errors import Forbidden

from .conftest import apply_as


@pytest.mark.parametrize("who", ["admin", "viewer", "secretary", "m1", "m2"])
def test_staff_cannot_apply_to_their_own_competition(world, who):
    user = getattr(world, who)
    with pytest.raises(Forbidden, match="give it up before applying"):
        apply_as(user, world.comp, [world.math], docs=[])
    assert not world.comp.applications.filter(candidate=user).exists()
    refused = AuditEvent.objects.get(action="application.refused_conflict_of_interest", actor=user)
    assert refused.after["roles"]


def test_staff_apply_through_the_page_is_403(client, world):
    client.force_login(world.secretary)
    r = client.post(f"/hiring/c/{world.comp.pk}/apply/", {"posts": [world.math.pk]})
    assert r.status_code in (403, 200)
    assert not world.comp.applications.filter(candidate=world.secretary).exists()


def test_a_candidate_given_a_staff_role_never_reads_rivals_files(world):
    mine = apply_as(world.cand, world.comp, [world.math])
    rival = apply_as(world.cand2, world.comp, [world.math])
    StaffRole.objects.create(user=world.cand, organisation=world.org, role=StaffRole.VIEWER)
    rival_upload = rival.uploads.first()
    with pytest.raises(Forbidden):
        applications.open_upload(world.cand, rival_upload.pk)
    own, _path = applications.open_upload(world.cand, mine.uploads.first().pk)
    assert own.application_id == mine.pk
    # the other staff still read it
    row, _ = applications.open_upload(world.viewer, rival_upload.pk)
    assert row.pk == rival_upload.pk
