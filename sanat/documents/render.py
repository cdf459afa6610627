"""Renderers shared by the product: HTML -> PDF (WeasyPrint), DOCX (python-docx, docxtpl), XLSX.

All return ``bytes``; none touches Django. Fonts: DejaVu Sans / Liberation Sans (installed
system fonts with Cyrillic and Kazakh letters) for PDF; DOCX names "Times New Roman".
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from .blocks import Block

DOCX_FONT = "Times New Roman"


def html_to_pdf(html: str, base_url: str | Path | None = None) -> bytes:
    """Render an HTML document to PDF bytes with WeasyPrint."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(base_url) if base_url else None).write_pdf()


def _docx_font(doc, name: str) -> None:
    from docx.oxml.ns import qn

    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        try:
            style = doc.styles[style_name]
        except KeyError:
            continue
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), name)


def blocks_to_docx(blocks: list[Block], *, lang: str = "ru", title: str = "") -> bytes:
    """A DOCX with one paragraph per block (headings as Word headings)."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _docx_font(doc, DOCX_FONT)
    doc.core_properties.title = title
    doc.core_properties.language = lang
    for b in blocks:
        if b.kind == "title":
            doc.add_heading(b.text, level=1)
        elif b.kind == "heading":
            doc.add_heading(b.text, level=2)
        elif b.kind == "subheading":
            doc.add_paragraph().add_run(b.text).bold = True
        elif b.kind == "numbered":
            doc.add_paragraph().add_run(f"{b.number} {b.text}").italic = b.tag == "exemption"
        elif b.kind == "note":
            doc.add_paragraph().add_run(b.text).italic = True
        elif b.kind == "line":
            p = doc.add_paragraph(b.text)
            p.paragraph_format.left_indent = Pt(10)
        elif b.kind == "break":
            doc.add_paragraph("")
        else:
            doc.add_paragraph(b.text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_from_template(template: str | Path | bytes, context: Mapping) -> bytes:
    """Fill a .docx Jinja template (docxtpl: ``{{ name }}``, ``{% for %}``) and return the result."""
    from docxtpl import DocxTemplate

    src = io.BytesIO(template) if isinstance(template, bytes) else str(template)
    tpl = DocxTemplate(src)
    tpl.render(dict(context))
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def rows_to_xlsx(sheets: Mapping[str, Iterable[Iterable]], *, bold_header: bool = True) -> bytes:
    """An XLSX workbook, one sheet per key; the first row of each sheet is a bold header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(title=str(name)[:31])
        for k, row in enumerate(rows):
            ws.append(list(row))
            if k == 0 and bold_header:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max((len(str(c.value)) for c in col if c.value is not None), default=8)
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 8), 80)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
