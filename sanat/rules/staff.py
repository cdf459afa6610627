"""Staff files (CSV/XLSX, columns in ``docs/staff-file.md``) → profiles → screened rows. No Django."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from sanat.rules.explain import decide
from sanat.rules.policy import EXPERIENCE_KINDS, Policy
from sanat.rules.profile import ProfileError
from sanat.rules.staff_io import OUTPUT_COLUMNS
from sanat.vocabulary import LANGS

TRUE = {"1", "yes", "true", "y", "да", "иә", "ия", "+"}
FALSE = {"0", "no", "false", "n", "нет", "жоқ", "-", ""}


class RowError(ValueError):
    pass


def _bool(value, column: str) -> bool:
    v = str(value if value is not None else "").strip().casefold()
    if v in TRUE:
        return True
    if v in FALSE:
        return False
    raise RowError(f"{column}: {value!r} is not yes/no")


def _num(value, column: str) -> float | None:
    v = str(value if value is not None else "").strip().replace(",", ".")
    if not v:
        return None
    try:
        return float(v)
    except ValueError:
        raise RowError(f"{column}: {value!r} is not a number of years") from None


def _date(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value).strip()[:10]


def _categories(value) -> list[dict]:
    """«expert» or «expert:2021-05-01:2026-05-01», several separated by «;»."""
    out = []
    for part in str(value or "").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        code, *dates = [x.strip() for x in part.split(":")]
        item: dict = {"code": code}
        if dates and dates[0]:
            item["since"] = dates[0]
        if len(dates) > 1 and dates[1]:
            item["until"] = dates[1]
        out.append(item)
    return out


def row_to_profile(row: dict) -> tuple[str, dict, str | None]:
    """(position id, profile dict, language) from one staff row; ``RowError`` names the column."""
    r = {str(k).strip().casefold(): v for k, v in row.items() if k is not None}
    position = str(r.get("position") or "").strip()
    if not position:
        raise RowError("position: empty")
    if str(r.get("profile_json") or "").strip():
        try:
            return position, json.loads(r["profile_json"]), (str(r.get("lang") or "").strip() or None)
        except json.JSONDecodeError as exc:
            raise RowError(f"profile_json: {exc}") from None
    level = str(r.get("education_level") or "").strip()
    if not level:
        raise RowError("education_level: empty")
    edu: dict = {"level": level, "pedagogical": _bool(r.get("pedagogical"), "pedagogical"),
                 "retraining": _bool(r.get("retraining"), "retraining")}
    if str(r.get("direction") or "").strip():
        edu["direction"] = str(r["direction"]).strip()
    if str(r.get("profile_relevant") or "").strip():
        edu["profile_relevant"] = _bool(r.get("profile_relevant"), "profile_relevant")
    if _date(r.get("graduated")):
        edu["graduated"] = _date(r.get("graduated"))
    profile: dict = {"education": [edu], "experience": {}}
    for kind in EXPERIENCE_KINDS:
        v = _num(r.get(f"exp_{kind}"), f"exp_{kind}")
        if v is not None:
            profile["experience"][kind] = v
    for key in ("location", "organisation_level", "degree", "subcase", "name"):
        if str(r.get(key) or "").strip():
            profile[key] = str(r[key]).strip()
    cats = _categories(r.get("categories"))
    if cats:
        profile["categories"] = cats
    return position, profile, (str(r.get("lang") or "").strip() or None)


def read_rows(path: str | Path, data: bytes | None = None) -> Iterator[tuple[int, dict]]:
    """(row number as the user sees it — header is row 1, dict) for a .csv or .xlsx file, the whole file
    read at once: the reference reader of ``screen_plain`` (the streamed one is ``staff_io.open_table``)."""
    name = str(path).lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data) if data is not None else path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, [])]
        for n, values in enumerate(rows, start=2):
            if values is None or all(v in (None, "") for v in values):
                continue
            yield n, dict(zip(header, values, strict=False))
        return
    text = data.decode("utf-8-sig") if data is not None else Path(path).read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    for n, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), start=2):
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        yield n, row


def screen_plain(rows: Iterable[tuple[int, dict]], positions: dict[str, dict], as_of: date,
                 default_lang: str = "ru", policy: Policy | None = None) -> list[dict]:
    """One output row per input row, each decided on its own: the row-by-row reference that
    ``screening.screen_rows`` (streamed, each distinct case decided once) must equal; a bad row carries
    its error and never stops the batch."""
    out = []
    for n, row in rows:
        rec = {k: "" for k in OUTPUT_COLUMNS}
        rec["row"] = n
        try:
            pid, profile, lang = row_to_profile(row)
            rec["name"], rec["position"] = profile.get("name", ""), pid
            if pid not in positions:
                raise RowError(f"position: unknown id {pid!r}")
            lang = lang if lang in LANGS else default_lang
            d = decide(positions[pid], profile, as_of, lang, policy, with_evidence=False)
        except (RowError, ProfileError) as exc:
            rec["error"] = str(exc)
            out.append(rec)
            continue
        nxt = d["next"] or {}
        rec.update(position_title=d["position"]["title"] or "", qualification_level=d["qualification_level"] or "",
                   highest_category=d["highest_by_requirements"] or "",
                   post_requirements_met="yes" if d["post_requirements_met"] else "no",
                   next_category=nxt.get("category") or "",
                   gaps=" | ".join(g["text"] for g in nxt.get("gaps", []) if g["condition"] != "evidence"))
        out.append(rec)
    return out


def to_bytes(records: list[dict], xlsx: bool) -> bytes:
    """Screened records as .xlsx or UTF-8 .csv bytes."""
    if xlsx:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "screened"
        ws.append(list(OUTPUT_COLUMNS))
        for r in records:
            ws.append([r.get(c, "") for c in OUTPUT_COLUMNS])
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
    s = io.StringIO()
    w = csv.DictWriter(s, fieldnames=OUTPUT_COLUMNS)
    w.writeheader()
    w.writerows(records)
    return s.getvalue().encode("utf-8")


def write(path: str | Path, records: list[dict]) -> bytes:
    """Write ``records`` as .xlsx or .csv (by extension); returns the bytes written."""
    data = to_bytes(records, str(path).lower().endswith(".xlsx"))
    Path(path).write_bytes(data)
    return data
