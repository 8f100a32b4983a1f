"""Flowables of the NĐ 30 layout: short rules, the two-column page-1 header, and the closing
block (Nơi nhận + người ký) whose blank signature space records where it landed on the page."""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

from tthc_desktop.reports.signature import SignaturePlacement

from .markup import Markup, to_markup
from .model import Document, DocumentHeader, SignatureBlock
from .styles import Nd30Styles


class HRule(Flowable):
    """A solid horizontal rule of a given width, centred in the available width."""

    def __init__(self, width: float, *, thickness: float = 0.6, space_before: float = 1.5,
                 space_after: float = 2.0) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.space_before = space_before
        self.space_after = space_after
        self._avail = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        x0 = (self._avail - self.rule_width) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.rule_width, y)


class HeaderGrid(Flowable):
    """Rows of (left cell, right cell), each cell a stack of flowables, top-aligned.

    Used for the page-1 header instead of a Table so that nothing can split it and the right
    column (Quốc hiệu, Tiêu ngữ) is drawn first.
    """

    def __init__(self, rows: list[tuple[list[Flowable], list[Flowable]]], left_width: float,
                 right_width: float, row_gap: float = 4) -> None:
        super().__init__()
        self.rows = rows
        self.widths = (left_width, right_width)
        self.row_gap = row_gap
        self._heights: list[float] = []

    def _cell_height(self, cell: list[Flowable], width: float) -> float:
        total = 0.0
        for i, f in enumerate(cell):
            _, h = f.wrap(width, 10_000)
            total += h + (f.getSpaceBefore() if i else 0) + (f.getSpaceAfter() if i < len(cell) - 1 else 0)
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [max(self._cell_height(left, self.widths[0]), self._cell_height(right, self.widths[1]))
                         for left, right in self.rows]
        return availWidth, sum(self._heights) + self.row_gap * (len(self.rows) - 1)

    def _draw_cell(self, cell: list[Flowable], x: float, top: float, width: float) -> None:
        y = top
        for i, f in enumerate(cell):
            if i:
                y -= f.getSpaceBefore()
            _, h = f.wrap(width, 10_000)
            y -= h
            f.drawOn(self.canv, x, y)
            y -= f.getSpaceAfter()

    def draw(self) -> None:
        top = sum(self._heights) + self.row_gap * (len(self.rows) - 1)
        for (left, right), height in zip(self.rows, self._heights):
            self._draw_cell(right, self.widths[0], top, self.widths[1])
            self._draw_cell(left, 0, top, self.widths[0])
            top -= height + self.row_gap


class KeepWithStart(KeepTogether):
    """Headings kept with the start of the block after them: never a heading alone at the foot
    of a page, yet a long paragraph may still split (only its first `min_height` points must fit)."""

    def __init__(self, flowables: list[Flowable], min_height: float) -> None:
        super().__init__(flowables)
        self._min_height = min_height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content = list(self._content)
        need = 0.0
        for f in content[:-1]:
            need += f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceAfter()
        last = content[-1]
        need += last.getSpaceBefore() + min(last.wrapOn(self.canv, aW, aH)[1], self._min_height)
        frame = getattr(self, "_frame", None)
        if need > aH and not getattr(frame, "_atTop", False):
            return [FrameBreak(), *content]
        return content


@dataclass
class PlacementLog:
    """Collects the signature placements of one rendering."""

    placements: dict[str, SignaturePlacement] = field(default_factory=dict)


class SignatureSpace(Flowable):
    """The blank space between the signer's title and name; records its absolute position when drawn."""

    def __init__(self, height: float, field_name: str | None, log: PlacementLog, inset: float = 4 * mm) -> None:
        super().__init__()
        self.height = height
        self.field_name = field_name
        self.log = log
        self.inset = inset
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        if self.field_name is None:
            return
        x0, y0 = self.canv.absolutePosition(self.inset, 0)
        # The title's descenders reach a few points below its paragraph box.
        x1, y1 = self.canv.absolutePosition(self.width - self.inset, self.height - 4)
        self.log.placements[self.field_name] = SignaturePlacement(
            field_name=self.field_name, page_index=self.canv.getPageNumber() - 1,
            box=(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)))


def _longest(lines: tuple[str, ...] | list[str], font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in lines), default=0.0)


def build_header(header: DocumentHeader, st: Nd30Styles, width: float) -> list[Flowable]:
    """Page-1 header and title block: agency | Quốc hiệu, Tiêu ngữ; Số | place and date; type, summary."""
    left_w, right_w = width * 0.40, width * 0.60
    left: list[Flowable] = [Paragraph(to_markup(line.upper()), st.parent_agency) for line in header.parent_agency]
    left += [Paragraph(to_markup(line.upper()), st.agency) for line in header.issuing_agency]
    agency_w = min(_longest([a.upper() for a in header.issuing_agency], st.agency.fontName, st.agency.fontSize),
                   left_w)
    left.append(HRule(max(agency_w * 0.45, 15 * mm), space_before=4.5))
    national, motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
    right: list[Flowable] = [Paragraph(national, st.national), Paragraph(motto, st.motto),
                             HRule(stringWidth(motto, st.motto.fontName, st.motto.fontSize), space_before=4.5)]
    rows = [(left, right)]
    if header.number or header.place_date:
        place_date = to_markup(header.place_date, keep_runs=True)
        too_wide = stringWidth(header.place_date, st.place_date.fontName, st.place_date.fontSize) > right_w
        if too_wide and ", " in header.place_date:  # break after the place name, never inside the date
            place, _, rest = header.place_date.partition(", ")
            place_date = to_markup(f"{place},") + Markup("<br/>") + to_markup(rest, keep_runs=True)
        rows.append(([Paragraph(to_markup(header.number), st.number)], [Paragraph(place_date, st.place_date)]))
    flow: list[Flowable] = [HeaderGrid(rows, left_w, right_w)]
    flow.append(Paragraph(to_markup(header.doc_type.upper()), st.doc_type))
    for line in header.summary:
        flow.append(Paragraph(to_markup(line), st.summary))
    if header.subtitle:
        flow.append(Paragraph(to_markup(header.subtitle), st.subtitle))
    title_lines = list(header.summary) or [header.doc_type]
    title_w = min(_longest(title_lines, st.summary.fontName, st.summary.fontSize), width)
    flow.append(HRule(max(title_w / 3, 25 * mm), space_before=6, space_after=14))
    return flow


def _signer_cell(sig: SignatureBlock, st: Nd30Styles, log: PlacementLog) -> list[Flowable]:
    cell: list[Flowable] = []
    if sig.authority:
        cell.append(Paragraph(to_markup(sig.authority.upper()), st.sign_authority))
    cell += [Paragraph(to_markup(t.upper()), st.sign_authority) for t in sig.title]
    if sig.note:
        cell.append(Paragraph(to_markup(sig.note), st.sign_note))
    cell.append(SignatureSpace(sig.blank_height_mm * mm, sig.field_name, log))
    cell.append(Paragraph(to_markup(sig.signer_name), st.sign_name))
    return cell


def build_closing(document: Document, st: Nd30Styles, width: float, log: PlacementLog) -> Flowable | None:
    """Nơi nhận (left, level with the signer's authority line) and the signer block (right), one unit."""
    left: list[Flowable] = []
    if document.left_signature is not None:
        left = _signer_cell(document.left_signature, st, log)
    elif document.recipient_lines():
        left = [Paragraph("Nơi nhận:", st.recipients_title)]
        left += [Paragraph(to_markup(line), st.recipient) for line in document.recipient_lines()]
    right = _signer_cell(document.signature, st, log) if document.signature else []
    if not left and not right:
        return None
    split = 0.5 if document.left_signature is not None else 0.45
    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    table.spaceBefore = 6
    return table
