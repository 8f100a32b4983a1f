"""Opening the store: one SQLite file, WAL, foreign keys on every connection, migrations applied.

`Store` is the handle every other store module takes. It wraps a sqlite-utils `Database`, knows the
signed-in user (for the audit log) and offers `atomic()` for multi-row writes.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from tthc_desktop.errors import UserError
from tthc_desktop.store.schema import migrations

ENV_DB = "TTHC_DB"
APP_DIR_NAME = "TTHCDesktop"


def default_db_path() -> Path:
    """`TTHC_DB` if set, else `tthc.sqlite3` in the user data dir (platformdirs)."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "tthc.sqlite3"


def now_iso() -> str:
    """Local time, seconds precision, ISO 8601: what the store writes in *_at columns."""
    return datetime.now().replace(microsecond=0).isoformat()


class Store:
    """An open store. Use as a context manager or call `close()`."""

    def __init__(self, db: Database, path: Path | None):
        self.db = db
        self.path = path
        self.user = "system"

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def atomic(self):
        """One transaction (savepoint when nested): all or nothing."""
        return self.db.atomic()

    def set_user(self, username: str) -> None:
        """User recorded in the audit log for the following writes."""
        self.user = username or "system"

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # small generic helpers for the other store modules
    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        return [dict(r) for r in self.db.query(sql, params)]

    def scalar(self, sql: str, params: tuple | dict = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None


def _configure(db: Database, store: Store) -> None:
    db.conn.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.register_function(lambda: store.user, name="tthc_user", deterministic=False, replace=True)
    from tthc_desktop.domain.text import fold  # local import: keeps the module import light

    db.register_function(fold, name="tthc_fold", deterministic=True, replace=True)


def open_store(path: str | Path | None = None, *, create: bool = True, memory: bool = False) -> Store:
    """Open (and migrate) the store at `path` (default: `default_db_path()`).

    Raises UserError with a Vietnamese message when the file cannot be opened or is not a store.
    """
    if sqlite3.sqlite_version_info < (3, 37):
        raise UserError(f"Phiên bản SQLite {sqlite3.sqlite_version} quá cũ (cần 3.37 trở lên).")
    if memory:
        db_path = None
        db = Database(memory=True)
    else:
        db_path = Path(path) if path else default_db_path()
        if not db_path.exists() and not create:
            raise UserError(f"Chưa có cơ sở dữ liệu tại {db_path}. Chạy “tthc-desktop init” để tạo mới.")
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            db = Database(sqlite3.connect(str(db_path), check_same_thread=False))
        except (OSError, sqlite3.Error) as exc:
            raise UserError(f"Không mở được tệp dữ liệu {db_path}: {exc}") from exc
    store = Store(db, db_path)
    try:
        _configure(db, store)
        if not memory:
            db.enable_wal()
            # FULL: a commit survives a power cut (commune PCs lose power); the cost is small for our write rate.
            db.execute("PRAGMA synchronous = FULL")
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        store.close()
        raise UserError(
            f"Tệp {db_path} không phải cơ sở dữ liệu TTHC Desktop hoặc đã bị hỏng ({exc}). "
            "Hãy khôi phục từ bản sao lưu gần nhất (tthc-desktop restore)."
        ) from exc
    return store


def integrity_findings(store: Store) -> list[str]:
    """Problems found by `PRAGMA integrity_check` and `foreign_key_check` (empty list = healthy)."""
    out = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    for row in store.conn.execute("PRAGMA foreign_key_check").fetchall():
        out.append(f"Khóa ngoại hỏng: bảng {row[0]}, dòng {row[1]} trỏ tới {row[2]}")
    return out


@contextlib.contextmanager
def transaction(store: Store) -> Iterator[Store]:
    """`with transaction(store):` — alias of `store.atomic()` for readability at call sites."""
    with store.atomic():
        yield store
