"""Amendment notes («Ескерту» in 001, «Сноска» in 002) as events.

The amending order's number is a hyperlink in 001 and was displaced by the PDF
extraction (into the parenthesis or to the line end), so the date and ``№ N`` are
searched anywhere in the note, never by token order. The entry-into-force wording
is the parenthesis that contains «қолданысқа енгізіледі» / «вводится в действие».
"""

from __future__ import annotations

import re

from sanat.regulation.tqc.structure import Note

_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
_NO = re.compile(r"[№N]\s*(\d+)")
_ENTRY = re.compile(r"\(([^()]*(?:қолданысқа|в действие)[^()]*)\)")
_RU_OBJECT = re.compile(r"^Сноска\.\s*(Заголовок|Преамбула|Пункт\s+(\d+)|Типовые квалификационные характеристики)")
_KK_OBJECT = re.compile(r"^Ескерту\.\s*(Бұйрықтың тақырыбы|(\d+)\s*-\s*тармақ|Біліктілік сипаттамалары)")
_KIND = (
    ("new_wording", re.compile(r"в редакции|жаңа редакцияда")),
    ("changed", re.compile(r"с изменени|өзгеріс")),
)
_ISSUER = re.compile(r"(Министр\w*\s.+?РК|ҚР\s.+?министрінің)")


def _entry_text(text: str) -> str | None:
    m = _ENTRY.search(text)
    if not m:
        return None
    return _NO.sub("", m.group(1)).replace("  ", " ").strip()


def parse_note(note: Note, lang: str, file: str) -> dict:
    """One note -> event dict (catalog shape); unknown wording leaves fields ``None``."""
    text = note.text
    date = _DATE.search(text)
    number = _NO.search(text)
    obj = (_RU_OBJECT if lang == "ru" else _KK_OBJECT).match(text)
    clause = obj.group(2) if obj and obj.group(2) else None
    kind = next((k for k, pat in _KIND if pat.search(text)), None)
    issuer = _ISSUER.search(text)
    return {
        "object": obj.group(1) if obj else None,
        "clause": clause,
        "part": note.part,
        "kind": kind,
        "lang": lang,
        "issuer": issuer.group(1) if issuer else None,
        "order_no": number.group(1) if number else None,
        "order_date": f"{date.group(3)}-{date.group(2)}-{date.group(1)}" if date else None,
        "entry_into_force": _entry_text(text),
        "effective_from": None,  # publication date is not in the text
        "text": text,
        "lines": [note.first, note.last],
        "file": file,
    }
