"""Sao lưu và khôi phục: back up now (backup folder, a USB stick, any folder), the list of backups, restore.

Backups go through `services.safety.manual_backup` (SQLite online backup into a partial file, integrity and
foreign-key checks, rename); the automatic daily backup at closing is set in Cài đặt (folder, copies kept).
Restoring opens the wizard (gui/restore.py); the window then reopens on the restored data.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QTableView, QVBoxLayout

from tthc_desktop.gui import messages
from tthc_desktop.gui.models.base import Column, RowsTableModel, VietSortProxy, selected_row
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pages.base import BasePage, setup_table, styled_label, tool_button
from tthc_desktop.gui.restore import backup_folders, fmt_size

BACKUP_FOLDER, OTHER = "__backup_dir__", "__other__"


class BackupsModel(RowsTableModel):
    COLUMNS = (
        Column("taken_at", "Thời điểm", value=lambda r: f"{r['taken_at']:%H:%M %d/%m/%Y}", width=140),
        Column("kind", "Loại", width=170),
        Column("name", "Tệp", width=330),
        Column("size", "Dung lượng", value=lambda r: fmt_size(r["size"]), width=100),
        Column("folder", "Thư mục", width=300),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def data(self, index, role=0):
        from PySide6.QtCore import Qt

        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.row_at(index.row())["path"])
        return super().data(index, role)


class BackupPage(BasePage):
    """Sao lưu và khôi phục dữ liệu."""

    title = "Sao lưu và khôi phục"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        group = QGroupBox("Sao lưu ngay")
        box = QVBoxLayout(group)
        row = QHBoxLayout()
        self.target_combo = QComboBox()
        self.target_combo.setMinimumContentsLength(50)
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.drives_button = tool_button("Tìm lại USB", "usb-dark", "Tìm các ổ USB vừa cắm vào")
        self.backup_button = tool_button("Sao lưu ngay", "save", "Ghi một bản sao lưu đã kiểm tra vào nơi đã chọn")
        row.addWidget(styled_label("Lưu vào:", "hint"))
        row.addWidget(self.target_combo, 1)
        row.addWidget(self.drives_button)
        row.addWidget(self.backup_button)
        box.addLayout(row)
        self.auto_label = styled_label("", "hint", wrap=True)
        box.addWidget(self.auto_label)
        self.content.addWidget(group)
        bar = QHBoxLayout()
        bar.addWidget(styled_label("Các bản sao lưu", "cardTitle"))
        bar.addStretch(1)
        self.restore_button = tool_button("Khôi phục bản đã chọn…", "restore-dark",
                                          "Thay dữ liệu đang dùng bằng bản sao lưu đang chọn (có kiểm tra, xác nhận)")
        self.restore_file_button = tool_button("Khôi phục từ tệp khác…", "restore-dark",
                                               "Chọn một tệp sao lưu trên máy hoặc USB để khôi phục")
        self.open_folder_button = tool_button("Mở thư mục sao lưu", "folder")
        for b in (self.restore_button, self.restore_file_button, self.open_folder_button):
            bar.addWidget(b)
        self.content.addLayout(bar)
        self.model = BackupsModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # newest first, as list_backups orders them
        for i, col in enumerate(BackupsModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.content.addWidget(self.view, 1)
        self.content.addWidget(styled_label(
            "Mỗi bản sao lưu là một tệp dữ liệu hoàn chỉnh, đã được kiểm tra toàn vẹn trước khi ghi. Khi khôi phục, "
            "dữ liệu đang dùng được giữ lại thành bản “trước khi khôi phục”, nên không mất gì. Để chuyển sang máy "
            "mới: sao lưu ra USB ở máy cũ, cài chương trình ở máy mới rồi khôi phục từ tệp trên USB.", "hint",
            wrap=True))
        self.backup_button.clicked.connect(self.backup_now)
        self.drives_button.clicked.connect(self.fill_targets)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.view.activated.connect(lambda _i: self.restore_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.last_backup: Path | None = None
        self.fill_targets()
        self.reload()

    # targets and list
    def fill_targets(self) -> None:
        from tthc_desktop.gui.usb import removable_drives
        from tthc_desktop.services.safety import backup_folder

        keep = self.target_combo.currentData()
        self.target_combo.clear()
        try:
            folder = backup_folder(self.store)
            self.target_combo.addItem(f"Thư mục sao lưu: {folder}", BACKUP_FOLDER)
        except messages.REFUSALS:
            pass
        for d in removable_drives():
            self.target_combo.addItem(f"USB: {d.display_name}", str(d.path))
        self.target_combo.addItem("Thư mục khác (chọn)…", OTHER)
        index = self.target_combo.findData(keep)
        if index < 0 and self.target_combo.count() > 2:
            index = 1  # a stick was just plugged in: propose it
        self.target_combo.setCurrentIndex(max(index, 0))

    def reload(self) -> None:
        from tthc_desktop.services.safety import backup_keep
        from tthc_desktop.store.backup import KIND_LABELS, list_backups

        rows = []
        try:
            folders = backup_folders(self.store)
        except messages.REFUSALS:
            folders = []
        for folder in folders:
            rows += [{"path": e.path, "name": e.path.name, "kind": KIND_LABELS.get(e.kind, e.kind),
                      "taken_at": e.taken_at, "size": e.size, "folder": str(folder)} for e in list_backups(folder)]
        rows.sort(key=lambda r: r["taken_at"], reverse=True)
        self.model.set_rows(rows)
        where = str(folders[0]) if folders else "(chưa có)"
        self.auto_label.setText(
            f"Tự động: khi đóng chương trình, nếu dữ liệu có thay đổi, một bản được ghi vào {where} (mỗi ngày một "
            f"bản), giữ {backup_keep(self.store)} bản gần nhất. Đổi thư mục và số bản giữ lại trong Cài đặt.")
        self._update_buttons()

    def activate(self) -> None:
        self.fill_targets()
        self.reload()

    def selected(self) -> dict | None:
        return selected_row(self.view, self.proxy)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # actions
    def target(self) -> tuple[bool, Path | None]:
        """Where "Sao lưu ngay" writes: (True, None) for the backup folder, (True, folder) for a USB stick or a
        chosen folder, (False, None) when the clerk cancelled the folder dialog."""
        data = self.target_combo.currentData()
        if data == BACKUP_FOLDER:
            return True, None
        if data == OTHER:
            folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục để ghi bản sao lưu", str(Path.home()))
            return bool(folder), Path(folder) if folder else None
        return True, Path(data)

    def backup_now(self) -> None:
        from tthc_desktop.services.safety import manual_backup

        chosen, target = self.target()
        if not chosen:
            return
        store = self.store

        def done(path: Path) -> None:
            from tthc_desktop.gui.usb import eject_hint

            self.last_backup = Path(path)
            hint = eject_hint(path, "bản sao lưu")
            self.reload()
            self.show_banner(f"Đã sao lưu và kiểm tra bản sao: {path}." + (f" {hint}" if hint else ""), "info")

        def failed(exc: BaseException) -> None:
            text = messages.refusal_text(exc)
            self.show_banner(text or messages.error_text(exc))
            messages.show_error(self, exc, "Chưa sao lưu được")

        BackgroundOp(self, lambda _p: manual_backup(store, target)).with_progress("Đang sao lưu dữ liệu…") \
            .success(done).failure(failed).run_in_background()

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.restore_from_file(row["path"])

    def restore_from_file(self, source: str | Path | None = None) -> None:
        """The restore wizard (from the selected backup or any file), then the restore itself."""
        from tthc_desktop.gui.restore import RestoreWizard, restore_and_reopen
        from tthc_desktop.services.auth import require

        try:
            require(self.store, "restore")  # say it before the clerk walks through the wizard
        except messages.REFUSALS as exc:
            self.show_banner(messages.refusal_text(exc) or "")
            messages.show_error(self, exc, "Không được phép khôi phục")
            return
        wizard = RestoreWizard(self.store, source, self)
        if wizard.exec() == QDialog.DialogCode.Accepted:
            restore_and_reopen(self.window(), wizard.source)

    def _open_folder(self) -> None:
        from tthc_desktop.services.safety import backup_folder

        folder = backup_folder(self.store)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
