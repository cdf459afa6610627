from django.apps import AppConfig


class HiringConfig(AppConfig):
    name = "sanat.hiring"
    default_auto_field = "django.db.models.BigAutoField"
