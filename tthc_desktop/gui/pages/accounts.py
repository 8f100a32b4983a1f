"""Tài khoản: user accounts and their roles (nhập liệu, lãnh đạo, quản trị).

With no account, sign-in is off and anyone at the PC may do everything; creating the first account (a
quản trị) turns it on and signs that person in. Every change goes through `services.auth`, which checks the
role in the core: a refused action shows the core's Vietnamese reason, whatever the buttons look like.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTableView, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from tthc_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from tthc_desktop.gui.models.base import Column, RowsTableModel, VietSortProxy, select_row, selected_row
from tthc_desktop.gui.pages.base import BasePage, setup_table, styled_label, tool_button
from tthc_desktop.gui.theme import ERROR_FG
from tthc_desktop.store.audit import fmt_at

ROLE_CHECKS = {"nhap_lieu": "roleDataCheck", "lanh_dao": "roleLeaderCheck", "quan_tri": "roleAdminCheck"}
FIRST, ADD, ROLES_ONLY = "first", "add", "roles"


def _state(row: dict) -> str:
    if not row["active"]:
        return "Đã vô hiệu hóa"
    if row["locked"]:
        return f"Tạm khóa đến {fmt_at(row['locked_until'])} (nhập sai mật khẩu)"
    return "Đang dùng"


class AccountsModel(RowsTableModel):
    COLUMNS = (
        Column("username", "Tên đăng nhập", width=160),
        Column("full_name", "Họ và tên", width=220),
        Column("role_labels", "Vai trò", value=lambda r: ", ".join(r["role_labels"]), width=240),
        Column("active", "Trạng thái", value=_state, width=330),
        Column("created_at", "Ngày tạo", kind="date", width=100),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)
        self.current_user: str | None = None

    def row_foreground(self, row: dict):
        return ERROR_FG if (not row["active"] or row["locked"]) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row())["username"] == self.current_user:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class AccountDialog(QDialog):
    """Add an account (or the first, quản trị, one), or change an account's roles (ui/account_dialog.ui)."""

    def __init__(self, store, mode: str = ADD, user: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.mode, self.user = store, mode, user
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.saved: dict | None = None
        if mode == FIRST:
            self.setWindowTitle("Tạo tài khoản quản trị đầu tiên")
            self.ui.introLabel.setText("Tài khoản đầu tiên phải có vai trò Quản trị. Sau khi tạo, đăng nhập được bật: "
                                       "mỗi lần mở chương trình phải đăng nhập, và bạn được đăng nhập ngay bằng tài "
                                       "khoản này. Hãy ghi nhớ mật khẩu.")
            self.ui.roleAdminCheck.setChecked(True)
            self.ui.roleAdminCheck.setEnabled(False)
        elif mode == ROLES_ONLY and user is not None:
            self.setWindowTitle(f"Đổi vai trò — {user['username']}")
            self.ui.introLabel.setText(f"Chọn vai trò của tài khoản “{user['username']}”"
                                       + (f" ({user['full_name']})" if user.get("full_name") else "") + ".")
            self.ui.userEdit.setText(user["username"])
            self.ui.fullNameEdit.setText(user.get("full_name") or "")
            for widget in (self.ui.userEdit, self.ui.fullNameEdit):
                widget.setReadOnly(True)
            for i in (2, 3):  # no password rows when only the roles change
                self.ui.accountForm.setRowVisible(i, False)
            for role, check in ROLE_CHECKS.items():
                getattr(self.ui, check).setChecked(role in user["roles"])
        else:
            self.ui.introLabel.setText("Mỗi người dùng máy này một tài khoản riêng; nhật ký thay đổi ghi tên người "
                                       "đã sửa dữ liệu.")
            self.ui.roleDataCheck.setChecked(True)
        self.adjustSize()

    def roles(self) -> list[str]:
        return [role for role, check in ROLE_CHECKS.items() if getattr(self.ui, check).isChecked()]

    def save(self) -> None:
        from tthc_desktop.services import auth
        from tthc_desktop.store.accounts import get_user

        with messages.refusal_to(self._error) as outcome:
            if self.mode == ROLES_ONLY:
                auth.change_roles(self.store, self.user["username"], self.roles())
                self.saved = get_user(self.store, self.user["username"])
            else:
                if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
                    self._error("Hai lần nhập mật khẩu không giống nhau.")
                    return
                self.saved = auth.create_account(self.store, self.ui.userEdit.text(), self.roles(),
                                                 self.ui.passwordEdit.text(),
                                                 " ".join(self.ui.fullNameEdit.text().split()) or None)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str | None) -> None:
        self.ui.errorLabel.setText(text or "")
        self.ui.errorLabel.setVisible(True)


class PasswordDialog(QDialog):
    """Change a password: one's own (old password asked unless quản trị) or, for a quản trị, anyone's."""

    def __init__(self, store, username: str, ask_old: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.username = store, username
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.setWindowTitle(f"Đổi mật khẩu — {username}")
        self.ui.introLabel.setText(f"Đặt mật khẩu mới cho tài khoản “{username}” (ít nhất 8 ký tự, khác tên đăng "
                                   "nhập)." if not ask_old else "Nhập mật khẩu hiện tại rồi mật khẩu mới.")
        self.ui.passwordForm.setRowVisible(0, ask_old)
        self.ask_old = ask_old
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()

    def save(self) -> None:
        from tthc_desktop.services.auth import change_password

        if self.ui.newPasswordEdit.text() != self.ui.repeatEdit.text():
            self._error("Hai lần nhập mật khẩu mới không giống nhau.")
            return
        with messages.refusal_to(self._error) as outcome:
            change_password(self.store, self.username, self.ui.newPasswordEdit.text(),
                            old_password=self.ui.oldPasswordEdit.text() if self.ask_old else None)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str | None) -> None:
        self.ui.errorLabel.setText(text or "")
        self.ui.errorLabel.setVisible(True)


class AccountsPage(BasePage):
    """Tài khoản người dùng và phân quyền."""

    title = "Tài khoản người dùng"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.add_button = tool_button("Thêm tài khoản…", "add", "Tạo tài khoản cho một người dùng máy này")
        self.password_button = tool_button("Đổi mật khẩu…", "key-dark", "Đổi mật khẩu của tài khoản đang chọn")
        self.roles_button = tool_button("Đổi vai trò…", "nav-accounts-dark", "Đổi vai trò của tài khoản đang chọn")
        self.active_button = tool_button("Vô hiệu hóa", "lock", "Không cho tài khoản đang chọn đăng nhập nữa "
                                                                "(hoặc cho dùng lại)")
        for b in (self.add_button, self.password_button, self.roles_button, self.active_button):
            self.header_row.addWidget(b)
        self.off_box = QWidget()
        off = QHBoxLayout(self.off_box)
        off.setContentsMargins(0, 0, 0, 0)
        self.off_label = styled_label(
            "Chưa bật đăng nhập: ai dùng máy này cũng làm được mọi việc. Tạo tài khoản quản trị đầu tiên để bật đăng "
            "nhập; sau đó mỗi người đăng nhập bằng tài khoản riêng, với vai trò nhập liệu, lãnh đạo hoặc quản trị, "
            "và nhật ký thay đổi ghi tên người sửa.", "info", wrap=True)
        self.first_button = QPushButton("Tạo tài khoản quản trị đầu tiên…")
        off.addWidget(self.off_label, 1)
        off.addWidget(self.first_button)
        self.content.addWidget(self.off_box)
        self.model = AccountsModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        for i, col in enumerate(AccountsModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.content.addWidget(self.view, 1)
        self.roles_hint = styled_label(
            "Vai trò — Nhập liệu: nhập, sửa số liệu, danh mục, văn bản, phản ánh, xuất gói gửi cấp trên. Lãnh đạo: "
            "phát hành báo cáo, mở khóa kỳ đã khóa (và nhập liệu). Quản trị: tài khoản, cài đặt, khôi phục dữ liệu. "
            "Một người có thể giữ nhiều vai trò. Quyền được kiểm tra trong phần lõi: thao tác không đúng vai trò bị "
            "từ chối kể cả từ dòng lệnh. Nhập sai mật khẩu 5 lần, tài khoản bị tạm khóa 15 phút.", "hint", wrap=True)
        self.content.addWidget(self.roles_hint)
        self.add_button.clicked.connect(self.add_account)
        self.first_button.clicked.connect(self.add_account)
        self.password_button.clicked.connect(self.change_password)
        self.roles_button.clicked.connect(self.change_roles)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # data
    def reload(self, select: str | None = None) -> None:
        from tthc_desktop.services.auth import current_session
        from tthc_desktop.store.accounts import accounts_enabled, list_users

        enabled = accounts_enabled(self.store)
        session = current_session(self.store)
        self.model.current_user = session.username if session else None
        self.model.set_rows(list_users(self.store))
        self.off_box.setVisible(not enabled)
        self.add_button.setVisible(enabled)
        for b in (self.password_button, self.roles_button, self.active_button):
            b.setVisible(enabled)
        if select:
            select_row(self.view, self.proxy, "username", select)
        self._update_buttons()

    def activate(self) -> None:
        self.reload()

    def selected(self) -> dict | None:
        return selected_row(self.view, self.proxy)

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in (self.password_button, self.roles_button, self.active_button):
            b.setEnabled(row is not None)
        self.active_button.setText("Cho dùng lại" if row and (not row["active"] or row["locked"]) else "Vô hiệu hóa")

    def _after_change(self, text: str, select: str | None = None) -> None:
        self.reload(select)
        self.show_banner(text, "info")
        window = self.window()
        if hasattr(window, "refresh_profile"):
            window.refresh_profile()

    # actions
    def add_account(self) -> None:
        from tthc_desktop.store.accounts import accounts_enabled

        first = not accounts_enabled(self.store)
        dlg = AccountDialog(self.store, FIRST if first else ADD, None, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.saved is None:
            return
        name = dlg.saved["username"]
        if first:
            self._after_change(f"Đã tạo tài khoản quản trị “{name}” và bật đăng nhập; bạn đang đăng nhập bằng tài "
                               "khoản này. Từ lần mở sau, mọi người phải đăng nhập.", name)
        else:
            self._after_change(f"Đã tạo tài khoản “{name}” ({', '.join(dlg.saved['role_labels'])}).", name)

    def change_password(self) -> None:
        from tthc_desktop.services.auth import current_session

        row = self.selected()
        if row is None:
            return
        session = current_session(self.store)
        own = session is not None and session.username == row["username"]
        ask_old = own and "quan_tri" not in session.roles
        if PasswordDialog(self.store, row["username"], ask_old, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change(f"Đã đổi mật khẩu của tài khoản “{row['username']}”.", row["username"])

    def change_roles(self) -> None:
        row = self.selected()
        if row is None:
            return
        dlg = AccountDialog(self.store, ROLES_ONLY, row, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved:
            self._after_change(f"Tài khoản “{row['username']}” nay có vai trò: "
                               f"{', '.join(dlg.saved['role_labels'])}.", row["username"])

    def toggle_active(self) -> None:
        from tthc_desktop.services.auth import disable_account, enable_account

        row = self.selected()
        if row is None:
            return
        name = row["username"]
        if not row["active"] or row["locked"]:
            ok, _ = self.call_core(enable_account, self.store, name)
            if ok:
                self._after_change(f"Tài khoản “{name}” được dùng lại.", name)
            return
        if not messages.ask(self, f"Vô hiệu hóa tài khoản “{name}”? Người này sẽ không đăng nhập được nữa (nhật ký "
                                  "thay đổi vẫn giữ tên); có thể cho dùng lại sau."):
            return
        ok, _ = self.call_core(disable_account, self.store, name)
        if ok:
            self._after_change(f"Đã vô hiệu hóa tài khoản “{name}”.", name)
