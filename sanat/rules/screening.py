"""Screening a whole staff file at national scale: streamed rows, each distinct case decided once. No Django.

Staff files repeat the same education, experience and category patterns, so the explained decision
(``explain.decide``) is computed once per distinct case and reused. Two memos, both per run:

1. the row's cells without the ``name`` column, a valid ``categories`` cell replaced by the categories it
   makes held on the as-of date → the screened fields (skips even parsing the row);
2. (post, language, the normalised facts the decision reads — ``facts_key``) → the screened fields, so
   ``"да"``/``"1"``/``"yes"`` or category dates that give the same held set share one decision.

The as-of date and the policy are fixed for a run and are part of ``facts_key`` (the date) or of the memo's
life (the policy). ``screen_plain`` in ``staff.py`` is the row-by-row reference; a test compares them.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import ClassVar

from sanat.documents.zipguard import Limits
from sanat.rules import batch_gc
from sanat.rules.bounded import put
from sanat.rules.compile import Compiled, Row, compiled
from sanat.rules.duration import years_to_days
from sanat.rules.engine import person_level, row_applies, row_experience
from sanat.rules.explain import decide, experience_gap_text
from sanat.rules.policy import DEFAULT, EXPERIENCE_KINDS, Policy
from sanat.rules.profile import Person, ProfileError, load, schema
from sanat.rules.staff import RowError, _bool, _categories, _date, _num, row_to_profile
from sanat.rules.staff_io import CsvOut, Table, XlsxOut, open_table
from sanat.vocabulary import LANGS


def facts_key(person: Person) -> tuple:
    """Every normalised fact of a profile the screening decision can read (not the name, not category
    dates beyond the held set they give on the as-of date, which is part of the key)."""
    periods = tuple(sorted((k, tuple(v)) for k, v in person.periods.items() if v))
    ach = json.dumps(person.achievements, sort_keys=True, default=str) if person.achievements else ""
    return (person.as_of, person.education, tuple(sorted(person.experience_days.items())),
            tuple(sorted(k for k, v in person.has_periods.items() if v)), periods, person.location,
            person.organisation_level, person.subcase, person.held, person.degree, ach)


@dataclass(frozen=True)
class Reads:
    """What one compiled post's formal decision reads of a person (``explain.decide(formal_only=True)``
    and the engine it calls): everything else can differ without changing the screened row."""

    cp: Compiled
    cap: int  # experience days beyond every threshold + 1 decide and print alike (see ``key``)
    plain: bool  # every category has a row without conditions
    location: bool
    org_level: bool
    degree: bool
    direction: bool
    codes: frozenset[str]
    kinds: frozenset[str]  # the person's experience kinds that count for some row of the post
    pedagogical: bool = True  # the education facts some education line of the post looks at
    profile_relevant: bool = True
    retraining: bool = True
    graduated: bool = True
    # Threshold classes: a person's days of one experience kind compare only with the marks of the rows that
    # kind counts for (each row's figure, figure + 1 for «more than», its window in days), so values in the
    # same interval between two marks meet and miss the same rows; ``None`` when the row that explains a
    # category may depend on exact figures (``_pick_row`` ranks rows of different kinds or windows by how
    # far each is from being met).
    bounds: dict[str, tuple[int, ...]] | None = None
    exp_rows: tuple[Row, ...] = ()

    @classmethod
    def of(cls, cp: Compiled) -> Reads:
        alts = (*cp.alternatives, *cp.and_alternatives, *cp.edu_paths)
        rows = [*cp.base, *(r for rs in cp.rows.values() for r in rs),
                *(a.with_experience for a in alts if a.with_experience)]
        uniform = all(len({(r.kind, r.within_last) for r in rs}) <= 1 for rs in cp.rows.values())
        marks: dict[str, set[int]] = {}
        for r in rows:
            for k in cp.policy.experience_substitutes.get(r.kind, (r.kind,)):
                marks.setdefault(k, set()).update((r.min_days, r.min_days + 1, *(
                    (r.within_last * 360, r.within_last * 360 + 1) if r.within_last else ())))
        return cls(cp=cp, cap=max((r.min_days for r in rows), default=0) + 1,
                   bounds={k: tuple(sorted(m)) for k, m in marks.items()} if uniform else None, exp_rows=tuple(rows),
                   plain=all(any(r.plain for r in rs) for rs in cp.rows.values()),
                   location=any(r.locality for r in rows),
                   org_level=any(r.org_level for r in rows) or any(a.org_level for a in alts)
                   or any(e.org_level for e in cp.education),
                   degree=any(r.degree for r in rows) or any(a.degree for a in alts),
                   direction=any(e.directions for e in cp.education),
                   codes=frozenset(c for a in alts for c in a.codes),
                   kinds=frozenset(k for r in rows for k in cp.policy.experience_substitutes.get(r.kind, (r.kind,))),
                   pedagogical=any(e.pedagogical for e in cp.education),
                   profile_relevant=any(e.profile_relevant for e in cp.education),
                   retraining=any(e.via == "retraining" for e in cp.education),
                   graduated=any(e.via == "school_ped_class_pre1995" for e in cp.education))

    def clamps(self, person: Person) -> bool:
        """Whether experience beyond ``cap`` may be cut to ``cap``. A category none of whose rows applies
        to the person (level, locality, …) is explained by the row closest to being met, a comparison of
        exact figures: keep them exact then. Whether a row applies depends on the education, locality,
        organisation level and degree only, never on experience."""
        if self.plain:
            return True
        cp, level = self.cp, person_level(self.cp, person)[1]
        return all(any(row_applies(r, level, person, cp.policy) is None for r in rs) for rs in cp.rows.values())

    def key(self, person: Person) -> tuple:
        """The facts this post reads, canonical: equal keys give equal screened rows."""
        if any(person.has_periods.values()) or person.achievements:
            return ("exact", facts_key(person))
        cap = self.cap if self.clamps(person) else None
        assume = self.cp.policy.assume_profile_relevant
        edu = tuple((e.level, self.pedagogical and e.pedagogical, e.direction if self.direction else "",
                     self.profile_relevant and (assume if e.profile_relevant is None else e.profile_relevant),
                     self.retraining and e.retraining,
                     self.graduated and e.graduated is not None and e.graduated.year >= 1995)
                    for e in person.education)
        exp = tuple(sorted((k, v if cap is None else min(v, cap)) for k, v in person.experience_days.items()
                           if k in self.kinds))
        return (person.as_of, edu, exp, person.location if self.location else None,
                person.organisation_level if self.org_level else None, person.degree if self.degree else None,
                person.held & self.codes)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER, _DATE, _TEXT = ("<number ≥ 0>",), ("<date>",), ("<text>",)
_CATEGORY_CODES = frozenset(schema()["properties"]["categories"]["items"]["properties"]["code"]["enum"])


def _enum_strings(node) -> set[str]:
    out: set[str] = set()
    if isinstance(node, dict):
        out.update(v for v in node.get("enum", ()) if isinstance(v, str))
        for v in node.values():
            out |= _enum_strings(v)
    elif isinstance(node, list):
        for v in node:
            out |= _enum_strings(v)
    return out


_ENUM_STRINGS = frozenset(_enum_strings(schema()))


def _is_date(s: str) -> bool:
    """The profile schema's ``format: date`` check (jsonschema's: the pattern and ``date.fromisoformat``)."""
    if not _DATE_RE.fullmatch(s):
        return False
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


def shape(data) -> object:
    """A profile with every valid date replaced by one token, every number ≥ 0 by another and every string
    that is no enum value of the schema by a third. The profile schema constrains dates only by format,
    numbers only by ``minimum: 0`` and strings by enums (no pattern, no length, no maximum, no enum of
    dates or numbers), so a value whose shape once validated is valid too. The schema's top level is a
    plain object (``properties``, ``required``, ``additionalProperties: false``, nothing tying one property
    to another), so a profile is valid when it has ``education`` and each of its (property, value shape)
    pairs was part of a valid profile: validation runs once per new pair, not per row."""
    if data is None or isinstance(data, bool):
        return data
    if isinstance(data, (int, float)):
        return _NUMBER if data >= 0 else data
    if isinstance(data, str):  # free text passes anywhere a string may be free; an enum value stays itself
        return _DATE if _is_date(data) else data if data in _ENUM_STRINGS else _TEXT
    if isinstance(data, dict):
        return ("{", *sorted(((str(k), shape(v)) for k, v in data.items()), key=lambda kv: kv[0]))
    if isinstance(data, list):
        return ("[", *(shape(v) for v in data))
    return object()  # not JSON (a date object, …): never a known shape, so ``load`` validates it


def held_on(cell, as_of: date) -> tuple | None:
    """A ``categories`` cell as the held set it gives on ``as_of``, ``None`` unless every code and date in
    it is valid (then the cell itself is the key, so an invalid one keeps its own error message)."""
    held = set()
    for c in _categories(cell):
        if c["code"] not in _CATEGORY_CODES:
            return None
        since, until = c.get("since"), c.get("until")
        if (since is not None and not _is_date(since)) or (until is not None and not _is_date(until)):
            return None
        if (since is None or date.fromisoformat(since) <= as_of) and (until is None or as_of <= date.fromisoformat(until)):
            held.add(c["code"])
    return ("<held>", *sorted(held))


@dataclass
class Stats:
    """What a run did: rows, bad rows (row number, error), distinct cases decided."""

    rows: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    distinct_rows: int = 0
    decisions: int = 0


_FROM_COLUMN = object()  # the output name comes from the row's own name column
_OK = ("<valid>",)
_ENUMS = {k: frozenset(v["enum"]) for k, v in schema()["properties"].items() if "enum" in v}
_BOOL_COLUMNS = ("pedagogical", "retraining")
_EXP_COLUMNS = tuple(f"exp_{k}" for k in EXPERIENCE_KINDS)
_STAFF_COLUMNS = frozenset(("position", "name", "lang", "education_level", "profile_relevant", "direction",
                            "graduated", "location", "organisation_level", "subcase", "categories", "degree",
                            "profile_json", *_BOOL_COLUMNS, *_EXP_COLUMNS))


class _Bad(tuple):
    """A cell ``row_to_profile`` or the schema would refuse: keyed by its column and itself, so the row gets
    its own message (the same bad value in another column is another message)."""

    def __new__(cls, column, cell):
        return super().__new__(cls, ("<bad>", column, cell))


def _token(column: str, cell, as_of: date) -> object:
    """One cell as what ``row_to_profile`` and the profile schema make of it: the parsed value when valid,
    ``_Bad(column, cell)`` when it would fail (so the row is parsed for its own message)."""
    bad = _Bad(column, cell)
    try:
        if column in _BOOL_COLUMNS:
            return _bool(cell, column)
        if column == "profile_relevant":
            return _bool(cell, column) if str(cell or "").strip() else None
        if column in _EXP_COLUMNS:
            v = _num(cell, column)
            return None if v is None else (years_to_days(v) if math.isfinite(v) and v >= 0 else bad)
    except RowError:
        return bad
    if column == "graduated":
        g = _date(cell)
        return None if g is None else (date.fromisoformat(g).year >= 1995 if _is_date(g) else bad)
    if column == "categories":
        held = held_on(cell, as_of)
        return bad if held is None else frozenset(held[1:])
    v = str(cell or "").strip()
    if column in _ENUMS and v and v not in _ENUMS[column]:
        return bad
    return v


_BAD_CELL = object()  # in a post's memo: the cell is one ``row_to_profile`` or the schema would refuse
_POST_MEMO = 100_000  # cells kept per post and column at most (a memo is emptied when full)


class _FastKeys:
    """Per file: a row's key from its cells without parsing the row, when the header is plain (each staff
    column once). Cells of columns the row's post does not read (``Reads``) count only as valid or not."""

    def __init__(self, table: Table, as_of: date):
        names = [str(h).strip().casefold() for h in table.header]
        self.ok = len(set(names)) == len(names) and "position" in names
        self.cols = [(i, c) for i, c in enumerate(names) if c in _STAFF_COLUMNS and c not in ("name", "position", "lang")]
        self.position = names.index("position") if self.ok else -1
        self.lang = names.index("lang") if "lang" in names else None
        self.subcase = names.index("subcase") if "subcase" in names else None
        self.json = names.index("profile_json") if "profile_json" in names else None
        self.width = len(names)
        self.as_of = as_of
        self.tokens: dict[str, dict] = {c: {} for _, c in self.cols}
        self.clamp: dict[tuple, bool] = {}
        self.plans: dict[int, list] = {}
        self.compiled: list[Reads] = []  # the posts with a written-out key, by number (keeps them alive)
        self.keys: dict[int, object] = {}  # id(Reads) → its written-out key
        self.valid: dict[str, tuple] = {}

    def token(self, column: str, cell) -> object:
        memo = self.tokens[column]
        t = memo.get(cell, memo)
        if t is memo:
            t = memo[cell] = _token(column, cell, self.as_of)
        return t

    def cell(self, values: tuple, i: int | None):
        return values[i] if i is not None and i < len(values) else None

    @staticmethod
    def relevant(column: str, reads: Reads) -> bool:
        if column in _EXP_COLUMNS:
            return column[4:] in reads.kinds
        return {"location": reads.location, "organisation_level": reads.org_level, "degree": reads.degree,
                "direction": reads.direction, "pedagogical": reads.pedagogical,
                "profile_relevant": reads.profile_relevant, "retraining": reads.retraining,
                "graduated": reads.graduated}.get(column, True)

    @staticmethod
    def none_as(column: str, reads: Reads) -> object:
        """What an empty cell of ``column`` decides like (the engine reads ``profile_relevant`` unset as the
        policy's assumption, ``graduated`` unset as not after 1995: ``match_education``), ``None`` if itself."""
        if column == "profile_relevant":
            return reads.cp.policy.assume_profile_relevant
        return False if column == "graduated" else None

    def plan(self, reads: Reads) -> list[tuple[int, dict, str, int]]:
        """Per post: (cell index, its token memo, column, 0 keep | 1 valid-or-not | 2 held ∩ codes | 3 years
        | 4 keep, empty as ``none_as``)."""
        hit = self.plans.get(id(reads))
        if hit is None:
            hit = self.plans[id(reads)] = [
                (i, self.tokens[c], c, 2 if c == "categories" else 3 if c in _EXP_COLUMNS
                 else 0 if self.none_as(c, reads) is None else 4) if self.relevant(c, reads) else (i, self.tokens[c], c, 1)
                for i, c in self.cols]
        return hit

    def exp_kinds(self, reads: Reads) -> tuple[str, ...]:
        """The experience kinds of the post's experience cells, in the order ``key`` returns them."""
        return tuple(c[4:] for _, _, c, mode in self.plan(reads) if mode == 3)

    def compiled_key(self, reads: Reads):
        """For a post with threshold classes, its row key written out as straight-line code for its plan
        (``None`` for other posts): ``(key, experience days)``, or ``None`` for a row with a bad cell (then
        ``key`` is used, which keeps the bad cell's own message). The key is the post's number in this run,
        then per read column the cell's value as the decision reads it (held ∩ codes, an empty cell as what
        it decides like), then each experience cell's threshold class; a cell of a column the post does not
        read is only checked to be valid. Each raw cell is looked up once per post: the values are kept per
        post (``post_memo``) and the valid unread cells in a set."""
        if reads.bounds is None:
            return None
        hit = self.keys.get(id(reads))
        if hit is not None:
            return hit
        number = len(self.compiled)
        self.compiled.append(reads)
        bounds, codes = reads.bounds, reads.codes
        env = {"BAD": _BAD_CELL, "number": number}
        lines, parts, exp = ["def key(values):"], [], []
        for j, (i, _, column, mode) in enumerate(self.plan(reads)):
            lines.append(f"    x = values[{i}]")
            if mode == 1:
                env[f"s{j}"], env[f"v{j}"] = self.valid_cells(column)
                lines += [f"    if x not in s{j} and not v{j}(x):", "        return None"]
                continue
            env[f"p{j}"] = memo = {}
            env[f"f{j}"] = self.post_memo(memo, column, mode, bounds.get(column[4:], ()), codes,
                                          self.none_as(column, reads))
            lines += [f"    k{j} = p{j}.get(x, p{j})", f"    if k{j} is p{j}:", f"        k{j} = f{j}(x)",
                      f"    if k{j} is BAD:", "        return None"]
            (exp if mode == 3 else parts).append(f"k{j}")
        values = "".join(f"{p}, " for p in parts) + "".join(f"{t}[1], " for t in exp)
        lines.append(f"    return (number, {values}), ({''.join(f'{t}[0], ' for t in exp)})")
        exec("\n".join(lines), env)  # the code above holds only column indices and names
        hit = self.keys[id(reads)] = env["key"]
        return hit

    def valid_cells(self, column: str):
        """(the set of cells of ``column`` known valid, a check that adds a valid cell to it)."""
        hit = self.valid.get(column)
        if hit is None:
            cells: dict = {}  # a cell → True (``in`` as fast as a set's; ``bounded.put`` keeps it small)

            def check(x) -> bool:
                if type(self.token(column, x)) is _Bad:
                    return False
                put(cells, x, True, _POST_MEMO)
                return True

            hit = self.valid[column] = (cells, check)
        return hit

    def post_memo(self, memo: dict, column: str, mode: int, bounds: tuple[int, ...], codes: frozenset[str],
                  empty: object):
        """The function filling one post's memo of ``column``: raw cell → what the key holds for it."""

        def fill(x):
            t = self.token(column, x)
            if type(t) is _Bad:
                v = _BAD_CELL
            elif mode == 3:
                v = (t, None if t is None else bisect_right(bounds, t))
            elif mode == 2:
                v = t & codes
            else:
                v = empty if mode == 4 and t is None else t
            return put(memo, x, v, _POST_MEMO)

        return fill

    def key(self, values: tuple, pid: str, lang: str, reads: Reads) -> tuple[tuple, tuple, tuple | None]:
        """(the row's key, its part without experience: what decides whether experience may be cut, the
        experience days when the key holds their threshold classes instead: ``None`` otherwise)."""
        out: list = [pid, lang]
        exp: list = []
        classes: list = []
        as_of, codes, bounds = self.as_of, reads.codes, reads.bounds
        for i, memo, c, mode in self.plan(reads):
            cell = values[i]
            t = memo.get(cell, memo)
            if t is memo:
                t = memo[cell] = _token(c, cell, as_of)
            if type(t) is _Bad or mode == 0:
                out.append(t)
            elif mode == 4:
                out.append(self.none_as(c, reads) if t is None else t)
            elif mode == 1:
                out.append(_OK)
            elif mode == 2:
                out.append(t & codes)
            else:
                exp.append(t)
                if bounds is not None:
                    classes.append(None if t is None else bisect_right(bounds.get(c[4:], ()), t))
        base = tuple(out)
        if bounds is not None:
            return (*base, "class", *classes), base, tuple(exp)
        if exp and self.clamp.get((id(reads), base)):
            cap = reads.cap
            exp = [v if v is None or v < cap else cap for v in exp]
        return (*base, "exp", *exp), base, None

    def learn(self, reads: Reads, base: tuple, clamps: bool | None) -> None:
        if clamps is not None:
            self.clamp[(id(reads), base)] = clamps


def screen_rows(table: Table, positions: dict[str, dict], as_of: date, default_lang: str = "ru",
                policy: Policy | None = None, stats: Stats | None = None) -> Iterator[tuple]:
    """Output tuples in ``OUTPUT_COLUMNS`` order, one per non-empty input row, same values as
    ``staff.screen_plain``; a bad row carries its error and never stops the batch. While rows are being
    screened the garbage collector runs less often (``batch_gc``)."""
    with batch_gc.relaxed():
        yield from _screen_rows(table, positions, as_of, default_lang, policy,
                                stats if stats is not None else Stats())


def _screen_rows(table: Table, positions: dict[str, dict], as_of: date, default_lang: str, policy: Policy | None,
                 stats: Stats) -> Iterator[tuple]:
    name_at, cats_at = table.column("name"), table.column("categories")
    by_cells: dict[tuple, tuple] = {}
    by_facts: dict[tuple, tuple] = {}
    held_memo: dict[object, tuple | None] = {}
    memo = _Memo(by_facts, set(), stats)
    record = table.record
    fast = _FastKeys(table, as_of)
    by_fast: dict[tuple, tuple] = {}
    post_reads: dict[tuple, Reads | None] = {}
    heads: dict[tuple, tuple] = {}  # the raw (position, lang, subcase) cells → (post id, language, Reads)
    protos: dict[tuple, _Proto] = {}  # a row key's part without experience → the person of its first row
    at_pos, at_lang, at_sub, at_json, width = fast.position, fast.lang, fast.subcase, fast.json, fast.width
    key_of = fast.key
    for n, values in table.rows:
        stats.rows += 1
        if fast.ok and len(values) == width and (at_json is None or not str(values[at_json] or "").strip()):
            raw = (values[at_pos], None if at_lang is None else values[at_lang],
                   None if at_sub is None else values[at_sub])
            head = heads.get(raw)
            if head is None:
                pid = str(raw[0] or "").strip()
                lang = str(raw[1] or "").strip()
                lang = lang if lang in LANGS else default_lang
                sub = str(raw[2] or "").strip() or None
                rk = (pid, lang, sub)
                reads = post_reads.get(rk, False)
                if reads is False:
                    pos = positions.get(pid)
                    reads = post_reads[rk] = None if pos is None else _reads(memo, pos, pid, lang, sub, as_of, policy)
                head = heads[raw] = (pid, lang, reads, reads and fast.compiled_key(reads))
            pid, lang, reads, quick = head
            if reads is not None:
                keys = quick(values) if quick is not None else None
                if keys is None:
                    fkey, base, days = key_of(values, pid, lang, reads)
                else:
                    (fkey, days), base = keys, None
                written = fkey
                hit = by_fast.get(fkey)
                exact = hit is _EXACT
                if exact:  # a class whose gap texts cannot be re-rendered: keyed by exact figures
                    fkey = (fkey, days)
                    hit = by_fast.get(fkey)
                if hit is None:
                    stats.distinct_rows += 1
                    if base is None:  # the written-out key: the post's number and its cells, then the classes
                        base = written[:len(written) - len(days)]
                    proto = protos.get(base) if days is not None else None
                    if proto is None:
                        name, rest = _screen_one(record(values), positions, as_of, default_lang, policy, memo)
                        if days is not None and memo.person is not None and name is _FROM_COLUMN:
                            protos[base] = _Proto.of(memo.person, fast.exp_kinds(reads))
                    else:  # the same cells but experience as a row already parsed: that row's person
                        name = _FROM_COLUMN
                        rest = _screen_person(proto.with_days(days), positions[pid], pid, lang, as_of, policy, memo)
                    fast.learn(reads, base, memo.clamps)
                    regap = None
                    if days is not None and not exact:
                        regap = _Regap.of(memo, reads, fast.exp_kinds(reads), days, rest)
                        if regap is None:
                            by_fast[fkey] = _EXACT
                            fkey = (fkey, days)
                    hit = by_fast[fkey] = (name, rest, regap)
                name, rest, regap = hit
                if regap is not None:
                    rest = regap.rest(days)
                if name is _FROM_COLUMN:
                    name = str(values[name_at] or "").strip() if name_at is not None else ""
                if rest[-1]:
                    stats.errors.append((n, rest[-1]))
                yield (n, name, *rest)
                continue
        key = list(values)
        name_cell = None
        if cats_at is not None and cats_at < len(values):
            cell = values[cats_at]
            held = held_memo.get(cell, False)
            if held is False:
                held = held_memo[cell] = held_on(cell, as_of)
            if held is not None:
                key[cats_at] = held
        if name_at is not None and name_at < len(values):
            name_cell = values[name_at]
            key[name_at] = None
        key = tuple(key)
        hit = by_cells.get(key)
        if hit is None:
            stats.distinct_rows += 1
            hit = by_cells[key] = _screen_one(record(values), positions, as_of, default_lang, policy, memo,
                                              name_from_column=name_at is not None)
        name, rest = hit
        if name is _FROM_COLUMN:
            name = str(name_cell or "").strip()
        if rest[-1]:
            stats.errors.append((n, rest[-1]))
        yield (n, name, *rest)


@dataclass(frozen=True)
class _ExpGap:
    """An unmet experience condition among the gaps ``decide`` printed: its text and the row it names."""

    text: str
    kind: str | None
    need_years: float | None
    strict: bool | None
    bare: bool | None
    within_last: int | None
    dated: bool  # the text counts to the day an ongoing period reaches the figure

    @classmethod
    def of(cls, gap: dict) -> _ExpGap:
        d = gap.get("detail") or {}
        return cls(gap["text"], d.get("kind"), d.get("need_years"), d.get("strict"), d.get("bare"),
                   d.get("within_last_years"), "reached_on" in d)

    def row(self, rows: tuple[Row, ...]) -> Row | None:
        """A row of the post printing the same text for every person (same kind, figure, comparison, window)."""
        return next((r for r in rows if r.kind == self.kind and r.min_days / 360 == self.need_years
                     and r.strict == self.strict and r.bare == self.bare and r.within_last == self.within_last), None)


@dataclass
class _Proto:
    """The loaded person of a row, to stand in for a later row whose key differs in experience cells only
    (same post, same tokens of every other cell the post reads): that row's person is this one with the
    later row's experience figures (``load`` makes each figure ``years_to_days`` of its cell, as ``_token``
    does, and leaves an empty cell out). Cells the post does not read may differ: the decision never reads
    them (``Reads``), which is what the row key itself relies on."""

    person: Person
    kinds: tuple[str, ...]  # the post's experience kinds, in the order of the key's days
    other: dict[str, int]  # the person's figures of other kinds

    @classmethod
    def of(cls, person: Person, kinds: tuple[str, ...]) -> _Proto:
        """Kept slim: no dated periods, no raw profile (what neither the decision nor ``row_experience``
        reads of a staff row's person)."""
        other = {k: v for k, v in person.experience_days.items() if k not in kinds}
        return cls(dataclasses.replace(person, experience_days={}, periods={}, raw={}, cache={}), kinds, other)

    def with_days(self, days: tuple) -> Person:
        exp = dict(self.other)
        exp.update((k, v) for k, v in zip(self.kinds, days, strict=True) if v is not None)
        person = copy.copy(self.person)
        person.experience_days, person.cache = exp, {}
        return person


_EXACT = object()  # in the fast memo: this class is keyed by exact experience figures
_GAPS = 6  # index of the gap texts in a screened row's fields after ``name``


@dataclass
class _Memo:
    by_facts: dict[tuple, tuple]
    valid_shapes: set
    stats: Stats
    reads: dict[tuple, Reads] = field(default_factory=dict)
    clamps: bool | None = None  # whether the last row decided may have its experience cut (None: unknown)
    person: Person | None = None  # the last row decided, loaded (``None``: it had an error)
    lang: str = ""  # the language its texts were printed in
    gaps: tuple[_ExpGap, ...] = ()  # the experience gaps among its next category's gaps


@dataclass
class _Regap:
    """One threshold class of a post: the decision of its first row, and how to print another row's gaps.
    Within a class every row meets and misses the same rows, so only the figures in the texts of unmet
    experience rows differ; those are rendered again for the row's own days (``experience_gap_text``)."""

    cp: Compiled
    proto: _Proto | None  # the first row's person, to be given another row's days (``None``: no slots)
    lang: str
    slots: tuple[tuple[str, Row], ...]  # (the text printed for the first row, the row it explains)
    first: tuple
    done: dict[tuple, tuple] = field(default_factory=dict)  # experience days → fields, at most ``KEEP``
    KEEP: ClassVar[int] = 64

    @classmethod
    def of(cls, memo: _Memo, reads: Reads, kinds: tuple[str, ...], days: tuple, rest: tuple) -> _Regap | None:
        """The class of a row just decided; ``None`` when its gap texts cannot be re-rendered safely."""
        person, cp = memo.person, reads.cp
        if person is None or rest[-1]:
            return cls(cp, None, memo.lang, (), rest)
        mine = {k: v for k, v in zip(kinds, days, strict=True) if v is not None}
        if any(person.experience_days.get(k, 0) != mine.get(k, 0) for k in kinds) or any(person.has_periods.values()):
            return None
        text, slots = rest[_GAPS], []
        for gap in memo.gaps:
            row = None if gap.dated else gap.row(reads.exp_rows)
            if row is None:
                return None
            if row_experience(row, person, cp.policy)[3]:  # window unknown: the text holds no figure
                continue
            printed = experience_gap_text(cp, row, person, memo.lang)
            if printed not in gap.text:
                return None
            slots.append((printed, row))
        if len({p for p, _ in slots}) != len(slots) or any(text.count(p) != 1 for p, _ in slots):
            return None
        if not slots:
            return cls(cp, None, memo.lang, (), rest)
        return cls(cp, _Proto.of(person, kinds), memo.lang, tuple(slots), rest)

    def rest(self, days: tuple) -> tuple:
        """The screened fields of a row of this class with these experience days."""
        if not self.slots:
            return self.first
        hit = self.done.get(days)
        if hit is None:
            person = self.proto.with_days(days)
            text = self.first[_GAPS]
            cuts = sorted((text.index(p), p, row) for p, row in self.slots)
            out, at = [], 0
            for i, p, row in cuts:
                out += [text[at:i], experience_gap_text(self.cp, row, person, self.lang)]
                at = i + len(p)
            out.append(text[at:])
            hit = put(self.done, days, (*self.first[:_GAPS], "".join(out), *self.first[_GAPS + 1:]), self.KEEP)
        return hit


def _reads(memo: _Memo, position: dict, pid: str, lang: str, subcase: str | None, as_of: date,
           policy: Policy | None) -> Reads:
    """The compiled post and what it reads, once per (post, language, sub-case) in a run."""
    hit = memo.reads.get((pid, lang, subcase))
    if hit is None:
        hit = memo.reads[(pid, lang, subcase)] = Reads.of(compiled(position, lang, as_of, policy or DEFAULT, subcase))
    return hit


def _screen_one(row: dict, positions: dict[str, dict], as_of: date, default_lang: str, policy: Policy | None,
                memo: _Memo, name_from_column: bool = True) -> tuple[object, tuple]:
    """(name or ``_FROM_COLUMN``, the fields after ``name``) for one distinct row; ``name_from_column``:
    the key leaves the name column out (it is unambiguous), so a name from it is filled in per row."""
    memo.clamps, memo.person, memo.gaps = None, None, ()
    try:
        pid, profile, lang = row_to_profile(row)
    except (RowError, ProfileError) as exc:
        return "", ("", "", "", "", "", "", "", str(exc))
    name = profile.get("name", "")
    if name_from_column and not str(row_value(row, "profile_json") or "").strip():
        name = _FROM_COLUMN
    if pid not in positions:
        return name, (pid, "", "", "", "", "", "", str(RowError(f"position: unknown id {pid!r}")))
    lang = lang if lang in LANGS else default_lang
    data = {k: v for k, v in profile.items() if k != "name"} if name is _FROM_COLUMN else profile
    pairs = [(k, shape(v)) for k, v in data.items()] if isinstance(data, dict) else None
    known = pairs is not None and "education" in data and all(p in memo.valid_shapes for p in pairs)
    try:
        person = load(data, as_of, validated=known)
    except ProfileError as exc:
        return name, (pid, "", "", "", "", "", "", str(exc))
    memo.valid_shapes.update(pairs or ())
    return name, _screen_person(person, positions[pid], pid, lang, as_of, policy, memo)


def _screen_person(person: Person, position: dict, pid: str, lang: str, as_of: date, policy: Policy | None,
                   memo: _Memo) -> tuple:
    """The fields after ``name`` for a loaded person on post ``pid`` (one decision per distinct facts)."""
    reads = _reads(memo, position, pid, lang, person.subcase, as_of, policy)
    fkey = (pid, lang, reads.cp.lang, reads.cp.subcase, reads.key(person))
    memo.clamps = fkey[-1][0] != "exact" and reads.clamps(person)
    hit = memo.by_facts.get(fkey)
    if hit is None:
        memo.stats.decisions += 1
        d = decide(position, person, as_of, lang, policy, with_evidence=False, formal_only=True)
        nxt = d["next"] or {}
        gaps = [g for g in nxt.get("gaps", []) if g["condition"] != "evidence"]
        hit = memo.by_facts[fkey] = ((
            d["position"]["title"] or "", d["qualification_level"] or "", d["highest_by_requirements"] or "",
            "yes" if d["post_requirements_met"] else "no", nxt.get("category") or "",
            " | ".join(g["text"] for g in gaps), ""), tuple(_ExpGap.of(g) for g in gaps if g["condition"] == "experience"))
    fields, memo.gaps = hit
    memo.person, memo.lang = person, lang
    return (pid, *fields)


def row_value(row: dict, column: str):
    """The value ``row_to_profile`` reads for ``column`` (keys compared stripped and case-folded)."""
    out = None
    for k, v in row.items():
        if k is not None and str(k).strip().casefold() == column:
            out = v
    return out


def screen_file(src: str | Path, dst: str | Path, positions: dict[str, dict], as_of: date,
                default_lang: str = "ru", policy: Policy | None = None) -> Stats:
    """Screen ``src`` into ``dst`` (format by extension), streaming; ``dst`` appears only when complete."""
    tmp = Path(f"{dst}.part")
    stats = Stats()
    try:
        with open_table(src) as table:
            if str(dst).lower().endswith(".xlsx"):
                out = XlsxOut(str(tmp))
                out.write_rows(screen_rows(table, positions, as_of, default_lang, policy, stats))
                out.close()
            else:
                with tmp.open("wb") as f:
                    CsvOut(f).write_rows(screen_rows(table, positions, as_of, default_lang, policy, stats))
        os.replace(tmp, dst)
    finally:
        tmp.unlink(missing_ok=True)
    return stats


def screen_bytes(name: str, data: bytes, positions: dict[str, dict], as_of: date, default_lang: str = "ru",
                 policy: Policy | None = None, limits: Limits | None = None) -> tuple[bytes, Stats]:
    """Screen an uploaded file's bytes; the result in the upload's format (``.xlsx`` or CSV); ``limits``
    bound rows, columns and time (raises ``FileLimitExceeded``)."""
    import io

    stats = Stats()
    with open_table(name, data, limits) as table:
        rows = screen_rows(table, positions, as_of, default_lang, policy, stats)
        if name.lower().endswith(".xlsx"):
            buf = io.BytesIO()
            out = XlsxOut(buf)
            out.write_rows(rows)
            out.close()
            return buf.getvalue(), stats
        buf = io.BytesIO()
        CsvOut(buf).write_rows(rows)
        return buf.getvalue(), stats
