"""``sanat migrate`` (as the owner role), ``sanat backup DIR``, ``sanat restore DIR``, ``sanat audit verify``."""

from __future__ import annotations

import argparse
import sys

from sanat.commands.serve import django_setup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="apply migrations (as SANAT_MIGRATE_DATABASE_URL when set), load the catalog")
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.set_defaults(func=run_migrate)
    p = sub.add_parser("backup", help="back up the database and the private media into an empty folder")
    p.add_argument("dir")
    p.set_defaults(func=lambda a: _command("backup", a.dir))
    p = sub.add_parser("restore", help="restore a backup into a fresh database, verified against its manifest")
    p.add_argument("dir")
    p.set_defaults(func=lambda a: _command("restore", a.dir))
    p = sub.add_parser("audit", help="audit log: `sanat audit verify` checks the hash chain")
    p.add_argument("action", choices=["verify"])
    p.set_defaults(func=lambda a: _command("verify_audit"))


def _command(name: str, *args: str) -> int:
    django_setup()
    from django.core.management import CommandError, call_command

    try:
        call_command(name, *args)
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    django_setup()
    from django.core.management import call_command

    from sanat.ops.dbroles import migrate_as_owner

    migrate_as_owner()
    call_command("load_regulations", *(["--sources", args.sources] if args.sources else []))
    print("migrated", file=sys.stderr)
    return 0
