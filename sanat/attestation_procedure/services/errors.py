"""Refusals of the attestation procedure (one base with every app: ``sanat.web.kit.errors``)."""

from __future__ import annotations

from sanat.web.kit.errors import Forbidden, NotFound, ServiceError

__all__ = ["Forbidden", "NotFound", "ProcedureError"]


class ProcedureError(ServiceError):
    """A step refused (wrong stage, missing input, outside a window); the message is in the user's language."""
