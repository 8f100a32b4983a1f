"""User accounts (tài khoản): scrypt password hashes, lockout after failed sign-ins, and the write guard.

Accounts are optional: with no row in `users` the single person in the office works without signing
in. Once an administrator creates the first account, sign-in is on. Passwords are hashed with
`hashlib.scrypt` (memory-hard, standard library); the salt and cost parameters are stored with the
hash so they can be raised later. The hash is never returned by the query functions here, never
logged, and the audit triggers on `users` leave it out (schema migration m002).

The write guard is an SQLite authorizer installed by `services.auth`: it refuses writes at statement
preparation, so a command that forgets a permission check still cannot write without a signed-in user.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import UserError
from tthc_desktop.store import audit
from tthc_desktop.store.db import Store, now_iso

ROLES = {"nhap_lieu": "Nhập liệu", "lanh_dao": "Lãnh đạo", "quan_tri": "Quản trị"}
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# scrypt cost: n=2**15, r=8 needs 32 MiB and about 0.15 s on a 2020 laptop — slow for a guesser, quick for a clerk.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN = 2 ** 15, 8, 1, 32
_PUBLIC_COLUMNS = "username, full_name, role, active, failed_attempts, locked_until, created_at"


# --- password hashing ------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash` (base64) for an NFC-normalised password."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(nfc(password).encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=256 * 1024 * 1024, dklen=SCRYPT_DKLEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    """True if `password` matches the stored `encoded` hash (constant-time compare)."""
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(nfc(password).encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=256 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# --- queries and changes ---------------------------------------------------------------------------

def normalise_username(username: str) -> str:
    """NFC, trimmed, lower case: "Lan.NV " and "lan.nv" are the same account."""
    name = nfc(username or "").strip().lower()
    if not name or any(ch.isspace() for ch in name) or len(name) > 64:
        raise UserError(f"Tên đăng nhập không hợp lệ: “{username}” (không để trống, không chứa dấu cách).")
    return name


def parse_roles(roles: str | list[str] | tuple[str, ...]) -> list[str]:
    """Role codes from "nhap_lieu,quan_tri" or a list; unknown codes refused with the valid ones named."""
    items = roles.split(",") if isinstance(roles, str) else list(roles)
    out = [r.strip() for r in items if r and r.strip()]
    bad = [r for r in out if r not in ROLES]
    if bad or not out:
        raise UserError(f"Vai trò không hợp lệ: {', '.join(bad) or '(trống)'}. Chọn trong: "
                        + ", ".join(f"{k} ({v})" for k, v in ROLES.items()) + ".")
    return list(dict.fromkeys(out))


def _decode(row: dict, now: datetime | None = None) -> dict:
    row["roles"] = parse_roles(row["role"])
    row["role_labels"] = [ROLES[r] for r in row["roles"]]
    moment = (now or datetime.now()).isoformat(timespec="seconds")
    row["locked"] = bool(row.get("locked_until") and row["locked_until"] > moment)
    row["active"] = bool(row["active"])
    return row


def accounts_enabled(store: Store) -> bool:
    """Sign-in is on as soon as one account exists."""
    return bool(store.scalar("SELECT EXISTS (SELECT 1 FROM users)"))


def list_users(store: Store) -> list[dict]:
    """Accounts without their password hash, with `roles`, `role_labels` and `locked` decoded."""
    return [_decode(r) for r in store.rows(f"SELECT {_PUBLIC_COLUMNS} FROM users ORDER BY username")]


def get_user(store: Store, username: str) -> dict | None:
    """One account (no hash), or None."""
    rows = store.rows(f"SELECT {_PUBLIC_COLUMNS} FROM users WHERE username = ?", (normalise_username(username),))
    return _decode(rows[0]) if rows else None


def password_matches(store: Store, username: str, password: str) -> bool:
    """Whether `password` is this account's current one (no counters touched: for "type your old password")."""
    encoded = store.scalar("SELECT password_hash FROM users WHERE username = ?", (normalise_username(username),))
    return bool(encoded) and verify_password(password or "", str(encoded))


def _check_password(username: str, password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")
    if nfc(password).strip().lower() == username:
        raise UserError("Mật khẩu không được trùng tên đăng nhập.")


def _active_admins(store: Store, excluding: str | None = None) -> int:
    rows = store.rows("SELECT username, role FROM users WHERE active = 1")
    return sum(1 for r in rows if r["username"] != excluding and "quan_tri" in parse_roles(r["role"]))


def add_user(store: Store, username: str, roles: str | list[str], password: str,
             full_name: str | None = None) -> dict:
    """Create an account. The first account must be an administrator (quản trị), or no one could manage them."""
    name = normalise_username(username)
    role_list = parse_roles(roles)
    _check_password(name, password)
    with store.atomic():
        if get_user(store, name):
            raise UserError(f"Tài khoản “{name}” đã có.")
        if not accounts_enabled(store) and "quan_tri" not in role_list:
            raise UserError("Tài khoản đầu tiên phải có vai trò quan_tri (Quản trị) để quản lý các tài khoản khác.")
        store.db["users"].insert({"username": name, "full_name": nfc(full_name), "role": ",".join(role_list),
                                  "password_hash": hash_password(password), "active": 1, "failed_attempts": 0,
                                  "created_at": now_iso()})
    return get_user(store, name) or {}


def _require_user(store: Store, username: str) -> str:
    name = normalise_username(username)
    if not store.scalar("SELECT 1 FROM users WHERE username = ?", (name,)):
        raise UserError(f"Không có tài khoản “{name}”.")
    return name


def set_password(store: Store, username: str, password: str) -> None:
    """Replace the password (the audit row notes "password_changed", never the hash)."""
    name = _require_user(store, username)
    _check_password(name, password)
    with store.atomic():
        store.conn.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                           "WHERE username = ?", (hash_password(password), name))


def set_roles(store: Store, username: str, roles: str | list[str]) -> None:
    """Change an account's roles; the last active administrator cannot lose the quan_tri role."""
    name = _require_user(store, username)
    role_list = parse_roles(roles)
    with store.atomic():
        if "quan_tri" not in role_list and not _active_admins(store, excluding=name):
            raise UserError(f"“{name}” là quản trị viên cuối cùng: không thể bỏ vai trò quan_tri.")
        store.conn.execute("UPDATE users SET role = ? WHERE username = ?", (",".join(role_list), name))


def set_active(store: Store, username: str, active: bool) -> None:
    """Disable or re-enable an account (re-enabling also clears a lockout)."""
    name = _require_user(store, username)
    with store.atomic():
        if not active and not _active_admins(store, excluding=name):
            raise UserError(f"“{name}” là quản trị viên cuối cùng đang hoạt động: không thể vô hiệu hóa.")
        store.conn.execute("UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL "
                           "WHERE username = ?", (1 if active else 0, name))


def authenticate(store: Store, username: str, password: str, *, now: datetime | None = None) -> dict:
    """Check a sign-in; count failures, lock for 15 minutes after 5, audit every attempt. Returns the user.

    Raises UserError with a message that does not reveal whether the name exists.
    """
    now = now or datetime.now()
    stamp = now.isoformat(timespec="seconds")
    try:
        name = normalise_username(username)
    except UserError:
        name = nfc(username or "").strip()
    rows = store.rows("SELECT * FROM users WHERE username = ?", (name,))
    wrong = UserError("Sai tên đăng nhập hoặc mật khẩu.")
    with unguarded(store):
        if not rows:
            audit.record(store, "sign_in_failed", table="users", row_key=name, username=name,
                         note="tài khoản không tồn tại")
            raise wrong
        user = rows[0]
        if user["locked_until"] and user["locked_until"] > stamp:
            audit.record(store, "sign_in_failed", table="users", row_key=name, username=name,
                         note="tài khoản đang tạm khóa")
            raise UserError(_locked_message(name, user["locked_until"]))
        failures = 0 if user["locked_until"] else int(user["failed_attempts"] or 0)
        if not verify_password(password or "", user["password_hash"]):
            failures += 1
            locked_until = (now + LOCKOUT).isoformat(timespec="seconds") if failures >= MAX_FAILURES else None
            with store.atomic():
                store.conn.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE username = ?",
                                   (failures, locked_until, name))
                audit.record(store, "account_locked" if locked_until else "sign_in_failed", table="users",
                             row_key=name, username=name, note=f"sai mật khẩu lần {failures}")
            if locked_until:
                raise UserError(_locked_message(name, locked_until))
            raise wrong
        if not user["active"]:
            audit.record(store, "sign_in_failed", table="users", row_key=name, username=name,
                         note="tài khoản đã bị vô hiệu hóa")
            raise UserError(f"Tài khoản “{name}” đã bị vô hiệu hóa. Liên hệ quản trị viên.")
        with store.atomic():
            if user["failed_attempts"] or user["locked_until"]:
                store.conn.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE username = ?",
                                   (name,))
            audit.record(store, "sign_in", table="users", row_key=name, username=name)
    return get_user(store, name) or {}


def _locked_message(name: str, until: str) -> str:
    at = audit.fmt_at(until)
    return (f"Tài khoản “{name}” đang tạm khóa đến {at} vì nhập sai mật khẩu {MAX_FAILURES} lần. "
            "Chờ hết thời gian hoặc nhờ quản trị viên mở lại (tthc-desktop user enable).")


# --- write guard (SQLite authorizer) ---------------------------------------------------------------

_WRITE_CODES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
# Tables SQLite or sqlite-utils write on their own, and the append-only log (its triggers refuse edits).
_ALWAYS_WRITABLE = {"audit_log", "_sqlite_migrations", "sqlite_master", "sqlite_temp_master", "sqlite_sequence",
                    "sqlite_stat1"}


@dataclass
class _Guard:
    decide: Callable[[int, str, str | None], str | None]   # (action, table, column) -> None or the refusal
    bypass: int = 0


_guards: "weakref.WeakKeyDictionary[Store, _Guard]" = weakref.WeakKeyDictionary()
_last_denial: list[str] = []


def _authorizer(store_ref: "weakref.ref[Store]") -> Callable[..., int]:
    def check(action: int, arg1: str | None, arg2: str | None, _db, _trigger) -> int:
        if action not in _WRITE_CODES or not arg1 or arg1 in _ALWAYS_WRITABLE:
            return sqlite3.SQLITE_OK
        store = store_ref()
        guard = _guards.get(store) if store is not None else None
        if guard is None or guard.bypass:
            return sqlite3.SQLITE_OK
        refusal = guard.decide(action, arg1, arg2)  # arg2: the column, for UPDATE
        if refusal is None:
            return sqlite3.SQLITE_OK
        _last_denial[:] = [refusal]
        return sqlite3.SQLITE_DENY
    return check


def set_write_guard(store: Store, decide: Callable[[int, str, str | None], str | None] | None) -> None:
    """Install (or with None remove) the guard; re-installing expires cached statements so they are re-checked."""
    if decide is None:
        _guards.pop(store, None)
        store.conn.set_authorizer(None)
        return
    guard = _guards.get(store)
    if guard is None:
        _guards[store] = _Guard(decide)
    else:
        guard.decide = decide
    store.conn.set_authorizer(_authorizer(weakref.ref(store)))


def refresh_write_guard(store: Store) -> None:
    """Make SQLite re-check every statement against the guard (after the signed-in user changed)."""
    if store in _guards:
        store.conn.set_authorizer(_authorizer(weakref.ref(store)))


@contextmanager
def unguarded(store: Store) -> Iterator[None]:
    """Bookkeeping writes the core does on its own (failed sign-in counters, a user's own password)."""
    guard = _guards.get(store)
    if guard is None:
        yield
        return
    guard.bypass += 1
    try:
        yield
    finally:
        guard.bypass -= 1
        refresh_write_guard(store)  # statements prepared while unguarded must not stay cached as allowed


def last_denial() -> str | None:
    """The message of the last write the guard refused (for translating SQLite's "not authorized")."""
    return _last_denial[0] if _last_denial else None
