"""Keeping the clerk's data safe: one writer at a time, a health check at startup, automatic backups,
restore, period unlock, and plain-Vietnamese messages for disk problems.

- Instance lock (khóa phiên làm việc): `<store>.lock` held with an OS lock (fcntl.flock, msvcrt.locking on
  Windows) for the life of the app. The OS drops the lock when the process dies, so a lock left by a crash
  (dead PID) is simply taken over; where the file system has no locks, the PID written in the file decides.
- Startup: `PRAGMA quick_check`; a damaged store yields the newest backup that passes the checks.
- Automatic backup on exit, at most one file per day (refreshed at each exit with changes), rotating.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.store import audit, backup, locks
from tthc_desktop.store.db import Store, default_db_path, open_store
from tthc_desktop.store.profile import get_setting

# --- instance lock ---------------------------------------------------------------------------------

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _os_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _HELD_ERRNOS = {errno.EACCES, errno.EDEADLK}
else:
    import fcntl

    def _os_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _HELD_ERRNOS = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InstanceLock:
    """Held while the app (or a restore) works on one store; `release()` or use as a context manager."""

    def __init__(self, path: Path, fd: int, os_locked: bool):
        self.path, self._fd, self._os_locked = path, fd, os_locked

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 1)  # no holder recorded; the file stays (unlinking it races other launchers)
            if self._os_locked:
                _os_unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def _read_holder(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            fh.seek(1)  # byte 0 is the one locked on Windows; the holder's details follow it
            return json.loads(fh.read().decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _busy_message(db_path: Path, holder: dict) -> str:
    who = ""
    if holder.get("pid"):
        who = f" (tiến trình {holder['pid']}"
        who += f" trên máy {holder['host']}" if holder.get("host") else ""
        who += f", từ {audit.fmt_at(holder['started'])})" if holder.get("started") else ")"
    return (f"Ứng dụng đang mở với tệp dữ liệu {db_path}{who}. Hãy dùng cửa sổ TTHC Desktop đang mở, "
            "hoặc đóng nó rồi thử lại.")


def acquire_instance_lock(db_path: str | Path | None = None) -> InstanceLock:
    """Take the single-writer lock of the store, or raise UserError("Ứng dụng đang mở ...")."""
    db_path = Path(db_path) if db_path else default_db_path()
    lock_path = Path(f"{db_path}.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    except OSError as exc:
        raise UserError(backup.io_error_message(exc, lock_path, "khóa phiên làm việc")) from exc
    os_locked = True
    try:
        _os_lock(fd)
    except OSError as exc:
        if exc.errno in _HELD_ERRNOS or isinstance(exc, BlockingIOError):
            os.close(fd)
            raise UserError(_busy_message(db_path, _read_holder(lock_path))) from exc
        # No OS locking here (some network shares): fall back on the PID recorded in the file.
        os_locked = False
        holder = _read_holder(lock_path)
        if holder.get("pid") and holder.get("host") == socket.gethostname() and pid_alive(int(holder["pid"])):
            os.close(fd)
            raise UserError(_busy_message(db_path, holder)) from exc
    info = {"pid": os.getpid(), "host": socket.gethostname(), "started": datetime.now().isoformat(timespec="seconds")}
    data = b" " + json.dumps(info).encode("utf-8")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.ftruncate(fd, len(data))  # never below byte 0, the byte locked on Windows
        os.fsync(fd)
    except OSError as exc:
        lock = InstanceLock(lock_path, fd, os_locked)
        lock.release()
        raise UserError(backup.io_error_message(exc, lock_path, "khóa phiên làm việc")) from exc
    return InstanceLock(lock_path, fd, os_locked)


# --- startup check ---------------------------------------------------------------------------------

@dataclass
class StartupCheck:
    """Result of `startup_check`: status 'new' (no file yet), 'ok' or 'damaged' (with the backup to offer)."""

    db_path: Path
    status: str
    problems: list[str] = field(default_factory=list)
    backup: backup.BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return self.status != "damaged"

    def message(self) -> str:
        """What to tell the clerk when the store is damaged (names the backup and how to restore it)."""
        if self.ok:
            return f"Tệp dữ liệu {self.db_path} bình thường."
        text = f"Tệp dữ liệu {self.db_path} bị hỏng ({'; '.join(self.problems[:2])})."
        if self.backup:
            text += (f" Bản sao lưu tốt gần nhất: {self.backup.path} (thay đổi cuối "
                     f"{audit.fmt_at(self.backup.last_change_at) or 'không rõ'}). Khôi phục bằng lệnh: "
                     f"tthc-desktop restore \"{self.backup.path}\"")
        else:
            text += " Không tìm thấy bản sao lưu tốt nào; hãy tìm bản sao lưu trên USB và chạy tthc-desktop restore TỆP."
        return text


def _configured_backup_dir(db_path: Path) -> Path | None:
    """The `backup_dir` setting read straight from the file (works on a store too damaged to open normally)."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'backup_dir'").fetchone()
        finally:
            conn.close()
        return Path(json.loads(row[0])) if row and row[0] else None
    except (sqlite3.Error, ValueError, TypeError):
        return None


def backup_folders_for(db_path: str | Path) -> list[Path]:
    """Where backups of this store may be: the configured folder, then the default one beside the store."""
    db_path = Path(db_path)
    folders = [p for p in (_configured_backup_dir(db_path), backup.default_backup_dir(db_path)) if p]
    return list(dict.fromkeys(folders))


def startup_check(db_path: str | Path | None = None) -> StartupCheck:
    """Quick integrity check before opening; when damaged, find the newest good backup to offer."""
    db_path = Path(db_path) if db_path else default_db_path()
    if not db_path.exists():
        return StartupCheck(db_path, "new")
    problems: list[str] = []
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(16)
        if header and header != backup.SQLITE_HEADER:
            problems.append("không phải tệp SQLite")
        else:
            conn = sqlite3.connect(str(db_path), timeout=5)
            try:
                problems += [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
            finally:
                conn.close()
    except sqlite3.OperationalError as exc:
        if not backup.is_disk_problem(exc):
            problems.append(str(exc))
        elif "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise UserError(backup.io_error_message(exc, db_path)) from exc
        else:  # WAL needs to create `-shm` beside the file: a read-only folder cannot be opened at all
            raise UserError(
                f"Không mở được tệp dữ liệu {db_path}: thư mục {db_path.parent} chỉ đọc hoặc không có quyền ghi "
                "(TTHC Desktop cần ghi được vào thư mục chứa tệp dữ liệu). Hãy chép tệp dữ liệu sang một thư mục "
                "có quyền ghi (ví dụ Tài liệu) rồi mở lại.") from exc
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    except OSError as exc:
        raise UserError(f"Không đọc được tệp dữ liệu {db_path}: {exc.strerror or exc}.") from exc
    if not problems:
        return StartupCheck(db_path, "ok")
    return StartupCheck(db_path, "damaged", problems, backup.newest_good_backup(backup_folders_for(db_path)))


def ensure_healthy(db_path: str | Path | None = None) -> None:
    """For the CLI: raise UserError naming the newest good backup when the store is damaged."""
    check = startup_check(db_path)
    if not check.ok:
        raise UserError(check.message())


# --- automatic backups -----------------------------------------------------------------------------

def backup_folder(store: Store) -> Path:
    """The `backup_dir` setting, else `sao-luu` beside the store."""
    configured = get_setting(store, "backup_dir")
    if configured:
        return Path(configured)
    if store.path is None:
        raise UserError("Kho dữ liệu tạm (trong bộ nhớ) không có thư mục sao lưu.")
    return backup.default_backup_dir(store.path)


def backup_keep(store: Store) -> int:
    """How many daily automatic backups to keep (`backup_keep`, default 10, at least 1)."""
    try:
        return max(1, int(get_setting(store, "backup_keep", backup.DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return backup.DEFAULT_KEEP


def auto_backup(store: Store, *, now: datetime | None = None) -> Path | None:
    """Back up if data changed since the newest automatic backup; one file per day; rotate. None = not needed."""
    now = now or datetime.now()
    folder = backup_folder(store)
    autos = [e for e in backup.list_backups(folder) if e.kind == "auto"]
    change = audit.last_change(store)
    if change is None or (autos and backup.last_change_id(autos[0].path) == change["id"]):
        return None
    target = backup.backup_to(store, folder / backup.stamped_name("auto", now))
    for entry in autos:  # at most one automatic backup per day: the newest of the day replaces the others
        if entry.taken_at.date() == now.date() and entry.path != target:
            with contextlib.suppress(OSError):
                entry.path.unlink()
    backup.rotate(folder, backup_keep(store))
    return target


def manual_backup(store: Store, target: str | Path | None = None) -> Path:
    """Back up to the file `target`, into the folder `target` (a USB stick, say), or into the backup folder."""
    if target is None:
        return backup.backup_to(store, backup_folder(store) / backup.stamped_name("manual"))
    target = Path(target)
    if target.is_dir():
        target = target / backup.stamped_name("manual")
    return backup.backup_to(store, target)


# --- restore ---------------------------------------------------------------------------------------

def restore(db_path: str | Path, source: str | Path, *, lock: InstanceLock | None = None,
            user: str = "system", keep_folder: str | Path | None = None) -> backup.RestoreResult:
    """Replace the store by a checked backup, keeping the current one; audited in the restored store.

    The GUI passes the lock it holds (after closing its store); the CLI lets this take it. The caller checks
    the 'restore' permission on the current store first (`services.auth.require`).
    """
    db_path = Path(db_path)
    own_lock = lock is None
    lock = lock or acquire_instance_lock(db_path)
    try:
        folders = backup_folders_for(db_path) if db_path.exists() else [backup.default_backup_dir(db_path)]
        result = backup.restore_file(db_path, source, keep_folder=keep_folder or folders[0])
        with open_store(db_path) as store:
            store.set_user(user)
            audit.record(store, "restore", note=f"khôi phục từ {Path(source).name}"
                         + (f"; dữ liệu trước đó lưu tại {result.previous_kept_as}" if result.previous_kept_as else ""))
    finally:
        if own_lock:
            lock.release()
    return result


# --- period unlock ---------------------------------------------------------------------------------

def unlock_period(store: Store, period: Period | str, reason: str) -> list[dict]:
    """Unlock every issued report of the period (lãnh đạo only, reason required); returns them."""
    from tthc_desktop.services.auth import require

    period = parse_period(period) if isinstance(period, str) else period
    require(store, "unlock_period")
    reports = locks.locked_reports_for_period(store, period.code)
    if not reports:
        other = locks.locking_report(store, period.start, period.end)
        if other:
            raise UserError(f"Kỳ {period.code} không có báo cáo riêng đang khóa; số liệu của kỳ bị khóa bởi Báo cáo "
                            f"số {other['number']} (kỳ {other['period']}). Mở khóa kỳ đó: "
                            f"tthc-desktop unlock --period {other['period']} --reason \"...\"")
        raise UserError(f"Kỳ {period.code} không có báo cáo đã phát hành nào đang khóa.")
    from tthc_desktop.services.reporting import unlock_report

    with store.atomic():
        return [unlock_report(store, report["id"], reason) for report in reports]


# --- messages for errors met anywhere --------------------------------------------------------------

def describe_error(exc: BaseException, path: str | Path | None = None) -> str | None:
    """Vietnamese text for a disk or SQLite error a clerk can meet (None if it is a programming error)."""
    from tthc_desktop.services.auth import denial_message

    if isinstance(exc, UserError):
        return exc.message
    denied = denial_message(exc)
    if denied:
        return denied
    target = Path(path) if path else default_db_path()
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc).lower():
        return startup_check(target).message()
    if backup.is_disk_problem(exc):
        return backup.io_error_message(exc, getattr(exc, "filename", None) or target)
    return None
