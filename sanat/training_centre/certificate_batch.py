"""All certificates of a cohort in one ZIP, made in the background (``sanat.docjobs``) with progress: each
file is the PDF the participant's own download gives (``certificate_pdf``), under the same name."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from sanat.docjobs.kinds import Kind, register
from sanat.documents.jobs import zip_bytes
from sanat.web.kit.errors import NotFound

from . import services as s
from .certificate_pdf import certificate_pdf
from .models import Certificate, Cohort

KIND = "training.certificates"


def params(cohort: Cohort, lang: str, origin: str) -> dict:
    """``origin`` (scheme and host of the request) makes the QR codes' absolute verification URLs."""
    return {"cohort": cohort.pk, "lang": lang, "origin": origin}


def _cohort(p: dict) -> Cohort:
    cohort = Cohort.objects.filter(pk=p.get("cohort")).first()
    if cohort is None:
        raise NotFound(_("No such cohort."))
    return cohort


def _check(user, p: dict) -> None:
    s.require_manage(user, _cohort(p))


def certificates(cohort: Cohort):
    return Certificate.objects.filter(participant__cohort=cohort, revoked=False).select_related(
        "participant__cohort").order_by("number")


def _render(user, p: dict, progress):
    cohort = _cohort(p)
    s.require_manage(user, cohort)
    certs = list(certificates(cohort))
    if not certs:
        raise s.TrainingError(_("No certificate of this cohort has been issued yet."))
    lang = p["lang"]
    files = []
    for cert in progress.items(certs, len(certs)):
        url = p["origin"] + reverse("training_centre:verify", args=[cert.number])
        files.append((f"certificate-{cert.number}-{lang}.pdf", certificate_pdf(cert, lang, url)))
    return zip_bytes(files), "application/zip", f"certificates-cohort-{cohort.pk}-{lang}.zip"


def _title(p: dict) -> str:
    cohort = Cohort.objects.filter(pk=p.get("cohort")).first()
    lang = {"kk": _("in Kazakh"), "ru": _("in Russian")}.get(p.get("lang"), "")
    return _("Certificates of the cohort «%(title)s», %(lang)s (ZIP)") % {"title": cohort.title if cohort else "",
                                                                        "lang": lang}


def register_kind() -> None:
    """Called by ``TrainingCentreConfig.ready``."""
    register(Kind(KIND, _check, _render, _title, lambda p: reverse("training_centre:cohort", args=[p["cohort"]])))
