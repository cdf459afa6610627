"""The Kazakh stemmer: properties (hypothesis) and the conflations search relies on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanat.text import kazakh

KK_LETTERS = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә"
words = st.text(alphabet=KK_LETTERS, min_size=1, max_size=30)
# Words built like Kazakh: a stem plus a random chain of real suffixes.
SUFFIXES = [s for g in kazakh.GROUPS for s in g]
stems = st.sampled_from(["мұғалім", "мектеп", "бала", "кітап", "қызмет", "білім", "оқушы", "педагог", "жұмыс", "әдіскер"])
inflected = st.builds(lambda s, sx: s + "".join(sx), stems, st.lists(st.sampled_from(SUFFIXES), max_size=4))


@given(words)
@settings(max_examples=2000)
def test_never_empty_never_longer(word):
    s = kazakh.stem(word)
    assert s
    assert len(s) <= len(word)
    assert word.lower().startswith(s)


@given(st.one_of(words, inflected))
@settings(max_examples=2000)
def test_idempotent_on_stems(word):
    s = kazakh.stem(word)
    assert kazakh.stem(s) == s
    loose = kazakh.stem_loose(word)
    assert kazakh.stem_loose(loose) == loose
    assert loose and len(loose) <= len(word)


@pytest.mark.parametrize(("forms", "expected"), [
    (["мектеп", "мектептер", "мектептерде", "мектептерден", "мектепке", "мектептің"], "мектеп"),
    (["кітап", "кітаптар", "кітаптардың", "кітапқа"], "кітап"),
    (["қызмет", "қызметі", "қызметтері", "қызметтерін"], "қызмет"),
    (["педагог", "педагогтың", "педагогтер", "педагогтерге"], "педагог"),
    (["бала", "балалар", "балалардың", "балаларға"], "бала"),
])
def test_conflates_inflected_forms(forms, expected):
    assert {kazakh.stem(f) for f in forms} == {expected}


def test_vowel_harmony_blocks_wrong_class_suffix():
    # -лер is front: a back-vowel stem keeps it (it is not a plural of "бала").
    assert kazakh.stem("балалер") != "бала"
    # A front stem takes -тер, not -тар.
    assert kazakh.stem("мектептер") == "мектеп"
    assert kazakh.stem("мектептар") != "мектеп"
    # A mixed-vowel loan (педагог) is written with both classes in Order 338 itself: both strip.
    assert kazakh.stem("педагогтар") == kazakh.stem("педагогтер") == "педагог"


def test_assimilation_is_checked():
    # -лар follows vowels/sonorants; after a voiceless consonant the plural is -тар.
    assert kazakh.stem("мектептер") == "мектеп"
    assert kazakh.stem("кітаплар") != "кітап"


def test_loose_stem_matches_text_typed_without_kazakh_letters():
    assert kazakh.stem_loose("мугалимдерге") == kazakh.stem_loose("мұғалімдерге")
    assert kazakh.stem_loose("кызметтери") == kazakh.stem_loose("қызметтері")


def test_short_words_are_kept():
    assert kazakh.stem("ол") == "ол"
    assert kazakh.stem("да") == "да"


def test_variants_let_ambiguous_possessives_meet_the_bare_word():
    assert kazakh.stem("жұмыс") in kazakh.stem_variants("жұмысы")
    assert kazakh.stem("басшы") in kazakh.stem_variants("басшысы")
    assert kazakh.stem_loose("жумыс") in kazakh.stem_loose_variants("жумысы")


@given(st.one_of(words, inflected))
@settings(max_examples=1000)
def test_variants_are_stems(word):
    vs = kazakh.stem_variants(word)
    assert kazakh.stem(word) in vs
    assert all(v and len(v) <= len(word) and kazakh.stem(v) == v for v in vs)


def _all_keys(word: str) -> set[str]:
    return set(kazakh.stem_variants(word)) | set(kazakh.stem_loose_variants(word))


def test_agent_suffix_is_not_stripped_and_the_abstract_noun_stays_apart():
    # жетекші "leader" (музыкалық жетекшісі) is not жетекшілік "guidance"; басшы "head" is not басшылық
    leader = ["жетекші", "жетекшісі", "жетекшілері", "жетекшілерге"]
    guidance = ["жетекшілік", "жетекшілігі", "жетекшілікті"]
    assert {kazakh.stem(w) for w in leader} == {"жетекші"}
    assert set().union(*map(_all_keys, leader)).isdisjoint(set().union(*map(_all_keys, guidance)))
    assert not _all_keys("басшы") & _all_keys("басшылық")
    assert {kazakh.stem(w) for w in ["оқушы", "оқушылар", "оқушыларға"]} == {"оқушы"}
    assert {kazakh.stem(w) for w in ["тәрбиеші", "тәрбиешісі", "тәрбиешілер"]} == {"тәрбиеші"}


def test_voiced_abstract_noun_meets_its_bare_form():
    assert kazakh.stem("басшылық") in kazakh.stem_variants("басшылығы")
    assert kazakh.stem("жетекшілік") in kazakh.stem_variants("жетекшілігі")
    assert kazakh.stem_loose("басшылык") in kazakh.stem_loose_variants("басшылыгы")
