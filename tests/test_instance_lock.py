"""One writer per store: a second launch gets "Ứng dụng đang mở"; a lock left by a dead process is taken over."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import socket
import textwrap
from pathlib import Path

import pytest

from tthc_desktop.errors import UserError
from tthc_desktop.services import safety

ROOT = Path(__file__).resolve().parent.parent

HOLDER = textwrap.dedent("""
    import sys, time
    from tthc_desktop.services.safety import acquire_instance_lock
    lock = acquire_instance_lock(sys.argv[1])
    print("held", flush=True)
    time.sleep(60)
""")
TRY = textwrap.dedent("""
    import sys
    from tthc_desktop.errors import UserError
    from tthc_desktop.services.safety import acquire_instance_lock
    try:
        acquire_instance_lock(sys.argv[1]).release()
        print("acquired")
    except UserError as exc:
        print(exc.message)
""")


def python(code: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                            encoding="utf-8", cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, **kw)


def holder_of(path) -> dict:
    return json.loads((path.parent / (path.name + ".lock")).read_bytes()[1:] or b"{}")


def test_second_instance_in_the_same_process_is_refused(tmp_path):
    db = tmp_path / "tthc.sqlite3"
    lock = safety.acquire_instance_lock(db)
    with pytest.raises(UserError, match=r"^Ứng dụng đang mở với tệp dữ liệu .*tthc.sqlite3 \(tiến trình \d+"):
        safety.acquire_instance_lock(db)
    assert holder_of(db)["pid"] == os.getpid()
    lock.release()
    with safety.acquire_instance_lock(db):
        pass


def test_second_launch_in_another_process_is_refused_then_allowed_after_exit(tmp_path):
    db = tmp_path / "tthc.sqlite3"
    with safety.acquire_instance_lock(db):
        out = python(TRY, str(db)).communicate(timeout=60)[0]
        assert out.startswith("Ứng dụng đang mở")
    assert python(TRY, str(db)).communicate(timeout=60)[0].strip() == "acquired"


def test_lock_of_a_killed_process_is_taken_over(tmp_path):
    db = tmp_path / "tthc.sqlite3"
    proc = python(HOLDER, str(db))
    try:
        assert proc.stdout.readline().strip() == "held"
        with pytest.raises(UserError, match=f"tiến trình {proc.pid}"):
            safety.acquire_instance_lock(db)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    with safety.acquire_instance_lock(db):  # the file still names the dead process: taken over
        assert holder_of(db)["pid"] == os.getpid()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_without_os_locks_the_recorded_pid_decides(tmp_path, monkeypatch):
    """Some network shares refuse file locks (ENOLCK): a live recorded PID still blocks, a dead one does not."""
    def no_locks(fd):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(safety, "_os_lock", no_locks)
    db = tmp_path / "tthc.sqlite3"
    lock_file = tmp_path / "tthc.sqlite3.lock"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_file.write_bytes(b" " + json.dumps({"pid": sleeper.pid, "host": socket.gethostname()}).encode())
        with pytest.raises(UserError, match=f"Ứng dụng đang mở .*tiến trình {sleeper.pid}"):
            safety.acquire_instance_lock(db)
        lock_file.write_bytes(b" " + json.dumps({"pid": _dead_pid(), "host": socket.gethostname()}).encode())
        with safety.acquire_instance_lock(db):
            assert holder_of(db)["pid"] == os.getpid()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_read_only_folder_gives_a_clear_message(tmp_path, monkeypatch):
    def refuse(path, *a, **k):
        raise PermissionError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(safety.os, "open", refuse)
    with pytest.raises(UserError, match="Không có quyền ghi vào thư mục .* chỉ đọc"):
        safety.acquire_instance_lock(tmp_path / "tthc.sqlite3")


def test_restore_is_refused_while_the_app_holds_the_store(tmp_path):
    from tthc_desktop.store import open_store
    from tthc_desktop.store.backup import backup_to

    db = tmp_path / "tthc.sqlite3"
    with open_store(db) as store:
        copy = backup_to(store, tmp_path / "usb" / "copy.sqlite3")
    before = db.read_bytes()
    with safety.acquire_instance_lock(db):
        with pytest.raises(UserError, match="Ứng dụng đang mở"):
            safety.restore(db, copy)
    assert db.read_bytes() == before


def test_restore_is_refused_while_a_connection_is_still_open(tmp_path):
    """The GUI must close its store before restoring; an open connection is noticed, not broken."""
    from tthc_desktop.store import open_store
    from tthc_desktop.store.backup import backup_to

    db = tmp_path / "tthc.sqlite3"
    still_open = open_store(db)
    copy = backup_to(still_open, tmp_path / "usb" / "copy.sqlite3")
    with pytest.raises(UserError, match="đang được mở"):
        safety.restore(db, copy)
    assert still_open.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    still_open.close()
    assert safety.restore(db, copy).previous_kept_as.exists()
