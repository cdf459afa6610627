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


@pytest.fixture(scope="session")
def shipped():
    """All shipped source texts, loaded once."""
    return _sources.load_all()
