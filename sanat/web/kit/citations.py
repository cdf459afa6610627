"""Citations as words: a source file and its lines named the way a reader names them.

``004:L28`` → «Хабарландыру, 28-жол» / «Объявление, строка 28»; ``001_….txt`` → «№ 338 бұйрық, қазақша
мәтін». Pages never show a bare file name or an ``NNN:L..`` code (the exports keep them).
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sanat.regulation.sources import SHIPPED

NAMES = {  # (document kind, language of the text) → its name; the kind comes from sanat.regulation.sources
    ("professional_standard", "kk"): gettext_lazy("Professional standard «Педагог»"),
    ("qualification_characteristics", "kk"): gettext_lazy("Order 338, Kazakh text"),
    ("qualification_characteristics", "ru"): gettext_lazy("Order 338, Russian text"),
    ("course_programme", "kk"): gettext_lazy("Course programme"),
    ("vacancy_notice", "ru"): gettext_lazy("Vacancy notice"),
}
_CITATION = re.compile(r"^(\d{3}):L(\d+)(?:[-–]L?(\d+))?$")


def source_name(file: str) -> str:
    """A shipped (or same-named newer) source file → the document's name in the active language."""
    for spec in SHIPPED:
        if file and (file == spec.file or file[:3] == spec.file[:3] or file == spec.key):
            return str(NAMES.get((spec.kind, spec.lang), _("Source text")))
    return _("Source text")


def lines_words(first: int | None, last: int | None = None) -> str:
    if first is None:
        return ""
    if last is None or last == first:
        return _("line %(line)s") % {"line": first}
    return _("lines %(first)s–%(last)s") % {"first": first, "last": last}


def cite(file: str, first: int | None = None, last: int | None = None) -> str:
    """«<document>, <lines>» in the active language."""
    where = lines_words(first, last)
    name = source_name(file)
    return _("%(source)s, %(lines)s") % {"source": name, "lines": where} if where else name


def cite_code(citation: str) -> str:
    """``004:L28`` (or ``004:L28-30``) → words; anything else is returned unchanged."""
    m = _CITATION.match((citation or "").strip())
    if not m:
        return citation or ""
    prefix, first, last = m.group(1), int(m.group(2)), m.group(3)
    return cite(prefix, first, int(last) if last else None)
