"""``sanat hiring``: hiring documents generated from the catalog.

``sanat hiring announce --spec FILE --lang ru|kk --format txt|html|docx|pdf|xlsx [--output FILE]``
writes the competition announcement for the posts of a YAML/JSON spec (keys ``organisation``,
``window`` {from, to}, ``posts[]`` {position, title, rate, salary_from}, optional ``notice``).
Exit codes: 0 ok, 1 failure (cannot write), 2 bad input (spec, sources).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sanat.vocabulary import LANGS

FORMATS = ("txt", "html", "docx", "pdf", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hiring", help="hiring documents (competition announcement)")
    hsub = p.add_subparsers(dest="hiring_command", required=True, metavar="ACTION")
    a = hsub.add_parser("announce", help="the competition announcement for the posts of a spec")
    a.add_argument("--spec", required=True, help="YAML or JSON spec: organisation, window, posts")
    a.add_argument("--lang", choices=LANGS, default="ru")
    a.add_argument("--format", choices=FORMATS, default="txt")
    a.add_argument("--output", help="file to write (default: standard output)")
    a.add_argument("--sources", help="folder with newer editions of the source texts")
    a.add_argument("--catalog", help="a catalog JSON export to use instead of building it")
    a.set_defaults(func=announce)


def _catalog(args: argparse.Namespace) -> dict:
    from .catalog import load_catalog

    return load_catalog(args.catalog, args.sources)


def announce(args: argparse.Namespace) -> int:
    from sanat.documents.announcement import render_announcement
    from sanat.documents.spec import SpecError, load_spec_file
    from sanat.regulation.sources import SourceError

    err = "sanat hiring announce"
    try:
        data = load_spec_file(args.spec)
        catalog = _catalog(args)
        doc = render_announcement(data, catalog, args.lang)
    except SpecError as exc:
        print(f"{err}: spec error: {exc}", file=sys.stderr)
        return 2
    except (SourceError, OSError, json.JSONDecodeError) as exc:
        print(f"{err}: {exc}", file=sys.stderr)
        return 2
    payload = doc.render(args.format)
    if args.output:
        try:
            Path(args.output).write_bytes(payload)
        except OSError as exc:
            print(f"{err}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        for m in doc.missing:
            print(f"{err}: note: «{m['title']}» has no catalog text in {args.lang} ({m['reason']})",
                  file=sys.stderr)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    return 0
