"""Render a `Document` to a signing-ready PDF/A-2b in the Nghị định 30/2020 layout.

Pipeline: ReportLab (A4 portrait pages, landscape pages for annexes, page numbers from page 2 in
the top margin, optional "DỰ THẢO" watermark) -> pikepdf (PDF/A-2b) -> pyHanko (an empty signature
field over the signer's blank space, as an incremental update). Same input, same bytes.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Sequence

from reportlab.lib.utils import ImageReader
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer)
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.lib.units import mm

from tthc_desktop.reports.fonts import SerifFonts, register_fonts
from tthc_desktop.reports.pdfa import CREATOR, as_aware, repair_stream_endings, to_pdfa2b
from tthc_desktop.reports.signature import SignaturePlacement, add_signature_fields

from .flowables import KeepWithStart, PlacementLog, build_closing, build_header
from .markup import Markup, paragraph_markup, to_markup
from .model import Annex, Block, Bullet, DataTable, Document, Gap, Heading, Para
from .styles import (ALIGN, LANDSCAPE, LANDSCAPE_MARGINS, PAGE_NUMBER_BASELINE, PAGE_NUMBER_SIZE, PORTRAIT,
                     PORTRAIT_MARGINS, Margins, Nd30Styles, make_styles)
from .tables import build_annex, build_table

WATERMARK_TEXT = "DỰ THẢO"
WATERMARK_GREY = 0xD6  # light grey, opaque: PDF/A-2b forbids transparency


@dataclass(frozen=True)
class RenderedDocument:
    """The finished PDF, its page count and where the empty signature fields were placed."""

    pdf: bytes
    page_count: int
    signature_fields: tuple[SignaturePlacement, ...]


def _frame(size: tuple[float, float], m: Margins, name: str) -> Frame:
    w, h = size
    return Frame(m.left, m.bottom, w - m.left - m.right, h - m.top - m.bottom, id=name,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


@lru_cache(maxsize=8)
def _watermark_image(width_pt: float, height_pt: float, font_path: str) -> tuple[ImageReader, float, float]:
    """Grey diagonal "DỰ THẢO" as an opaque greyscale image (text would pollute text extraction)."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 110
    angle = math.degrees(math.atan2(height_pt, width_pt))
    diagonal = math.hypot(width_pt, height_pt)
    font_pt = diagonal * 0.58 / 4.6  # "DỰ THẢO" is about 4.6 em wide in a bold Times face
    font = ImageFont.truetype(font_path, round(font_pt * dpi / 72))
    left, top, right, bottom = font.getbbox(WATERMARK_TEXT)
    text = Image.new("L", (right - left + 8, bottom - top + 8), 255)
    ImageDraw.Draw(text).text((4 - left, 4 - top), WATERMARK_TEXT, font=font, fill=WATERMARK_GREY)
    rotated = text.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return ImageReader(rotated), rotated.width * 72 / dpi, rotated.height * 72 / dpi


def _page_decorator(fonts: SerifFonts, draft: bool):
    def on_page(canv, doc) -> None:  # noqa: ANN001 - ReportLab callback
        w, h = canv._pagesize
        canv.saveState()
        if draft:
            image, iw, ih = _watermark_image(round(w, 2), round(h, 2), str(fonts.paths[1]))
            canv.drawImage(image, (w - iw) / 2, (h - ih) / 2, width=iw, height=ih)
        n = canv.getPageNumber()
        if n > 1:  # NĐ 30: Arabic numerals, centred in the top margin, none on page 1
            canv.setFont(fonts.regular, PAGE_NUMBER_SIZE)
            canv.setFillGray(0)
            canv.drawCentredString(w / 2, h - PAGE_NUMBER_BASELINE, str(n))
        canv.restoreState()

    return on_page


def _block_flowables(block: Block, st: Nd30Styles, width: float) -> list[Flowable]:
    if isinstance(block, Heading):
        style = {1: st.heading1, 2: st.heading2, 3: st.heading3}[block.level]
        text = block.text if isinstance(block.text, Markup) else str(block.text)
        if block.level == 1 and not isinstance(text, Markup):
            text = text.upper()
        markup = paragraph_markup(text)
        if block.italic:
            markup = f"<i>{markup}</i>"
        return [Paragraph(markup, style)]
    if isinstance(block, Para):
        style = st.body
        if not block.indent or block.align != "justify" or block.size:
            style = style.clone(f"body-{block.indent}-{block.align}-{block.size}",
                                firstLineIndent=style.firstLineIndent if block.indent else 0,
                                alignment=ALIGN[block.align], fontSize=block.size or style.fontSize,
                                leading=round((block.size or style.fontSize) * 1.2, 1))
        return [Paragraph(paragraph_markup(block.text), style)]
    if isinstance(block, Bullet):
        return [Paragraph(f"{to_markup(block.marker)} {paragraph_markup(block.text)}", st.body)]
    if isinstance(block, Gap):
        return [Spacer(1, block.height_mm * mm)]
    if isinstance(block, DataTable):
        return [build_table(block, st, width)]
    raise TypeError(f"not a document block: {block!r}")


def _landscape(annex: Annex, st: Nd30Styles, first: bool) -> list[Flowable]:
    width = LANDSCAPE[0] - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right
    lead: list[Flowable] = [NextPageTemplate("landscape"), PageBreak()] if first else [PageBreak()]
    return lead + build_annex(annex, st, width)


def build_story(document: Document, st: Nd30Styles, log: PlacementLog) -> list[Flowable]:
    """All flowables of `document` in page order."""
    width = PORTRAIT[0] - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right
    body = list(document.body)
    trailing: list[Annex] = []
    while body and isinstance(body[-1], Annex):  # annexes at the end belong after the signature
        trailing.insert(0, body.pop())
    story: list[Flowable] = build_header(document.header, st, width)
    in_landscape = False
    pending_headings: list[Flowable] = []
    for block in body:
        if isinstance(block, Annex):
            story += pending_headings
            pending_headings = []
            story += _landscape(block, st, first=not in_landscape)
            in_landscape = True
            continue
        if in_landscape:
            story += [NextPageTemplate("portrait"), PageBreak()]
            in_landscape = False
        flowables = _block_flowables(block, st, width)
        if isinstance(block, Heading):
            pending_headings += flowables
            continue
        if pending_headings:
            first = flowables[0]
            min_height = 2 * st.body.leading if isinstance(first, Paragraph) else 60
            flowables = [KeepWithStart([*pending_headings, first], min_height), *flowables[1:]]
            pending_headings = []
        story += flowables
    story += pending_headings
    closing = build_closing(document, st, width, log)
    if closing is not None:
        # Never a signature alone on a page: keep it with the last flowable before it.
        last = story.pop() if story and not isinstance(story[-1], ActionFlowable) else None
        story.append(KeepTogether([last, closing] if last is not None else [closing]))
    for i, annex in enumerate([*trailing, *document.annexes]):
        story += _landscape(annex, st, first=i == 0)
    return story


def render_document(document: Document, *, title: str, author: str, subject: str = "",
                    keywords: str | Sequence[str] = (), creation_date: datetime,
                    draft: bool = False) -> RenderedDocument:
    """Render `document`: PDF/A-2b; unless `draft`, an empty signature field per signer block.

    `draft=True` prints a grey diagonal "DỰ THẢO" on every page and adds no signature field.
    `creation_date` (naive = Vietnam time) is written as creation and modification date.
    """
    fonts = register_fonts()
    st = make_styles(fonts)
    log = PlacementLog()
    buffer = io.BytesIO()
    m = PORTRAIT_MARGINS
    doc = BaseDocTemplate(
        buffer, pagesize=PORTRAIT, leftMargin=m.left, rightMargin=m.right, topMargin=m.top,
        bottomMargin=m.bottom, title=title, author=author, subject=subject,
        keywords=keywords if isinstance(keywords, str) else ", ".join(keywords), creator=CREATOR,
        invariant=1, initialFontName=fonts.regular, initialFontSize=14, lang="vi-VN")
    on_page = _page_decorator(fonts, draft)
    doc.addPageTemplates([
        PageTemplate("portrait", [_frame(PORTRAIT, PORTRAIT_MARGINS, "portrait")], onPage=on_page,
                     pagesize=PORTRAIT),
        PageTemplate("landscape", [_frame(LANDSCAPE, LANDSCAPE_MARGINS, "landscape")], onPage=on_page,
                     pagesize=LANDSCAPE),
    ])
    doc.build(build_story(document, st, log))
    pdf = to_pdfa2b(buffer.getvalue(), title=title, author=author, subject=subject, keywords=keywords,
                    creation_date=as_aware(creation_date))
    placements = tuple(log.placements[name] for name in sorted(log.placements))
    if draft:
        placements = ()
    pdf = repair_stream_endings(add_signature_fields(pdf, list(placements)))
    return RenderedDocument(pdf=pdf, page_count=doc.page, signature_fields=placements)


def render_pdf(document: Document, *, title: str, author: str, subject: str = "",
               keywords: str | Sequence[str] = (), creation_date: datetime, draft: bool = False) -> bytes:
    """PDF bytes of `document` (see `render_document`)."""
    return render_document(document, title=title, author=author, subject=subject, keywords=keywords,
                           creation_date=creation_date, draft=draft).pdf
