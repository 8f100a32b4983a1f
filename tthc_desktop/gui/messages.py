"""Message boxes and standard buttons in Vietnamese.

Qt ships no Vietnamese translation (no qtbase_vi.qm), so every standard button text is set here:
Đồng ý, Hủy, Lưu, Đóng, Có, Không. Pages call these through the module (`messages.show_error(...)`)
so tests can replace them with non-blocking recorders.
"""
from __future__ import annotations

import contextlib
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from tthc_desktop.errors import UserError

_BOX_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "Đồng ý",
    QDialogButtonBox.StandardButton.Cancel: "Hủy",
    QDialogButtonBox.StandardButton.Save: "Lưu",
    QDialogButtonBox.StandardButton.Close: "Đóng",
    QDialogButtonBox.StandardButton.Yes: "Có",
    QDialogButtonBox.StandardButton.No: "Không",
    QDialogButtonBox.StandardButton.Discard: "Không lưu",
    QDialogButtonBox.StandardButton.Apply: "Áp dụng",
    QDialogButtonBox.StandardButton.Reset: "Đặt lại",
    QDialogButtonBox.StandardButton.Help: "Trợ giúp",
    QDialogButtonBox.StandardButton.Open: "Mở",
}
_MSG_TEXTS = {
    QMessageBox.StandardButton.Ok: "Đồng ý",
    QMessageBox.StandardButton.Cancel: "Hủy",
    QMessageBox.StandardButton.Save: "Lưu",
    QMessageBox.StandardButton.Close: "Đóng",
    QMessageBox.StandardButton.Yes: "Có",
    QMessageBox.StandardButton.No: "Không",
    QMessageBox.StandardButton.Discard: "Không lưu",
}


def localize_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Set Vietnamese texts on the standard buttons of a button box (from a .ui file or code)."""
    for which, text in _BOX_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    for which, label in _MSG_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(label)
    return box


# Errors the core raises on purpose: a UserError, or SQLite refusing a write for lack of a role (the write
# guard of services.auth). Screens catch these and show `error_text`; anything else is a bug and stays loud.
REFUSALS = (UserError, sqlite3.DatabaseError)


def refusal_text(error: BaseException) -> str | None:
    """The Vietnamese reason of a deliberate refusal, None for other errors."""
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, sqlite3.DatabaseError):
        from tthc_desktop.services.auth import denial_message

        return denial_message(error)
    return None


def error_text(error: BaseException | str) -> str:
    """What to show for an error: the core's Vietnamese message as it is, else a generic line."""
    if isinstance(error, str):
        return error
    known = refusal_text(error)
    if known:
        return known
    return ("Đã xảy ra lỗi không mong đợi. Dữ liệu chưa bị thay đổi. Chi tiết kỹ thuật: "
            f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "Không thực hiện được") -> None:
    """Show why an action was refused (the core's Vietnamese message); log unexpected errors."""
    if isinstance(error, BaseException) and refusal_text(error) is None:
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    _box(parent, QMessageBox.Icon.Warning, title, error_text(error), QMessageBox.StandardButton.Ok,
         QMessageBox.StandardButton.Ok).exec()


def show_info(parent: QWidget | None, text: str, title: str = "Thông báo") -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
         QMessageBox.StandardButton.Ok).exec()


def ask(parent: QWidget | None, question: str, title: str = "Xác nhận") -> bool:
    """Yes/no question; answers Có (True) or Không (False)."""
    box = _box(parent, QMessageBox.Icon.Question, title, question,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_save(parent: QWidget | None, text: str, title: str = "Chưa lưu thay đổi") -> str:
    """Unsaved changes: returns "save", "discard" or "cancel"."""
    box = _box(parent, QMessageBox.Icon.Question, title, text,
               QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


class Outcome:
    """What happened inside `refusal_to`: `refused` is True when the core said no (and it was shown)."""

    refused = False
    text = ""


@contextlib.contextmanager
def refusal_to(show: Callable[[str], None]) -> Iterator[Outcome]:
    """Run a core call; a refusal (UserError, the sign-in write guard) is shown with `show(text)` and not
    raised, and `outcome.refused` tells the caller to stop. Programming errors stay loud."""
    outcome = Outcome()
    try:
        yield outcome
    except REFUSALS as exc:
        text = refusal_text(exc)
        if text is None:
            raise
        outcome.refused, outcome.text = True, text
        show(text)


def in_label(label) -> Callable[[str], None]:
    """A `show` for `refusal_to` that writes the reason in a dialog's red error label."""
    def show(text: str) -> None:
        label.setText(text)
        label.setVisible(True)
    return show
