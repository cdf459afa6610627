from django.apps import AppConfig


class EligibilityConfig(AppConfig):
    name = "sanat.eligibility"
    default_auto_field = "django.db.models.BigAutoField"
