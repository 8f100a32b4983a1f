"""What every screen of the main window shares: the store, a title, a message banner, core calls.

Screens never run SQL; they call the same store/services functions the CLI calls and show the core's
Vietnamese message when it refuses (locked period, invalid number, missing profile).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from tthc_desktop.gui import messages
from tthc_desktop.gui.theme import icon

if TYPE_CHECKING:
    from tthc_desktop.store.db import Store


def styled_label(text: str, role: str, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def tool_button(text: str, icon_name: str | None = None, tip: str | None = None) -> QPushButton:
    button = QPushButton(text)
    if icon_name:
        button.setIcon(icon(icon_name))
    if tip:
        button.setToolTip(tip)
    return button


def search_edit(placeholder: str = "Tìm (gõ không dấu cũng được)…") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(260)
    return edit


def setup_table(view: QTableView) -> None:
    """Common look of register tables: whole-row selection, sorting, alternating rows, no word wrap."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)


class BasePage(QWidget):
    """A screen: title row, a banner for refusals and notices, then the page's own content."""

    title = ""

    def __init__(self, store: "Store", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 14, 18, 12)
        self._layout.setSpacing(8)
        head = QHBoxLayout()
        self.title_label = styled_label(self.title, "pageTitle")
        head.addWidget(self.title_label)
        head.addStretch(1)
        self.header_row = head
        self._layout.addLayout(head)
        self.banner = styled_label("", "banner", wrap=True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.banner)

    @property
    def content(self) -> QVBoxLayout:
        return self._layout

    def typing_timer(self, interval: int, fn: Callable[[], Any]) -> QTimer:
        """A single-shot timer for "reload when typing pauses" that does nothing once the screen is hidden (window
        closed, another screen shown, a restore closing the store): a screen reloads anyway when shown again."""
        timer = QTimer(self, singleShot=True, interval=interval)
        timer.timeout.connect(lambda: fn() if self.isVisible() else None)
        return timer

    # lifecycle hooks the main window calls
    def activate(self) -> None:
        """Called each time the screen is shown: reload from the store."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits; False if saving was refused (the reason is shown)."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits (the clerk chose Không lưu)."""

    # messages
    def show_banner(self, text: str, role: str = "banner") -> None:
        self.banner.setProperty("role", role)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def clear_banner(self) -> None:
        self.show_banner("")

    def call_core(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        """Run a core function; when the core refuses, show why (banner + dialog) and return (False, None)."""
        try:
            return True, fn(*args, **kwargs)
        except messages.REFUSALS as exc:
            text = messages.refusal_text(exc)
            if text is None:
                raise
            self.show_banner(text)
            messages.show_error(self, exc)
            return False, None
