"""Period locks: an issued report locks the data of its period until a leader unlocks it with a reason."""
from __future__ import annotations

from datetime import date

from tthc_desktop.errors import LockedPeriodError
from tthc_desktop.store.db import Store


def _iso(d: date | str) -> str:
    return d if isinstance(d, str) else d.isoformat()


def locking_report(store: Store, start: date | str, end: date | str | None = None) -> dict | None:
    """The issued, still locked report whose period overlaps [start, end], if any."""
    end = end or start
    rows = store.rows(
        "SELECT id, period, number, issued_on, period_start, period_end FROM reports "
        "WHERE status = 'issued' AND unlocked_at IS NULL AND period_start <= ? AND period_end >= ? "
        "ORDER BY issued_on LIMIT 1",
        (_iso(end), _iso(start)),
    )
    return rows[0] if rows else None


def assert_unlocked(store: Store, start: date | str | None, end: date | str | None = None) -> None:
    """Raise LockedPeriodError naming the report when [start, end] falls in a locked period."""
    if not start:
        return
    report = locking_report(store, start, end)
    if report:
        from tthc_desktop.domain.formatting import fmt_date

        raise LockedPeriodError(
            f"Kỳ đã khóa do Báo cáo số {report['number']} ngày {fmt_date(report['issued_on'])} đã phát hành "
            f"(số liệu từ {fmt_date(report['period_start'])} đến {fmt_date(report['period_end'])}). "
            "Muốn sửa, lãnh đạo phải mở khóa kỳ báo cáo (kèm lý do) trong mục Báo cáo."
        )


def locked_reports_for_period(store: Store, period_code: str) -> list[dict]:
    """Issued, still locked reports of exactly this period code (e.g. "2024-Q2")."""
    return store.rows(
        "SELECT id, period, number, issued_on, period_start, period_end FROM reports "
        "WHERE status = 'issued' AND unlocked_at IS NULL AND period = ? ORDER BY id", (period_code,))


def unlock_report(store: Store, report_id: int, reason: str) -> dict:
    """Mở khóa kỳ báo cáo: record who unlocked an issued report, when and why; audited as 'unlock'.

    The permission check (lãnh đạo) is the caller's: `services.auth.require(store, 'unlock_period')`.
    """
    from tthc_desktop.domain.text import nfc
    from tthc_desktop.errors import UserError
    from tthc_desktop.store import audit
    from tthc_desktop.store.db import now_iso

    reason = " ".join(nfc(reason or "").split())
    if len(reason) < 5:
        raise UserError("Mở khóa kỳ báo cáo cần ghi rõ lý do (ít nhất 5 ký tự).")
    rows = store.rows("SELECT id, period, number, status, unlocked_at FROM reports WHERE id = ?", (report_id,))
    if not rows:
        raise UserError(f"Không có báo cáo mã {report_id}.")
    report = rows[0]
    if report["status"] != "issued" or report["unlocked_at"]:
        raise UserError(f"Báo cáo số {report['number'] or report_id} (kỳ {report['period']}) không ở trạng thái "
                        "đã phát hành và đang khóa.")
    with store.atomic():
        store.conn.execute("UPDATE reports SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? WHERE id = ?",
                           (now_iso(), store.user, reason, report_id))
        audit.record(store, "unlock", table="reports", row_key=str(report_id),
                     note=f"Mở khóa kỳ {report['period']} (báo cáo số {report['number'] or report_id}): {reason}")
    return store.rows("SELECT id, period, number, unlocked_at, unlocked_by, unlock_reason FROM reports "
                      "WHERE id = ?", (report_id,))[0]
