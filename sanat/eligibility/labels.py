"""Page words of the eligibility pages (English msgids; kk/ru in sanat/locale; the engine's own words
come from ``sanat.rules.messages``)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

WORDS = {
    "title": _('Check my qualification category'),
    "screen_title": _('Check a staff list'),
    "position": _('Position'),
    "education_level": _('Education level'),
    "pedagogical": _('Pedagogical education'),
    "direction": _('Field (as in the diploma)'),
    "profile_relevant": _('Matches the profile of the position'),
    "retraining": _('Has a pedagogical retraining document'),
    "graduated": _('Graduation date'),
    "exp_pedagogical": _('Pedagogical experience, years'),
    "exp_specialty": _('Experience in the specialty, years'),
    "exp_position": _('Experience in this position, years'),
    "exp_education_org": _('Experience in education organisations, years'),
    "exp_managerial": _('Experience in managerial positions, years'),
    "exp_civil_service": _('Civil service experience, years'),
    "location": _('Locality'),
    "organisation_level": _('Level of the organisation'),
    "subcase": _('Kind of organisation (sub-case of the clause)'),
    "degree": _('Degree'),
    "as_of": _('Date'),
    "check": _('Check'),
    "highest": _('Highest category by the requirements'),
    "post_met": _("The position's requirements are met"),
    "next": _('Next category and what is missing'),
    "none": _('none'),
    "yes": _('yes'),
    "no": _('no'),
    "conditions": _('Conditions'),
    "evidence": _('Competencies'),
    "quote": _('Text'),
    "upload": _('File (CSV or XLSX)'),
    "screen": _('Check and download the result'),
    "staff_help": _('Columns: one row per employee; the first row names the columns, as in the example file.'),
    "edition": _('Edition of the text'),
    "anomalies": _('Notes on the text'),
    "urban": _('town'),
    "rural": _('village'),
    "oblast": _('region / city of republican significance'),
    "district": _('district / town'),
    "unset": '—',
}


def words(lang: str) -> dict[str, str]:
    """Every page word in ``lang`` (kk unless ``ru``)."""
    with override("ru" if lang == "ru" else "kk"):
        return {k: str(v) for k, v in WORDS.items()}
