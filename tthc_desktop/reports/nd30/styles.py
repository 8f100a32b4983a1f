"""Page geometry and paragraph styles of Nghị định 30/2020/NĐ-CP, Phụ lục I.

Sizes follow the pairing the decree allows: Quốc hiệu 12 pt with Tiêu ngữ 13 pt, agency 13 pt,
body 14 pt justified with a 1 cm first-line indent and 6 pt between paragraphs, "Nơi nhận:" 12 pt
bold italic, recipients 11 pt. Every style names a registered serif face: never Helvetica.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from tthc_desktop.reports.fonts import SerifFonts

PORTRAIT = A4
LANDSCAPE = landscape(A4)


@dataclass(frozen=True)
class Margins:
    """Page margins in points."""

    top: float
    bottom: float
    left: float
    right: float


# NĐ 30: top 20-25, bottom 20-25, left 30-35, right 15-20 mm. Right 17 mm: ReportLab sometimes draws
# an (invisible) trailing space glyph past a justified line end; it must stay inside the 15 mm.
PORTRAIT_MARGINS = Margins(top=20 * mm, bottom=20 * mm, left=30 * mm, right=17 * mm)
# Wide tables: the top edge of a landscape page is the binding side once the report is bound.
LANDSCAPE_MARGINS = Margins(top=25 * mm, bottom=18 * mm, left=20 * mm, right=20 * mm)
PAGE_NUMBER_BASELINE = 12 * mm  # below the top edge, centred: inside the top margin
PAGE_NUMBER_SIZE = 13

BODY_SIZE = 14
BODY_LEADING = 17  # about 1.2 lines: between single and 1.5 spacing
PARA_SPACE = 6
FIRST_LINE_INDENT = 10 * mm
ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class Nd30Styles:
    """All paragraph styles of one document, bound to one font family."""

    fonts: SerifFonts
    parent_agency: ParagraphStyle
    agency: ParagraphStyle
    number: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    place_date: ParagraphStyle
    doc_type: ParagraphStyle
    summary: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    recipients_title: ParagraphStyle
    recipient: ParagraphStyle
    sign_authority: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle
    annex_code: ParagraphStyle
    annex_note: ParagraphStyle
    annex_title: ParagraphStyle
    annex_units: ParagraphStyle
    annex_period: ParagraphStyle
    annex_unit_line: ParagraphStyle
    annex_footnote: ParagraphStyle

    def cell(self, size: float, *, bold: bool = False, italic: bool = False, align: str = "left") -> ParagraphStyle:
        """Style of a table cell (cached: big tables ask for the same few styles many times)."""
        return _cell_style(self.fonts, size, bold, italic, align)


@lru_cache(maxsize=256)
def _cell_style(fonts: SerifFonts, size: float, bold: bool, italic: bool, align: str) -> ParagraphStyle:
    return ParagraphStyle(
            f"cell-{size}-{bold}-{italic}-{align}", fontName=fonts.face(bold=bold, italic=italic),
            fontSize=size, leading=round(size * 1.18, 1), alignment=ALIGN[align], splitLongWords=1)


def make_styles(fonts: SerifFonts) -> Nd30Styles:
    """Build the style set for `fonts`."""

    def style(name: str, size: float, *, bold: bool = False, italic: bool = False, align: int = TA_CENTER,
              leading: float | None = None, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=fonts.face(bold=bold, italic=italic), fontSize=size,
                              leading=leading or round(size * 1.18, 1), alignment=align, **extra)

    body_kw = {"leading": BODY_LEADING, "spaceAfter": PARA_SPACE, "firstLineIndent": FIRST_LINE_INDENT,
               "align": TA_JUSTIFY}
    return Nd30Styles(
        fonts=fonts,
        parent_agency=style("parent_agency", 13, leading=15),
        agency=style("agency", 13, bold=True, leading=15),
        number=style("number", 13, leading=15),
        national=style("national", 12, bold=True, leading=15),
        motto=style("motto", 13, bold=True, leading=15),
        place_date=style("place_date", 14, italic=True, leading=16),
        doc_type=style("doc_type", 14, bold=True, leading=17, spaceBefore=20),
        summary=style("summary", 14, bold=True, leading=17),
        subtitle=style("subtitle", 14, italic=True, leading=17, spaceBefore=2),
        body=style("body", BODY_SIZE, **body_kw),
        heading1=style("heading1", BODY_SIZE, bold=True, **body_kw),
        heading2=style("heading2", BODY_SIZE, bold=True, **body_kw),
        heading3=style("heading3", BODY_SIZE, **body_kw),
        recipients_title=style("recipients_title", 12, bold=True, italic=True, align=TA_LEFT, leading=14),
        recipient=style("recipient", 11, align=TA_LEFT, leading=13, leftIndent=6, firstLineIndent=-6),
        sign_authority=style("sign_authority", 14, bold=True, leading=16),
        sign_note=style("sign_note", 14, italic=True, leading=16),
        sign_name=style("sign_name", 14, bold=True, leading=16),
        annex_code=style("annex_code", 12, bold=True, align=TA_LEFT, leading=14),
        annex_note=style("annex_note", 11, italic=True, align=TA_LEFT, leading=13),
        annex_title=style("annex_title", 13, bold=True, leading=15),
        annex_units=style("annex_units", 12, align=TA_LEFT, leading=14),
        annex_period=style("annex_period", 12, italic=True, leading=14, spaceBefore=3),
        annex_unit_line=style("annex_unit_line", 12, italic=True, align=TA_RIGHT, leading=14,
                              spaceBefore=4, spaceAfter=3),
        annex_footnote=style("annex_footnote", 12, italic=True, align=TA_JUSTIFY, leading=14, spaceBefore=6),
    )
