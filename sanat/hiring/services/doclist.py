"""The default document list of a competition and the rule a return cites, both read from the vacancy
notice of the loaded catalog edition (``sanat.regulation.notice``, docs/notice-format.md).

The notice is printed in Russian only, so the items carry its Russian wording; the Kazakh title stays
empty and pages show the Russian one (``DocumentRequirement.title``).
"""

from __future__ import annotations

from sanat.catalog import store

from ..models import DocumentRequirement

# The parser's condition of an item → the competition's (docs/hiring.md «Completeness check»).
CONDITIONS = {"required": DocumentRequirement.ALWAYS, "if_available": DocumentRequirement.IF_ANY,
              "exemption": DocumentRequirement.EXEMPTION}


def _citation(notice: dict, lines: list | None) -> str:
    """``004:L15``: the notice's number and the line an item is printed on."""
    return f"{notice.get('id') or ''}:L{lines[0]}" if lines and lines[0] else ""


def default_items() -> list[dict]:
    """The notice's numbered documents with their conditions («при наличии» → optional, the exempted
    group → not a document, every other item required); ``[]`` when no edition is loaded."""
    notice = store.notice()
    if notice is None:
        return []
    return [{"number": d["number"], "condition": CONDITIONS.get(d.get("condition"), DocumentRequirement.ALWAYS),
             "ru": (d.get("text") or "").rstrip(";."), "kk": "", "citation": _citation(notice, d.get("lines"))}
            for d in notice.get("documents") or []]


def return_rule() -> dict:
    """The rule a return cites: a missing document means the documents are returned (004:L28)."""
    notice = store.notice() or {}
    rule = notice.get("rejection_rule") or {}
    return {"ru": rule.get("text") or "", "kk": "", "citation": _citation(notice, rule.get("lines"))}
