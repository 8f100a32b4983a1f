"""Periodic reports (báo cáo định kỳ): drafts with their narrative, issuing, and unlocking.

A report row is a draft until it is issued; issuing stores its number, date, the frozen snapshot
(everything the renderer needs), the PDF and its SHA-256, and so locks the period's data
(see `store.locks`). A leader may unlock it with a reason; the row keeps `status = 'issued'` and
gets `unlocked_at`, so `locks.locking_report` no longer counts it.
"""
from __future__ import annotations

import json
from datetime import date

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import Period
from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso

DRAFT = "draft"
ISSUED = "issued"
# Columns listed without the PDF blob (lists and lookups stay light).
_LIGHT = ("id, period, period_start, period_end, kind, status, number, issued_on, narrative, pdf_sha256, "
          "issued_by, unlocked_at, unlocked_by, unlock_reason, created_at, updated_at")


def _decode(row: dict) -> dict:
    row["narrative"] = json.loads(row["narrative"]) if row.get("narrative") else {}
    row["locked"] = row["status"] == ISSUED and not row.get("unlocked_at")
    return row


def _encode_narrative(narrative: dict[str, str]) -> str:
    return json.dumps({nfc(k): nfc(v or "") for k, v in narrative.items()}, ensure_ascii=False, sort_keys=True)


def get_report(store: Store, report_id: int) -> dict:
    """A report without its PDF and snapshot (narrative decoded); UserError if there is none."""
    rows = store.rows(f"SELECT {_LIGHT} FROM reports WHERE id = ?", (report_id,))
    if not rows:
        raise UserError(f"Không tìm thấy báo cáo mã số {report_id}.")
    return _decode(rows[0])


def list_reports(store: Store, period_code: str | None = None) -> list[dict]:
    """Reports (drafts and issued), newest period first; optionally only one period code."""
    sql, params = f"SELECT {_LIGHT} FROM reports WHERE kind = 'periodic'", []
    if period_code:
        sql += " AND period = ?"
        params.append(period_code)
    sql += " ORDER BY period_end DESC, id DESC"
    return [_decode(r) for r in store.rows(sql, tuple(params))]


def find_draft(store: Store, period_code: str) -> dict | None:
    """The draft of a period, if one exists."""
    rows = store.rows(f"SELECT {_LIGHT} FROM reports WHERE kind = 'periodic' AND status = 'draft' AND period = ? "
                      "ORDER BY id DESC LIMIT 1", (period_code,))
    return _decode(rows[0]) if rows else None


def find_issued(store: Store, period_code: str) -> dict | None:
    """The latest issued report of a period (locked or not), if any."""
    rows = store.rows(f"SELECT {_LIGHT} FROM reports WHERE kind = 'periodic' AND status = 'issued' AND period = ? "
                      "ORDER BY issued_on DESC, id DESC LIMIT 1", (period_code,))
    return _decode(rows[0]) if rows else None


def previous_narrative(store: Store, before: Period) -> dict[str, str] | None:
    """Narrative a new draft of `before` starts from: an earlier report of the same period (re-issue after an
    unlock), else the unit's most recent report ending no later than it (issued ones first), else any report."""
    rows = store.rows(
        "SELECT narrative FROM reports WHERE kind = 'periodic' AND narrative IS NOT NULL "
        "ORDER BY (period = ?) DESC, (period_end <= ?) DESC, (status = 'issued') DESC, period_end DESC, id DESC "
        "LIMIT 1", (before.code, before.end.isoformat()))
    return json.loads(rows[0]["narrative"]) if rows else None


def create_draft(store: Store, period: Period, narrative: dict[str, str]) -> int:
    """Insert a draft for `period` with its starting narrative; returns its id."""
    now = now_iso()
    with store.atomic():
        if find_draft(store, period.code):
            raise UserError(f"Đã có bản dự thảo báo cáo {period.name}.")
        return int(store.db["reports"].insert({
            "period": period.code, "period_start": period.start.isoformat(), "period_end": period.end.isoformat(),
            "kind": "periodic", "status": DRAFT, "narrative": _encode_narrative(narrative),
            "created_at": now, "updated_at": now,
        }).last_pk)


def save_narrative(store: Store, report_id: int, narrative: dict[str, str]) -> None:
    """Replace the narrative of a draft; an issued report's narrative is frozen."""
    with store.atomic():
        report = get_report(store, report_id)
        if report["status"] != DRAFT:
            raise UserError(f"Báo cáo số {report['number']} đã phát hành: không sửa được nội dung. "
                            "Hãy tạo bản dự thảo mới cho kỳ này.")
        store.db["reports"].update(report_id, {"narrative": _encode_narrative(narrative), "updated_at": now_iso()})


def delete_draft(store: Store, report_id: int) -> None:
    """Delete a draft (issued reports are never deleted)."""
    with store.atomic():
        report = get_report(store, report_id)
        if report["status"] != DRAFT:
            raise UserError(f"Báo cáo số {report['number']} đã phát hành: không được xóa.")
        store.conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))


def number_in_use(store: Store, number: str, year: int, exclude_id: int | None = None) -> dict | None:
    """An issued report of calendar year `year` that already carries `number`, if any."""
    rows = store.rows(
        f"SELECT {_LIGHT} FROM reports WHERE status = 'issued' AND number = ? AND substr(issued_on, 1, 4) = ? "
        "AND id <> ? LIMIT 1", (nfc(number), f"{year:04d}", exclude_id or -1))
    return _decode(rows[0]) if rows else None


def mark_issued(store: Store, report_id: int, *, number: str, issued_on: date, narrative: dict[str, str],
                snapshot: str, pdf: bytes, pdf_sha256: str) -> None:
    """Freeze a draft as issued: number, date, narrative, snapshot JSON, PDF and its hash (locks the period)."""
    with store.atomic():
        report = get_report(store, report_id)
        if report["status"] != DRAFT:
            raise UserError(f"Báo cáo {report['period']} đã phát hành với số {report['number']}.")
        clash = number_in_use(store, number, issued_on.year, report_id)
        if clash:
            raise UserError(f"Số {number} đã dùng cho báo cáo {clash['period']} phát hành ngày "
                            f"{fmt_date(clash['issued_on'])}. Chọn số khác.")
        store.db["reports"].update(report_id, {
            "status": ISSUED, "number": nfc(number), "issued_on": issued_on.isoformat(),
            "narrative": _encode_narrative(narrative), "snapshot": snapshot, "pdf": pdf, "pdf_sha256": pdf_sha256,
            "issued_by": store.user, "updated_at": now_iso(),
        })


def report_snapshot(store: Store, report_id: int) -> dict:
    """The frozen snapshot of an issued report (decoded JSON)."""
    raw = store.scalar("SELECT snapshot FROM reports WHERE id = ?", (report_id,))
    if not raw:
        raise UserError(f"Báo cáo mã số {report_id} chưa phát hành nên chưa có số liệu chốt.")
    return json.loads(raw)


def report_pdf(store: Store, report_id: int) -> bytes:
    """The stored PDF of an issued report."""
    data = store.scalar("SELECT pdf FROM reports WHERE id = ?", (report_id,))
    if not data:
        raise UserError(f"Báo cáo mã số {report_id} chưa có tệp PDF đã phát hành.")
    return bytes(data)


def mark_unlocked(store: Store, report_id: int, reason: str) -> dict:
    """Unlock an issued report's period with a reason, recorded on the row and as an audit note."""
    reason = nfc(reason or "").strip()
    if not reason:
        raise UserError("Phải ghi lý do mở khóa kỳ báo cáo.")
    with store.atomic():
        report = get_report(store, report_id)
        if report["status"] != ISSUED:
            raise UserError(f"Báo cáo {report['period']} chưa phát hành nên không có gì để mở khóa.")
        if report.get("unlocked_at"):
            raise UserError(f"Báo cáo số {report['number']} đã được mở khóa ngày {fmt_date(report['unlocked_at'])}.")
        at = now_iso()
        store.db["reports"].update(report_id, {"unlocked_at": at, "unlocked_by": store.user,
                                               "unlock_reason": reason, "updated_at": at})
        store.db["audit_log"].insert({
            "at": at, "username": store.user, "action": "unlock", "table_name": "reports", "row_key": str(report_id),
            "note": f"Mở khóa Báo cáo số {report['number']} ({report['period']}): {reason}",
        })
    return get_report(store, report_id)
