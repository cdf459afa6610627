"""``manage.py backup DIR``: database + private media + manifest (see ``sanat/ops/backup.py``)."""

from django.core.management.base import BaseCommand, CommandError

from sanat.ops.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the private media into an empty folder."

    def add_arguments(self, parser):
        parser.add_argument("dir")

    def handle(self, *args, **options):
        try:
            manifest = backup(options["dir"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"backed up {sum(manifest['counts'].values())} rows, {len(manifest['files'])} files "
                          f"to {options['dir']}")
