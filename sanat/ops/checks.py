"""``manage.py check --deploy`` additions: what a production instance of sanat needs beyond Django's list."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def sanat_deploy(app_configs, **kwargs):
    problems = []
    if not getattr(settings, "REDIS_URL", None):
        problems.append(Warning("SANAT_REDIS_URL is not set: the job queue is a local SQLite file, which "
                                "one machine's processes share but several app nodes cannot.", id="sanat.W001"))
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        problems.append(Warning("SANAT_DATABASE_URL is SQLite: production runs on PostgreSQL.", id="sanat.W002"))
    if "Manifest" not in settings.STORAGES["staticfiles"]["BACKEND"] and not settings.DEBUG:
        problems.append(Warning("static files are stored without hashed names", id="sanat.W003"))
    if not getattr(settings, "SITE_URL", ""):
        problems.append(Warning("SANAT_SITE_URL is not set: links in e-mails cannot name the public address "
                                "(they fall back to the first of SANAT_ALLOWED_HOSTS).", id="sanat.W004"))
    return problems
