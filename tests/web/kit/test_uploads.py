from sanat.web.kit.uploads import safe_display_name, sniff


def test_sniff_by_content_only():
    assert sniff(b"%PDF-1.7\n") == "application/pdf"
    assert sniff(b"\xff\xd8\xff\xdb") == "image/jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\n\x00") == "image/png"
    assert sniff(b"<html><script>") is None
    assert sniff(b"GIF89a") is None
    assert sniff(b"PK\x03\x04") is None  # a DOCX/ZIP renamed to .pdf


def test_display_name_is_never_a_path():
    assert safe_display_name("../../etc/passwd") == "passwd"
    assert safe_display_name("C:\\Users\\a\\диплом.pdf") == "диплом.pdf"
    assert safe_display_name('<img src=x>"') == "img src=x"
    assert safe_display_name("") == "file"
