"""Tài khoản: the first admin turns sign-in on, a clerk is added, and the core refuses what the clerk may not do."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from tests.gui.conftest import seed_quarter


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


def _visible(cls):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def _fill_account(username, full_name, roles, password="mat-khau-tot-1"):
    """Fill the open account dialog and press its Đồng ý (run from a timer while the dialog is modal)."""
    from tthc_desktop.gui.pages.accounts import ROLE_CHECKS, AccountDialog

    def fill():
        dlg = _visible(AccountDialog)
        dlg.ui.userEdit.setText(username)
        dlg.ui.fullNameEdit.setText(full_name)
        for role, check in ROLE_CHECKS.items():
            if getattr(dlg.ui, check).isEnabled():
                getattr(dlg.ui, check).setChecked(role in roles)
        dlg.ui.passwordEdit.setText(password)
        dlg.ui.repeatEdit.setText(password)
        dlg.save()
        if dlg.isVisible():  # refused: keep the message for the test, then close
            fill.error = dlg.ui.errorLabel.text()
            dlg.reject()

    fill.error = None
    QTimer.singleShot(0, fill)
    return fill


def _sign_in_when_asked(username, password="mat-khau-tot-1"):
    from tthc_desktop.gui.session import LoginDialog

    def fill():
        dlg = _visible(LoginDialog)
        dlg.ui.userEdit.setText(username)
        dlg.ui.passwordEdit.setText(password)
        dlg.sign_in()

    QTimer.singleShot(0, fill)


def test_first_admin_then_a_clerk_who_is_refused_issue_and_unlock(qtbot, store, qsettings, shown_messages,
                                                                 grab_on_failure, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from tthc_desktop.gui.report_wizard import ReportWizard
    from tthc_desktop.services.auth import current_session
    from tthc_desktop.services.reporting import issue_report, list_reports
    from tthc_desktop.store.accounts import accounts_enabled

    seed_quarter(store, "2023-Q2")
    seed_quarter(store, "2023-Q3")
    w = _window(qtbot, store, qsettings)
    grab_on_failure(w)
    page = w.show_page("accounts")
    assert page.off_box.isVisible() and not page.add_button.isVisible()
    assert not w.ui.actionSwitchUser.isEnabled()

    _fill_account("quantri", "Trần Thị Hoa", {"quan_tri", "lanh_dao"})
    page.first_button.click()
    assert accounts_enabled(store)
    assert current_session(store).username == "quantri"  # the first admin is signed in at once
    assert not page.off_box.isVisible() and page.add_button.isVisible()
    assert "Người dùng: Trần Thị Hoa (Lãnh đạo, Quản trị)" in w.status_label.text()
    assert "bật đăng nhập" in page.banner.text()

    _fill_account("lan.nt", "Nguyễn Thị Lan", {"nhap_lieu"})
    page.add_button.click()
    shown = {page.proxy.index(r, 0).data(): page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())}
    assert shown == {"lan.nt": "Nhập liệu", "quantri": "Lãnh đạo, Quản trị"}

    issued = issue_report(store, "2023-Q2", number="5", issued_on=date(2023, 6, 20))  # as the leader
    _sign_in_when_asked("lan.nt")
    w.ui.actionSwitchUser.trigger()
    assert current_session(store).username == "lan.nt"
    assert "Người dùng: Nguyễn Thị Lan (Nhập liệu)" in w.status_label.text()

    # unlocking the locked quarter: refused by the core, with its Vietnamese reason
    reports = w.show_page("reports")
    reports.reload(issued.report_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sửa số liệu Hộ tịch", True))
    reports.unlock_selected()
    refusal = ("Tài khoản “lan.nt” (vai trò Nhập liệu) không được phép mở khóa kỳ báo cáo. "
               "Cần vai trò Lãnh đạo.")
    assert reports.banner.text() == refusal
    assert ("error", refusal) in shown_messages
    assert list_reports(store)[0]["locked"]

    # issuing another quarter through the wizard: refused the same way, nothing issued
    wiz = ReportWizard(store, "2023-Q3", w)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.ui.periodPage.isComplete()
    wiz.ui.numberEdit.setText("6")
    wiz.accept()
    qtbot.waitUntil(lambda: any("phát hành báo cáo" in t for k, t in shown_messages if k == "error"), timeout=30000)
    assert ("error", "Tài khoản “lan.nt” (vai trò Nhập liệu) không được phép phát hành báo cáo. "
                     "Cần vai trò Lãnh đạo.") in shown_messages
    assert wiz.issued is None and wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert [r["period"] for r in list_reports(store) if r["status"] == "issued"] == ["2023-Q2"]
    wiz.reject()

    # and the clerk cannot add accounts either
    page = w.show_page("accounts")
    attempt = _fill_account("tuan", "Lê Văn Tuấn", {"nhap_lieu"})
    page.add_button.click()
    assert attempt.error == ("Tài khoản “lan.nt” (vai trò Nhập liệu) không được phép quản lý tài khoản. "
                             "Cần vai trò Quản trị.")
    assert page.proxy.rowCount() == 2


def test_admin_changes_roles_disables_and_resets_a_password(qtbot, store, qsettings, shown_messages):
    from tthc_desktop.gui.pages.accounts import AccountDialog, PasswordDialog
    from tthc_desktop.services import auth
    from tthc_desktop.store.accounts import get_user

    auth.create_account(store, "quantri", ["quan_tri"], "mat-khau-tot-1", "Trần Thị Hoa")
    auth.create_account(store, "lan.nt", ["nhap_lieu"], "mat-khau-tot-1", "Nguyễn Thị Lan")
    w = _window(qtbot, store, qsettings)
    page = w.show_page("accounts")
    page.reload("lan.nt")
    assert page.selected()["username"] == "lan.nt"

    def roles():
        dlg = _visible(AccountDialog)
        assert dlg.ui.userEdit.isReadOnly() and not dlg.ui.passwordEdit.isVisible()
        dlg.ui.roleLeaderCheck.setChecked(True)
        dlg.save()

    QTimer.singleShot(0, roles)
    page.roles_button.click()
    assert get_user(store, "lan.nt")["roles"] == ["nhap_lieu", "lanh_dao"]

    def password():
        dlg = _visible(PasswordDialog)
        assert not dlg.ui.oldPasswordEdit.isVisible()  # an admin resets without the old password
        dlg.ui.newPasswordEdit.setText("mat-khau-moi-2")
        dlg.ui.repeatEdit.setText("mat-khau-moi-2")
        dlg.save()

    QTimer.singleShot(0, password)
    page.password_button.click()
    assert "Đã đổi mật khẩu của tài khoản “lan.nt”" in page.banner.text()
    assert auth.sign_in(store, "lan.nt", "mat-khau-moi-2").username == "lan.nt"
    auth.sign_in(store, "quantri", "mat-khau-tot-1")

    page.reload("lan.nt")
    assert page.active_button.text() == "Vô hiệu hóa"
    page.active_button.click()  # the question is answered Có by the fixture
    assert not get_user(store, "lan.nt")["active"]
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "lan.nt")
    assert page.proxy.index(row, 3).data() == "Đã vô hiệu hóa"
    assert page.active_button.text() == "Cho dùng lại"
