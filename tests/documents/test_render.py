"""Shared renderers: PDF (text extractable, Kazakh glyphs), DOCX, docxtpl templates, XLSX."""

from __future__ import annotations

import io

from docx import Document
from openpyxl import load_workbook

from sanat.documents import Block, blocks_to_docx, docx_from_template, html_to_pdf, rows_to_xlsx, to_html
from sanat.documents.pdf_text import pdf_fonts, pdf_text

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
SAMPLE = [
    Block("title", "Білім беру ұйымы"),
    Block("heading", "Педагог-психолог"),
    Block("subheading", "Лауазымдық міндеттері:"),
    Block("line", f"қазақ әріптері: {KAZAKH}"),
    Block("numbered", "заявление об участии в конкурсе;", 1),
    Block("note", "Текст на русском языке в каталоге отсутствует."),
]


def test_pdf_text_is_extractable_with_kazakh_letters():
    pdf = html_to_pdf(to_html(SAMPLE, lang="kk", title="т"))
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    for b in SAMPLE:
        assert b.text in text.replace("\n", " ") or b.text in text
    assert set(KAZAKH) <= set(text)
    assert "\ufffd" not in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f.startswith(("DejaVu", "Liberation")) for f in fonts)


def test_pdf_text_reader_sees_a_changed_text():
    a = pdf_text(html_to_pdf(to_html([Block("para", "бірінші мәтін")], lang="kk")))
    b = pdf_text(html_to_pdf(to_html([Block("para", "екінші мәтін")], lang="kk")))
    assert "бірінші мәтін" in a and "бірінші" not in b and "екінші мәтін" in b


def test_docx_round_trip():
    doc = Document(io.BytesIO(blocks_to_docx(SAMPLE, lang="kk", title="т")))
    paras = [p.text for p in doc.paragraphs]
    assert paras[0] == "Білім беру ұйымы" and doc.paragraphs[0].style.name.startswith("Heading")
    assert f"қазақ әріптері: {KAZAKH}" in paras
    assert "1 заявление об участии в конкурсе;" in paras
    assert doc.core_properties.language == "kk"


def test_docx_template_is_filled():
    tpl = Document()
    tpl.add_paragraph("Лауазым: {{ title }}")
    tpl.add_paragraph("{% for p in posts %}{{ p }}; {% endfor %}")
    buf = io.BytesIO()
    tpl.save(buf)
    out = Document(io.BytesIO(docx_from_template(buf.getvalue(), {"title": "Әлеуметтік педагог",
                                                                   "posts": ["0,5", "1"]})))
    assert [p.text for p in out.paragraphs] == ["Лауазым: Әлеуметтік педагог", "0,5; 1; "]


def test_xlsx_round_trip():
    data = rows_to_xlsx({"Кандидаттар": [["Аты-жөні", "Балл"], ["Әсем Құрманғали", 12.5]], "ru": [["a"], [1]]})
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Кандидаттар", "ru"]
    ws = wb["Кандидаттар"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [["Аты-жөні", "Балл"], ["Әсем Құрманғали", 12.5]]
    assert ws["A1"].font.bold and not ws["A2"].font.bold
