"""The main window: sidebar navigation over a stack of screens (shell from ui/main_window.ui).

Screens are created the first time they are shown, so the window opens fast; window geometry,
splitters and the last screen are remembered in QSettings.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from tthc_desktop import APP_NAME
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_main_window import Ui_MainWindow
from tthc_desktop.gui.theme import icon

if TYPE_CHECKING:
    from tthc_desktop.gui.pages.base import BasePage
    from tthc_desktop.store.db import Store

# key, sidebar icon, module, class — in the order of the sidebar items in ui/main_window.ui
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("dashboard", "nav-dashboard", "tthc_desktop.gui.pages.dashboard", "DashboardPage"),
    ("catalog", "nav-catalog", "tthc_desktop.gui.pages.catalog", "CatalogPage"),
    ("documents", "nav-documents", "tthc_desktop.gui.pages.documents", "DocumentsPage"),
    ("feedback", "nav-feedback", "tthc_desktop.gui.pages.feedback", "FeedbackPage"),
    ("register", "nav-register", "tthc_desktop.gui.pages.register", "RegisterPage"),
    ("figures", "nav-figures", "tthc_desktop.gui.pages.figures", "FiguresPage"),
    ("reports", "nav-report", "tthc_desktop.gui.pages.reports", "ReportsPage"),
    ("plan", "nav-plan", "tthc_desktop.gui.pages.plan", "PlanPage"),
    ("receiving", "nav-receiving", "tthc_desktop.gui.pages.receiving.page", "ReceivingPage"),
    ("backup", "nav-backup", "tthc_desktop.gui.pages.backup", "BackupPage"),
    ("audit", "nav-audit", "tthc_desktop.gui.pages.audit", "AuditPage"),
    ("accounts", "nav-accounts", "tthc_desktop.gui.pages.accounts", "AccountsPage"),
    ("settings", "nav-settings", "tthc_desktop.gui.pages.settings", "SettingsPage"),
)
PAGE_KEYS = tuple(p[0] for p in PAGES)
RECEIVING_ONLY = ("receiving",)  # shown only in a receiving-level store (profile is_receiving)


class MainWindow(QMainWindow):
    """Sidebar + stacked screens; asks before closing with unsaved edits."""

    profile_changed = Signal()

    def __init__(self, store: "Store", settings: QSettings | None = None):
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._pages: dict[str, BasePage] = {}
        self._first_activation_pending = True
        self.first_screen_ready = False
        for i, (key, icon_name, _module, _cls) in enumerate(PAGES):
            self.ui.navList.item(i).setIcon(icon(icon_name))
            self.ui.pages.addWidget(QWidget())  # placeholder until the screen is first shown
            if i < 9:
                self.ui.navList.item(i).setToolTip(f"Alt+{i + 1}")
                QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self._go_row(i))
        self.ui.navList.currentRowChanged.connect(self._on_nav)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionBackup.triggered.connect(self._backup)
        self.ui.actionRestore.triggered.connect(lambda: self.show_page("backup").restore_from_file())
        self.ui.actionSwitchUser.triggered.connect(self._switch_user)
        self.ui.actionGuide.triggered.connect(self._guide)
        self.instance_lock = None  # run_gui hands over the single-writer lock (a restore needs it)
        self.replaced_by: MainWindow | None = None  # the window reopened on a restored store
        self.store_closed = False  # set while a restore replaces the file under this window
        self.status_label = QLabel()
        self.ui.statusbar.addPermanentWidget(self.status_label)
        self.profile_changed.connect(self.refresh_profile)
        self.auto_backup_on_close = False  # run_gui turns it on; tests and screenshots leave it off
        self._closing_after_backup = False
        self.refresh_profile()
        self._restore_state()

    # screens
    def page(self, key: str) -> "BasePage":
        """The screen `key` (created on first use)."""
        if key not in self._pages:
            index = PAGE_KEYS.index(key)
            _k, _icon, module, cls = PAGES[index]
            page = getattr(importlib.import_module(module), cls)(self.store, self)
            old = self.ui.pages.widget(index)
            self.ui.pages.removeWidget(old)
            old.deleteLater()
            self.ui.pages.insertWidget(index, page)
            self._pages[key] = page
            restore = getattr(page, "restore_view_state", None)
            if restore:
                restore(self.settings)
        return self._pages[key]

    def show_page(self, key: str) -> "BasePage":
        index = PAGE_KEYS.index(key)
        if self.ui.navList.currentRow() != index:
            self.ui.navList.setCurrentRow(index)
        else:
            self._on_nav(index)
        return self._pages[key]

    def current_key(self) -> str:
        return PAGE_KEYS[max(self.ui.navList.currentRow(), 0)]

    def _go_row(self, index: int) -> None:
        if not self.ui.navList.item(index).isHidden():
            self.ui.navList.setCurrentRow(index)

    def _on_nav(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(PAGE_KEYS[index])
        self.ui.pages.setCurrentIndex(index)
        if self._first_activation_pending:
            # The first screen fills in right after the window appears, so opening the app feels instant.
            self._first_activation_pending = False
            QTimer.singleShot(30, self._first_activation)  # after the first expose and paint
            return
        page.activate()

    def _first_activation(self) -> None:
        if self.store_closed or not self.isVisible():  # closed before the timer fired, or a restore closed the store
            return
        self.ui.pages.currentWidget().activate()
        self.first_screen_ready = True

    def refresh_profile(self) -> None:
        from tthc_desktop.store.profile import get_profile

        profile = get_profile(self.store)
        name = profile["name"] if profile else "Chưa có thông tin đơn vị"
        self.ui.unitLabel.setText(name[:1].upper() + name[1:] if name else name)
        receiving = bool(profile and profile.get("is_receiving"))
        for key in RECEIVING_ONLY:
            self.ui.navList.item(PAGE_KEYS.index(key)).setHidden(not receiving)
            if not receiving and self.ui.navList.currentRow() == PAGE_KEYS.index(key):
                self.ui.navList.setCurrentRow(0)
        self.setWindowTitle(f"{APP_NAME} — {name}")
        from tthc_desktop.services.auth import current_session

        session = current_session(self.store)
        from tthc_desktop.store.accounts import accounts_enabled

        who = f"Người dùng: {session.full_name or session.username} ({session.role_labels}) · " if session else (
            "Chưa đăng nhập · " if accounts_enabled(self.store) else "")
        self.ui.actionSwitchUser.setEnabled(accounts_enabled(self.store))
        self.status_label.setText(f"{who}Tệp dữ liệu: {self.store.path or 'trong bộ nhớ'}")

    def reload_current(self) -> None:
        """After work that changed data everywhere (demo, import): refresh the sidebar and the shown screen."""
        self.refresh_profile()
        self._on_nav(self.ui.navList.currentRow())

    # window state
    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = self.settings.value("main/page", "dashboard")
        row = PAGE_KEYS.index(last) if last in PAGE_KEYS else 0
        self.ui.navList.setCurrentRow(0 if self.ui.navList.item(row).isHidden() else row)

    def _save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/page", self.current_key())
        for page in self._pages.values():
            save = getattr(page, "save_view_state", None)
            if save:
                save(self.settings)
        self.settings.sync()

    def confirm_leave(self) -> bool:
        """Ask about unsaved edits on every screen; False if the clerk cancels or saving is refused."""
        for key, page in self._pages.items():
            if not page.has_unsaved_changes():
                continue
            self.show_page(key)
            answer = messages.ask_save(self, f"Màn hình “{page.title}” còn thay đổi chưa lưu. Lưu trước khi đóng?")
            if answer == "cancel":
                return False
            if answer == "save" and not page.save_changes():
                return False
            if answer == "discard":
                page.discard_changes()
        return True

    def close_without_questions(self) -> None:
        """Close after the store was closed elsewhere (restore): no unsaved-changes question, no backup."""
        self._closing_after_backup = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_after_backup:
            event.accept()
            return
        if not self.confirm_leave():
            event.ignore()
            return
        self._save_state()
        if self.auto_backup_on_close and self.store.path is not None:
            from tthc_desktop.gui.session import auto_backup_then

            event.ignore()  # close once the backup has finished (it runs off the GUI thread)
            self._closing_after_backup = True
            auto_backup_then(self, self.store, self.close)
            return
        event.accept()

    # menu actions
    def _about(self) -> None:
        from tthc_desktop.gui.help import AboutDialog

        AboutDialog(self.store, self).exec()

    def _guide(self) -> None:
        from tthc_desktop.gui.help import show_user_guide

        show_user_guide(self)

    def _switch_user(self) -> None:
        from tthc_desktop.gui.session import switch_user

        switch_user(self)

    def _backup(self) -> None:
        from tthc_desktop.gui.session import start_backup

        start_backup(self, self.store)
