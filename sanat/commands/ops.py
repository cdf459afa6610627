"""``sanat migrate`` (as the owner role), ``sanat backup DIR``, ``sanat restore DIR``, ``sanat audit verify``."""

from __future__ import annotations

import argparse
import sys

from sanat.commands.serve import django_setup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="apply migrations (as SANAT_MIGRATE_DATABASE_URL when set), load the catalog")
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.set_defaults(func=run_migrate)


def run_migrate(args: argparse.Namespace) -> int:
    django_setup()
    from django.core.management import call_command

    from sanat.ops.dbroles import migrate_as_owner

    migrate_as_owner()
    call_command("load_regulations", *(["--sources", args.sources] if args.sources else []))
    print("migrated", file=sys.stderr)
    return 0
