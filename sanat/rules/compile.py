"""Compile a catalog position's structured requirements (``docs/requirements-contract.md``) once into
plain tuples the evaluator walks. Nothing here knows a threshold: every number comes from the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sanat.regulation.requirements.decisions import ACADEMIC_DEGREE_CODES
from sanat.rules import duration
from sanat.rules.bounded import put
from sanat.rules.policy import Policy
from sanat.vocabulary import CATEGORIES, LANGS


@dataclass(frozen=True)
class EduAlt:
    id: str
    via: str
    levels: frozenset[str]
    pedagogical: bool
    profile_relevant: bool
    qualification_level: str | None
    directions: tuple[str, ...]
    org_level: str | None
    fact: dict = field(compare=False, hash=False)

    @property
    def key(self) -> tuple:
        """What matching depends on (shared by equal alternatives of different posts)."""
        return (self.via, self.levels, self.pedagogical, self.profile_relevant, self.qualification_level,
                self.directions, self.org_level)


@dataclass(frozen=True)
class Row:
    """One experience floor: for a category (``category``) or for the post itself (``None``)."""

    category: str | None
    kind: str
    min_days: int
    strict: bool
    bare: bool
    levels: frozenset[str]
    locality: str | None
    org_level: str | None
    within_last: int | None
    degree: frozenset[str]
    degree_advisory: bool
    fact: dict
    index: int = -1

    @property
    def plain(self) -> bool:
        """No level, locality, organisation-level or degree condition: the row applies to everyone."""
        return self._plain

    def __post_init__(self) -> None:
        object.__setattr__(self, "_plain", not (self.levels or self.locality or self.org_level or self.degree))


@dataclass(frozen=True)
class Alternative:
    kind: str
    codes: frozenset[str]
    with_experience: Row | None
    connector: str  # "or" | "and" (after policy)
    connector_printed: str | None
    org_level: str | None
    fact: dict
    degree: frozenset[str] = frozenset()  # degree codes the alternative (its experience) needs
    degree_advisory: bool = False


@dataclass
class Compiled:
    position: dict
    id: str
    archetype: str
    lang: str
    clause: str | None
    file: str | None
    edition_notes: list[dict]
    education: tuple[EduAlt, ...]
    base: tuple[Row, ...]
    base_clusters: tuple[tuple[tuple[Row, ...], ...], ...]
    rows: dict[str, tuple[Row, ...]]
    categories: tuple[str, ...]
    alternatives: tuple[Alternative, ...]
    and_alternatives: tuple[Alternative, ...]
    no_experience_required: bool
    policy: Policy
    subcase: str | None
    subcases: tuple[str, ...]
    extra: dict = field(default_factory=dict)
    # category tables: «or» alternatives that stand in for the education line (10.15 «… немесе … орта басшы
    # құрам лауазымдарындағы жұмыс өтілі кемінде 3 жыл»); manager/fixed posts keep theirs in ``alternatives``
    edu_paths: tuple[Alternative, ...] = ()


def _lines_overlap(a, b) -> bool:
    return bool(a and b and a[0] <= b[1] and b[0] <= a[1])


def _facts(req: dict, lang: str) -> list[dict]:
    out = []
    for key in ("education", "thresholds", "base_experience", "alternatives"):
        out += [f for f in req.get(key) or [] if f.get("lang") == lang]
    return out


def _clause_no(position: dict, lang: str) -> str | None:
    cl = (position.get("clauses") or {}).get("requirements") or {}
    v = cl.get(lang) or cl.get("number")
    return str(v) if v is not None else None


def choose_language(position: dict, user_lang: str, as_of: date, policy: Policy) -> tuple[str, list[dict]]:
    """The language whose requirements text is followed on ``as_of``, and why (edition notes)."""
    req = position.get("requirements") or {}
    available = [lg for lg in LANGS if _facts(req, lg)]
    if not available:
        available = [lg for lg in LANGS if ((req.get("text") or {}).get(lg))] or ["kk"]
    notes: list[dict] = []
    in_force_amended, not_yet = [], []
    for lg in available:
        clause = _clause_no(position, lg)
        for a in position.get("amendments") or []:
            if a.get("lang") != lg or str(a.get("clause")) != str(clause) or not a.get("order_date"):
                continue
            effective = date.fromisoformat(a["order_date"]) + timedelta(days=policy.amendment_lag_days)
            info = {"lang": lg, "clause": clause, "order_no": a.get("order_no"), "order_date": a["order_date"],
                    "effective_from": effective.isoformat(), "lines": a.get("lines")}
            if as_of < effective:
                not_yet.append(lg)
                notes.append({"code": "edition_not_in_force", **info,
                              "message": f"{lg} text of clause {clause} is the wording of order {a.get('order_no')} "
                                         f"of {a['order_date']}, not in force on {as_of.isoformat()}"})
            else:
                in_force_amended.append(lg)
                notes.append({"code": "edition_in_force", **info,
                              "message": f"{lg} text of clause {clause} is amended by order {a.get('order_no')} "
                                         f"of {a['order_date']} (in force from {effective.isoformat()})"})
    candidates = [lg for lg in available if lg not in not_yet] or available
    if in_force_amended:
        newer = [lg for lg in candidates if lg in in_force_amended]
        for lg in candidates:
            if lg not in newer:
                notes.append({"code": "edition_superseded", "lang": lg, "clause": _clause_no(position, lg),
                              "message": f"{lg} text of clause {_clause_no(position, lg)} predates the amendment; "
                                         f"the amended {newer[0]} text is followed"})
        candidates = newer or candidates
    preferred = user_lang if policy.language == "user" else policy.language
    lang = preferred if preferred in candidates else candidates[0]
    src = (position.get("source") or {}).get(lang) or {}
    if src.get("provenance") == "vacancy_notice":
        notes.append({"code": "copy_from_vacancy_notice", "lang": lang, "file": src.get("file"),
                      "message": f"the {lang} text of this post comes from a vacancy notice's copy of the order "
                                 f"({src.get('file')}), not from an official consolidated text"})
    if lang != preferred:
        notes.append({"code": "language_fallback", "lang": lang,
                      "message": f"requirements followed in {lang}: the {preferred} text is missing or not in force"})
    return lang, notes


_WHERE_POSSIBLE = ("мүмкіндігінше", "по возможности")


def degree_of(f: dict) -> tuple[frozenset[str], bool]:
    """Degrees a row requires (``degree`` list, or read from ``extra_requirement`` text) and whether the
    text only asks for it «where possible» («мүмкіндігінше» / «по возможности»)."""
    if f.get("degree"):
        return frozenset(f["degree"]), False
    extra = str(f.get("extra_requirement") or "").casefold()
    if not extra:
        return frozenset(), False
    found = {code for stem, code in (("кандидат", "candidate"), ("доктор", "doctor"), ("phd", "phd"),
                                     ("магистр", "master")) if stem in extra}
    return frozenset(found), any(w in extra for w in _WHERE_POSSIBLE)


_ORG_HEADING = (("oblast", ("облыс", "област")), ("district", ("аудан", "район")))


def org_level_of(f: dict) -> str | None:
    """A fact's organisation level: as given, or read from an «… деңгейінде:» / «на уровне …» sub-heading."""
    if f.get("organisation_level"):
        return f["organisation_level"]
    sub = str(f.get("subcase") or "").casefold()
    if sub and ("деңгей" in sub or "уровн" in sub):
        for code, stems in _ORG_HEADING:
            if any(x in sub for x in stems):
                return code
    return None


def subcase_of(f: dict) -> str | None:
    """The organisation sub-case a fact belongs to (organisation-level headings are not sub-cases)."""
    return f["subcase"] if f.get("subcase") and org_level_of(f) is None else None


def match_subcase(position: dict, wanted: str | None) -> str | None:
    """The sub-case heading a profile's ``subcase`` names (prefix such as «1)» or any part of the heading)."""
    if not wanted:
        return None
    w = wanted.casefold().strip()
    for h in subcases(position):
        if h.casefold().startswith(w) or w in h.casefold():
            return h
    return None


def subcases(position: dict) -> tuple[str, ...]:
    req = position.get("requirements") or {}
    out: list[str] = []
    for key in ("education", "base_experience", "alternatives", "thresholds"):
        for f in req.get(key) or []:
            sc = subcase_of(f)
            if sc and sc not in out:
                out.append(sc)
    return tuple(out)


def _pick(facts: list[dict], lang: str, sub: str | None) -> list[tuple[int, dict]]:
    """Facts of ``lang`` for the sub-case (replacing the general ones where the sub-case has its own)."""
    mine = [(i, f) for i, f in enumerate(facts) if f.get("lang") == lang]
    special = [(i, f) for i, f in mine if sub and subcase_of(f) == sub]
    return special or [(i, f) for i, f in mine if subcase_of(f) is None]


def _row(f: dict, category: str | None, index: int = -1) -> Row:
    within = f.get("within_last_years")
    degree, advisory = degree_of(f)
    return Row(category, f.get("experience") or "unspecified", duration.years_to_days(float(f.get("min_years") or 0)),
               bool(f.get("strict")), bool(f.get("bare")), frozenset(f.get("qualification_levels") or ()),
               f.get("locality"), org_level_of(f), int(within) if within else None, degree, advisory, f, index)


def _clusters(rows: list[Row], and_or: str = "either") -> tuple[tuple[tuple[Row, ...], ...], ...]:
    """Base rows → clusters (all must hold) of groups (any may hold) of rows (all must hold):
    ``part_of`` joins a row to its head (AND), ``alternative_to`` opens another group of that head (OR).

    A row joined to the row before it by «және (немесе)» / «и (или)» (``joined_by: and_or``) and tied to no
    other row is, with ``policy.and_or == "either"``, another way to meet that row: a group of its own
    beside the row's head, or — when the row before is a part (4.1 «… оның ішінде соңғы екі жыл үздіксіз
    педагогикалық өтілі және (немесе) … басшысы немесе басшының орынбасары лауазымындағы өтілі – кемінде екі
    жыл», 001:L3257-3261) — a twin of each group holding that part, with the joined row in the part's place.
    With ``"both"`` it is a cluster of its own (it must hold as well)."""
    by_index = {r.index: r for r in rows}
    joined: dict[int, int] = {}
    if and_or == "either":
        for r in rows:
            f = r.fact
            if (f.get("joined_by") == "and_or" and f.get("part_of") is None and f.get("alternative_to") is None
                    and r.index - 1 in by_index):
                joined[r.index] = r.index - 1
    heads = [r for r in rows
             if r.fact.get("part_of") not in by_index and r.fact.get("alternative_to") not in by_index
             and r.index not in joined]
    out = []
    for h in heads:
        groups = [[h]]
        for r in rows:
            if r is not h and (r.fact.get("alternative_to") == h.index or joined.get(r.index) == h.index):
                groups.append([r])
        for g in groups:
            g += [r for r in rows if r.fact.get("part_of") == g[0].index and r not in g]
        for r_index, prev_index in joined.items():
            for g in list(groups):
                if g[0].index != prev_index and any(x.index == prev_index for x in g):
                    groups.append([by_index[r_index] if x.index == prev_index else x for x in g]
                                  + [x for x in rows if x.fact.get("part_of") == r_index])
        out.append(tuple(tuple(g) for g in groups))
    return tuple(out)


_CONNECTOR_WORD = {"kk": {"or": "немесе", "and_or": "және (немесе)", "and": "және"},
                   "ru": {"or": "или", "and_or": "и (или)", "and": "и"}}


def _connector(req: dict, fact: dict, policy: Policy) -> tuple[str, str | None]:
    """(``or`` | ``and``, the word printed). The alternative's own ``connector`` (the word printed before it
    inside its line, 10.15 «… немесе …») wins over the line's connector; a line with neither follows
    ``policy.connectorless_lines``."""
    norm, printed = None, None
    for c in req.get("connectors") or []:
        if c.get("lang") == fact.get("lang") and _lines_overlap(c.get("lines"), fact.get("lines")):
            norm, printed = c.get("normalised"), c.get("printed")
            break
    own = fact.get("connector")
    if own:
        norm = own
        printed = printed or _CONNECTOR_WORD.get(fact.get("lang") or "", {}).get(own)
    if norm == "and_or":
        return ("or" if policy.and_or == "either" else "and"), printed
    if norm == "or":
        return "or", printed
    if norm == "and":
        return "and", printed
    return policy.connectorless_lines, printed


def _alternative_degree(f: dict) -> tuple[frozenset[str], bool]:
    """Degree codes an alternative needs: its ``degree`` (or its experience's), else the ``academic_degree``
    condition read as ``ACADEMIC_DEGREE_CODES`` (contract, decision 16), else a degree word in
    ``extra_requirement``."""
    we = f.get("with_experience") or {}
    for src in (f, we):
        if src.get("degree"):
            return frozenset(src["degree"]), False
    if "academic_degree" in [*(f.get("conditions") or ()), *(we.get("conditions") or ())]:
        return frozenset(ACADEMIC_DEGREE_CODES), False
    return degree_of({"extra_requirement": f.get("extra_requirement") or we.get("extra_requirement")})


def _levels(f: dict) -> frozenset[str]:
    lv = set(f.get("levels") or ())
    if "post_secondary" in lv:
        lv = (lv - {"post_secondary"}) | {"tvet"}
    return frozenset(lv)


def compile_position(position: dict, lang: str, policy: Policy, edition_notes: list[dict] | None = None,
                     subcase: str | None = None) -> Compiled:
    """Compile ``position``'s requirements in language ``lang`` (for an organisation ``subcase`` heading)."""
    req = position.get("requirements") or {}
    pick = [lg for lg in (lang, "ru" if lang == "kk" else "kk") if _facts(req, lg)]
    lg = pick[0] if pick else lang
    edu = tuple(
        EduAlt(f.get("id") or f"{lg}-E{i + 1}", f.get("via") or "diploma", _levels(f),
               f.get("pedagogical") is True, f.get("profile_relevant") is True, f.get("qualification_level"),
               tuple(d.casefold() for d in f.get("directions") or ()), org_level_of(f), f)
        for i, f in _pick(req.get("education") or [], lg, subcase)
    )
    base = tuple(_row(f, None, i) for i, f in _pick(req.get("base_experience") or [], lg, subcase))
    rows: dict[str, list[Row]] = {}
    for i, f in _pick(req.get("thresholds") or [], lg, subcase):
        if f.get("category"):
            rows.setdefault(f["category"], []).append(_row(f, f["category"], i))
    alts, and_alts = [], []
    for _, f in _pick(req.get("alternatives") or [], lg, subcase):
        conn, printed = _connector(req, f, policy)
        we = f.get("with_experience")
        # the degree is the alternative's condition (checked once, by ``alternative_met``), not the row's
        we_row = {**we, "degree": None, "extra_requirement": None, "lang": lg, "lines": f.get("lines"),
                  "quote": f.get("quote")} if we else None
        degree, advisory = _alternative_degree(f)
        alt = Alternative(f.get("kind") or "", frozenset(f.get("codes") or ()),
                          _row(we_row, None) if we_row else None, conn, printed, org_level_of(f), f, degree, advisory)
        (and_alts if conn == "and" else alts).append(alt)
    archetype = req.get("archetype") or ("category_table" if position.get("competencies") else "fixed")
    edu_paths: tuple[Alternative, ...] = ()
    if archetype == "category_table":
        # in a category table an «or» alternative is another way to meet the education line (the base
        # qualification); the category rows still apply, with the qualification level of an accepted diploma
        edu_paths, alts = tuple(alts), []
    cats: list[str] = []
    if archetype == "category_table" or position.get("competencies"):
        # a fixed post with a competency clause (8.5) lists its categories too: they have no thresholds
        present = set(rows) | set(position.get("competencies") or {}) | {"pedagog"}
        cats = [c for c in CATEGORIES if c in present]
    src = ((position.get("source") or {}).get(lg)) or {}
    return Compiled(position, position.get("id", "?"), archetype, lg, _clause_no(position, lg), src.get("file"),
                    list(edition_notes or []), edu, base, _clusters(list(base), policy.and_or), {k: tuple(v) for k, v in rows.items()},
                    tuple(cats), tuple(alts), tuple(and_alts), bool(req.get("no_experience_required")), policy,
                    subcase, subcases(position), edu_paths=edu_paths)


_CACHE: dict[tuple, Compiled] = {}


_BY_CALL: dict[tuple, Compiled] = {}


def compiled(position: dict, user_lang: str, as_of: date, policy: Policy, subcase: str | None = None) -> Compiled:
    """Compile once per (position, language followed, edition notes, policy, sub-case); a repeated call with
    the same objects skips even choosing the language (screening calls this once per distinct case)."""
    call = (id(position), user_lang, as_of, id(policy), subcase)
    hit = _BY_CALL.get(call)
    if hit is not None and hit.position is position and hit.policy is policy:
        return hit
    return put(_BY_CALL, call, _compiled(position, user_lang, as_of, policy, subcase), 4097)


def _compiled(position: dict, user_lang: str, as_of: date, policy: Policy, subcase: str | None) -> Compiled:
    lang, notes = choose_language(position, user_lang, as_of, policy)
    sub = match_subcase(position, subcase)
    key = (id(position), position.get("id"), lang, repr(notes), repr(policy), sub)
    hit = _CACHE.get(key)
    if hit is None or hit.position is not position:
        hit = put(_CACHE, key, compile_position(position, lang, policy, notes, sub), 4097)
    return hit
