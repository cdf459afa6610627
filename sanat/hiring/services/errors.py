from __future__ import annotations


class HiringError(Exception):
    """A refused action; the message is safe to show to the user."""


class Forbidden(HiringError):
    """The user may not do this to this object."""
