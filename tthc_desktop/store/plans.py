"""Annual KSTTHC plans (kế hoạch) and their tasks."""
from __future__ import annotations

import json

from tthc_desktop.domain.text import nfc_dict
from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store, now_iso

SECTIONS = {
    "I": "Công tác lãnh đạo, chỉ đạo điều hành",
    "II": "Triển khai các nhiệm vụ cải cách, kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, "
          "một cửa liên thông",
    "III": "Ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính",
    "IV": "Nhiệm vụ khác",
}
TASK_COLUMNS = ("section", "seq", "content", "lead", "coordinate", "deadline_text", "deadline_date", "product",
                "target_metric", "target_op", "target_value", "done", "done_note")


def get_plan(store: Store, year: int) -> dict | None:
    """The plan of `year` with its tasks (ordered by section then seq), or None."""
    rows = store.rows("SELECT * FROM plans WHERE year = ?", (year,))
    if not rows:
        return None
    plan = rows[0]
    plan["narrative"] = json.loads(plan["narrative"]) if plan.get("narrative") else {}
    plan["tasks"] = store.rows(
        "SELECT * FROM plan_tasks WHERE plan_id = ? ORDER BY "
        "CASE section WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END, seq, id", (plan["id"],))
    return plan


def plan_years(store: Store) -> list[int]:
    return [r["year"] for r in store.rows("SELECT year FROM plans ORDER BY year")]


def save_plan(store: Store, year: int, *, number: str | None = None, issued_on: str | None = None,
              decision_number: str | None = None, decision_date: str | None = None,
              narrative: dict | None = None) -> int:
    """Create or update the plan of `year`; returns its id."""
    values = nfc_dict({"year": year, "number": number, "issued_on": issued_on, "decision_number": decision_number,
                       "decision_date": decision_date})
    values = {k: v for k, v in values.items() if v is not None}
    if narrative is not None:
        values["narrative"] = json.dumps(nfc_dict(narrative), ensure_ascii=False)
    with store.atomic():
        existing = store.scalar("SELECT id FROM plans WHERE year = ?", (year,))
        if existing:
            store.db["plans"].update(existing, values)
            return int(existing)
        values["created_at"] = now_iso()
        return int(store.db["plans"].insert(values).last_pk)


def save_task(store: Store, plan_id: int, task: dict) -> int:
    """Insert or update (by id) one task of a plan."""
    task = nfc_dict(task)
    if task.get("section") not in SECTIONS:
        raise UserError(f"Mục của nhiệm vụ phải là I, II, III hoặc IV (nhận được {task.get('section')!r}).")
    if not task.get("content") and not task.get("id"):
        raise UserError("Nhiệm vụ cần có nội dung công việc.")
    values = {k: task[k] for k in TASK_COLUMNS if k in task}
    values["plan_id"] = plan_id
    if task.get("id"):
        store.db["plan_tasks"].update(int(task["id"]), values)
        return int(task["id"])
    if "seq" not in values:
        values["seq"] = int(store.scalar("SELECT coalesce(max(seq), 0) + 1 FROM plan_tasks WHERE plan_id = ? "
                                         "AND section = ?", (plan_id, values["section"])))
    return int(store.db["plan_tasks"].insert(values).last_pk)


def delete_task(store: Store, task_id: int) -> None:
    store.conn.execute("DELETE FROM plan_tasks WHERE id = ?", (task_id,))


def mark_task_done(store: Store, task_id: int, done: bool = True, note: str = "") -> None:
    """Mark a task done (or not) during the year, with a note."""
    if not store.scalar("SELECT 1 FROM plan_tasks WHERE id = ?", (task_id,)):
        raise UserError(f"Không tìm thấy nhiệm vụ số {task_id}.")
    store.db["plan_tasks"].update(task_id, nfc_dict({"done": 1 if done else 0, "done_note": note}))
