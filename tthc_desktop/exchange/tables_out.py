"""Write tables for people: .xlsx with real numbers and Vietnamese-friendly formats, and CSV with BOM.

Numbers are stored as numbers with Excel formats ('#,##0', '0.00%', 'dd/mm/yyyy'), so a Vietnamese
Excel shows 3.748, 96,31% and 15/12/2023 while the clerk can still add them up. Files are written
to a temporary name in the same folder and moved into place, so a crash never leaves half a file.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from tthc_desktop.domain.formatting import fmt_date, fmt_pct_value
from tthc_desktop.domain.text import nfc
from tthc_desktop.fileio import atomic_writer

KINDS = ("text", "int", "decimal", "money", "percent", "date")
NUMBER_FORMATS = {"int": "#,##0", "decimal": "#,##0.##", "money": "#,##0", "percent": "0.00%",
                  "date": "dd/mm/yyyy"}
TOTAL_LABEL = "Tổng cộng"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """One output column: Vietnamese header, row key, kind and width in Excel character units.

    Kinds: text, int, money (integer đồng), percent (in percent units, as `formatting.percent()`
    returns: Decimal("96.31")), date (date, datetime or ISO text).
    """

    header: str
    key: str
    kind: str = "text"
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass
class SheetSpec:
    """One sheet of a workbook: title lines above a header row, rows as mappings, optional total row.

    `total=True` sums the int and money columns; a mapping gives the total row's values as they are.
    """

    title: str
    columns: Sequence[Column]
    rows: Sequence[Mapping[str, Any]]
    title_lines: Sequence[str] = field(default_factory=tuple)
    total: bool | Mapping[str, Any] = False
    total_label: str = TOTAL_LABEL


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Run `write` on a temp file beside `path`, then fsync and os.replace it (disk errors -> UserError)."""
    with atomic_writer(path, "wb") as fh:
        write(fh)
    return Path(path)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _excel_value(col: Column, value: Any) -> Any:
    """Cell value for openpyxl: numbers as numbers, percent as a fraction, dates as dates."""
    if value is None or value == "":
        return None
    if col.kind in ("int", "money"):
        return int(value)
    if col.kind == "decimal":  # e.g. a processing time of 0,5 ngày
        number = float(value)
        return int(number) if number.is_integer() else number
    if col.kind == "percent":
        return float(Decimal(str(value)) / 100)
    if col.kind == "date":
        return _as_date(value)
    return nfc(str(value))


def _sheet_title(title: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", nfc(title)).strip("' ")[:31] or "Bảng"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _total_values(spec: SheetSpec) -> dict[str, Any]:
    if isinstance(spec.total, Mapping):
        values = dict(spec.total)
    else:
        values = {c.key: sum(int(r.get(c.key) or 0) for r in spec.rows)
                  for c in spec.columns if c.kind in ("int", "money")}
    label_col = next((c for c in spec.columns if c.kind == "text"), None)
    if label_col is not None and not values.get(label_col.key):
        values[label_col.key] = spec.total_label
    return values


def _fill_sheet(ws, spec: SheetSpec) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncols = max(len(spec.columns), 1)
    r = 1
    for line in spec.title_lines:
        cell = ws.cell(r, 1, nfc(line))
        cell.font = Font(bold=True, size=13 if r == 1 else 12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if ncols > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    if spec.title_lines:
        r += 1  # one empty row between the title block and the table
    header_row = r
    for c, col in enumerate(spec.columns, start=1):
        cell = ws.cell(header_row, c, nfc(col.header))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
        if col.width:
            ws.column_dimensions[get_column_letter(c)].width = col.width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    body = [dict(row) for row in spec.rows]
    if spec.total is not False:
        body.append(_total_values(spec) | {"__total__": True})
    for values in body:
        r += 1
        is_total = values.get("__total__", False)
        for c, col in enumerate(spec.columns, start=1):
            value = _excel_value(col, values.get(col.key))
            cell = ws.cell(r, c, value)
            if col.kind == "text" and value is not None:
                cell.data_type = "s"  # never let "=..." typed by a user become a formula
            if col.kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[col.kind]
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=col.kind == "text")
            if is_total:
                cell.font = Font(bold=True)
    ws.print_title_rows = f"{header_row}:{header_row}"


def write_xlsx_sheets(path: str | Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write a workbook with one sheet per spec (e.g. figures per field and per vertical agency)."""
    from openpyxl import Workbook

    if not sheets:
        raise ValueError("at least one sheet is needed")
    wb = Workbook()
    used: set[str] = set()
    for i, spec in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = _sheet_title(spec.title, used)
        _fill_sheet(ws, spec)
    return atomic_write(path, wb.save)


def write_xlsx(path: str | Path, sheet_title: str, title_lines: Sequence[str], columns: Sequence[Column],
               rows: Sequence[Mapping[str, Any]], total: bool | Mapping[str, Any] = False,
               total_label: str = TOTAL_LABEL) -> Path:
    """Write one table to an .xlsx: title lines, bold wrapped header (frozen), formatted cells, optional total."""
    return write_xlsx_sheets(path, [SheetSpec(sheet_title, columns, rows, title_lines, total, total_label)])


def _csv_value(col: Column, value: Any) -> str:
    """CSV text: plain digits for counts (so Excel reads numbers), 96,31% for shares, dd/mm/yyyy dates."""
    if value is None or value == "":
        return ""
    if col.kind in ("int", "money"):
        return str(int(value))
    if col.kind == "decimal":
        number = float(value)
        return str(int(number)) if number.is_integer() else f"{number:g}".replace(".", ",")
    if col.kind == "percent":
        return fmt_pct_value(Decimal(str(value)))
    if col.kind == "date":
        return fmt_date(_as_date(value))
    text = nfc(str(value))
    return "'" + text if text[:1] in ("=", "+", "@") else text


def write_csv(path: str | Path, columns: Sequence[Column], rows: Sequence[Mapping[str, Any]],
              delimiter: str = ",") -> Path:
    """Write UTF-8 CSV with BOM (Excel needs the BOM to read diacritics), header row first.

    The separator is ',' by default, as Excel in the vi-VN locale expects; pass ';' for machines set
    otherwise. Text beginning with = + @ gets a leading apostrophe so Excel never runs it as a formula.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([nfc(c.header) for c in columns])
    for row in rows:
        writer.writerow([_csv_value(c, row.get(c.key)) for c in columns])
    data = buf.getvalue().encode("utf-8-sig")
    return atomic_write(path, lambda fh: fh.write(data))
