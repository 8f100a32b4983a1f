"""Khôi phục dữ liệu (restore): the wizard (ui/restore_wizard.ui) and reopening the window on the result.

Pick a backup → `store.backup.inspect_backup` (read-only: unit, last change, counts, or why it cannot be
used) → confirm → the store is closed, `services.safety.restore` replaces it (keeping the current data as a
"truoc-khoi-phuc-…" backup) and the main window is rebuilt on the restored file.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QListWidgetItem, QWidget, QWizard

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_restore_wizard import Ui_RestoreWizard
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.setup_wizard import localize_wizard


def fmt_size(size: int) -> str:
    """"1,2 MB" / "640 KB": file sizes with a decimal comma."""
    if size >= 1024 ** 2:
        return f"{size / 1024 ** 2:.1f} MB".replace(".", ",")
    return f"{max(size, 1024) // 1024} KB"


def backup_folders(store) -> list[Path]:
    """Where this store's backups are: the configured folder and the default one beside the store."""
    from tthc_desktop.services.safety import backup_folder, backup_folders_for

    folders = [backup_folder(store)] if store.path is None else [backup_folder(store),
                                                                  *backup_folders_for(store.path)]
    return list(dict.fromkeys(folders))


class RestoreWizard(QWizard):
    """Chọn bản sao lưu → kiểm tra → xác nhận; `source` holds the checked file after Hoàn tất."""

    def __init__(self, store, source: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from tthc_desktop.store.backup import KIND_LABELS, list_backups
        from tthc_desktop.store.profile import get_profile

        self.store = store
        self.ui = Ui_RestoreWizard()
        self.ui.setupUi(self)
        localize_wizard(self)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Khôi phục")
        self.info = None
        self.current_unit = (get_profile(store) or {}).get("name")
        folders = backup_folders(store)
        self.ui.folderLabel.setText("Thư mục sao lưu: " + "; ".join(map(str, folders)))
        for folder in folders:
            for entry in list_backups(folder):
                text = (f"{entry.taken_at:%H:%M %d/%m/%Y} — {KIND_LABELS.get(entry.kind, entry.kind)} — "
                        f"{entry.path.name} ({fmt_size(entry.size)})")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
                item.setToolTip(str(entry.path))
                self.ui.backupList.addItem(item)
        if not self.ui.backupList.count():
            self.ui.backupList.addItem("(chưa có bản sao lưu nào trong thư mục sao lưu: chọn tệp trên USB)")
            self.ui.backupList.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.ui.choosePage.registerField("path*", self.ui.pathEdit)
        self._checked = QLineEdit()  # filled when the check passed: the page's Tiếp theo waits for it
        self._checked.setVisible(False)
        self.ui.checkLayout.addWidget(self._checked)
        self.ui.checkPage.registerField("checked*", self._checked)
        self.ui.confirmPage.registerField("confirm*", self.ui.confirmCheck)
        self.ui.backupList.currentItemChanged.connect(self._picked)
        self.ui.backupList.itemDoubleClicked.connect(lambda _i: self.next())
        self.ui.browseButton.clicked.connect(self._browse)
        self.currentIdChanged.connect(self._entered)
        if source:
            self.ui.pathEdit.setText(str(source))
            self.restart()
            self.next()  # straight to the check of the chosen file (Quay lại still leads to the list)

    @property
    def source(self) -> Path:
        return Path(self.ui.pathEdit.text().strip())

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.ui.pathEdit.setText(item.data(Qt.ItemDataRole.UserRole))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Chọn tệp sao lưu (trên máy hoặc USB)",
                                              str(self.source.parent) if self.ui.pathEdit.text() else "",
                                              "Tệp sao lưu (*.sqlite3 *.db *.bak);;Mọi tệp (*)")
        if path:
            self.ui.pathEdit.setText(path)

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.checkPage:
            self.inspect()
        elif page is self.ui.confirmPage:
            self._fill_confirm()

    def inspect(self) -> None:
        """Read the chosen file (integrity check, unit, last change, counts) and say whether it can be used."""
        from tthc_desktop.store.backup import inspect_backup

        self._checked.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.info = info = inspect_backup(self.source)
        finally:
            QApplication.restoreOverrideCursor()
        # writes made without sign-in are recorded as "system": say it in Vietnamese
        lines = [line.replace(" bởi system", " bởi hệ thống (không đăng nhập)") for line in info.summary_lines()]
        if info.modified:
            lines.insert(1, f"Ngày giờ của tệp: {info.modified:%H:%M %d/%m/%Y}, dung lượng {fmt_size(info.size)}")
        html = "<br>".join(escape(line).replace("  ", "&nbsp;&nbsp;&nbsp;&nbsp;") for line in lines)
        if info.ok and self.current_unit and info.unit_name and info.unit_name != self.current_unit:
            html += (f"<br><br><b>Lưu ý:</b> bản sao lưu là dữ liệu của {escape(info.unit_name)}, khác đơn vị đang "
                     f"dùng ({escape(self.current_unit)}).")
        self.ui.summaryLabel.setText(html)
        self.ui.problemsLabel.setVisible(not info.ok)
        if info.ok:
            self._checked.setText("ok")
        else:
            self.ui.problemsLabel.setText("Không dùng được tệp này để khôi phục: " + " ".join(info.problems)
                                          + " Quay lại để chọn tệp khác.")

    def _fill_confirm(self) -> None:
        from tthc_desktop.services.safety import backup_folder

        store_path = self.store.path or "(trong bộ nhớ)"
        self.ui.confirmText.setText(
            f"Dữ liệu đang dùng (tệp <b>{escape(str(store_path))}</b>) sẽ được thay bằng bản sao lưu "
            f"<b>{escape(self.source.name)}</b>.<br><br>Trước khi thay, dữ liệu hiện tại được lưu thành một bản sao "
            f"lưu (tên bắt đầu bằng “truoc-khoi-phuc-”) trong thư mục {escape(str(backup_folder(self.store)))}, nên "
            "vẫn lấy lại được. Việc khôi phục được ghi vào nhật ký thay đổi.<br><br>Cửa sổ chương trình sẽ mở lại "
            "trên dữ liệu đã khôi phục; nếu dữ liệu có tài khoản, cần đăng nhập lại.")


def restore_and_reopen(window, source: str | Path) -> None:
    """Close the window's store, restore `source` over it (in the background), then rebuild the window."""
    from tthc_desktop.services.auth import current_session, require
    from tthc_desktop.services.safety import restore

    store = window.store
    try:
        require(store, "restore")
    except messages.REFUSALS as exc:
        messages.show_error(window, exc, "Không được phép khôi phục")
        return
    if store.path is None:
        messages.show_error(window, "Kho dữ liệu tạm (trong bộ nhớ) không khôi phục được.")
        return
    if not window.confirm_leave():
        return
    session = current_session(store)
    user = session.username if session else store.user
    db_path, lock, source = Path(store.path), window.instance_lock, Path(source)
    window._save_state()
    window.store_closed = True
    store.close()
    BackgroundOp(window, lambda _p: restore(db_path, source, lock=lock, user=user)) \
        .with_progress("Đang khôi phục dữ liệu từ bản sao lưu…") \
        .success(lambda result: reopen_window(window, db_path, result=result)) \
        .failure(lambda exc: reopen_window(window, db_path, error=exc)) \
        .run_in_background()


def reopen_window(window, db_path: Path, *, result=None, error: BaseException | None = None):
    """A new main window on the (restored or unchanged) store at `db_path`; the old one closes."""
    from tthc_desktop.gui.main_window import MainWindow
    from tthc_desktop.gui.session import LoginDialog
    from tthc_desktop.services import auth
    from tthc_desktop.store import open_store
    from tthc_desktop.store.accounts import accounts_enabled

    store = open_store(db_path)
    auth.attach(store)
    window.store = store  # closed at exit by run_gui if no window takes it over
    if accounts_enabled(store) and LoginDialog(store, None, window).exec() != QDialog.DialogCode.Accepted:
        window.close_without_questions()
        return None
    new = MainWindow(store, window.settings)
    new.instance_lock = window.instance_lock
    new.auto_backup_on_close = window.auto_backup_on_close
    window.replaced_by = new
    new.show()
    window.close_without_questions()
    page = new.show_page("backup")
    if error is not None:
        page.show_banner("Chưa khôi phục được: " + messages.error_text(error) + " Dữ liệu đang dùng không thay đổi.")
        messages.show_error(new, error, "Chưa khôi phục được")
    else:
        kept = (f" Dữ liệu trước khi khôi phục được giữ tại {result.previous_kept_as}."
                if result.previous_kept_as else "")
        text = f"Đã khôi phục dữ liệu từ {result.info.path} ({result.info.unit_name or 'chưa đặt tên đơn vị'}).{kept}"
        page.show_banner(text, "info")
        messages.show_info(new, text, "Khôi phục xong")
    return new
