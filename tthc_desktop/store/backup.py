"""Backups (sao lưu) and restore (khôi phục) of the store, and the disk-error messages they share.

A backup is written with SQLite's online backup API into `<name>.partial` in the target folder, switched
to journal_mode=DELETE (one self-contained file), checked (integrity_check, foreign_key_check), fsynced,
renamed over the target, and the folder fsynced so the rename itself survives a power cut. A failure at
any step removes the partial file: the target is either the old file or the complete new one.

Restore copies the chosen file the same way next to the store, keeps the current store as a backup,
then swaps the files with one rename. The caller must hold the instance lock (`services.safety`).
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from tthc_desktop.errors import UserError
from tthc_desktop.store.db import Store
from tthc_desktop.store.schema import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_FOLDER_NAME = "sao-luu"
DEFAULT_KEEP = 10
PREFIXES = {"auto": "tu-dong-", "manual": "sao-luu-", "pre_restore": "truoc-khoi-phuc-"}
KIND_LABELS = {"auto": "tự động", "manual": "thủ công", "pre_restore": "trước khi khôi phục", "other": "khác"}
STAMP = "%Y-%m-%d-%H%M%S"
COUNT_TABLES = {"procedures": "Thủ tục hành chính", "documents": "Văn bản", "feedback": "Phản ánh, kiến nghị",
                "dossier_stats": "Dòng số liệu hồ sơ", "dossiers": "Hồ sơ trong sổ theo dõi", "reports": "Báo cáo"}


# --- messages for disk problems --------------------------------------------------------------------

def io_error_message(exc: BaseException, path: Path | str, what: str = "dữ liệu") -> str:
    """A clerk's explanation of an OSError or sqlite3 error met while writing `path`."""
    path = Path(path)
    folder = path.parent
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)) or "disk is full" in text:
        return (f"Ổ đĩa chứa thư mục {folder} đã đầy: chưa ghi được {what}. Dữ liệu đã có không bị thay đổi. "
                "Hãy giải phóng chỗ trống hoặc chọn nơi khác rồi thử lại.")
    if winerror in (32, 33) or code in (errno.EBUSY, errno.ETXTBSY) or "locked" in text or "busy" in text:
        return (f"Tệp {path} đang bị một chương trình khác mở hoặc khóa (ví dụ phần mềm diệt virus, đồng bộ "
                "đám mây, hoặc một cửa sổ TTHC Desktop khác). Đóng chương trình đó rồi thử lại.")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return (f"Không có quyền ghi vào thư mục {folder} (thư mục chỉ đọc, hoặc USB đang khóa ghi): chưa ghi được "
                f"{what}. Hãy chọn thư mục khác hoặc chép tệp dữ liệu sang thư mục có quyền ghi.")
    if code == errno.ENOENT:
        return f"Không tìm thấy thư mục {folder} (USB đã bị rút ra?): chưa ghi được {what}."
    if "unable to open" in text:
        return f"Không mở được tệp {path} để ghi (thư mục không tồn tại hoặc không có quyền ghi): chưa ghi được {what}."
    if "i/o error" in text:
        return (f"Lỗi đọc/ghi ổ đĩa khi ghi {path} (ổ đầy, USB bị rút ra, hoặc ổ bị hỏng): chưa ghi được {what}. "
                "Dữ liệu đã có không bị thay đổi.")
    detail = getattr(exc, "strerror", None) or str(exc)
    return f"Không ghi được {path}: {detail}."


_DISK_TEXTS = ("disk is full", "locked", "busy", "readonly", "read-only", "unable to open", "i/o error")
_DISK_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EBUSY, errno.ETXTBSY, errno.EROFS, errno.EACCES, errno.EPERM,
                errno.ENOENT, getattr(errno, "EDQUOT", -1)}


def is_disk_problem(exc: BaseException) -> bool:
    """Whether `exc` is a disk or file-access problem the clerk can act on (not a programming error)."""
    if isinstance(exc, OSError):
        return exc.errno in _DISK_ERRNOS or getattr(exc, "winerror", None) in (32, 33)
    if isinstance(exc, sqlite3.OperationalError):
        return any(t in str(exc).lower() for t in _DISK_TEXTS)
    return False


# --- low-level file safety -------------------------------------------------------------------------

def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handle to flush, NTFS journals it."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


def _copy_checked(source: sqlite3.Connection, target: Path, what: str) -> Path:
    """Online-backup `source` into `target` through a checked, fsynced partial file and one rename."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    dst: sqlite3.Connection | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_quietly(partial)
        dst = sqlite3.connect(str(partial))
        source.backup(dst, pages=1024)
        dst.execute("PRAGMA journal_mode=DELETE")  # the copy inherits WAL; make it one self-contained file
        problems = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"khóa ngoại hỏng ở bảng {r[0]}" for r in dst.execute("PRAGMA foreign_key_check").fetchall()]
        dst.close()
        dst = None
        if problems:
            raise UserError(f"Bản sao {target.name} không đạt kiểm tra toàn vẹn ({'; '.join(problems[:3])}); "
                            "chưa ghi gì. Hãy chạy “tthc-desktop check”.")
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except UserError:
        _remove_quietly(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        if dst is not None:
            with contextlib.suppress(sqlite3.Error):
                dst.close()
        _remove_quietly(partial)
        raise UserError(io_error_message(exc, target, what)) from exc
    return target


def backup_to(store: Store, target: str | Path) -> Path:
    """Write a checked copy of the open store to `target` (e.g. on a USB stick); returns the path."""
    target = Path(target)
    if store.path is not None and target.resolve() == Path(store.path).resolve():
        raise UserError("Không thể sao lưu đè lên chính tệp dữ liệu đang dùng. Chọn tên tệp khác.")
    return _copy_checked(store.conn, target, "bản sao lưu")


# --- what a backup holds ---------------------------------------------------------------------------

@dataclass
class BackupInfo:
    """What a backup file holds, for the restore wizard and `tthc-desktop restore`."""

    path: Path
    ok: bool = False
    problems: list[str] = field(default_factory=list)
    unit_name: str | None = None
    last_change_at: str | None = None
    last_change_user: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    migrations: list[str] = field(default_factory=list)
    size: int = 0
    modified: datetime | None = None

    def summary_lines(self) -> list[str]:
        """Vietnamese lines: unit, last change, counts (what the clerk confirms before restoring)."""
        from tthc_desktop.domain.formatting import fmt_int
        from tthc_desktop.store.audit import fmt_at

        lines = [f"Tệp: {self.path}", f"Đơn vị: {self.unit_name or '(chưa đặt thông tin đơn vị)'}"]
        if self.last_change_at:
            lines.append(f"Thay đổi cuối: {fmt_at(self.last_change_at)} bởi {_who(self.last_change_user)}")
        else:
            lines.append("Thay đổi cuối: (chưa có thay đổi nào)")
        lines += [f"  {COUNT_TABLES[t]}: {fmt_int(n)}" for t, n in self.counts.items()]
        return lines


def known_migrations() -> list[str]:
    """Names of every migration this version knows (a backup with others comes from a newer version)."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def _ro_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 2000")
    return conn


def inspect_backup(path: str | Path, *, full_check: bool = True) -> BackupInfo:
    """Read a candidate backup without changing it; `ok` False with Vietnamese `problems` when unusable."""
    path = Path(path)
    info = BackupInfo(path)
    try:
        st = path.stat()
        info.size, info.modified = st.st_size, datetime.fromtimestamp(st.st_mtime)
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        info.problems.append(f"Không đọc được tệp {path}: {exc.strerror or exc}.")
        return info
    if header != SQLITE_HEADER:
        info.problems.append(f"Tệp {path.name} không phải tệp dữ liệu của TTHC Desktop (không phải SQLite).")
        return info
    try:
        conn = _ro_connect(path)
    except sqlite3.Error as exc:
        info.problems.append(f"Không mở được tệp {path.name}: {exc}.")
        return info
    try:
        _inspect(conn, info, full_check)
    except sqlite3.DatabaseError as exc:
        info.problems.append(f"Tệp {path.name} bị hỏng, không đọc được ({exc}).")
    finally:
        conn.close()
    info.ok = not info.problems
    return info


def _inspect(conn: sqlite3.Connection, info: BackupInfo, full_check: bool) -> None:
    check = "integrity_check" if full_check else "quick_check"
    bad = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall() if r[0] != "ok"]
    if bad:
        info.problems.append(f"Tệp {info.path.name} bị hỏng ({check}: {'; '.join(bad[:3])}).")
        return
    fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fks:
        info.problems.append(f"Tệp {info.path.name} có {len(fks)} liên kết hỏng (foreign_key_check).")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables or "unit_profile" not in tables or "audit_log" not in tables:
        info.problems.append(f"Tệp {info.path.name} là tệp SQLite nhưng không phải dữ liệu TTHC Desktop.")
        return
    info.migrations = [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", (migrations.name,))]
    if not info.migrations:
        info.problems.append(f"Tệp {info.path.name} là tệp SQLite nhưng không phải dữ liệu TTHC Desktop.")
        return
    newer = [m for m in info.migrations if m not in set(known_migrations())]
    if newer:
        info.problems.append(f"Tệp {info.path.name} được tạo bởi phiên bản TTHC Desktop mới hơn ({', '.join(newer)}). "
                             "Hãy cập nhật phần mềm trước khi khôi phục.")
    row = conn.execute("SELECT name FROM unit_profile WHERE id = 1").fetchone()
    info.unit_name = row[0] if row else None
    row = conn.execute("SELECT at, username FROM audit_log WHERE action IN ('insert', 'update', 'delete') "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    if row:
        info.last_change_at, info.last_change_user = row
    info.counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                   for t in COUNT_TABLES if t in tables}


def last_change_id(path: str | Path) -> int | None:
    """Id of the newest data change recorded in a backup (None if unreadable): "has anything changed since?"."""
    try:
        conn = _ro_connect(Path(path))
        try:
            row = conn.execute("SELECT max(id) FROM audit_log WHERE action IN ('insert', 'update', 'delete')").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def check_backup(path: str | Path) -> BackupInfo:
    """`inspect_backup` that raises UserError naming the file and the problem when it cannot be restored."""
    info = inspect_backup(path)
    if not info.ok:
        raise UserError("Không thể khôi phục: " + " ".join(info.problems))
    return info


# --- the backup folder -----------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupEntry:
    """A file in the backup folder: kind from its name prefix, time from its name (else its mtime)."""

    path: Path
    kind: str
    taken_at: datetime
    size: int


def default_backup_dir(db_path: str | Path) -> Path:
    """`sao-luu` beside the store (under the user data dir for the default store)."""
    return Path(db_path).parent / BACKUP_FOLDER_NAME


def stamped_name(kind: str, when: datetime | None = None) -> str:
    return f"{PREFIXES[kind]}{(when or datetime.now()).strftime(STAMP)}.sqlite3"


def list_backups(folder: str | Path) -> list[BackupEntry]:
    """Backups in `folder`, newest first (files being written, *.partial, are left out)."""
    folder = Path(folder)
    out = []
    for p in folder.glob("*.sqlite3") if folder.is_dir() else []:
        kind, taken = "other", None
        for k, prefix in PREFIXES.items():
            if p.name.startswith(prefix):
                kind = k
                with contextlib.suppress(ValueError):
                    taken = datetime.strptime(p.name[len(prefix):-len(".sqlite3")], STAMP)
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(BackupEntry(p, kind, taken or datetime.fromtimestamp(st.st_mtime), st.st_size))
    return sorted(out, key=lambda e: e.taken_at, reverse=True)


def rotate(folder: str | Path, keep: int, kind: str = "auto") -> list[Path]:
    """Delete all but the newest `keep` backups of `kind`; returns what was deleted."""
    removed = []
    for entry in [e for e in list_backups(folder) if e.kind == kind][max(1, keep):]:
        with contextlib.suppress(OSError):
            entry.path.unlink()
            removed.append(entry.path)
    return removed


def newest_good_backup(folders: list[str | Path]) -> BackupInfo | None:
    """The newest backup in `folders` that passes the checks (for "your data file is damaged" at startup)."""
    entries = sorted((e for f in dict.fromkeys(map(str, folders)) for e in list_backups(f)),
                     key=lambda e: e.taken_at, reverse=True)
    for entry in entries:
        info = inspect_backup(entry.path)
        if info.ok:
            return info
    return None


# --- restore ---------------------------------------------------------------------------------------

@dataclass
class RestoreResult:
    """What `restore_file` did: the file restored, and where the replaced store was kept."""

    info: BackupInfo
    db_path: Path
    previous_kept_as: Path | None


def _keep_current(db_path: Path, folder: Path, when: datetime) -> Path | None:
    """Save the store about to be replaced: a checked backup if it is healthy, else a raw copy of its files."""
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            healthy = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            if healthy:
                return _copy_checked(conn, folder / stamped_name("pre_restore", when), "bản lưu dữ liệu hiện tại")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass
    # Damaged: keep its bytes as they are (with the WAL beside it) so nothing is thrown away.
    target = folder / f"hong-{when.strftime(STAMP)}.sqlite3.bak"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            src = Path(f"{db_path}{suffix}")
            if src.exists():
                dst = Path(f"{target}{suffix}")
                shutil.copyfile(src, dst)
                fsync_file(dst)
        fsync_dir(folder)
    except OSError as exc:
        raise UserError(io_error_message(exc, target, "bản lưu dữ liệu hiện tại")) from exc
    return target


def _assert_not_in_use(db_path: Path) -> None:
    """Refuse when another program holds the store (a write lock we cannot take at once)."""
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(str(db_path), timeout=0.5)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # fold the WAL in; the last close removes it
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise UserError(io_error_message(exc, db_path, "dữ liệu khôi phục")) from exc
        return
    except sqlite3.DatabaseError:
        return  # damaged store: nothing to fold in; it is kept as raw bytes
    if wal and Path(f"{db_path}-wal").exists():  # another connection (even in this process) still has it open
        raise UserError(f"Tệp {db_path} đang được mở (trong cửa sổ TTHC Desktop hoặc chương trình khác). "
                        "Đóng dữ liệu đang mở rồi thử lại.")


def restore_file(db_path: str | Path, source: str | Path, *, keep_folder: str | Path | None = None,
                 when: datetime | None = None) -> RestoreResult:
    """Replace the store at `db_path` by the backup `source` (checked first); the current store is kept.

    The store must not be open anywhere: hold the instance lock and close every connection first.
    Steps: check the source; copy it, checked, beside the store; keep the current store in `keep_folder`;
    remove the old WAL; one rename puts the copy in place; fsync the folder.
    """
    db_path, source = Path(db_path), Path(source)
    when = when or datetime.now()
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise UserError("Tệp được chọn chính là tệp dữ liệu đang dùng. Hãy chọn một bản sao lưu.")
    info = check_backup(source)
    folder = Path(keep_folder) if keep_folder else default_backup_dir(db_path)
    staged = db_path.with_name(f".{db_path.name}.khoi-phuc")
    src = _ro_connect(source)
    try:
        _copy_checked(src, staged, "dữ liệu khôi phục")
    finally:
        src.close()
    try:
        _assert_not_in_use(db_path)
        kept = _keep_current(db_path, folder, when)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        _remove_quietly(staged)
        raise UserError(io_error_message(exc, db_path, "dữ liệu khôi phục")) from exc
    except UserError:
        _remove_quietly(staged)
        raise
    return RestoreResult(info, db_path, kept)


def _who(username: str | None) -> str:
    """The user as a clerk reads it: writes made without sign-in are the program's own ("hệ thống")."""
    if not username or username == "system":
        return "hệ thống"
    return username
