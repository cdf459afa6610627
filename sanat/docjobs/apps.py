from django.apps import AppConfig


class DocjobsConfig(AppConfig):
    name = "sanat.docjobs"
    label = "docjobs"
    default_auto_field = "django.db.models.BigAutoField"
