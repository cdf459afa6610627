from django.apps import AppConfig


class AttestationProcedureConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sanat.attestation_procedure"
    label = "attestation_procedure"
    verbose_name = "Attestation procedure"
