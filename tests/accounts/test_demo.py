"""The development-only demo command: every role, data at every stage; refused outside development."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_demo_creates_every_role_and_every_stage(catalog, settings, tmp_path, client):
    from sanat.attestation.models import Workspace
    from sanat.hiring.models import Competition, Decision
    from sanat.training_centre.models import Certificate, Cohort
    from sanat.web.roles import who

    settings.MEDIA_ROOT = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("demo")
    call_command("demo")  # a second run changes nothing
    users = {u.username: u for u in get_user_model().objects.filter(username__startswith="demo-")}
    roles = {name: who(u).roles for name, u in users.items()}
    assert roles["demo-teacher"] == ["teacher"] and "secretary" in roles["demo-secretary"]
    assert "member" in roles["demo-member1"] and "org_admin" in roles["demo-admin"]
    assert "viewer" in roles["demo-viewer"] and "centre_staff" in roles["demo-trainer"]
    assert "admin" in roles["demo-superuser"]
    states = sorted(Competition.objects.values_list("state", flat=True))
    assert states == ["closed", "decided", "published"] and Decision.objects.exists()
    ws = Workspace.objects.get(user=users["demo-teacher"])
    assert ws.profile["experience"]["periods"] and ws.assessments.exists() and ws.evidence.exists()
    assert ws.plan.exists()
    assert Cohort.objects.count() == 2 and Certificate.objects.count() == 1
    assert client.login(username="demo-teacher", password="demo-teacher")


def test_demo_is_refused_outside_development(settings):
    settings.SANAT_DEVELOPMENT = False
    with pytest.raises(CommandError, match="development only"):
        call_command("demo")
