"""pytest-qt fixtures: offscreen Qt, a store with a commune profile, a recorder instead of modal boxes."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest  # noqa: E402


@pytest.fixture
def store(tmp_path):
    """A fresh store on disk with a commune profile and the default fields."""
    from tthc_desktop.cli.core import profile_defaults
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

    log: list[tuple[str, str]] = []
    answers: dict[str, object] = {"ask": True, "ask_save": "discard"}
    monkeypatch.setattr(messages, "show_error", lambda parent, error, title="": log.append(
        ("error", messages.error_text(error))))
    monkeypatch.setattr(messages, "show_info", lambda parent, text, title="": log.append(("info", text)))
    monkeypatch.setattr(messages, "ask", lambda parent, q, title="": (log.append(("ask", q)), answers["ask"])[1])
    monkeypatch.setattr(messages, "ask_save", lambda parent, q, title="": (log.append(("ask_save", q)),
                                                                            answers["ask_save"])[1])
    log.answers = answers  # type: ignore[attr-defined]
    return log


@pytest.fixture
def qsettings(tmp_path):
    """QSettings in a temporary ini file (never the clerk's real settings)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
