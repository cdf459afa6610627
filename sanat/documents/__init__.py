"""Document rendering shared by the product (no Django): PDF, DOCX, XLSX, and the competition
announcement generated from the catalog. Interfaces: docs/documents.md."""

from .announcement import AnnouncementDoc, render_announcement
from .blocks import Block, to_html, to_text
from .render import blocks_to_docx, docx_from_template, html_to_pdf, rows_to_xlsx
from .spec import SpecError, parse_spec

__all__ = ["AnnouncementDoc", "Block", "SpecError", "blocks_to_docx", "docx_from_template", "html_to_pdf",
           "parse_spec", "render_announcement", "rows_to_xlsx", "to_html", "to_text"]
