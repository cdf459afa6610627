"""No 500 from bad input: hypothesis on the JSON and form endpoints, schemathesis against the served
OpenAPI schema. Bounded (``max_examples``) so they stay part of the normal suite."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
NASTY_TEXT = st.one_of(st.text(max_size=40), st.sampled_from(["\x00", "a\x00b", "NaN", "Infinity", "-Infinity",
                                                              "1e309", "0001-01-01", "9999-12-31", "0000-00-00",
                                                              "10000-01-01", "338-03-07", "338-03-07\x00", "%00"]))
NASTY_NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-10**30,
                                                                                      max_value=10**30))
JSONISH = st.recursive(st.none() | st.booleans() | NASTY_NUMBER | NASTY_TEXT,
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NASTY_TEXT, inner, max_size=4),
                       max_leaves=12)
DATES = st.one_of(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(str), NASTY_TEXT)


def _dumps(value) -> str:
    return json.dumps(value, allow_nan=True)   # NaN / Infinity as the non-standard JSON tokens a client may send


@FUZZ
@given(position=NASTY_TEXT, profile=JSONISH, as_of=DATES, lang=NASTY_TEXT)
def test_api_check_never_500(client, catalog, position, profile, as_of, lang):
    body = _dumps({"position": position, "profile": profile, "as_of": as_of, "lang": lang})
    r = client.post("/api/check/", body, content_type="application/json")
    assert r.status_code < 500, r.content[:300]


@FUZZ
@given(body=st.one_of(st.binary(max_size=200), JSONISH.map(_dumps).map(str.encode)))
def test_api_check_raw_bodies_never_500(client, catalog, body):
    assert client.post("/api/check/", body, content_type="application/json").status_code < 500


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(["position", "as_of", "education_level", "experience_years",
                                               "held_category", "held_since", "held_until", "pedagogical",
                                               "profile_relevant", "x\x00", "lang"]), NASTY_TEXT, max_size=8))
def test_eligibility_form_never_500(client, catalog, fields):
    assert client.get("/eligibility/", fields).status_code < 500
    assert client.post("/eligibility/", fields).status_code < 500


@FUZZ
@given(name=NASTY_TEXT, field=st.sampled_from(["file", "other", "file\x00", ""]), content=st.binary(max_size=300),
       as_of=DATES)
def test_screening_upload_never_500(client, catalog, name, field, content, as_of, settings):
    settings.SANAT_RATE_SCREEN_PER_MINUTE = 10_000
    data = {"as_of": as_of}
    if field:
        data[field] = SimpleUploadedFile((name or "x") + ".xlsx", content)
    assert client.post("/eligibility/screen/", data).status_code < 500


@FUZZ
@given(q=NASTY_TEXT, path=NASTY_TEXT)
def test_search_and_paths_never_500(client, catalog, q, path):
    assert client.get("/search/", {"q": q}).status_code < 500
    assert client.get("/positions/" + path.replace("/", "").replace("?", "").replace("#", "") + "/").status_code < 500
    assert client.get("/sources/" + path.replace("/", "").replace("?", "").replace("#", "") + "/",
                      {"lines": q}).status_code < 500


def _schema():
    """The schema the API serves, with calls going to the WSGI application in this process."""
    from sanat.web.api import api
    from sanat.web.wsgi import application

    loaded = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/"))
    loaded.app = application
    return loaded


schema = _schema()


@pytest.fixture
def keep_connection():
    """Calls go straight to the WSGI handler, whose request signals would close the test's connection
    (Django's test client disconnects them the same way)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_against_its_openapi_schema(case, catalog, keep_connection):
    from schemathesis.checks import not_a_server_error

    from sanat.web.wsgi import application

    response = case.call(app=application)
    case.validate_response(response, checks=[not_a_server_error])


def test_nul_bytes_in_paths_fields_and_json_answer_400(client, db):
    assert client.get("/search/", {"q": "a\x00b"}).status_code == 400
    assert client.get("/positions/338-03-07%00/").status_code == 400
    assert client.post("/eligibility/", {"position": "338\x00"}).status_code == 400
    r = client.post("/api/check/", '{"position": "a\\u0000", "profile": {}}', content_type="application/json")
    assert r.status_code == 400 and r.json()["detail"]


def test_date_arithmetic_past_9999_answers_400_in_the_users_language(client, db, settings):
    from django.utils import translation

    settings.ROOT_URLCONF = "tests.ops.boom_urls"
    r = client.get("/far-date/", HTTP_ACCEPT_LANGUAGE="ru")
    assert r.status_code == 400
    with translation.override("ru"):
        assert translation.gettext("A date or number in the form is outside the range that can be used.") in (
            r.content.decode())
