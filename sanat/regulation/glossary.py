"""The bilingual (kk/ru) glossary of position terms (``glossary.yaml``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from sanat.vocabulary import LANGS

GLOSSARY_FILE = Path(__file__).with_name("glossary.yaml")
WORD_START = r"(?<!\w)"  # every term pattern starts here: a term is never matched mid-word


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
        pats = {lang: re.compile(rf"{WORD_START}(?:{t[lang]})", re.I) for lang in LANGS if t.get(lang)}
        out.append(Term(t["id"], t["kind"], pats, bool(t.get("generic"))))
    return tuple(out)


def _any_term(patterns: list[re.Pattern]) -> re.Pattern | None:
    """A zero-width pattern matching at every position where one of ``patterns`` matches.

    When every pattern starts with ``WORD_START``, that check is hoisted out of the
    alternatives, so the one scan rejects a mid-word position at once. None when the
    patterns cannot share one scan (none at all, different flags, or groups that joining
    them would renumber).
    """
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(p.groups for p in patterns):
        return None
    alts = [p.pattern for p in patterns]
    head = ""
    if all(a.startswith(WORD_START) for a in alts):
        head, alts = WORD_START, [a.removeprefix(WORD_START) for a in alts]
    return re.compile(head + "(?=" + "|".join(f"(?:{a})" for a in alts) + ")", flags.pop())


_Plan = tuple[tuple[tuple[Term, re.Pattern], ...], re.Pattern | None]


def _plan(glossary: tuple[Term, ...], lang: str, kinds: tuple[str, ...]) -> _Plan:
    """The terms of ``kinds`` that have a ``lang`` pattern, with the pattern, and their joint scan."""
    selected = tuple((t, p) for t in glossary if t.kind in kinds and (p := t.patterns.get(lang)))
    return selected, _any_term([p for _, p in selected])


@lru_cache(maxsize=32)
def _shipped_plan(lang: str, kinds: tuple[str, ...]) -> _Plan:
    """``_plan`` of the shipped glossary, which ``load_glossary`` reads once per process."""
    return _plan(load_glossary(), lang, kinds)


def _spans(pat: re.Pattern, text: str, starts: list[int]) -> list[str]:
    """``[m.group(0) for m in pat.finditer(text)]``, trying ``pat`` only at ``starts``.

    ``starts`` holds every position where ``pat`` can match (``_any_term``), so scanning them
    in order, and resuming after each match, finds what ``finditer`` finds. An empty match
    (not in the shipped glossary) has subtler ``finditer`` rules: then ``finditer`` decides.
    """
    spans, end = [], 0
    for s in starts:
        if s >= end and (m := pat.match(text, s)):
            if m.end() == s:
                return [m.group(0) for m in pat.finditer(text)]
            spans.append(m.group(0))
            end = m.end()
    return spans


def terms_in(text: str, lang: str, kinds: tuple[str, ...] = ("position", "qualifier", "context"),
             glossary: tuple[Term, ...] | None = None) -> dict[str, list[str]]:
    """{term id: printed spans} for the glossary terms occurring in ``text``.

    The same as ``term.found(text, lang)`` for each term, but one scan of ``text`` first
    finds where any term starts, and each term is then tried only there: most texts are
    long and name few terms, so this is several times faster than a scan per term.
    """
    selected, scan = _plan(glossary, lang, kinds) if glossary else _shipped_plan(lang, kinds)
    if scan is None:
        return {t.id: spans for t, _ in selected if (spans := t.found(text, lang))}
    starts = [m.start() for m in scan.finditer(text)]
    if not starts:
        return {}
    out = {}
    for term, pat in selected:
        if spans := _spans(pat, text, starts):
            out[term.id] = spans
    return out


def profile(text: str, lang: str, glossary: tuple[Term, ...] | None = None) -> Counter:
    """How often each glossary term occurs in ``text``: a language-independent fingerprint."""
    return Counter({tid: len(spans) for tid, spans in terms_in(text, lang, glossary=glossary).items()})


def term(term_id: str) -> Term:
    return next(t for t in load_glossary() if t.id == term_id)
