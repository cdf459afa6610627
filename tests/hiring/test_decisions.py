"""Decisions for all posts in one form; a post nobody applied for is recorded as such, nothing typed."""

import pytest

from sanat.hiring.models import Decision
from sanat.hiring.services import applications, competitions
from sanat.hiring.services.errors import HiringError

from .conftest import apply_as, score_all

TOP = {"education": "higher_honours", "experience": "3_plus", "category": "expert", "recommendation": "positive"}


@pytest.fixture
def scored(world, clock):
    a = apply_as(world.cand, world.comp, [world.math])  # nobody applies for the custom post
    applications.check(world.secretary, a, accept=True)
    clock.advance(days=3)
    comp = competitions.close(world.admin, world.comp)
    score_all(world.m1, a, TOP)
    score_all(world.m2, a, TOP)
    return competitions.finish_scoring(world.secretary, comp), a


def test_all_posts_at_once_and_the_empty_post_needs_no_text(world, scored):
    comp, a = scored
    with pytest.raises(HiringError, match="Choose the outcome"):
        competitions.record_decisions(world.secretary, comp, {})  # the ranked post needs its outcome
    assert not Decision.objects.exists()
    competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})
    comp.refresh_from_db()
    assert comp.state == "decided"
    empty = Decision.objects.get(post=world.custom)
    assert competitions.no_applicants(empty) and empty.text == "" and empty.winner is None
    assert not competitions.no_applicants(Decision.objects.get(post=world.math))


@pytest.mark.parametrize(("prefix", "empty"), [("", "өтініш түскен жоқ"), ("/ru", "заявлений не поступило")])
def test_one_form_over_http(client, world, scored, prefix, empty):
    comp, _a = scored
    client.force_login(world.secretary)
    page = client.get(f"{prefix}/hiring/manage/{comp.pk}/").content.decode()
    assert page.count('id="decisions-form"') == 1 and empty in page
    assert f'name="winner_{world.custom.pk}"' not in page and f'name="text_{world.custom.pk}"' not in page
    r = client.post(f"{prefix}/hiring/manage/{comp.pk}/decide/", {f"text_{world.math.pk}": "кейін"})
    assert r.status_code == 400 and "кейін" in r.content.decode() and not Decision.objects.exists()
    r = client.post(f"{prefix}/hiring/manage/{comp.pk}/decide/", {f"winner_{world.math.pk}": "0"})
    assert r.status_code == 302 and Decision.objects.get(post=world.math).winner is None
    assert Decision.objects.count() == 2
    client.force_login(world.m1)  # a voting member does not record decisions
    assert client.post(f"/hiring/manage/{comp.pk}/decide/", {}).status_code == 403
