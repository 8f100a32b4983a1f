"""Fields (lĩnh vực) and the procedure catalog (danh mục TTHC) with effective dates and change events."""
from __future__ import annotations

from datetime import date
from typing import Any

from tthc_desktop.domain.text import fold, nfc, nfc_dict
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.locks import assert_unlocked

ONLINE_TYPES = {"toan_trinh": "Toàn trình", "mot_phan": "Một phần", "none": "Chưa cung cấp DVC"}
LIEN_THONG = {"none": "Không", "cung_cap": "Liên thông cùng cấp", "giua_cac_cap": "Liên thông giữa các cấp"}
PROCEDURE_COLUMNS = ("code", "local_code", "name", "field_id", "agency", "level", "online_type", "lien_thong",
                     "procedure_type", "has_fee", "fee_text", "processing_days", "processing_hours",
                     "effective_from", "abolished_on", "note")


def list_fields(store: Store) -> list[dict]:
    """All fields, in their sort order then name."""
    return store.rows("SELECT * FROM fields ORDER BY coalesce(sort_order, 9999), name")


def ensure_field(store: Store, name: str, group_name: str | None = None) -> int:
    """Id of the field named `name` (matched diacritic- and case-insensitively), created if missing."""
    name = nfc(name or "").strip()
    if not name:
        raise UserError("Tên lĩnh vực không được để trống.")
    key = fold(name)
    found = store.scalar("SELECT id FROM fields WHERE search_key = ?", (key,))
    if found:
        return int(found)
    return int(store.db["fields"].insert({"name": name, "search_key": key, "group_name": group_name}).last_pk)


def field_name(store: Store, field_id: int | None) -> str:
    return store.scalar("SELECT name FROM fields WHERE id = ?", (field_id,)) or ""


def _status(row: dict, on: str) -> str:
    if row.get("abolished_on") and row["abolished_on"] <= on:
        return "abolished"
    if row.get("effective_from") and row["effective_from"] > on:
        return "pending"
    return "in_force"


def list_procedures(store: Store, *, on: date | None = None, search: str | None = None,
                    field_id: int | None = None, online_type: str | None = None,
                    status: str | None = None) -> list[dict]:
    """Procedures with their field name and status on date `on` (default today).

    `search` matches code, name or field name without diacritics ("ho tich" finds "Hộ tịch");
    `status` is in_force | abolished | pending (not yet effective).
    """
    day = (on or date.today()).isoformat()
    sql = ("SELECT p.*, f.name AS field_name FROM procedures p JOIN fields f ON f.id = p.field_id WHERE 1=1")
    params: list[Any] = []
    if field_id:
        sql += " AND p.field_id = ?"
        params.append(field_id)
    if online_type:
        sql += " AND p.online_type = ?"
        params.append(online_type)
    if search:
        for word in fold(search).split():
            sql += " AND (p.search_key LIKE ? OR p.code LIKE ? OR f.search_key LIKE ?)"
            params += [f"%{word}%", f"%{word}%", f"%{word}%"]
    sql += " ORDER BY f.name, p.code"
    rows = store.rows(sql, tuple(params))
    for r in rows:
        r["status"] = _status(r, day)
    if status:
        rows = [r for r in rows if r["status"] == status]
    return rows


def get_procedure(store: Store, procedure_id: int) -> dict:
    rows = store.rows("SELECT p.*, f.name AS field_name FROM procedures p JOIN fields f ON f.id = p.field_id "
                      "WHERE p.id = ?", (procedure_id,))
    if not rows:
        raise UserError(f"Không tìm thấy thủ tục có mã số nội bộ {procedure_id}.")
    return rows[0]


def find_procedure_by_code(store: Store, code: str) -> dict | None:
    rows = store.rows("SELECT * FROM procedures WHERE code = ?", (nfc(code).strip(),))
    return rows[0] if rows else None


def save_procedure(store: Store, data: dict, *, change_document_id: int | None = None) -> int:
    """Insert or update (by id, else by national code) a procedure; returns its id.

    A new procedure with an effective date records a `new` change at that date; an update of name, online type,
    fee or processing time records an `amended` change today (or at `data['changed_on']`).
    """
    data = nfc_dict(data)
    if not data.get("field_id") and data.get("field_name"):
        data["field_id"] = ensure_field(store, data["field_name"])
    values = {k: data[k] for k in PROCEDURE_COLUMNS if k in data}
    if "code" in values:
        values["code"] = str(values["code"]).strip()
    if not values.get("code") and not data.get("id"):
        raise UserError("Thiếu mã thủ tục (mã TTHC quốc gia, ví dụ 1.001193).")
    if not values.get("name") and not data.get("id"):
        raise UserError(f"Thủ tục {values.get('code')}: thiếu tên thủ tục.")
    if values.get("online_type") and values["online_type"] not in ONLINE_TYPES:
        raise UserError(f"Mức độ dịch vụ công không hợp lệ: {values['online_type']}.")
    with store.atomic():
        existing = None
        if data.get("id"):
            existing = get_procedure(store, int(data["id"]))
        elif values.get("code"):
            existing = find_procedure_by_code(store, values["code"])
        merged = {**(existing or {}), **values}
        merged_name = merged.get("name") or ""
        values["search_key"] = fold(f"{merged.get('code', '')} {merged_name}")
        values["updated_at"] = now_iso()
        if existing is None:
            # No effective date = part of the catalog the unit already had (an initial import): no "new" event.
            if values.get("effective_from"):
                assert_unlocked(store, values["effective_from"])
            values["created_at"] = values["updated_at"]
            pid = int(store.db["procedures"].insert(values).last_pk)
            if values.get("effective_from"):
                store.db["procedure_changes"].insert({"procedure_id": pid, "kind": "new",
                                                      "changed_on": values["effective_from"],
                                                      "document_id": change_document_id})
            return pid
        pid = int(existing["id"])
        amended = [k for k in ("name", "online_type", "fee_text", "has_fee", "processing_days", "lien_thong")
                   if k in values and values[k] != existing.get(k)]
        changed_on = data.get("changed_on") or date.today().isoformat()
        if amended:
            assert_unlocked(store, changed_on)
        store.db["procedures"].update(pid, values)
        if amended:
            store.db["procedure_changes"].insert({"procedure_id": pid, "kind": "amended", "changed_on": changed_on,
                                                  "document_id": change_document_id,
                                                  "note": ", ".join(amended)})
        return pid


def abolish_procedure(store: Store, procedure_id: int, on: date | str, document_id: int | None = None) -> None:
    """Mark a procedure abolished (bãi bỏ) from date `on`."""
    day = on if isinstance(on, str) else on.isoformat()
    with store.atomic():
        get_procedure(store, procedure_id)
        assert_unlocked(store, day)
        store.db["procedures"].update(procedure_id, {"abolished_on": day, "updated_at": now_iso()})
        store.db["procedure_changes"].insert({"procedure_id": procedure_id, "kind": "abolished",
                                              "changed_on": day, "document_id": document_id})


def changes_between(store: Store, start: str, end: str) -> list[dict]:
    """Change events (new / amended / abolished) dated within [start, end]."""
    return store.rows(
        "SELECT c.*, p.code, p.name FROM procedure_changes c JOIN procedures p ON p.id = c.procedure_id "
        "WHERE c.changed_on BETWEEN ? AND ? ORDER BY c.changed_on, p.code", (start, end))


def catalog_counts(store: Store, start: str, end: str):
    """Catalog figures for a period: in force at `end`, new / amended / abolished within [start, end]."""
    from tthc_desktop.domain.figures import CatalogCounts

    in_force = store.rows(
        "SELECT p.online_type, p.lien_thong, f.name AS field_name FROM procedures p JOIN fields f ON f.id = p.field_id "
        "WHERE (p.effective_from IS NULL OR p.effective_from <= ?) AND (p.abolished_on IS NULL OR p.abolished_on > ?)",
        (end, end))
    c = CatalogCounts(in_force=len(in_force))
    for r in in_force:
        c.online_full += r["online_type"] == "toan_trinh"
        c.online_partial += r["online_type"] == "mot_phan"
        c.lien_thong += (r["lien_thong"] or "none") != "none"
        c.by_field[r["field_name"]] = c.by_field.get(r["field_name"], 0) + 1
    for kind, n in store.conn.execute(
            "SELECT kind, count(DISTINCT procedure_id) FROM procedure_changes WHERE changed_on BETWEEN ? AND ? "
            "GROUP BY kind", (start, end)).fetchall():
        setattr(c, kind, n)
    return c
