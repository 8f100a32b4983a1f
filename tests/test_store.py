import sqlite3
import unicodedata

import pytest

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import LockedPeriodError, UserError
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import integrity_findings, open_store
from tthc_desktop.store import catalog, documents, feedback, statistics
from tthc_desktop.store.schema import migrations


def test_migrations_from_empty_and_rerun(db_path):
    s = open_store(db_path)
    applied = [r["name"] for r in s.rows("SELECT name FROM _sqlite_migrations")]
    assert applied and applied[0] == "m001_domain"
    s.close()
    s = open_store(db_path)  # re-run: nothing pending, nothing duplicated
    assert [r["name"] for r in s.rows("SELECT name FROM _sqlite_migrations")] == applied
    assert migrations.pending(s.db) == []
    assert s.scalar("PRAGMA foreign_keys") == 1
    assert s.scalar("PRAGMA journal_mode") == "wal"
    assert "STRICT" in s.scalar("SELECT sql FROM sqlite_master WHERE name = 'dossier_stats'")
    assert integrity_findings(s) == []
    s.close()


def test_strict_tables_refuse_text_in_counts(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO dossier_stats (period, row_group, label, new_online) "
                           "VALUES ('2023', 'linh_vuc', 'X', 'nhiều')")


def test_nfd_text_is_stored_as_nfc(store):
    nfd = unicodedata.normalize("NFD", "Đăng ký khai sinh cho người Việt Nam")
    pid = catalog.save_procedure(store, {"code": "1.001193", "name": nfd, "field_name": unicodedata.normalize("NFD", "Hộ tịch")})
    row = catalog.get_procedure(store, pid)
    assert unicodedata.is_normalized("NFC", row["name"]) and row["name"] == "Đăng ký khai sinh cho người Việt Nam"
    assert row["field_name"] == "Hộ tịch"


def test_diacritic_free_search_finds_the_procedure(store):
    catalog.save_procedure(store, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_name": "Hộ tịch"})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực"})
    assert [r["code"] for r in catalog.list_procedures(store, search="dang ky khai sinh")] == ["1.001193"]
    assert [r["code"] for r in catalog.list_procedures(store, search="CHUNG THUC")] == ["2.000815"]


def test_catalog_counts_follow_effective_dates(store):
    a = catalog.save_procedure(store, {"code": "1.000001", "name": "A", "field_name": "Hộ tịch"})
    catalog.save_procedure(store, {"code": "1.000002", "name": "B", "field_name": "Hộ tịch",
                                   "effective_from": "2023-04-01"})
    catalog.abolish_procedure(store, a, "2023-05-10")
    q2 = compute_figures(store, "2023-Q2").catalog
    assert (q2.in_force, q2.new, q2.abolished) == (1, 1, 1)
    q1 = compute_figures(store, "2023-Q1").catalog
    assert (q1.in_force, q1.new, q1.abolished) == (1, 0, 0)


def test_feedback_counts_carry_over_and_pending(store):
    feedback.save_feedback(store, {"received_on": "2023-03-01", "subject": "quy_dinh", "summary": "Cũ",
                                   "deadline": "2023-03-20", "resolved_on": "2023-04-02", "published": 1})
    feedback.save_feedback(store, {"received_on": "2023-05-01", "subject": "hanh_vi", "summary": "Mới",
                                   "deadline": "2023-05-20"})
    c = compute_figures(store, "2023-Q2").feedback
    assert (c.received, c.new, c.carried_over, c.handled, c.handled_late, c.published, c.pending) == (2, 1, 1, 1, 1, 1, 1)
    assert (c.about_regulation, c.about_conduct, c.pending_overdue) == (1, 1, 1)
    with pytest.raises(UserError, match="trước ngày tiếp nhận"):
        feedback.save_feedback(store, {"received_on": "2023-05-01", "subject": "quy_dinh", "summary": "x",
                                       "resolved_on": "2023-04-01"})


def test_year_figures_chain_quarters(store):
    fid = catalog.ensure_field(store, "Hộ tịch")
    for q, (new, carried, pending) in enumerate([(100, 4, 5), (120, 5, 6), (90, 6, 2), (80, 2, 3)], start=1):
        p = parse_period(f"2023-Q{q}")
        c = DossierCounts(carried_over=carried, new_online=new, resolved_early=new + carried - pending,
                          pending_in_time=pending)
        statistics.save_stat_row(store, p, FigureRow("linh_vuc", "Hộ tịch", c, fid))
    fig = compute_figures(store, "2023")
    assert fig.composed_from == ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    assert (fig.total.carried_over, fig.total.new, fig.total.pending) == (4, 390, 3)
    assert fig.findings == []
    half = compute_figures(store, "2024-6M")
    assert not half.has_data


def test_missing_quarter_is_reported(store):
    fid = catalog.ensure_field(store, "Hộ tịch")
    statistics.save_stat_row(store, parse_period("2023-Q1"), FigureRow("linh_vuc", "Hộ tịch",
                                                                     DossierCounts(new_online=1, resolved_early=1), fid))
    fig = compute_figures(store, "2023-6M")
    assert fig.missing_periods == ["2023-Q2"] and not fig.has_data
    assert any("Thiếu số liệu của các kỳ: quý II năm 2023" in f.message for f in fig.findings)


def test_negative_counts_refused_with_message(store):
    with pytest.raises(UserError, match="không được âm"):
        statistics.save_stat_row(store, parse_period("2023-Q1"),
                                 FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=-1)))


def test_locked_period_refuses_writes_naming_the_report(store):
    store.db["reports"].insert({"period": "2023-Q2", "period_start": "2023-03-15", "period_end": "2023-06-14",
                                "status": "issued", "number": "05/BC-UBND", "issued_on": "2023-06-15"})
    with pytest.raises(LockedPeriodError, match="Báo cáo số 05/BC-UBND ngày 15/06/2023"):
        statistics.save_stat_row(store, parse_period("2023-Q2"),
                                 FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=1, resolved_early=1)))
    with pytest.raises(LockedPeriodError):
        documents.save_document(store, {"kind": "thong_bao", "number": "1/TB-UBND", "issued_on": "2023-04-01",
                                        "summary": "Công khai"})
    # outside the locked range the write goes through
    documents.save_document(store, {"kind": "thong_bao", "number": "2/TB-UBND", "issued_on": "2023-07-01",
                                    "summary": "Công khai"})
    store.conn.execute("UPDATE reports SET unlocked_at = '2023-06-20'")
    statistics.save_stat_row(store, parse_period("2023-Q2"),
                             FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=1, resolved_early=1)))


def test_every_change_is_audited_with_user_and_values(store):
    store.set_user("thu.ha")
    fid = catalog.ensure_field(store, "Hộ tịch")
    store.db["fields"].update(fid, {"name": "Hộ tịch (sửa)"})
    store.conn.execute("DELETE FROM fields WHERE id = ?", (fid,))
    rows = store.rows("SELECT username, action, old_values, new_values FROM audit_log WHERE table_name='fields'")
    assert [r["action"] for r in rows] == ["insert", "update", "delete"]
    assert all(r["username"] == "thu.ha" for r in rows)
    assert '"Hộ tịch (sửa)"' in rows[1]["new_values"] and '"Hộ tịch"' in rows[1]["old_values"]
    with pytest.raises(sqlite3.IntegrityError, match="chỉ được ghi thêm"):
        store.conn.execute("DELETE FROM audit_log")


def test_not_a_store_gets_a_clear_message(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu TTHC Desktop hoặc đã bị hỏng"):
        open_store(bad)


def test_chosen_source_reports_the_source_actually_used(store):
    from tthc_desktop.store.profile import set_setting

    assert compute_figures(store, "2023-Q2", "chosen").source == "entered"
    set_setting(store, "stats_source:2023-Q2", "register")
    assert compute_figures(store, "2023-Q2", "chosen").source == "register"
