"""The stages of a competition on its pages, and the score form only while scoring is open."""

import pytest

from sanat.hiring.services import applications, competitions, timeline

from .conftest import apply_as, build_world


def stages(comp, roles):
    return {s.key: s for s in timeline.timeline(comp, roles)}


def test_the_stages_follow_the_states(world, clock):
    admin_roles = {"admin": True, "secretary": False, "voting": False, "staff": True}
    s = stages(world.comp, admin_roles)
    assert s["draft"].status == "done" and s["accepting"].status == "current"
    assert [st.status for st in s.values()][2:] == ["upcoming"] * 4
    app = apply_as(world.cand, world.comp, [world.math])
    clock.advance(days=3)
    s = stages(world.comp, admin_roles)
    assert s["checking"].status == "current" and any("Close acceptance" in x for x in s["checking"].can_now)
    competitions.close(world.admin, world.comp)
    assert timeline.current_stage(world.comp) == "checking"  # an application is still unchecked
    applications.check(world.secretary, app, accept=True, reasons="")
    world.comp.refresh_from_db()
    assert timeline.current_stage(world.comp) == "scoring" and timeline.scoring_open(world.comp)
    member = stages(world.comp, {"admin": False, "secretary": False, "voting": True, "staff": True})
    assert any("Score the accepted" in x for x in member["scoring"].can_now)


def test_a_draft_tells_the_administrator_what_to_do(db, private_media):
    w = build_world(publish=False)
    s = stages(w.comp, {"admin": True, "secretary": False, "voting": False, "staff": True})
    assert s["draft"].status == "current" and len(s["draft"].can_now) == 3


@pytest.mark.parametrize(("prefix", "heading", "now"), [("", "Конкурс кезеңдері", "Өтініштер қабылдануда"),
                                                         ("/ru", "Этапы конкурса", "Этапы конкурса")])
def test_the_timeline_is_on_the_pages(client, world, prefix, heading, now):
    page = client.get(f"{prefix}/hiring/c/{world.comp.pk}/").content.decode()
    assert heading in page and 'data-stage="accepting" data-status="current"' in page and now in page
    client.force_login(world.admin)
    page = client.get(f"{prefix}/hiring/manage/{world.comp.pk}/").content.decode()
    assert heading in page and 'id="can-now"' in page


@pytest.mark.parametrize(("prefix", "closed"), [("", "бағалау ашық емес"), ("/ru", "Оценивание этого заявления не открыто")])
def test_a_member_sees_no_score_form_before_scoring(client, world, clock, prefix, closed):
    app = apply_as(world.cand, world.comp, [world.math])
    applications.check(world.secretary, app, accept=True, reasons="")
    client.force_login(world.m1)
    page = client.get(f"{prefix}/hiring/a/{app.pk}/score/").content.decode()
    assert closed in page and 'id="score-form"' not in page
    assert client.post(f"/hiring/a/{app.pk}/score/", {"lock": "1"}).status_code == 302
    client.get(f"/hiring/a/{app.pk}/score/")  # the refusal message is shown once
    assert not app.score_sheets.exists()
    clock.advance(days=3)
    competitions.close(world.admin, world.comp)
    page = client.get(f"{prefix}/hiring/a/{app.pk}/score/").content.decode()
    assert 'id="score-form"' in page and closed not in page


@pytest.mark.parametrize(("prefix", "refused"), [("", "ең азы 1,00, ең көбі 5,00 ұпай"), ("/ru", "от 1,00 до 5,00 баллов")])
def test_a_forged_score_is_refused_per_criterion_and_nothing_is_saved(client, world, clock, prefix, refused):
    from sanat.hiring.models import Option, Score

    app = apply_as(world.cand, world.comp, [world.math])
    applications.check(world.secretary, app, accept=True, reasons="")
    clock.advance(days=3)
    competitions.close(world.admin, world.comp)
    education = world.comp.sheet.criteria.get(code="education")
    other = Option.objects.exclude(criterion=education).first()   # a real option, of another criterion
    client.force_login(world.m1)
    for value in ("999999", str(other.pk), "-3"):
        r = client.post(f"{prefix}/hiring/a/{app.pk}/score/", {f"c_{education.pk}": value, "lock": "1"})
        page = r.content.decode()
        assert r.status_code == 400 and 'id="score-error-education"' in page and refused in page
    assert not Score.objects.exists() and not app.score_sheets.filter(locked_at__isnull=False).exists()
