"""The hiring documents that may be made in the background (``sanat.docjobs``): the commission's protocol of
a large competition and the announcement (a large one, or the package of all its languages and formats).

The documents are the ones the direct downloads give: ``protocol.protocol_file`` and ``announcement.render``
are called as they are (their checks and audit included); this module only decides when a job is needed,
registers the kinds and reports progress (WeasyPrint's own steps and pages for a PDF).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from sanat.docjobs.kinds import Kind, register
from sanat.documents.jobs import weasyprint_progress, zip_bytes
from sanat.web.kit.errors import NotFound
from sanat.web.kit.lang import in_current_lang

from ..models import Application, Competition
from . import access, announcement, protocol

PROTOCOL = "hiring.protocol"
ANNOUNCEMENT = "hiring.announcement"
#: Ranking rows that fit on one page of the protocol's PDF (measured: 2,000 rows, 3 members → about 43 pages)
ROWS_PER_PAGE = 48


def _competition(params: dict) -> Competition:
    comp = Competition.objects.select_related("organisation", "sheet").filter(pk=params.get("competition")).first()
    if comp is None:
        raise NotFound(_("No such competition."))
    return comp


# ---- the protocol -----------------------------------------------------------------------------------------

def protocol_rows(comp: Competition) -> int:
    """The protocol's ranking rows: one per accepted application and post it applies for."""
    return Application.posts.through.objects.filter(application__competition=comp,
                                                    application__state=Application.ACCEPTED).count()


def protocol_needs_job(comp: Competition, fmt: str) -> bool:
    """A PDF or DOCX protocol of a competition with more accepted applications than
    ``SANAT_PROTOCOL_JOB_THRESHOLD`` (300) is made in the background; the HTML view is always direct."""
    if fmt not in ("pdf", "docx"):
        return False
    accepted = Application.objects.filter(competition=comp, state=Application.ACCEPTED).count()
    return accepted > int(getattr(settings, "SANAT_PROTOCOL_JOB_THRESHOLD", 300))


def protocol_params(comp: Competition, fmt: str, lang: str) -> dict:
    return {"competition": comp.pk, "fmt": fmt, "lang": lang}


def _protocol_check(user, params: dict) -> None:
    access.require_staff_view(user, _competition(params))


def _protocol_render(user, params: dict, progress):
    comp = _competition(params)
    progress(0.02, force=True)
    if params["fmt"] == "pdf":
        pages = 2 + protocol_rows(comp) // ROWS_PER_PAGE + comp.posts.count()
        with weasyprint_progress(progress.part(0.05, 1.0), pages):
            return protocol.protocol_file(user, comp, params["fmt"], params["lang"])
    return protocol.protocol_file(user, comp, params["fmt"], params["lang"])


def _comp_title(params: dict) -> str:
    comp = Competition.objects.filter(pk=params.get("competition")).only("title_kk", "title_ru").first()
    return in_current_lang(comp.title_kk, comp.title_ru) if comp else ""


def _protocol_title(params: dict) -> str:
    return _("Protocol of the competition «%(title)s», %(lang)s, %(fmt)s") % {
        "title": _comp_title(params), "lang": _language_name(params["lang"]), "fmt": params["fmt"].upper()}


def _language_name(code: str) -> str:
    return {"kk": _("in Kazakh"), "ru": _("in Russian"), "all": _("all languages")}.get(code, code)


# ---- the announcement -------------------------------------------------------------------------------------

def announcement_needs_job(comp: Competition, fmt: str) -> bool:
    """An announcement PDF/DOCX with more posts than ``SANAT_ANNOUNCEMENT_JOB_POSTS`` (60) is made in the
    background; the package of every language and format always is."""
    if fmt == "zip":
        return True
    if fmt not in ("pdf", "docx"):
        return False
    return comp.posts.count() > int(getattr(settings, "SANAT_ANNOUNCEMENT_JOB_POSTS", 60))


def announcement_params(comp: Competition, fmt: str, lang: str) -> dict:
    return {"competition": comp.pk, "fmt": fmt, "lang": lang}


def _announcement_check(user, params: dict) -> None:
    """Who may read the announcement directly: anybody once published; a draft's only its staff."""
    comp = _competition(params)
    if comp.state == Competition.DRAFT and not access.can_view_staff_side(user, comp):
        raise NotFound(_("No such competition."))


def announcement_languages(comp: Competition) -> list[str]:
    from sanat.vocabulary import LANGS

    return [lang for lang in LANGS if lang in (comp.languages or LANGS)] or list(LANGS)


def _announcement_render(user, params: dict, progress):
    comp = _competition(params)
    if params["fmt"] != "zip":
        with weasyprint_progress(progress, 4 + comp.posts.count() // 3):
            return announcement.render(comp, params["fmt"], params["lang"])
    parts = [(lang, fmt) for lang in announcement_languages(comp) for fmt in ("pdf", "docx")]
    files = []
    for i, (lang, fmt) in enumerate(parts):
        step = progress.part(i / len(parts), (i + 1) / len(parts))
        with weasyprint_progress(step, 4 + comp.posts.count() // 3):
            content, _ctype, name = announcement.render(comp, fmt, lang)
        step(1.0)
        files.append((name, content))
    return zip_bytes(files), "application/zip", f"announcement-{comp.pk}.zip"


def _announcement_title(params: dict) -> str:
    if params["fmt"] == "zip":
        return _("Announcement of the competition «%(title)s»: every language, PDF and DOCX") % {
            "title": _comp_title(params)}
    return _("Announcement of the competition «%(title)s», %(lang)s, %(fmt)s") % {
        "title": _comp_title(params), "lang": _language_name(params["lang"]), "fmt": params["fmt"].upper()}


def register_kinds() -> None:
    """Called by ``HiringConfig.ready``."""
    register(Kind(PROTOCOL, _protocol_check, _protocol_render, _protocol_title,
                  lambda p: reverse("hiring:manage", args=[p["competition"]])))
    register(Kind(ANNOUNCEMENT, _announcement_check, _announcement_render, _announcement_title,
                  lambda p: reverse("hiring:competition", args=[p["competition"]])))
