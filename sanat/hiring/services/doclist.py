"""The default document list: the notice parser's edition when available, else the shipped copy."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"
CONDITIONS = {"always", "if_any", "exemption"}


def _shipped() -> dict:
    return yaml.safe_load((DATA / "documents-004.yaml").read_text(encoding="utf-8"))


def _from_parser() -> list[dict] | None:
    """Items of the sample notice from ``sanat.regulation.notice`` (docs/notice-format.md), or ``None``."""
    try:
        from sanat.regulation.notice import load_notice, notice_export

        docs = notice_export(load_notice()).get("documents") or []
    except Exception:  # another team's parser: fall back to the shipped copy rather than fail a request
        return None
    cond = {"required": "always", "if_available": "if_any", "exemption": "exemption"}
    items = []
    for d in docs:
        lines = d.get("lines") or [None]
        items.append({"number": d["number"], "condition": cond.get(d.get("condition"), "always"),
                      "ru": d.get("text", "").rstrip(";."), "kk": "",
                      "citation": f"004:L{lines[0]}" if lines[0] else ""})
    return items or None


@functools.lru_cache(maxsize=1)
def _default_items() -> tuple[dict, ...]:
    return tuple(_compute_default_items())


def default_items() -> list[dict]:
    """The 12 items of the sample notice (004:L15-26) with their conditions (computed once per process)."""
    return [dict(i) for i in _default_items()]


def _compute_default_items() -> list[dict]:
    """The 12 items of the sample notice (004:L15-26) with their conditions."""
    shipped = _shipped()
    parsed = _from_parser()
    if parsed and len(parsed) == len(shipped["items"]):
        kk = {i["number"]: i["kk"] for i in shipped["items"]}
        for item in parsed:  # the parser has no Kazakh text of the notice: keep our translation
            item["kk"] = item["kk"] or kk.get(item["number"], "")
        return parsed
    return shipped["items"]


def return_rule() -> dict:
    """The rule a return cites: a missing document means the documents are returned (004:L28)."""
    return _shipped()["return_rule"]
