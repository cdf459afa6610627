"""Load an edition of the attestation procedure settings (YAML): ``django-admin procedure_rules FILE``."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sanat.attestation_procedure.procedure_rules import RulesFileError
from sanat.attestation_procedure.services import rounds
from sanat.attestation_procedure.services.errors import ProcedureError


class Command(BaseCommand):
    help = "Load an edition of the attestation procedure settings; rounds created afterwards use it."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            ed = rounds.load_rules(None, file.read_text(encoding="utf-8"))
        except (OSError, RulesFileError, ProcedureError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"loaded {ed}")
