"""Accounts, roles and the core permission checks (issue 6: accounts; a clerk cannot issue or unlock)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from tthc_desktop.store import reports as store_reports

from tthc_desktop.cli import main
from tthc_desktop.errors import PermissionDenied, UserError
from tthc_desktop.services import auth, safety
from tthc_desktop.store import accounts, open_store
from tthc_desktop.store.feedback import save_feedback
from tthc_desktop.store.profile import save_profile

ADMIN_PW, CLERK_PW, LEADER_PW = "QuanTri#2024", "NhapLieu#2024", "LanhDao#2024"
FEEDBACK = {"received_on": "2024-03-04", "subject": "quy_dinh", "summary": "Đề nghị niêm yết phí chứng thực"}


@pytest.fixture(autouse=True)
def cheap_scrypt(request, monkeypatch):
    """Tests sign in dozens of times: a lower scrypt cost keeps them fast (the cost is stored with each hash)."""
    if "real_cost" not in request.node.name:
        monkeypatch.setattr(accounts, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "tthc.sqlite3"
    with open_store(path) as store:
        save_profile(store, name="xã Đồng Lạc", unit_type="xa")
    return path


@pytest.fixture
def with_accounts(db_path):
    """Admin, clerk (nhập liệu) and leader (lãnh đạo) accounts; returns the store path."""
    with open_store(db_path) as store:
        auth.create_account(store, "admin", "quan_tri", ADMIN_PW, "Trần Quản Trị")
        auth.create_account(store, "lan", "nhap_lieu", CLERK_PW, "Nguyễn Thị Lan")
        auth.create_account(store, "hung", "lanh_dao", LEADER_PW, "Lê Văn Hùng")
    return db_path


def opened(path):
    store = open_store(path)
    auth.attach(store)
    return store


def test_without_accounts_everything_is_allowed(db_path):
    with opened(db_path) as store:
        assert not accounts.accounts_enabled(store)
        for action in auth.ACTIONS:
            auth.require(store, action)
        assert save_feedback(store, FEEDBACK) > 0


def test_first_account_must_be_an_administrator(db_path):
    with opened(db_path) as store:
        with pytest.raises(UserError, match="quan_tri"):
            auth.create_account(store, "lan", "nhap_lieu", CLERK_PW)
        assert not accounts.accounts_enabled(store)


def test_once_accounts_exist_writes_need_a_signed_in_user(with_accounts):
    with opened(with_accounts) as store:
        with pytest.raises(sqlite3.DatabaseError) as refused:
            save_feedback(store, FEEDBACK)
        assert "cần đăng nhập" in auth.denial_message(refused.value)
        with pytest.raises(PermissionDenied, match="Cần đăng nhập"):
            auth.require(store, "edit_data")
        assert store.scalar("SELECT count(*) FROM feedback") == 0

        auth.sign_in(store, "Lan", CLERK_PW)  # user names are case-insensitive
        item = save_feedback(store, FEEDBACK)
        who = store.scalar("SELECT username FROM audit_log WHERE table_name = 'feedback' AND row_key = ?",
                           (str(item),))
        assert who == "lan"

        auth.sign_out(store)
        with pytest.raises(sqlite3.DatabaseError):
            save_feedback(store, {**FEEDBACK, "summary": "sau khi đăng xuất"})


def test_clerk_cannot_issue_or_unlock_but_leader_can(with_accounts):
    with opened(with_accounts) as store:
        auth.sign_in(store, "admin", ADMIN_PW)
        store.db["reports"].insert({"period": "2024-Q1", "period_start": "2023-12-15", "period_end": "2024-03-14",
                                    "status": "issued", "number": "12/BC-UBND", "issued_on": "2024-03-18"})
        auth.sign_in(store, "lan", CLERK_PW)
        with pytest.raises(PermissionDenied, match="Nhập liệu.*không được phép phát hành báo cáo.*Lãnh đạo"):
            auth.require(store, "issue_report")
        with pytest.raises(PermissionDenied, match="không được phép mở khóa kỳ báo cáo"):
            safety.unlock_period(store, "2024-Q1", "Sửa số liệu lĩnh vực hộ tịch")
        assert store.scalar("SELECT unlocked_at FROM reports") is None
        # Even a report service that forgot `require` cannot issue or unlock for a clerk (column guard).
        draft = store.db["reports"].insert({"period": "2024-Q2", "period_start": "2024-03-15",
                                            "period_end": "2024-06-14", "status": "draft"}).last_pk
        store.db["reports"].update(draft, {"narrative": "{}"})  # editing a draft is data entry: allowed
        with pytest.raises(sqlite3.DatabaseError) as refused:
            store.db["reports"].update(draft, {"status": "issued", "number": "20/BC-UBND"})
        assert "không được phép phát hành báo cáo" in auth.denial_message(refused.value)
        with pytest.raises(sqlite3.DatabaseError) as refused:
            store_reports.mark_unlocked(store, 1, "Sửa số liệu lĩnh vực hộ tịch")
        assert "không được phép mở khóa kỳ báo cáo" in auth.denial_message(refused.value)
        assert store.rows("SELECT status, unlocked_at FROM reports ORDER BY id") == [
            {"status": "issued", "unlocked_at": None}, {"status": "draft", "unlocked_at": None}]

        auth.sign_in(store, "hung", LEADER_PW)
        auth.require(store, "issue_report")
        unlocked = safety.unlock_period(store, "2024-Q1", "Sửa số liệu lĩnh vực hộ tịch")
        assert unlocked[0]["unlocked_by"] == "hung"
        note = store.scalar("SELECT note FROM audit_log WHERE action = 'unlock'")
        assert "12/BC-UBND" in note and "hộ tịch" in note


def test_only_administrators_write_the_accounts_table_even_past_the_service(with_accounts):
    with opened(with_accounts) as store:
        auth.sign_in(store, "lan", CLERK_PW)
        with pytest.raises(PermissionDenied):
            auth.create_account(store, "mai", "nhap_lieu", "MatKhau#123")
        with pytest.raises(sqlite3.DatabaseError) as refused:  # the store function, without `require`
            accounts.add_user(store, "mai", "quan_tri", "MatKhau#123")
        assert "Quản trị" in auth.denial_message(refused.value)
        auth.sign_in(store, "admin", ADMIN_PW)
        auth.create_account(store, "mai", "nhap_lieu", "MatKhau#123")
        assert [u["username"] for u in accounts.list_users(store)] == ["admin", "hung", "lan", "mai"]


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(with_accounts):
    t0 = datetime(2024, 5, 6, 9, 0)
    with opened(with_accounts) as store:
        for attempt in range(4):
            with pytest.raises(UserError, match="Sai tên đăng nhập hoặc mật khẩu"):
                auth.sign_in(store, "lan", "sai-mat-khau", now=t0 + timedelta(seconds=attempt))
        with pytest.raises(UserError, match="tạm khóa đến 09:15 06/05/2024"):
            auth.sign_in(store, "lan", "sai-mat-khau", now=t0 + timedelta(seconds=5))
        with pytest.raises(UserError, match="tạm khóa"):  # even the right password, while locked
            auth.sign_in(store, "lan", CLERK_PW, now=t0 + timedelta(minutes=14))
        assert auth.current_session(store) is None
        session = auth.sign_in(store, "lan", CLERK_PW, now=t0 + timedelta(minutes=16))
        assert session.roles == ("nhap_lieu",)
        actions = [r["action"] for r in store.rows("SELECT action FROM audit_log WHERE action LIKE 'sign_in%' "
                                                    "OR action = 'account_locked' ORDER BY id")]
        assert actions[-7:] == ["sign_in_failed"] * 4 + ["account_locked", "sign_in_failed", "sign_in"]


def test_administrator_reopens_a_locked_account(with_accounts):
    with opened(with_accounts) as store:
        for _ in range(5):
            with pytest.raises(UserError):
                auth.sign_in(store, "lan", "sai-mat-khau")
        assert accounts.get_user(store, "lan")["locked"]
        auth.sign_in(store, "admin", ADMIN_PW)
        auth.enable_account(store, "lan")
        assert not accounts.get_user(store, "lan")["locked"]
        assert auth.sign_in(store, "lan", CLERK_PW).username == "lan"


def test_unknown_and_disabled_accounts_cannot_sign_in(with_accounts):
    with opened(with_accounts) as store:
        with pytest.raises(UserError, match="Sai tên đăng nhập"):
            auth.sign_in(store, "khong-co", "bat-ky-mat-khau")
        auth.sign_in(store, "admin", ADMIN_PW)
        auth.disable_account(store, "lan")
        with pytest.raises(UserError, match="vô hiệu hóa"):
            auth.sign_in(store, "lan", CLERK_PW)
        with pytest.raises(UserError, match="quản trị viên cuối cùng"):
            auth.disable_account(store, "admin")


def test_password_is_never_stored_or_logged_in_clear(db_path):
    secret, changed = "Bí-mật-Đồng-Lạc-2024", "Mới-hơn-Đồng-Lạc-2025"
    with opened(db_path) as store:
        auth.create_account(store, "admin", "quan_tri", secret)
        auth.sign_in(store, "admin", secret)
        auth.change_password(store, "admin", changed)
        stored = store.scalar("SELECT password_hash FROM users")
        assert stored.startswith("scrypt$4096$8$1$") and secret not in stored
        assert accounts.verify_password(changed, stored) and not accounts.verify_password(secret, stored)
        log = store.rows("SELECT old_values, new_values, note FROM audit_log WHERE table_name = 'users'")
        text = repr(log)
        assert "password_hash" not in text and "scrypt$" not in text and "password_changed" in text
        assert secret not in text and changed not in text
    raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith("tthc.sqlite3"))
    for pw in (secret, changed):
        assert pw.encode("utf-8") not in raw
    assert accounts.hash_password(secret) != accounts.hash_password(secret)  # salted


def test_clerk_changes_own_password_only_with_the_old_one(with_accounts):
    with opened(with_accounts) as store:
        auth.sign_in(store, "lan", CLERK_PW)
        with pytest.raises(UserError, match="hiện tại không đúng"):
            auth.change_password(store, "lan", "MatKhauMoi#1", old_password="doan-bua")
        auth.change_password(store, "lan", "MatKhauMoi#1", old_password=CLERK_PW)
        with pytest.raises(PermissionDenied):
            auth.change_password(store, "hung", "MatKhauMoi#1")
        auth.sign_out(store)
        assert auth.sign_in(store, "lan", "MatKhauMoi#1").username == "lan"


def test_cli_accounts_and_sign_in(db_path, monkeypatch, capsys):
    monkeypatch.setenv("TTHC_DB", str(db_path))
    monkeypatch.delenv("TTHC_PASSWORD", raising=False)
    monkeypatch.setenv("TTHC_NEW_PASSWORD", ADMIN_PW)
    assert main(["user", "add", "admin", "--role", "quan_tri"]) == 0
    assert "Đã bật đăng nhập" in capsys.readouterr().out

    monkeypatch.setenv("TTHC_NEW_PASSWORD", CLERK_PW)
    assert main(["user", "add", "lan", "--role", "nhap_lieu"]) == 2  # nobody signed in
    assert "Cần đăng nhập" in capsys.readouterr().err
    assert main(["--user", "admin", "user", "add", "lan", "--role", "nhap_lieu"]) == 2  # no password, no prompt
    assert "TTHC_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("TTHC_PASSWORD", ADMIN_PW)
    assert main(["--user", "admin", "user", "add", "lan", "--role", "nhap_lieu"]) == 0

    assert main(["init", "--name", "xã Khác"]) == 2  # a write without --user
    assert "cần đăng nhập" in capsys.readouterr().err
    monkeypatch.setenv("TTHC_PASSWORD", CLERK_PW)
    assert main(["--user", "lan", "unlock", "--period", "2024-Q1", "--reason", "sửa số liệu"]) == 2
    assert "không được phép mở khóa kỳ báo cáo" in capsys.readouterr().err
    assert main(["user", "list"]) == 0
    out = capsys.readouterr().out
    assert "admin" in out and "Nhập liệu" in out


def test_real_cost_hash_uses_memory_hard_parameters():
    encoded = accounts.hash_password("Mật khẩu thật 2024")
    scheme, n, r, p, salt, digest = encoded.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 15, 8, 1)
    assert 128 * int(r) * int(n) >= 32 * 1024 * 1024  # 32 MiB of memory per guess
    assert accounts.verify_password("Mật khẩu thật 2024", encoded)
    assert not accounts.verify_password("mật khẩu thật 2024", encoded)


def test_locked_period_refuses_writes_until_a_leader_unlocks_it_with_a_reason(with_accounts):
    from tthc_desktop.errors import LockedPeriodError

    with opened(with_accounts) as store:
        auth.sign_in(store, "hung", LEADER_PW)
        store.db["reports"].insert({"period": "2024-Q1", "period_start": "2023-12-15", "period_end": "2024-03-14",
                                    "status": "issued", "number": "12/BC-UBND", "issued_on": "2024-03-18"})
        auth.sign_in(store, "lan", CLERK_PW)
        with pytest.raises(LockedPeriodError, match="Báo cáo số 12/BC-UBND ngày 18/03/2024"):
            save_feedback(store, FEEDBACK)  # 04/03/2024 falls in the issued quarter
        assert save_feedback(store, {**FEEDBACK, "received_on": "2024-03-20"}) > 0  # next period: open

        auth.sign_in(store, "hung", LEADER_PW)
        with pytest.raises(UserError, match="lý do"):
            safety.unlock_period(store, "2024-Q1", "  ")
        with pytest.raises(UserError, match="không có báo cáo đã phát hành"):
            safety.unlock_period(store, "2024-Q2", "Sửa số liệu")
        safety.unlock_period(store, "2024-Q1", "Bổ sung phản ánh nhận muộn")
        auth.sign_in(store, "lan", CLERK_PW)
        assert save_feedback(store, FEEDBACK) > 0
        assert store.scalar("SELECT unlock_reason FROM reports") == "Bổ sung phản ánh nhận muộn"


def test_password_prompt_never_waits_on_a_closed_stdin(monkeypatch):
    import io
    import sys

    from tthc_desktop.cli.safety import read_password

    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdin", closed)
    monkeypatch.delenv("TTHC_PASSWORD", raising=False)
    with pytest.raises(UserError, match="đặt biến môi trường TTHC_PASSWORD"):
        read_password("Mật khẩu: ")
    monkeypatch.setenv("TTHC_PASSWORD", CLERK_PW)
    assert read_password("Mật khẩu: ") == CLERK_PW


def test_importing_and_exporting_packages_are_role_checked_in_the_core(with_accounts, tmp_path):
    from tthc_desktop.services import exchange
    from tthc_desktop.services.importing import apply_import, plan_import

    src = tmp_path / "fb.csv"
    src.write_text("received_on,subject,summary\n2024-02-01,quy_dinh,Phản ánh về thời hạn\n", encoding="utf-8")
    store = opened(with_accounts)
    try:
        auth.sign_in(store, "admin", ADMIN_PW)  # quản trị only: accounts and settings, not data
        plan = plan_import(store, [src])
        with pytest.raises(PermissionDenied, match="nhập số liệu từ tệp"):
            apply_import(store, plan)
        with pytest.raises(PermissionDenied, match="xuất gói báo cáo"):
            exchange.export_package(store, "2024-Q1", tmp_path)
        assert store.scalar("SELECT count(*) FROM feedback") == 0
        auth.sign_in(store, "lan", CLERK_PW)
        apply_import(store, plan_import(store, [src]))
        assert store.scalar("SELECT count(*) FROM feedback") == 1
    finally:
        store.close()
