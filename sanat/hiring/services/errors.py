"""The hiring service's refusals: one subclass of the kit's ``ServiceError`` (access refusals are the kit's
``Forbidden``)."""

from __future__ import annotations

from sanat.web.kit.errors import ServiceError


class HiringError(ServiceError):
    """A refused action of a competition; the message is safe to show to the user."""
