"""Django settings. Configuration comes from the environment (12-factor):

- ``SANAT_DATABASE_URL``: ``sqlite:///path`` (default ``var/sanat.sqlite3``) or
  ``postgres://user@host:port/name``.
- ``SANAT_HOME``: folder for the SQLite database, uploads and the job queue (default ``./var``).
- ``SANAT_SOURCES``: folder with newer editions of the source texts (``sanat serve --sources``).
- ``SANAT_HTTPS=1`` behind TLS (secure cookies, HSTS).
- ``SANAT_SECRET_KEY``, ``SANAT_DEBUG``, ``SANAT_ALLOWED_HOSTS``, ``SANAT_REDIS_URL``.
- ``SANAT_IIN_KEY``: secret of the keyed hash (HMAC-SHA256) under which IINs are stored; required
  when ``SANAT_DEBUG`` is off (derived from the secret key in development only). Changing it makes
  stored hashes unmatchable: keep it as long as the data.
- ``SANAT_PERSONAL_DATA_RETENTION_DAYS``: days after a competition is decided before its candidates'
  files and contact data are purged (default 365; see docs/hiring.md, «Personal data»).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from urllib.parse import urlparse

BASE_DIR = Path(__file__).resolve().parent.parent
HOME = Path(os.environ.get("SANAT_HOME", Path.cwd() / "var")).resolve()
HOME.mkdir(parents=True, exist_ok=True)

SANAT_SOURCES = os.environ.get("SANAT_SOURCES") or None

DEBUG = os.environ.get("SANAT_DEBUG", "1") == "1"
SECRET_KEY = os.environ.get("SANAT_SECRET_KEY", "dev-only-insecure-key-change-me")
ALLOWED_HOSTS = os.environ.get("SANAT_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
if not DEBUG and SECRET_KEY == "dev-only-insecure-key-change-me":
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("SANAT_SECRET_KEY must be set when SANAT_DEBUG is off")
# Behind HTTPS (SANAT_HTTPS=1): secure cookies, HSTS, and trust the proxy's scheme header.
if os.environ.get("SANAT_HTTPS") == "1":
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

SANAT_IIN_KEY = os.environ.get("SANAT_IIN_KEY", "")
if not SANAT_IIN_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("SANAT_IIN_KEY must be set when SANAT_DEBUG is off (the IIN hash key)")
    SANAT_IIN_KEY = hmac.new(SECRET_KEY.encode(), b"sanat-iin-key", hashlib.sha256).hexdigest()
SANAT_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("SANAT_PERSONAL_DATA_RETENTION_DAYS", "365"))


def database_from_url(url: str) -> dict:
    """A Django DATABASES entry from a ``sqlite:///`` or ``postgres://`` URL."""
    u = urlparse(url)
    if u.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": u.path or str(HOME / "sanat.sqlite3"),
                "OPTIONS": {"timeout": 20}}
    if u.scheme in ("postgres", "postgresql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": u.path.lstrip("/") or "sanat",
            "USER": u.username or "postgres",
            "PASSWORD": u.password or "",
            "HOST": u.hostname or "127.0.0.1",
            "PORT": str(u.port or 5432),
        }
    raise ValueError(f"SANAT_DATABASE_URL: unsupported scheme {u.scheme!r}")


DATABASES = {"default": database_from_url(os.environ.get("SANAT_DATABASE_URL", f"sqlite:///{HOME / 'sanat.sqlite3'}"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # serves the API docs UI's assets locally (no CDN)
    "huey.contrib.djhuey",  # e-mail and the retention purge run as Huey tasks
    "sanat.accounts",
    "sanat.catalog",
    "sanat.eligibility",
    "sanat.hiring",
    "sanat.training_centre",
    "sanat.attestation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.gzip.GZipMiddleware",  # compressed responses (docs/performance.md)
    "django.middleware.http.ConditionalGetMiddleware",  # 304 when the client's ETag matches
    "sanat.web.kit.etag.PageETagMiddleware",  # ETag of an HTML page: its body without CSRF tokens
    "sanat.catalog.store.StoreMiddleware",  # one query per request for the loaded edition's digest
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "sanat.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
WSGI_APPLICATION = "sanat.web.wsgi.application"

LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["sanat.web.formats"]  # Kazakh number/date formats (Django has none for kk)
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "web" / "static"]
STATIC_ROOT = HOME / "static"
MEDIA_ROOT = HOME / "private-media"  # never served directly: outside the web root

EMAIL_BACKEND = os.environ.get("SANAT_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

REDIS_URL = os.environ.get("SANAT_REDIS_URL")
if REDIS_URL:
    HUEY = {"huey_class": "huey.RedisHuey", "name": "sanat", "url": REDIS_URL, "immediate": False}
else:
    HUEY = {"huey_class": "huey.SqliteHuey", "name": "sanat", "filename": str(HOME / "huey.sqlite3"),
            "immediate": DEBUG}
