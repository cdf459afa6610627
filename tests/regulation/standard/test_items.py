"""The inline-list splitter, on generated lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sanat.regulation.standard.items import split_items

WORD = st.text(alphabet="абвгдәіңғүұқөһ ", min_size=1, max_size=20).map(str.strip).filter(bool)


@given(st.lists(WORD, min_size=1, max_size=12), st.sampled_from([";", "; ", ";\n", ""]))
def test_numbered_items_come_back_in_order(texts, sep):
    cell = sep.join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    out = split_items(cell)
    assert [i.text for i in out.items] == texts
    assert out.numbering_regular()


@given(st.lists(WORD, min_size=2, max_size=6))
def test_citation_numbers_inside_items_are_not_markers(texts):
    cell = ";".join(f"{i}. {t} № 83бұйрығымен 2016 жылғы 27 қаңтардағы" for i, t in enumerate(texts, 1))
    assert len(split_items(cell).items) == len(texts)


def test_duplicated_markers_count_once():
    out = split_items("1.1. бір;2.2. екі;3. үш")
    assert [i.text for i in out.items] == ["бір", "екі", "үш"]
    assert out.duplicated_markers() == ["1", "2"]
