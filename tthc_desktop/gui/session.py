"""Opening the clerk's store for the GUI the way the CLI does, plus sign-in and backups.

Order at start: health check (a damaged file offers the newest good backup), the single-writer lock
(a second window on the same file is refused with the holder named), open and migrate, the write guard,
then the sign-in dialog when accounts are on. Backups go through `services.safety`: "Sao lưu dữ liệu…"
in the menu, and the automatic daily backup when the window closes, both off the GUI thread.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from tthc_desktop.gui.ops import BackgroundOp

if TYPE_CHECKING:
    from tthc_desktop.services.safety import InstanceLock
    from tthc_desktop.store.db import Store


class LoginDialog(QDialog):
    """Đăng nhập (ui/login_dialog.ui); wrong passwords and lockouts are the core's messages."""

    def __init__(self, store: "Store", username: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from tthc_desktop.store.profile import get_profile

        self.store = store
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok).setText("Đăng nhập")
        profile = get_profile(store) or {}
        self.ui.unitLabel.setText(f"<b>{profile.get('name', '')}</b><br>Đã bật tài khoản: đăng nhập để làm việc.")
        if username:
            self.ui.userEdit.setText(username)
            self.ui.passwordEdit.setFocus()
        self.ui.buttonBox.accepted.connect(self.sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)

    def sign_in(self) -> None:
        from tthc_desktop.services.auth import sign_in

        try:
            sign_in(self.store, self.ui.userEdit.text().strip(), self.ui.passwordEdit.text())
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            self.ui.errorLabel.setText(messages.refusal_text(exc))
            self.ui.errorLabel.setVisible(True)
            self.ui.passwordEdit.clear()
            return
        self.accept()


def open_for_gui(db: str | None) -> tuple["Store", "InstanceLock"] | None:
    """Check, lock and open the store; None (after telling the clerk why) when it cannot be used now."""
    from tthc_desktop.errors import UserError
    from tthc_desktop.services import auth
    from tthc_desktop.services.safety import acquire_instance_lock, restore, startup_check
    from tthc_desktop.store import default_db_path, open_store

    path = Path(db) if db else default_db_path()
    try:
        check = startup_check(path)
        lock = acquire_instance_lock(path)
    except UserError as exc:
        messages.show_error(None, exc, "Không mở được dữ liệu")
        return None
    try:
        if not check.ok:
            if check.backup is None or not messages.ask(None, check.message().split(" Khôi phục bằng lệnh")[0]
                                                        + "\n\nKhôi phục từ bản sao lưu này ngay bây giờ? Tệp hỏng "
                                                          "được giữ lại bên cạnh.", "Tệp dữ liệu bị hỏng"):
                messages.show_error(None, check.message(), "Tệp dữ liệu bị hỏng")
                lock.release()
                return None
            restore(path, check.backup.path, lock=lock)
        store = open_store(path)
        auth.attach(store)
    except UserError as exc:
        lock.release()
        messages.show_error(None, exc, "Không mở được dữ liệu")
        return None
    return store, lock


def sign_in_if_needed(store: "Store", username: str | None = None) -> bool:
    """Ask for sign-in when the store has accounts; False if the clerk cancels."""
    from tthc_desktop.store.accounts import accounts_enabled

    if not accounts_enabled(store):
        if username:
            store.set_user(username)
        return True
    return LoginDialog(store, username).exec() == QDialog.DialogCode.Accepted


def start_backup(parent: QWidget, store: "Store") -> None:
    """Sao lưu dữ liệu…: into the backup folder, or a file the clerk picks (USB stick)."""
    from tthc_desktop.services.safety import backup_folder, manual_backup
    from tthc_desktop.store.backup import stamped_name

    try:
        folder = backup_folder(store)
    except messages.REFUSALS as exc:
        messages.show_error(parent, exc)
        return
    suggested = str(folder / stamped_name("manual"))
    target, _ = QFileDialog.getSaveFileName(parent, "Sao lưu dữ liệu (chọn thư mục sao lưu hoặc ổ USB)", suggested,
                                            "Tệp sao lưu (*.sqlite3)")
    if not target:
        return

    def done(path: Path) -> None:
        from tthc_desktop.gui.usb import eject_hint

        note = eject_hint(path, "bản sao lưu")
        messages.show_info(parent, f"Đã sao lưu và kiểm tra bản sao: {path}." + (f" {note}" if note else ""),
                           "Sao lưu xong")

    BackgroundOp(parent, lambda _p: manual_backup(store, target)).with_progress("Đang sao lưu dữ liệu…") \
        .success(done).run_in_background()


def auto_backup_then(parent: QWidget, store: "Store", then) -> None:
    """The automatic daily backup (only when data changed), then `then()`; a failure is shown, not fatal."""
    from tthc_desktop.services.safety import auto_backup

    def failed(exc: BaseException) -> None:
        messages.show_error(parent, exc, "Chưa sao lưu tự động được")
        then()

    BackgroundOp(parent, lambda _p: auto_backup(store)).with_progress("Đang sao lưu tự động trước khi đóng…") \
        .success(lambda _path: then()).failure(failed).run_in_background()


def switch_user(window) -> None:
    """Tệp › Đăng xuất / đổi người dùng: save or drop pending edits, sign out, ask the next person to sign in.

    Cancelling the sign-in closes the window: nobody is left signed in on a shared PC.
    """
    from tthc_desktop.services.auth import current_session, sign_out
    from tthc_desktop.store.accounts import accounts_enabled

    store = window.store
    if not accounts_enabled(store):
        messages.show_info(window, "Chưa bật đăng nhập: máy này chưa có tài khoản nào. Tạo tài khoản quản trị đầu "
                                   "tiên trong màn hình “Tài khoản” để bật đăng nhập.", "Đổi người dùng")
        return
    if not window.confirm_leave():
        return
    before = current_session(store)
    sign_out(store)
    window.refresh_profile()
    dialog = LoginDialog(store, None, window)
    if before is not None:
        dialog.ui.unitLabel.setText(dialog.ui.unitLabel.text().split("<br>")[0]
                                    + f"<br>Đã đăng xuất tài khoản “{before.username}”. Đăng nhập để làm việc tiếp.")
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.refresh_profile()
        window.reload_current()
    else:
        window.close()
