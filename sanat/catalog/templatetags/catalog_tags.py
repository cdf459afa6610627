"""Template helpers for bilingual catalog data."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

from sanat.catalog.anomaly_labels import label as _anomaly_label
from sanat.vocabulary import category_label
from sanat.web.kit import citations as _citations
from sanat.web.kit.lang import current_lang

register = template.Library()

SECTION_NAMES = {
    "duties": _("Job duties"),
    "knowledge": _("Must know"),
    "requirements": _("Qualification requirements"),
}
LANG_NAMES = {"kk": _("Kazakh"), "ru": _("Russian")}


@register.filter
def tr(value: dict | None, lang: str) -> str:
    """``{"kk": .., "ru": ..}`` → the ``lang`` text, else the other one, else ``""``."""
    if not value:
        return ""
    return value.get(lang) or value.get("kk") or value.get("ru") or ""


@register.filter
def ptitle(position, lang: str) -> str:
    """A ``Position`` row's title in ``lang`` with fallback."""
    if lang == "ru":
        return position.title_ru or position.title_kk
    return position.title_kk or position.title_ru


@register.filter
def chtitle(chapter, lang: str) -> str:
    """A chapter's title in ``lang`` with fallback."""
    if lang == "ru":
        return chapter.title_ru or chapter.title_kk
    return chapter.title_kk or chapter.title_ru


@register.filter
def category_name(code: str) -> str:
    """The printed name of a category in the active language (``sanat.vocabulary``)."""
    return category_label(code, current_lang())


@register.filter
def section_name(key: str) -> str:
    return str(SECTION_NAMES.get(key, key))


@register.filter
def lang_name(code: str) -> str:
    return str(LANG_NAMES.get(code, code))


@register.filter
def anomaly_label(code: str) -> str:
    """An anomaly code's plain-language label in the active language (an unknown code as is)."""
    return _anomaly_label(code)


@register.filter
def span(lines) -> str:
    """``[a, b]`` → ``"a–b"`` (or ``"a"``)."""
    if not lines or lines[0] is None:
        return ""
    a, b = lines[0], lines[-1]
    return f"{a}" if a == b else f"{a}–{b}"


@register.filter
def cite_code(citation: str) -> str:
    """``004:L28`` → «Хабарландыру, 28-жол» (``sanat.web.kit.citations``)."""
    return _citations.cite_code(citation)


@register.filter
def source_name(file: str) -> str:
    """A source file name → the document's name in the active language."""
    return _citations.source_name(file)


@register.filter
def cite_lines(file: str, lines) -> str:
    """``file|cite_lines:[a, b]`` → «<document>, a–b-жолдар»."""
    lines = list(lines or [None])
    return _citations.cite(file, lines[0], lines[-1])


STANDARD_PLACES = {  # the first segment of a standard anomaly's ``where`` (``card:9-2/education``)
    "card": _("card %(n)s"), "criterion": _("criterion %(n)s"), "indicator": _("indicator %(n)s"),
    "competency": _("competency %(n)s"), "function": _("function %(n)s"), "task": _("task %(n)s"),
    "profession": _("profession %(n)s"), "appendix": _("appendix %(n)s"),
}


@register.filter
def standard_place(where: str) -> str:
    """``card:9-2/education`` → «9-2 карточка» (the segment's number in words; the rest is in the citation)."""
    kind, _sep, rest = (where or "").partition(":")
    number = rest.split("/", 1)[0]
    found = STANDARD_PLACES.get(kind)
    return str(found) % {"n": number} if found and number else ""


@register.filter
def line_words(lines) -> str:
    """``[a, b]`` → «a–b-жолдар» / «строки a–b» (a citation beside its document)."""
    lines = list(lines or [None])
    return _citations.lines_words(lines[0], lines[-1])
