"""``sanat screen``: screen a staff file (CSV/XLSX, docs/staff-file.md) against Order 338."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from sanat.vocabulary import LANGS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screen", help="screen a staff file: highest category met, next category and its gaps")
    p.add_argument("--input", required=True, help="staff.csv or staff.xlsx")
    p.add_argument("--output", required=True, help="result.csv or result.xlsx")
    p.add_argument("--as-of", help="evaluation date YYYY-MM-DD (default today)")
    p.add_argument("--lang", choices=LANGS, default="ru", help="language of gaps when a row has no lang")
    p.add_argument("--policy", help="policy YAML (docs/rules-policy.md)")
    p.add_argument("--catalog", help="catalog JSON export (default: built from the shipped texts)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sanat.rules import catalog as cat
    from sanat.rules import screening
    from sanat.rules.policy import Policy

    from .catalog import load_catalog

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
        policy = Policy.from_yaml(args.policy) if args.policy else None
    except (OSError, ValueError, KeyError) as exc:
        print(f"sanat screen: {exc}", file=sys.stderr)
        return 2
    positions = cat.positions_by_id(load_catalog(args.catalog))
    try:  # streamed: the input is read while the output is written (the output appears only when complete)
        stats = screening.screen_file(args.input, args.output, positions, as_of, args.lang, policy)
    except (OSError, ValueError, KeyError) as exc:
        print(f"sanat screen: {exc}", file=sys.stderr)
        return 2
    sys.stderr.writelines(f"row {n}: {error}\n" for n, error in stats.errors)
    print(f"{stats.rows} rows screened ({stats.decisions} distinct cases decided), {len(stats.errors)} with errors"
          f" → {args.output}")
    return 0
