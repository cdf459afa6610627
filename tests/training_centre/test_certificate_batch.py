"""All certificates of a cohort as one ZIP through the background-document job: the same PDFs as each
participant's own download, the cohort's staff only, progress per certificate."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from django.contrib.auth import get_user_model

from sanat.docjobs.models import DocumentJob
from sanat.documents.pdf_text import pdf_text
from sanat.training_centre import services as s
from sanat.training_centre.models import CentreStaff, Certificate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalog")]


@pytest.fixture
def cohort(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    staff = get_user_model().objects.create_user("trainer", "trainer@centre.kz", "pw-123456789")
    CentreStaff.objects.create(user=staff)
    c = s.create_cohort(staff, title="Топ 1", fmt="in_person", start_date=dt.date(2026, 3, 2), trainers="")
    people = [s.enrol(staff, c, name=n, school="№ 12 мектеп", email=f"p{i}@school.kz")
              for i, n in enumerate(("Әлия Нұрова", "Бота Серік", "Данияр Әли"))]
    for i, p in enumerate(people[:2]):
        Certificate.objects.create(participant=p, number=f"TC-2026-0000000{i}", participant_name=p.name,
                                   course_title="Курс", hours=80, start_date=c.start_date, end_date=s.end_date(c))
    return staff, c, people


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_zip_holds_each_participants_own_certificate(client, cohort, lang, monkeypatch):
    staff, c, people = cohort
    from sanat.docjobs import services

    seen = []
    real = services.Progress
    monkeypatch.setattr(services, "Progress", lambda sink: real(lambda v: (seen.append(v), sink(v)), every=0))
    client.force_login(staff)
    assert 'id="certificates-zip"' in client.get(f"/training/cohorts/{c.pk}/").content.decode()
    r = client.post(f"/training/cohorts/{c.pk}/certificates-{lang}.zip")
    assert r.status_code == 302
    job = DocumentJob.objects.get()
    assert job.state == "done" and job.filename == f"certificates-cohort-{c.pk}-{lang}.zip" and seen == [0.5, 1.0]
    content = b"".join(client.get(f"/documents/jobs/{job.pk}/download").streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        assert sorted(z.namelist()) == [f"certificate-TC-2026-0000000{i}-{lang}.pdf" for i in range(2)]
        own = client.get(f"/training/participants/{people[0].pk}/certificate-{lang}.pdf")
        assert pdf_text(z.read(f"certificate-TC-2026-00000000-{lang}.pdf")) == pdf_text(own.content)


def test_only_the_cohorts_staff_and_a_cohort_without_certificates_says_so(client, cohort):
    staff, c, _people = cohort
    other = get_user_model().objects.create_user("other", "o@centre.kz", "pw-123456789")
    CentreStaff.objects.create(user=other)
    client.force_login(other)
    assert client.post(f"/training/cohorts/{c.pk}/certificates-kk.zip").status_code == 403
    client.force_login(staff)
    client.post(f"/training/cohorts/{c.pk}/certificates-kk.zip")
    job = DocumentJob.objects.get()
    client.force_login(other)
    assert client.get(f"/documents/jobs/{job.pk}/").status_code == 404
    assert client.get(f"/documents/jobs/{job.pk}/download").status_code == 404
    Certificate.objects.update(revoked=True)
    client.force_login(staff)
    r = client.post(f"/ru/training/cohorts/{c.pk}/certificates-ru.zip", follow=True)
    assert r.status_code == 200 and "В этой группе ещё не выдано ни одного сертификата." in r.content.decode()
    assert client.post(f"/training/cohorts/{c.pk}/certificates-en.zip").status_code == 404
