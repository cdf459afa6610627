from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EligibilityConfig(AppConfig):
    name = "sanat.eligibility"
    verbose_name = _("Eligibility")
    default_auto_field = "django.db.models.BigAutoField"
