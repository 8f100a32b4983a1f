import errno

import pytest

from tthc_desktop.errors import UserError
from tthc_desktop.fileio import atomic_writer, write_bytes_atomic, write_text_atomic


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "báo cáo.pdf"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["báo cáo.pdf"]


def test_failure_midway_keeps_the_old_file(tmp_path):
    target = tmp_path / "x.csv"
    target.write_text("cũ", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target, "w", encoding="utf-8") as fh:
            fh.write("mới một nửa")
            raise RuntimeError("USB rút ra")
    assert target.read_text(encoding="utf-8") == "cũ"
    assert len(list(tmp_path.iterdir())) == 1


def test_disk_full_gives_vietnamese_message(tmp_path, monkeypatch):
    import os

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="Ổ đĩa đã đầy"):
        write_text_atomic(tmp_path / "a.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_message(tmp_path, monkeypatch):
    import tempfile

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(UserError, match="Không có quyền ghi"):
        write_text_atomic(tmp_path / "a.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_bom_for_excel(tmp_path):
    write_text_atomic(tmp_path / "a.csv", "Hộ tịch", encoding="utf-8-sig")
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")
