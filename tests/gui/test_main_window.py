"""The main window: every screen opens in Vietnamese, keyboard navigation, window state remembered, smoke."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_LEFTOVERS = ("OK", "Cancel", "Save", "Close", "Yes", "No", "Apply", "Open", "Browse", "Settings", "Untitled")


def _window(qtbot, store, qsettings):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import MainWindow

    create_application()
    w = MainWindow(store, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_screen_opens_without_english_leftovers(qtbot, store, qsettings, shown_messages, grab_on_failure):
    from tthc_desktop.gui.main_window import PAGE_KEYS

    w = _window(qtbot, store, qsettings)
    grab_on_failure(w)
    for key in PAGE_KEYS:
        page = w.show_page(key)
        assert w.ui.pages.currentWidget() is page
        texts = [b.text().replace("&", "") for b in page.findChildren(QAbstractButton)]
        texts += [lab.text() for lab in page.findChildren(QLabel)]
        assert not [t for t in texts if t.strip() in ENGLISH_LEFTOVERS], (key, texts)
    assert not [m for m in shown_messages if m[0] == "error"], shown_messages


def test_alt_number_switches_screens_and_state_is_remembered(qtbot, store, qsettings, shown_messages):
    from PySide6.QtCore import Qt

    w = _window(qtbot, store, qsettings)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # ASCII key: keyClick is safe here
    assert w.current_key() == "figures"
    w.page("figures").splitter.setSizes([300, 200])  # default is 4:1
    assert w.close()
    assert not qsettings.value("main/geometry").isEmpty()  # window size and place (restored by Qt)
    again = _window(qtbot, store, qsettings)
    assert again.current_key() == "figures"
    top, bottom = again.page("figures").splitter.sizes()
    assert abs(top / bottom - 1.5) < 0.05


def test_sidebar_shows_the_unit_and_updates_after_settings(qtbot, store, qsettings, shown_messages):
    w = _window(qtbot, store, qsettings)
    assert w.ui.unitLabel.text() == "Xã Đồng Lạc"
    settings = w.show_page("settings")
    settings.ui.nameEdit.setText("phường Tân Bình")
    settings.ui.signerNameEdit.setText("Trần Thị Bình")
    assert settings.save_changes()
    assert w.ui.unitLabel.text() == "Phường Tân Bình"
    assert "phường Tân Bình" in w.windowTitle()


def test_settings_refuses_an_empty_unit_name_and_says_where(qtbot, store, qsettings, shown_messages):
    from tthc_desktop.store.profile import get_profile

    w = _window(qtbot, store, qsettings)
    settings = w.show_page("settings")
    settings.ui.nameEdit.setText("   ")
    assert not settings.save_changes()
    assert settings.ui.errorLabel.isVisible()
    assert "Thông tin đơn vị" in settings.ui.errorLabel.text()
    assert get_profile(store)["name"] == "xã Đồng Lạc"


def test_smoke_command_opens_the_window_offscreen():
    out = subprocess.run([sys.executable, "-m", "tthc_desktop", "smoke"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("smoke ok: cửa sổ chính hiển thị sau ")
