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
