"""Where to write on a USB stick (ổ USB) and when the clerk may pull it out.

Exports and backups propose the removable drives found by `exchange.drives` first, then "another folder";
once a file is written, flushed and checked on a stick, the clerk is told how to eject it safely.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from tthc_desktop.gui import messages
from tthc_desktop.gui.theme import icon

OTHER_FOLDER = "__other__"


def removable_drives() -> list:
    """Writable removable drives mounted now (a seam tests replace)."""
    from tthc_desktop.exchange.drives import removable_drives as found

    return found()


def eject_hint(path: str | Path, what: str) -> str:
    """"Đã ghi và kiểm tra <what> … Để an toàn, bấm …" when `path` is on a USB stick, else ""."""
    from tthc_desktop.exchange.drives import is_on_removable_drive, safe_to_remove_message

    path = Path(path)
    drive = is_on_removable_drive(path, removable_drives())
    if drive is None:
        return ""
    # safe_to_remove_message = "<package sentence> <how to eject>": keep only the eject part for other files
    how = safe_to_remove_message(path, drive)[len(safe_to_remove_message(path, None)):].strip()
    return f"Đã ghi và kiểm tra {what} {path.name}. {how}"


class DrivePickerDialog(QDialog):
    """A list of the USB sticks plugged in, plus "Thư mục khác…"; `chosen` holds the answer."""

    def __init__(self, title: str, text: str, drives: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for d in drives:
            item = QListWidgetItem(icon("usb-dark"), d.display_name)
            item.setData(Qt.ItemDataRole.UserRole, str(d.path))
            self.list.addItem(item)
        other = QListWidgetItem(icon("folder"), "Thư mục khác trên máy…")
        other.setData(Qt.ItemDataRole.UserRole, OTHER_FOLDER)
        self.list.addItem(other)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        messages.localize_buttons(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    @property
    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def choose_folder(parent: QWidget, title: str, start: str | Path | None = None) -> Path | None:
    """A folder to write into: a USB stick when one is plugged in (asked in a short list), else a folder dialog."""
    drives = removable_drives()
    if drives:
        dlg = DrivePickerDialog(title, "Chọn ổ USB đang cắm, hoặc một thư mục khác:", drives, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen is None:
            return None
        if dlg.chosen != OTHER_FOLDER:
            return Path(dlg.chosen)
    folder = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(folder) if folder else None
