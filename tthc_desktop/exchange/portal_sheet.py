"""Parse the one-stop system's statistics sheet "TỔNG HỢP TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH".

Layout (DOMAIN §12): title, period row ("Kỳ báo cáo: Tháng 01/2026" or a date range), a header
block (often merged) STT | Lĩnh vực | (3)..(13), sometimes a numbered column row (1)(2)(3)...,
rows grouped in sections by source system ("I. Trên Hệ thống các Bộ", "II. Trên Hệ thống của
tỉnh"), a final TỔNG CỘNG row that is a check, not data. Every total that disagrees with its
parts is listed in Vietnamese in `differences`; nothing is corrected silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.text import fold
from tthc_desktop.errors import UserError
from tthc_desktop.exchange.xlsx_read import (
    Grid, GridRow, cell_text, column_labels, find_header_row, parse_count, read_grid, read_grids,
)

TITLE_KEY = "tong hop tinh hinh tiep nhan"

# Column number -> (attribute, label for messages).
COLUMNS: dict[int, tuple[str, str]] = {
    3: ("received_total", "Tổng số hồ sơ tiếp nhận"),
    4: ("new_online", "Trực tuyến"),
    5: ("new_direct_postal", "Trực tiếp, dịch vụ bưu chính"),
    6: ("carried_over", "Từ kỳ trước"),
    7: ("resolved_total", "Tổng số đã giải quyết"),
    8: ("early", "Trước hạn"),
    9: ("on_time", "Đúng hạn"),
    10: ("late", "Quá hạn (đã giải quyết)"),
    11: ("pending_total", "Tổng số đang giải quyết"),
    12: ("pending_in_time", "Trong hạn"),
    13: ("pending_overdue", "Quá hạn (đang giải quyết)"),
}
IDENTITIES: list[tuple[int, tuple[int, ...]]] = [(3, (4, 5, 6)), (7, (8, 9, 10)), (11, (12, 13)), (3, (7, 11))]
_HEADER_KEYWORDS = [["linh vuc"], ["tiep nhan", "nhan giai quyet"], ["da giai quyet"], ["dang giai quyet"],
                    ["truc tuyen"], ["truc tiep", "buu chinh"], ["ky truoc"], ["truoc han"], ["dung han"],
                    ["qua han"], ["trong han"]]
_BLOCK_WORDS = [k for group in _HEADER_KEYWORDS for k in group] + ["tong so", "trong ky", "stt", "trong do", "so ho so"]
_NUM_MARK = re.compile(r"\((\d{1,2})\)")
_ROMAN = re.compile(r"^(?:[IVX]+\s*[.)/-]?(?:\s|$)|[A-Z]\s*[.)])")
_COUNT_TEXT = re.compile(r"^-?[\d.,\s\u00a0]+$")
_DATE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


@dataclass
class PortalRow:
    """One field's figures (cột (3)-(13)) in one source-system section, with its sheet row."""

    section: str
    field_name: str
    received_total: int = 0
    new_online: int = 0
    new_direct_postal: int = 0
    carried_over: int = 0
    resolved_total: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    pending_total: int = 0
    pending_in_time: int = 0
    pending_overdue: int = 0
    sheet_row: int = 0

    def col(self, n: int) -> int:
        """Value of column (n), 3 <= n <= 13."""
        return getattr(self, COLUMNS[n][0])


@dataclass
class PortalSheet:
    """A parsed statistics sheet; `differences` lists every disagreeing total, in Vietnamese."""

    file_name: str
    sheet_name: str
    period_text: str
    period_start: date | None
    period_end: date | None
    period_code: str | None
    rows: list[PortalRow]
    total_row: PortalRow | None
    section_rows: list[PortalRow] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def sections(self) -> list[str]:
        """Source-system sections in sheet order."""
        return list(dict.fromkeys(r.section for r in self.rows))


def _is_count_like(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) or (
        isinstance(value, str) and bool(_COUNT_TEXT.match(value)) and any(ch.isdigit() for ch in value))


def _numbered_row(row: GridRow) -> dict[int, int] | None:
    """Column number -> column index if `row` is the (1)(2)(3)... row, else None."""
    found: dict[int, int] = {}
    ints: list[tuple[int, int]] = []
    for c, v in enumerate(row.values):
        t = cell_text(v)
        if m := _NUM_MARK.match(t):
            found.setdefault(int(m[1]), c)
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer():
            ints.append((c, int(v)))
    if len(found) >= 5:
        return found
    if len(ints) >= 5 and all(b[1] == a[1] + 1 and b[0] == a[0] + 1 for a, b in zip(ints, ints[1:])):
        return {n: c for c, n in ints}
    return None


def _header_block(grid: Grid, best: int) -> tuple[int, int]:
    """Extend the best header row up and down over adjacent text-only header rows (at most 4)."""
    def header_like(i: int, neighbour: int) -> bool:
        row = grid.rows[i]
        texts = {fold(cell_text(v)) for v in row.values if v is not None}
        labelled = {t for t in texts if any(k in t for k in _BLOCK_WORDS)}
        return (row.number == grid.rows[neighbour].number + (1 if i > neighbour else -1)
                and len(texts) > 1 and len(labelled) >= 2 and _numbered_row(row) is None
                and not any(_is_count_like(v) for v in row.values[2:]))
    first = last = best
    while first > 0 and best - first < 3 and header_like(first - 1, first):
        first -= 1
    while last + 1 < len(grid.rows) and last - first < 3 and header_like(last + 1, last):
        last += 1
    return first, last


def _column_from_label(label: str, group: str | None) -> tuple[int | None, str | None]:
    """Column number for a folded header label, given the group (received/resolved/pending) so far."""
    if "dang giai quyet" in label or "dang xu ly" in label:
        group = "pending"
    elif "da giai quyet" in label or "da xu ly" in label or "giai quyet xong" in label:
        group = "resolved"
    elif "tiep nhan" in label or "nhan giai quyet" in label:
        group = "received"
    rules = {
        "received": [("truc tuyen", 4), ("truc tiep", 5), ("buu chinh", 5), ("ky truoc", 6), ("tong", 3)],
        "resolved": [("truoc han", 8), ("dung han", 9), ("qua han", 10), ("tong", 7)],
        "pending": [("trong han", 12), ("chua den han", 12), ("qua han", 13), ("tong", 11)],
    }
    for key, n in rules.get(group or "", []):
        if key in label:
            return n, group
    return None, group


def _map_columns(grid: Grid, first: int, last: int, numbered: dict[int, int] | None) -> dict[int, int]:
    """Column number (1..13) -> column index, from the numbered row, "(n)" marks or the labels."""
    labels = column_labels(grid, first, last)
    mapping: dict[int, int] = dict(numbered or {})
    group: str | None = None
    for c, label in enumerate(labels):
        if not label:
            continue
        if c in mapping.values() or "ty le" in label or "%" in label:
            continue  # shares are computed by the app, never read
        if m := _NUM_MARK.search(label):
            mapping.setdefault(int(m[1]), c)
            continue
        if label in ("stt", "so tt", "tt") or label.startswith("stt "):
            mapping.setdefault(1, c)
            continue
        if "linh vuc" in label or "noi dung" in label:
            mapping.setdefault(2, c)
            continue
        n, group = _column_from_label(label, group)
        if n is not None:
            mapping.setdefault(n, c)
    return mapping


def _parse_period(texts: list[str]) -> tuple[str, date | None, date | None, str | None]:
    """Period text and, when it can be read, its dates and NĐ 09/2019 period code."""
    chosen = next((t for t in texts if "ky bao cao" in fold(t)), None) or next(
        (t for t in texts if "tu ngay" in fold(t) or re.search(r"\b(thang|quy|nam)\b", fold(t))), "")
    f = fold(chosen)
    code = None
    if m := re.search(r"thang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})", f):
        code = f"{m[2]}-M{int(m[1]):02d}"
    elif m := re.search(r"quy\s+(iv|iii|ii|i|[1-4])\s*(?:/|nam)\s*(\d{4})", f):
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m[1]) or int(m[1])
        code = f"{m[2]}-Q{q}"
    elif m := re.search(r"6 thang dau nam\s*(\d{4})", f):
        code = f"{m[1]}-6M"
    elif m := re.search(r"6 thang cuoi nam\s*(\d{4})", f):
        code = f"{m[1]}-6MC"
    elif m := re.search(r"9 thang(?: dau nam)?\s*(?:nam\s*)?(\d{4})", f):
        code = f"{m[1]}-9M"
    elif m := re.search(r"\bnam\s+(\d{4})\b", f):
        code = m[1]
    if code:
        try:
            parse_period(code)
        except UserError:
            code = None
    dates = []
    for d, mo, y in _DATE.findall(chosen):
        try:
            dates.append(date(int(y), int(mo), int(d)))
        except ValueError:
            pass
    if len(dates) >= 2 and dates[0] <= dates[1]:
        if code is None or (parse_period(code).start, parse_period(code).end) != (dates[0], dates[1]):
            code = f"{dates[0].isoformat()}..{dates[1].isoformat()}"
        return chosen, dates[0], dates[1], code
    if code:
        p = parse_period(code)
        return chosen, p.start, p.end, code
    return chosen, None, None, None


def _find_table(grids: list[Grid], file_name: str) -> tuple[Grid, int]:
    candidates = []
    for g in grids:
        best = find_header_row(g, _HEADER_KEYWORDS, min_hits=4)
        if best is not None:
            candidates.append((TITLE_KEY not in g.folded_text()[:2000], g, best))
    if not candidates:
        names = ", ".join(f"“{g.sheet_name}”" for g in grids)
        raise UserError(f"Tệp “{file_name}” không có bảng “Tổng hợp tình hình tiếp nhận và giải quyết TTHC” "
                        f"(không tìm thấy dòng tiêu đề cột Lĩnh vực, Trực tuyến, Đúng hạn...). Trang tính: {names}.")
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1], candidates[0][2]


def read_portal_sheet(path: str | Path, sheet: str | None = None) -> PortalSheet:
    """Parse a statistics workbook; picks the sheet by content unless `sheet` names one."""
    path = Path(path)
    grids = [read_grid(path, sheet)] if sheet is not None else read_grids(path)
    return parse_portal_grid(*_find_table(grids, path.name))


def parse_portal_grid(grid: Grid, header_index: int | None = None) -> PortalSheet:
    """Parse a Grid holding the statistics table (header found by content when not given)."""
    if header_index is None:
        grid, header_index = _find_table([grid], grid.file_name)
    first, last = _header_block(grid, header_index)
    data_start = last + 1
    numbered = None
    if data_start < len(grid.rows):
        numbered = _numbered_row(grid.rows[data_start])
        if numbered:
            data_start += 1
    mapping = _map_columns(grid, first, last, numbered)
    missing = [COLUMNS[n][1] for n in (4, 5, 6, 8, 9, 10, 12, 13) if n not in mapping]
    if 2 not in mapping:
        missing.insert(0, "Lĩnh vực")
    if missing:
        raise UserError(f"{grid.where(grid.rows[header_index].number)}: không nhận ra các cột "
                        f"{', '.join(f'“{m}”' for m in missing)} trong dòng tiêu đề.")
    period_text, start, end, code = _parse_period([r.text(c) for r in grid.rows[:first]
                                                   for c in range(len(r.values)) if r.text(c)])
    out = PortalSheet(grid.file_name, grid.sheet_name, period_text, start, end, code, [], None)
    _read_rows(grid, data_start, mapping, out)
    _check(out)
    return out


def _label_of(row: GridRow, mapping: dict[int, int]) -> tuple[str, str]:
    return row.text(mapping.get(1)), row.text(mapping.get(2))


def _read_rows(grid: Grid, start: int, mapping: dict[int, int], out: PortalSheet) -> None:
    section = ""
    for row in grid.rows[start:]:
        stt, name = _label_of(row, mapping)
        label = name or stt
        if name and stt and stt != name and _ROMAN.match(stt):
            label = f"{stt.rstrip('.)/- ')}. {name}"
        numeric = {n: row.get(c) for n, c in mapping.items() if n >= 3 and row.get(c) is not None
                   and (_is_count_like(row.get(c)) or cell_text(row.get(c)) not in (name, stt))}
        folded = fold(label)
        is_total = folded.startswith("tong cong") or folded in ("tong", "tong so", "cong") or fold(stt).startswith(
            "tong cong")
        is_section = bool(_ROMAN.match(stt) or _ROMAN.match(name)) or "he thong" in folded
        if not numeric:
            if is_section and not is_total:
                section = label
            elif label:
                out.ignored.append(f"Dòng {row.number}: “{label}” không có số liệu, bỏ qua.")
            continue
        values = {n: parse_count(v, grid=grid, row=row.number, column=f"({n}) {COLUMNS[n][1]}")
                  for n, v in numeric.items()}
        record = PortalRow(section=section, field_name=label, sheet_row=row.number)
        for n in COLUMNS:
            setattr(record, COLUMNS[n][0], values.get(n, 0))
        for total, parts in IDENTITIES[:3]:
            if total not in mapping:
                setattr(record, COLUMNS[total][0], sum(values.get(p, 0) for p in parts))
        if is_total:
            record.section, record.field_name = "", label or "TỔNG CỘNG"
            out.total_row = record
            break
        if is_section:
            section = label
            record.section = label
            out.section_rows.append(record)
            continue
        if not name or name == stt:
            raise UserError(f"{grid.where(row.number)}: có số liệu nhưng không có tên lĩnh vực.")
        out.rows.append(record)


def _who(row: PortalRow) -> str:
    extra = f" — {row.section}" if row.section and row.section != row.field_name else ""
    return f"Dòng {row.sheet_row} ({row.field_name}{extra})"


def _diff_text(row: PortalRow, n: int, declared: int, computed: int, what: str) -> str:
    """ "Dòng 9 (Hộ tịch — I. ...): cột (3) Tổng số hồ sơ tiếp nhận ghi 1.235, nhưng (4)+(5)+(6) = 1.234 (chênh 1)." """
    return (f"{_who(row)}: cột ({n}) {COLUMNS[n][1]} ghi {fmt_int(declared)}, nhưng {what} "
            f"{fmt_int(computed)} (chênh {fmt_int(abs(declared - computed))}).")


def _check(sheet: PortalSheet) -> None:
    """Fill `differences`: row identities, section subtotals, duplicate fields and the TỔNG CỘNG row."""
    every = sheet.rows + sheet.section_rows + ([sheet.total_row] if sheet.total_row else [])
    for row in sorted(every, key=lambda r: r.sheet_row):
        for total, parts in IDENTITIES:
            computed = sum(row.col(p) for p in parts)
            if row.col(total) != computed:
                what = "+".join(f"({p})" for p in parts) + " ="
                sheet.differences.append(_diff_text(row, total, row.col(total), computed, what))
    seen: dict[tuple[str, str], list[int]] = {}
    for row in sheet.rows:
        seen.setdefault((row.section, fold(row.field_name)), []).append(row.sheet_row)
    for (section, _), where in seen.items():
        if len(where) > 1:
            name = next(r.field_name for r in sheet.rows if r.sheet_row == where[0])
            place = f" trong mục “{section}”" if section else ""
            sheet.differences.append(f"Lĩnh vực “{name}” xuất hiện {len(where)} lần{place} "
                                     f"(dòng {', '.join(str(w) for w in where)}).")
    for sub in sheet.section_rows:
        members = [r for r in sheet.rows if r.section == sub.section]
        for n in COLUMNS:
            computed = sum(r.col(n) for r in members)
            if sub.col(n) != computed:
                sheet.differences.append(_diff_text(sub, n, sub.col(n), computed, "cộng các dòng trong mục được"))
    if sheet.total_row:
        for n in COLUMNS:
            computed = sum(r.col(n) for r in sheet.rows)
            if sheet.total_row.col(n) != computed:
                sheet.differences.append(_diff_text(sheet.total_row, n, sheet.total_row.col(n), computed,
                                                    "cộng các dòng lĩnh vực được"))
