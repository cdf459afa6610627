from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttestationProcedureConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sanat.attestation_procedure"
    verbose_name = _("Attestation procedure")
    label = "attestation_procedure"
