"""The announcement spec (YAML/JSON): validated, with errors that name the field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml


class SpecError(ValueError):
    """A spec that cannot be used; ``field`` is a path such as ``posts[2].rate``."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class PostSpec:
    position: str | None
    title: str | None
    rate: float
    salary_from: int | None


@dataclass(frozen=True)
class AnnouncementSpec:
    organisation: str
    start: date
    end: date
    posts: tuple[PostSpec, ...]
    notice: str | None = None


def load_spec_file(path: str | Path) -> dict:
    """Read a YAML or JSON spec file (JSON is valid YAML; ``.json`` is parsed strictly)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError("--spec", f"cannot read {p}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise SpecError("--spec", f"{p} is not valid {'JSON' if p.suffix.lower() == '.json' else 'YAML'}: "
                        f"{str(exc).splitlines()[0]}") from exc
    return data


def _date(value, field: str) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise SpecError(field, "must be an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise SpecError(field, f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _number(value, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SpecError(field, "must be a number")
    return value


def parse_spec(data, position_ids: set[str] | None = None) -> AnnouncementSpec:
    """Validate ``data``; ``position_ids`` (the catalog's) checks each post's ``position``."""
    if not isinstance(data, dict):
        raise SpecError("spec", "must be a mapping with organisation, window and posts")
    org = data.get("organisation")
    if not isinstance(org, str) or not org.strip():
        raise SpecError("organisation", "required: the name of the organisation (text)")
    window = data.get("window")
    if not isinstance(window, dict):
        raise SpecError("window", "required: a mapping with 'from' and 'to' ISO dates")
    for k in ("from", "to"):
        if k not in window:
            raise SpecError(f"window.{k}", "required ISO date (YYYY-MM-DD)")
    start, end = _date(window["from"], "window.from"), _date(window["to"], "window.to")
    if end < start:
        raise SpecError("window.to", f"{end.isoformat()} is before window.from {start.isoformat()}")
    posts = data.get("posts")
    if not isinstance(posts, list) or not posts:
        raise SpecError("posts", "required: a non-empty list of posts")
    out = []
    for i, p in enumerate(posts):
        f = f"posts[{i}]"
        if not isinstance(p, dict):
            raise SpecError(f, "must be a mapping with position, title, rate, salary_from")
        unknown = set(p) - {"position", "title", "rate", "salary_from"}
        if unknown:
            raise SpecError(f"{f}.{sorted(unknown)[0]}", "unknown key (allowed: position, title, rate, salary_from)")
        pos = p.get("position")
        if pos is not None and (not isinstance(pos, str) or not pos):
            raise SpecError(f"{f}.position", "must be a catalog position id (text) or null")
        if pos is not None and position_ids is not None and pos not in position_ids:
            raise SpecError(f"{f}.position", f"{pos!r} is not a position of the catalog")
        title = p.get("title")
        if title is not None and (not isinstance(title, str) or not title.strip()):
            raise SpecError(f"{f}.title", "must be text")
        if pos is None and not title:
            raise SpecError(f"{f}.title", "required when position is null (a custom post)")
        if "rate" not in p:
            raise SpecError(f"{f}.rate", "required: the number of rates (ставка), e.g. 0.75")
        rate = _number(p["rate"], f"{f}.rate")
        if rate <= 0:
            raise SpecError(f"{f}.rate", "must be greater than 0")
        sal = p.get("salary_from")
        if sal is not None:
            sal = _number(sal, f"{f}.salary_from")
            if sal < 0 or int(sal) != sal:
                raise SpecError(f"{f}.salary_from", "must be a whole number of tenge, 0 or more")
            sal = int(sal)
        out.append(PostSpec(pos, title.strip() if title else None, rate, sal))
    notice = data.get("notice")
    if notice is not None and not isinstance(notice, str):
        raise SpecError("notice", "must be the id of a catalog vacancy notice (text)")
    unknown = set(data) - {"organisation", "window", "posts", "notice"}
    if unknown:
        raise SpecError(sorted(unknown)[0], "unknown key (allowed: organisation, window, posts, notice)")
    return AnnouncementSpec(org.strip(), start, end, tuple(out), notice)
