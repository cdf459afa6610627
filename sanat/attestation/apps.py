from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttestationConfig(AppConfig):
    name = "sanat.attestation"
    verbose_name = _("Attestation workspace")
    label = "attestation"
    default_auto_field = "django.db.models.BigAutoField"
