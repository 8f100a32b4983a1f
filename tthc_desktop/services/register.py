"""The outage register (sổ theo dõi hồ sơ): receive a dossier, give it a receipt number and an
appointment date (ngày hẹn trả kết quả), follow its status, hand it back to the provincial system.

When the provincial one-stop portal is down the desk keeps receiving citizens here; afterwards the
register is a source of the period's counts (services/register_rollup.py) and the list of dossiers
to re-enter on the portal ("Hồ sơ chờ nhập lên hệ thống").

Statuses: received (đã tiếp nhận) → processing (đang giải quyết) → resolved (đã trả kết quả), or
returned (trả lại hồ sơ) / withdrawn (công dân rút hồ sơ), both with a reason.
"""
from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.text import nfc
from tthc_desktop.domain.workdays import EARLY, LATE, ON_TIME, DueDate, WorkCalendar, classify_resolution
from tthc_desktop.errors import UserError
from tthc_desktop.store import catalog
from tthc_desktop.store import days_off as days_off_store
from tthc_desktop.store import register as reg
from tthc_desktop.store.db import Store
from tthc_desktop.store.locks import assert_unlocked
from tthc_desktop.store.profile import get_profile, get_setting

STATUSES = {"received": "Đã tiếp nhận", "processing": "Đang giải quyết", "resolved": "Đã trả kết quả",
            "returned": "Trả lại hồ sơ", "withdrawn": "Công dân rút hồ sơ"}
CHANNELS = {"truc_tiep": "Trực tiếp", "buu_chinh": "Bưu chính", "truc_tuyen": "Trực tuyến"}
RESULT_DELIVERY = {"truc_tiep": "Nơi tiếp nhận hồ sơ", "buu_chinh": "Địa chỉ người nộp, qua dịch vụ bưu chính",
                   "truc_tuyen": "Trực tuyến"}
TIMELINESS = {EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn",
              "trong_han": "Trong hạn", "qua_han_chua_tra": "Quá hạn, chưa trả"}
TRANSITIONS = {"received": ("processing", "resolved", "returned", "withdrawn"),
               "processing": ("resolved", "returned", "withdrawn")}
NEEDS_REASON = ("returned", "withdrawn")

SETTING_FORMAT = "register_receipt_format"
SETTING_BOOK = "register_book_no"
DEFAULT_FORMAT = "{unit_code}-{yymmdd}-{seq:04d}"
_PLACEHOLDERS = {"unit_code", "yyyy", "yy", "mm", "dd", "yymmdd", "seq"}


def parse_when(value: date | datetime | str | None, what: str = "Thời gian") -> datetime | None:
    """A date-time from the forms and files clerks use: dd/mm/yyyy [HH:MM], ISO, or a date/datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    text = " ".join(nfc(str(value)).strip().replace("T", " ").split())
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                "%Y-%m-%d", "%d-%m-%Y %H:%M", "%d-%m-%Y", "%H:%M %d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise UserError(f"{what} không hợp lệ: “{value}” (dùng dạng dd/mm/yyyy hh:mm, ví dụ 05/03/2025 14:30).")


def iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def fmt_datetime(value: str | datetime | None) -> str:
    """"14 giờ 30 phút, ngày 05/03/2025" style is for the receipt; lists use "05/03/2025 14:30"."""
    if not value:
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return f"{fmt_date(moment)} {moment:%H:%M}"


# ----------------------------------------------------------------------------- calendar and numbers
def work_calendar(store: Store) -> WorkCalendar:
    """The office's calendar: weekends, public holidays, official swaps and its own days off / worked days."""
    off, work = days_off_store.overrides(store)
    return WorkCalendar(extra_off=off, extra_work=work)


def check_receipt_format(fmt: str) -> str:
    """Refuse a receipt-number format that has unknown fields or no {seq} (numbers must stay unique)."""
    fmt = nfc(fmt or "").strip()
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    except ValueError as exc:
        raise UserError(f"Mẫu số biên nhận không hợp lệ: “{fmt}” ({exc}).") from exc
    unknown = names - _PLACEHOLDERS
    if unknown:
        raise UserError(f"Mẫu số biên nhận “{fmt}” có trường không biết: {', '.join(sorted(unknown))}. "
                        f"Dùng: {', '.join('{' + p + '}' for p in sorted(_PLACEHOLDERS))}.")
    if "seq" not in names:
        raise UserError(f"Mẫu số biên nhận “{fmt}” phải có {{seq}} (số thứ tự trong năm) để số không trùng.")
    return fmt


def format_receipt_no(fmt: str, unit_code: str, received: datetime, seq: int) -> str:
    """Receipt number (mã hồ sơ) from the format: "{unit_code}-{yymmdd}-{seq:04d}" -> "000.00.21.H26-250305-0007"."""
    return check_receipt_format(fmt).format(
        unit_code=unit_code, yyyy=f"{received.year:04d}", yy=f"{received.year % 100:02d}",
        mm=f"{received.month:02d}", dd=f"{received.day:02d}", yymmdd=f"{received:%y%m%d}", seq=seq)


def receipt_format(store: Store) -> str:
    return get_setting(store, SETTING_FORMAT, DEFAULT_FORMAT) or DEFAULT_FORMAT


def unit_code(store: Store) -> str:
    """The unit's identifier code (mã định danh) used in receipt numbers; "HS" until the profile has one."""
    return ((get_profile(store) or {}).get("code") or "HS").strip()


# ----------------------------------------------------------------------------- receiving
@dataclass
class DossierInput:
    """What the desk types when it receives a dossier (one Giấy tiếp nhận)."""

    procedure: int | str  # id, or national code "1.001193"
    applicant_name: str
    received_at: datetime | str | None = None  # default: now
    applicant_id_no: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    authorised_person: str = ""
    channel: str = "truc_tiep"
    documents: list[str] = field(default_factory=list)
    copies: int = 1
    fee: int = 0
    officer: str = ""
    result_delivery: str = "truc_tiep"
    digitised: bool = False
    note: str = ""
    processing_days: float | None = None  # override when the catalog has no time limit
    processing_hours: float | None = None
    due_at: datetime | str | None = None  # override of the computed appointment
    receipt_no: str = ""  # keep a paper receipt's number (imports); blank = next number


def resolve_procedure(store: Store, ref: int | str) -> dict:
    """The catalog procedure by id or national code; Vietnamese message naming the value otherwise."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        return catalog.get_procedure(store, int(ref))
    found = catalog.find_procedure_by_code(store, str(ref))
    if not found:
        raise UserError(f"Không có thủ tục mã “{ref}” trong danh mục TTHC. Tìm thủ tục theo tên "
                        "(không cần dấu) hoặc thêm thủ tục vào danh mục trước.")
    return catalog.get_procedure(store, int(found["id"]))


def search_procedures(store: Store, text: str, limit: int = 20) -> list[dict]:
    """Procedures in force matching `text` without diacritics ("khai sinh", "1.0011"), for the picker."""
    rows = catalog.list_procedures(store, search=text, status="in_force")
    return rows[:limit]


def appointment(store: Store, received: datetime, days: float | None, hours: float | None,
                calendar: WorkCalendar | None = None) -> DueDate:
    """Appointment time for a time limit in working days (or hours), with the days off skipped."""
    if not days and not hours:
        raise UserError("Thủ tục chưa có thời hạn giải quyết trong danh mục: nhập số ngày làm việc "
                        "hoặc ngày hẹn trả kết quả.")
    return (calendar or work_calendar(store)).due_date(received, days=days, hours=hours)


def receive_dossier(store: Store, data: DossierInput, *, now: datetime | None = None,
                    calendar: WorkCalendar | None = None) -> dict:
    """Record a received dossier: receipt number, appointment, search key; returns the stored dossier."""
    now = now or datetime.now().replace(microsecond=0)
    proc = resolve_procedure(store, data.procedure)
    name = nfc(data.applicant_name or "").strip()
    if not name:
        raise UserError("Thiếu họ tên người nộp hồ sơ (Ông/Bà hoặc tổ chức).")
    received = parse_when(data.received_at, "Thời gian nhận hồ sơ") or now
    if received > now + timedelta(minutes=5):
        raise UserError(f"Thời gian nhận hồ sơ {fmt_datetime(received)} ở tương lai.")
    if data.channel not in CHANNELS:
        raise UserError(f"Kênh tiếp nhận không hợp lệ: “{data.channel}” (truc_tiep, buu_chinh, truc_tuyen).")
    if data.result_delivery not in RESULT_DELIVERY:
        raise UserError(f"Nơi nhận kết quả không hợp lệ: “{data.result_delivery}” (truc_tiep, buu_chinh, truc_tuyen).")
    if data.fee < 0 or data.copies < 1:
        raise UserError("Lệ phí không được âm và số bộ hồ sơ ít nhất là 1.")
    days = data.processing_days if data.processing_days is not None else proc.get("processing_days")
    hours = data.processing_hours if data.processing_hours is not None else proc.get("processing_hours")
    due = parse_when(data.due_at, "Ngày hẹn trả kết quả")
    if due is None:
        due = appointment(store, received, days, hours, calendar).due
    elif due < received:
        raise UserError(f"Ngày hẹn trả {fmt_datetime(due)} trước thời gian nhận {fmt_datetime(received)}.")
    with store.atomic():
        assert_unlocked(store, received.date())
        seq = reg.next_seq(store, received.year)
        receipt = nfc(data.receipt_no or "").strip() or format_receipt_no(
            receipt_format(store), unit_code(store), received, seq)
        if reg.receipt_exists(store, receipt):
            raise UserError(f"Số biên nhận “{receipt}” đã có trong sổ.")
        stamp = iso(now)
        officer = nfc(data.officer or "").strip() or (store.user if store.user != "system" else "")
        did = reg.insert_dossier(store, {
            "receipt_no": receipt, "year": received.year, "seq": seq, "procedure_id": proc["id"],
            "field_id": proc["field_id"], "applicant_name": name,
            "applicant_id_no": nfc(data.applicant_id_no or "").strip(), "phone": nfc(data.phone or "").strip(),
            "email": nfc(data.email or "").strip(), "address": nfc(data.address or "").strip(),
            "authorised_person": nfc(data.authorised_person or "").strip(), "channel": data.channel,
            "documents": json.dumps([nfc(d).strip() for d in data.documents if d and d.strip()], ensure_ascii=False),
            "copies": int(data.copies), "received_at": iso(received), "due_at": iso(due),
            "processing_days": days, "processing_hours": hours, "fee": int(data.fee), "officer": officer,
            "status": "received", "result_delivery": data.result_delivery, "digitised": int(bool(data.digitised)),
            "book_no": str(get_setting(store, SETTING_BOOK, f"01/{received.year}")), "note": nfc(data.note or ""),
            "search_key": reg.search_key(receipt, name, data.applicant_id_no, data.phone),
            "created_at": stamp, "updated_at": stamp,
        })
    return dossier(store, did, now=now)


# ----------------------------------------------------------------------------- reading
def decorate(row: dict, now: datetime) -> dict:
    """Add what every screen shows: labels, documents as a list, timeliness and the overdue flag."""
    row["documents"] = json.loads(row["documents"]) if row.get("documents") else []
    row["status_label"] = STATUSES.get(row["status"], row["status"])
    row["channel_label"] = CHANNELS.get(row["channel"], row["channel"])
    row["timeliness"] = timeliness(row, now)
    row["timeliness_label"] = TIMELINESS[row["timeliness"]]
    row["overdue"] = row["timeliness"] == "qua_han_chua_tra"
    return row


def timeliness(row: dict, now: datetime) -> str:
    """Trước hạn / đúng hạn / quá hạn for a finished dossier; trong hạn / quá hạn chưa trả for an open one."""
    due = datetime.fromisoformat(row["due_at"])
    if row["status"] in reg.CLOSED_STATUSES and row.get("resolved_at"):
        return classify_resolution(due, datetime.fromisoformat(row["resolved_at"]))
    return "qua_han_chua_tra" if now > due else "trong_han"


def dossier(store: Store, ref: int | str, *, now: datetime | None = None) -> dict:
    """One dossier by id or receipt number, decorated; UserError when there is none."""
    row = reg.get_dossier(store, ref) if isinstance(ref, int) else reg.get_by_receipt(store, nfc(ref).strip())
    if row is None:
        raise UserError(f"Không có hồ sơ số “{ref}” trong sổ theo dõi.")
    return decorate(row, now or datetime.now())


def list_dossiers(store: Store, flt: reg.DossierFilter | None = None, *, offset: int = 0, limit: int = 100,
                  now: datetime | None = None, oldest_first: bool = False) -> list[dict]:
    """One page of the register (newest first); the GUI's lazy model asks page by page."""
    now = now or datetime.now()
    flt = _with_now(flt or reg.DossierFilter(), now)
    return [decorate(r, now) for r in reg.find_dossiers(store, flt, offset=offset, limit=limit,
                                                        oldest_first=oldest_first)]


def count_dossiers(store: Store, flt: reg.DossierFilter | None = None, *, now: datetime | None = None) -> int:
    return reg.count_dossiers(store, _with_now(flt or reg.DossierFilter(), now or datetime.now()))


def _with_now(flt: reg.DossierFilter, now: datetime) -> reg.DossierFilter:
    if flt.now:
        return flt
    from dataclasses import replace

    return replace(flt, now=iso(now))


def summary(store: Store, now: datetime | None = None) -> dict[str, int]:
    """Counts per status plus 'overdue' (open, past the appointment) and 'not_entered' (for the badges)."""
    return reg.status_counts(store, iso(now or datetime.now()))


# ----------------------------------------------------------------------------- status changes
def change_status(store: Store, ref: int | str, new_status: str, *, at: datetime | str | None = None,
                  reason: str = "", now: datetime | None = None) -> dict:
    """Move a dossier along received → processing → resolved | returned | withdrawn; refuses other moves."""
    now = now or datetime.now().replace(microsecond=0)
    row = dossier(store, ref, now=now)
    code, old = row["receipt_no"], row["status"]
    if new_status not in STATUSES:
        raise UserError(f"Trạng thái không hợp lệ: “{new_status}”.")
    if new_status not in TRANSITIONS.get(old, ()):
        if old in reg.CLOSED_STATUSES:
            raise UserError(f"Hồ sơ {code} đã kết thúc ({STATUSES[old].lower()} ngày {fmt_date(row['resolved_at'])}): "
                            f"không thể chuyển sang “{STATUSES[new_status]}”.")
        raise UserError(f"Hồ sơ {code} đang ở trạng thái “{STATUSES[old]}”: không thể chuyển sang "
                        f"“{STATUSES[new_status]}”.")
    values: dict = {"status": new_status, "updated_at": iso(now)}
    moment = parse_when(at, "Ngày trả kết quả") or now
    if new_status in reg.CLOSED_STATUSES:
        received = datetime.fromisoformat(row["received_at"])
        if moment < received:
            raise UserError(f"Ngày {fmt_datetime(moment)} trước thời gian nhận hồ sơ {code} "
                            f"({fmt_datetime(received)}).")
        if moment > now + timedelta(minutes=5):
            raise UserError(f"Ngày {fmt_datetime(moment)} ở tương lai.")
        values["resolved_at"] = iso(moment)
    if new_status in NEEDS_REASON:
        reason = nfc(reason or "").strip()
        if not reason:
            raise UserError(f"Cần ghi lý do {STATUSES[new_status].lower()} cho hồ sơ {code}.")
        values["return_reason"] = reason
    with store.atomic():
        assert_unlocked(store, moment.date())
        reg.update_dossier(store, row["id"], values)
    return dossier(store, row["id"], now=now)


def start_processing(store: Store, ref: int | str, **kw) -> dict:
    return change_status(store, ref, "processing", **kw)


def resolve_dossier(store: Store, ref: int | str, at: datetime | str | None = None, **kw) -> dict:
    """Record the result date (ngày trả kết quả); early / on time / late follows from the appointment."""
    return change_status(store, ref, "resolved", at=at, **kw)


def return_dossier(store: Store, ref: int | str, reason: str, at: datetime | str | None = None, **kw) -> dict:
    return change_status(store, ref, "returned", at=at, reason=reason, **kw)


def withdraw_dossier(store: Store, ref: int | str, reason: str, at: datetime | str | None = None, **kw) -> dict:
    return change_status(store, ref, "withdrawn", at=at, reason=reason, **kw)


def reopen_dossier(store: Store, ref: int | str, *, now: datetime | None = None) -> dict:
    """Undo a closure typed by mistake: back to "đang giải quyết" (refused if its period is locked)."""
    now = now or datetime.now().replace(microsecond=0)
    row = dossier(store, ref, now=now)
    if row["status"] not in reg.CLOSED_STATUSES:
        raise UserError(f"Hồ sơ {row['receipt_no']} chưa kết thúc, không cần mở lại.")
    with store.atomic():
        assert_unlocked(store, row["resolved_at"][:10])
        reg.update_dossier(store, row["id"], {"status": "processing", "resolved_at": None, "return_reason": None,
                                              "updated_at": iso(now)})
    return dossier(store, row["id"], now=now)


EDITABLE = ("applicant_name", "applicant_id_no", "phone", "email", "address", "authorised_person", "documents",
            "copies", "officer", "result_delivery", "note", "digitised", "channel", "fee")
COUNTED = ("channel", "fee", "digitised")


def edit_dossier(store: Store, ref: int | str, changes: dict, *, now: datetime | None = None) -> dict:
    """Correct the details of a dossier; fields that enter the counts are refused in a locked period."""
    now = now or datetime.now().replace(microsecond=0)
    row = dossier(store, ref, now=now)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(f"Không sửa được các trường: {', '.join(sorted(unknown))}.")
    values = {k: nfc(v) for k, v in changes.items()}
    if "documents" in values and not isinstance(values["documents"], str):
        values["documents"] = json.dumps([nfc(d) for d in values["documents"]], ensure_ascii=False)
    if "channel" in values and values["channel"] not in CHANNELS:
        raise UserError(f"Kênh tiếp nhận không hợp lệ: “{values['channel']}”.")
    if "applicant_name" in values and not str(values["applicant_name"]).strip():
        raise UserError("Thiếu họ tên người nộp hồ sơ.")
    merged = {**row, **values}
    values["search_key"] = reg.search_key(row["receipt_no"], merged["applicant_name"], merged["applicant_id_no"],
                                          merged["phone"])
    values["updated_at"] = iso(now)
    with store.atomic():
        if set(values) & set(COUNTED):
            assert_unlocked(store, row["received_at"][:10], (row["resolved_at"] or iso(now))[:10])
        reg.update_dossier(store, row["id"], values)
    return dossier(store, row["id"], now=now)


# ----------------------------------------------------------------------------- back to the portal
def pending_portal(store: Store, *, offset: int = 0, limit: int = 10_000, now: datetime | None = None) -> list[dict]:
    """"Hồ sơ chờ nhập lên hệ thống": register entries not yet entered on the provincial system, oldest first."""
    return list_dossiers(store, reg.DossierFilter(not_entered=True), offset=offset, limit=limit, now=now,
                         oldest_first=True)


def mark_entered(store: Store, refs: list[int | str], *, at: datetime | None = None,
                 portal_codes: dict[str, str] | None = None) -> int:
    """Mark dossiers as entered on the provincial system (audited with the signed-in user); returns how many."""
    at = at or datetime.now().replace(microsecond=0)
    ids, codes = [], {}
    for ref in refs:
        row = dossier(store, ref, now=at)
        ids.append(row["id"])
        if portal_codes and portal_codes.get(row["receipt_no"]):
            codes[row["id"]] = nfc(portal_codes[row["receipt_no"]]).strip()
    with store.atomic():
        return reg.mark_entered(store, ids, iso(at), store.user, codes)


_SAFE = re.compile(r"[^0-9A-Za-z._-]+")


def receipt_file_name(receipt_no: str) -> str:
    """A file name for a receipt number ("giay-tiep-nhan-HS-250305-0007.pdf")."""
    return f"giay-tiep-nhan-{_SAFE.sub('_', receipt_no)}.pdf"


# ----------------------------------------------------------------------------- demo
def seed_demo_register(store: Store, today: date) -> int:
    """Fill the register with a realistic portal outage week before `today` (see services/register_demo.py)."""
    from tthc_desktop.services.register_demo import seed_outage_week

    return seed_outage_week(store, today)
