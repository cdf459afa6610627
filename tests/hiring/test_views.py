"""The HTTP layer: server-side checks hold whatever the browser sends."""

import datetime as dt
import re
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sanat.hiring import iin as iin_mod
from sanat.hiring.models import Application, Upload
from tests.conftest import saved_name

from .conftest import PDF, apply_as, valid_iin


def apply_post(client, w, key, files=None, **over):
    value = valid_iin(dt.date(1991, 5, 17), "M")
    data = {"idempotency_key": str(key), "posts": [str(w.math.pk)], "last_name": "Ахметов", "first_name": "Ерлан",
            "iin": value, "birth_date": "1991-05-17", "email": "e@example.kz", "consent": "on", **over}
    data.update(files or {})
    return client.post(f"/hiring/c/{w.comp.pk}/apply/", data)


def test_apply_over_http_with_a_bad_file_keeps_the_rest(client, world):
    client.force_login(world.cand)
    reqs = {r.number: r for r in world.comp.requirements.all()}
    files = {f"doc_{reqs[1].pk}": SimpleUploadedFile("app.pdf", PDF + b"1"),
             f"doc_{reqs[2].pk}": SimpleUploadedFile("id.pdf", b"<?php evil(); ?>"),
             f"doc_{reqs[3].pk}": SimpleUploadedFile("sheet.png", b"\x89PNG\r\n\x1a\n" + b"3")}
    key = uuid.uuid4()
    r = apply_post(client, world, key, files)
    app = Application.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/hiring/a/{app.pk}/"
    assert sorted(u.requirement.number for u in app.uploads.all()) == [1, 3]
    page = client.get(r["Location"]).content.decode()
    assert "id.pdf" in page  # the failed file is reported by name
    # the same form submitted twice (double click): the same application, no duplicate uploads
    r2 = apply_post(client, world, key, {f"doc_{reqs[1].pk}": SimpleUploadedFile("app.pdf", PDF + b"1")})
    assert r2["Location"] == r["Location"] and Application.objects.count() == 1 and Upload.objects.count() == 2


def test_apply_rejects_a_bad_iin_and_a_foreign_post(client, world):
    from .conftest import build_world  # noqa: F401

    client.force_login(world.cand)
    r = apply_post(client, world, uuid.uuid4(), iin="910517300011")
    assert r.status_code == 200 and not Application.objects.exists()
    r = apply_post(client, world, uuid.uuid4(), posts=["99999"])
    assert r.status_code == 200 and not Application.objects.exists()


def test_apply_outside_the_window_is_refused_by_the_server(client, world, clock):
    client.force_login(world.cand)
    clock.advance(days=5)
    apply_post(client, world, uuid.uuid4())
    assert not Application.objects.exists()


def test_files_only_through_the_access_checked_view(client, world, private_media):
    app = apply_as(world.cand, world.comp, [world.math], docs=[1])
    row = app.uploads.get()
    assert client.get(f"/hiring/files/{row.pk}/").status_code == 302          # anonymous → log in
    client.force_login(world.cand2)
    assert client.get(f"/hiring/files/{row.pk}/").status_code == 403
    assert client.get(f"/hiring/a/{app.pk}/").status_code == 403
    client.force_login(world.cand)
    r = client.get(f"/hiring/files/{row.pk}/")
    assert r.status_code == 200 and b"".join(r.streaming_content).startswith(b"%PDF-")
    assert saved_name(r) == "doc1.pdf" and r["Content-Type"] == "application/pdf"
    client.force_login(world.m2)
    assert client.get(f"/hiring/files/{row.pk}/").status_code == 200
    assert client.get(f"/media/hiring/{row.stored_name}").status_code == 404
    assert client.get(f"/private-media/hiring/{row.stored_name}").status_code == 404


def test_staff_pages_by_role(client, world):
    from .conftest import make_user

    other = make_user("other_member")
    client.force_login(other)
    assert client.get(f"/hiring/manage/{world.comp.pk}/").status_code == 403
    client.force_login(world.viewer)
    page = client.get(f"/hiring/manage/{world.comp.pk}/").content.decode()
    assert 'id="publish"' not in page and 'id="close"' not in page
    assert client.post(f"/hiring/manage/{world.comp.pk}/close/").status_code == 403
    client.force_login(world.cand)
    assert client.get("/hiring/manage/new/").status_code == 403


def test_public_announcement_formats(client, world):
    r = client.get(f"/hiring/c/{world.comp.pk}/announcement-ru.html")
    assert r.status_code == 200 and "Учитель математики" in r.content.decode()
    assert client.get(f"/hiring/c/{world.comp.pk}/announcement-kk.pdf").content.startswith(b"%PDF-")
    assert client.get(f"/hiring/c/{world.comp.pk}/announcement-ru.docx").content.startswith(b"PK")


def test_iin_form_field_matches_birth_date(world):
    from sanat.hiring.forms import ApplyForm

    value = valid_iin(dt.date(1991, 5, 17), "M")
    form = ApplyForm({"idempotency_key": str(uuid.uuid4()), "posts": [str(world.math.pk)], "last_name": "A",
                      "first_name": "B", "iin": value, "birth_date": "1991-05-18", "email": "e@example.kz",
                      "consent": "on"}, competition=world.comp)
    assert not form.is_valid() and "birth_date" in form.errors
    assert iin_mod.parse(value).birth_date == dt.date(1991, 5, 17)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_pages_render_in_both_languages(client, world, lang):
    prefix = "" if lang == "kk" else "/ru"
    r = client.get(f"{prefix}/hiring/c/{world.comp.pk}/")
    assert r.status_code == 200 and f'lang="{lang}"' in r.content.decode()
    title = world.comp.title_ru if lang == "ru" else world.comp.title_kk
    assert title in r.content.decode()
    # the post's basis links to its catalog position; the salary floor is grouped by thousands
    assert 'href="' + prefix + '/positions/338-03-07/"' in r.content.decode()
    assert "117\xa0508" in r.content.decode() or "117 508" in r.content.decode()


@pytest.mark.parametrize(("prefix", "heading"), [("", "Ашық конкурстар"), ("/ru", "Открытые конкурсы")])
def test_interface_is_translated(client, world, prefix, heading):
    page = client.get(f"{prefix}/hiring/").content.decode()
    assert heading in page and "Open competitions" not in page


def test_iin_shown_masked_and_checked_by_the_secretary_only(client, world):
    from sanat.accounts.models import AuditEvent

    app = apply_as(world.cand, world.comp, [world.math], docs=[])
    value = valid_iin(start=world.cand.pk * 10)
    for user, checks in ((world.cand, False), (world.secretary, True), (world.m1, False), (world.viewer, False)):
        client.force_login(user)
        page = client.get(f"/hiring/a/{app.pk}/").content.decode()
        assert value not in page and iin_mod.mask(value) in page   # the full IIN is not stored, so never shown
        assert ('id="iin-check"' in page) is checks
    # the secretary types the IIN from the identity document: compared on the keyed hash, audited
    client.force_login(world.secretary)
    r = client.post(f"/hiring/a/{app.pk}/check-iin/", {"iin": value}, follow=True)
    assert "The IIN matches the application." in r.content.decode() or "ЖСН өтініштегімен сәйкес келеді." in r.content.decode()
    r = client.post(f"/hiring/a/{app.pk}/check-iin/", {"iin": valid_iin(start=999)}, follow=True)
    assert "ЖСН өтініштегімен сәйкес келмейді." in r.content.decode()
    checks = AuditEvent.objects.filter(action="application.iin_checked", object_id=str(app.pk))
    assert [e.after for e in checks] == [{"match": True}, {"match": False}]
    assert value not in str([(e.before, e.after, e.note) for e in checks])
    for user in (world.cand, world.m1, world.viewer):
        client.force_login(user)
        assert client.post(f"/hiring/a/{app.pk}/check-iin/", {"iin": value}).status_code == 403
    assert checks.count() == 2


def test_admin_edits_of_a_draft_document_list_are_audited(admin_client, db, private_media):
    from sanat.accounts.models import AuditEvent

    from .conftest import build_world

    w = build_world(publish=False)
    item = w.comp.requirements.get(number=12)
    r = admin_client.post(f"/admin/hiring/documentrequirement/{item.pk}/change/", {
        "competition": w.comp.pk, "number": 12, "title_kk": item.title_kk, "title_ru": "рекомендательное письмо",
        "condition": "if_any", "citation": item.citation})
    assert r.status_code == 302
    item.refresh_from_db()
    assert item.condition == "if_any"
    event = AuditEvent.objects.get(action="admin.documentrequirement.changed")
    assert event.before["condition"] == "always" and event.after["condition"] == "if_any"


def test_apply_page_leads_to_the_existing_application(client, world):
    app = apply_as(world.cand, world.comp, [world.math], docs=[])
    client.force_login(world.cand)
    r = client.get(f"/hiring/c/{world.comp.pk}/apply/")
    assert r.status_code == 302 and r["Location"] == f"/hiring/a/{app.pk}/"
    client.force_login(world.cand2)
    assert client.get(f"/hiring/c/{world.comp.pk}/apply/").status_code == 200


def test_files_of_a_rejected_form_are_kept_and_attached(client, world, private_media):
    client.force_login(world.cand)
    reqs = {r.number: r for r in world.comp.requirements.all()}
    key = uuid.uuid4()
    files = {f"doc_{reqs[1].pk}": SimpleUploadedFile("zayavlenie.pdf", PDF + b"z"),
             f"doc_{reqs[4].pk}": SimpleUploadedFile("diplom.pdf", PDF + b"d")}
    r = apply_post(client, world, key, files, iin="910517300011")   # mistyped IIN: the form fails
    assert r.status_code == 200 and not Application.objects.exists()
    page = r.content.decode()
    assert "zayavlenie.pdf" in page and "diplom.pdf" in page and str(key) in page
    # corrected and sent again with the same key, now with one more file and without re-attaching the two
    r = apply_post(client, world, key, {f"doc_{reqs[2].pk}": SimpleUploadedFile("id.png", b"\x89PNG\r\n\x1a\nid")})
    app = Application.objects.get()
    assert r.status_code == 302
    assert sorted(u.requirement.number for u in app.uploads.all()) == [1, 2, 4]
    assert {u.original_name for u in app.uploads.all()} == {"zayavlenie.pdf", "id.png", "diplom.pdf"}
    for u in app.uploads.all():
        assert (private_media / "hiring" / u.stored_name).read_bytes()[:4] in (b"%PDF", b"\x89PNG")
    # a second identical submit attaches nothing twice
    apply_post(client, world, key)
    assert app.uploads.count() == 3


def test_application_is_prefilled_from_the_candidates_profile(client, world):
    from sanat.attestation.models import Workspace

    world.cand.first_name, world.cand.last_name = "Айгерім", "Сапарова"
    world.cand.save()
    Workspace.objects.create(user=world.cand, position_id="338-03-07", profile={
        "education": [{"level": "tvet", "pedagogical": False}, {"level": "higher", "pedagogical": True}],
        "experience": {"periods": [{"from": "2016-09-01", "to": "2021-08-31", "kinds": ["pedagogical"]}]},
        "categories": [{"code": "moderator", "since": "2020-01-01", "until": "2099-01-01"}]})
    client.force_login(world.cand)
    html = client.get(f"/ru/hiring/c/{world.comp.pk}/apply/").content.decode()
    assert 'id="from-profile"' in html
    assert 'name="first_name" value="Айгерім"' in html and 'name="last_name" value="Сапарова"' in html
    assert '<option value="higher" selected>' in html and 'name="pedagogical"' in html and "checked" in html
    assert 'name="experience_years" value="5.0"' in html
    assert '<option value="moderator" selected>' in html
    # nothing on the application asks for JSON or a code
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S))
    assert "<textarea" not in html and "JSON" not in visible and "338-" not in visible
