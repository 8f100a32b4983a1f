"""Feedback register (phản ánh, kiến nghị — PAKN) and its counts over a period."""
from __future__ import annotations

from datetime import date

from tthc_desktop.domain.figures import FeedbackCounts
from tthc_desktop.domain.text import nfc_dict
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso
from tthc_desktop.store.locks import assert_unlocked

SUBJECTS = {"quy_dinh": "về quy định hành chính", "hanh_vi": "về hành vi hành chính"}
CHANNELS = {"truc_tiep": "Trực tiếp", "buu_chinh": "Bưu chính", "dien_thoai": "Điện thoại",
            "cong_dvc": "Cổng Dịch vụ công", "email": "Thư điện tử", "hop_thu": "Hộp thư góp ý"}
COLUMNS = ("received_on", "channel", "subject", "sender", "summary", "procedure_id", "deadline",
           "resolved_on", "outcome", "published")


def list_feedback(store: Store, *, start: str | None = None, end: str | None = None) -> list[dict]:
    """Feedback relevant to [start, end]: received in it, or still open at its start; overdue flagged."""
    sql, params = "SELECT * FROM feedback WHERE 1=1", []
    if end:
        sql += " AND received_on <= ?"
        params.append(end)
    if start:
        sql += " AND (received_on >= ? OR resolved_on IS NULL OR resolved_on >= ?)"
        params += [start, start]
    rows = store.rows(sql + " ORDER BY received_on, id", tuple(params))
    today = date.today().isoformat()
    for r in rows:
        r["overdue"] = bool(r["deadline"] and not r["resolved_on"] and r["deadline"] < today)
    return rows


def save_feedback(store: Store, data: dict) -> int:
    """Insert or update (by id) a feedback item; dates ISO; refuses a resolution before receipt."""
    data = nfc_dict(data)
    values = {k: data.get(k) for k in COLUMNS if k in data}
    if not values.get("received_on") and not data.get("id"):
        raise UserError("Phản ánh, kiến nghị cần có ngày tiếp nhận.")
    if values.get("subject") not in (None, *SUBJECTS):
        raise UserError(f"Đối tượng phản ánh không hợp lệ: {values['subject']!r} (quy_dinh hoặc hanh_vi).")
    if values.get("resolved_on") and values.get("received_on") and values["resolved_on"] < values["received_on"]:
        raise UserError(f"Ngày xử lý xong {values['resolved_on']} trước ngày tiếp nhận {values['received_on']}.")
    values["published"] = 1 if values.get("published") in (1, True, "1", "có", "co", "x") else 0
    with store.atomic():
        for day in (values.get("received_on"), values.get("resolved_on")):
            assert_unlocked(store, day)
        if data.get("id"):
            store.db["feedback"].update(int(data["id"]), values)
            return int(data["id"])
        values["created_at"] = now_iso()
        return int(store.db["feedback"].insert(values).last_pk)


def delete_feedback(store: Store, item_id: int) -> None:
    rows = store.rows("SELECT received_on FROM feedback WHERE id = ?", (item_id,))
    if rows:
        with store.atomic():
            assert_unlocked(store, rows[0]["received_on"])
            store.conn.execute("DELETE FROM feedback WHERE id = ?", (item_id,))


def feedback_counts(store: Store, start: str, end: str) -> FeedbackCounts:
    """Counts for the report: received (new + carried), by subject, handled (on time, late), published, pending."""
    rows = store.rows("SELECT * FROM feedback WHERE received_on <= ? AND (resolved_on IS NULL OR resolved_on >= ?)",
                      (end, start))
    c = FeedbackCounts()
    for r in rows:
        c.received += 1
        if r["received_on"] >= start:
            c.new += 1
        else:
            c.carried_over += 1
        if r["subject"] == "hanh_vi":
            c.about_conduct += 1
        else:
            c.about_regulation += 1
        if r["resolved_on"] and r["resolved_on"] <= end:
            c.handled += 1
            if r["deadline"] and r["resolved_on"] > r["deadline"]:
                c.handled_late += 1
            else:
                c.handled_on_time += 1
            if r["published"]:
                c.published += 1
        else:
            c.pending += 1
            if r["deadline"] and r["deadline"] < end:
                c.pending_overdue += 1
    return c
