from django.apps import AppConfig


class HiringConfig(AppConfig):
    name = "sanat.hiring"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """The hiring documents that ``sanat.docjobs`` may make in the background (large protocols, …)."""
        from .services.documents import register_kinds

        register_kinds()
