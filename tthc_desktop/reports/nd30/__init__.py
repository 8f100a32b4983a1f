"""Documents in the layout of Nghị định 30/2020/NĐ-CP (thể thức văn bản hành chính), as PDF/A-2b
with an empty signature field: the engine behind the periodic report, the annual plan, the
receipt and the aggregate report.

Build a `Document` from the model classes and call `render_pdf` (or `render_document`).
"""
from __future__ import annotations

from .markup import Markup, bold, italic, join
from .model import (NBSP, Annex, Block, Bullet, DataTable, Document, DocumentHeader, Gap, HeaderCell, Heading,
                    Para, SignatureBlock, TableRow, number_line, place_date_line)
from .render import RenderedDocument, render_document, render_pdf

__all__ = [
    "NBSP", "Annex", "Block", "Bullet", "DataTable", "Document", "DocumentHeader", "Gap", "HeaderCell", "Heading",
    "Markup", "Para", "RenderedDocument", "SignatureBlock", "TableRow", "bold", "italic", "join", "number_line",
    "place_date_line", "render_document", "render_pdf",
]
