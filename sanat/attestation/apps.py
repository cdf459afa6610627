from django.apps import AppConfig


class AttestationConfig(AppConfig):
    name = "sanat.attestation"
    label = "attestation"
    default_auto_field = "django.db.models.BigAutoField"
