"""Audit log: a row for every insert/update/delete of each kind of data, viewer filters, export rows."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from tthc_desktop.cli import main
from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.store import audit, open_store
from tthc_desktop.store.catalog import abolish_procedure, ensure_field, save_procedure
from tthc_desktop.store.documents import delete_document, save_document
from tthc_desktop.store.feedback import delete_feedback, save_feedback
from tthc_desktop.store.profile import save_profile, set_setting
from tthc_desktop.store.statistics import delete_stat_row, save_stat_row


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "tthc.sqlite3")
    save_profile(s, name="xã Đồng Lạc", unit_type="xa")
    s.set_user("lan")
    yield s
    s.close()


def changes(store, table: str) -> list[dict]:
    return audit.query_audit(store, audit.AuditFilter(table=table), newest_first=False)


def test_every_kind_of_data_change_is_logged_with_user_old_and_new_values(store):
    field = ensure_field(store, "Hộ tịch")
    pid = save_procedure(store, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_id": field})
    save_procedure(store, {"id": pid, "name": "Đăng ký khai sinh (sửa đổi)", "changed_on": "2024-02-01"})
    abolish_procedure(store, pid, "2024-06-01")

    doc = save_document(store, {"kind": "quyet_dinh", "number": "15/QĐ-UBND", "issued_on": "2024-01-10",
                                "summary": "Công bố danh mục TTHC"})
    save_document(store, {"id": doc, "kind": "quyet_dinh", "number": "16/QĐ-UBND", "issued_on": "2024-01-10",
                          "summary": "Công bố danh mục TTHC"})
    delete_document(store, doc)

    fb = save_feedback(store, {"received_on": "2024-03-04", "subject": "hanh_vi", "summary": "Chậm trả kết quả"})
    save_feedback(store, {"id": fb, "received_on": "2024-03-04", "subject": "hanh_vi", "summary": "Chậm trả kết quả",
                          "resolved_on": "2024-03-10"})
    delete_feedback(store, fb)

    q1 = parse_period("2024-Q1")
    save_stat_row(store, q1, FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=12, resolved_on_time=10),
                                       field_id=field))
    delete_stat_row(store, q1, "linh_vuc", "Hộ tịch")
    set_setting(store, "backup_keep", 7)
    set_setting(store, "backup_keep", 5)
    save_profile(store, signer_name="Nguyễn Văn Bình")

    proc = changes(store, "procedures")
    assert [r["action"] for r in proc] == ["insert", "update", "update"]
    assert ("name", "Đăng ký khai sinh", "Đăng ký khai sinh (sửa đổi)") in proc[1]["changes"]
    assert ("abolished_on", None, "2024-06-01") in proc[2]["changes"]
    assert [r["action"] for r in changes(store, "procedure_changes")] == ["insert", "insert"]

    docs = changes(store, "documents")
    assert [r["action"] for r in docs] == ["insert", "update", "delete"]
    assert docs[2]["old_values"]["number"] == "16/QĐ-UBND" and docs[2]["new_values"] is None

    fbs = changes(store, "feedback")
    assert [r["action"] for r in fbs] == ["insert", "update", "delete"]
    assert ("resolved_on", None, "2024-03-10") in fbs[1]["changes"]

    stats = changes(store, "dossier_stats")
    assert [r["action"] for r in stats] == ["insert", "delete"]
    assert stats[0]["new_values"]["new_online"] == 12

    settings = changes(store, "settings")
    assert [(r["action"], r["changes"]) for r in settings] == [
        ("insert", [("key", None, "backup_keep"), ("value", None, "7")]), ("update", [("value", "7", "5")])]
    assert ("signer_name", None, "Nguyễn Văn Bình") in changes(store, "unit_profile")[-1]["changes"]
    everyone = {r["username"] for t in ("procedures", "documents", "feedback", "dossier_stats") for r in changes(store, t)}
    assert everyone == {"lan"}


@pytest.mark.parametrize("table,row,update", [
    ("dossiers", {"receipt_no": "000.00.13.H23-240101-0001", "year": 2024, "applicant_name": "Phạm Thị Hoa",
                  "received_at": "2024-01-01T08:00:00"}, {"status": "resolved"}),
    ("reports", {"period": "2024-Q1", "status": "draft"}, {"status": "issued"}),
    ("plans", {"year": 2024, "number": "05/KH-UBND"}, {"number": "06/KH-UBND"}),
    ("days_off", {"day": "2024-09-03", "kind": "holiday", "note": "Quốc khánh"}, {"note": "Nghỉ lễ Quốc khánh"}),
])
def test_tables_without_a_store_module_yet_are_audited_too(store, table, row, update):
    if table == "dossiers":
        field = ensure_field(store, "Chứng thực")
        row = {**row, "procedure_id": save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao",
                                                             "field_id": field})}
    with store.atomic():
        last = store.db[table].insert(row).last_pk
        pk = row.get("day", last)  # days_off is keyed by its date
        store.db[table].update(pk, update)
        store.db[table].delete(pk)
    rows = changes(store, table)
    assert [r["action"] for r in rows] == ["insert", "update", "delete"]
    key, value = next(iter(update.items()))
    assert rows[1]["new_values"][key] == value and rows[2]["old_values"][key] == value


def test_audit_log_cannot_be_edited_or_deleted(store):
    save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Niêm yết"})
    with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
        with store.atomic():
            store.conn.execute("UPDATE audit_log SET username = 'ai-do'")
    with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
        with store.atomic():
            store.conn.execute("DELETE FROM audit_log")
    assert audit.count_audit(store) >= 2


def test_viewer_filters_by_table_user_action_dates_and_text(store):
    save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Thủ tục đất đai rườm rà"})
    store.set_user("hung")
    save_feedback(store, {"received_on": "2024-03-05", "subject": "hanh_vi", "summary": "Cán bộ hẹn nhiều lần"})
    audit.record(store, "sign_in", table="users", row_key="hung")

    assert audit.count_audit(store, audit.AuditFilter(table="feedback")) == 2
    by_hung = audit.query_audit(store, audit.AuditFilter(user="hung"))
    assert [r["action"] for r in by_hung] == ["sign_in", "insert"]  # newest first
    assert by_hung[0]["action_label"] == "Đăng nhập"
    found = audit.query_audit(store, audit.AuditFilter(text="DAT DAI"))  # no diacritics, any case
    assert len(found) == 1 and "đất đai" in found[0]["new_values"]["summary"]
    today = date.today()
    assert audit.count_audit(store, audit.AuditFilter(since=today, until=today, action="insert")) == 3
    assert audit.count_audit(store, audit.AuditFilter(until=date(2000, 1, 1))) == 0
    assert set(audit.audit_users(store)) >= {"lan", "hung"}
    assert "feedback" in audit.audit_tables(store)
    assert "Phản ánh, kiến nghị" in audit.describe(by_hung[1])


def test_rows_between_dates_for_export_packages_keep_the_json(store):
    save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Xin bản sao"})
    today = date.today()
    rows = audit.audit_rows_between(store, today, today)
    assert rows and all(r["at"].startswith(today.isoformat()) for r in rows)
    fb = [r for r in rows if r["table_name"] == "feedback"][0]
    assert json.loads(fb["new_values"])["summary"] == "Xin bản sao"
    assert audit.audit_rows_between(store, "2000-01-01", "2000-12-31") == []


def test_cli_audit_lists_filtered_changes(store, monkeypatch, capsys):
    save_feedback(store, {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Chứng thực chậm"})
    store.close()
    monkeypatch.setenv("TTHC_DB", str(store.path))
    assert main(["audit", "--table", "feedback", "--user", "lan"]) == 0
    out = capsys.readouterr().out
    assert "lan · Thêm · Phản ánh, kiến nghị" in out and "1 / 1 dòng nhật ký." in out
    assert main(["audit", "--since", "03/04/2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
