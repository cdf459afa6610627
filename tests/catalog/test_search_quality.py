"""The search on the query set (tests/catalog/search_queries.yaml) and its pieces, on the real catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sanat.catalog.search_corpus import build_index, parallel_segments
from sanat.text.glossary import derive_pairs
from sanat.text.search_index import within_one

QUERIES = yaml.safe_load((Path(__file__).with_name("search_queries.yaml")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def index(catalog_data):
    return build_index(catalog_data["positions"])


def _rank(index, e) -> int | None:
    top = [r.doc for r in index.search(e["q"], limit=10).results]
    return next((i + 1 for i, d in enumerate(top) if d in e["expect"]), None)


def test_query_set_is_large_and_covers_every_kind():
    kinds = {e["kind"] for e in QUERIES}
    assert len(QUERIES) >= 80
    assert kinds >= {"subject", "everyday", "typo", "cross", "question"}


def test_hit_at_3_meets_the_goals(index):
    ranks = {e["q"]: (e["kind"], _rank(index, e)) for e in QUERIES}
    hit3 = [k for k, (_kind, r) in ranks.items() if r and r <= 3]
    cross = [(q, r) for q, (kind, r) in ranks.items() if kind == "cross"]
    assert len(hit3) / len(ranks) >= 0.95, [q for q in ranks if q not in hit3]
    assert sum(1 for _q, r in cross if r and r <= 3) / len(cross) >= 0.85, cross


def test_pairs_are_learnt_from_the_parallel_texts(catalog_data):
    pairs = {(k, r) for k, r, _n, _d in derive_pairs(parallel_segments(catalog_data["positions"]))}
    for k, r in [("kk:адискер", "ru:методист"), ("kk:басшы", "ru:руководител"), ("kk:жыл", "ru:лет")]:
        assert (k, r) in pairs


def test_edit_distance_one():
    assert within_one("психолг", "психолог") and within_one("логапед", "логопед")
    assert within_one("пискхолог", "пискхолог") and within_one("ab", "ba")
    assert not within_one("психол", "психолог") and not within_one("abc", "cab")


def test_typo_goes_through_the_deletion_index_and_is_suggested(index):
    a = index.search("психолг")
    assert a.results and a.suggestion == "психолог"
    assert index.search("zzzxqy").results == []


def test_prefix_completion_is_bounded(index):
    assert index.search("психол").results
    assert len(index.completions("пе")) == 0  # too short to complete
    assert len(index.completions("пед")) <= 40


def test_russian_query_on_a_kazakh_only_position_is_marked(index):
    r = index.search("музыкальный руководитель").results[0]
    assert r.doc in {"338-02-03", "338-06-05"} and r.crosslingual and r.lang == "kk"
    r = index.search("музыкалық жетекші").results[0]
    assert not r.crosslingual


def test_a_typo_on_text_in_its_own_language_is_not_marked_crosslingual(index):
    results = index.search("логапед").results
    assert results and not any(r.crosslingual for r in results)


def test_the_hand_written_pairs_are_only_what_the_texts_do_not_teach(catalog_data):
    from sanat.catalog.search_corpus import GLOSSARY_FILE
    from sanat.text.analyzers import word_keys, words
    from sanat.text.glossary import load_entries

    derived = {(k, r) for k, r, _n, _d in derive_pairs(parallel_segments(catalog_data["positions"]))}
    pairs, phrases = load_entries(GLOSSARY_FILE)
    assert len(pairs) <= 45 and len(phrases) <= 15 and all(p.note for p in phrases)
    for kk, ru in pairs:
        assert len(words(kk)) == len(words(ru)) == 1, (kk, ru)
        keys = {(a, b) for a in word_keys(words(kk)[0], "kk") for b in word_keys(words(ru)[0], "ru")}
        assert not keys & derived, f"{kk} ↔ {ru} is learnt from the parallel texts: drop it from the file"
