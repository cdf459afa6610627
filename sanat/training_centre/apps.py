from django.apps import AppConfig


class TrainingCentreConfig(AppConfig):
    name = "sanat.training_centre"
    label = "training_centre"
    default_auto_field = "django.db.models.BigAutoField"
