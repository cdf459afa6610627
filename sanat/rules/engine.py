"""The qualification rules engine: which category a person meets for a post, why, and what is missing.

``decide(position, profile, as_of, lang)`` gives the explained decision (conditions with citations,
competency evidence, gaps in kk/ru). ``fast_highest`` / ``fast_post_met`` answer the formal question only,
for screening many people; both paths share the same predicates.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from sanat.rules import evidence as ev
from sanat.rules import messages as msg
from sanat.rules.compile import CATEGORY_ORDER, Alternative, Compiled, EduAlt, Row, compiled
from sanat.rules.policy import DEFAULT, Policy
from sanat.rules.profile import LEVEL_RANK, Education, Person, education_level, load, retraining_level

NOTE = {
    "kk": "Тек формалды талаптар: санатты беру аттестаттау/біліктілік тестілеу нәтижесінде жүзеге асырылады.",
    "ru": "Только формальные требования: категория присваивается по итогам аттестации.",
}


# --------------------------------------------------------------------------- predicates


@lru_cache(maxsize=1)
def _direction_pairs() -> tuple[tuple[str, str], ...]:
    import yaml

    data = yaml.safe_load((Path(__file__).with_name("directions.yaml")).read_text(encoding="utf-8"))
    return tuple((x["kk"].casefold(), x["ru"].casefold()) for x in data)


@lru_cache(maxsize=4096)
def direction_names(direction: str) -> tuple[str, ...]:
    """A diploma's direction and its kk/ru equivalent (``directions.yaml``), case-folded."""
    d = direction.casefold().strip()
    if not d:
        return ()
    out = [d]
    for kk, ru in _direction_pairs():
        if kk in d:
            out.append(d.replace(kk, ru))
        if ru in d:
            out.append(d.replace(ru, kk))
    return tuple(out)


def match_education(alt: EduAlt, e: Education, policy: Policy, org_level: str | None = None) -> str | bool | None:
    """Level the item gives under this alternative, or ``False`` if it does not satisfy it."""
    if alt.org_level and alt.org_level != org_level:
        return False
    if alt.via == "school_ped_class_pre1995":
        if e.level != "school_ped_class_pre1995" or (e.graduated and e.graduated.year >= 1995):
            return False
        return alt.qualification_level or "middle"
    if alt.via == "retraining":
        if not e.retraining:
            return False
        lv = retraining_level(e, policy)
        return alt.qualification_level or lv
    if alt.levels and e.level not in alt.levels:
        return False
    if not alt.levels and e.level in ("secondary", "school_ped_class_pre1995"):
        return False
    if alt.pedagogical and not e.pedagogical:
        return False
    if alt.profile_relevant:
        rel = e.profile_relevant if e.profile_relevant is not None else policy.assume_profile_relevant
        if not rel:
            return False
    if alt.directions:
        names = direction_names(e.direction)
        if not names or not any(x in d or d in x for d in names for x in alt.directions):
            return False
    return education_level(e, policy)  # a diploma's level is its own, whatever the line lists


def person_level(cp: Compiled, person: Person) -> tuple[bool, str | None, tuple[EduAlt, Education] | None]:
    """(education met, qualification level, the best (alternative, diploma) pair)."""
    ck = ("edu", id(cp))
    hit = person.cache.get(ck)
    if hit is not None:
        return hit
    hit = person.cache[ck] = _person_level(cp, person)
    return hit


def _person_level(cp: Compiled, person: Person) -> tuple[bool, str | None, tuple[EduAlt, Education] | None]:
    best, best_rank, found = None, -1, False
    for alt in cp.education:
        for e in person.education:
            lv = match_education(alt, e, cp.policy, person.organisation_level)
            if lv is False:
                continue
            found = True
            r = LEVEL_RANK.get(lv, 0)
            if r > best_rank:
                best, best_rank = (alt, e, lv), r
    if not cp.education:  # the text states no education: nothing to check
        lv = max((education_level(e, cp.policy) for e in person.education), key=lambda x: LEVEL_RANK.get(x, 0),
                 default=None)
        return True, lv, None
    if not found:
        return False, None, None
    return True, best[2], (best[0], best[1])


def level_allowed(row: Row, level: str | None, policy: Policy) -> bool:
    if not row.levels:
        return True
    if level in row.levels:
        return not (level == "middle" and "high" in row.levels and not policy.middle_uses_high_or_middle_rows)
    return level == "high" and row.levels == {"middle"} and policy.high_uses_middle_only_rows


def row_applies(row: Row, level: str | None, person: Person, policy: Policy) -> str | None:
    """``None`` if the row applies to the person, else the reason it does not."""
    if not level_allowed(row, level, policy):
        return "level"
    if row.locality and person.location != row.locality:
        return "locality"
    if row.org_level and person.organisation_level != row.org_level:
        return "org_level"
    if row.degree and not row.degree_advisory and person.degree not in row.degree:
        return "degree"
    return None


def compare(have: int, need: int, strict: bool, bare: bool, policy: Policy) -> bool:
    if strict or (bare and policy.bare_number == "more_than"):
        return have > need
    return have >= need


def row_experience(row: Row, person: Person, policy: Policy) -> tuple[int, bool, str | None, bool]:
    """(days the person has, met, the person's kind used, window unknown)."""
    if row.within_last:
        best, used = 0, None
        for k in policy.experience_substitutes.get(row.kind, (row.kind,)):
            v = person.days_within(k, row.within_last)
            if v is not None and (used is None or v > best):
                best, used = v, k
        if used is None:
            if not policy.numeric_years_are_recent:
                return 0, False, None, True
            have, used = person.experience(row.kind, policy)
            have = min(have, row.within_last * 360)
            return have, compare(have, row.min_days, row.strict, row.bare, policy), used, False
        return best, compare(best, row.min_days, row.strict, row.bare, policy), used, False
    have, used = person.experience(row.kind, policy)
    return have, compare(have, row.min_days, row.strict, row.bare, policy), used, False


def reach_date(row: Row, person: Person, policy: Policy, strict: bool) -> date | None:
    """The day an ongoing dated period makes ``row``'s figure (``None`` without one, or beyond 60 years)."""
    kinds = [k for k in policy.experience_substitutes.get(row.kind, (row.kind,)) if person.ongoing(k)]
    if not kinds or row.within_last:
        return None

    def ok(day: date) -> bool:
        have = max(person.days_at(k, day) for k in kinds)
        return have > row.min_days if strict else have >= row.min_days

    lo, hi = person.as_of, person.as_of + timedelta(days=366 * 60)
    if not ok(hi):
        return None
    while lo < hi:
        mid = lo + timedelta(days=(hi - lo).days // 2)
        if ok(mid):
            hi = mid
        else:
            lo = mid + timedelta(days=1)
    return lo


def row_met(row: Row, level: str | None, person: Person, policy: Policy) -> bool:
    return row_applies(row, level, person, policy) is None and row_experience(row, person, policy)[1]


def _other_education(cp: Compiled, row: Row, person: Person) -> bool:
    """A post-level row tied to some education alternatives (``applies_to_education``: ids) does not bind a
    person whose best matching alternative is another one."""
    ids = row.fact.get("applies_to_education")
    if not ids:
        return False
    best = person_level(cp, person)[2]
    return best is not None and best[0].id not in ids


def base_row_ok(cp: Compiled, row: Row, level: str | None, person: Person) -> bool | None:
    """``True``/``False``, or ``None`` when the row is for another locality/level/education path."""
    if _other_education(cp, row, person):
        return None
    reason = row_applies(row, level, person, cp.policy)
    if reason in ("locality", "org_level") and _has_sibling(cp.base, row, person):
        return None
    return reason is None and row_experience(row, person, cp.policy)[1]


def _group_ok(cp: Compiled, group: tuple[Row, ...], level: str | None, person: Person) -> bool | None:
    oks = [base_row_ok(cp, r, level, person) for r in group]
    if oks[0] is None:
        return None
    return all(x is not False for x in oks)


def base_rows_met(cp: Compiled, level: str | None, person: Person) -> bool:
    """Every cluster of post-level experience rows holds (one of its groups, all rows of that group)."""
    for cluster in cp.base_clusters:
        oks = [_group_ok(cp, g, level, person) for g in cluster]
        if not any(oks) and not all(x is None for x in oks):
            return False
    return True


def _has_sibling(rows: tuple[Row, ...], row: Row, person: Person) -> bool:
    """A base row for another locality/level is skipped when a row for the person's own one exists."""
    if row.locality:
        return person.location is not None and any(r.locality == person.location for r in rows)
    if row.org_level:
        return person.organisation_level is not None and any(r.org_level == person.organisation_level for r in rows)
    return False


def category_met(cp: Compiled, cat: str, level: str | None, person: Person) -> bool:
    rows = cp.rows.get(cat)
    if not rows:
        return cat == "pedagog" or cp.policy.missing_threshold == "education_only"
    return any(row_met(r, level, person, cp.policy) for r in rows)


def alternative_met(alt: Alternative, person: Person, policy: Policy) -> bool:
    """A manager-type alternative: holds one of the categories (if any are named) [+ its experience]."""
    if alt.org_level and alt.org_level != person.organisation_level:
        return False
    if alt.codes and not alt.codes & person.held:
        return False
    if not alt.codes and alt.with_experience is None:
        return False
    return alt.with_experience is None or row_experience(alt.with_experience, person, policy)[1]


def fast_highest(cp: Compiled, person: Person) -> str | None:
    """Highest category whose formal requirements are met (category tables), else ``None``."""
    ok, level, _ = person_level(cp, person)
    if not ok or not base_rows_met(cp, level, person):
        return None
    for cat in reversed(cp.categories):
        if category_met(cp, cat, level, person):
            return cat
    return None


def fast_post_met(cp: Compiled, person: Person) -> bool:
    ok, level, _ = person_level(cp, person)
    main = ok and base_rows_met(cp, level, person) and all(alternative_met(a, person, cp.policy)
                                                           for a in cp.and_alternatives)
    return main or any(alternative_met(a, person, cp.policy) for a in cp.alternatives)


# --------------------------------------------------------------------------- explanation


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
    rule = (f"{msg.years(row.min_days)} {'жылдан астам' if lang == 'kk' else 'лет (более)'}" if strict
            else f"{'кемінде' if lang == 'kk' else 'не менее'} {msg.years(row.min_days)} {'жыл' if lang == 'kk' else 'лет'}")
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
        text, status = msg.experience_gap(lang, row.kind, have, row.min_days, strict, cp.clause,
                                          person.as_of, reach), "not_met"
    out.append({"condition": "experience", "scope": scope, "status": status, "citation": cit, "detail": detail,
                "text": text, "applies": reason is None})
    return out


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
    for cluster in cp.base_clusters:
        oks = [_group_ok(cp, g, level, person) for g in cluster]
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
        expected = CATEGORY_ORDER[CATEGORY_ORDER.index(cur) - 1] if CATEGORY_ORDER.index(cur) > 0 else None
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
    for lg in ("kk", "ru"):
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


def _alternative_conditions(cp: Compiled, alt: Alternative, person: Person, lang: str) -> list[dict]:
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
    if alt.with_experience:
        conds += _row_conditions(cp, alt.with_experience, None, person, lang, "alternative")
    return conds


def decide(position: dict, profile: dict | Person, as_of: date | None = None, lang: str = "ru",
           policy: Policy | None = None, with_evidence: bool = True) -> dict:
    """The explained decision for one person and one post (see ``docs/rules-engine.md``);
    ``with_evidence=False`` skips the competency statements (screening needs the formal part only)."""
    policy = policy or DEFAULT
    as_of = as_of or (profile.as_of if isinstance(profile, Person) else date.today())
    person = profile if isinstance(profile, Person) else load(profile, as_of)
    cp = compiled(position, lang, as_of, policy, person.subcase)
    edu_cond, edu_ok, level = _education_condition(cp, person, lang)
    base_conds = _base_conditions(cp, level, person, lang)
    used = [{**(c["citation"] or {})} for c in [edu_cond, *base_conds] if c.get("citation")]
    categories, highest, warnings = [], None, []
    for cat in cp.categories:
        conds = [edu_cond, *base_conds]
        rows = cp.rows.get(cat)
        if rows:
            conds += _row_conditions(cp, _pick_row(cp, rows, level, person), level, person, lang, "category")
        elif cat != "pedagog":
            ok = policy.missing_threshold == "education_only"
            conds.append({"condition": "threshold", "status": "met" if ok else "not_met", "citation": None,
                          "detail": {"policy.missing_threshold": policy.missing_threshold},
                          "text": msg.t("no_threshold", lang, policy=policy.missing_threshold)})
        met = edu_ok and base_rows_met(cp, level, person) and category_met(cp, cat, level, person)
        evid, chain, warn = _evidence(cp, cat, person, lang) if with_evidence else ([], [], [])
        warnings += [w for w in warn if w not in warnings]
        used += [c["citation"] for c in conds if c.get("citation")]
        if met:
            highest = cat
        categories.append({"category": cat, "label": msg.CATEGORY_LABEL[lang][cat], "requirements_met": met,
                           "conditions": conds, "evidence": evid, "builds_on_chain": chain,
                           "evidence_complete": all(e["status"] == "satisfied" or e["optional"] for e in evid)})
    paths = []
    if cp.archetype == "category_table":
        post_met = edu_ok and base_rows_met(cp, level, person)
    else:
        main = [edu_cond, *base_conds]
        for a in cp.and_alternatives:
            main += _alternative_conditions(cp, a, person, lang)
        paths.append({"path": "education_experience", "label": msg.PATH_LABEL[lang]["education_experience"],
                      "conditions": main,
                      "met": edu_ok and base_rows_met(cp, level, person)
                      and all(alternative_met(a, person, policy) for a in cp.and_alternatives)})
        for a in cp.alternatives:
            paths.append({"path": a.kind, "label": msg.PATH_LABEL[lang].get(a.kind, a.kind),
                          "conditions": _alternative_conditions(cp, a, person, lang),
                          "met": alternative_met(a, person, policy)})
        post_met = any(p["met"] for p in paths)
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
        "post_requirements_met": post_met,
        "post_paths": paths,
        "next": nxt,
        "anomalies": _anomalies(cp, used) + warnings,
        "policy": policy.as_dict(),
        "note": NOTE[lang],
    }
