"""Documents the unit issues (văn bản: kế hoạch, quyết định, thông báo, công văn, báo cáo, niêm yết)."""
from __future__ import annotations

import json

from tthc_desktop.domain.text import nfc, nfc_dict
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.locks import assert_unlocked

DOCUMENT_KINDS = {
    "ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định", "thong_bao": "Thông báo", "cong_van": "Công văn",
    "bao_cao": "Báo cáo", "chi_thi": "Chỉ thị", "niem_yet": "Niêm yết",
}
DOCUMENT_TAGS = {
    "cong_bo": "công bố TTHC", "cong_khai": "công khai, niêm yết TTHC", "ra_soat": "rà soát, đơn giản hóa",
    "truyen_thong": "truyền thông", "kiem_tra": "kiểm tra", "chi_dao": "chỉ đạo, điều hành",
    "mot_cua": "một cửa, một cửa liên thông", "dien_tu": "TTHC trên môi trường điện tử",
    "danh_gia_tac_dong": "đánh giá tác động", "tham_dinh": "thẩm định, thẩm tra", "sang_kien": "sáng kiến",
    "pakn": "phản ánh, kiến nghị",
}
LINK_ACTIONS = {"new": "công bố mới", "amended": "sửa đổi, bổ sung", "abolished": "bãi bỏ",
                "listing": "niêm yết", "internal_process": "quy trình nội bộ"}


def _decode(row: dict) -> dict:
    row["tags"] = json.loads(row["tags"]) if row.get("tags") else []
    return row


def list_documents(store: Store, *, start: str | None = None, end: str | None = None,
                   kind: str | None = None, tag: str | None = None) -> list[dict]:
    """Documents issued within [start, end] (ISO dates), optionally of one kind or tag, oldest first."""
    sql, params = "SELECT * FROM documents WHERE 1=1", []
    if start:
        sql += " AND issued_on >= ?"
        params.append(start)
    if end:
        sql += " AND issued_on <= ?"
        params.append(end)
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY issued_on, id"
    rows = [_decode(r) for r in store.rows(sql, tuple(params))]
    if tag:
        rows = [r for r in rows if tag in r["tags"]]
    for r in rows:
        r["procedures"] = store.rows(
            "SELECT dp.procedure_id, dp.action, p.code, p.name FROM document_procedures dp "
            "JOIN procedures p ON p.id = dp.procedure_id WHERE dp.document_id = ? ORDER BY p.code", (r["id"],))
    return rows


def save_document(store: Store, data: dict, links: list[tuple[int, str]] | None = None) -> int:
    """Insert or update a document (by id) and replace its procedure links [(procedure_id, action)]."""
    data = nfc_dict(data)
    if data.get("kind") not in DOCUMENT_KINDS:
        raise UserError(f"Loại văn bản không hợp lệ: {data.get('kind')!r}. Chọn một trong: "
                        + ", ".join(DOCUMENT_KINDS.values()) + ".")
    if not data.get("issued_on") or not data.get("summary"):
        raise UserError("Văn bản cần có ngày ban hành và trích yếu.")
    tags = data.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.replace(";", ",").split(",") if t.strip()]
    values = {"kind": data["kind"], "number": nfc(data.get("number") or ""), "issued_on": data["issued_on"],
              "summary": data["summary"], "tags": json.dumps(tags, ensure_ascii=False),
              "issuer": data.get("issuer"), "note": data.get("note")}
    with store.atomic():
        assert_unlocked(store, values["issued_on"])
        if data.get("id"):
            doc_id = int(data["id"])
            old = store.rows("SELECT issued_on FROM documents WHERE id = ?", (doc_id,))
            if old:
                assert_unlocked(store, old[0]["issued_on"])
            store.db["documents"].update(doc_id, values)
        else:
            values["created_at"] = now_iso()
            doc_id = int(store.db["documents"].insert(values).last_pk)
        if links is not None:
            store.conn.execute("DELETE FROM document_procedures WHERE document_id = ?", (doc_id,))
            for pid, action in links:
                store.db["document_procedures"].upsert(
                    {"document_id": doc_id, "procedure_id": int(pid), "action": action},
                    pk=("document_id", "procedure_id"))
    return doc_id


def delete_document(store: Store, doc_id: int) -> None:
    rows = store.rows("SELECT issued_on FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        return
    with store.atomic():
        assert_unlocked(store, rows[0]["issued_on"])
        store.conn.execute("DELETE FROM document_procedures WHERE document_id = ?", (doc_id,))
        store.conn.execute("UPDATE procedure_changes SET document_id = NULL WHERE document_id = ?", (doc_id,))
        store.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def disclosed_share(store: Store, on: str):
    """Share (percent) of procedures in force on `on` that a công khai / niêm yết document dated on or before it
    links to; None when nothing is in force."""
    from tthc_desktop.domain.formatting import percent

    in_force = store.rows(
        "SELECT id FROM procedures WHERE (effective_from IS NULL OR effective_from <= ?) "
        "AND (abolished_on IS NULL OR abolished_on > ?)", (on, on))
    ids = {r["id"] for r in in_force}
    linked = {r["procedure_id"] for r in store.rows(
        "SELECT dp.procedure_id FROM document_procedures dp JOIN documents d ON d.id = dp.document_id "
        "WHERE d.issued_on <= ? AND (d.kind = 'niem_yet' OR d.tags LIKE '%cong_khai%')", (on,))}
    return percent(len(ids & linked), len(ids))
