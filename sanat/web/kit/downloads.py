"""Private download responses: every file a view hands out (an uploaded document, a generated PDF, DOCX, XLSX,
CSV or JSON) is an attachment under the name it was given, kept out of every cache and never content-sniffed.

The name goes into ``Content-Disposition`` by Django's ``content_disposition_header`` (RFC 6266): a plain ASCII
name as ``filename="…"``; any other (the Kazakh and Russian names teachers upload) as an ASCII fallback
``filename="…"`` for old clients followed by ``filename*=utf-8''…`` (RFC 5987), which browsers prefer.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import BinaryIO, TypeVar

from django.http import FileResponse, HttpResponse
from django.http.response import HttpResponseBase
from django.utils.http import content_disposition_header

R = TypeVar("R", bound=HttpResponseBase)

_NOT_PLAIN = re.compile(r"[^A-Za-z0-9._-]+")


def private(response: R) -> R:
    """``response`` with ``Cache-Control: no-store`` and ``X-Content-Type-Options: nosniff`` (a page or JSON
    about one user's data, and every attachment below)."""
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def attachment(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    """``content`` as a private attachment saved under ``filename``."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = disposition(filename)
    return private(response)


def file_attachment(file: str | os.PathLike | BinaryIO, filename: str, content_type: str) -> FileResponse:
    """A stored file (a path, opened here, or a file open for binary reading) streamed as a private attachment
    saved under ``filename``; the response closes the file."""
    opened = open(file, "rb") if isinstance(file, str | os.PathLike) else file  # noqa: SIM115 (FileResponse closes it)
    response = FileResponse(opened, content_type=content_type, as_attachment=True, filename=filename)
    response["Content-Disposition"] = disposition(filename)  # with the ASCII fallback FileResponse leaves out
    return private(response)


def disposition(filename: str) -> str:
    """The ``Content-Disposition`` value of an attachment saved under ``filename``."""
    exact = content_disposition_header(True, filename)
    if "filename*=" not in exact:
        return exact
    return f"{content_disposition_header(True, ascii_fallback(filename))}; {exact.removeprefix('attachment; ')}"


def ascii_fallback(filename: str) -> str:
    """``filename`` in plain ASCII letters, digits, ``._-`` (accents dropped, other runs as ``_``), keeping the
    extension; ``file`` when nothing of the name is left (``Әлия_диплом.pdf`` → ``file.pdf``)."""
    stem, dot, ext = filename.rpartition(".")
    if not dot:
        stem, ext = ext, ""

    def plain(part: str) -> str:
        ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
        return _NOT_PLAIN.sub("_", ascii_part).strip("_.")

    stem, ext = plain(stem) or "file", plain(ext)
    return f"{stem}.{ext}" if ext else stem
