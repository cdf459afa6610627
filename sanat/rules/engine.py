"""The qualification rules engine's predicates and its screening fast path.

``fast_highest`` / ``fast_post_met`` answer the formal question only (many people, compiled posts);
``sanat.rules.explain.decide`` gives the explained decision with the same predicates (explain builds on
this module; this module never imports explain).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from sanat.rules.compile import Alternative, Compiled, EduAlt, Row
from sanat.rules.policy import Policy
from sanat.rules.profile import LEVEL_RANK, Education, Person, education_level, retraining_level

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
    if hit is not None and hit[0] is cp:  # the identity check guards against a reused id()
        return hit[1]
    result = _person_level(cp, person)
    person.cache[ck] = (cp, result)
    return result


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
    if row.plain:
        return None
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
    if best is None:  # no accepted diploma: on an education path (``edu_paths``) the row follows no diploma
        return bool(cp.edu_paths)
    return best[0].id not in ids


def base_row_ok(cp: Compiled, row: Row, level: str | None, person: Person) -> bool | None:
    """``True``/``False``, or ``None`` when the row is for another locality/level/education path."""
    if _other_education(cp, row, person):
        return None
    reason = row_applies(row, level, person, cp.policy)
    if reason in ("locality", "org_level") and has_sibling(cp.base, row, person):
        return None
    return reason is None and row_experience(row, person, cp.policy)[1]


def group_ok(cp: Compiled, group: tuple[Row, ...], level: str | None, person: Person) -> bool | None:
    oks = [base_row_ok(cp, r, level, person) for r in group]
    if oks[0] is None:
        return None
    return all(x is not False for x in oks)


def cluster_oks(cp: Compiled, level: str | None, person: Person) -> tuple[tuple[bool | None, ...], ...]:
    """``group_ok`` of every group of every cluster of post-level rows (``cp.base_clusters``), computed once
    per person, post and level (an explained decision asks several times)."""
    ck = ("clusters", id(cp), level)
    hit = person.cache.get(ck)
    if hit is not None and hit[0] is cp:  # the identity check guards against a reused id()
        return hit[1]
    result = tuple(tuple(group_ok(cp, g, level, person) for g in cluster) for cluster in cp.base_clusters)
    person.cache[ck] = (cp, result)
    return result


def base_rows_met(cp: Compiled, level: str | None, person: Person) -> bool:
    """Every cluster of post-level experience rows holds (one of its groups, all rows of that group)."""
    return all(any(oks) or all(x is None for x in oks) for oks in cluster_oks(cp, level, person))


def has_sibling(rows: tuple[Row, ...], row: Row, person: Person) -> bool:
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
    """An alternative: holds one of the categories (if any are named), the degree (if one is named)
    [+ its experience]."""
    if alt.org_level and alt.org_level != person.organisation_level:
        return False
    if alt.codes and not alt.codes & person.held:
        return False
    if alt.degree and not alt.degree_advisory and person.degree not in alt.degree:
        return False
    if not alt.codes and alt.with_experience is None and not alt.degree:
        return False
    return alt.with_experience is None or row_experience(alt.with_experience, person, policy)[1]


def education_path_met(cp: Compiled, person: Person) -> Alternative | None:
    """The first education path (``cp.edu_paths``, category tables) the person meets, else ``None``."""
    for a in cp.edu_paths:
        if alternative_met(a, person, cp.policy):
            return a
    return None


def fast_highest(cp: Compiled, person: Person) -> str | None:
    """Highest category whose formal requirements are met (category tables), else ``None``."""
    ok, level, _ = _person_level(cp, person)
    if not ok and (not cp.edu_paths or education_path_met(cp, person) is None):
        return None  # on a path the level stays ``None``: only rows tied to no qualification level apply
    if not base_rows_met(cp, level, person):
        return None
    if cp.and_alternatives and not all(alternative_met(a, person, cp.policy) for a in cp.and_alternatives):
        return None
    for cat in reversed(cp.categories):
        if category_met(cp, cat, level, person):
            return cat
    return None


def fast_post_met(cp: Compiled, person: Person) -> bool:
    ok, level, _ = _person_level(cp, person)
    if not ok and cp.edu_paths:
        ok = education_path_met(cp, person) is not None
    main = ok and base_rows_met(cp, level, person) and all(alternative_met(a, person, cp.policy)
                                                           for a in cp.and_alternatives)
    return main or any(alternative_met(a, person, cp.policy) for a in cp.alternatives)

