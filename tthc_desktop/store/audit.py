"""Audit log (nhật ký thay đổi): queries for the viewer, explicit entries, rows for export packages.

Data changes are written by the triggers created in `store.schema` (insert/update/delete with old and
new values as JSON, and `tthc_user()` as the user). Events that are not row changes — sign-ins,
period unlocks, restores — are written here with `record()`. The table is append-only (triggers
refuse UPDATE and DELETE), so nothing here edits it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.store.db import Store

DATA_ACTIONS = ("insert", "update", "delete")
ACTION_LABELS = {
    "insert": "Thêm", "update": "Sửa", "delete": "Xóa",
    "sign_in": "Đăng nhập", "sign_in_failed": "Đăng nhập sai", "sign_out": "Đăng xuất",
    "account_locked": "Tạm khóa tài khoản", "unlock": "Mở khóa kỳ báo cáo", "restore": "Khôi phục dữ liệu",
}
TABLE_LABELS = {
    "unit_profile": "Thông tin đơn vị", "settings": "Cài đặt", "fields": "Lĩnh vực",
    "procedures": "Thủ tục hành chính", "procedure_changes": "Biến động TTHC", "documents": "Văn bản",
    "document_procedures": "Văn bản – thủ tục", "feedback": "Phản ánh, kiến nghị",
    "dossier_stats": "Số liệu hồ sơ", "dossiers": "Sổ theo dõi hồ sơ", "reports": "Báo cáo",
    "users": "Tài khoản", "receiving_units": "Đơn vị gửi báo cáo", "packages": "Gói dữ liệu",
    "plans": "Kế hoạch", "plan_tasks": "Nhiệm vụ kế hoạch", "days_off": "Ngày nghỉ",
    "period_exports": "Lần xuất gói",
}


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer (or `tthc-desktop audit`) asks for; every field optional."""

    table: str | None = None
    user: str | None = None
    action: str | None = None
    since: date | str | None = None   # first day included
    until: date | str | None = None   # last day included
    text: str | None = None           # diacritic-insensitive search in values and note


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    sql, params = " WHERE 1=1", []
    if f.table:
        sql += " AND table_name = ?"
        params.append(f.table)
    if f.user:
        sql += " AND username = ?"
        params.append(nfc(f.user))
    if f.action:
        sql += " AND action = ?"
        params.append(f.action)
    if f.since:
        sql += " AND at >= ?"
        params.append(_day(f.since).isoformat())
    if f.until:
        sql += " AND at < ?"
        params.append((_day(f.until) + timedelta(days=1)).isoformat())
    if f.text:
        for word in fold(f.text).split():
            sql += (" AND instr(tthc_fold(coalesce(old_values, '') || ' ' || coalesce(new_values, '') || ' ' "
                    "|| coalesce(note, '') || ' ' || coalesce(row_key, '')), ?) > 0")
            params.append(word)
    return sql, params


def _decode(row: dict) -> dict:
    for col in ("old_values", "new_values"):
        row[col] = json.loads(row[col]) if row.get(col) else None
    row["action_label"] = ACTION_LABELS.get(row["action"], row["action"])
    row["table_label"] = TABLE_LABELS.get(row["table_name"] or "", row["table_name"] or "")
    row["changes"] = changed_columns(row)
    return row


def changed_columns(row: dict) -> list[tuple[str, Any, Any]]:
    """(column, old, new) for the columns an update changed; every non-empty column for insert/delete."""
    old, new = row.get("old_values") or {}, row.get("new_values") or {}
    if isinstance(old, str):
        old = json.loads(old)
    if isinstance(new, str):
        new = json.loads(new)
    cols = list(dict.fromkeys([*old, *new]))
    return [(c, old.get(c), new.get(c)) for c in cols
            if old.get(c) != new.get(c) and (old.get(c) is not None or new.get(c) is not None)]


def query_audit(store: Store, flt: AuditFilter | None = None, *, limit: int = 200, offset: int = 0,
                newest_first: bool = True) -> list[dict]:
    """Audit rows matching `flt`, decoded (old/new values as dicts, Vietnamese labels, changed columns)."""
    where, params = _where(flt or AuditFilter())
    order = "DESC" if newest_first else "ASC"
    rows = store.rows(f"SELECT * FROM audit_log{where} ORDER BY id {order} LIMIT ? OFFSET ?",
                      (*params, int(limit), int(offset)))
    return [_decode(r) for r in rows]


def count_audit(store: Store, flt: AuditFilter | None = None) -> int:
    """How many rows match `flt` (for the viewer's pager)."""
    where, params = _where(flt or AuditFilter())
    return int(store.scalar(f"SELECT count(*) FROM audit_log{where}", tuple(params)) or 0)


def audit_tables(store: Store) -> list[str]:
    """Table names present in the log (for the viewer's filter list)."""
    return [r["table_name"] for r in store.rows(
        "SELECT DISTINCT table_name FROM audit_log WHERE table_name IS NOT NULL ORDER BY table_name")]


def audit_users(store: Store) -> list[str]:
    """User names present in the log (for the viewer's filter list)."""
    return [r["username"] for r in store.rows(
        "SELECT DISTINCT username FROM audit_log WHERE username IS NOT NULL ORDER BY username")]


def audit_rows_between(store: Store, start: date | str, end: date | str) -> list[dict]:
    """Raw audit rows dated within [start, end] (whole days), oldest first, for export packages.

    Values stay JSON text exactly as stored, so the receiving level can keep them verbatim.
    """
    return store.rows(
        "SELECT id, at, username, action, table_name, row_key, old_values, new_values, note FROM audit_log "
        "WHERE at >= ? AND at < ? ORDER BY id",
        (_day(start).isoformat(), (_day(end) + timedelta(days=1)).isoformat()))


def last_change(store: Store) -> dict | None:
    """The newest data change (insert/update/delete): when and by whom; None on an untouched store."""
    rows = store.rows("SELECT id, at, username, table_name FROM audit_log WHERE action IN ('insert', 'update', "
                      "'delete') ORDER BY id DESC LIMIT 1")
    return rows[0] if rows else None


def record(store: Store, action: str, *, table: str | None = None, row_key: str | None = None,
           note: str | None = None, old: dict | None = None, new: dict | None = None,
           username: str | None = None) -> int:
    """Append an explicit entry (sign_in, unlock, restore ...) and return its id."""
    with store.atomic():
        cur = store.conn.execute(
            "INSERT INTO audit_log (at, username, action, table_name, row_key, old_values, new_values, note) "
            "VALUES (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), ?, ?, ?, ?, ?, ?, ?)",
            (nfc(username or store.user), action, table, row_key,
             json.dumps(old, ensure_ascii=False) if old is not None else None,
             json.dumps(new, ensure_ascii=False) if new is not None else None, nfc(note)))
    return int(cur.lastrowid)


def fmt_at(value: str | datetime | None) -> str:
    """Audit time as a clerk reads it: "14:05 03/02/2024"."""
    if not value:
        return ""
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value)[:19])
    return f"{dt.hour:02d}:{dt.minute:02d} {dt.day:02d}/{dt.month:02d}/{dt.year}"


def describe(row: dict) -> str:
    """One line for a list or the CLI: time, user, action, table, key, and what changed."""
    parts = [fmt_at(row["at"]), row.get("username") or "?", row.get("action_label") or row["action"]]
    if row.get("table_name"):
        parts.append(TABLE_LABELS.get(row["table_name"], row["table_name"]))
    if row.get("row_key"):
        parts.append(f"#{row['row_key']}")
    text = " · ".join(parts)
    changes = row.get("changes") if "changes" in row else changed_columns(row)
    if row["action"] == "update" and changes:
        shown = ", ".join(f"{c}: {_short(o)} → {_short(n)}" for c, o, n in changes[:4])
        more = f" (+{len(changes) - 4})" if len(changes) > 4 else ""
        text += f" — {shown}{more}"
    if row.get("note"):
        text += f" — {row['note']}"
    return text


def _short(value: Any, width: int = 40) -> str:
    s = "∅" if value is None else str(value)
    return s if len(s) <= width else s[: width - 1] + "…"
