"""``manage.py restore DIR``: into a fresh database and media folder, verified against the manifest."""

from django.core.management.base import BaseCommand, CommandError

from sanat.ops.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup into a fresh database and media folder, then verify counts, files and the audit chain."

    def add_arguments(self, parser):
        parser.add_argument("dir")

    def handle(self, *args, **options):
        try:
            manifest = restore(options["dir"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"restored and verified {sum(manifest['counts'].values())} rows, "
                          f"{len(manifest['files'])} files, audit chain intact")
