"""Django settings. Configuration comes from the environment (12-factor):

- ``SANAT_DATABASE_URL``: ``sqlite:///path`` (default ``var/sanat.sqlite3``) or
  ``postgres://user@host:port/name``.
- ``SANAT_HOME``: folder for the SQLite database, uploads and the job queue (default ``./var``).
- ``SANAT_HTTPS=1`` behind TLS (secure cookies, HSTS).
- ``SANAT_DEBUG=1`` turns development mode on (``sanat serve`` sets it); unset or ``0`` is production.
- ``SANAT_SECRET_KEY`` (required in production: no public fallback), ``SANAT_ALLOWED_HOSTS``,
  ``SANAT_REDIS_URL`` (Huey's queue in production), ``SANAT_TRUSTED_PROXIES`` (see below).
- ``SANAT_IIN_KEY``: secret of the keyed hash (HMAC-SHA256) under which IINs are stored; required
  when ``SANAT_DEBUG`` is off (derived from the secret key in development only). Changing it makes
  stored hashes unmatchable: keep it as long as the data.
- ``SANAT_SITE_URL``: the public address of the site (``https://sanat.example.kz``) that links in e-mails
  start with; development defaults to ``http://127.0.0.1:8000``, production warns without (``sanat.W004``).
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

# DEBUG is off unless asked for: the development command (`sanat serve`) and the test settings set it.
DEBUG = os.environ.get("SANAT_DEBUG", "0") == "1"
DEV_SECRET_KEY = "dev-only-insecure-key-change-me"
SECRET_KEY = os.environ.get("SANAT_SECRET_KEY", "") or (DEV_SECRET_KEY if DEBUG else "")
ALLOWED_HOSTS = os.environ.get("SANAT_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == DEV_SECRET_KEY):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("SANAT_SECRET_KEY must be set when SANAT_DEBUG is off")
# Behind HTTPS (SANAT_HTTPS=1): secure cookies, HSTS, and trust the proxy's scheme header.
if os.environ.get("SANAT_HTTPS") == "1":
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = os.environ.get("SANAT_HSTS_PRELOAD") == "1"
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
    "sanat.attestation_procedure",
    "sanat.docjobs",  # large documents made in the background (protocols, announcement packages, certificates)
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
                "sanat.web.roles.header",
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
STATIC_ROOT = Path(os.environ.get("SANAT_STATIC_ROOT") or HOME / "static")
MEDIA_ROOT = HOME / "private-media"  # never served directly: outside the web root

# Django's own validators: minimum length, similarity to the user's data, common passwords, not only digits.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
LOGIN_URL = "accounts:login"
EMAIL_BACKEND = os.environ.get("SANAT_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# The public address links in e-mails start with (mails are built outside any request, and a request's
# Host may be an internal name behind the proxy): one setting, read by sanat.web.kit.links.
SITE_URL = (os.environ.get("SANAT_SITE_URL", "") or ("http://127.0.0.1:8000" if DEBUG else "")).rstrip("/")

REDIS_URL = os.environ.get("SANAT_REDIS_URL")
if REDIS_URL:
    HUEY = {"huey_class": "huey.RedisHuey", "name": "sanat", "url": REDIS_URL, "immediate": False}
else:
    HUEY = {"huey_class": "huey.SqliteHuey", "name": "sanat", "filename": str(HOME / "huey.sqlite3"),
            "immediate": DEBUG}

# ---- production stack (issue 11): static files, queue, logging, request limits, health ----------------
# Kept in one block so other settings changes (caching, compression) merge beside it.

SANAT_DEVELOPMENT = DEBUG  # the mode the settings were loaded in (tests force DEBUG off while running)
INSTALLED_APPS.append("sanat.ops")  # backup/restore, audit-chain verification, clean-ups, deploy checks

# WhiteNoise serves static files from any app process (no separate web server needed for them); in
# production they are stored under hashed, compressed names by `collectstatic` (run by `sanat serve-prod`).
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "whitenoise.middleware.WhiteNoiseMiddleware")
# Bad input (NUL bytes, oversize bodies) answers 400 before any view; security headers and the CSP on every response.
MIDDLEWARE.insert(MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
                  "sanat.web.middleware.RequestGuardMiddleware")
# The CSP hashes the inline blocks of the uncompressed body: just inside GZip when it is there.
_csp_after = ("django.middleware.gzip.GZipMiddleware" if "django.middleware.gzip.GZipMiddleware" in MIDDLEWARE
              else "sanat.web.middleware.RequestGuardMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index(_csp_after) + 1, "sanat.web.middleware.SecurityHeadersMiddleware")
WHITENOISE_USE_FINDERS = DEBUG
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": ("django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG else
                                "whitenoise.storage.CompressedManifestStaticFilesStorage")},
}

# Migrations run as the schema owner (SANAT_MIGRATE_DATABASE_URL, `sanat migrate`); the app role has data rights only.
if os.environ.get("SANAT_MIGRATE_DATABASE_URL"):
    DATABASES["owner"] = database_from_url(os.environ["SANAT_MIGRATE_DATABASE_URL"])
# The queue's name in Redis (several instances may share one Redis server).
HUEY["name"] = os.environ.get("SANAT_HUEY_NAME", "sanat")

# Request limits (anonymous resource limits). Django's own ceilings, made explicit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024       # non-file body parts
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024       # larger files spool to a temporary file
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500
DATA_UPLOAD_MAX_NUMBER_FILES = 20
# How long a process trusts its answer to «which edition is loaded?» (seconds; 0 = ask on every request).
# A load in the same process is seen at once; one made by another process within this time.
SANAT_EDITION_RECHECK_SECONDS = float(os.environ.get("SANAT_EDITION_RECHECK_SECONDS", "0" if DEBUG else "2"))
SANAT_MAX_REQUEST_BYTES = int(os.environ.get("SANAT_MAX_REQUEST_BYTES", str(25 * 1024 * 1024)))
# The staff-file upload takes a whole region's file: up to this many MB (its request may be that large).
SANAT_SCREEN_MAX_MB = int(os.environ.get("SANAT_SCREEN_MAX_MB", "64"))
# Requests per minute per client (account, else address) on the anonymous computing endpoints (a load
# benchmark from one address raises them).
SANAT_RATE_CHECK_PER_MINUTE = int(os.environ.get("SANAT_RATE_CHECK_PER_MINUTE", "30"))
SANAT_RATE_SCREEN_PER_MINUTE = int(os.environ.get("SANAT_RATE_SCREEN_PER_MINUTE", "6"))
# Background documents (sanat/docjobs, issue 14): a hiring protocol of a competition with more applications
# than this is made in the background with a progress page (smaller ones download at once); made documents
# are kept this many days for their owner, then purged.
SANAT_PROTOCOL_JOB_THRESHOLD = int(os.environ.get("SANAT_PROTOCOL_JOB_THRESHOLD", "300"))
SANAT_ANNOUNCEMENT_JOB_POSTS = int(os.environ.get("SANAT_ANNOUNCEMENT_JOB_POSTS", "60"))
SANAT_DOCUMENT_JOB_KEEP_DAYS = int(os.environ.get("SANAT_DOCUMENT_JOB_KEEP_DAYS", "2"))
FILE_UPLOAD_TEMP_DIR = str(HOME / "upload-tmp")     # partial uploads left by a crash are cleaned from here
Path(FILE_UPLOAD_TEMP_DIR).mkdir(parents=True, exist_ok=True)

# Client address: REMOTE_ADDR, unless the peer is a trusted proxy (comma-separated addresses or networks),
# then the right-most X-Forwarded-For entry that is not itself a trusted proxy.
SANAT_TRUSTED_PROXIES = [p.strip() for p in os.environ.get("SANAT_TRUSTED_PROXIES", "").split(",") if p.strip()]

# Health endpoints are probed over plain HTTP by the load balancer.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_ENGINE = "django.contrib.sessions.backends.db"  # sessions in the shared database: any node continues

# Logging: one JSON object per line on stdout (a 500 carries its traceback in "exc").
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "sanat.web.logformat.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("SANAT_LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "huey": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
