"""``build_course``: the whole course programme (003) as one cited, checked dict."""

from __future__ import annotations

import re
from pathlib import Path

from sanat.regulation.sources import load

from . import assessment, curriculum, modules, orders, programme, support
from .doc import Doc, item

SCHEMA_VERSION = "1.0"
SPECIAL_ED_RE = r"\b(ЖББ|ППҚҚ|ЖОЖ)\b|[Дд]иагностикалық, түзету|бағдарламаларын диагностикалау"


def _section(sections: dict, num: int) -> tuple[int, int]:
    if num not in sections:
        raise ValueError(f"course text: section {num} not found")
    return sections[num][0], sections[num][1]


def _merge_topics(plans: dict, number: int) -> list[dict]:
    ip = next(m for m in plans["in_person"]["modules"] if m["number"] == number)
    dist = next((m for m in plans["distance"]["modules"] if m["number"] == number), {"topics": []})
    by_code = {t["code"]: t for t in dist["topics"]}
    out = []
    for t in ip["topics"]:
        d = by_code.get(t["code"])
        out.append({
            "code": t["code"], "title": t["title"],
            "lines": {"in_person": t["line"], "distance": d["line"] if d else None},
            "hours": {"in_person": {**t["hours"], "total": t["stated_total"]},
                      "distance": {**d["hours"], "total": d["stated_total"]} if d else None},
        })
    return out


def _plan_summary(plan: dict) -> dict:
    return {"title": plan["title"], "lines": [plan["lines"][0], plan.get("total_line", plan["last_line"])],
            "columns": plan["columns"], "stated_total": plan["stated_total"], "computed": plan["computed"],
            "stated_modules_total": plan["stated_modules_total"]}


def _check_module_list(doc: Doc, mlist: dict | None, heads: dict[int, dict], plans: dict) -> None:
    if mlist is None:
        return
    titles = {}
    for row in mlist["rows"]:
        mod = heads.get(row["number"])
        if mod is None:
            doc.anomalies.add("module_list_unknown_module", f"module list names module {row['number']}", row["line"])
            continue
        if row["title"] != mod["title"]:
            owner = next((n for n, m in heads.items() if m["title"] == row["title"]), None)
            extra = f", which is the name of module {owner}" if owner else ""
            doc.anomalies.add("module_list_name_mismatch", f"module list row {row['number']} reads «{row['title']}»"
                              f"{extra}; the module is «{mod['title']}»", row["line"], mod["lines"][0])
        if row["title"] in titles:
            doc.anomalies.add("module_list_duplicate_name", f"module list rows {titles[row['title']]['number']} "
                              f"and {row['number']} carry the same name", titles[row["title"]]["line"], row["line"])
        titles.setdefault(row["title"], row)
        for fmt, plan in plans.items():
            pm = next((m for m in plan["modules"] if m["number"] == row["number"]), None)
            if pm and pm["stated_total"] != row["hours"]:
                doc.anomalies.add("module_hours_mismatch", f"module list gives module {row['number']} "
                                  f"{row['hours']} h, the {fmt} plan {pm['stated_total']} h", row["line"], pm["line"])
    total = sum(r["hours"] or 0 for r in mlist["rows"])
    if mlist["total"] and mlist["total"]["hours"] != total:
        doc.anomalies.add("total_sum_mismatch", f"module list rows add up to {total} h, stated "
                          f"{mlist['total']['hours']}", mlist["lines"])


def _check_totals(doc: Doc, meta: dict, org: dict, plans: dict, mlist: dict | None) -> int | None:
    """Every stated course total against the title page's hours."""
    stated = meta.get("hours", {}).get("value")
    claims = [("title page", stated, meta.get("hours", {}).get("lines", [1, 1])),
              ("section 6 volume", org["volume"]["hours"], org["volume"]["lines"])]
    for fmt, plan in plans.items():
        claims.append((f"{fmt} plan «Барлығы»", plan["stated_total"], [plan["total_line"]] * 2))
        claims.append((f"{fmt} plan sum of topics", plan["computed"]["total"], [plan["header_line"],
                                                                                  plan["total_line"]]))
    if mlist and mlist["total"]:
        claims.append(("module list «Барлығы»", mlist["total"]["hours"], mlist["total"]["lines"]
                       if "lines" in mlist["total"] else [mlist["total"]["line"]] * 2))
    for what, value, lines in claims[1:]:
        if stated is not None and value != stated:
            doc.anomalies.add("stated_total_mismatch", f"{what}: {value} h; the title page states {stated} h",
                              claims[0][2], lines)
    return stated


def _cross_checks(doc: Doc, result: dict) -> None:
    """Checks across sections: final-work criteria vs rubric, pass mark, material language, carry-over."""
    fa = result["assessment"]["final_attestation"]
    rubric = result["rubric"]
    if fa["criteria"] and {c["text"] for c in fa["criteria"]} != {c["criterion"] for c in rubric}:
        doc.anomalies.add("final_work_criteria_differ", f"{len(fa['criteria'])} textual criteria for the final "
                          f"work differ from the {len(rubric)} rubric criteria of the final project",
                          [fa["criteria"][0]["lines"][0], fa["criteria"][-1]["lines"][1]],
                          [rubric[0]["lines"][0], rubric[-1]["lines"][1]])
    if result["pass_mark"] is None:
        doc.anomalies.add("no_pass_mark", f"the rubric totals {result['rubric_total']['stated']} points but the "
                          "text states no pass mark or grade bands", result["rubric_total"]["lines"])
    lang = result["methodology"]["material_language"]
    if lang and lang["code"] != doc.src.lang:
        doc.anomalies.add("material_language_differs", f"materials are said to be in «{lang['word']}» "
                          f"({lang['code']}); the programme is written in {doc.src.lang}", lang["lines"])
    for no in doc.nonblank(1):
        words = [m.group(0) for m in re.finditer(SPECIAL_ED_RE, doc.clean(no))]
        if words:
            doc.anomalies.add("template_carry_over", "special-education wording "
                              + ", ".join(f"«{w}»" for w in words) + " in an attestation course", no)


def _material_language(doc: Doc, start: int, end: int) -> dict | None:
    no = doc.find(r"Материалдар (\w+) тілінде ұсынылады", start, end)
    if no is None:
        return None
    word = re.search(r"Материалдар (\w+) тілінде", doc.clean(no)).group(1)
    code = {"орыс": "ru", "қазақ": "kk", "ағылшын": "en"}.get(word)
    return {"word": word, "code": code, "text": doc.clean(no), "lines": [no, no]}


def build_course(sources_dir: str | Path | None = None) -> dict:
    """Parse the course text (``sources_dir`` or the shipped copy) into the exported dict."""
    src = load("course", sources_dir)
    doc = Doc(src)
    secs = doc.sections()
    s1, _ = _section(secs, 1)
    meta = programme.parse_title_page(doc, s1 - 1)
    s5, e5 = _section(secs, 5)
    first_plan = doc.need(curriculum.PLAN_TITLE, s5, e5)
    mods = modules.parse_modules(doc, s5 + 1, first_plan - 1)
    plans = curriculum.parse_plans(doc, )
    heads = {m["number"]: m for m in mods}
    for fmt, plan in plans.items():
        for pm in plan["modules"]:
            if pm["number"] in heads and pm["title"] != heads[pm["number"]]["title"]:
                doc.anomalies.add("module_title_mismatch", f"{fmt} plan: module {pm['number']} «{pm['title']}» "
                                  f"vs heading «{heads[pm['number']]['title']}»", pm["line"],
                                  heads[pm["number"]]["lines"][0])
    s6, e6 = _section(secs, 6)
    org = programme.parse_organisation(doc, s6 + 1, e6)
    mlist = curriculum.parse_module_list(doc, s6, e6)
    _check_module_list(doc, mlist, heads, plans)
    total = _check_totals(doc, meta, org, plans, mlist)
    org["module_list"] = mlist
    titles = {m["number"]: m["title"] for m in mods}
    s7, e7 = _section(secs, 7)
    sa_start = doc.need(r"^Тыңдаушылардың өзін-өзі бағалау критерийлері$", s7, e7)
    principles_intro = doc.need(r"қағидаттарға негізделеді:$", s7, e7)
    structure_h = doc.need(r"^Әр модульдің әдістемелік құрылымы$", s7, e7)
    didactic_h = doc.need(r"жалпы дидактикалық қамтамасыз етілуі$", s7, e7)
    content_h = doc.need(r"^Модульдік оқу-әдістемелік мазмұн$", s7, e7)
    forms_h = doc.need(r"^Оқу материалдарының формалары$", s7, e7)
    final_support = doc.need(r"^Қорытынды әдістемелік сүйемелдеу", s7, e7)
    methodology = {
        "principles": doc.list_after(principles_intro, structure_h - 1),
        "module_structure": assessment.numbered_blocks(doc, structure_h + 1, didactic_h - 1),
        "didactic_support": assessment.numbered_blocks(doc, didactic_h + 1, content_h - 1),
        "module_content": assessment.module_lists(doc, content_h + 1, forms_h - 1, titles, "methodological content"),
        "material_forms": doc.list_after(forms_h, final_support - 1),
        "material_language": _material_language(doc, forms_h, sa_start - 1),
        "final_support": item(doc.clean(final_support), final_support),
    }
    sa = assessment.parse_self_assessment(doc, sa_start, e7)
    s8, e8 = _section(secs, 8)
    purpose_h = doc.need(r"^Бағалаудың мақсаты$", s8, e8)
    principles_h = doc.need(r"^Бағалау қағидаттары$", s8, e8)
    by_module_h = doc.need(r"^Модульдер бойынша бағалау әдістері", s8, e8)
    fa_h = doc.need(r"^Қорытынды аттестаттау \(", s8, e8)
    fa_intro = doc.next_nonblank(fa_h, e8)
    crit_h = doc.need(r"^Қорытынды жұмысты бағалау критерийлері", fa_h, e8)
    extra_h = doc.need(r"^Қосымша бағалау формалары", fa_h, e8)
    portfolio_h = doc.need(r"^Тыңдаушының портфолиосы", s8, e8)
    portfolio_intro = doc.next_nonblank(portfolio_h, e8)
    testing_h = doc.need(r"онлайн-тестілеу \(", s8, e8)
    testing_intro = doc.next_nonblank(testing_h, e8)
    tm = re.search(r"\((\d+)–(\d+)-модульдер\)", doc.clean(testing_h))
    purpose_no = doc.next_nonblank(purpose_h, e8)
    assess = {
        "purpose": item(doc.clean(purpose_no), purpose_no),
        "principles": assessment.parse_principles(doc, principles_h + 1, by_module_h - 1),
        "by_module": assessment.module_lists(doc, by_module_h + 1, fa_h - 1, titles, "assessment methods"),
        "final_attestation": {"title": item(doc.clean(fa_h), fa_h), "intro": item(doc.clean(fa_intro), fa_intro),
                              "components": doc.list_after(fa_intro, crit_h - 1),
                              "criteria": doc.list_after(crit_h, extra_h - 1)},
        "additional_forms": doc.list_after(extra_h, e8),
        "listener_portfolio": {"title": item(doc.clean(portfolio_h), portfolio_h),
                               "intro": item(doc.clean(portfolio_intro), portfolio_intro),
                               "items": doc.list_after(portfolio_intro, testing_h - 1)},
        "online_testing": {"title": item(doc.clean(testing_h), testing_h),
                           "modules": list(range(int(tm.group(1)), int(tm.group(2)) + 1)) if tm else None,
                           "topics": doc.list_after(testing_intro, e8)},
    }
    rubric = assessment.parse_rubric(doc, s8, e8)
    cert = assessment.parse_certificate(doc, [(s6, e6), (s8, e8)])
    s9, e9 = _section(secs, 9)
    s10, e10 = _section(secs, 10)
    for m in mods:
        m["hours"] = {fmt: next(pm["computed"] | {"stated_total": pm["stated_total"]}
                                for pm in plan["modules"] if pm["number"] == m["number"])
                      for fmt, plan in plans.items()}
        m["row_lines"] = {fmt: next((pm["line"] for pm in plan["modules"] if pm["number"] == m["number"]), None)
                          for fmt, plan in plans.items()}
        m["topics"] = _merge_topics(plans, m["number"])
        m["content"] = next((c for c in methodology["module_content"] if c["module"] == m["number"]), None)
        m["assessment_methods"] = next((c for c in assess["by_module"] if c["module"] == m["number"]), None)
    result = {
        "schema_version": SCHEMA_VERSION,
        "source": src.provenance(),
        "course": {**meta, "year": meta.get("year")},
        "total_hours": total,
        "programme": {
            "sections": [{"number": n, "title": t, "lines": [a, b]} for n, (a, b, t) in sorted(secs.items())],
            "legal_basis": orders.basis(doc, *_section(secs, 1)),
            "glossary": programme.parse_glossary(doc, *_section(secs, 2)),
            **programme.parse_aims(doc, *_section(secs, 4)),
        },
        "modules": mods,
        "curriculum": {fmt: _plan_summary(plan) for fmt, plan in plans.items()},
        "organisation": org,
        "methodology": methodology,
        "self_assessment": sa["criteria"],
        "self_assessment_scope": sa["scope"],
        "self_assessment_tools": sa["tools"],
        "final_self_assessment": sa["final"],
        "self_assessment_note": {**sa["note"], "affects_final_grade": sa["affects_final_grade"]},
        "assessment": assess,
        "rubric_title": rubric["title"],
        "rubric": rubric["criteria"],
        "rubric_total": rubric["total"],
        "pass_mark": assessment.find_pass_mark(doc),
        "certificate": cert,
        "post_course_support": support.parse_support(doc, s9 + 1, e9),
        "literature": support.parse_literature(doc, s10, e10),
    }
    result["standard_citations"] = orders.check_standard_orders(doc)
    _cross_checks(doc, result)
    result["anomalies"] = doc.anomalies.found
    return result
