"""``manage.py import_catalog FILE [--sources DIR]``: import a JSON export of the catalog."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sanat.catalog.loading import import_catalog, texts_for, with_cited_sources


class Command(BaseCommand):
    help = "Import a catalog JSON export (as printed by `sanat catalog export --format json`)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="JSON file ('-' is not supported: give a path)")
        parser.add_argument("--sources", help="folder holding the cited source texts (default: shipped)")
        parser.add_argument("--force", action="store_true", help="re-import even if the digest is unchanged")

    def handle(self, *args, file: str, sources: str | None = None, force: bool = False, **options) -> None:
        try:
            data = json.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{file}: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("positions"), list) or "sources" not in data:
            raise CommandError(f"{file}: not a catalog export (needs 'sources' and 'positions')")
        data = with_cited_sources(data, sources)
        r = import_catalog(data, texts_for(data["sources"], sources), origin=str(file), force=force)
        self.stdout.write(f"catalog {r.action}: {r.positions} positions, {r.terms} index terms")
