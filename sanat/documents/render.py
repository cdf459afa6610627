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


#: Word's language tags of the languages a document is printed in (spelling and hyphenation).
DOCX_LANG = {"kk": "kk-KZ", "ru": "ru-RU"}


def _mark_lang(paragraph, lang: str) -> None:
    """Set the language of every run of ``paragraph`` (a text quoted in another language)."""
    from docx.oxml.ns import qn

    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        el = rpr.find(qn("w:lang"))
        if el is None:
            el = rpr.makeelement(qn("w:lang"), {})
            rpr.append(el)
        el.set(qn("w:val"), DOCX_LANG.get(lang, lang))


def blocks_to_docx(blocks: list[Block], *, lang: str = "ru", title: str = "") -> bytes:
    """A DOCX with one paragraph per block (headings as Word headings); a block in another language
    carries that language on its runs."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    _docx_font(doc, DOCX_FONT)
    doc.core_properties.title = title
    doc.core_properties.language = lang
    for b in blocks:
        paragraph = _docx_block(doc, b, Pt, RGBColor)
        if b.lang and b.lang != lang:
            _mark_lang(paragraph, b.lang)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_block(doc, b: Block, Pt, RGBColor):
    """Add one block; returns its paragraph."""
    if b.kind == "title":
        return doc.add_heading(b.text, level=1)
    if b.kind == "heading":
        return doc.add_heading(b.text, level=2)
    p = doc.add_paragraph()
    if b.kind == "subheading":
        p.add_run(b.text).bold = True
    elif b.kind == "numbered":
        p.add_run(f"{b.number} {b.text}").italic = b.tag == "exemption"
    elif b.kind == "note":
        run = p.add_run(b.text)
        run.italic = True
        if b.tag in ("anomaly", "other-lang"):  # a note on the source: set apart as on the PDF
            run.bold, run.font.color.rgb = True, RGBColor(0x7A, 0x2E, 0x00)
    elif b.kind == "line":
        p.add_run(b.text)
        p.paragraph_format.left_indent = Pt(10)
    elif b.kind != "break":
        p.add_run(b.text)
    return p


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
