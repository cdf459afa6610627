"""The printed vocabulary of Order 338 in each language: headings, clause headings,
category labels, amendment-note markers.

Patterns accept the printed variants (typos, dash and spacing forms) so the
parser finds every heading; the variant as printed is kept, and whether it is the
canonical form is reported, never corrected in the output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanat.vocabulary import CATEGORY_LABELS

CLAUSE_KINDS = ("duties", "knowledge", "requirements", "competencies")


@dataclass(frozen=True)
class Grammar:
    """One language's patterns. Section and paragraph patterns have two number groups
    (kk prints «N-параграф.» and «Параграф N.»); ru's second group is empty."""

    lang: str
    section: re.Pattern
    chapter: re.Pattern  # searched anywhere in a column-0 block (001 L6674 glues it to a section)
    paragraph: re.Pattern
    clause: re.Pattern
    headings: tuple[tuple[str, re.Pattern, str], ...]  # (kind, pattern, canonical text)
    note: re.Pattern
    category_label: re.Pattern
    category_words: tuple[tuple[str, re.Pattern], ...]
    canonical_labels: dict[str, str]
    reference_marker: re.Pattern


_CLAUSE = re.compile(r"^(\d{1,3})\.\s*(.*)$")

KK = Grammar(
    lang="kk",
    section=re.compile(r"^(?:(\d+)\s*-\s*бөлім\.|Бөлім\s*(\d+)\.)"),
    chapter=re.compile(r"(?:^|\s)(\d+)\s*-\s*тарау\.\s*"),
    paragraph=re.compile(r"^(?:(\d+)\s*-\s*[Пп]араграф\.|[Пп]араграф\s*(\d+)\.)\s*"),
    clause=_CLAUSE,
    headings=(
        # order matters: the competencies heading contains the requirements heading
        ("competencies", re.compile(r"^Кәсіби\s+құзыр\w*\s+айқындай\s+отырып,\s*біліктілікке\s+қойылатын\s+талаптар:\s*"),
         "Кәсіби құзыреттілікті айқындай отырып, біліктілікке қойылатын талаптар:"),
        ("duties", re.compile(r"^Лауазымдық\s+міндеттері:\s*"), "Лауазымдық міндеттері:"),
        ("knowledge", re.compile(r"^Б[іi]луге\s+(?:тиіс|міндетті):\s*"), "Білуге тиіс:"),
        ("requirements", re.compile(r"^Б[іi]л[іi]кт[іi]л[іi]кке\s+қойылатын\s+талаптар:\s*"),
         "Біліктілікке қойылатын талаптар:"),
    ),
    note=re.compile(r"^Ескерту\.\s*"),
    category_label=re.compile(r'^(\d+)\)\s*("?)\s*((?:педагог|шебер)[^":]*?)\s*("?)\s*:\s*$'),
    category_words=(
        ("moderator", re.compile(r"педагог\s*[-–]\s*модератор\w*")),
        ("expert", re.compile(r"педагог\s*[-–]\s*сарапшы\w*")),
        ("researcher", re.compile(r"педагог\s*[-–]\s*зерттеу\w*")),
        ("master", re.compile(r"педагог\s*[-–]\s*шебер\w*|шебер\s*[-–]\s*педагог\w*")),
        ("pedagog", re.compile(r'"педагог"|\bпедагог(?:ке|тің|ті)?(?=[\s",:]|$)(?!\s*[-–])')),
    ),
    canonical_labels=CATEGORY_LABELS["kk"],
    reference_marker=re.compile(r"сондай-ақ|бұдан басқа"),
)

RU = Grammar(
    lang="ru",
    section=re.compile(r"^Раздел\s*(\d+)\.()"),
    chapter=re.compile(r"^Глава\s*(\d+)\.\s*"),
    paragraph=re.compile(r"^Параграф\s*(\d+)\.()\s*"),
    clause=_CLAUSE,
    headings=(
        ("competencies", re.compile(r"^Требования\s+к\s+квалификации\s+с\s+определением\s+профессиональных\s+компетенций:\s*"),
         "Требования к квалификации с определением профессиональных компетенций:"),
        ("duties", re.compile(r"^Должностные\s+обязанности:\s*"), "Должностные обязанности:"),
        ("knowledge", re.compile(r"^Должен\s+знать:\s*"), "Должен знать:"),
        ("requirements", re.compile(r"^Требования\s+к\s+квалификации:\s*"), "Требования к квалификации:"),
    ),
    note=re.compile(r"^Сноска\.\s*"),
    category_label=re.compile(r'^(\d+)\)\s*("?)\s*(педагог[^":]*?)\s*("?)\s*:\s*$'),
    category_words=(
        ("moderator", re.compile(r"педагог\w*\s*[-–]\s*модератор\w*")),
        ("expert", re.compile(r"педагог\w*\s*[-–]\s*эксперт\w*")),
        ("researcher", re.compile(r"педагог\w*\s*[-–]\s*исследовател\w*")),
        ("master", re.compile(r"педагог\w*\s*[-–]\s*мастер\w*")),
        ("pedagog", re.compile(r'"педагог"|\bпедагог(?:у|а)?(?=[\s",:]|$)(?!\s*[-–])')),
    ),
    canonical_labels=CATEGORY_LABELS["ru"],
    reference_marker=re.compile(r"а также|кроме того"),
)

GRAMMARS = {"kk": KK, "ru": RU}


def category_of(text: str, g: Grammar) -> tuple[str, str] | None:
    """The first category named in ``text`` (by position in the text) and the token as printed."""
    best = None
    for code, pat in g.category_words:
        m = pat.search(text)
        if m and (best is None or m.start() < best[2]):
            best = (code, m.group(0), m.start())
    return (best[0], best[1]) if best else None
