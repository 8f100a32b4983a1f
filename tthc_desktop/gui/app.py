"""GUI entry point (the only package that imports Qt): application setup, first run, main window.

`tthc-desktop` with no command calls `run_gui(args)`. Imports are kept lazy (no ReportLab, pikepdf or
openpyxl before a screen needs them) so the window opens in about a second.
"""
from __future__ import annotations

import sys
import time
from argparse import Namespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tthc_desktop.gui.main_window import MainWindow
    from tthc_desktop.store.db import Store

ORGANIZATION = "TTHCDesktop"


def create_application(argv: list[str] | None = None) -> "QApplication":
    """The QApplication with the bundled font, Vietnamese locale and the app's look (created once)."""
    from PySide6.QtWidgets import QApplication

    from tthc_desktop import APP_NAME
    from tthc_desktop.gui.theme import apply_theme

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    if not app.property("tthc_themed"):  # also when a test runner created the QApplication
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APP_NAME)
        apply_theme(app)  # type: ignore[arg-type]
        app.setProperty("tthc_themed", True)
    return app  # type: ignore[return-value]


def user_settings() -> "QSettings":
    """Window state and screen preferences of this Windows / Linux user (an .ini file)."""
    from PySide6.QtCore import QSettings

    from tthc_desktop import APP_NAME

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def build_main_window(store: "Store", settings: "QSettings | None" = None) -> "MainWindow":
    from tthc_desktop.gui.main_window import MainWindow

    return MainWindow(store, settings or user_settings())


def release_qt_objects() -> None:
    """Delete windows and cached Qt objects while the QApplication still exists.

    Left to interpreter shutdown, PySide6 may free them after Qt is gone (an abort "deallocating None").
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from tthc_desktop.gui import theme

    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    theme.icon.cache_clear()
    theme.collator.cache_clear()
    gc.collect()


def wait_until_shown(window, timeout: float = 10.0) -> bool:
    """Process events until the window is exposed on screen (offscreen: mapped); False on timeout."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            return True
        time.sleep(0.005)
    return False


def smoke_test(db: str | None = None, png: str | None = None,
               started: float | None = None) -> tuple[float, float] | None:
    """Open the main window on `db` (else a temporary store with a profile) and close it again.

    Returns (seconds until the window was shown, seconds until its first screen was filled), counted from
    `started` (a perf_counter value; default: the call), or None if the window did not appear within 10 s.
    Never touches the clerk's settings or data.
    """
    import tempfile
    from pathlib import Path

    started = time.perf_counter() if started is None else started
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import get_profile, save_profile

    with tempfile.TemporaryDirectory(prefix="tthc-smoke-") as tmp:
        app = create_application()
        store = open_store(db if db else Path(tmp) / "smoke.sqlite3", create=not db)
        try:
            if get_profile(store) is None and not db:
                save_profile(store, name="xã Kiểm Tra", unit_type="xa")
            window = build_main_window(store, QSettings(str(Path(tmp) / "smoke.ini"), QSettings.Format.IniFormat))
            window.show()
            if not wait_until_shown(window):
                return None
            shown = time.perf_counter() - started
            deadline = time.perf_counter() + 10
            while not window.first_screen_ready and time.perf_counter() < deadline:
                QApplication.processEvents()
            ready = time.perf_counter() - started
            if png:
                window.grab().save(png)
            window.close()
            app.processEvents()
            del window
            release_qt_objects()
        finally:
            store.close()
    return shown, ready


def run_gui(args: Namespace | None = None) -> int:
    """Open the store (health check, lock, sign-in; first-run wizard without a unit profile) and the window."""
    from PySide6.QtWidgets import QDialog

    from tthc_desktop.gui.session import open_for_gui, sign_in_if_needed
    from tthc_desktop.store.profile import get_profile

    app = create_application()
    opened = open_for_gui(getattr(args, "db", None))
    if opened is None:
        return 2
    store, lock = opened
    window = None
    try:
        if not sign_in_if_needed(store, getattr(args, "user", None)):
            return 0
        start = None
        if get_profile(store) is None:
            from tthc_desktop.gui.setup_wizard import SetupWizard

            wizard = SetupWizard(store)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return 0
            start = (wizard.start_choice, wizard.import_path)
        window = build_main_window(store)
        window.auto_backup_on_close = True
        window.instance_lock = lock
        window.show()
        if start is not None:
            from tthc_desktop.gui.setup_wizard import after_setup

            after_setup(window, store, *start)
        return app.exec()
    finally:
        while window is not None and window.replaced_by is not None:  # reopened after a restore
            window = window.replaced_by
        last_store = window.store if window is not None else store
        release_qt_objects()
        last_store.close()
        store.close()
        lock.release()
