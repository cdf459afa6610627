"""Property tests: any well-formed threshold row is read back exactly; numbers flow from the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sanat.regulation.requirements import structure

KK_CAT = {"moderator": "педагог-модератор", "expert": "педагог-сарапшы", "researcher": "педагог-зерттеуші",
          "master": "педагог-шебер"}
RU_CAT = {"moderator": "педагога-модератора", "expert": "педагога-эксперта",
          "researcher": "педагога-исследователя", "master": "педагога-мастера"}
KK_WORDING = {"floor": "кемінде {n} жыл", "bare": "– {n} жыл", "strict": "{n} жылдан астам",
              "kem_emes": "{n} жылдан кем емес"}
RU_WORDING = {"floor": "не менее {n} {u}", "bare": "– {n} {u}", "strict": "более {n} {u}"}
KK_LEVEL = {("high",): "жоғары", ("middle",): "орта", ("high", "middle"): "жоғары және орта"}
RU_LEVEL = {("high",): "высшего", ("middle",): "среднего", ("high", "middle"): "высшего или среднего"}

rows_strategy = st.lists(
    st.tuples(st.sampled_from(list(KK_CAT)), st.integers(1, 15)),
    min_size=1, max_size=4, unique_by=lambda r: r[0])


def _expect(rows, wording):
    return [(c, n, wording == "strict", wording == "bare") for c, n in rows]


@settings(max_examples=150, deadline=None)
@given(rows=rows_strategy, wording=st.sampled_from(list(KK_WORDING)), level=st.sampled_from(list(KK_LEVEL)),
       sep=st.sampled_from(["; ", ", "]))
def test_kk_rows_read_back(rows, wording, level, sep):
    body = sep.join(f"{KK_CAT[c]} үшін {KK_WORDING[wording].format(n=n)}" for c, n in rows)
    text = f"және (немесе) біліктілігінің {KK_LEVEL[level]} деңгейі болған кезде мамандығы бойынша жұмыс өтілі: {body}."
    s = structure([{"text": "жоғары педагогикалық білім, жұмыс өтіліне талап қойылмайды;", "lines": [1, 1]},
                   {"text": text, "lines": [2, 3]}], None)
    got = [(t["category"], t["min_years"], t["strict"], t["bare"]) for t in s["thresholds"]]
    assert got == _expect(rows, "floor" if wording == "kem_emes" else wording)
    assert all(t["qualification_levels"] == sorted(level) for t in s["thresholds"])
    assert all(t["experience"] == "specialty" and t["lines"] == [2, 3] for t in s["thresholds"])
    assert s["archetype"] == "category_table" and s["connectors"][1]["normalised"] == "and_or"


@settings(max_examples=150, deadline=None)
@given(rows=rows_strategy, wording=st.sampled_from(list(RU_WORDING)), level=st.sampled_from(list(RU_LEVEL)))
def test_ru_rows_read_back(rows, wording, level):
    body = "; ".join(f"для {RU_CAT[c]} {RU_WORDING[wording].format(n=n, u='года' if n == 1 else 'лет')}"
                     for c, n in rows)
    text = f"или при наличии {RU_LEVEL[level]} уровня квалификации стаж педагогической работы: {body}."
    s = structure(None, [{"text": "высшее педагогическое образование без предъявления требований к стажу работы;",
                          "lines": [1, 1]}, {"text": text, "lines": [2, 2]}])
    got = [(t["category"], t["min_years"], t["strict"], t["bare"]) for t in s["thresholds"]]
    assert got == _expect(rows, wording)
    assert all(t["qualification_levels"] == sorted(level) and t["experience"] == "pedagogical"
               for t in s["thresholds"])
    assert s["no_experience_required"] is True and s["connectors"][1]["normalised"] == "or"


_CLAUSES: list = []


def _threshold_clauses(raw):
    if not _CLAUSES:
        _CLAUSES.extend(c for c in raw("tqc_kk") if structure(c.items, None)["thresholds"])
    return _CLAUSES


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_number_changed_in_the_text_changes_the_output(raw, data):
    clauses = _threshold_clauses(raw)
    clause = data.draw(st.sampled_from(clauses))
    before = structure(clause.items, None)
    target = data.draw(st.sampled_from(before["thresholds"]))
    new = data.draw(st.integers(10, 40))
    quote = target["quote"]
    changed_quote = re.sub(r"(\d+)(\s*жы\w*)$", rf"{new}\2", quote)
    items = [dict(i, text=i["text"].replace(quote, changed_quote, 1)) if quote in i["text"] else i
             for i in clause.items]
    after = structure(items, None)
    moved = [t for t in after["thresholds"] if t["min_years"] == new]
    assert moved and {t["category"] for t in moved} >= {target["category"]}
    assert len(after["thresholds"]) == len(before["thresholds"])


FRAGMENTS = ["педагог-модератор үшін", "педагога-эксперта", "кемінде", "не менее", "5 жыл", "3 лет", "бес жыл",
             "және (немесе)", "или", "немесе", "біліктілігінің жоғары деңгейі", "при наличии среднего уровня",
             "жоғары педагогикалық білім", "техникалық және кәсіптік", "қайта даярлауды растайтын құжат",
             '"басшы-менеджер"', "үшінші біліктілік санатты басшысының орынбасары", "оның ішінде", "соңғы",
             "ауылдық жерде -", "облыс, республикалық маңызы бар қалалар деңгейінде:", ";", ",", ":", "–", "1р жыл",
             "жұмыс өтіліне талап қойылмайды", "мемлекеттік қызметші лауазымындағы", "XI педагогикалық сыныбы"]


@settings(max_examples=200, deadline=None)
@given(items=st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map(" ".join),
                      min_size=1, max_size=5),
       lang=st.sampled_from(["kk", "ru"]))
def test_any_text_yields_the_contract_keys_and_cites_only_given_lines(items, lang):
    given_items = [{"text": t, "lines": [10 * i + 1, 10 * i + 3]} for i, t in enumerate(items)]
    s = structure(given_items if lang == "kk" else None, given_items if lang == "ru" else None)
    assert s["archetype"] in {"category_table", "manager", "fixed"}
    cited = {tuple(i["lines"]) for i in given_items}
    for key in ("thresholds", "base_experience", "alternatives", "education", "connectors"):
        assert all(tuple(r["lines"]) in cited for r in s[key])
    for a in s["anomalies"]:
        assert all(tuple(src["lines"]) in cited for src in a["sources"])
    assert (s["archetype"] == "category_table") == any(c["role"] == "thresholds" for c in s["connectors"])
    if s["archetype"] == "category_table" and not s["thresholds"]:
        assert any(a["code"] == "threshold_category_without_years" for a in s["anomalies"])


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_dropping_lines_of_a_real_clause_never_breaks_the_reader(raw, data):
    clause = data.draw(st.sampled_from(raw("tqc_kk") + raw("tqc_ru")))
    keep = data.draw(st.lists(st.booleans(), min_size=len(clause.items), max_size=len(clause.items)))
    items = [i for i, k in zip(clause.items, keep, strict=True) if k] or clause.items[:1]
    s = structure(items, None) if clause.lang == "kk" else structure(None, items)
    assert s["archetype"] in {"category_table", "manager", "fixed"}


@settings(max_examples=100, deadline=None)
@given(rows=rows_strategy, data=st.data())
def test_compare_reports_exactly_the_category_whose_years_differ(rows, data):
    def kk_items(rs):
        body = "; ".join(f"{KK_CAT[c]} үшін кемінде {n} жыл" for c, n in rs)
        return [{"text": "жоғары педагогикалық білім, жұмыс өтіліне талап қойылмайды;", "lines": [1, 1]},
                {"text": f"және (немесе) біліктілігінің жоғары деңгейі болған кезде мамандығы бойынша жұмыс өтілі: {body}.",
                 "lines": [2, 4]}]

    def ru_items(rs):
        body = "; ".join(f"для {RU_CAT[c]} не менее {n} {'года' if n == 1 else 'лет'}" for c, n in rs)
        return [{"text": "высшее педагогическое образование без предъявления требований к стажу работы;",
                 "lines": [7, 7]},
                {"text": f"или при наличии высшего уровня квалификации стаж работы по специальности: {body}.",
                 "lines": [8, 8]}]

    same = structure(kk_items(rows), ru_items(rows))
    assert [a for a in same["anomalies"] if a["code"].startswith("kk_ru")] == []
    k = data.draw(st.integers(0, len(rows) - 1))
    changed = [(c, n + 1 if i == k else n) for i, (c, n) in enumerate(rows)]
    diff = structure(kk_items(rows), ru_items(changed))
    mism = [a for a in diff["anomalies"] if a["code"] == "kk_ru_threshold_mismatch"]
    assert len(mism) == 1 and mism[0]["message"].startswith(rows[k][0])
    assert [s["lines"] for s in mism[0]["sources"]] == [[2, 4], [8, 8]]
