"""The bilingual (kk/ru) glossary of position terms (``glossary.yaml``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).with_name("glossary.yaml")


@dataclass(frozen=True)
class Term:
    id: str
    kind: str  # position | qualifier | context
    patterns: dict[str, re.Pattern]
    generic: bool = False

    def found(self, text: str, lang: str) -> list[str]:
        """The spans of ``text`` where the term occurs in language ``lang``."""
        pat = self.patterns.get(lang)
        return [m.group(0) for m in pat.finditer(text)] if pat else []


@cache
def load_glossary(path: Path | str | None = None) -> tuple[Term, ...]:
    """Every term of the glossary, patterns compiled (case-insensitive)."""
    data = yaml.safe_load(Path(path or GLOSSARY_FILE).read_text(encoding="utf-8"))
    out = []
    for t in data["terms"]:
        pats = {lang: re.compile(rf"(?<!\w)(?:{t[lang]})", re.I) for lang in ("kk", "ru") if t.get(lang)}
        out.append(Term(t["id"], t["kind"], pats, bool(t.get("generic"))))
    return tuple(out)


def terms_in(text: str, lang: str, kinds: tuple[str, ...] = ("position", "qualifier", "context"),
             glossary: tuple[Term, ...] | None = None) -> dict[str, list[str]]:
    """{term id: printed spans} for the glossary terms occurring in ``text``."""
    out = {}
    for term in glossary or load_glossary():
        if term.kind in kinds and (spans := term.found(text, lang)):
            out[term.id] = spans
    return out


def profile(text: str, lang: str, glossary: tuple[Term, ...] | None = None) -> Counter:
    """How often each glossary term occurs in ``text``: a language-independent fingerprint."""
    return Counter({tid: len(spans) for tid, spans in terms_in(text, lang, glossary=glossary).items()})


def term(term_id: str) -> Term:
    return next(t for t in load_glossary() if t.id == term_id)
