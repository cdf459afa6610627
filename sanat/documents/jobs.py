"""The pure part of background documents: progress as a fraction, WeasyPrint's own progress, ZIP batches.

No Django here (``sanat/docjobs`` stores the job and runs it). A renderer receives a ``Progress`` and
reports what it knows: a batch counts its items, a PDF reports WeasyPrint's steps and laid-out pages.
"""

from __future__ import annotations

import io
import logging
import threading
import time
import zipfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager

#: Where the WeasyPrint steps put the bar (fractions of one PDF): parsing and CSS are quick, the layout
#: (one log line per page) is most of the time, then writing the PDF.
PDF_STEPS = {"Step 1": 0.02, "Step 2": 0.04, "Step 3": 0.06, "Step 4": 0.10, "Step 5": 0.10,
             "Step 6": 0.90, "Step 7": 0.97}
LAYOUT_SHARE = PDF_STEPS["Step 6"] - PDF_STEPS["Step 5"]


class Progress:
    """A fraction 0…1 of the whole job, reported to ``sink(fraction)`` at most every ``every`` seconds
    (the last report always goes out). ``part(start, end)`` gives a child covering one slice."""

    def __init__(self, sink: Callable[[float], None] | None = None, *, every: float = 0.4,
                 start: float = 0.0, end: float = 1.0, _root: Progress | None = None):
        self.sink, self.every, self.start, self.end = sink, every, start, end
        self._root = _root or self
        self._last_sent, self._last_value = 0.0, -1.0
        self.value = start

    def __call__(self, fraction: float, *, force: bool = False) -> None:
        """Report ``fraction`` (0…1) of this slice; the bar never goes back."""
        fraction = min(1.0, max(0.0, fraction))
        self._root._report(self.start + (self.end - self.start) * fraction, force)

    def _report(self, value: float, force: bool) -> None:
        value = max(value, self.value)
        self.value = value
        now = time.monotonic()
        if self.sink and value > self._last_value and (force or now - self._last_sent >= self.every):
            self._last_sent, self._last_value = now, value
            self.sink(value)

    def part(self, start: float, end: float) -> Progress:
        """The slice ``start…end`` of this progress as its own ``Progress`` (0…1 inside it)."""
        lo = self.start + (self.end - self.start) * start
        hi = self.start + (self.end - self.start) * end
        return Progress(None, start=lo, end=hi, _root=self._root)

    def items(self, seq: Iterable, total: int):
        """Yield from ``seq``, reporting ``i / total`` after each item."""
        for i, item in enumerate(seq, 1):
            yield item
            self(i / total if total else 1.0)


class _WeasyHandler(logging.Handler):
    def __init__(self, progress: Progress, pages_hint: int):
        super().__init__(logging.INFO)
        self.progress, self.pages_hint, self.thread = progress, max(1, pages_hint), threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if threading.get_ident() != self.thread:  # another job's PDF in another worker thread
            return
        msg = str(record.msg)
        step = msg[:6]
        if step == "Step 5" and record.args:
            page = int(record.args[0])
            self.progress(PDF_STEPS["Step 5"] + LAYOUT_SHARE * min(0.98, page / self.pages_hint))
        elif step in PDF_STEPS:
            self.progress(PDF_STEPS[step])


@contextmanager
def weasyprint_progress(progress: Progress, pages_hint: int):
    """While the block runs, WeasyPrint's progress log (``weasyprint.progress``: its steps and one line
    per laid-out page) moves ``progress``; ``pages_hint`` is the expected page count (an estimate)."""
    logger = logging.getLogger("weasyprint.progress")
    handler = _WeasyHandler(progress, pages_hint)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the steps move the bar; they are not log lines of the site
    try:
        yield
    finally:
        logger.removeHandler(handler)
        if not logger.handlers:
            logger.setLevel(level)
            logger.propagate = propagate


def zip_bytes(files: Iterable[tuple[str, bytes]]) -> bytes:
    """A ZIP of ``(name, content)`` pairs; PDFs and DOCX are compressed already, so they are stored."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        seen: set[str] = set()
        for name, content in files:
            unique, n = name, 1
            while unique in seen:  # two certificates of the same holder name: never overwrite in the archive
                n += 1
                stem, dot, ext = name.rpartition(".")
                unique = f"{stem}-{n}.{ext}" if dot else f"{name}-{n}"
            seen.add(unique)
            z.writestr(unique, content)
    return buf.getvalue()
