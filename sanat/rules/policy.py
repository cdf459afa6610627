"""Named decisions the law leaves open, with defaults (documented in ``docs/rules-policy.md``).

Every decision the engine makes records the ``Policy`` values it used (``Policy.as_dict()``).
A policy is loadable from a dict or a YAML file; unknown keys are rejected.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, ClassVar

EXPERIENCE_KINDS = ("pedagogical", "specialty", "position", "education_org", "managerial", "civil_service")


def _default_substitutes() -> dict[str, tuple[str, ...]]:
    return {
        "pedagogical": ("pedagogical",),
        "specialty": ("specialty", "position"),
        "position": ("position",),
        "education_org": ("education_org",),
        "managerial": ("managerial",),
        "civil_service": ("civil_service",),
        "unspecified": EXPERIENCE_KINDS,
    }


@dataclass(frozen=True)
class Policy:
    """Choices the text of Order 338 does not settle. Defaults follow the letter of the text."""

    #: bare «– N жыл» / «– N лет»: ``at_least`` (≥ N, like «кемінде») or ``more_than`` (> N).
    bare_number: str = "at_least"
    #: a requirement line printed without a connector: ``or`` (an alternative path, as in the
    #: neighbouring 8.2 «және (немесе)») or ``and`` (an additional condition).
    connectorless_lines: str = "or"
    #: «және (немесе)» / «и (или)» between two requirements: ``either`` (one or both suffice — its meaning in
    #: Kazakh legislative drafting) or ``both`` (both required). Applies to requirement lines and to an
    #: experience floor joined to the floor before it (4.1, 001:L3257-3261).
    and_or: str = "either"
    #: a middle-level holder may use a row printed for «high and/or middle» level.
    middle_uses_high_or_middle_rows: bool = True
    #: a high-level holder may use a row printed for the middle level only (2.6, 2.4/2.5 split tables).
    high_uses_middle_only_rows: bool = False
    #: level a pedagogical-retraining document gives: ``underlying`` (the diploma it complements),
    #: ``middle`` or ``none``.
    retraining_level: str = "underlying"
    #: which kinds of a person's experience count for a requirement of a given kind (the largest counts;
    #: kinds are never summed, periods may overlap).
    experience_substitutes: dict[str, tuple[str, ...]] = field(default_factory=_default_substitutes)
    #: language to follow: ``user`` (the language the user reads), ``kk`` or ``ru``; the other
    #: language is used only where the preferred one is missing or not in force on the date.
    language: str = "user"
    #: a category that has competencies but no experience threshold in the text (e.g. 10.8 moderator):
    #: ``not_met`` (no rule, no eligibility) or ``education_only``.
    missing_threshold: str = "not_met"
    #: an education item with no ``profile_relevant`` flag is taken as relevant to the post's profile.
    assume_profile_relevant: bool = True
    #: days between an amending order's date and its entry into force; the texts say «ten calendar days
    #: after first official publication» and do not print the publication date.
    amendment_lag_days: int = 10
    #: an achievement at a higher level than a statement names also evidences that statement.
    higher_level_achievement_counts: bool = True
    #: years given as plain numbers (no dates) count as the most recent ones for «соңғы N жыл» / «последние N лет»
    #: conditions; ``False``: such a condition needs dated periods and is ``unknown`` without them.
    numeric_years_are_recent: bool = False
    #: dated experience periods: ``calendar`` (years, months, days; 30 days = 1 month, 12 months = 1 year).
    period_arithmetic: str = "calendar"

    _CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {
        "bare_number": ("at_least", "more_than"),
        "connectorless_lines": ("or", "and"),
        "and_or": ("either", "both"),
        "retraining_level": ("underlying", "middle", "none"),
        "language": ("user", "kk", "ru"),
        "missing_threshold": ("not_met", "education_only"),
        "period_arithmetic": ("calendar",),
    }

    def __post_init__(self) -> None:
        for name, allowed in self._CHOICES.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"policy.{name}: {getattr(self, name)!r} is not one of {allowed}")
        subs = {k: tuple(v) for k, v in dict(self.experience_substitutes).items()}
        for k, v in subs.items():
            bad = [x for x in v if x not in EXPERIENCE_KINDS]
            if bad:
                raise ValueError(f"policy.experience_substitutes.{k}: unknown kinds {bad}")
        object.__setattr__(self, "experience_substitutes", {**_default_substitutes(), **subs})

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Policy:
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown policy settings: {unknown}")
        return cls(**data)

    @classmethod
    def from_yaml(cls, path: str | Path) -> Policy:
        import yaml

        return cls.from_dict(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})

    def with_(self, **changes: Any) -> Policy:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """The settings as plain data (computed once; a fresh copy each call)."""
        cached = self.__dict__.get("_as_dict")
        if cached is None:
            cached = asdict(self)
            cached["experience_substitutes"] = {k: list(v) for k, v in self.experience_substitutes.items()}
            object.__setattr__(self, "_as_dict", cached)
        return {**cached, "experience_substitutes": {k: list(v) for k, v in cached["experience_substitutes"].items()}}


DEFAULT = Policy()
