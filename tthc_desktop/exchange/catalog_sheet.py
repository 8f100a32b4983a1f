"""Parse the province's procedure catalog export (danh mục TTHC) from .xlsx or UTF-8 .csv.

Columns (DOMAIN §6), matched loosely by name wherever the header row is: STT, Mã TTHC, Tên thủ
tục, Lĩnh vực, Cơ quan công bố, Loại TTHC, Cơ quan thực hiện, Cấp thực hiện, Mức độ cung cấp DVC
(toàn trình / một phần / chưa cung cấp), Phí lệ phí, Đơn vị thực hiện, Thời hạn giải quyết; the
app's starter CSV (ma_tthc, ten_tthc, linh_vuc, muc_do_dvc, lien_thong, thoi_han_ngay_lam_viec,
phi_le_phi) reads the same way. A provincial code 2.000908.000.00.00.H61 is split into the
national code 2.000908 and the local suffix .000.00.00.H61. Rows that cannot be used are listed
in `skipped` with their row number and reason, never dropped silently.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_desktop.assets import asset_path
from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.errors import UserError
from tthc_desktop.exchange.xlsx_read import Grid, GridRow, cell_text, find_header_row, read_table_file

TOAN_TRINH, MOT_PHAN, NO_ONLINE = "toan_trinh", "mot_phan", "none"

# key -> folded header aliases (punctuation and "_" read as spaces); earlier aliases win.
COLUMN_ALIASES: dict[str, list[str]] = {
    "stt": ["stt", "so tt", "tt", "so thu tu"],
    "code": ["ma tthc", "ma thu tuc", "ma so tthc", "ma so", "ma"],
    "name": ["ten thu tuc", "ten tthc", "ten thu tuc hanh chinh", "thu tuc hanh chinh", "ten"],
    "field": ["linh vuc"],
    "publishing_agency": ["co quan cong bo"],
    "procedure_type": ["loai tthc", "loai thu tuc"],
    "implementing_agency": ["co quan thuc hien", "co quan giai quyet"],
    "level": ["cap thuc hien"],
    "online": ["muc do cung cap dvc", "muc do dvc", "muc do dich vu cong", "dich vu cong truc tuyen", "muc do"],
    "fee": ["phi le phi", "le phi", "phi"],
    "implementing_unit": ["don vi thuc hien"],
    "lien_thong": ["lien thong"],
    "processing": ["thoi han giai quyet", "thoi han ngay lam viec", "thoi gian giai quyet", "thoi han"],
    "legal_basis": ["can cu phap ly"],
}
_CODE = re.compile(r"^(\d\.\d{6})((?:\.[0-9A-Za-z]+)*)$")
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)")
_HEADING = re.compile(r"^\s*(?:[IVX]+|[A-Z])\s*[.)/-]")


@dataclass(frozen=True)
class CatalogRow:
    """One procedure of the catalog as read, with its sheet row number."""

    sheet_row: int
    code: str
    local_code: str
    name: str
    field_name: str
    online_type: str = NO_ONLINE
    online_text: str = ""
    lien_thong: bool = False
    procedure_type: str = ""
    publishing_agency: str = ""
    implementing_agency: str = ""
    implementing_unit: str = ""
    level: str = ""
    fee_text: str = ""
    has_fee: bool | None = None
    processing_text: str = ""
    processing_days: float | None = None
    processing_hours: float | None = None
    legal_basis: str = ""
    section: str = ""
    stt: str = ""

    @property
    def full_code(self) -> str:
        """The code as the province writes it: national code + local suffix."""
        return self.code + self.local_code


@dataclass
class CatalogSheet:
    """Parsed catalog: usable rows, and every other row with the reason it was left out."""

    file_name: str
    sheet_name: str
    rows: list[CatalogRow]
    skipped: list[str] = field(default_factory=list)


def split_code(text: Any) -> tuple[str, str] | None:
    """("2.000908", ".000.00.00.H61") from "2.000908.000.00.00.H61"; None if not a TTHC code."""
    if isinstance(text, float):
        text = f"{text:.6f}"  # Excel turned 2.000800 into the number 2.0008
    s = "".join(cell_text(text).split())
    m = _CODE.match(s)
    return (m[1], m[2]) if m else None


def online_type(text: str | None) -> str:
    """'toan_trinh', 'mot_phan' or 'none' from "Toàn trình", "Một phần", "Chưa cung cấp DVC", "Mức độ 4"..."""
    f = fold(text)
    if not f or "chua" in f or "khong" in f:
        return NO_ONLINE
    if "toan trinh" in f or re.search(r"muc do\s*4\b", f):
        return TOAN_TRINH
    if "mot phan" in f or re.search(r"muc do\s*3\b", f):
        return MOT_PHAN
    return NO_ONLINE


def has_fee(text: str | None) -> bool | None:
    """True for "Có thu phí" or an amount, False for "Miễn phí", "Không", "0 VNĐ"; None when empty or unclear."""
    f = fold(text)
    if not f:
        return None
    if "mien" in f or "khong" in f or re.fullmatch(r"[^0-9]*\b0\s*(vnd|dong)\b.*", f):
        return False
    if "co thu" in f or re.search(r"\d", f) or "hoi dong nhan dan" in f:
        return True
    return None


def processing_time(text: str | None) -> tuple[float | None, float | None]:
    """(days, hours) from "25", "05 ngày làm việc", "04 giờ", "1,5 ngày"; (None, None) when not one clear value."""
    f = fold(text)
    numbers = _NUMBER.findall(f)
    if len(numbers) != 1:
        return None, None
    value = float(numbers[0].replace(",", "."))
    if "gio" in f:
        return None, value
    if re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", f) or "ngay lam viec" in f:
        return value, None
    return None, None


def _label(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def map_catalog_columns(header: GridRow) -> dict[str, int]:
    """Key -> column index from a header row, exact names first, then names containing an alias."""
    labels = [_label(header.text(c)) for c in range(len(header.values))]
    mapping: dict[str, int] = {}
    for exact in (True, False):
        pairs = [(a, k) for k, aliases in COLUMN_ALIASES.items() for a in aliases]
        if not exact:
            pairs.sort(key=lambda p: -len(p[0]))
        for alias, key in pairs:
            if key in mapping:
                continue
            for c, lab in enumerate(labels):
                if c in mapping.values() or not lab:
                    continue
                if lab == alias or (not exact and len(alias) > 3 and re.search(rf"\b{alias}\b", lab)):
                    mapping[key] = c
                    break
    return mapping


def _header(grids: list[Grid], file_name: str) -> tuple[Grid, int]:
    groups = [["ma tthc", "ma thu tuc", "ma_tthc", "ma so"], ["ten thu tuc", "ten tthc", "ten_tthc"],
              ["linh vuc", "linh_vuc"], ["muc do", "muc_do"], ["phi"]]
    for g in grids:
        idx = find_header_row(g, groups, min_hits=2)
        if idx is not None:
            return g, idx
    names = ", ".join(f"“{g.sheet_name}”" for g in grids)
    raise UserError(f"Tệp “{file_name}” không có bảng danh mục TTHC: không tìm thấy dòng tiêu đề có cột "
                    f"“Mã TTHC” và “Tên thủ tục” (trang tính: {names}).")


def read_catalog(path: str | Path, sheet: str | None = None) -> CatalogSheet:
    """Parse a catalog .xlsx (sheet chosen by content unless named) or .csv."""
    path = Path(path)
    grid, idx = _header(read_table_file(path, sheet), path.name)
    return parse_catalog_grid(grid, idx)


def parse_catalog_grid(grid: Grid, header_index: int) -> CatalogSheet:
    """Rows below the header of a catalog grid."""
    header = grid.rows[header_index]
    cols = map_catalog_columns(header)
    if "code" not in cols or "name" not in cols:
        raise UserError(f"{grid.where(header.number)}: cần có cột “Mã TTHC” và cột “Tên thủ tục”.")
    out = CatalogSheet(grid.file_name, grid.sheet_name, [])
    seen: dict[str, int] = {}
    heading_field, section = "", ""

    def get(row: GridRow, key: str) -> str:
        return row.text(cols.get(key))

    for row in grid.rows[header_index + 1:]:
        raw_code = row.get(cols["code"])
        code_text, name, stt = cell_text(raw_code), get(row, "name"), get(row, "stt")
        parts = split_code(raw_code)
        if parts is None:
            other = {cell_text(v) for v in row.values if v is not None} - {stt}
            if len(other) == 1 or (not other):
                text = next(iter(other), "")
                if not text:
                    continue
                if "linh vuc" in fold(text):
                    heading_field = re.sub(r"(?i)^.*?l[iĩ]nh\s+v[uự]c\s*:?\s*", "", text).strip() or heading_field
                else:
                    section = f"{stt.rstrip('.)/- ')}. {text}" if stt and _HEADING.match(stt + ".") else text
                    heading_field = ""
                continue
            if not code_text:
                out.skipped.append(f"Dòng {row.number}: thiếu mã TTHC (“{name or sorted(other)[0]}”), bỏ qua.")
            elif not re.fullmatch(r"\(?\d{1,2}\)?", code_text):  # else the numbered column row (1)(2)(3)
                out.skipped.append(f"Dòng {row.number}: mã TTHC “{code_text}” không đúng dạng 1.001193 "
                                   "(có thể kèm đuôi của tỉnh), bỏ qua.")
            continue
        if not name:
            out.skipped.append(f"Dòng {row.number}: mã {code_text} không có tên thủ tục, bỏ qua.")
            continue
        if parts[0] in seen:
            out.skipped.append(f"Dòng {row.number}: mã {parts[0]} trùng với dòng {seen[parts[0]]}, bỏ qua.")
            continue
        seen[parts[0]] = row.number
        online_text = get(row, "online")
        fee_text = get(row, "fee")
        proc_text = get(row, "processing")
        days, hours = processing_time(proc_text)
        kind = get(row, "procedure_type")
        lt = fold(get(row, "lien_thong"))
        out.rows.append(CatalogRow(
            sheet_row=row.number, code=parts[0], local_code=parts[1], name=name,
            field_name=get(row, "field") or heading_field, online_type=online_type(online_text),
            online_text=online_text, lien_thong=lt in ("co", "x", "lien thong") or "lien thong" in fold(kind),
            procedure_type=kind, publishing_agency=get(row, "publishing_agency"),
            implementing_agency=get(row, "implementing_agency"), implementing_unit=get(row, "implementing_unit"),
            level=get(row, "level"), fee_text=fee_text, has_fee=has_fee(fee_text), processing_text=proc_text,
            processing_days=days, processing_hours=hours, legal_basis=get(row, "legal_basis"),
            section=section, stt=stt))
    return out


STARTER_CATALOG = "resources/data/catalog-xa-starter.csv"
STARTER_FIELDS = "resources/data/fields-xa.json"


def load_starter_catalog() -> CatalogSheet:
    """The demo catalog of commune procedures shipped with the app (not an official list)."""
    return read_catalog(asset_path(STARTER_CATALOG))


def load_starter_fields() -> list[tuple[str, str | None]]:
    """Commune-level fields (lĩnh vực) shipped with the app, as (name, group or None), in display order."""
    data = json.loads(asset_path(STARTER_FIELDS).read_text(encoding="utf-8"))
    return [(nfc(f["name"]), nfc(f.get("group")) or None) for f in data["fields"]]
