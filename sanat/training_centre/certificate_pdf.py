"""The certificate as a PDF in kk or ru, rendered by ``sanat.documents`` (HTML → WeasyPrint, DejaVu fonts).

It carries the issuer (a setting, ``issuer.py``; EXAMPLE values are marked), the holder, the course and its
hours by module, the dates, a signature block and a QR code of the public verification URL (segno).
Labels are gettext strings rendered in the certificate's language, whatever the interface language."""

from __future__ import annotations

import segno
from django.template.loader import render_to_string
from django.utils import translation

from sanat.documents.render import html_to_pdf

from .issuer import issuer
from .models import Certificate


def qr_svg(url: str) -> str:
    """An inline SVG QR code of ``url`` (error correction M, no XML declaration)."""
    return segno.make(url, error="m").svg_inline(scale=4, border=2, dark="#000")


def module_hours(cert: Certificate) -> list[dict]:
    """``[{number, title, hours}]`` as stored when the certificate was issued (older ones: from the course)."""
    if cert.modules:
        return list(cert.modules)
    from . import services

    return services.module_hours(cert.participant.cohort.format)


def certificate_html(cert: Certificate, lang: str, verify_url: str) -> str:
    iss = issuer()
    with translation.override(lang):
        return render_to_string("training_centre/certificate_pdf.html", {
            "cert": cert, "lang": lang, "verify_url": verify_url, "qr": qr_svg(verify_url),
            "issuer_name": iss.text("name", lang), "issuer_details": iss.text("details", lang),
            "signatory_name": iss.signatory_name, "signatory_title": iss.text("signatory_title", lang),
            "example": iss.example, "modules": module_hours(cert)})


def certificate_pdf(cert: Certificate, lang: str, verify_url: str) -> bytes:
    return html_to_pdf(certificate_html(cert, lang, verify_url))
