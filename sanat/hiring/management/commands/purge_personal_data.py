"""``manage.py purge_personal_data``: the retention purge (also run daily by the Huey consumer)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sanat.hiring.services.retention import due_competitions, purge_personal_data, retention_days


class Command(BaseCommand):
    help = ("Delete the documents and redact the contact data of applications to competitions decided "
            "more than SANAT_PERSONAL_DATA_RETENTION_DAYS days ago (idempotent; audited).")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="override the retention setting")
        parser.add_argument("--dry-run", action="store_true", help="list the competitions that are due")

    def handle(self, *args, days=None, dry_run=False, **options):
        from sanat.hiring.services import clock

        days = retention_days() if days is None else days
        if dry_run:
            for comp in due_competitions(clock.now(), days):
                pending = comp.applications.filter(purged_at__isnull=True).count()
                self.stdout.write(f"competition {comp.pk} decided {comp.decided_on:%Y-%m-%d}: {pending} to purge")
            return
        purged = purge_personal_data(days=days)
        self.stdout.write(f"purged {len(purged)} application(s) (retention {days} days)")
