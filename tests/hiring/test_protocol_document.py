"""The protocol as a document: DRAFT until every post is decided, decimal commas in PDF and DOCX (kk, ru);
the PDF rendered to PNG (pdftoppm) and its text checked."""

import io
import subprocess
from pathlib import Path

import pytest

from sanat.documents.pdf_text import pdf_text
from sanat.hiring.services import competitions, protocol

from .conftest import meet
from .test_decisions import scored  # noqa: F401  (fixture)


def docx_text(content: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.sections[0].header.paragraphs] + [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize(("lang", "mark"), [("kk", "ЖОБА"), ("ru", "ПРОЕКТ")])
def test_draft_until_decided_and_decimal_commas(world, scored, tmp_path, lang, mark):  # noqa: F811
    comp, a = scored
    pdf, _t, _n = protocol.protocol_file(world.secretary, comp, "pdf", lang)
    text = " ".join(pdf_text(pdf).split())
    assert mark in text and "0,75" in text and "0.75" not in text
    png = tmp_path / f"protocol-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-"], input=pdf, check=True,
                   stdout=open(str(png) + "-1.png", "wb"))  # noqa: SIM115
    assert Path(str(png) + "-1.png").read_bytes().startswith(b"\x89PNG")
    Path("/tmp/shots-hiring").mkdir(exist_ok=True)
    Path(f"/tmp/shots-hiring/protocol-draft-{lang}.png").write_bytes(Path(str(png) + "-1.png").read_bytes())
    docx, _t, _n = protocol.protocol_file(world.secretary, comp, "docx", lang)
    body = docx_text(docx)
    assert mark in body and "0,75" in body and "0.75" not in body
    comp = meet(world.secretary, comp)
    competitions.record_decisions(world.secretary, comp, {world.math.pk: (a.pk, "")})
    comp.refresh_from_db()
    assert mark not in " ".join(pdf_text(protocol.protocol_file(world.secretary, comp, "pdf", lang)[0]).split())
    assert mark not in docx_text(protocol.protocol_file(world.secretary, comp, "docx", lang)[0])
