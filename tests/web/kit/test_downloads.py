"""Private downloads: every attachment is saved under the name it was given, ASCII or not, never cached or
sniffed; the name is read back by the standard library's MIME parser (``tests.conftest.saved_name``)."""

from __future__ import annotations

import io

import pytest
from django.http import HttpResponse, JsonResponse

from sanat.web.kit.downloads import ascii_fallback, attachment, disposition, file_attachment, private
from tests.conftest import saved_name

NAMES = ["profile.json", "protocol-12-kk.pdf", 'a "quoted" \\ name.pdf', "Әлия_диплом.pdf",
         "Справка о стаже №5.docx", "Ұлттық біліктілік тесті 2024.xlsx", "résumé.pdf", "без расширения"]


@pytest.mark.parametrize("name", NAMES)
def test_an_attachment_is_saved_under_its_own_name(name):
    r = attachment(b"%PDF-1.7", name, "application/pdf")
    assert r.content == b"%PDF-1.7" and r["Content-Type"] == "application/pdf"
    assert saved_name(r) == name


def test_an_ascii_name_is_a_plain_quoted_filename():
    assert disposition("protocol-12-kk.pdf") == 'attachment; filename="protocol-12-kk.pdf"'
    assert disposition('a"b.pdf') == r'attachment; filename="a\"b.pdf"'


def test_a_kazakh_name_has_an_ascii_fallback_then_the_utf8_name():
    assert disposition("Әлия_диплом.pdf") == (
        "attachment; filename=\"file.pdf\"; "
        "filename*=utf-8''%D3%98%D0%BB%D0%B8%D1%8F_%D0%B4%D0%B8%D0%BF%D0%BB%D0%BE%D0%BC.pdf")


def test_the_fallback_keeps_what_ascii_there_is_and_the_extension():
    assert ascii_fallback("Әлия_диплом.pdf") == "file.pdf"
    assert ascii_fallback("Справка 2024 (копия).docx") == "2024.docx"
    assert ascii_fallback("résumé final.pdf") == "resume_final.pdf"
    assert ascii_fallback("диплом") == "file"
    assert ascii_fallback("отчёт.хлсх") == "file"


def test_a_name_cannot_inject_a_header():
    header = disposition("a\r\nSet-Cookie: x=1.pdf")
    assert "\r" not in header and "\n" not in header
    r = attachment(b"x", "a\r\nSet-Cookie: x=1.pdf", "application/pdf")
    assert saved_name(r) == "a\r\nSet-Cookie: x=1.pdf" and not r.has_header("Set-Cookie")


@pytest.mark.parametrize("name", ["doc1.pdf", "Әлия_диплом.pdf"])
def test_a_stored_file_by_path_or_open_file(tmp_path, name):
    path = tmp_path / "0b7e.bin"  # the stored name is never the download's name
    path.write_bytes(b"%PDF-1.7 stored")
    for source in (path, str(path), path.open("rb"), io.BytesIO(b"%PDF-1.7 stored")):
        r = file_attachment(source, name, "application/pdf")
        assert b"".join(r.streaming_content) == b"%PDF-1.7 stored"
        assert r["Content-Type"] == "application/pdf" and r["Content-Length"] == "15"
        assert saved_name(r) == name and "0b7e" not in r["Content-Disposition"]
        r.file_to_stream.close()  # (r.close() would also signal the end of a request)


def test_private_marks_a_page_that_is_not_an_attachment():
    for r in (HttpResponse("<p>job</p>"), JsonResponse({"state": "done"})):
        assert private(r) is r
        assert r["Cache-Control"] == "no-store" and r["X-Content-Type-Options"] == "nosniff"
        assert not r.has_header("Content-Disposition")
