"""Read spreadsheets "as they come" (openpyxl): merged cells filled, text numbers parsed, header found by content.

Files clerks receive (portal statistics, provincial catalogs) move their header up and down, merge
header cells, store counts as text with thousand dots ("3.748") and carry blank rows. Everything
here works on a `Grid` of non-blank rows that keep their real sheet row numbers, so every message
can name the file, sheet, row and value the clerk must look at.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.errors import UserError

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_THOUSANDS_DOT = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(?:,\d{3})+$")
_PLAIN_INT = re.compile(r"^-?\d+$")
_ZERO_MARKS = {"", "-", "–", "—", "x"}


@dataclass
class GridRow:
    """One non-blank sheet row: its 1-based row number and cell values (None for empty cells)."""

    number: int
    values: list[Any]

    def get(self, col: int | None) -> Any:
        """Value of 0-based column `col` (None when out of range or col is None)."""
        if col is None or col < 0 or col >= len(self.values):
            return None
        return self.values[col]

    def text(self, col: int | None) -> str:
        """Cell as stripped NFC text ("" when empty)."""
        return cell_text(self.get(col))


@dataclass
class Grid:
    """Non-blank rows of one sheet, with where they came from."""

    file_name: str
    sheet_name: str
    rows: list[GridRow]

    def where(self, row_number: int | None = None) -> str:
        """Location prefix for messages: 'Tệp “a.xlsx”, trang tính “Sheet1”, dòng 12'."""
        text = f"Tệp “{self.file_name}”, trang tính “{self.sheet_name}”"
        return text + (f", dòng {row_number}" if row_number is not None else "")

    def folded_text(self) -> str:
        """Whole grid as one folded string, to recognise a sheet by its content."""
        return " | ".join(fold(cell_text(v)) for r in self.rows for v in r.values if v is not None)


def cell_text(value: Any) -> str:
    """Cell value as stripped NFC text; whole floats without ".0"; dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return " ".join(nfc(str(value)).split())


def _check_signature(path: Path) -> None:
    """Turn the usual wrong files into a clear message before openpyxl sees them."""
    name = path.name
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp “{path}”.")
    with path.open("rb") as fh:
        head = fh.read(8)
        if head.startswith(_CFB_MAGIC):
            body = head + fh.read()
            if _ENCRYPTED_MARK in body:
                raise UserError(f"Tệp “{name}” được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu "
                                "(Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại và chọn lại tệp.")
            raise UserError(f"Tệp “{name}” là định dạng Excel 97-2003 (.xls). Hãy mở bằng Excel và "
                            "lưu thành “Sổ làm việc Excel (.xlsx)” rồi chọn lại tệp.")
    if not head.startswith(b"PK"):
        raise UserError(f"Tệp “{name}” không phải tệp Excel .xlsx (hoặc đã bị hỏng).")


def open_workbook(path: str | Path):
    """Open an .xlsx with cached formula values; UserError for missing, old, locked or broken files."""
    from openpyxl import load_workbook

    path = Path(path)
    _check_signature(path)
    try:
        return load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không đọc được như tệp Excel .xlsx ({exc}).") from exc
    except Exception as exc:  # openpyxl raises its own InvalidFileException and parser errors
        raise UserError(f"Tệp “{path.name}” bị hỏng hoặc không đọc được như tệp Excel .xlsx ({exc}).") from exc


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook, in order."""
    return list(open_workbook(path).sheetnames)


def _sheet_rows(ws, fill_merged: bool) -> list[list[Any]]:
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    if fill_merged:
        for rng in ws.merged_cells.ranges:
            top = values[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(values) else None
            for r in range(rng.min_row - 1, min(rng.max_row, len(values))):
                row = values[r]
                if len(row) < rng.max_col:
                    row.extend([None] * (rng.max_col - len(row)))
                for c in range(rng.min_col - 1, rng.max_col):
                    row[c] = top
    return values


def _to_grid(raw: list[list[Any]], file_name: str, sheet_name: str) -> Grid:
    rows = []
    for i, values in enumerate(raw, start=1):
        clean = [None if (isinstance(v, str) and not v.strip()) else (nfc(v.strip()) if isinstance(v, str) else v)
                 for v in values]
        if any(v is not None for v in clean):
            rows.append(GridRow(i, clean))
    return Grid(file_name, sheet_name, rows)


def grid_from_sheet(ws, file_name: str, fill_merged: bool = True) -> Grid:
    """Grid of an open worksheet."""
    return _to_grid(_sheet_rows(ws, fill_merged), file_name, nfc(ws.title))


def read_grid(path: str | Path, sheet: str | None = None, *, fill_merged: bool = True) -> Grid:
    """Grid of one sheet (the first one when `sheet` is None); UserError naming the sheets if absent."""
    path = Path(path)
    wb = open_workbook(path)
    return grid_from_sheet(_pick_sheet(wb, sheet, path.name), path.name, fill_merged)


def read_grids(path: str | Path, *, fill_merged: bool = True) -> list[Grid]:
    """Grids of every worksheet, to choose a sheet by its content."""
    path = Path(path)
    wb = open_workbook(path)
    return [grid_from_sheet(ws, path.name, fill_merged) for ws in wb.worksheets]


def _pick_sheet(wb, sheet: str | None, file_name: str):
    if sheet is None:
        return wb.worksheets[0]
    for ws in wb.worksheets:
        if ws.title == sheet or fold(ws.title) == fold(sheet):
            return ws
    names = ", ".join(f"“{n}”" for n in wb.sheetnames)
    raise UserError(f"Tệp “{file_name}” không có trang tính “{sheet}”. Các trang tính có trong tệp: {names}.")


def read_csv_grid(path: str | Path) -> Grid:
    """Grid of a CSV file in UTF-8 (with or without BOM); the separator (, ; or tab) is detected."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp “{path}”.")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"Tệp “{path.name}” không phải CSV mã UTF-8. Trong Excel hãy chọn Lưu thành "
                        "“CSV UTF-8 (phân tách bằng dấu phẩy)” rồi chọn lại tệp.") from exc
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    raw = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return _to_grid(raw, path.name, "CSV")


def read_table_file(path: str | Path, sheet: str | None = None) -> list[Grid]:
    """Grids of a .csv (one) or an .xlsx (the named sheet, else every sheet)."""
    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return [read_csv_grid(path)]
    if sheet is not None:
        return [read_grid(path, sheet)]
    return read_grids(path)


def parse_count(value: Any, *, grid: Grid, row: int, column: str) -> int:
    """A dossier count from a cell: 3748, "3.748", " 12 ", "1,234"; blank or "-" is 0.

    Raises UserError naming file, sheet, row, column and value for negative, fractional or non-numeric input.
    """
    def bad(reason: str) -> UserError:
        return UserError(f"{grid.where(row)}, cột “{column}”: giá trị “{cell_text(value)}” {reason}.")

    if value is None:
        return 0
    if isinstance(value, bool):
        raise bad("không phải số")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise bad("không phải số nguyên")
        n = int(value)
    else:
        text = "".join(str(value).replace("\u00a0", " ").split())
        if text.lower() in _ZERO_MARKS:
            return 0
        if _THOUSANDS_DOT.match(text):
            text = text.replace(".", "")
        elif _THOUSANDS_COMMA.match(text):
            text = text.replace(",", "")
        if not _PLAIN_INT.match(text):
            raise bad("không phải số nguyên")
        n = int(text)
    if n < 0:
        raise bad("là số âm; số hồ sơ không được âm")
    return n


def find_header_row(grid: Grid, keyword_groups: Sequence[Sequence[str]], *, min_hits: int = 2,
                    max_scan: int = 40) -> int | None:
    """Index in `grid.rows` of the row matching most keyword groups (folded substrings), or None."""
    best, best_hits = None, 0
    for idx, row in enumerate(grid.rows[:max_scan]):
        cells = [fold(cell_text(v)) for v in row.values if v is not None]
        hits = sum(1 for group in keyword_groups if any(k in c for k in group for c in cells))
        if hits > best_hits:
            best, best_hits = idx, hits
    return best if best_hits >= min_hits else None


def column_labels(grid: Grid, first: int, last: int) -> list[str]:
    """Folded label of each column over header rows first..last, parts joined top-down without repeats."""
    width = max((len(r.values) for r in grid.rows[first:last + 1]), default=0)
    labels = []
    for c in range(width):
        parts: list[str] = []
        for r in grid.rows[first:last + 1]:
            t = fold(r.text(c))
            if t and t not in parts:
                parts.append(t)
        labels.append(" ".join(parts))
    return labels
