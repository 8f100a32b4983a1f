"""Receiving level (cấp nhận báo cáo): registered units, imported packages, and the sender's export marks.

Units are pinned to a key: registered with a fingerprint, the full public key is stored on the first
accepted import and every later package must carry the same key. Packages are never deleted: a newer
package for the same unit and period sets the older one's status to 'replaced' (with `replaced_by`).
"""
from __future__ import annotations

import json
import re

from tthc_desktop.domain.text import fold, nfc
from tthc_desktop.store.db import Store, now_iso

CURRENT = "current"
REPLACED = "replaced"
PACKAGE_STATUSES = {CURRENT: "đang dùng", REPLACED: "đã được thay thế"}
_PACKAGE_COLUMNS = ("uuid", "unit_code", "period", "period_start", "period_end", "created_at", "imported_at",
                    "status", "replaced_by", "file_name", "file_sha256", "key_fingerprint")


_DIGITS = re.compile(r"(\d+)")


def unit_sort_key(row: dict) -> tuple:
    """Own unit first, then by name without diacritics, numbers in numeric order ("Phường 2" before "Phường 10")."""
    name = fold(row.get("unit_name") or row.get("name") or "")
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in _DIGITS.split(name) if p)
    return (-int(row.get("is_self") or 0), parts, row.get("code") or row.get("unit_code") or "")


# ---------------------------------------------------------------- units
def list_units(store: Store) -> list[dict]:
    """Registered units, own unit first, then by name."""
    return sorted(store.rows("SELECT * FROM receiving_units"), key=unit_sort_key)


def get_unit(store: Store, code: str) -> dict | None:
    rows = store.rows("SELECT * FROM receiving_units WHERE code = ?", (nfc(code).strip(),))
    return rows[0] if rows else None


def upsert_unit(store: Store, *, code: str, name: str, unit_type: str | None = None,
                key_fingerprint: str | None = None, public_key: str | None = None, is_self: bool = False) -> dict:
    """Register a unit or update its name, type and self flag (the key is changed only by `set_unit_key`)."""
    code = nfc(code).strip()
    with store.atomic():
        existing = get_unit(store, code)
        if existing is None:
            store.db["receiving_units"].insert({
                "code": code, "name": nfc(name).strip(), "unit_type": unit_type, "public_key": public_key,
                "key_fingerprint": key_fingerprint, "is_self": int(is_self), "registered_at": now_iso()})
        else:
            store.db["receiving_units"].update(code, {"name": nfc(name).strip(),
                                                      "unit_type": unit_type or existing["unit_type"],
                                                      "is_self": int(is_self)})
    return get_unit(store, code) or {}


def set_unit_key(store: Store, code: str, *, key_fingerprint: str | None, public_key: str | None) -> None:
    """Pin a key (public_key set) or expect one (fingerprint only, pinned at the next import)."""
    store.db["receiving_units"].update(nfc(code).strip(), {"key_fingerprint": key_fingerprint,
                                                           "public_key": public_key})


# ---------------------------------------------------------------- packages
def package_by_uuid(store: Store, package_uuid: str) -> dict | None:
    rows = store.rows(f"SELECT {', '.join(_PACKAGE_COLUMNS)} FROM packages WHERE uuid = ?", (package_uuid,))
    return rows[0] if rows else None


def current_package(store: Store, unit_code: str, period: str) -> dict | None:
    """The package in use for one unit and period (metadata only)."""
    rows = store.rows(f"SELECT {', '.join(_PACKAGE_COLUMNS)} FROM packages "
                      "WHERE unit_code = ? AND period = ? AND status = ? ORDER BY created_at DESC LIMIT 1",
                      (unit_code, period, CURRENT))
    return rows[0] if rows else None


def insert_package(store: Store, row: dict) -> None:
    """Store one imported package (status 'current')."""
    store.db["packages"].insert({**row, "status": CURRENT, "imported_at": row.get("imported_at") or now_iso()})


def mark_replaced(store: Store, package_uuid: str, replaced_by: str) -> None:
    store.conn.execute("UPDATE packages SET status = ?, replaced_by = ? WHERE uuid = ?",
                       (REPLACED, replaced_by, package_uuid))


def current_packages(store: Store, period: str) -> list[dict]:
    """Packages in use for a period with the parts aggregation needs (rows, feedback and catalog counts,
    notices count, report reference) and the unit's registration; SQLite extracts them from data.json."""
    rows = store.rows(
        "SELECT p.uuid, p.unit_code, p.period, p.created_at, p.imported_at, p.file_name, "
        "json_extract(p.data, '$.rows') AS rows_json, json_extract(p.data, '$.figures.feedback') AS feedback_json, "
        "json_extract(p.data, '$.catalog') AS catalog_json, json_array_length(p.data, '$.notices') AS notices, "
        "json_extract(p.data, '$.report') AS report_json, p.report_pdf IS NOT NULL AS has_report, "
        "coalesce(u.unit_type, json_extract(p.manifest, '$.unit.unit_type')) AS unit_type, "
        "u.name AS unit_name, u.is_self "
        "FROM packages p JOIN receiving_units u ON u.code = p.unit_code "
        "WHERE p.period = ? AND p.status = ?", (period, CURRENT))
    rows.sort(key=unit_sort_key)
    for r in rows:
        for key in ("rows", "feedback", "catalog", "report"):
            raw = r.pop(f"{key}_json")
            r[key] = json.loads(raw) if raw else None
    return rows


def package_report_pdf(store: Store, package_uuid: str) -> bytes | None:
    return store.scalar("SELECT report_pdf FROM packages WHERE uuid = ?", (package_uuid,))


def package_history(store: Store, *, period: str | None = None, unit_code: str | None = None) -> list[dict]:
    """Every package received (current and replaced), newest first, without their data."""
    sql = (f"SELECT {', '.join('p.' + c for c in _PACKAGE_COLUMNS)}, u.name AS unit_name FROM packages p "
           "JOIN receiving_units u ON u.code = p.unit_code WHERE 1=1")
    params: list = []
    if period:
        sql += " AND p.period = ?"
        params.append(period)
    if unit_code:
        sql += " AND p.unit_code = ?"
        params.append(unit_code)
    return store.rows(sql + " ORDER BY p.period, tthc_fold(u.name), p.created_at DESC", tuple(params))


def first_submissions(store: Store, periods: list[str]) -> dict[tuple[str, str], dict]:
    """(unit code, period) -> first and last package time and how many packages came, for timeliness."""
    if not periods:
        return {}
    marks = ", ".join("?" for _ in periods)
    rows = store.rows(f"SELECT unit_code, period, min(created_at) AS first_at, max(created_at) AS last_at, "
                      f"count(*) AS packages FROM packages WHERE period IN ({marks}) GROUP BY unit_code, period",
                      tuple(periods))
    return {(r["unit_code"], r["period"]): r for r in rows}


# ---------------------------------------------------------------- sender side
def record_export(store: Store, *, period: str, package_uuid: str, file_name: str, exported_at: str) -> None:
    """Mark a period exported with the package id (the sender's own history; local data untouched)."""
    store.db["period_exports"].insert({"period": period, "package_uuid": package_uuid, "exported_at": exported_at,
                                       "file_name": file_name})


def exports(store: Store, period: str | None = None) -> list[dict]:
    """Packages this unit exported, newest first."""
    if period:
        return store.rows("SELECT * FROM period_exports WHERE period = ? ORDER BY exported_at DESC, id DESC",
                          (period,))
    return store.rows("SELECT * FROM period_exports ORDER BY exported_at DESC, id DESC")


# ---------------------------------------------------------------- settings of the exchange
def settings_with_prefix(store: Store, prefix: str) -> dict:
    """JSON-decoded settings whose key starts with `prefix` (e.g. the per-period deadlines)."""
    rows = store.rows("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key", (len(prefix), prefix))
    return {r["key"]: json.loads(r["value"]) for r in rows}


def delete_setting(store: Store, key: str) -> None:
    """Remove a setting (its default applies again)."""
    store.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
