"""Roles and permission checks (phân quyền) used by every service, the CLI and the GUI.

Roles: nhập liệu (enter and edit data), lãnh đạo (issue reports, unlock periods), quản trị
(accounts, settings, restore). An account may hold several roles ("nhap_lieu,quan_tri" for a
one-person office). With no account in the store, sign-in is off and everything is allowed.

Two layers, both in the core:
- `require(store, action)` at the start of a service raises PermissionDenied with a Vietnamese message;
- the write guard (an SQLite authorizer, see `store.accounts`) refuses any write while nobody is signed
  in, writes to the accounts table without the quản trị role, and the report columns that issue or unlock
  a report without the lãnh đạo role — even if a service forgot `require`.
"""
from __future__ import annotations

import sqlite3
import weakref
from dataclasses import dataclass, field
from datetime import datetime

from tthc_desktop.errors import PermissionDenied, UserError
from tthc_desktop.store import accounts, audit
from tthc_desktop.store.accounts import ROLES, accounts_enabled
from tthc_desktop.store.db import Store

# action -> (what it is, in Vietnamese, as it reads after "không được phép"; roles allowed)
ACTIONS: dict[str, tuple[str, frozenset[str]]] = {
    "edit_data": ("nhập, sửa số liệu", frozenset({"nhap_lieu", "lanh_dao"})),
    "import_data": ("nhập số liệu từ tệp", frozenset({"nhap_lieu", "lanh_dao"})),
    "export_package": ("xuất gói báo cáo", frozenset({"nhap_lieu", "lanh_dao"})),
    "issue_report": ("phát hành báo cáo", frozenset({"lanh_dao"})),
    "unlock_period": ("mở khóa kỳ báo cáo", frozenset({"lanh_dao"})),
    "manage_accounts": ("quản lý tài khoản", frozenset({"quan_tri"})),
    "edit_settings": ("thay đổi cài đặt, thông tin đơn vị", frozenset({"quan_tri"})),
    "restore": ("khôi phục dữ liệu từ bản sao lưu", frozenset({"quan_tri"})),
    "backup": ("sao lưu dữ liệu", frozenset(ROLES)),
}


@dataclass(frozen=True)
class Session:
    """Who is signed in on one open store."""

    username: str
    roles: tuple[str, ...]
    full_name: str | None = None
    signed_in_at: datetime = field(default_factory=datetime.now)

    @property
    def role_labels(self) -> str:
        return ", ".join(ROLES[r] for r in self.roles)


_sessions: "weakref.WeakKeyDictionary[Store, Session]" = weakref.WeakKeyDictionary()


def current_session(store: Store) -> Session | None:
    """The signed-in user on this store, or None."""
    return _sessions.get(store)


# Report columns whose change is issuing (phát hành) or unlocking (mở khóa): guarded column by column, so a
# report service that forgot `require` still cannot let a clerk issue or unlock.
_ISSUE_COLUMNS = frozenset({"status", "number", "issued_on", "snapshot", "pdf", "pdf_sha256", "issued_by"})
_UNLOCK_COLUMNS = frozenset({"unlocked_at", "unlocked_by", "unlock_reason"})


def _refusal(session: Session, action: str) -> str | None:
    what, roles = ACTIONS[action]
    if set(session.roles) & roles:
        return None
    needed = " hoặc ".join(ROLES[r] for r in ROLES if r in roles)
    return (f"Tài khoản “{session.username}” (vai trò {session.role_labels}) không được phép {what}. "
            f"Cần vai trò {needed}.")


def _decide(store_ref: "weakref.ref[Store]"):
    def decide(op: int, table: str, column: str | None) -> str | None:
        store = store_ref()
        if store is None:
            return None
        session = _sessions.get(store)
        if session is None:
            return ("Đã bật đăng nhập: cần đăng nhập trước khi ghi dữ liệu "
                    "(dòng lệnh: thêm --user TÊN và mật khẩu trong biến TTHC_PASSWORD).")
        if table == "users":
            return _refusal(session, "manage_accounts")
        if table == "reports" and op == sqlite3.SQLITE_UPDATE:
            if column in _ISSUE_COLUMNS:
                return _refusal(session, "issue_report")
            if column in _UNLOCK_COLUMNS:
                return _refusal(session, "unlock_period")
        return None
    return decide


def attach(store: Store) -> None:
    """Call once after opening a store: when accounts are on, installs the write guard (no session yet)."""
    if accounts_enabled(store):
        accounts.set_write_guard(store, _decide(weakref.ref(store)))


def _start_session(store: Store, user: dict) -> Session:
    session = Session(user["username"], tuple(user["roles"]), user.get("full_name"))
    _sessions[store] = session
    store.set_user(session.username)
    accounts.set_write_guard(store, _decide(weakref.ref(store)))
    return session


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> Session:
    """Check the password (lockout after 5 failures), audit it, and make this user the store's user."""
    user = accounts.authenticate(store, username, password, now=now)
    previous = _sessions.get(store)
    if previous is not None and previous.username != user["username"]:
        audit.record(store, "sign_out", table="users", row_key=previous.username, username=previous.username)
    return _start_session(store, user)


def sign_out(store: Store) -> None:
    """End the session: the audit log records it and writes are refused until the next sign-in."""
    session = _sessions.pop(store, None)
    if session is not None:
        audit.record(store, "sign_out", table="users", row_key=session.username, username=session.username)
        store.set_user("system")
        accounts.refresh_write_guard(store)


def can(store: Store, action: str) -> bool:
    """Whether `action` is allowed now (for enabling buttons); unknown actions are a programming error."""
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}; known: {', '.join(ACTIONS)}")
    if not accounts_enabled(store):
        return True
    session = _sessions.get(store)
    return bool(session and set(session.roles) & ACTIONS[action][1])


def require(store: Store, action: str) -> None:
    """Raise PermissionDenied (Vietnamese message naming the role needed) unless `action` is allowed."""
    if can(store, action):
        return
    session = _sessions.get(store)
    if session is None:
        what, roles = ACTIONS[action]
        needed = " hoặc ".join(ROLES[r] for r in ROLES if r in roles)
        raise PermissionDenied(f"Cần đăng nhập để {what} (vai trò {needed}).")
    raise PermissionDenied(_refusal(session, action) or "")


# --- account management with the checks ------------------------------------------------------------

def create_account(store: Store, username: str, roles: str | list[str], password: str,
                   full_name: str | None = None) -> dict:
    """Create an account (quản trị only, except the very first one, which turns sign-in on and is signed in)."""
    first = not accounts_enabled(store)
    if not first:
        require(store, "manage_accounts")
    user = accounts.add_user(store, username, roles, password, full_name)
    if first:
        _start_session(store, user)
    return user


def change_password(store: Store, username: str, new_password: str, *, old_password: str | None = None) -> None:
    """A user changes their own password (old one required); a quản trị resets anyone's."""
    session = _sessions.get(store)
    name = accounts.normalise_username(username)
    if session and session.username == name and "quan_tri" not in session.roles:
        if old_password is None or not accounts.password_matches(store, name, old_password):
            raise UserError("Mật khẩu hiện tại không đúng.")
        with accounts.unguarded(store):
            accounts.set_password(store, name, new_password)
        return
    require(store, "manage_accounts")
    accounts.set_password(store, name, new_password)


def disable_account(store: Store, username: str) -> None:
    require(store, "manage_accounts")
    accounts.set_active(store, username, False)


def enable_account(store: Store, username: str) -> None:
    """Re-enable an account and clear a lockout."""
    require(store, "manage_accounts")
    accounts.set_active(store, username, True)


def change_roles(store: Store, username: str, roles: str | list[str]) -> None:
    require(store, "manage_accounts")
    accounts.set_roles(store, username, roles)


def denial_message(exc: BaseException) -> str | None:
    """Vietnamese text for SQLite's "not authorized" raised by the write guard; None for other errors."""
    if isinstance(exc, sqlite3.DatabaseError) and (
            getattr(exc, "sqlite_errorname", "") == "SQLITE_AUTH" or "not authorized" in str(exc)):
        return accounts.last_denial() or "Không có quyền ghi dữ liệu: hãy đăng nhập bằng tài khoản có quyền."
    return None
