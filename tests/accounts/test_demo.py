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


def test_demo_shows_the_training_centre_without_the_admin(catalog, settings, tmp_path, client):
    """A newcomer signed in as the demo trainer finds the cohorts (one running, one finished with a certificate)
    on the centre's pages in kk and ru; the site administrator sees them in the admin in both languages."""
    from sanat.training_centre.models import Certificate, Cohort

    settings.MEDIA_ROOT = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("demo")
    running = Cohort.objects.get(title__contains="1-топ")
    cert = Certificate.objects.get()
    assert client.login(username="demo-trainer", password="demo-trainer")
    for prefix, heading in (("", "Топтар"), ("/ru", "Группы")):
        page = client.get(f"{prefix}/training/").content.decode()
        assert heading in page and all(c.title in page for c in Cohort.objects.all())
        grid = client.get(f"{prefix}/training/cohorts/{running.pk}/attendance/day-1/")
        assert grid.status_code == 200 and "Айгерім Сапарова" in grid.content.decode()
        assert cert.number in client.get(f"{prefix}/training/cohorts/{cert.participant.cohort_id}/").content.decode()
    assert client.login(username="demo-superuser", password="demo-superuser")
    for prefix, plural in (("", "Оқу топтары"), ("/ru", "Учебные группы")):
        page = client.get(f"{prefix}/admin/training_centre/cohort/").content.decode()
        assert plural in page and running.title in page


def test_demo_is_refused_outside_development(settings):
    settings.SANAT_DEVELOPMENT = False
    with pytest.raises(CommandError, match="development only"):
        call_command("demo")
