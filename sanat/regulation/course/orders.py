"""Orders (бұйрық) cited by the course text: number, date, title; and the check that the
professional standard is cited under one order only."""

from __future__ import annotations

import re

from .doc import Doc

MONTHS = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
          "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
ORDER_RE = re.compile(r"(\d{4}) жылғы (\d{1,2}) ([а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі)\s+№\s*(\d+)"
                      r"(?:\s*«([^»]+)»)?")


def cited(doc: Doc, start: int, end: int) -> list[dict]:
    """Every «YYYY жылғы D month № N «title»» citation in lines ``start..end``."""
    out = []
    for no in doc.nonblank(start, end):
        text = doc.clean(no)
        for m in ORDER_RE.finditer(text):
            month = MONTHS.get(m.group(3))
            date = f"{m.group(1)}-{month:02d}-{int(m.group(2)):02d}" if month else None
            # the words between the citation and the next «бұйрығы» name what the order approved
            tail = text[m.end():m.end() + 200]
            out.append({"number": m.group(4), "date": date, "title": m.group(5), "context": text[max(0, m.start() - 80):
                        m.end()] + tail[:80], "lines": [no, no]})
    return out


def basis(doc: Doc, start: int, end: int) -> list[dict]:
    """The orders the programme says it was developed under (first paragraph citing orders)."""
    no = next((n for n in doc.nonblank(start, end) if ORDER_RE.search(doc.clean(n))), None)
    return cited(doc, no, no) if no else []


def check_standard_orders(doc: Doc) -> list[dict]:
    """Citations of the professional standard; more than one order number is an anomaly."""
    found = [c for c in cited(doc, 1, doc.last)
             if "кәсіби стандарт" in (c["title"] or "") or re.search(r"кәсіби стандарт", c["context"])]
    numbers = sorted({c["number"] for c in found})
    if len(numbers) > 1:
        doc.anomalies.add("standard_order_conflict", "the professional standard is cited under orders "
                          + ", ".join(f"№ {n}" for n in numbers) + ": which edition is in force must be checked",
                          *[c["lines"] for c in found])
    return found
