"""First run (setup wizard), sign-in, and the catalog import with its preview."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

ROOT = Path(__file__).resolve().parents[2]


def test_setup_wizard_saves_the_profile_with_report_defaults(qtbot, tmp_path, shown_messages):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.setup_wizard import START_EMPTY, SetupWizard
    from tthc_desktop.store import catalog, open_store
    from tthc_desktop.store.profile import get_profile

    create_application()
    store = open_store(tmp_path / "new.sqlite3")
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.currentPage().isComplete()  # the unit name is required
    wizard.ui.nameEdit.setText("xã Tân Hưng")
    assert wizard.ui.placeEdit.text() == "Tân Hưng"
    wizard.ui.signerNameEdit.setText("Lê Thị Hoa")
    wizard.next()
    assert wizard.start_choice == START_EMPTY
    wizard.accept()
    profile = get_profile(store)
    assert profile["name"] == "xã Tân Hưng" and profile["header_line2"] == "XÃ TÂN HƯNG"
    assert profile["signer_name"] == "Lê Thị Hoa" and profile["place_name"] == "Tân Hưng"
    assert any(f["name"] == "Hộ tịch" for f in catalog.list_fields(store))
    store.close()


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(qtbot, store, shown_messages):
    from tthc_desktop.gui.session import LoginDialog
    from tthc_desktop.services import auth

    auth.create_account(store, "lan", "nhap_lieu,quan_tri", "mat-khau-dai-123", "Nguyễn Thị Lan")
    auth.sign_out(store)
    dlg = LoginDialog(store, "lan")
    qtbot.addWidget(dlg)
    dlg.ui.passwordEdit.setText("sai")
    dlg.sign_in()
    assert not dlg.ui.errorLabel.isHidden()
    assert "mật khẩu" in dlg.ui.errorLabel.text().lower(), dlg.ui.errorLabel.text()
    assert auth.current_session(store) is None
    dlg.ui.passwordEdit.setText("mat-khau-dai-123")
    dlg.sign_in()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert auth.current_session(store).username == "lan"


def test_catalog_file_is_previewed_before_anything_is_written(qtbot, store, shown_messages, tmp_path):
    from tthc_desktop.gui.imports import ImportPreviewDialog, start_catalog_import
    from tthc_desktop.gui.ops import BackgroundOp
    from tthc_desktop.store import catalog

    lines = (ROOT / "resources/data/catalog-xa-starter.csv").read_text(encoding="utf-8-sig").splitlines()
    source = tmp_path / "danh-muc-tinh.csv"
    source.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8-sig")
    seen = {}

    def inspect_and_accept():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportPreviewDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, inspect_and_accept)
            return
        dlg = dialogs[0]
        seen["rows"] = dlg.ui.rowsTable.rowCount()
        seen["summary"] = dlg.ui.summaryLabel.text()
        seen["stored_before"] = len(catalog.list_procedures(store))
        dlg.accept()

    done = []
    QTimer.singleShot(50, inspect_and_accept)
    start_catalog_import(None, store, str(source), on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    assert BackgroundOp.running_count() == 0
    assert seen["rows"] == 3 and seen["stored_before"] == 0
    assert seen["summary"].startswith("Xem trước: 3 mới, 0 thay đổi, 0 không đổi, 0 lỗi.")
    assert len(catalog.list_procedures(store)) == 3
    assert shown_messages[-1] == ("info", "Đã nhập danh mục: 3 thủ tục mới, 0 thủ tục thay đổi.")


def test_a_second_window_on_the_same_file_is_refused_with_the_reason(qtbot, tmp_path, shown_messages):
    from tthc_desktop.gui.session import open_for_gui

    db = str(tmp_path / "xa.sqlite3")
    first = open_for_gui(db)
    assert first is not None
    store, lock = first
    try:
        assert open_for_gui(db) is None
        kind, text = shown_messages[-1]
        assert kind == "error" and text.startswith("Ứng dụng đang mở với tệp dữ liệu")
    finally:
        store.close()
        lock.release()


def test_menu_backup_writes_a_checked_copy(qtbot, store, qsettings, shown_messages, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import MainWindow
    from tthc_desktop.store import catalog

    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch"})
    create_application()
    window = MainWindow(store, qsettings)
    qtbot.addWidget(window)
    target = tmp_path / "usb" / "sao-luu.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in shown_messages), timeout=15000)
    assert shown_messages[-1][1].startswith(f"Đã sao lưu và kiểm tra bản sao: {target}")
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name FROM procedures").fetchall() == [("Thủ tục đăng ký khai sinh",)]
    copy.close()


def test_setup_wizard_can_create_a_receiving_level_store(qtbot, tmp_path, shown_messages):
    from tthc_desktop.gui.setup_wizard import SetupWizard
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import get_profile

    store = open_store(tmp_path / "tinh.sqlite3")
    try:
        wizard = SetupWizard(store)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.ui.nameEdit.setText("Văn phòng UBND tỉnh Hải Dương")
        wizard.ui.receivingCheck.setChecked(True)
        assert not wizard.ui.unitTypeCombo.isEnabled()
        wizard.next()
        wizard.accept()
        profile = get_profile(store)
        assert profile["is_receiving"] == 1 and profile["unit_type"] == "co-quan"
        assert profile["recipients"][0].startswith("- Văn phòng Chính phủ")
        assert not profile.get("public_key")  # a receiving office registers others' keys; it signs no packages
    finally:
        store.close()
