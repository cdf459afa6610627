"""Upload content checks (plain Python): the type is decided by the bytes, never by the name."""

from __future__ import annotations

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
KINDS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def sniff(head: bytes) -> str | None:
    """The content type of a PDF, JPEG or PNG file from its first bytes, else ``None``."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def safe_display_name(name: str) -> str:
    """The client's file name reduced to a harmless display string (never used as a path)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    return (cleaned.strip() or "file")[:200]


def sniff_office(path) -> bool:
    """Whether the file at ``path`` starts like an Office Open XML (zip) document."""
    with open(path, "rb") as f:
        return f.read(4) == b"PK\x03\x04"
