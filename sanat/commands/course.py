"""``sanat course``: the 80-hour attestation-preparation course programme (source 003).

``sanat course export --format json [--sources DIR]`` prints the dict of ``build_course``;
``sanat course check [--sources DIR] [--strict]`` prints the hour totals and every anomaly with
its lines; with ``--strict`` an hour anomaly (a sum that does not add up) is a failure.
Exit codes: 0 ok, 1 failure (the text could not be parsed, or ``--strict`` and hours do not add
up), 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys

HOUR_CODES = frozenset({"row_sum_mismatch", "module_sum_mismatch", "total_sum_mismatch", "stated_total_mismatch",
                        "module_hours_mismatch", "hours_missing", "rubric_sum_mismatch"})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("course", help="the 80-hour attestation course programme (export, check)")
    csub = p.add_subparsers(dest="course_command", required=True, metavar="ACTION")
    e = csub.add_parser("export", help="print the whole course programme as data")
    e.add_argument("--format", choices=["json"], default="json")
    e.add_argument("--sources", help="folder with newer editions of the source texts")
    e.set_defaults(func=export)
    c = csub.add_parser("check", help="print hour totals and anomalies")
    c.add_argument("--sources", help="folder with newer editions of the source texts")
    c.add_argument("--strict", action="store_true", help="exit 1 when any hour figure does not add up")
    c.set_defaults(func=check)


def _build(args: argparse.Namespace) -> tuple[dict | None, int]:
    from sanat.regulation.course import build_course
    from sanat.regulation.sources import SourceError

    try:
        return build_course(args.sources), 0
    except SourceError as exc:
        print(f"sanat course: {exc}", file=sys.stderr)
        return None, 2
    except (ValueError, StopIteration) as exc:
        print(f"sanat course: the course text could not be parsed: {exc}", file=sys.stderr)
        return None, 1


def export(args: argparse.Namespace) -> int:
    course, code = _build(args)
    if course is None:
        return code
    json.dump(course, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def check(args: argparse.Namespace) -> int:
    course, code = _build(args)
    if course is None:
        return code
    out = [f"{course['source']['file']}: stated {course['total_hours']} academic hours"]
    for fmt, plan in course["curriculum"].items():
        sums = ", ".join(f"{k} {v}" for k, v in plan["computed"].items())
        out.append(f"  {fmt}: {sums} (stated «Барлығы» {plan['stated_total']})")
    out.append(f"{len(course['anomalies'])} anomalies:")
    for a in course["anomalies"]:
        where = "; ".join(f"L{s['lines'][0]}" + (f"-{s['lines'][1]}" if s["lines"][1] != s["lines"][0] else "")
                          for s in a["sources"])
        out.append(f"  {a['code']} [{where}]: {a['message']}")
    sys.stdout.write("\n".join(out) + "\n")
    hour_problems = [a for a in course["anomalies"] if a["code"] in HOUR_CODES]
    return 1 if args.strict and hour_problems else 0
