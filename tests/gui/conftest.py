"""pytest-qt fixtures: offscreen Qt, a store with a commune profile, a recorder instead of modal boxes."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest  # noqa: E402

import tthc_desktop.gui  # noqa: E402,F401  (guards None's reference count against a PySide6 bug, see there)


@pytest.fixture
def store(tmp_path):
    """A fresh store on disk with a commune profile and the default fields."""
    from tthc_desktop.services.setup import profile_defaults
    from tthc_desktop.services.setup import after_init
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import save_profile

    s = open_store(tmp_path / "tthc.sqlite3")
    save_profile(s, name="xã Đồng Lạc", unit_type="xa", province="Hải Dương", signer_name="Nguyễn Văn Thử",
                 receiving_level_name="UBND tỉnh Hải Dương", **profile_defaults("xã Đồng Lạc", "xa"))
    after_init(s)
    yield s
    s.close()


@pytest.fixture
def shown_messages(monkeypatch):
    """Modal message boxes replaced by a list of (kind, text); questions answer from `answers`."""
    from tthc_desktop.gui import messages

    class Log(list):
        answers: dict

    log = Log()
    answers: dict[str, object] = {"ask": True, "ask_save": "discard"}
    monkeypatch.setattr(messages, "show_error", lambda parent, error, title="": log.append(
        ("error", messages.error_text(error))))
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title="": log.append(("info", text)))
    monkeypatch.setattr(messages, "ask", lambda parent, q, title="": (log.append(("ask", q)), answers["ask"])[1])
    monkeypatch.setattr(messages, "ask_save", lambda parent, q, title="": (log.append(("ask_save", q)),
                                                                            answers["ask_save"])[1])
    log.answers = answers
    return log


@pytest.fixture
def qsettings(tmp_path):
    """QSettings in a temporary ini file (never the clerk's real settings)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


def type_text(widget, text: str) -> None:
    """Type `text` into `widget` as key events carrying the characters (never qtbot.keyClicks: it aborts the
    process on Vietnamese letters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key, modifiers=None) -> None:
    """One key press (Enter, Tab, Delete, Ctrl+V ...) sent to `widget`."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods))


@pytest.fixture
def grab_on_failure(request, tmp_path):
    """Register widgets; their screenshots are saved into tmp_path when the test fails."""
    widgets = []
    yield widgets.append
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        for i, w in enumerate(widgets):
            w.grab().save(str(tmp_path / f"failure-{i}.png"))
            print(f"screenshot: {tmp_path / f'failure-{i}.png'}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


def seed_quarter(store, code: str = "2023-Q2", *, broken: bool = False) -> None:
    """Consistent figures of two fields for one quarter (`broken`: pending one short, an error)."""
    from tthc_desktop.domain.figures import DossierCounts, FigureRow
    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.store import catalog, statistics

    period = parse_period(code)
    rows = {
        "Hộ tịch": DossierCounts(carried_over=12, new_online=820, new_direct=150, new_postal=8, resolved_early=600,
                                 resolved_on_time=360, resolved_late=2, pending_in_time=28 - (1 if broken else 0),
                                 digitised_received=960, digitised_results=950, with_fee=300, paid_online=180,
                                 survey_very_satisfied=120, survey_satisfied=60, survey_neutral=5),
        "Chứng thực": DossierCounts(new_online=40, new_direct=600, resolved_on_time=630, pending_in_time=10,
                                    digitised_received=600, with_fee=640, paid_online=20),
    }
    for label, counts in rows.items():
        statistics.save_stat_row(store, period, FigureRow("linh_vuc", label, counts, catalog.ensure_field(store, label)))
