"""User-facing messages for the resource limits of uploaded Office files (``sanat.documents.zipguard``)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from sanat.documents.zipguard import FileLimitExceeded


def limit_message(exc: FileLimitExceeded) -> str:
    """A plain sentence in the active language naming the limit the file went past."""
    return {
        "zip": _("The file is not a valid XLSX file."),
        "entries": _("The file has too many parts to be a staff file."),
        "size": _("The file unpacks to more than 64 MB: it cannot be a staff file."),
        "ratio": _("The file is packed unusually tightly (a zip bomb?) and was not opened."),
        "rows": _("The file has more rows than a staff file may have (20,000)."),
        "columns": _("The file has too many columns."),
        "time": _("Reading the file took too long; split it into smaller files."),
    }.get(exc.reason, _("The file could not be read."))
