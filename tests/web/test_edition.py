"""One door to regulation data: every app follows the LOADED edition (``sanat.catalog.store``).

A copy of the sources with one threshold of 001 kk changed (338-03-07, «педагог-модератор үшін –
кемінде 2 жыл» → 7, found by code as in tests/regulation/tqc/test_tqc_catalog.py) is loaded with
``load_regulations``; the position page, ``/api/positions/<id>/``, ``/api/check/``, a hiring verdict
and a generated announcement all follow it, and follow the shipped edition again once it is loaded back.
"""

from __future__ import annotations

import json
import shutil

import pytest
from django.utils import timezone

from sanat.catalog import store
from sanat.catalog.loading import load_regulations
from sanat.regulation import sources

PID = "338-03-07"
# Higher pedagogical education and 2½ years: a moderator under «кемінде 2 жыл», not under 7.
PROFILE = {"education": [{"level": "higher", "pedagogical": True}], "experience": {"pedagogical": 2.5}}

pytestmark = pytest.mark.django_db


def _moderator_line(position: dict, src) -> int:
    """The kk line that prints the moderator's «кемінде 2 жыл» (found from the structured rows)."""
    for t in position["requirements"]["thresholds"]:
        if t["lang"] == "kk" and t["category"] == "moderator" and t["min_years"] == 2:
            for n in range(t["lines"][0], t["lines"][1] + 1):
                if "кемінде 2 жыл" in src.line(n):
                    return n
    raise AssertionError("no moderator threshold of 2 years in 338-03-07 (kk)")


@pytest.fixture
def changed_sources(tmp_path, catalog):
    """A copy of the shipped sources with the moderator's 2 years of 338-03-07 (kk) made 7."""
    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    src = sources.load("tqc_kk")
    n = _moderator_line(store.position(PID), src)
    lines = src.text.split("\n")
    assert lines[n - 1].count("кемінде 2 жыл") == 1
    lines[n - 1] = lines[n - 1].replace("кемінде 2 жыл", "кемінде 7 жыл")
    (tmp_path / src.file).write_text("\n".join(lines), encoding="utf-8")
    return tmp_path


@pytest.fixture
def application(catalog):
    """A published competition with one post on 338-03-07 and an application carrying ``PROFILE``."""
    from sanat.hiring.models import Application, Competition, Organisation, Post

    now = timezone.now()
    org = Organisation.objects.create(name_kk="№1 мектеп", name_ru="Школа №1")
    comp = Competition.objects.create(organisation=org, title_kk="Конкурс", accepts_from=now,
                                      accepts_until=now + timezone.timedelta(days=10), languages=["kk"],
                                      state=Competition.PUBLISHED)
    post = Post.objects.create(competition=comp, order=0, title_kk="Математика мұғалімі", rate=1,
                               catalog_position_id=PID)
    from django.contrib.auth import get_user_model

    cand = get_user_model().objects.create_user(username="cand", password="pw-cand")
    app = Application.objects.create(competition=comp, candidate=cand, iin_hmac="edition-test", last_name="Test",
                                     first_name="Cand", profile=PROFILE, submitted_at=now)
    app.posts.set([post])
    return app


def observed(client, app) -> dict:
    """What each door shows for 338-03-07's moderator threshold and for ``PROFILE``."""
    from sanat.hiring.services import announcement, verdicts

    page = client.get(f"/positions/{PID}/").content.decode()
    api = client.get(f"/api/positions/{PID}/").json()
    check = client.post("/api/check/", json.dumps({"position": PID, "profile": PROFILE, "as_of": "2025-09-01",
                                                    "lang": "kk"}), content_type="application/json").json()
    verdict = verdicts.for_application(app)[0]["verdict"]
    text = announcement.render(app.competition, "html", "kk")[0].decode()
    return {
        "page": [y for y in (2, 7) if f"педагог-модератор үшін-кемінде {y} жыл" in page],
        "api": [t["min_years"] for t in api["requirements"]["thresholds"]
                if t["lang"] == "kk" and t["category"] == "moderator"],
        "check": check["highest_by_requirements"],
        "verdict": verdict["highest"],
        "announcement": [y for y in (2, 7) if f"педагог-модератор үшін-кемінде {y} жыл" in text],
    }


SHIPPED = {"page": [2], "api": [2], "check": "moderator", "verdict": "moderator", "announcement": [2]}
CHANGED = {"page": [7], "api": [7], "check": "pedagog", "verdict": "pedagog", "announcement": [7]}


def test_every_door_follows_the_loaded_edition(client, changed_sources, application):
    assert observed(client, application) == SHIPPED
    shipped_digest = store.edition_digest()

    result = load_regulations(changed_sources)
    assert result.action == "replaced" and store.edition_digest() == result.edition.digest != shipped_digest
    assert observed(client, application) == CHANGED

    back = load_regulations()
    assert back.action == "replaced" and store.edition_digest() == back.edition.digest
    assert observed(client, application) == SHIPPED


def test_another_process_notices_a_load_by_the_digest(client, changed_sources, application, monkeypatch):
    """A load made elsewhere (here: rows replaced behind the store's back) is seen on the next request."""
    assert observed(client, application) == SHIPPED
    with monkeypatch.context() as m:
        m.setattr(store, "forget", lambda: None)  # as if another process loaded: this one's cache stays
        load_regulations(changed_sources)
    assert observed(client, application) == CHANGED


def test_with_a_recheck_time_requests_ask_once_per_period(client, changed_sources, application, monkeypatch,
                                                         settings, django_assert_num_queries):
    """``SANAT_EDITION_RECHECK_SECONDS`` (production): a process asks which edition is loaded at most once
    per period; a load by another process shows once the period is over, a load by this process at once."""
    settings.SANAT_EDITION_RECHECK_SECONDS = 60
    clock = [1000.0]
    monkeypatch.setattr(store.time, "monotonic", lambda: clock[0])
    store.forget()
    assert observed(client, application)["page"] == [2]
    with django_assert_num_queries(0):  # a cached page, the edition trusted for the period
        assert client.get(f"/positions/{PID}/").status_code == 200
    with monkeypatch.context() as m:
        m.setattr(store, "forget", lambda: None)  # as if another process loaded
        load_regulations(changed_sources)
    assert observed(client, application)["page"] == [2]  # still inside the period
    clock[0] += 61
    assert observed(client, application) == CHANGED
    load_regulations()  # this process: seen at once
    assert observed(client, application) == SHIPPED
