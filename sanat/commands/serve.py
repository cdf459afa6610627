"""``sanat serve``: migrate, load the catalog if the sources changed, run the web app."""

from __future__ import annotations

import argparse
import os


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the web app (creates the database and loads the catalog)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.set_defaults(func=run)


def django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings")
    import django

    django.setup()


def run(args: argparse.Namespace) -> int:
    django_setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_regulations", *(["--sources", args.sources] if args.sources else []))
    call_command("runserver", f"{args.host}:{args.port}", use_reloader=False)
    return 0
