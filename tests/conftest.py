"""Shared fixtures: a fresh store per test, offscreen Qt."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tthc_desktop.store import open_store  # noqa: E402
from tthc_desktop.store.profile import save_profile  # noqa: E402


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    """Path of a store file in tmp_path; TTHC_DB points at it so CLI calls use it."""
    path = tmp_path / "tthc.sqlite3"
    monkeypatch.setenv("TTHC_DB", str(path))
    return path


@pytest.fixture
def store(db_path):
    """An open, migrated store with a commune profile."""
    s = open_store(db_path)
    save_profile(s, name="xã Đồng Lạc", unit_type="xa", code="H23.36.10", place_name="Đồng Lạc",
                 header_line1="ỦY BAN NHÂN DÂN", header_line2="XÃ ĐỒNG LẠC", number_suffix="BC-UBND",
                 signer_name="Nguyễn Văn An", signer_title="CHỦ TỊCH", signer_authority="TM. ỦY BAN NHÂN DÂN",
                 recipients=["- Văn phòng UBND tỉnh;", "- Lưu: VT, VP."])
    yield s
    s.close()
