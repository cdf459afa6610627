"""``manage.py purge_orphan_files [--dry-run]``: private files that no database row refers to."""

from django.core.management.base import BaseCommand

from sanat.ops.orphans import purge_orphan_files


class Command(BaseCommand):
    help = "Delete private files (older than a day) that no database row refers to; list unknown areas."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        sweep = purge_orphan_files(dry_run=options["dry_run"])
        for path in sweep.deleted:
            self.stdout.write(f"{'would delete' if options['dry_run'] else 'deleted'} {path}")
        for area in sweep.unknown_areas:
            self.stderr.write(f"not covered: MEDIA_ROOT/{area}")
        self.stdout.write(f"{len(sweep.deleted)} orphan file(s)")
