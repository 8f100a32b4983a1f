"""The same ND 30 `Document` as a Word file (.docx), for offices that must edit in Word before signing.

Times New Roman 14, A4 with the ND 30 margins, the two-column header, justified body with first-line
indent, page numbers centred at the top from page 2, landscape sections for annexes, and the
"Nơi nhận" / signer block. Built with python-docx from the model the PDF renderer uses, so both
outputs say the same thing.
"""
from __future__ import annotations

import io
import re
from collections.abc import Sequence

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.domain.text import nfc
from tthc_desktop.reports.nd30.markup import Markup, clean_text
from tthc_desktop.reports.nd30.model import (Annex, Bullet, DataTable, Document, Gap, HeaderCell, Heading, Para,
                                             SignatureBlock, TableRow)

FONT = "Times New Roman"
ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_TOKEN = re.compile(r"<(/?)(b|i|u)>|<br\s*/?>", re.IGNORECASE)


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _runs(paragraph, value: object, *, size: float | None = None, bold: bool = False, italic: bool = False) -> None:
    """Add `value` to `paragraph`: plain text literally; Markup with its <b>/<i>/<u>/<br/> runs."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = fmt_int(value)
    if not isinstance(value, Markup):
        text = clean_text(str(value or ""))
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            _run(paragraph, line, size, bold, italic)
        return
    state = {"b": bold, "i": italic, "u": False}
    pos = 0
    for m in _TOKEN.finditer(value):
        if m.start() > pos:
            _run(paragraph, _unescape(value[pos:m.start()]), size, state["b"], state["i"], state["u"])
        if m.group(2):
            state[m.group(2).lower()] = not m.group(1)
        else:
            paragraph.add_run().add_break()
        pos = m.end()
    if pos < len(value):
        _run(paragraph, _unescape(value[pos:]), size, state["b"], state["i"], state["u"])


def _run(paragraph, text: str, size: float | None, bold: bool, italic: bool, underline: bool = False) -> None:
    run = paragraph.add_run(nfc(text))
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    if size:
        run.font.size = Pt(size)


def _para(container, value: object = "", *, align: str = "justify", size: float | None = None, bold: bool = False,
          italic: bool = False, indent: bool = False, before: float = 0, after: float = 6):
    p = container.add_paragraph()
    p.alignment = ALIGN[align]
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = Mm(12.7)
    _runs(p, value, size=size, bold=bold, italic=italic)
    return p


def _rule(container, width_mm: float, cell_width_mm: float) -> None:
    """A short centred line (the rule under the agency, the motto and the summary)."""
    p = container.add_paragraph()
    side = max((cell_width_mm - width_mm) / 2, 0)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    p.paragraph_format.space_after = Pt(4)
    p_pr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    borders.append(bottom)
    p_pr.append(borders)
    run = p.add_run()
    run.font.size = Pt(2)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _setup_styles(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    r_fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        r_fonts.set(qn(attr), FONT)
    style.paragraph_format.space_after = Pt(6)
    style.paragraph_format.line_spacing = 1.15


def _portrait(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)


def _landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(20), Mm(15)
    section.header_distance = Mm(10)


def _page_numbers(section) -> None:
    """PAGE field centred in the header; none on page 1 (different first page)."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _header(doc, document: Document) -> None:
    h = document.header
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Mm(68), Mm(97)
    lines = [(line, False) for line in h.parent_agency] + [(line, True) for line in h.issuing_agency]
    for i, (line, is_bold) in enumerate(lines):
        if i == 0:
            _cell_text(left, line.upper(), bold=is_bold, size=13, align="center")
        else:
            _para(left, line.upper(), align="center", size=13, bold=is_bold, after=0)
    _rule(left, 22, 68)
    _para(left, h.number, align="center", size=13, after=0)
    p = right.paragraphs[0]
    p.alignment = ALIGN["center"]
    p.paragraph_format.space_after = Pt(0)
    _runs(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", align="center", size=13.5, bold=True, after=0)
    _rule(right, 60, 97)
    _para(right, h.place_date, align="center", size=13.5, italic=True, before=4, after=0)
    _para(doc, h.doc_type, align="center", size=14, bold=True, before=18, after=0)
    for line in h.summary:
        _para(doc, line, align="center", size=14, bold=True, after=0)
    if h.subtitle:
        _para(doc, h.subtitle, align="center", size=14, italic=True, after=0)
    _rule(doc, 45, 165)


def _cell_text(cell, value, *, bold=False, italic=False, size=12, align="left") -> None:
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    _runs(p, value, size=size, bold=bold, italic=italic)


def _table(doc, table: DataTable, width_mm: float) -> None:
    ncols = max(len(table.rows[0].cells if isinstance(table.rows[0], TableRow) else table.rows[0])
                if table.rows else 0,
                sum((c.colspan if isinstance(c, HeaderCell) else 1) for c in table.header[0]) if table.header else 0)
    nhead = len(table.header)
    numbered = table.numbered
    body = [r if isinstance(r, TableRow) else TableRow(tuple(r)) for r in table.rows]
    if table.total is not None:
        body.append(table.total if isinstance(table.total, TableRow) else TableRow(tuple(table.total), bold=True))
    extra = 1 if numbered else 0
    t = doc.add_table(rows=nhead + extra + len(body), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = table.font_size or 12
    weights = list(table.col_widths or [1] * ncols)
    total_w = sum(weights)
    for i, col in enumerate(t.columns):
        for cell in col.cells:
            cell.width = Mm(width_mm * weights[i] / total_w)
    occupied: set[tuple[int, int]] = set()
    for r, header_row in enumerate(table.header):
        c = 0
        for item in header_row:
            while (r, c) in occupied:
                c += 1
            cell = item if isinstance(item, HeaderCell) else HeaderCell(str(item))
            end_r, end_c = r + cell.rowspan - 1, c + cell.colspan - 1
            target = t.cell(r, c)
            if (end_r, end_c) != (r, c):
                target = target.merge(t.cell(end_r, end_c))
            for rr in range(r, end_r + 1):
                for cc in range(c, end_c + 1):
                    occupied.add((rr, cc))
            _cell_text(target, cell.text, bold=True, size=size, align="center")
            c = end_c + 1
    for r in range(nhead):
        tr_pr = t.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    if numbered:
        labels = numbered if not isinstance(numbered, bool) else [f"({i})" for i in range(1, ncols + 1)]
        for c, label in enumerate(labels[:ncols]):
            _cell_text(t.cell(nhead, c), label, italic=True, size=size - 1, align="center")
    aligns = list(table.align or [])
    for i, row in enumerate(body):
        r = nhead + extra + i
        cells = list(row.cells)
        c = 0
        if row.span > 1:
            merged = t.cell(r, 0).merge(t.cell(r, row.span - 1))
            _cell_text(merged, cells.pop(0), bold=row.bold, italic=row.italic, size=size, align="center")
            c = row.span
        for value in cells:
            align = aligns[c] if c < len(aligns) else ("right" if isinstance(value, int) else "left")
            _cell_text(t.cell(r, c), value if value is not None else "", bold=row.bold, italic=row.italic,
                       size=size, align=align)
            c += 1


def _annex(doc, annex: Annex) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _landscape(section)
    top = doc.add_table(rows=1, cols=3)
    _no_borders(top)
    left, mid, right = top.rows[0].cells
    _cell_text(left, annex.form_code, bold=True, size=12)
    for line in annex.form_note:
        _para(left, line, align="left", size=11, italic=True, after=0)
    for i, line in enumerate(annex.title):
        if i == 0:
            _cell_text(mid, line, bold=True, size=13, align="center")
        else:
            _para(mid, line, align="center", size=13, bold=True, after=0)
    if annex.period:
        _para(mid, annex.period, align="center", size=12, italic=True, after=0)
    units = [u for u in (f"- Đơn vị báo cáo: {annex.reporting_unit}" if annex.reporting_unit else "",
                         f"- Đơn vị nhận báo cáo: {annex.receiving_unit}" if annex.receiving_unit else "") if u]
    for i, line in enumerate(units):
        if i == 0:
            _cell_text(right, line, size=11)
        else:
            _para(right, line, align="left", size=11, after=0)
    if annex.unit:
        _para(doc, f"Đơn vị tính: {annex.unit}", align="right", size=12, italic=True, before=4, after=4)
    _table(doc, annex.table, 262)
    for note in annex.notes:
        _para(doc, note, align="left", size=12, italic=True, before=4)


def _closing(doc, document: Document) -> None:
    sig = document.signature
    if sig is None and not document.recipients:
        return
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Mm(80), Mm(85)
    if document.left_signature is not None:
        _signer(left, document.left_signature)
    elif document.recipients:
        _cell_text(left, "Nơi nhận:", bold=True, italic=True, size=12)
        for line in document.recipient_lines():
            _para(left, line, align="left", size=11, after=0)
    if sig is not None:
        _signer(right, sig)


def _signer(cell, sig: SignatureBlock) -> None:
    first = True
    for line in ([sig.authority] if sig.authority else []) + list(sig.title):
        if first:
            _cell_text(cell, line.upper(), bold=True, size=13.5, align="center")
            first = False
        else:
            _para(cell, line.upper(), align="center", size=13.5, bold=True, after=0)
    if sig.note:
        _para(cell, sig.note, align="center", size=13, italic=True, after=0)
    for _ in range(4):
        _para(cell, "", align="center", after=0)
    _para(cell, sig.signer_name, align="center", size=14, bold=True, after=0)


def _blocks(doc, blocks: Sequence, document: Document) -> None:
    in_landscape = False
    for block in blocks:
        if isinstance(block, Annex):
            _annex(doc, block)
            in_landscape = True
            continue
        if in_landscape:
            _portrait(doc.add_section(WD_SECTION.NEW_PAGE))
            in_landscape = False
        if isinstance(block, Heading):
            text = block.text.upper() if block.level == 1 and not isinstance(block.text, Markup) else block.text
            _para(doc, text, align="justify", bold=block.level < 3, italic=block.italic, indent=True, before=6)
        elif isinstance(block, Para):
            _para(doc, block.text, align=block.align, size=block.size, indent=block.indent)
        elif isinstance(block, Bullet):
            marker = block.marker
            _para(doc, Markup(f"{marker} ") + block.text if isinstance(block.text, Markup) else f"{marker} {block.text}",
                  indent=True)
        elif isinstance(block, Gap):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(block.height_mm * 2.83)
        elif isinstance(block, DataTable):
            _table(doc, block, 165)
    if in_landscape:
        _portrait(doc.add_section(WD_SECTION.NEW_PAGE))


def render_docx(document: Document, *, title: str, author: str, subject: str = "") -> bytes:
    """The document as .docx bytes (same content as the PDF, ND 30 styles)."""
    doc = new_docx()
    _setup_styles(doc)
    _portrait(doc.sections[0])
    _page_numbers(doc.sections[0])
    props = doc.core_properties
    props.title, props.author, props.subject = nfc(title), nfc(author), nfc(subject)
    _header(doc, document)
    _blocks(doc, document.body, document)
    _closing(doc, document)
    for annex in document.annexes:
        _annex(doc, annex)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
