"""Chapters, positions, clauses and items of 001 and 002, checked against the texts."""

from __future__ import annotations

from collections import Counter

from sanat.regulation.cleaning import fix_latin_i, normalise_spaces


def test_position_counts(kk_doc, ru_doc):
    assert len(kk_doc.positions) == 91
    assert len(ru_doc.positions) == 24
    per_chapter = Counter(p.chapter for p in kk_doc.positions)
    assert per_chapter == {2: 10, 3: 17, 4: 9, 5: 5, 6: 14, 7: 7, 8: 5, 9: 1, 10: 23}
    assert Counter(p.chapter for p in ru_doc.positions) == {9: 1, 10: 23}


def test_chapters_and_sections(kk_doc, ru_doc):
    assert [c.number for c in kk_doc.chapters] == list(range(1, 11))
    assert [c.number for c in ru_doc.chapters] == [1, 9, 10]
    ch9 = next(c for c in kk_doc.chapters if c.number == 9)
    # 001:L6673-6675: section 2 heading with the chapter 9 heading glued to its tail
    assert ch9.title == "Техникалық және кәсіптік, орта білімнен кейінгі білім беру ұйымының басшысы (директоры)"
    assert ch9.section == 2
    assert [s[0] for s in kk_doc.sections] == [1, 2] and [s[0] for s in ru_doc.sections] == [2]
    assert kk_doc.sections[1][1].endswith("лауазымдарының үлгілік біліктілік сипаттамалары")


def test_every_clause_once_and_each_position_is_dkq_or_dkqc(kk_doc, ru_doc):
    for doc in (kk_doc, ru_doc):
        for p in doc.positions:
            assert [c.kind for c in p.clauses] in (
                ["duties", "knowledge", "requirements"],
                ["duties", "knowledge", "requirements", "competencies"],
            ), (p.chapter, p.paragraph_printed)
    kk_numbers = Counter(c.number for p in kk_doc.positions for c in p.clauses)
    assert sum(kk_numbers.values()) == 329
    assert set(kk_numbers) == set(range(7, 332))
    assert sorted(n for n, k in kk_numbers.items() if k > 1) == [92, 93, 94, 95]
    assert sum(1 for p in kk_doc.positions if p.clause("competencies")) == 56
    assert sum(1 for p in ru_doc.positions if p.clause("competencies")) == 16


def test_chapter_1_is_introduction_not_a_position(kk_doc, ru_doc):
    for doc in (kk_doc, ru_doc):
        assert all(p.chapter != 1 for p in doc.positions)
        assert [int(b.text.split(".")[0]) for b in doc.intro if b.text[:2].rstrip(".").isdigit()][:6] == [1, 2, 3, 4, 5, 6]


def test_titles_joined_from_wrapped_lines(kk_doc):
    p = next(p for p in kk_doc.positions if p.heading_first == 848)
    assert p.title == ("Мектепке дейінгі тәрбие және оқыту ұйымдарының арнайы педагогі (мұғалім-дефектолог, "
                       "дефектолог, мұғалім-логопед, логопед, олигофренопедагог, сурдопедагог, тифлопедагог)")
    assert p.heading_last > p.heading_first


def test_paragraph_labels_as_printed(kk_doc, ru_doc):
    printed = {p.heading_first: p.paragraph_printed for p in kk_doc.positions}
    assert printed[121] == "1- Параграф."
    assert printed[7616] == "11- параграф."
    assert printed[8220] == "Параграф 16."
    assert {p.paragraph_number for p in kk_doc.positions if p.heading_first in (121, 7616, 8220)} == {1, 11, 16}
    ru = {p.heading_first: p.paragraph_printed for p in ru_doc.positions}
    assert ru[415] == "Параграф10."
    ch9 = [p for p in kk_doc.positions if p.chapter == 9]
    assert len(ch9) == 1 and ch9[0].paragraph_printed is None and ch9[0].paragraph_number is None


def test_duplicate_paragraph_14_gets_occurrence_2(kk_doc):
    p14 = [p for p in kk_doc.positions if p.chapter == 3 and p.paragraph_number == 14]
    assert [(p.heading_first, p.occurrence) for p in p14] == [(2872, 1), (2950, 2)]
    assert [c.number for c in p14[1].clauses] == [92, 93, 94]


def test_heading_variants(kk_doc):
    clauses = {c.number: c for p in kk_doc.positions for c in p.clauses if c.number not in (92, 93, 94, 95)}
    assert clauses[138].heading_printed == "Білуге міндетті:" and clauses[138].kind == "knowledge"
    assert clauses[203].heading_printed == "Бiлуге міндетті:"  # Latin i kept as printed
    assert clauses[204].heading_printed == "Бiлiктiлiкке қойылатын талаптар:" and clauses[204].kind == "requirements"
    assert not clauses[204].heading_canonical
    assert clauses[21].heading_printed.startswith("Кәсіби құзыреттіліктіі") and clauses[21].kind == "competencies"
    variants = Counter(c.heading_printed for p in kk_doc.positions for c in p.clauses
                       if c.heading_printed and not c.heading_canonical)
    assert sum(variants.values()) == 10  # 7 competencies spellings + 2 «міндетті» + 1 Latin-i qualification


def test_missing_and_inline_headings(kk_doc, ru_doc):
    kk = {c.number: c for p in kk_doc.positions for c in p.clauses}
    c316 = kk[316]
    assert c316.heading_missing and c316.kind == "duties" and c316.heading_printed is None
    assert c316.items[0].text.startswith("Жеке тұлғаның психологиялық-медициналық-педагогикалық")
    assert c316.items[0].first == 8687
    c326 = kk[326]
    assert c326.heading_inline and c326.kind == "requirements"
    assert c326.items[0].text.startswith("жоғары және (немесе) жоғары оқу орнынан кейінгі")
    ru = {c.number: c for p in ru_doc.positions for c in p.clauses if p.paragraph_number not in (17, 18)}
    assert ru[272].heading_inline and ru[272].items[0].text.startswith("Осуществляет организацию")
    assert ru[326].heading_inline and ru[326].items[0].first == 1087
    assert sum(c.heading_missing for p in kk_doc.positions for c in p.clauses) == 1
    assert sum(c.heading_inline for p in kk_doc.positions for c in p.clauses) == 1


def test_ru_misnumbered_clauses_stay_as_printed(ru_doc):
    p17, p18 = (next(p for p in ru_doc.positions if p.paragraph_number == n) for n in (17, 18))
    assert [c.printed_number for c in p17.clauses] == ["304", "305", "307", "301"]
    assert [c.printed_number for c in p18.clauses] == ["308", "309", "310", "305"]
    assert [c.kind for c in p17.clauses][-1] == "competencies"


def _compact(text: str) -> str:
    return "".join(fix_latin_i(normalise_spaces(text)).split())


def test_every_item_cites_lines_that_hold_it(kk_doc, ru_doc, kk_src, ru_src):
    """Every item of both files is exactly the text of its cited lines (spaces aside):
    it starts on its first line and the last line ends it."""
    checked = 0
    for doc, src in ((kk_doc, kk_src), (ru_doc, ru_src)):
        for p in doc.positions:
            for c in p.clauses:
                for it in c.items:
                    cited = _compact("".join(src.line(n) for n in range(it.first, it.last + 1)))
                    cited = cited.replace(f"[bookmark:{src.line(it.first)[11:16]}]", "")
                    item = _compact(it.text)
                    assert cited.endswith(item), (doc.lang, it.first, it.text[:40])
                    assert item[:10] in _compact(src.line(it.first)), (doc.lang, it.first)
                    assert item.endswith(_compact(src.line(it.last))) or _compact(src.line(it.last)).endswith(item)
                    checked += 1
    assert checked > 4000


def test_sample_items(kk_doc):
    p = next(p for p in kk_doc.positions if p.heading_first == 1950)  # Ch.3 §7, subject teachers
    assert [c.number for c in p.clauses] == [64, 65, 66, 67]
    duties = p.clause("duties")
    assert duties.first == 1952 and len(duties.items) == 25
    req = p.clause("requirements").items
    assert [(it.first, it.last) for it in req] == [(2030, 2035), (2039, 2041), (2042, 2043)]  # page break 2036-38
    assert [len(c.items) for c in p.clauses[:3]] == [25, 9, 3]
    assert any("педагог-модератор үшін-кемінде 2 жыл" in it.text for it in req)


def test_every_line_of_the_characteristics_is_accounted_for(kk_doc, ru_doc, kk_src, ru_src):
    """From the first position to the end of file, each non-blank line is a heading, a clause line,
    an item line or an amendment note: nothing is silently dropped."""
    for doc, src in ((kk_doc, kk_src), (ru_doc, ru_src)):
        covered = set()
        for ch in doc.chapters:
            covered.update(range(ch.first, ch.heading_last + 1))
        for _no, _title, a, b in doc.sections:
            covered.update(range(a, b + 1))
        for p in doc.positions:
            covered.update(range(p.heading_first, p.heading_last + 1))
            for c in p.clauses:
                covered.add(c.first)
                for it in [*c.items, *c.notes]:
                    covered.update(range(it.first, it.last + 1))
        start = doc.positions[0].heading_first
        left = [n for n in range(start, len(src.lines) + 1)
                if src.line(n).replace("\u00a0", " ").strip() and n not in covered]
        assert left == [], (doc.lang, left[:10])
