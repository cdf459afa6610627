"""The pure part of background documents: progress slices, WeasyPrint's own progress, ZIP batches."""

from __future__ import annotations

import io
import threading
import zipfile

from sanat.documents.jobs import Progress, weasyprint_progress, zip_bytes
from sanat.documents.render import html_to_pdf


def test_progress_slices_never_go_back_and_the_last_report_is_sent():
    seen = []
    p = Progress(seen.append, every=0)
    p(0.5)
    p(0.3)  # never back
    half = p.part(0.5, 1.0)
    half(0.5)
    half(1.0, force=True)
    assert seen == [0.5, 0.75, 1.0]


def test_items_report_each_item():
    seen = []
    p = Progress(seen.append, every=0)
    assert list(p.items("abcd", 4)) == list("abcd")
    assert seen == [0.25, 0.5, 0.75, 1.0]


def test_weasyprint_progress_moves_with_the_pages_of_this_thread_only():
    seen = []
    html = "<html><body>" + "".join(f"<p style='page-break-after:always'>{i}</p>" for i in range(6)) + "</body></html>"
    with weasyprint_progress(Progress(seen.append, every=0), pages_hint=6):
        html_to_pdf(html)
        other = threading.Thread(target=html_to_pdf, args=(html,))  # another job's PDF: not counted here
        before = len(seen)
        other.start()
        other.join()
        assert len(seen) == before
    assert seen == sorted(seen) and len(seen) >= 8  # steps 1–4, one per page, then writing the PDF
    assert 0.1 < seen[len(seen) // 2] < 0.9 and seen[-1] >= 0.9


def test_zip_keeps_every_file_under_a_unique_name():
    data = zip_bytes([("a.pdf", b"1"), ("a.pdf", b"2"), ("b.docx", b"3")])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist() == ["a.pdf", "a-2.pdf", "b.docx"]
        assert z.read("a-2.pdf") == b"2"
