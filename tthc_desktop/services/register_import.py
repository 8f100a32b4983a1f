"""Bulk entry into the outage register from a CSV or XLSX sheet (the paper register typed later, or
another desk's list), and the export of "Hồ sơ chờ nhập lên hệ thống" for re-entry on the portal.

Import is all or nothing: a dry run lists per row what is new, what changes (a result date for a
dossier already in the register), what is ignored and why; `apply` writes only when no row has an
error. Format: docs/formats/register.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.errors import UserError
from tthc_desktop.services import register as svc
from tthc_desktop.store import register as reg
from tthc_desktop.store.db import Store

# column key -> folded header texts that name it (first match wins, longest alias first)
COLUMNS: dict[str, tuple[str, ...]] = {
    "receipt_no": ("so bien nhan", "ma ho so", "so phieu"),
    "procedure_code": ("ma tthc", "ma thu tuc"),
    "procedure_name": ("ten tthc", "ten thu tuc", "thu tuc hanh chinh"),
    "applicant_name": ("ho ten nguoi nop", "ho va ten", "ho ten", "ten to chuc, ca nhan", "to chuc, ca nhan",
                       "nguoi nop"),
    "applicant_id_no": ("so dinh danh", "cccd", "cmnd", "ma so thue"),
    "phone": ("dien thoai", "sdt", "so dt"),
    "email": ("email", "thu dien tu"),
    "address": ("dia chi",),
    "authorised_person": ("nguoi duoc uy quyen", "uy quyen"),
    "channel": ("kenh", "hinh thuc nop", "phuong thuc nop"),
    "documents": ("thanh phan ho so",),
    "copies": ("so bo", "so luong ho so"),
    "received_at": ("thoi gian nhan", "ngay nhan", "ngay tiep nhan", "nhan ho so"),
    "due_at": ("ngay hen tra", "hen tra", "ngay hen"),
    "fee": ("le phi", "phi, le phi", "phi"),
    "officer": ("can bo tiep nhan", "nguoi tiep nhan", "can bo"),
    "status": ("trang thai", "tinh trang"),
    "resolved_at": ("ngay tra ket qua", "ngay ket thuc", "ngay tra", "tra ket qua"),
    "return_reason": ("ly do",),
    "result_delivery": ("nhan ket qua", "noi nhan ket qua", "phuong thuc nhan ket qua"),
    "digitised": ("so hoa",),
    "note": ("ghi chu",),
}
REQUIRED = ("applicant_name", "received_at")

_STATUS_WORDS = {"da tiep nhan": "received", "moi tiep nhan": "received", "tiep nhan": "received",
                 "dang giai quyet": "processing", "dang xu ly": "processing", "da tra ket qua": "resolved",
                 "da giai quyet": "resolved", "hoan thanh": "resolved", "tra lai": "returned",
                 "tra lai ho so": "returned", "tu choi": "returned", "rut": "withdrawn", "rut ho so": "withdrawn",
                 "cong dan rut ho so": "withdrawn"}
_CHANNEL_WORDS = {"truc tiep": "truc_tiep", "buu chinh": "buu_chinh", "buu dien": "buu_chinh",
                  "truc tuyen": "truc_tuyen", "qua mang": "truc_tuyen"}
_YES = {"co", "x", "1", "yes", "da so hoa", "true"}


@dataclass
class RowOutcome:
    """What the import does with one sheet row: new, changed, ignored or error, and why."""

    row: int
    action: str  # new | changed | ignored | error
    receipt_no: str = ""
    message: str = ""


@dataclass
class ImportResult:
    file_name: str
    applied: bool
    outcomes: list[RowOutcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def errors(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "error"]

    def summary(self) -> str:
        verb = "Đã nhập" if self.applied else "Kiểm tra (chưa ghi)"
        return (f"{verb} tệp “{self.file_name}”: {self.count('new')} hồ sơ mới, {self.count('changed')} cập nhật, "
                f"{self.count('ignored')} bỏ qua, {self.count('error')} lỗi.")


def _map_columns(labels: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for alias in sorted(aliases, key=len, reverse=True):
            idx = next((i for i, lab in enumerate(labels) if lab and i not in found.values()
                        and (lab == alias or lab.startswith(alias + " ") or lab.startswith(alias + " ("))), None)
            if idx is not None:
                found[key] = idx
                break
    return found


def _int(text: str, what: str) -> int:
    digits = re.sub(r"[.\s,đ₫]|dong|đồng", "", text.lower())
    if not digits:
        return 0
    if not digits.isdigit():
        raise UserError(f"{what} “{text}” không phải số nguyên.")
    return int(digits)


def _choice(text: str, words: dict[str, str], what: str, default: str) -> str:
    key = fold(text)
    if not key:
        return default
    if key in words.values():
        return key
    if key in words:
        return words[key]
    raise UserError(f"{what} “{text}” không hiểu được (dùng: {', '.join(sorted(set(words)))}).")


def _procedure(store: Store, code: str, name: str) -> int:
    if code:
        return int(svc.resolve_procedure(store, code)["id"])
    if not name:
        raise UserError("thiếu mã TTHC (hoặc tên TTHC đúng như trong danh mục).")
    matches = [p for p in svc.search_procedures(store, name, limit=50) if fold(p["name"]) == fold(name)]
    if len(matches) != 1:
        raise UserError(f"tên TTHC “{name}” không khớp đúng một thủ tục trong danh mục: hãy ghi mã TTHC.")
    return int(matches[0]["id"])


def _row_input(store: Store, get) -> tuple[svc.DossierInput, str, datetime | None, str]:
    """DossierInput plus the target status, its date and reason from one sheet row (`get(key)` -> text)."""
    data = svc.DossierInput(
        procedure=_procedure(store, get("procedure_code"), get("procedure_name")),
        applicant_name=get("applicant_name"), received_at=svc.parse_when(get("received_at"), "Thời gian nhận"),
        applicant_id_no=get("applicant_id_no"), phone=get("phone"), email=get("email"), address=get("address"),
        authorised_person=get("authorised_person"),
        channel=_choice(get("channel"), _CHANNEL_WORDS, "Kênh tiếp nhận", "truc_tiep"),
        documents=[d.strip() for d in re.split(r"[;\n]", get("documents")) if d.strip()],
        copies=_int(get("copies"), "Số bộ") or 1, fee=_int(get("fee"), "Lệ phí"), officer=get("officer"),
        result_delivery=_choice(get("result_delivery"), _CHANNEL_WORDS | {"tai bo phan mot cua": "truc_tiep"},
                                "Nơi nhận kết quả", "truc_tiep"),
        digitised=fold(get("digitised")) in _YES, note=get("note"),
        due_at=svc.parse_when(get("due_at"), "Ngày hẹn trả"), receipt_no=get("receipt_no"))
    status = _choice(get("status"), _STATUS_WORDS, "Trạng thái", "received")
    resolved = svc.parse_when(get("resolved_at"), "Ngày trả kết quả")
    if resolved and status in ("received", "processing"):
        status = "resolved"
    if status in reg.CLOSED_STATUSES and not resolved:
        raise UserError(f"trạng thái “{svc.STATUSES[status]}” cần ngày trả kết quả / ngày kết thúc.")
    return data, status, resolved, get("return_reason")


class _DryRun(Exception):
    pass


def import_register(store: Store, path: str | Path, *, apply: bool = False,
                    now: datetime | None = None) -> ImportResult:
    """Read a CSV/XLSX register sheet; write it only with `apply` and only when no row has an error."""
    from tthc_desktop.exchange.xlsx_read import cell_text, find_header_row, read_table_file

    path = Path(path)
    now = now or datetime.now().replace(microsecond=0)
    grid = read_table_file(path)[0]
    aliases = [list(a) for a in COLUMNS.values()]
    head = find_header_row(grid, aliases, min_hits=3)
    if head is None:
        raise UserError(f"{grid.where()}: không tìm thấy dòng tiêu đề (cần ít nhất các cột “Họ tên người nộp”, "
                        "“Mã TTHC”, “Ngày nhận”). Xem mẫu trong docs/formats/register.md.")
    labels = [fold(cell_text(v)) for v in grid.rows[head].values]
    cols = _map_columns(labels)
    missing = [k for k in REQUIRED if k not in cols]
    if "procedure_code" not in cols and "procedure_name" not in cols:
        missing.append("procedure_code")
    if missing:
        names = {"applicant_name": "Họ tên người nộp", "received_at": "Ngày nhận", "procedure_code": "Mã TTHC"}
        columns = ", ".join(f"“{names[m]}”" for m in missing)
        raise UserError(f"{grid.where(grid.rows[head].number)}: thiếu cột {columns}.")
    result = ImportResult(path.name, applied=False)
    try:
        with store.atomic():
            for grow in grid.rows[head + 1:]:
                def get(key: str, _r=grow) -> str:
                    if key not in cols:
                        return ""
                    raw = _r.get(cols[key])
                    if isinstance(raw, datetime):  # Excel date-times keep their time of day
                        return raw.strftime("%d/%m/%Y %H:%M") if raw.time() != time(0) else f"{raw:%d/%m/%Y}"
                    return nfc(cell_text(raw))

                if not get("applicant_name") and not get("received_at"):
                    continue
                result.outcomes.append(_import_row(store, grow.number, get, now))
            if not apply or result.errors:
                raise _DryRun
    except _DryRun:
        return result
    result.applied = True
    return result


def _import_row(store: Store, number: int, get, now: datetime) -> RowOutcome:
    try:
        with store.atomic():
            data, status, resolved, reason = _row_input(store, get)
            existing = reg.get_by_receipt(store, data.receipt_no) if data.receipt_no else None
            if existing:
                if existing["status"] in reg.OPEN_STATUSES and status in reg.CLOSED_STATUSES:
                    svc.change_status(store, existing["id"], status, at=resolved, reason=reason, now=now)
                    return RowOutcome(number, "changed", existing["receipt_no"],
                                      f"cập nhật: {svc.STATUSES[status].lower()} ngày {svc.fmt_datetime(resolved)}")
                return RowOutcome(number, "ignored", existing["receipt_no"], "đã có trong sổ, không có gì mới")
            row = svc.receive_dossier(store, data, now=now)
            if status != "received":
                svc.change_status(store, row["id"], status, at=resolved, reason=reason, now=now)
            return RowOutcome(number, "new", row["receipt_no"],
                              f"{row['applicant_name']} — {row['procedure_code']}, hẹn trả "
                              f"{svc.fmt_datetime(row['due_at'])}")
    except UserError as exc:
        return RowOutcome(number, "error", get("receipt_no"), exc.message)


# ----------------------------------------------------------------------------- export for the portal
def portal_columns():
    """Columns of "Hồ sơ chờ nhập lên hệ thống", in the order the portal's receiving form asks for them."""
    from tthc_desktop.exchange.tables_out import Column

    return [
        Column("STT", "stt", "int", 6), Column("Mã hồ sơ (số biên nhận)", "receipt_no", "text", 24),
        Column("Mã TTHC", "procedure_code", "text", 12), Column("Tên thủ tục hành chính", "procedure_name", "text", 40),
        Column("Lĩnh vực", "field_name", "text", 16), Column("Họ tên người nộp", "applicant_name", "text", 24),
        Column("Số định danh cá nhân/tổ chức", "applicant_id_no", "text", 16),
        Column("Số điện thoại", "phone", "text", 13), Column("Email", "email", "text", 18),
        Column("Địa chỉ", "address", "text", 30), Column("Người được ủy quyền", "authorised_person", "text", 18),
        Column("Kênh tiếp nhận", "channel_label", "text", 12),
        Column("Thành phần hồ sơ", "documents_text", "text", 40), Column("Số bộ", "copies", "int", 7),
        Column("Thời gian tiếp nhận", "received_text", "text", 17), Column("Ngày hẹn trả", "due_text", "text", 17),
        Column("Phí, lệ phí (đồng)", "fee", "money", 12), Column("Cán bộ tiếp nhận", "officer", "text", 20),
        Column("Trạng thái", "status_label", "text", 16), Column("Ngày trả kết quả", "resolved_text", "text", 17),
        Column("Lý do trả lại/rút", "return_reason", "text", 24),
        Column("Nhận kết quả tại", "delivery_label", "text", 22), Column("Số hóa", "digitised_text", "text", 8),
    ]


def portal_rows(store: Store, now: datetime | None = None) -> list[dict]:
    """Rows of the "Hồ sơ chờ nhập lên hệ thống" sheet, oldest first, keyed as `portal_columns()`."""
    out = []
    for i, d in enumerate(svc.pending_portal(store, now=now), start=1):
        out.append({**d, "stt": i, "documents_text": "; ".join(d["documents"]),
                    "received_text": svc.fmt_datetime(d["received_at"]), "due_text": svc.fmt_datetime(d["due_at"]),
                    "resolved_text": svc.fmt_datetime(d["resolved_at"]),
                    "delivery_label": svc.RESULT_DELIVERY.get(d["result_delivery"] or "", ""),
                    "digitised_text": "Có" if d["digitised"] else "Không"})
    return out


def export_pending_portal(store: Store, path: str | Path, now: datetime | None = None) -> int:
    """Write the dossiers not yet entered on the provincial system to an .xlsx; returns how many."""
    from tthc_desktop.exchange.tables_out import write_xlsx
    from tthc_desktop.store.profile import get_profile

    rows = portal_rows(store, now)
    unit = (get_profile(store) or {}).get("name", "")
    stamp = now or datetime.now()
    write_xlsx(path, "Chờ nhập hệ thống", ["HỒ SƠ CHỜ NHẬP LÊN HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC",
                                             f"{unit} — lập lúc {svc.fmt_datetime(stamp)}, {len(rows)} hồ sơ"],
               portal_columns(), rows)
    return len(rows)


def register_book_columns():
    """Columns of the Sổ theo dõi hồ sơ (one-stop regulation form), for the .xlsx/.csv export of the register."""
    from tthc_desktop.exchange.tables_out import Column

    return [
        Column("STT", "stt", "int", 6), Column("Mã hồ sơ", "receipt_no", "text", 24),
        Column("Tên TTHC", "procedure_name", "text", 40), Column("Lĩnh vực", "field_name", "text", 16),
        Column("Tên tổ chức, cá nhân", "applicant_name", "text", 24),
        Column("Địa chỉ, số điện thoại", "contact", "text", 34), Column("Kênh tiếp nhận", "channel_label", "text", 12),
        Column("Nhận hồ sơ", "received_text", "text", 17), Column("Hẹn trả kết quả", "due_text", "text", 17),
        Column("Trả kết quả", "resolved_text", "text", 17), Column("Trạng thái", "status_label", "text", 16),
        Column("Tiến độ", "timeliness_label", "text", 12), Column("Phương thức nhận kết quả", "delivery_label", "text", 18),
        Column("Phí, lệ phí (đồng)", "fee", "money", 12), Column("Công chức tiếp nhận", "officer", "text", 18),
    ]


def export_register(store: Store, path: str | Path, *, start: str | None = None, end: str | None = None,
                    now: datetime | None = None, flt=None, progress=None) -> int:
    """Write the register (dossiers received within [start, end], oldest first) to .xlsx or .csv (BOM).

    `flt` (a store.register.DossierFilter) exports what the register screen shows instead; `progress(done,
    total)` is told after every page read.
    """
    from dataclasses import replace

    from tthc_desktop.exchange.tables_out import write_csv, write_xlsx
    from tthc_desktop.store.profile import get_profile
    from tthc_desktop.store.register import DossierFilter

    flt = replace(flt or DossierFilter(), received_from=start or (flt.received_from if flt else None),
                  received_to=end or (flt.received_to if flt else None))
    total = svc.count_dossiers(store, flt, now=now) if progress else 0
    rows, offset = [], 0
    while True:
        page = svc.list_dossiers(store, flt, offset=offset, limit=2000, now=now, oldest_first=True)
        rows += page
        offset += len(page)
        if progress:
            progress(offset, total)
        if len(page) < 2000:
            break
    out = []
    for i, d in enumerate(rows, start=1):
        out.append({**d, "stt": i, "contact": "; ".join(x for x in (d.get("address"), d.get("phone")) if x),
                    "received_text": svc.fmt_datetime(d["received_at"]), "due_text": svc.fmt_datetime(d["due_at"]),
                    "resolved_text": svc.fmt_datetime(d["resolved_at"]),
                    "delivery_label": svc.RESULT_DELIVERY.get(d.get("result_delivery") or "", "")})
    if str(path).lower().endswith(".csv"):
        write_csv(path, register_book_columns(), out)
    else:
        unit = (get_profile(store) or {}).get("name", "")
        write_xlsx(path, "Sổ theo dõi hồ sơ", ["SỔ THEO DÕI HỒ SƠ", f"{unit} — {len(out)} hồ sơ"],
                   register_book_columns(), out)
    return len(out)
