"""Cleaning passes of 001 (PDF) and 002 (adilet), on the real hazards and as properties."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sanat.regulation.tqc import clean_kk, clean_ru


def block_at(blocks, line):
    return next(b for b in blocks if b.first <= line <= b.last)


def test_page_breaks_are_runs_of_exactly_three_blank_lines(kk_src):
    breaks = clean_kk.page_breaks(kk_src.lines)
    assert len(breaks) == 212
    for first in breaks:
        assert [kk_src.line(first + k).strip() for k in range(3)] == ["", "", ""]
        assert kk_src.line(first - 1).strip() and kk_src.line(first + 3).strip()


def test_page_break_inside_a_sentence_is_joined(kk_src):
    # 001:L388 ends «… педагог-сарапшы үшін - 4 жыл,», L389-391 blank, L392 goes on
    assert kk_src.line(389) == kk_src.line(390) == kk_src.line(391) == ""
    b = block_at(clean_kk.to_blocks(kk_src.lines), 392)
    assert b.first < 389 and b.last >= 392
    assert "үшін - 4 жыл, педагог-зерттеуші үшін – 5 жыл" in b.text


def test_column0_continuation_joins_and_keeps_line_numbers(kk_src):
    blocks = clean_kk.to_blocks(kk_src.lines)
    b = block_at(blocks, 125)  # L124 item start (6 spaces), L125 column-0 wrap
    assert (b.first, b.last, b.lines) == (124, 125, [124, 125])
    assert b.text.endswith("ұйымының (бұдан әрі – МДҰ) қызметін басқарады;")
    assert kk_src.line(125).startswith("ұйымының")


def test_word_split_at_hyphen_is_glued(kk_src):
    assert kk_src.line(8383).rstrip().endswith("педагог-")
    b = block_at(clean_kk.to_blocks(kk_src.lines), 8383)
    assert "педагог-сарапшы үшін кемінде 3 жыл" in b.text


def test_line_starting_with_punctuation_glues_without_space(kk_src):
    assert kk_src.line(1967).startswith(",")
    b = block_at(clean_kk.to_blocks(kk_src.lines), 1967)
    assert "тәсілдерін, тиімді" in b.text


def test_opening_bracket_and_quote_at_line_end(kk_src):
    blocks = clean_kk.to_blocks(kk_src.lines)
    assert kk_src.line(920).rstrip().endswith("(")
    assert "және (немесе) жоғары" in block_at(blocks, 920).text
    assert kk_src.line(1173).rstrip().endswith('"')
    assert 'немесе "Психология" бейіні' in block_at(blocks, 1173).text


def test_latin_i_inside_kazakh_words_is_folded(kk_src):
    assert "i" in kk_src.line(5850) and "i" in kk_src.line(5858)
    blocks = clean_kk.to_blocks(kk_src.lines)
    for line in (5850, 5858, 5860, 5861):
        assert not re.search(r"[а-яәғқңөұүһі]i|i[а-яәғқңөұүһі]", block_at(blocks, line).text)
    assert block_at(blocks, 5850).text.startswith("203. Білуге міндетті:")


def test_ru_nbsp_bookmarks_and_tabs(ru_src):
    blocks = clean_ru.to_blocks(ru_src.lines)
    assert all("\u00a0" not in b.text and "\t" not in b.text and "[bookmark" not in b.text for b in blocks)
    anchors = [b for b in blocks if b.anchor]
    assert len(anchors) == 25
    assert block_at(blocks, 80).anchor == "z4120"
    assert block_at(blocks, 80).text.startswith("Конституцию Республики Казахстан")
    assert not any(b.first == 28 for b in blocks)  # "\t\xa0": blank in disguise
    assert block_at(blocks, 29).text == "Утверждены приказом" and not block_at(blocks, 29).indented
    assert block_at(blocks, 53).indented and block_at(blocks, 52).indented is False


_text = st.text(alphabet=st.sampled_from(list("абвгқәі -–,;.()\"\u00a0\tXi")), max_size=40)


@given(_text, _text)
def test_glue_keeps_every_visible_character(a, b):
    joined = clean_kk.glue(a, b)
    visible = re.sub(r"\s", "", a + b)
    assert re.sub(r"\s", "", joined) == visible


@given(_text, _text)
def test_glue_adds_at_most_one_space(a, b):
    joined = clean_kk.glue(a, b)
    assert len(joined) <= len(a.rstrip()) + len(b.strip()) + 1


@given(_text)
def test_clean_line_is_idempotent_and_plain(s):
    once = clean_kk.clean_line(s)
    assert clean_kk.clean_line(once) == once
    assert "\u00a0" not in once and "\t" not in once and "  " not in once
    assert once == once.strip()


_ru_line = st.text(alphabet=st.sampled_from(list("абв \u00a0\t.;:")), max_size=20)


@given(st.lists(st.tuples(st.booleans(), st.integers(1000, 9999), _ru_line), max_size=12))
def test_ru_blocks_strip_invisibles_and_keep_line_numbers(rows):
    raw = [(f"[bookmark: z{n}]" if mark else "") + text for mark, n, text in rows]
    blocks = clean_ru.to_blocks(raw)
    assert [b.first for b in blocks] == [i + 1 for i, r in enumerate(raw)
                                         if r.replace("\u00a0", " ").replace("\t", " ").split("]")[-1].strip()]
    for b in blocks:
        assert b.first == b.last and "\u00a0" not in b.text and "[bookmark" not in b.text
        assert b.anchor == (f"z{rows[b.first - 1][1]}" if rows[b.first - 1][0] else None)


@given(st.lists(st.sampled_from(["", "x", "  ", "y"]), max_size=30))
def test_page_breaks_are_exactly_three_blank_lines(lines):
    for first in clean_kk.page_breaks(lines):
        run = lines[first - 1: first + 2]
        assert len(run) == 3 and not any(s.strip() for s in run)
        assert first == 1 or lines[first - 2].strip()
        assert first + 2 == len(lines) or lines[first + 2].strip()


def test_breaks_followed_by_column0_text_are_joined_across(kk_src):
    """37 page breaks are followed by a column-0 line: 8 are headings (new block), 29 continue
    the text before the break, and exactly those end up inside one block."""
    blocks = clean_kk.to_blocks(kk_src.lines)
    breaks = clean_kk.page_breaks(kk_src.lines)
    col0 = [f for f in breaks if not kk_src.line(f + 3).startswith(" ")]
    headings = [f for f in col0 if clean_kk.KK_COLUMN0_HEADING.match(clean_kk.clean_line(kk_src.line(f + 3)))]
    inside = [f for f in breaks if any(b.first < f and b.last > f + 2 for b in blocks)]
    assert (len(col0), len(headings)) == (37, 8)
    assert inside == [f for f in col0 if f not in headings]
