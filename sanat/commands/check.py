"""``sanat check``: which category a person meets for a post, why, and what is missing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sanat.vocabulary import LANGS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check a profile against a post's qualification requirements")
    p.add_argument("--position", required=True, help="position id, e.g. 338-03-07")
    p.add_argument("--profile", required=True, help="profile file (JSON or YAML, docs/schemas/profile.schema.json)")
    p.add_argument("--as-of", help="evaluation date YYYY-MM-DD (default today)")
    p.add_argument("--lang", choices=LANGS, help="language of the explanation (default: profile's, else ru)")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--policy", help="policy YAML (docs/rules-policy.md)")
    p.add_argument("--catalog", help="catalog JSON export (default: built from the shipped texts)")
    p.set_defaults(func=run)


def parse_date(value: str | None) -> date:
    return date.fromisoformat(value) if value else date.today()


def load_profile(path: str) -> dict:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    if path.endswith((".yaml", ".yml")):
        import yaml

        return yaml.safe_load(text)
    return json.loads(text)


def bad(message: str) -> int:
    print(f"sanat check: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from sanat.rules import catalog as cat
    from sanat.rules.explain import decide
    from sanat.rules.policy import Policy
    from sanat.rules.profile import ProfileError

    from .catalog import load_catalog

    try:
        as_of = parse_date(args.as_of)
    except ValueError:
        return bad(f"--as-of: {args.as_of!r} is not a date (YYYY-MM-DD)")
    try:
        profile = load_profile(args.profile)
    except (OSError, ValueError) as exc:
        return bad(f"--profile: cannot read {args.profile}: {exc}")
    try:
        policy = Policy.from_yaml(args.policy) if args.policy else None
    except (OSError, ValueError, TypeError) as exc:
        return bad(f"--policy: {exc}")
    try:
        position = cat.position(load_catalog(args.catalog), args.position)
    except KeyError as exc:
        return bad(f"--position: {exc.args[0]}")
    lang = args.lang or (profile.get("lang") if isinstance(profile, dict) else None) or "ru"
    try:
        decision = decide(position, profile, as_of, lang, policy)
    except ProfileError as exc:
        return bad(f"invalid profile: {exc.field}: {exc.message}")
    if args.format == "json":
        print(json.dumps(decision, ensure_ascii=False, indent=2))
    else:
        from sanat.rules.report import text_report

        print(text_report(decision))
    return 0
