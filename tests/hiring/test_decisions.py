"""Decisions for all posts in one form; a post nobody applied for is recorded as such, nothing typed."""

import datetime as dt

import pytest
from django.utils import timezone

from sanat.hiring.models import Decision
from sanat.hiring.services import applications, competitions
from sanat.hiring.services.errors import HiringError

from .conftest import apply_as, meet, score_all

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
    comp = meet(world.secretary, comp)
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
    comp = meet(world.secretary, comp)
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


# ---------------------------------------------------------------- the protocol's number, meeting date and place

def test_decisions_need_the_protocols_number_date_and_place(world, scored):
    """The final protocol is never issued without them: the decisions are refused, naming what is missing."""
    comp, a = scored
    assert comp.missing_meeting_fields() == ["protocol_number", "meeting_date", "meeting_place"]
    with pytest.raises(HiringError, match="«Protocol number», «Date of the meeting», «Place of the meeting»") as exc:
        competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})
    assert exc.value.field == "protocol_number"
    comp = competitions.set_meeting(world.secretary, comp, protocol_number=" 12-к ", meeting_date=None,
                                    meeting_place="")
    with pytest.raises(HiringError, match="«Date of the meeting», «Place of the meeting»"):
        competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})
    assert not Decision.objects.exists()
    comp = meet(world.secretary, comp, number="12-к")
    competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})
    comp.refresh_from_db()
    assert comp.state == "decided" and comp.protocol_number == "12-к" and not comp.missing_meeting_fields()
    with pytest.raises(HiringError, match="until the decisions are recorded"):  # the final protocol is fixed
        meet(world.secretary, comp, number="13")


def test_meeting_details_are_audited_and_checked(world, scored, clock):
    from sanat.accounts.models import AuditEvent
    from sanat.web.kit.errors import Forbidden

    comp, a = scored
    window_end = timezone.localtime(comp.accepts_until).date()
    with pytest.raises(HiringError, match="after acceptance has ended") as exc:
        meet(world.secretary, comp, date=window_end - dt.timedelta(days=1))
    assert exc.value.field == "meeting_date"
    with pytest.raises(Forbidden):  # a voting member does not write the protocol's details
        meet(world.m1, comp)
    meet(world.admin, comp, number="1")  # the organisation's administrator may
    comp = meet(world.secretary, comp, number="2", date=window_end + dt.timedelta(days=30))
    event = AuditEvent.objects.filter(action="competition.meeting_set").last()
    assert event.actor_id == world.secretary.pk and event.before["protocol_number"] == "1"
    assert event.after["protocol_number"] == "2"
    with pytest.raises(HiringError, match="later than today"):  # decisions are recorded after the meeting
        competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})


@pytest.mark.parametrize(("prefix", "label", "saved"), [("", "Отырыс күні", "Хаттаманың деректемелері сақталды"),
                                                        ("/ru", "Дата заседания", "Реквизиты протокола сохранены")])
def test_meeting_form_over_http(client, world, scored, prefix, label, saved):
    comp, _a = scored
    client.force_login(world.secretary)
    page = client.get(f"{prefix}/hiring/manage/{comp.pk}/").content.decode()
    assert 'id="meeting-form"' in page and 'type="date"' in page and label in page
    assert 'id="meeting-problems"' in page  # the decisions form says what is missing first
    url = f"{prefix}/hiring/manage/{comp.pk}/meeting/"
    r = client.post(url, {"protocol_number": "5", "meeting_date": "2026-02-30", "meeting_place": "Зал"})
    body = r.content.decode()
    assert r.status_code == 400 and 'value="Зал"' in body and 'value="5"' in body   # the input is kept
    assert ("кк.аа.жжжж" if not prefix else "дд.мм.гггг") in body
    early = timezone.localtime(comp.accepts_until).date() - dt.timedelta(days=2)
    r = client.post(url, {"protocol_number": "5", "meeting_date": early.isoformat(), "meeting_place": "Зал"})
    assert r.status_code == 400 and label in r.content.decode() and 'value="Зал"' in r.content.decode()
    day = timezone.localtime(comp.accepts_until).date()
    r = client.post(url, {"protocol_number": "5", "meeting_date": day.isoformat(), "meeting_place": "Зал"}, follow=True)
    body = r.content.decode()
    assert r.status_code == 200 and saved in body and "№ 5" in body and f"{day:%d.%m.%Y}" in body
    assert 'id="meeting-problems"' not in body
    client.force_login(world.m1)
    assert client.post(url, {"protocol_number": "6"}).status_code == 403
    comp.refresh_from_db()
    assert comp.protocol_number == "5"


def test_the_timeline_shows_the_meeting(client, world, scored):
    comp, _a = scored
    comp = meet(world.secretary, comp, number="9")
    page = client.get(f"/ru/hiring/c/{comp.pk}/").content.decode()
    day = timezone.localtime(comp.accepts_until).date()
    assert "Протокол № 9" in page and f"заседание {day:%d.%m.%Y}" in page and "Абай даңғылы" in page
