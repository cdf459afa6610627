"""Suite-wide fixtures and guards."""

from __future__ import annotations

import pytest

from sanat.regulation import sources as _sources

DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup", "admin_client", "django_user_model"}


def pytest_collection_modifyitems(config, items):
    """Mark every test that touches the database, so the PostgreSQL pass can select them."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("django_db") or names & DB_FIXTURES:
            item.add_marker(pytest.mark.database)


def pytest_collection_finish(session):
    """An empty collection must never pass silently."""
    if not session.items and not session.config.getoption("collectonly"):
        raise pytest.UsageError("no tests collected: refusing to report success")


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """A test that activates Russian must not leave it active for the next test in the same thread."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Tests roll the database back under an unchanged edition digest: no page cached by one test may
    answer another (in production the digest changes with every load)."""
    from sanat.web.kit import pagecache

    pagecache.clear()
    yield


@pytest.fixture(scope="session")
def shipped():
    """All shipped source texts, loaded once."""
    return _sources.load_all()


@pytest.fixture(scope="session")
def std():
    """The professional standard «Педагог» parsed from the shipped text, once (regulation and catalog tests)."""
    from sanat.regulation.standard import build_standard

    return build_standard()


@pytest.fixture(scope="session")
def course():
    """The 80-hour course programme parsed from the shipped text, once (regulation and catalog tests)."""
    from sanat.regulation.course import build_course

    return build_course()


# ---- catalog fixtures (web app) -------------------------------------------------------------------
# ``catalog_data``: the real catalog dict, built once per session from the shipped texts.
# ``catalog``: that catalog loaded in the test database (loaded once per session, committed; re-imported
# inside the test's transaction if a transactional test flushed it). Returns the ``CatalogEdition``.
# ``catalog_live``: the same for ``live_server``/``transactional_db`` tests (committed, flushed after).


@pytest.fixture(scope="session")
def catalog_data():
    """The catalog built by the parser from the shipped texts, plus the cited files' provenance."""
    from sanat.catalog.loading import build, with_cited_sources

    return with_cited_sources(build())


def _import_catalog(data):
    from sanat.catalog.loading import import_catalog, texts_for

    return import_catalog(data, texts_for(data["sources"]), origin="tests").edition


@pytest.fixture(scope="session")
def _catalog_session(django_db_setup, django_db_blocker, catalog_data):
    with django_db_blocker.unblock():
        _import_catalog(catalog_data)


@pytest.fixture
def catalog(_catalog_session, db, catalog_data):
    """The real catalog in the database (the ``CatalogEdition``)."""
    from sanat.catalog.models import CatalogEdition, Position

    if not Position.objects.exists():
        return _import_catalog(catalog_data)
    return CatalogEdition.objects.get()


@pytest.fixture
def catalog_live(transactional_db, catalog_data):
    """The real catalog, committed, for tests that use ``live_server``."""
    return _import_catalog(catalog_data)


@pytest.fixture
def load_edition(catalog, tmp_path):
    """``load_edition({file: text})``: load (``load_regulations``) an edition built from the shipped texts
    with those replaced; returns the ``CatalogEdition``. The test's rollback brings the shipped one back."""
    from sanat.catalog.loading import load_regulations

    def load(changed: dict[str, str]):
        folder = tmp_path / "edition"
        folder.mkdir(exist_ok=True)
        for file, text in changed.items():
            (folder / file).write_text(text, encoding="utf-8")
        return load_regulations(folder).edition

    return load


# ---- browser fixtures -----------------------------------------------------------------------------
# ``browser_page``: a Playwright (sync API) page in Debian's headless Chromium, with ``page.base_url``
# pointing at pytest-django's ``live_server``. Mark such tests ``@pytest.mark.browser``.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def _browser():
    import os

    # Playwright's sync API runs an event loop in this thread; Django's async-unsafe guard would
    # then refuse ORM calls made by the live server's test setup.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is not installed (dev/test installs it)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(_browser, live_server):
    """A fresh browser page (own context: cookies, language) against ``live_server``."""
    context = _browser.new_context(base_url=live_server.url, locale="kk-KZ")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base_url = live_server.url
    yield page
    context.close()


def browser_login(page, username: str, password: str | None = None, prefix: str = "") -> None:
    """Log ``username`` in through the real log-in form (``prefix``: ``"/ru"`` for the Russian pages),
    with a fresh cookie jar; the test users' password is ``"pw-" + username`` unless given."""
    page.context.clear_cookies()
    page.goto(f"{prefix}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password if password is not None else "pw-" + username)
    page.click("#login-submit")
    page.wait_for_load_state()


def saved_name(response) -> str:
    """The name a browser saves ``response`` under, read back from its ``Content-Disposition`` by the standard
    library's MIME parser (RFC 6266 §4.3: ``filename*`` wins over the ASCII ``filename``). Fails unless the
    response is a private attachment whose header is plain ASCII."""
    from email.parser import HeaderParser
    from email.utils import collapse_rfc2231_value

    header = response["Content-Disposition"]
    assert header.isascii(), header  # a raw non-ASCII name would reach the browser as MIME-encoded garbage
    assert response["Cache-Control"] == "no-store" and response["X-Content-Type-Options"] == "nosniff"
    params = HeaderParser().parsestr(f"Content-Disposition: {header}\n\n").get_params(header="content-disposition")
    assert params[0] == ("attachment", ""), header
    names = [value for key, value in params[1:] if key == "filename"]
    extended = [value for value in names if isinstance(value, tuple)]  # filename*=charset'lang'value
    assert names and len(extended) <= 1, header
    return collapse_rfc2231_value(extended[0]) if extended else names[0]
