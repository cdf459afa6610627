"""Anonymous resource limits: request body, XLSX zip bombs (entries, size, ratio, padded dimensions, rows),
rate limits on the anonymous eligibility and screening endpoints."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sanat.documents.zipguard import FileLimitExceeded, Limits, check_zip
from sanat.rules.staff_io import open_table


def test_a_bomb_of_far_rows_in_few_columns_is_refused_by_the_row_bound():
    data = padded_dimension_bomb(b"B1048576")
    with pytest.raises(FileLimitExceeded) as err, open_table("staff.xlsx", data, Limits()) as table:
        list(table.rows)
    assert err.value.reason == "rows"


def padded_dimension_bomb(cell: bytes = b"XFD1048576") -> bytes:
    """~5 KB: a real workbook whose sheet declares A1:XFD1048576 and has one cell at XFD1048576 (before:
    openpyxl padded a million rows × 16,384 cells; the 8 KB probe took 22.6 s of CPU)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["name", "position", "categories"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="' + cell + b'" t="inlineStr"><is><t>x</t>'
                                                     b"</is></c></row></sheetData>")
                data = data.replace(b'<dimension ref="A1:C1"/>', b'<dimension ref="A1:XFD1048576"/>')
            z.writestr(item, data)
    return out.getvalue()


def deflate_bomb(size: int = 80 * 1024 * 1024) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * size)
    return out.getvalue()


def test_padded_dimension_bomb_is_stopped_by_the_row_bound():
    data = padded_dimension_bomb()
    assert len(data) < 8 * 1024
    with pytest.raises(FileLimitExceeded) as err, open_table("staff.xlsx", data, Limits()) as table:
        list(table.rows)
    assert err.value.reason in ("rows", "columns")      # refused before the reader allocates the range


def test_declared_size_entry_count_and_ratio_are_checked_before_parsing():
    with pytest.raises(FileLimitExceeded) as err:
        check_zip(deflate_bomb())
    assert err.value.reason == "size"
    with pytest.raises(FileLimitExceeded) as err:
        check_zip(deflate_bomb(8 * 1024 * 1024))
    assert err.value.reason == "ratio"
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        for i in range(501):
            z.writestr(f"x{i}.xml", b"<a/>")
    with pytest.raises(FileLimitExceeded) as err:
        check_zip(many.getvalue())
    assert err.value.reason == "entries"
    with pytest.raises(FileLimitExceeded):
        check_zip(b"PK\x03\x04 not really a zip")


def test_a_real_staff_workbook_passes_the_checks():
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["name", "position"])
    for i in range(300):
        wb.active.append([f"Оқытушы {i}", "338-03-07"])
    buf = io.BytesIO()
    wb.save(buf)
    check_zip(buf.getvalue())
    with open_table("staff.xlsx", buf.getvalue(), Limits()) as table:
        assert len(list(table.rows)) == 300


def test_screening_endpoint_refuses_the_zip_bomb_with_a_message_in_kazakh(client, catalog):
    r = client.post("/eligibility/screen/", {"file": SimpleUploadedFile("staff.xlsx", padded_dimension_bomb())},
                    HTTP_ACCEPT_LANGUAGE="kk")
    assert r.status_code == 400
    from django.utils import translation

    with translation.override("kk"):
        assert translation.gettext("The file has too many columns.") in r.content.decode()


def test_request_body_over_the_limit_is_413(client, settings, db):
    settings.SANAT_MAX_REQUEST_BYTES = 1000
    r = client.post("/accounts/login/", {"username": "x" * 5000, "password": "y"})
    assert r.status_code == 413


def test_the_staff_file_upload_takes_a_regions_file_but_not_more(client, settings, db):
    """The request limit of the staff-file upload is the screening's own (a 400,000-row file is ~38 MB,
    over the 25 MB of other requests); beyond it the guard refuses as everywhere."""
    settings.SANAT_MAX_REQUEST_BYTES, settings.SANAT_SCREEN_MAX_MB = 1000, 0  # allowance: 1 MB
    small = client.post("/eligibility/screen/", {"file": SimpleUploadedFile("a.csv", b"x" * 5000)})
    assert small.status_code != 413
    big = client.post("/ru/eligibility/screen/", {"file": SimpleUploadedFile("a.csv", b"x" * (1024 * 1024 + 10))})
    assert big.status_code == 413


def test_anonymous_eligibility_check_is_rate_limited(client, catalog, settings):
    settings.SANAT_RATE_CHECK_PER_MINUTE = 3
    for _ in range(3):
        assert client.get("/eligibility/", {"position": "338-03-07"}).status_code in (200, 400)
    r = client.get("/eligibility/", {"position": "338-03-07"})
    assert r.status_code == 429 and r["Retry-After"] == "60"
    assert client.get("/eligibility/").status_code == 200          # the empty form is not counted
    other = client.get("/eligibility/", {"position": "338-03-07"}, REMOTE_ADDR="198.51.100.9")
    assert other.status_code != 429                                # another address has its own count


def test_anonymous_screening_is_rate_limited(client, catalog, settings):
    settings.SANAT_RATE_SCREEN_PER_MINUTE = 2
    csv = "name,position\nА,338-03-07\n".encode()
    for _ in range(2):
        client.post("/eligibility/screen/", {"file": SimpleUploadedFile("s.csv", csv)})
    assert client.post("/eligibility/screen/", {"file": SimpleUploadedFile("s.csv", csv)}).status_code == 429


def test_a_sheet_of_more_cells_than_its_reader_may_hold_is_refused_by_the_cell_bound():
    """Rows and columns each within their bounds, their product beyond ``max_cells`` (the reader loads the
    used range whole): refused before it is opened."""
    data = padded_dimension_bomb(b"GR400000")  # column 200 (the bound), row 400,000: 80 million cells
    bounds = Limits(max_rows=1_048_576, max_columns=200, max_cells=8_000_000)
    with pytest.raises(FileLimitExceeded) as err, open_table("staff.xlsx", data, bounds) as table:
        list(table.rows)
    assert err.value.reason == "cells"
    with open_table("staff.xlsx", padded_dimension_bomb(b"C400000"), bounds) as table:  # 1.2 million: read
        assert [n for n, _ in table.rows] == [400000]


@pytest.mark.parametrize(("lang", "prefix"), [("kk", ""), ("ru", "/ru")])
def test_the_staff_file_upload_asks_for_csv_when_the_sheet_is_too_large(client, catalog, lang, prefix):
    from django.utils import translation
    from django.utils.formats import number_format

    from sanat.eligibility.models import ScreeningJob

    r = client.post(f"{prefix}/eligibility/screen/",
                    {"file": SimpleUploadedFile("staff.xlsx", padded_dimension_bomb(b"GR400000"))})
    assert r.status_code == 400 and not ScreeningJob.objects.exists()
    with translation.override(lang):
        expected = translation.gettext("The sheet is too large to be read as XLSX (more than %(n)s cells). Save it "
                                       "as CSV (UTF-8) and upload that file: CSV files are read row by row.")
        assert expected % {"n": number_format(8_000_000, force_grouping=True)} in r.content.decode()
    assert "CSV" in r.content.decode() and "cells" not in r.content.decode()
