"""Sao lưu và khôi phục: back up to a folder (a USB stick), restore through the wizard, the window reopens on
the restored data and the replaced data is kept as a backup."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard


def _window(qtbot, store, qsettings):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import MainWindow

    create_application()
    w = MainWindow(store, qsettings)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _idle() -> bool:
    from tthc_desktop.gui.ops import BackgroundOp

    return BackgroundOp.running_count() == 0


def _procedure_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM procedures"))
    finally:
        conn.close()


def test_backup_to_a_usb_folder_then_restore_through_the_wizard(qtbot, store, qsettings, shown_messages, tmp_path,
                                                                grab_on_failure, monkeypatch):
    from tthc_desktop.exchange.drives import Drive
    from tthc_desktop.gui import usb
    from tthc_desktop.gui.restore import RestoreWizard
    from tthc_desktop.store import audit, catalog

    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(usb, "removable_drives", lambda: [Drive(stick, "KINGSTON", 3 * 1024 ** 3, 8 * 1024 ** 3)])
    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch"})
    w = _window(qtbot, store, qsettings)
    grab_on_failure(w)
    page = w.show_page("backup")
    choices = [page.target_combo.itemText(i) for i in range(page.target_combo.count())]
    assert choices[0].startswith("Thư mục sao lưu: ") and choices[1] == "USB: KINGSTON (%s) — trống 3,0 GB" % stick
    assert page.target_combo.currentIndex() == 1  # the stick plugged in is proposed
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.last_backup is not None, timeout=15000)
    copy = page.last_backup
    assert copy.parent == stick and copy.name.startswith("sao-luu-")
    assert _procedure_names(copy) == ["Thủ tục đăng ký khai sinh"]
    assert f"Đã sao lưu và kiểm tra bản sao: {copy}." in page.banner.text()
    assert "Dữ liệu đã được ghi hẳn xuống USB" in page.banner.text() and "rút USB" in page.banner.text()
    assert "chữ ký" not in page.banner.text()  # the package wording is not used for a backup

    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực"})
    db_path = Path(store.path)

    def drive_wizard():
        wiz = next(x for x in QApplication.topLevelWidgets() if isinstance(x, RestoreWizard) and x.isVisible())
        assert wiz.currentPage() is wiz.ui.checkPage  # the chosen file is checked at once
        summary = wiz.ui.summaryLabel.text()
        assert "Đơn vị: xã Đồng Lạc" in summary and "Thủ tục hành chính: 1" in summary
        assert not wiz.ui.problemsLabel.isVisible()
        wiz.next()
        assert wiz.currentPage() is wiz.ui.confirmPage
        finish = wiz.button(QWizard.WizardButton.FinishButton)
        assert finish.text() == "Khôi phục" and not finish.isEnabled()
        assert "truoc-khoi-phuc-" in wiz.ui.confirmText.text()
        wiz.ui.confirmCheck.setChecked(True)
        assert finish.isEnabled()
        finish.click()

    QTimer.singleShot(0, drive_wizard)
    page.restore_from_file(copy)
    qtbot.waitUntil(lambda: w.replaced_by is not None and _idle(), timeout=20000)
    new = w.replaced_by
    qtbot.addWidget(new)
    grab_on_failure(new)
    qtbot.waitUntil(lambda: new.first_screen_ready, timeout=5000)
    try:
        assert not w.isVisible() and new.isVisible()
        assert new.current_key() == "backup"
        assert Path(new.store.path) == db_path
        assert [p["name"] for p in catalog.list_procedures(new.store)] == ["Thủ tục đăng ký khai sinh"]
        kept = sorted((tmp_path / "sao-luu").glob("truoc-khoi-phuc-*.sqlite3"))
        assert len(kept) == 1
        assert _procedure_names(kept[0]) == ["Chứng thực bản sao từ bản chính", "Thủ tục đăng ký khai sinh"]
        assert f"Dữ liệu trước khi khôi phục được giữ tại {kept[0]}." in new.page("backup").banner.text()
        assert ("info", new.page("backup").banner.text()) in shown_messages
        assert audit.query_audit(new.store, audit.AuditFilter(action="restore"))[0]["note"].startswith(
            f"khôi phục từ {copy.name}")
        rows = new.page("backup").model.rows()
        assert {r["kind"] for r in rows} >= {"trước khi khôi phục"}
    finally:
        new.close_without_questions()
        new.store.close()


def test_restore_wizard_refuses_a_file_that_is_not_a_backup(qtbot, store, tmp_path):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.restore import RestoreWizard

    create_application()
    bad = tmp_path / "hong.sqlite3"
    bad.write_bytes(b"day khong phai tep SQLite" * 100)
    wiz = RestoreWizard(store, bad)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.currentPage() is wiz.ui.checkPage
    assert wiz.ui.problemsLabel.isVisible()
    assert "không phải tệp dữ liệu của TTHC Desktop" in wiz.ui.problemsLabel.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.back()
    assert wiz.currentPage() is wiz.ui.choosePage


def test_a_clerk_cannot_open_the_restore_wizard(qtbot, store, qsettings, shown_messages):
    from tthc_desktop.services import auth

    auth.create_account(store, "quantri", ["quan_tri"], "mat-khau-tot-1")
    auth.create_account(store, "lan.nt", ["nhap_lieu"], "mat-khau-tot-1")
    auth.sign_in(store, "lan.nt", "mat-khau-tot-1")
    w = _window(qtbot, store, qsettings)
    w.ui.actionRestore.trigger()
    refusal = ("Tài khoản “lan.nt” (vai trò Nhập liệu) không được phép khôi phục dữ liệu từ bản sao lưu. "
               "Cần vai trò Quản trị.")
    assert ("error", refusal) in shown_messages
    assert w.current_key() == "backup" and w.page("backup").banner.text() == refusal
