"""Person profiles: JSON Schema validation (``profile.schema.json``) and normalisation as of a date."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanat.rules import duration
from sanat.rules.policy import EXPERIENCE_KINDS, Policy

SCHEMA_PATH = Path(__file__).with_name("profile.schema.json")
LEVEL_RANK = {"high": 2, "middle": 1, None: 0}
EDUCATION_LEVEL = {"postgraduate": "high", "higher": "high", "tvet": "middle",
                   "school_ped_class_pre1995": "middle", "secondary": None}


class ProfileError(ValueError):
    """An invalid profile; ``field`` names the offending field (``education[0].level``)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _field_name(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(profile)"


def jsonable(data: Any) -> Any:
    """Dates (as YAML loads them) → ISO strings, recursively."""
    if isinstance(data, date):
        return data.isoformat()
    if isinstance(data, dict):
        return {k: jsonable(v) for k, v in data.items()}
    if isinstance(data, list):
        return [jsonable(v) for v in data]
    return data


def validate(data: Any) -> None:
    """Raise ``ProfileError`` naming the first invalid field (deepest error first)."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: (-len(e.absolute_path), list(map(str, e.path))))
    if errors:
        err = errors[0]
        if err.validator == "oneOf" and err.context:
            err = sorted(err.context, key=lambda e: -len(e.absolute_path))[0]
        raise ProfileError(_field_name(err.absolute_path), err.message)


@dataclass(frozen=True)
class Education:
    level: str
    pedagogical: bool
    direction: str
    profile_relevant: bool | None
    retraining: bool
    graduated: date | None


@dataclass(frozen=True)
class HeldCategory:
    code: str
    since: date | None
    until: date | None


@dataclass
class Person:
    """A profile normalised as of ``as_of``: experience in 360-days per kind."""

    as_of: date
    education: tuple[Education, ...]
    experience_days: dict[str, int]
    has_periods: dict[str, bool]
    periods: dict[str, list[tuple[date, date | None]]]
    location: str | None
    organisation_level: str | None
    subcase: str | None
    categories: tuple[HeldCategory, ...]
    held: frozenset[str]
    degree: str | None
    achievements: tuple[dict, ...]
    raw: dict
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    def days_within(self, kind: str, years: int) -> int | None:
        """Experience of ``kind`` inside the last ``years`` years; ``None`` without dated periods."""
        if not self.has_periods.get(kind):
            return None
        start = duration.add_years(self.as_of, -years)
        return sum(duration.period_days(a, b, self.as_of, start) for a, b in self.periods.get(kind, []))

    def days_at(self, kind: str, when: date) -> int:
        """Experience of ``kind`` on a later date, if dated periods go on (numeric years stay as given)."""
        if not self.has_periods.get(kind):
            return self.experience_days.get(kind, 0)
        static = self.experience_days.get(kind, 0) - sum(
            duration.period_days(a, b, self.as_of) for a, b in self.periods.get(kind, []))
        return static + sum(duration.period_days(a, b, when) for a, b in self.periods.get(kind, []))

    def ongoing(self, kind: str) -> bool:
        return any(b is None or b >= self.as_of for _, b in self.periods.get(kind, []))

    def experience(self, kind: str, policy: Policy) -> tuple[int, str | None]:
        """Best experience counting for a requirement of ``kind``: (360-days, the person's kind used)."""
        memo = self.cache.get("exp")
        if memo is None or memo[0] is not policy:
            memo = self.cache["exp"] = (policy, {})
        hit = memo[1].get(kind)
        if hit is None:
            hit = memo[1][kind] = self._experience(kind, policy)
        return hit

    def _experience(self, kind: str, policy: Policy) -> tuple[int, str | None]:
        best, used = 0, None
        for k in policy.experience_substitutes.get(kind, (kind,)):
            v = self.experience_days.get(k, 0)
            if v > best or (used is None and k in self.experience_days):
                best, used = v, k
        return best, used


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def load(data: dict, as_of: date | None = None, *, validated: bool = False) -> Person:
    """Validate and normalise a profile dict (``validated=True``: the caller has validated ``data``, plain
    JSON values only, or a profile of the same shape, see ``screening.shape``)."""
    if not validated:
        data = jsonable(data)
        validate(data)
    as_of = as_of or date.today()
    education = tuple(
        Education(e["level"], bool(e.get("pedagogical", False)), (e.get("direction") or "").strip(),
                  e.get("profile_relevant"), bool(e.get("retraining", False)), _d(e.get("graduated")))
        for e in data.get("education", [])
    )
    exp = data.get("experience") or {}
    days: dict[str, int] = {}
    has_periods: dict[str, bool] = {}
    periods: dict[str, list[tuple[date, date | None]]] = {k: [] for k in EXPERIENCE_KINDS}
    for kind in EXPERIENCE_KINDS:
        v = exp.get(kind)
        if v is None:
            continue
        if isinstance(v, (int, float)):
            days[kind] = duration.years_to_days(float(v))
        else:
            has_periods[kind] = True
            periods[kind].extend((_d(p["from"]), _d(p.get("to"))) for p in v)
    for p in exp.get("periods", []):
        for kind in p["kinds"]:
            has_periods[kind] = True
            periods[kind].append((_d(p["from"]), _d(p.get("to"))))
    for kind, ps in periods.items():
        if has_periods.get(kind):
            days[kind] = days.get(kind, 0) + sum(duration.period_days(a, b, as_of) for a, b in ps)
    cats = tuple(HeldCategory(c["code"], _d(c.get("since")), _d(c.get("until"))) for c in data.get("categories", []))
    held = frozenset(c.code for c in cats
                     if (c.since is None or c.since <= as_of) and (c.until is None or as_of <= c.until))
    return Person(as_of, education, days, has_periods, periods, data.get("location"), data.get("organisation_level"),
                  data.get("subcase"), cats, held, data.get("degree"), tuple(data.get("achievements", [])), data)


def education_level(e: Education, policy: Policy) -> str | None:
    """Qualification level an education item gives (retraining per ``policy.retraining_level``)."""
    return EDUCATION_LEVEL[e.level]


def retraining_level(e: Education, policy: Policy) -> str | None:
    if policy.retraining_level == "underlying":
        return EDUCATION_LEVEL[e.level]
    return None if policy.retraining_level == "none" else "middle"
