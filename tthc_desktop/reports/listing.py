"""Public listing board of procedures (niêm yết công khai TTHC) with one QR code per procedure.

Citizens scan a code at the one-stop desk to open the procedure's page on the public-service portal.
QR codes are drawn as vectors with ReportLab's own barcode module; each procedure row is one table
row that never splits, so a procedure is never separated from its code across pages.
"""
from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.text import nfc
from tthc_desktop.reports.fonts import register_fonts

QR_SIZE = 2.7 * cm  # printed at least 2.5 cm so a phone reads it at arm's length
ONLINE_BADGES = {"toan_trinh": ("Toàn trình", colors.HexColor("#1b7a3a")),
                 "mot_phan": ("Một phần", colors.HexColor("#1f5fa8")),
                 "none": ("Nộp trực tiếp", colors.HexColor("#6b6b6b"))}
PAGE_SIZES = {"A4": A4, "A3": A3}


@dataclass(frozen=True)
class ListingItem:
    """One procedure on the board."""

    code: str
    name: str
    processing_time: str
    fee: str
    online_type: str
    url: str


@dataclass
class ListingBoard:
    """Everything the board prints: header, groups of procedures by field, optional extra QR codes."""

    agency_lines: list[str]
    unit_title: str
    listing_date: date
    groups: list[tuple[str, list[ListingItem]]]
    extra_codes: list[tuple[str, str, str]] = field(default_factory=list)  # (title, caption, url)

    @property
    def count(self) -> int:
        return sum(len(items) for _, items in self.groups)


@lru_cache(maxsize=4096)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of `url` (error correction M), computed once per link with ReportLab's encoder."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(canv, url: str, x: float, y: float, size: float, border: int = 4) -> None:
    """Draw the QR code of `url` as one vector path, `size` points square with a quiet zone of `border`
    modules, lower-left corner at (x, y). Runs of dark modules in a row become one rectangle."""
    modules = qr_modules(url)
    box = size / (len(modules) + 2 * border)
    bleed = box * 0.06  # neighbouring modules overlap slightly: no hairline seams when rasterised or printed
    path = canv.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (c + border) * box - bleed, y + size - (r + border + 1) * box - bleed,
                          count * box + 2 * bleed, box + 2 * bleed)
            c += count
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canv.restoreState()


@dataclass(frozen=True)
class PlacedCode:
    """Where a QR code landed: page (1-based), lower-left corner and size in points."""

    page: int
    x: float
    y: float
    size: float
    url: str


class QrFlowable(Flowable):
    """A QR code that records where it was drawn (so tests and printers can find each code)."""

    def __init__(self, url: str, placed: list[PlacedCode] | None, size: float = QR_SIZE):
        super().__init__()
        self.url, self.placed, self.size = url, placed, size
        self.width = self.height = size

    def wrap(self, avail_w, avail_h):
        return self.size, self.size

    def draw(self):
        draw_qr(self.canv, self.url, 0, 0, self.size)
        if self.placed is not None:
            x, y = self.canv.absolutePosition(0, 0)
            self.placed.append(PlacedCode(self.canv.getPageNumber(), x, y, self.size, self.url))


class Badge(Flowable):
    """A rounded, coloured label for the online service type (toàn trình / một phần)."""

    def __init__(self, text: str, color: colors.Color, font: str, width: float = 2.3 * cm):
        super().__init__()
        self.text, self.color, self.font = text, color, font
        self.width, self.height = width, 0.62 * cm

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(self.color)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.font, 9.5)
        c.drawCentredString(self.width / 2, self.height / 2 - 3.4, self.text)


def _styles(fonts):
    base = dict(fontName=fonts.regular, leading=14, fontSize=11.5)
    return {
        "agency": ParagraphStyle("agency", **{**base, "fontName": fonts.bold, "alignment": TA_CENTER,
                                              "fontSize": 12, "leading": 15}),
        "title": ParagraphStyle("title", **{**base, "fontName": fonts.bold, "alignment": TA_CENTER,
                                             "fontSize": 16, "leading": 21}),
        "subtitle": ParagraphStyle("subtitle", **{**base, "fontName": fonts.italic, "alignment": TA_CENTER,
                                                  "fontSize": 12.5}),
        "field": ParagraphStyle("field", **{**base, "fontName": fonts.bold, "fontSize": 13, "leading": 16,
                                             "textColor": colors.white}),
        "cell": ParagraphStyle("cell", **base),
        "name": ParagraphStyle("name", **{**base, "fontName": fonts.bold, "fontSize": 12, "leading": 15}),
        "small": ParagraphStyle("small", **{**base, "fontSize": 9.5, "leading": 11, "alignment": TA_CENTER}),
        "head": ParagraphStyle("head", **{**base, "fontName": fonts.bold, "alignment": TA_CENTER, "fontSize": 10.5}),
        "note": ParagraphStyle("note", **{**base, "alignment": TA_LEFT, "fontSize": 11}),
    }


def _qr_cell(url: str, caption: str, st, placed) -> list:
    return [QrFlowable(url, placed), Paragraph(escape(caption), st["small"])]


def _field_table(field_name: str, items: list[ListingItem], start_no: int, width: float, st, fonts,
                 placed: list[PlacedCode] | None) -> list:
    col = [1.2 * cm, width - 1.2 * cm - 2.6 * cm - 2.6 * cm - QR_SIZE - 0.4 * cm, 2.6 * cm, 2.6 * cm,
           QR_SIZE + 0.4 * cm]
    header = [Paragraph(t, st["head"]) for t in ("STT", "Tên thủ tục hành chính", "Thời hạn giải quyết",
                                                  "Phí, lệ phí", "Quét mã để nộp trực tuyến")]
    bar = [Paragraph(f"Lĩnh vực {escape(field_name)} ({len(items)} thủ tục)", st["field"]), "", "", "", ""]
    rows: list = [bar, header]
    for i, it in enumerate(items, start=start_no):
        label, color = ONLINE_BADGES.get(it.online_type, ONLINE_BADGES["none"])
        name_cell = [Paragraph(escape(nfc(it.name)), st["name"]),
                     Paragraph(f"Mã thủ tục: {escape(it.code)}", st["cell"]), Spacer(1, 3),
                     Badge(label, color, fonts.bold)]
        rows.append([Paragraph(str(i), st["cell"]), name_cell, Paragraph(escape(it.processing_time or "—"), st["cell"]),
                     Paragraph(escape(it.fee or "—"), st["cell"]), _qr_cell(it.url, it.code, st, placed)])
    # The field bar and the column header repeat on every page; a row (a procedure and its QR) never splits.
    table = Table(rows, colWidths=col, repeatRows=2, splitInRow=0)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#8b1a1a")),
        ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e8eef6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("ALIGN", (-1, 2), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 10), table]


def render_listing(board: ListingBoard, size: str = "A4", placed: list[PlacedCode] | None = None) -> bytes:
    """The board as a PDF (portrait A4 or A3), Vietnamese text in the bundled Times-compatible font.

    When `placed` is a list, every QR code drawn is appended to it with its page and position.
    """
    fonts = register_fonts()
    st = _styles(fonts)
    pagesize = PAGE_SIZES.get(size.upper())
    if pagesize is None:
        from tthc_desktop.errors import UserError

        raise UserError(f"Khổ giấy không hợp lệ: {size} (A4 hoặc A3).")
    buf = io.BytesIO()
    margin = 15 * mm
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, initialFontName=fonts.regular, invariant=1,
                          title=f"Niêm yết công khai thủ tục hành chính — {board.unit_title}",
                          author=board.unit_title, subject="Danh mục TTHC kèm mã QR", creator="TTHC Desktop")
    width = pagesize[0] - 2 * margin

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(fonts.italic, 9.5)
        canvas.drawRightString(pagesize[0] - margin, 8 * mm,
                               f"{board.unit_title} — niêm yết ngày {fmt_date(board.listing_date)} — trang {d.page}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("board", [Frame(margin, margin, width, pagesize[1] - 2 * margin, id="f")],
                                       onPage=on_page)])
    story: list = [Paragraph("<br/>".join(escape(line) for line in board.agency_lines), st["agency"]), Spacer(1, 8),
                   Paragraph("DANH MỤC THỦ TỤC HÀNH CHÍNH", st["title"]),
                   Paragraph(f"thuộc thẩm quyền giải quyết của {escape(board.unit_title)}", st["title"]),
                   Paragraph(f"(Niêm yết ngày {fmt_date(board.listing_date)}; gồm {board.count} thủ tục. "
                             "Quét mã QR bằng điện thoại để xem chi tiết và nộp hồ sơ trực tuyến.)", st["subtitle"])]
    if board.extra_codes:
        cells = []
        for title, caption, url in board.extra_codes:
            cells.append([Paragraph(escape(title), st["head"]), QrFlowable(url, placed),
                          Paragraph(escape(caption), st["small"])])
        t = Table([cells], colWidths=[width / len(cells)] * len(cells))
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a"))]))
        story += [Spacer(1, 8), KeepTogether([t])]
    number = 1
    for field_name, items in board.groups:
        story += _field_table(field_name, items, number, width, st, fonts, placed)
        number += len(items)
    if not board.groups:
        story.append(Paragraph("Không có thủ tục hành chính nào đang thực hiện vào ngày niêm yết.", st["note"]))
    doc.build(story)
    return buf.getvalue()
