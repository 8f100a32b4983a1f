"""The office's own working-day overrides (ngày nghỉ thêm, ngày làm bù), editable per year.

`kind` is 'off' (a weekday the office does not work: a provincial decision, a local festival) or
'work' (a Saturday or Sunday worked in exchange). They win over the public holidays and the
official swaps shipped with the app (see domain/workdays.py).
"""
from __future__ import annotations

from datetime import date

from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store

KINDS = {"off": "Ngày nghỉ", "work": "Ngày làm việc (làm bù)"}


def _day(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise UserError(f"Ngày không hợp lệ: “{value}” (dùng dạng YYYY-MM-DD).") from exc


def list_days_off(store: Store, year: int | None = None) -> list[dict]:
    """Overrides in date order, optionally of one calendar year: dicts day, kind, note."""
    if year is None:
        return store.rows("SELECT day, kind, note FROM days_off ORDER BY day")
    return store.rows("SELECT day, kind, note FROM days_off WHERE day BETWEEN ? AND ? ORDER BY day",
                      (f"{year:04d}-01-01", f"{year:04d}-12-31"))


def set_day_off(store: Store, day: date | str, kind: str, note: str = "") -> None:
    """Add or replace the override of `day` (kind 'off' or 'work')."""
    if kind not in KINDS:
        raise UserError(f"Loại ngày không hợp lệ: “{kind}” (off = ngày nghỉ, work = ngày làm bù).")
    with store.atomic():
        store.db["days_off"].upsert({"day": _day(day), "kind": kind, "note": nfc(note or "").strip()}, pk="day")


def delete_day_off(store: Store, day: date | str) -> bool:
    """Remove the override of `day`; False when there was none."""
    with store.atomic():
        cur = store.conn.execute("DELETE FROM days_off WHERE day = ?", (_day(day),))
    return cur.rowcount > 0


def overrides(store: Store) -> tuple[dict[date, str], dict[date, str]]:
    """(extra days off, extra working days) with their notes, as WorkCalendar takes them."""
    off: dict[date, str] = {}
    work: dict[date, str] = {}
    for r in store.rows("SELECT day, kind, note FROM days_off"):
        (off if r["kind"] == "off" else work)[date.fromisoformat(r["day"])] = r["note"] or ""
    return off, work
