"""The streamed, memoized screening (``sanat.rules.screening``) gives the row-by-row reference's output
(``staff.screen_plain``) on a generated, varied staff file: CSV byte for byte, XLSX cell for cell."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from sanat.commands.catalog import load_catalog
from sanat.rules import catalog as cat
from sanat.rules import screening, staff, synthetic_staff
from sanat.rules.policy import Policy
from sanat.rules.staff_io import OUTPUT_COLUMNS, CsvOut, XlsxOut

AS_OF = date(2025, 9, 1)


@pytest.fixture(scope="module")
def positions() -> dict[str, dict]:
    return cat.positions_by_id(load_catalog())


def _odd_rows() -> list[dict]:
    """Rows the generator does not make: whole profiles as JSON (dated periods, achievements, sub-cases),
    whitespace-only rows, spellings and codes that must keep their own error messages."""
    periods = {"education": [{"level": "higher", "pedagogical": True}],
               "experience": {"pedagogical": [{"from": "2019-09-01"}], "specialty": 3.5}, "name": "JSON person",
               "achievements": [{"kind": "olympiad", "level": "oblast", "result": "winner", "date": "2024-04-01"}]}
    return [
        {"position": "338-03-07", "name": "J1", "profile_json": json.dumps(periods, ensure_ascii=False)},
        {"position": "338-03-07", "name": "J2", "profile_json": json.dumps(periods, ensure_ascii=False)},
        {"position": "338-03-07", "name": "J3", "profile_json": "{not json"},
        {"position": "338-03-07", "profile_json": json.dumps({"education": [{"level": "x"}]})},
        {"position": "338-10-12", "name": "  padded  ", "education_level": "higher", "pedagogical": "Да",
         "exp_specialty": "4,5", "categories": "expert:2021-05-01:2026-05-01; deputy_2"},
        {"position": "338-10-12", "name": "bad date", "education_level": "higher", "categories": "expert:2021-13-01"},
        {"position": "338-10-12", "name": "negative", "education_level": "higher", "exp_specialty": "-1"},
        {"position": "338-10-12", "name": "expired", "education_level": "higher", "exp_specialty": "9",
         "categories": "master:2015-01-01:2020-01-01"},
        {"position": "   ", "name": "blank post", "education_level": "higher"},
        {"position": "338-08-01", "name": "org", "education_level": "higher", "pedagogical": "yes",
         "exp_pedagogical": "12", "exp_managerial": "6", "organisation_level": "oblast", "subcase": "2)"},
        {"position": "338-02-01", "name": "pre1995", "education_level": "school_ped_class_pre1995",
         "graduated": "1996-06-20", "pedagogical": "yes", "exp_pedagogical": "30"},
        {"position": "338-02-01", "name": "pre1995 no date", "education_level": "school_ped_class_pre1995",
         "pedagogical": "yes", "exp_pedagogical": "30"},
        {"position": "338-02-01", "name": "pre1995 1990", "education_level": "school_ped_class_pre1995",
         "graduated": "1990-06-20", "pedagogical": "yes", "exp_pedagogical": "30"},
        {"name": "   ", "position": " ", "education_level": " "},  # whitespace only: skipped, still counted
    ]


def _varied_rows(positions: dict[str, dict], n: int) -> list[dict]:
    out = list(synthetic_staff.rows(n, list(positions), seed=14))
    odd = _odd_rows()
    for i, row in enumerate(odd):
        out.insert(1 + i * (n // len(odd)), row)
    return out + odd  # the same odd rows again: memo hits must give the same rows


def _csv_bytes(rows: list[dict], columns: list[str], delimiter: str = ";") -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, delimiter=delimiter)
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


COLUMNS = [*synthetic_staff.COLUMNS, "subcase", "profile_json"]


def test_streamed_csv_equals_row_by_row(tmp_path, positions):
    src = tmp_path / "staff.csv"
    src.write_bytes(b"\xef\xbb\xbf" + _csv_bytes(_varied_rows(positions, 4000), COLUMNS) + b"\n\n")
    plain = staff.write(tmp_path / "plain.csv", staff.screen_plain(staff.read_rows(src), positions, AS_OF, "kk"))
    stats = screening.screen_file(src, tmp_path / "new.csv", positions, AS_OF, "kk")
    assert (tmp_path / "new.csv").read_bytes() == plain
    assert stats.rows == plain.count(b"\r\n") - 1 and stats.errors
    assert stats.decisions < 0.7 * stats.rows  # the memo is used on this file


def test_streamed_equals_row_by_row_under_another_policy(tmp_path, positions):
    src = tmp_path / "staff.csv"
    src.write_bytes(_csv_bytes(_varied_rows(positions, 1500), COLUMNS, delimiter="\t"))
    policy = Policy.from_dict({"bare_number": "more_than", "missing_threshold": "education_only",
                               "assume_profile_relevant": False})
    plain = staff.write(tmp_path / "plain.csv",
                        staff.screen_plain(staff.read_rows(src), positions, date(2027, 1, 15), "ru", policy))
    screening.screen_file(src, tmp_path / "new.csv", positions, date(2027, 1, 15), "ru", policy)
    assert (tmp_path / "new.csv").read_bytes() == plain


def test_ragged_and_duplicate_columns_csv(tmp_path, positions):
    text = ("Name,position,education_level,pedagogical,exp_pedagogical,NAME\n"
            "A,338-10-12,higher,yes,5,B\n"
            "C,338-10-12,higher\n"
            "D,338-10-12,higher,yes,3,E,extra,cells\n"
            ",,,,,\n"
            "F,338-10-12,tvet,no,1,F\n")
    src = tmp_path / "staff.csv"
    src.write_text(text, encoding="utf-8")
    plain = staff.write(tmp_path / "plain.csv", staff.screen_plain(staff.read_rows(src), positions, AS_OF))
    screening.screen_file(src, tmp_path / "new.csv", positions, AS_OF)
    assert (tmp_path / "new.csv").read_bytes() == plain
    data, _ = screening.screen_bytes("staff.csv", text.replace("\n", "\r\n").encode(), positions, AS_OF)
    assert data == staff.to_bytes(staff.screen_plain(
        staff.read_rows("staff.csv", text.replace("\n", "\r\n").encode()), positions, AS_OF), xlsx=False)


def _values(data: bytes) -> list[tuple]:
    rows = load_workbook(io.BytesIO(data), read_only=True).active.iter_rows(values_only=True)
    return [tuple("" if v is None else v for v in r) for r in rows]


def test_streamed_xlsx_equals_row_by_row(tmp_path, positions):
    wb = Workbook()
    ws = wb.active
    ws.append(COLUMNS)
    for r in _varied_rows(positions, 1500):
        cells = [r.get(c, "") for c in COLUMNS]
        if r.get("exp_pedagogical", "").isdigit():  # numbers as numbers, as spreadsheets keep them
            cells[COLUMNS.index("exp_pedagogical")] = int(r["exp_pedagogical"])
        ws.append(cells)
    ws.append([None] * len(COLUMNS))
    src = tmp_path / "staff.xlsx"
    wb.save(src)
    plain = staff.to_bytes(staff.screen_plain(staff.read_rows(src), positions, AS_OF, "kk"), xlsx=True)
    screening.screen_file(src, tmp_path / "new.xlsx", positions, AS_OF, "kk")
    assert _values((tmp_path / "new.xlsx").read_bytes()) == _values(plain)
    data, _ = screening.screen_bytes("staff.xlsx", src.read_bytes(), positions, AS_OF, "kk")
    assert _values(data) == _values(plain) and load_workbook(io.BytesIO(data)).sheetnames == ["screened"]


def test_output_appears_only_when_complete(tmp_path, positions):
    src = tmp_path / "staff.csv"
    src.write_bytes(b"position,education_level\n338-10-12,higher\n338-10-12,\xff\xfe bad utf-8\n")
    with pytest.raises(UnicodeDecodeError):
        screening.screen_file(src, tmp_path / "out.csv", positions, AS_OF)
    assert not (tmp_path / "out.csv").exists() and not list(tmp_path.glob("*.part"))


def test_threshold_classes_reprint_each_rows_own_figures(tmp_path, positions):
    """Rows differing only in years of experience share one decision per threshold class; each row's gap
    text still carries its own figures (the row-by-row reference prints them per row)."""
    rows = []
    for i in range(600):
        years = (i % 120) / 8  # 0 … 14.875 years: below, at, between and beyond every figure of these posts
        rows.append({"name": f"T{i}", "position": ("338-03-07", "338-02-04", "338-10-08")[i % 3],
                     "lang": ("kk", "ru")[i // 3 % 2], "education_level": ("higher", "tvet")[i // 6 % 2],
                     "pedagogical": "yes", "exp_pedagogical": f"{years:g}", "exp_specialty": f"{years / 2:g}",
                     "exp_position": f"{years / 3:g}"})
    src = tmp_path / "staff.csv"
    src.write_bytes(_csv_bytes(rows, COLUMNS))
    plain = staff.write(tmp_path / "plain.csv", staff.screen_plain(staff.read_rows(src), positions, AS_OF, "kk"))
    stats = screening.screen_file(src, tmp_path / "new.csv", positions, AS_OF, "kk")
    assert (tmp_path / "new.csv").read_bytes() == plain
    gaps = [r["gaps"] for r in csv.DictReader(io.StringIO(plain.decode("utf-8")))]
    assert len(set(gaps)) > 50  # the figures differ from row to row …
    assert stats.decisions < min(len(set(gaps)), 100), stats  # … but decided once per class, not per figure


@pytest.mark.parametrize("name", ["plain", 'with "quotes"', "comma, inside", "line\nbreak", "cr\rhere", "", None, 7])
def test_csv_out_writes_what_csv_writer_writes(name):
    rows = [(2, name, "338-03-07", "Т, «x»", "", "", "no", "", 'a "b" | c\nd', ""),
            (3, name, "338-03-07", "Т, «x»", "", "", "no", "", 'a "b" | c\nd', ""), (4, name, "", "", "", "", "",
                                                                                     "", "", "error, here")]
    mine, ref = io.BytesIO(), io.StringIO(newline="")
    CsvOut(mine).write_rows(iter(rows))
    csv.writer(ref).writerows([OUTPUT_COLUMNS, *rows])
    assert mine.getvalue() == ref.getvalue().encode("utf-8")


def test_the_same_bad_value_in_another_column_keeps_its_own_message(tmp_path, positions):
    base = {"position": "338-02-06", "lang": "kk", "education_level": "higher", "pedagogical": "yes"}  # reads both
    rows = [{**base, "name": "A", "exp_specialty": "десять", "exp_position": "5"},
            {**base, "name": "B", "exp_specialty": "5", "exp_position": "десять"}]
    src = tmp_path / "staff.csv"
    src.write_bytes(_csv_bytes(rows, COLUMNS))
    plain = staff.write(tmp_path / "plain.csv", staff.screen_plain(staff.read_rows(src), positions, AS_OF, "kk"))
    screening.screen_file(src, tmp_path / "new.csv", positions, AS_OF, "kk")
    assert (tmp_path / "new.csv").read_bytes() == plain
    assert b"exp_specialty" in plain and b"exp_position" in plain


@pytest.mark.parametrize("assume", [True, False])
def test_cells_that_decide_alike_share_one_decision(tmp_path, positions, assume):
    """An empty ``lang`` cell is the default language, an empty ``profile_relevant`` the policy's assumption,
    an empty ``graduated`` a date before 1995: such rows are decided once, and still equal the reference."""
    policy = Policy.from_dict({"assume_profile_relevant": assume})
    base = {"position": "338-03-07", "education_level": "school_ped_class_pre1995", "pedagogical": "yes",
            "exp_pedagogical": "6"}
    variants = [{"lang": "kk"}, {"lang": ""}, {"lang": " kk "},
                {"profile_relevant": "yes" if assume else "no"}, {"graduated": "1990-06-20"}, {"graduated": ""}]
    rows = [{**base, **v, "name": f"N{i}"} for i, v in enumerate(variants)]
    rows.append({**base, "name": "other", "profile_relevant": "no" if assume else "yes"})
    src = tmp_path / "staff.csv"
    src.write_bytes(_csv_bytes(rows, COLUMNS))
    plain = staff.write(tmp_path / "plain.csv", staff.screen_plain(staff.read_rows(src), positions, AS_OF, "kk", policy))
    stats = screening.screen_file(src, tmp_path / "new.csv", positions, AS_OF, "kk", policy)
    assert (tmp_path / "new.csv").read_bytes() == plain
    assert stats.distinct_rows == 2, stats  # the six variants, and the row whose diploma is said otherwise


def _sheet_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_xlsx_out_writes_the_sheet_xlsxwriter_writes():
    """``XlsxOut`` writes rows itself (each distinct tail's XML once): the sheet is byte for byte the one
    XlsxWriter writes for the same cells, escaping and the cut of a text over 32,767 units included, and
    reads back the same; a cut text no longer loses the cells after it (XlsxWriter's ``write_row`` stops)."""
    import xlsxwriter

    odd = ["", None, 'a & <b> "q"', " lead", "trail ", "line\nbreak", "\t tab", "\x01ctl\x1f", "_x0041_ lit",
           "\ufffe", "Ә" * 40_000, "😀" * 20_000, 7, 2.5, True, date(2024, 5, 1), "=1+1", "http://x.kz"]
    rows = [(n, name, *odd[n % 3:n % 3 + 8]) for n, name in enumerate(["A", " B", "В&Г", *odd[2:]] * 4, start=2)]
    mine = io.BytesIO()
    out = XlsxOut(mine)
    out.write_rows(iter(rows))
    out.close()
    ref = io.BytesIO()
    wb = xlsxwriter.Workbook(ref, {"constant_memory": True, "in_memory": False, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    ws = wb.add_worksheet("screened")
    ws.write_row(0, 0, list(OUTPUT_COLUMNS))
    for i, row in enumerate(rows, start=1):  # cell by cell: ``write_row`` drops the rest of a row after a cut text
        for j, v in enumerate(row):
            ws.write(i, j, v.isoformat() if isinstance(v, date) else v)
    wb.close()
    assert _sheet_xml(mine.getvalue()) == _sheet_xml(ref.getvalue())
    assert _values(mine.getvalue()) == _values(ref.getvalue())
