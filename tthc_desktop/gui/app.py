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


def smoke_test(db: str | None = None, png: str | None = None) -> bool:
    """Open the main window on `db` (else a temporary store with a profile), wait until it is shown, close it.

    Returns False if it did not appear within 10 s. Never touches the clerk's settings or data.
    """
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings

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
            shown = wait_until_shown(window)
            if png:
                window.grab().save(png)
            window.close()
            app.processEvents()
        finally:
            store.close()
    return shown


def run_gui(args: Namespace | None = None) -> int:
    """Open the store (first-run wizard when it has no unit profile) and the main window."""
    from tthc_desktop.errors import UserError
    from tthc_desktop.gui import messages
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import get_profile

    app = create_application()
    try:
        store = open_store(getattr(args, "db", None))
    except UserError as exc:
        messages.show_error(None, exc, "Không mở được dữ liệu")
        return exc.exit_code
    if getattr(args, "user", None):
        store.set_user(args.user)
    if get_profile(store) is None:
        from PySide6.QtWidgets import QDialog

        from tthc_desktop.gui.setup_wizard import SetupWizard

        if SetupWizard(store).exec() != QDialog.DialogCode.Accepted:
            store.close()
            return 0
    window = build_main_window(store)
    window.show()
    code = app.exec()
    store.close()
    return code
