"""The shortcuts the catalog build takes for speed find exactly what the plain way finds."""

from __future__ import annotations

import re

import pytest

from sanat.regulation import sources
from sanat.regulation.glossary import Term, load_glossary, terms_in
from sanat.regulation.requirements.vocabulary import HAS_NO_EXPERIENCE, NO_EXPERIENCE
from sanat.regulation.tqc.catalog import build_catalog

KINDS = [("position", "qualifier", "context"), ("position", "qualifier"), ("context",), ("position",)]


@pytest.fixture(scope="module")
def catalog():
    return build_catalog()


def _texts(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for v in obj.values() for t in _texts(v)]
    if isinstance(obj, list):
        return [t for v in obj for t in _texts(v)]
    return []


def _term_by_term(text: str, lang: str, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    return {t.id: spans for t in load_glossary() if t.kind in kinds and (spans := t.found(text, lang))}


def test_terms_in_is_a_scan_per_term(catalog):
    """One joint scan, then each term tried where a term starts == each term's own ``finditer``."""
    texts = list(dict.fromkeys(_texts(catalog["positions"]) + _texts(catalog["vacancy_notices"])))
    whole = "\n".join(texts)
    texts += [whole[k:k + 8000] for k in range(0, len(whole), 7919)]  # long texts, cut anywhere
    for lang in ("kk", "ru"):
        for kinds in KINDS:
            for text in texts if kinds == KINDS[0] else texts[::5]:
                got = terms_in(text, lang, kinds)
                want = _term_by_term(text, lang, kinds)
                assert got == want and list(got) == list(want), (lang, kinds, text[:80])


def test_terms_in_edge_cases():
    for text in ("", " ", "учитель", "аучитель", "педагог - психолог", "Педагог-психолог, учителя"):
        for kinds in KINDS:
            assert terms_in(text, "ru", kinds) == _term_by_term(text, "ru", kinds)
    assert terms_in("учитель", "ru", kinds=("nothing",)) == {}
    # an explicit glossary takes the same path; an empty one means the shipped glossary, as before
    assert terms_in("учитель", "ru", glossary=load_glossary()[:1]) == {"teacher": ["учитель"]}
    assert terms_in("учитель", "ru", glossary=()) == terms_in("учитель", "ru")


def test_terms_in_resumes_after_a_match_as_finditer_does():
    overlapping = Term("x", "position", {"ru": re.compile(r"(?<!\w)(?:а\w* а)", re.I)})
    empty = Term("e", "position", {"ru": re.compile(r"(?<!\w)(?:x*)", re.I)})
    grouped = Term("g", "position", {"ru": re.compile(r"(?<!\w)(?:(а)б)", re.I)})
    for glossary in ((overlapping,), (overlapping, empty), (grouped, overlapping)):
        for text in ("аб аб аб", "xx аб x", "", "аб"):
            want = {t.id: spans for t in glossary if (spans := t.found(text, "ru"))}
            assert terms_in(text, "ru", glossary=glossary) == want, (glossary, text)
    assert terms_in("аб аб аб", "ru", glossary=(overlapping,)) == {"x": ["аб а"]}


def test_has_no_experience_answers_as_no_experience(catalog):
    """The waiver without its optional leading words is found in the same texts."""
    seen = 0
    for pos in catalog["positions"]:
        for lang in ("kk", "ru"):
            for it in pos["requirements"]["text"][lang] or []:
                text = it["text"]
                assert bool(HAS_NO_EXPERIENCE[lang].search(text)) == bool(NO_EXPERIENCE[lang].search(text))
                seen += bool(NO_EXPERIENCE[lang].search(text))
    assert seen  # the texts do waive experience somewhere


# the amendment-note pattern as it was, read in the text with its whitespace folded
_FOLDED_NOTE = re.compile(r"(?:Ескерту|Сноска)\.[^\n]*?" + sources._DATE + r"[^\n№N]*?[№N]\s*(\d+)", re.S)


def _notes_folded(text: str) -> list[tuple]:
    return [m.groups() for m in _FOLDED_NOTE.finditer(re.sub(r"\s+", " ", text))]


@pytest.mark.parametrize("key", ["tqc_kk", "tqc_ru", "notice", "course"])
def test_amendment_notes_read_in_the_text_as_printed(key):
    text = sources.load(key).text
    assert [m.groups() for m in sources._AMENDMENT_RE.finditer(text)] == _notes_folded(text)


def test_amendment_notes_across_line_breaks():
    for text in ("Ескерту.\n01.02.2020\n№\n12", "Сноска. от 01.02.2020 N\t\t7 и 02.03.2021 № 8",
                 "Ескерту.\n01.02.\n2020 № 1", "Ескерту\n. 01.02.2020 № 1", "Ескерту. 01.02.2020 №\n\n", ""):
        assert [m.groups() for m in sources._AMENDMENT_RE.finditer(text)] == _notes_folded(text), text
