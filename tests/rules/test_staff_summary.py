"""The head of department's summary counts what holds staff back by requirement, not by each person's figures."""

from __future__ import annotations

from sanat.rules import messages as msg
from sanat.rules.staff_io import OUTPUT_COLUMNS
from sanat.rules.staff_summary import Summary


def _row(gaps: str, nxt: str = "moderator") -> tuple:
    values = dict.fromkeys(OUTPUT_COLUMNS, "")
    values.update(row=2, name="N", position="338-03-07", highest_category="pedagog", next_category=nxt, gaps=gaps)
    return tuple(values[c] for c in OUTPUT_COLUMNS)


def test_experience_gaps_with_different_figures_count_as_one_requirement():
    s = Summary()
    for have in (0, 360, 720):  # 0, 1 and 2 years of the 2 the moderator needs (kk), and one ru row
        s.add(_row(msg.experience_gap("kk", "pedagogical", have, 3 * 360, False, "66")))
    s.add(_row(msg.experience_gap("ru", "pedagogical", 100, 3 * 360, False, "66") + " | Другое"))
    top = dict(s.as_dict()["total"]["top_gaps"])
    assert top == {"педагогикалық жұмыс өтілі: кемінде 3 жыл (66-тармақ)": 3,
                   "стаж педагогической работы: не менее 3 лет (пункт 66)": 1, "Другое": 1}


def test_other_gap_texts_are_kept_as_printed():
    text = "Бұл жол біліктіліктің жоғары деңгейіне арналған, сіздің деңгейіңіз: орта"
    assert msg.gap_topic(text) == text
