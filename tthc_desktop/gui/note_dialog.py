"""A small form for a date and/or a note (ui/note_dialog.ui): trả kết quả (date), trả lại / rút hồ sơ
(date and reason), nhiệm vụ hoàn thành (note). The core call runs on Đồng ý; a refusal stays in the dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_note_dialog import Ui_NoteDialog


class NoteDialog(QDialog):
    """`action(when, note)` is called on Đồng ý; its return value is kept in `result_value`."""

    def __init__(self, title: str, message: str, action: Callable[[datetime | None, str], Any], *,
                 when: datetime | None = None, when_label: str | None = None, note_label: str | None = None,
                 note: str = "", note_required: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.setWindowTitle(title)
        self.ui.messageLabel.setText(message)
        self._action, self._note_required = action, note_required
        self._has_when = when_label is not None
        self.ui.whenLabel.setVisible(self._has_when)
        self.ui.whenEdit.setVisible(self._has_when)
        if self._has_when:
            self.ui.whenLabel.setText(when_label)
            moment = when or datetime.now()
            self.ui.whenEdit.setDateTime(QDateTime(moment.date(), moment.time().replace(second=0, microsecond=0)))
        has_note = note_label is not None
        self.ui.noteLabel.setVisible(has_note)
        self.ui.noteEdit.setVisible(has_note)
        if has_note:
            self.ui.noteLabel.setText(note_label)
            self.ui.noteEdit.setPlainText(note)
        self.result_value: Any = None
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def when(self) -> datetime | None:
        return self.ui.whenEdit.dateTime().toPython().replace(second=0, microsecond=0) if self._has_when else None

    def note(self) -> str:
        return " ".join(self.ui.noteEdit.toPlainText().split())

    def save(self) -> None:
        if self._note_required and not self.note():
            self._error(self._note_required)
            return
        with messages.refusal_to(self._error) as outcome:
            self.result_value = self._action(self.when(), self.note())
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)
