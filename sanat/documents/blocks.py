"""A tiny document model shared by every output format: a list of blocks.

The same blocks render to plain text, HTML (and so PDF) and DOCX, so the formats never
disagree on content.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

KINDS = ("title", "heading", "subheading", "para", "line", "numbered", "note", "break")


@dataclass(frozen=True)
class Block:
    """``kind`` is one of ``KINDS``; ``number`` only for ``numbered``; ``tag`` a condition such as
    ``if_available`` or ``exemption`` (a CSS class in HTML, italics in DOCX for exemptions), or ``anomaly``
    for a note on a defect of the source; ``lang`` the language of a block printed in another language
    than the document's (``lang`` in HTML, the run's language in DOCX)."""

    kind: str
    text: str = ""
    number: int | str | None = None
    tag: str | None = None
    lang: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")


def to_text(blocks: list[Block]) -> str:
    """Plain text: one line per block; a section heading is preceded by two blank lines."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading" and out:
            out += ["", ""]
        if b.kind == "break":
            out.append("")
        elif b.kind == "numbered":
            out.append(f"{b.number} {b.text}")
        else:
            out.append(b.text)
    return "\n".join(out).rstrip("\n") + "\n"


CSS = """
@page { size: A4; margin: 18mm 16mm 18mm 20mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", "Liberation Sans", sans-serif;
                        font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 14pt; margin: 0 0 8pt; }
h2 { font-size: 12pt; margin: 16pt 0 6pt; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; page-break-after: avoid; }
p { margin: 0 0 3pt; }
p.line { margin-left: 10pt; }
p.num { margin-left: 18pt; text-indent: -18pt; }
p.note { font-style: italic; color: #7a2e00; }
p.num.exemption { font-style: italic; }
p.note.anomaly { border-left: 2.5pt solid #b36b00; padding: 2pt 0 2pt 6pt; margin: 2pt 0 4pt; }
p.note.other-lang { border: 1pt solid #b36b00; padding: 3pt 5pt; margin: 4pt 0; }
"""


def to_html(blocks: list[Block], *, lang: str, title: str = "") -> str:
    """A complete HTML document (UTF-8, ``lang`` set, fonts with Cyrillic and Kazakh glyphs)."""
    e = html.escape
    body: list[str] = []
    for b in blocks:
        t = e(b.text)
        tag = f" {e(b.tag)}" if b.tag else ""
        html_ = {
            "title": f"<h1>{t}</h1>",
            "heading": f"<h2>{t}</h2>",
            "subheading": f"<h3>{t}</h3>",
            "para": f"<p>{t}</p>",
            "line": f'<p class="line">{t}</p>',
            "numbered": f'<p class="num{tag}">{e(str(b.number))} {t}</p>',
            "note": f'<p class="note{tag}">{t}</p>',
            "break": "<br>",
        }[b.kind]
        if b.lang and b.lang != lang and html_.startswith("<p"):
            html_ = f'<p lang="{e(b.lang)}"' + html_[2:]
        body.append(html_)
    return (f'<!DOCTYPE html>\n<html lang="{e(lang)}"><head><meta charset="utf-8">'
            f"<title>{e(title)}</title><style>{CSS}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
