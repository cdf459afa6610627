"""The eligibility result as a PDF: the same result template as the page, on A4, rendered by
``sanat.documents`` (WeasyPrint). Carries the check date, the post, the edition of the law (acts,
amending orders, sha256 of the texts) and every cited clause with its quote and source lines."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from sanat.documents.render import html_to_pdf
from sanat.eligibility import services
from sanat.eligibility.labels import words


def decision_html(decision: dict, lang: str, request) -> str:
    from datetime import date

    return render_to_string("eligibility/result_pdf.html", {
        "d": decision, "w": words(lang), "lang": lang, "as_of_date": date.fromisoformat(decision["as_of"]),
        "edition": services.edition_sources(), "cited": services.cited_clauses(decision),
        "edition_notes": services.edition_notes(decision),
        "made": timezone.localtime(), "site": request.build_absolute_uri("/").rstrip("/")}, request=request)


def decision_pdf(decision: dict, lang: str, request) -> bytes:
    return html_to_pdf(decision_html(decision, lang, request), base_url=request.build_absolute_uri("/"))
