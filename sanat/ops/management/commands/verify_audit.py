"""``manage.py verify_audit``: recompute the audit log's hash chain; exit 1 at the first break."""

from django.core.management.base import BaseCommand, CommandError

from sanat.ops.chain import verify


class Command(BaseCommand):
    help = "Verify the audit log's hash chain (tamper evidence)."

    def handle(self, *args, **options):
        verdict = verify()
        if not verdict.ok:
            raise CommandError(f"audit chain BROKEN after checking {verdict.checked} events:\n  "
                               + "\n  ".join(verdict.problems))
        self.stdout.write(f"audit chain intact: {verdict.checked} events")
