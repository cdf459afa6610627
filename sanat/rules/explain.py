"""The explained decision: for a post, a profile, a date and a language, every condition with its citation,
the competency evidence, the highest category met and the gaps to the next one (``docs/rules-engine.md``)."""

from __future__ import annotations

from datetime import date

from sanat.rules import evidence as ev
from sanat.rules import messages as msg
from sanat.rules.compile import Alternative, Compiled, Row, compiled
from sanat.rules.engine import (
    alternative_met,
    base_row_ok,
    base_rows_met,
    category_met,
    cluster_oks,
    education_path_met,
    level_allowed,
    person_level,
    reach_date,
    row_applies,
    row_experience,
    row_met,
)
from sanat.rules.policy import DEFAULT, Policy
from sanat.rules.profile import Person, load
from sanat.vocabulary import CATEGORIES, LANGS

NOTE = {
    "kk": "Тек формалды талаптар: санатты беру аттестаттау/біліктілік тестілеу нәтижесінде жүзеге асырылады.",
    "ru": "Только формальные требования: категория присваивается по итогам аттестации.",
}


def _citation(cp: Compiled, fact: dict | None) -> dict | None:
    if not fact:
        return None
    return {"clause": cp.clause, "lang": cp.lang, "file": cp.file, "lines": fact.get("lines"), "quote": fact.get("quote")}


def _education_condition(cp: Compiled, person: Person, lang: str) -> tuple[dict, bool, str | None]:
    ok, level, best = person_level(cp, person)
    if best:
        cit = _citation(cp, best[0].fact)
    else:
        cit = _citation(cp, cp.education[0].fact) if cp.education else None
    cond = {"condition": "education", "status": "met" if ok else "not_met", "citation": cit,
            "detail": {"qualification_level": level, "alternative": best[0].id if best else None,
                       "alternatives": [a.id for a in cp.education]},
            "text": msg.t("education_met" if ok else "education_not_met", lang)}
    if not ok:
        cond["citations"] = [_citation(cp, a.fact) for a in cp.education]
        quotes = [f"«{a.fact.get('quote')}»" for a in cp.education if a.fact.get("quote")]
        if quotes:
            cond["text"] += ": " + (" | ".join(quotes)) + f" ({msg.clause_ref(cp.clause, lang)})"
        if any(a.org_level for a in cp.education) and person.organisation_level is None:
            cond["text"] += " — " + msg.t("org_level_needed", lang)
    return cond, ok, level


def _row_conditions(cp: Compiled, row: Row, level: str | None, person: Person, lang: str, scope: str) -> list[dict]:
    """Conditions of one row: level / locality / organisation level / degree, then the experience figure."""
    pol, cit = cp.policy, _citation(cp, row.fact)
    out = []
    reason = row_applies(row, level, person, pol)
    if row.levels:
        ok = level_allowed(row, level, pol)
        need = ", ".join(msg.LEVEL_LABEL[lang][x] for x in sorted(row.levels))
        out.append({"condition": "qualification_level", "scope": scope, "status": "met" if ok else "not_met",
                    "citation": cit, "detail": {"have": level, "need": sorted(row.levels)},
                    "text": msg.t("level_ok" if ok else "level_not_allowed", lang, need=need,
                                  have=msg.LEVEL_LABEL[lang][level])})
    if row.locality:
        ok = person.location == row.locality
        out.append({"condition": "locality", "scope": scope, "status": "met" if ok else "not_met", "citation": cit,
                    "detail": {"have": person.location, "need": row.locality},
                    "text": msg.t("locality_mismatch", lang, need=msg.LOCALITY_LABEL[lang][row.locality],
                                  have=msg.LOCALITY_LABEL[lang][person.location])})
    if row.org_level:
        ok = person.organisation_level == row.org_level
        out.append({"condition": "organisation_level", "scope": scope, "status": "met" if ok else "not_met",
                    "citation": cit, "detail": {"have": person.organisation_level, "need": row.org_level},
                    "text": msg.t("org_level_mismatch", lang, need=msg.ORG_LEVEL_LABEL[lang][row.org_level],
                                  have=msg.ORG_LEVEL_LABEL[lang][person.organisation_level])})
    if row.degree:
        ok = person.degree in row.degree
        status = "met" if ok else ("advisory" if row.degree_advisory else "not_met")
        out.append({"condition": "degree", "scope": scope, "status": status, "citation": cit,
                    "detail": {"have": person.degree, "need": sorted(row.degree)},
                    "text": msg.t("degree_missing", lang, need=", ".join(sorted(row.degree)))})
    have, ok, used, unknown = row_experience(row, person, pol)
    strict = row.strict or (row.bare and pol.bare_number == "more_than")
    rule = msg.rule_text(row.min_days, strict, lang)
    detail = {"kind": row.kind, "counted_kind": used, "have_years": round(have / 360, 4),
              "need_years": row.min_days / 360, "strict": row.strict, "bare": row.bare,
              "comparison": ">" if strict else ">=", "within_last_years": row.within_last}
    if unknown:
        text, status = msg.t("window_unknown", lang, w=row.within_last), "unknown"
    elif ok:
        text, status = msg.t("experience_ok", lang, label=msg.EXPERIENCE_LABEL[lang][row.kind],
                             have=msg.span(have, lang), rule=rule), "met"
    else:
        reach = reach_date(row, person, pol, strict)
        if reach:
            detail["reached_on"] = reach.isoformat()
        text, status = experience_gap_text(cp, row, person, lang, have, reach), "not_met"
    out.append({"condition": "experience", "scope": scope, "status": status, "citation": cit, "detail": detail,
                "text": text, "applies": reason is None})
    return out


def experience_gap_text(cp: Compiled, row: Row, person: Person, lang: str, have: int | None = None,
                        reach: date | None = None) -> str:
    """The text of an unmet experience ``row`` for ``person`` (``have``: the days ``row_experience`` gives)."""
    pol = cp.policy
    if have is None:
        have = row_experience(row, person, pol)[0]
    strict = row.strict or (row.bare and pol.bare_number == "more_than")
    return msg.experience_gap(lang, row.kind, have, row.min_days, strict, cp.clause, person.as_of, reach)


def _pick_row(cp: Compiled, rows: tuple[Row, ...], level: str | None, person: Person) -> Row:
    """The row that explains the decision: a met row, else the applicable row closest to being met."""
    pol = cp.policy
    for r in rows:
        if row_met(r, level, person, pol):
            return r
    applicable = [r for r in rows if row_applies(r, level, person, pol) is None]
    pool = applicable or list(rows)
    return min(pool, key=lambda r: (r.min_days - row_experience(r, person, pol)[0], r.min_days))


def _base_conditions(cp: Compiled, level: str | None, person: Person, lang: str) -> list[dict]:
    """Conditions of the post-level rows: per cluster, the group that holds (else the first relevant one)."""
    out = []
    for cluster, oks in zip(cp.base_clusters, cluster_oks(cp, level, person), strict=True):
        if all(x is None for x in oks):
            continue
        idx = oks.index(True) if True in oks else next(i for i, x in enumerate(oks) if x is not None)
        for row in cluster[idx]:
            if base_row_ok(cp, row, level, person) is None:
                continue
            conds = _row_conditions(cp, row, level, person, lang, "post")
            if len(cluster) > 1:
                for c in conds:
                    c["alternatives_in_text"] = len(cluster)
            out += conds
    return out


def _evidence(cp: Compiled, cat: str, person: Person, lang: str) -> tuple[list[dict], list[str], list[dict]]:
    """Competency statements of ``cat`` and of what it builds on (as printed), tagged and checked."""
    comps = cp.position.get("competencies") or {}
    chain, warnings, cur = [], [], cat
    while cur and cur in comps and cur not in chain:
        chain.append(cur)
        nxt = comps[cur].get("builds_on")
        if nxt == cur:
            warnings.append({"code": "builds_on_self", "category": cur,
                             "message": f"«{cur}» refers to itself as the level it builds on"})
        expected = CATEGORIES[CATEGORIES.index(cur) - 1] if CATEGORIES.index(cur) > 0 else None
        if nxt and nxt != cur and expected and nxt != expected and not (expected == "pedagog" and nxt == "pedagog"):
            warnings.append({"code": "builds_on_unexpected", "category": cur, "builds_on": nxt, "expected": expected,
                             "message": f"«{cur}» builds on «{nxt}» as printed (expected «{expected}»)"})
        cur = nxt
    out = []
    src = cp.position.get("source") or {}
    clauses = (cp.position.get("clauses") or {}).get("competencies") or {}
    for c in chain:
        items = comps[c].get("items") or {}
        lg = lang if items.get(lang) else ("ru" if lang == "kk" else "kk")
        for it in items.get(lg) or []:
            tg = ev.tag(it["text"])
            if not tg.kinds:
                status = "commission"
            elif any(ev.matches(tg, a, person.as_of, cp.policy.higher_level_achievement_counts)
                     for a in person.achievements):
                status = "satisfied"
            else:
                status = "missing"
            out.append({"category": c, "statement": it["text"], "kind": tg.kinds[0] if tg.kinds else None,
                        "kinds": list(tg.kinds), "level": tg.levels[0] if tg.levels else None, "levels": list(tg.levels),
                        "results": list(tg.results), "optional": tg.optional, "status": status,
                        "status_text": msg.EVIDENCE_STATUS[lang][status],
                        "citation": {"clause": str(clauses.get(lg) or clauses.get("number") or "") or None, "lang": lg,
                                     "file": (src.get(lg) or {}).get("file"), "lines": it.get("lines")}})
    return out, chain, warnings


def _anomalies(cp: Compiled, used: list[dict]) -> list[dict]:
    """Catalog anomalies whose source lines touch a fact the decision used (or the requirements clause)."""
    pos = cp.position
    spans = []
    for f in used:
        if f and f.get("lines"):
            spans.append((f.get("file"), f["lines"]))
    src = pos.get("source") or {}
    for lg in LANGS:
        items = ((pos.get("requirements") or {}).get("text") or {}).get(lg) or []
        if items:
            spans.append(((src.get(lg) or {}).get("file"), [items[0]["lines"][0], items[-1]["lines"][1]]))
    seen, out = set(), []
    for a in (pos.get("anomalies") or []) + ((pos.get("requirements") or {}).get("anomalies") or []):
        key = (a.get("code"), a.get("message"))
        if key in seen:
            continue
        hit = any((file is None or s.get("file") in (None, file)) and s.get("lines") and l2
                  and s["lines"][0] <= l2[1] and l2[0] <= s["lines"][1]
                  for s in a.get("sources") or [] for file, l2 in spans)
        if hit or not a.get("sources"):
            seen.add(key)
            out.append(a)
    return out


def _gaps(conds: list[dict], evid: list[dict], lang: str) -> list[dict]:
    gaps = [{"condition": c["condition"], "text": c["text"], "citation": c["citation"], "detail": c.get("detail")}
            for c in conds if c["status"] not in ("met", "advisory")]
    for e in evid:
        if e["status"] == "missing" and not e["optional"]:
            ref = msg.clause_ref(e["citation"]["clause"], lang)
            key = "evidence_missing" if e["status"] == "missing" else "evidence_commission"
            gaps.append({"condition": "evidence", "status": e["status"], "category": e["category"],
                         "text": msg.t(key, lang, statement=e["statement"], ref=ref), "citation": e["citation"]})
    return gaps


def _alternative_conditions(cp: Compiled, alt: Alternative, person: Person, lang: str,
                            scope: str = "alternative") -> list[dict]:
    held = sorted(alt.codes & person.held)
    names = ", ".join(msg.CATEGORY_LABEL[lang].get(c, c) for c in sorted(alt.codes))
    conds = []
    if alt.org_level:
        ok = person.organisation_level == alt.org_level
        conds.append({"condition": "organisation_level", "status": "met" if ok else "not_met",
                      "citation": _citation(cp, alt.fact), "detail": {"have": person.organisation_level,
                                                                      "need": alt.org_level},
                      "text": msg.t("org_level_mismatch", lang, need=msg.ORG_LEVEL_LABEL[lang][alt.org_level],
                                    have=msg.ORG_LEVEL_LABEL[lang][person.organisation_level])})
    if alt.codes:
        conds.append({"condition": "category_held", "status": "met" if held else "not_met",
                      "citation": _citation(cp, alt.fact),
                      "detail": {"kind": alt.kind, "need_any_of": sorted(alt.codes), "held": held,
                                 "connector": alt.connector, "connector_printed": alt.connector_printed},
                      "text": msg.t("category_held" if held else "category_missing", lang,
                                    codes=", ".join(msg.CATEGORY_LABEL[lang].get(c, c) for c in held) if held
                                    else names)})
    if alt.degree:
        ok = person.degree in alt.degree
        conds.append({"condition": "degree", "scope": scope,
                      "status": "met" if ok else ("advisory" if alt.degree_advisory else "not_met"),
                      "citation": _citation(cp, alt.fact), "detail": {"have": person.degree, "need": sorted(alt.degree)},
                      "text": msg.t("degree_missing", lang, need=", ".join(sorted(alt.degree)))})
    if alt.with_experience:
        conds += _row_conditions(cp, alt.with_experience, None, person, lang, scope)
    return conds


def _education_paths(cp: Compiled, edu_cond: dict, person: Person, lang: str) -> tuple[dict, list[dict], bool]:
    """A category table whose education line also opens a path without a diploma (``cp.edu_paths``, 10.15):
    (the education condition, the path's conditions, education met). Met through a path, the education
    condition cites the path; unmet, the path's conditions follow as the other way (``alternative_to``)."""
    ref = msg.clause_ref(cp.clause, lang)
    alt = education_path_met(cp, person)
    if alt is not None:
        cond = {"condition": "education", "status": "met", "citation": _citation(cp, alt.fact),
                "detail": {"qualification_level": None, "alternative": None,
                           "alternatives": [a.id for a in cp.education], "path": alt.kind,
                           "connector": alt.connector, "connector_printed": alt.connector_printed},
                "text": msg.t("education_by_path", lang, quote=alt.fact.get("quote"), ref=ref)}
        return cond, _alternative_conditions(cp, alt, person, lang, "education_path"), True
    cond = {**edu_cond, "citations": [*(edu_cond.get("citations") or []), *(_citation(cp, a.fact) for a in cp.edu_paths)],
            "detail": {**edu_cond["detail"], "paths": [a.kind for a in cp.edu_paths]}}
    cond["text"] += " " + msg.t("or_path", lang, quotes=" | ".join(f"«{a.fact.get('quote')}»" for a in cp.edu_paths))
    conds = []
    for a in cp.edu_paths:
        for c in _alternative_conditions(cp, a, person, lang, "education_path"):
            c["alternative_to"] = "education"
            if c["status"] != "met":
                c["text"] = msg.t("instead_of_education", lang, text=c["text"])
            conds.append(c)
    return cond, conds, False


def decide(position: dict, profile: dict | Person, as_of: date | None = None, lang: str = "ru",
           policy: Policy | None = None, with_evidence: bool = True, formal_only: bool = False) -> dict:
    """The explained decision for one person and one post (see ``docs/rules-engine.md``);
    ``with_evidence=False`` skips the competency statements (screening needs the formal part only);
    ``formal_only=True`` (staff-file screening) also skips the evidence, the anomalies and the conditions
    of every category but the next one: ``next``, the highest category and ``post_requirements_met`` are
    the same, the other categories and the alternative paths carry empty ``conditions`` and ``policy`` is
    ``None``."""
    policy = policy or DEFAULT
    as_of = as_of or (profile.as_of if isinstance(profile, Person) else date.today())
    person = profile if isinstance(profile, Person) else load(profile, as_of)
    cp = compiled(position, lang, as_of, policy, person.subcase)
    edu_cond, edu_ok, level = _education_condition(cp, person, lang)
    path_conds: list[dict] = []
    if cp.edu_paths and not edu_ok:
        edu_cond, path_conds, edu_ok = _education_paths(cp, edu_cond, person, lang)
    base_conds = _base_conditions(cp, level, person, lang)
    and_ok = all(alternative_met(a, person, policy) for a in cp.and_alternatives)
    if cp.archetype == "category_table":  # manager/fixed posts list them in their main path below
        for a in cp.and_alternatives:
            base_conds += _alternative_conditions(cp, a, person, lang)
    used = [] if formal_only else [{**(c["citation"] or {})} for c in [edu_cond, *path_conds, *base_conds]
                                   if c.get("citation")]
    categories, highest, warnings = [], None, []

    def category_conditions(cat: str) -> list[dict]:
        conds = [edu_cond, *path_conds, *base_conds]
        rows = cp.rows.get(cat)
        if rows:
            conds += _row_conditions(cp, _pick_row(cp, rows, level, person), level, person, lang, "category")
        elif cat != "pedagog":
            ok = policy.missing_threshold == "education_only"
            conds.append({"condition": "threshold", "status": "met" if ok else "not_met", "citation": None,
                          "detail": {"policy.missing_threshold": policy.missing_threshold},
                          "text": msg.t("no_threshold", lang, policy=policy.missing_threshold)})
        return conds

    post_ok = edu_ok and and_ok and base_rows_met(cp, level, person)
    met_by_cat = {cat: post_ok and category_met(cp, cat, level, person) for cat in cp.categories}
    for cat in cp.categories:
        met = met_by_cat[cat]
        if met:
            highest = cat
        if formal_only:  # the conditions of the next category only, below
            continue
        conds = category_conditions(cat)
        evid, chain, warn = _evidence(cp, cat, person, lang) if with_evidence else ([], [], [])
        warnings += [w for w in warn if w not in warnings]
        used += [c["citation"] for c in conds if c.get("citation")]
        categories.append({"category": cat, "label": msg.CATEGORY_LABEL[lang][cat], "requirements_met": met,
                           "conditions": conds, "evidence": evid, "builds_on_chain": chain,
                           "evidence_complete": all(e["status"] == "satisfied" or e["optional"] for e in evid)})
    if formal_only and cp.categories:
        idx = cp.categories.index(highest) + 1 if highest else 0
        categories = [{"category": cat, "label": msg.CATEGORY_LABEL[lang][cat], "requirements_met": met_by_cat[cat],
                       "conditions": category_conditions(cat) if i == idx else [], "evidence": [],
                       "builds_on_chain": [], "evidence_complete": True}
                      for i, cat in enumerate(cp.categories)]
    paths = []
    if cp.archetype == "category_table":
        post_met = edu_ok and and_ok and base_rows_met(cp, level, person)
    else:
        main = [edu_cond, *base_conds]
        for a in cp.and_alternatives:
            main += _alternative_conditions(cp, a, person, lang)
        paths.append({"path": "education_experience", "label": msg.PATH_LABEL[lang]["education_experience"],
                      "conditions": main,
                      "met": edu_ok and base_rows_met(cp, level, person)
                      and all(alternative_met(a, person, policy) for a in cp.and_alternatives)})
        for a in cp.alternatives:  # formal_only: ``next`` prints the main path's gaps only
            paths.append({"path": a.kind, "label": msg.PATH_LABEL[lang].get(a.kind, a.kind),
                          "conditions": [] if formal_only else _alternative_conditions(cp, a, person, lang),
                          "met": alternative_met(a, person, policy)})
        post_met = any(p["met"] for p in paths)
        if not formal_only:
            used += [c["citation"] for p in paths for c in p["conditions"] if c.get("citation")]
    nxt = None
    if cp.categories:
        idx = cp.categories.index(highest) + 1 if highest else 0
        if idx < len(cp.categories):
            c = categories[idx]
            nxt = {"category": c["category"], "label": c["label"], "gaps": _gaps(c["conditions"], c["evidence"], lang)}
    elif not post_met and paths:
        nxt = {"category": None, "label": None, "gaps": _gaps(paths[0]["conditions"], [], lang)}
    title = (position.get("title") or {})
    return {
        "position": {"id": cp.id, "title": title.get(lang) or title.get("kk") or title.get("ru"),
                     "archetype": cp.archetype, "clause": cp.clause},
        "as_of": as_of.isoformat(),
        "lang": lang,
        "requirements_lang": cp.lang,
        "edition": cp.edition_notes,
        "qualification_level": level,
        "subcase": cp.subcase,
        "subcases": list(cp.subcases),
        "categories": categories,
        "highest_by_requirements": highest,
        "highest_label": msg.CATEGORY_LABEL[lang][highest] if highest else None,
        "post_requirements_met": post_met,
        "post_paths": paths,
        "next": nxt,
        "anomalies": [] if formal_only else _anomalies(cp, used) + warnings,
        "policy": None if formal_only else policy.as_dict(),
        "note": NOTE[lang],
    }
