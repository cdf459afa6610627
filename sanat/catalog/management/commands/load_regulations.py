"""``manage.py load_regulations [--sources DIR] [--force]``: build the catalog and import it."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sanat.catalog.loading import load_regulations


class Command(BaseCommand):
    help = "Build the catalog from the source texts and import it (skipped when the sources are unchanged)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--sources", help="folder with newer editions of the source texts")
        parser.add_argument("--force", action="store_true", help="re-import even if the sources are unchanged")

    def handle(self, *args, sources: str | None = None, force: bool = False, **options) -> None:
        r = load_regulations(sources, force=force)
        self.stdout.write(f"catalog {r.action}: {r.positions} positions, {r.terms} index terms "
                          f"(digest {r.edition.digest[:12]})")
