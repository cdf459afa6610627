"""``sanat standard export``: the professional standard «Педагог» as JSON or as a CASE 1.0 package."""

from __future__ import annotations

import argparse
import json
import sys

from sanat.regulation.sources import SourceError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("standard", help="the professional standard «Педагог» (Order 500) as data")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")
    e = verbs.add_parser("export", help="print the standard as sanat JSON or as a 1EdTech CASE 1.0 package")
    e.add_argument("--format", choices=("json", "case"), default="json")
    e.add_argument("--sources", help="folder with a newer edition of the source text")
    e.add_argument("--output", "-o", help="write to this file instead of standard output")
    e.set_defaults(func=export)


def export(args: argparse.Namespace) -> int:
    from sanat.regulation.standard import build_standard
    from sanat.regulation.standard.case import to_case

    try:
        data = build_standard(args.sources)
    except SourceError as exc:
        print(f"sanat standard: {exc}", file=sys.stderr)
        return 2
    if args.format == "case":
        data = to_case(data)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0
