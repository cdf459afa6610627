from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HiringConfig(AppConfig):
    name = "sanat.hiring"
    verbose_name = _("Hiring")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """The hiring documents that ``sanat.docjobs`` may make in the background (large protocols, …)."""
        from .services.documents import register_kinds

        register_kinds()
