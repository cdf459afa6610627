"""User-facing messages for the resource limits of uploaded Office files (``sanat.documents.zipguard``)."""

from __future__ import annotations

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from sanat.documents.zipguard import FileLimitExceeded, Limits


def limit_message(exc: FileLimitExceeded, limits: Limits | None = None) -> str:
    """A plain sentence in the active language naming the limit the file went past (the figures of
    ``limits``, the limits the file was read under; the defaults of ``Limits`` when not given)."""
    limits = limits or Limits()
    return {
        "zip": _("The file is not a valid XLSX file."),
        "entries": _("The file has too many parts to be a staff file."),
        "size": _("The file unpacks to more than %(mb)s MB: it cannot be a staff file.")
        % {"mb": number_format(limits.max_uncompressed // (1024 * 1024), force_grouping=True)},
        "ratio": _("The file is packed unusually tightly (a zip bomb?) and was not opened."),
        "rows": _("The file has more rows than a staff file may have (%(n)s).")
        % {"n": number_format(limits.max_rows or 0, force_grouping=True)},
        "columns": _("The file has too many columns."),
        "cells": _("The sheet is too large to be read as XLSX (more than %(n)s cells). Save it as CSV (UTF-8) "
                   "and upload that file: CSV files are read row by row.")
        % {"n": number_format(limits.max_cells or 0, force_grouping=True)},
        "time": _("Reading the file took too long; split it into smaller files."),
    }.get(exc.reason, _("The file could not be read."))
