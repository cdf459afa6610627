"""One base for refusals that services raise and views show (plain Python, no Django import).

``message`` is a translatable string (wrap it in ``gettext``/``gettext_lazy`` where it is raised);
``field`` names the form field it belongs to, if any.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A refused action or bad input; ``str(exc)`` is safe to show to the user in their language."""

    def __init__(self, message: object = "", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)


class Forbidden(ServiceError):
    """The user may not see or do this to this object (answered with a 403)."""


class NotFound(ServiceError):
    """The object does not exist or is not visible to the user (answered with a 404)."""
