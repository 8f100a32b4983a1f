"""Tables of NĐ 30 documents: merged multi-row headers, a numbered column row (1)(2)(3)...,
numbers right-aligned as "3.748", a bold total row, header rows repeated on every page; and the
biểu header of landscape annexes (form code, title, units, period, "Đơn vị tính")."""
from __future__ import annotations

import re
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from .markup import Markup, clean_text, to_markup
from .model import Annex, CellValue, DataTable, HeaderCell, TableRow
from .styles import Nd30Styles

_NUMERIC = re.compile(r"^[-+]?[\d.]+(,\d+)?%?$")
GRID = 0.5


def _header_grid(header: Sequence[Sequence[str | HeaderCell]], ncols: int) -> tuple[list[list[str]], list[tuple]]:
    """Place HTML-like header cells on a grid; return texts and SPAN commands."""
    nrows = len(header)
    grid: list[list[str | None]] = [[None] * ncols for _ in range(nrows)]
    spans: list[tuple] = []
    for r, row in enumerate(header):
        c = 0
        for cell in row:
            cell = cell if isinstance(cell, HeaderCell) else HeaderCell(str(cell))
            while c < ncols and grid[r][c] is not None:
                c += 1
            if c + cell.colspan > ncols or r + cell.rowspan > nrows:
                raise ValueError(f"header cell {cell.text!r} does not fit the {nrows}x{ncols} header")
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    grid[rr][cc] = ""
            grid[r][c] = cell.text
            if cell.colspan > 1 or cell.rowspan > 1:
                spans.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
            c += cell.colspan
    missing = [(r, c) for r in range(nrows) for c in range(ncols) if grid[r][c] is None]
    if missing:
        raise ValueError(f"header leaves cells uncovered at (row, column) {missing[:5]}")
    return [[g or "" for g in row] for row in grid], spans


def _column_count(table: DataTable) -> int:
    if table.col_widths:
        return len(table.col_widths)
    first = table.header[0] if table.header else []
    return sum(c.colspan if isinstance(c, HeaderCell) else 1 for c in first)


def _as_row(row: Sequence[CellValue] | TableRow) -> TableRow:
    return row if isinstance(row, TableRow) else TableRow(tuple(row))


def _is_number(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and bool(_NUMERIC.match(value.strip()))


def _default_align(table: DataTable, ncols: int, header_texts: list[list[str]]) -> list[str]:
    align = []
    rows = [_as_row(r) for r in table.rows]
    for c in range(ncols):
        values = [r.cells[c - r.span + 1] for r in rows if r.span == 1 or c >= r.span]
        values = [v for v in values if v not in (None, "", "-")]
        head = " ".join(h[c] for h in header_texts).strip().upper()
        if head in ("STT", "TT", "SỐ TT"):
            align.append("center")
        elif values and all(_is_number(v) for v in values):
            align.append("right")
        else:
            align.append("left")
    return align


def build_table(table: DataTable, st: Nd30Styles, width: float, *, default_size: float = 12) -> Table:
    """A LongTable for `table`, its columns scaled to `width`."""
    ncols = _column_count(table)
    size = table.font_size or default_size
    weights = list(table.col_widths or [1] * ncols)
    if len(weights) != ncols:
        raise ValueError(f"{len(weights)} column widths for {ncols} columns")
    widths = [width * w / sum(weights) for w in weights]
    header_texts, spans = _header_grid(table.header, ncols)
    body = [_as_row(r) for r in table.rows]
    if table.total is not None:
        total = _as_row(table.total)
        body.append(TableRow(total.cells, bold=True, italic=total.italic, span=total.span))
    for row in body:
        if len(row.cells) != ncols - row.span + 1:
            raise ValueError(f"row {list(row.cells)!r} has {len(row.cells)} cells, expected {ncols - row.span + 1}")
    align = list(table.align or _default_align(table, ncols, header_texts))
    head_style = st.cell(size, bold=True, align="center")
    data: list[list[object]] = [[Paragraph(to_markup(t), head_style) for t in row] for row in header_texts]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        # Same leading as the Paragraph cells, so plain number cells sit on the same baseline.
        ("LEADING", (0, 0), (-1, -1), round(size * 1.18, 1)),
        ("GRID", (0, 0), (-1, -1), GRID, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *spans,
    ]
    repeat = len(header_texts)
    if table.numbered:
        labels = [f"({i})" for i in range(1, ncols + 1)] if table.numbered is True else list(table.numbered)
        if len(labels) != ncols:
            raise ValueError(f"{len(labels)} column numbers for {ncols} columns")
        commands += [("FONTNAME", (0, repeat), (-1, repeat), st.fonts.italic),
                     ("FONTSIZE", (0, repeat), (-1, repeat), size - 1),
                     ("LEADING", (0, repeat), (-1, repeat), round((size - 1) * 1.18, 1)),
                     ("ALIGN", (0, repeat), (-1, repeat), "CENTER")]
        data.append([clean_text(x) for x in labels])
        repeat += 1
    commands += [("ALIGN", (c, repeat), (c, -1), a.upper()) for c, a in enumerate(align)]
    for row in body:
        r = len(data)
        face = st.fonts.face(bold=row.bold, italic=row.italic)
        if face != st.fonts.regular:
            commands.append(("FONTNAME", (0, r), (-1, r), face))
        cells: list[object] = []
        for i, value in enumerate(row.cells):
            col = 0 if i == 0 else i + row.span - 1
            cell_align = "center" if (i == 0 and row.span > 1) else align[col]
            if _is_number(value) and not isinstance(value, Markup):
                # Numbers never wrap: a plain cell (drawn in the row's face) is much faster than a Paragraph.
                cells.append(to_markup(value) if isinstance(value, int) else clean_text(str(value)))
            else:
                cells.append(Paragraph(to_markup(value), st.cell(size, bold=row.bold, italic=row.italic,
                                                                 align=cell_align)))
            if i == 0:
                cells.extend([""] * (row.span - 1))
        if row.span > 1:
            commands += [("SPAN", (0, r), (row.span - 1, r)), ("ALIGN", (0, r), (0, r), "CENTER")]
        data.append(cells)
    result = LongTable(data, colWidths=widths, repeatRows=repeat, hAlign="CENTER", splitByRow=1)
    result.setStyle(TableStyle(commands))
    result.spaceBefore = 3
    result.spaceAfter = 6
    return result


def build_annex(annex: Annex, st: Nd30Styles, width: float) -> list[Flowable]:
    """Biểu header (code | title, period | units), "Đơn vị tính", the table, then notes."""
    left: list[object] = [Paragraph(to_markup(annex.form_code), st.annex_code)]
    left += [Paragraph(to_markup(n), st.annex_note) for n in annex.form_note]
    middle: list[object] = [Paragraph(to_markup(t.upper()), st.annex_title) for t in annex.title]
    if annex.period:
        middle.append(Paragraph(to_markup(annex.period), st.annex_period))
    right: list[object] = []
    for label, unit in (("Đơn vị báo cáo", annex.reporting_unit), ("Đơn vị nhận báo cáo", annex.receiving_unit)):
        if unit:
            right.append(Paragraph(to_markup(f"- {label}: {unit}"), st.annex_units))
    head = Table([[left, middle, right]], colWidths=[width * 0.22, width * 0.50, width * 0.28])
    head.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    flow: list[Flowable] = [head]
    if annex.unit:
        flow.append(Paragraph(to_markup(f"Đơn vị tính: {annex.unit}"), st.annex_unit_line))
    else:
        flow.append(Spacer(1, 4 * mm))
    flow.append(build_table(annex.table, st, width, default_size=11))
    flow += [Paragraph(to_markup(n), st.annex_footnote) for n in annex.notes]
    return flow

