from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingCentreConfig(AppConfig):
    name = "sanat.training_centre"
    verbose_name = _("Training centre")
    label = "training_centre"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Training records keyed by e-mail are linked when their owner verifies the address."""
        from sanat.accounts.verification import email_verified

        def link(sender, user, email, **kwargs):
            from .services import attach_verified

            attach_verified(user, email)

        email_verified.connect(link, dispatch_uid="training_centre.attach_verified", weak=False)

        from .certificate_batch import register_kind  # all of a cohort's certificates as a background job

        register_kind()
