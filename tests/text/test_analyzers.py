"""Normalising, folding and query keys: what makes Kazakh and Russian queries match."""

from __future__ import annotations

from sanat.text import analyzers as a


def keys(word: str, lang: str) -> set[str]:
    return set(a.word_keys(a.normalise_word(word), lang))


def test_latin_i_typed_for_kazakh_i():
    assert a.normalise_word("бiлiм") == "білім"
    assert keys("бiлiм", "kk") == keys("білім", "kk")


def test_case_and_yo_are_ignored():
    assert a.normalise_word("ЁЛКА") == "елка"
    assert keys("Учёба", "ru") == keys("учеба", "ru")


def test_russian_keyboard_spelling_matches_kazakh_letters():
    for typed, real in [("кызмет", "қызмет"), ("мугалим", "мұғалім"), ("окушы", "оқушы"), ("адискер", "әдіскер")]:
        assert keys(typed, "kk") & keys(real, "kk"), (typed, real)


def test_russian_forms_conflate():
    assert keys("учителей", "ru") & keys("учитель", "ru")
    assert keys("педагогического", "ru") & keys("педагогический", "ru")


def test_stop_words_have_no_keys():
    assert a.word_keys("және", "kk") == ()
    assert a.word_keys("или", "ru") == ()


def test_query_terms_dedupe_and_cover_both_languages():
    terms = a.query_terms("Мұғалім мұғалім учитель")
    assert [w for w, _ in terms] == ["мұғалім", "учитель"]
    assert any(k.startswith("kk:") for k in terms[0][1])
    assert any(k.startswith("ru:") for k in terms[1][1])
    assert a.query_terms("  , . ") == []


def test_highlight_marks_matching_forms_only():
    keys = frozenset(k for _w, ks in a.query_terms("мугалим") for k in ks)
    parts = a.highlight("Мұғалімдер мен ата-аналар, мұғалімнің жұмысы.", "kk", keys)
    assert "".join(p for p, _ in parts) == "Мұғалімдер мен ата-аналар, мұғалімнің жұмысы."
    assert [p for p, hit in parts if hit] == ["Мұғалімдер", "мұғалімнің"]
