"""Commands: backup, restore, audit, user (add, list, passwd, disable, enable, roles), unlock.

Also the sign-in every command goes through (`sign_in_from_args`, called by `cli.common.store_for`):
when accounts are on, `--user NAME` signs in with the password from the TTHC_PASSWORD environment
variable or typed at a hidden prompt; without `--user` a command may read but not write.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from argparse import Namespace
from pathlib import Path

from tthc_desktop.cli.common import confirm, print_json, store_for
from tthc_desktop.errors import UserError
from tthc_desktop.services import auth, safety
from tthc_desktop.store import accounts
from tthc_desktop.store import audit as audit_store
from tthc_desktop.store import backup as backup_store
from tthc_desktop.store.db import Store, default_db_path, open_store

ENV_PASSWORD = "TTHC_PASSWORD"
ENV_NEW_PASSWORD = "TTHC_NEW_PASSWORD"


def read_password(prompt: str, env: str = ENV_PASSWORD) -> str:
    """The password from `env`, else a hidden prompt; never waits on a closed or non-interactive stdin."""
    value = os.environ.get(env)
    if value:
        return value
    try:
        interactive = bool(sys.stdin) and not sys.stdin.closed and sys.stdin.isatty()
    except (ValueError, OSError):  # detached stdin
        interactive = False
    if not interactive:
        raise UserError(f"Cần mật khẩu: đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as exc:
        raise UserError("Chưa nhập mật khẩu.") from exc


def read_new_password(name: str) -> str:
    """A new password from TTHC_NEW_PASSWORD, else typed twice."""
    value = os.environ.get(ENV_NEW_PASSWORD)
    if value:
        return value
    first = read_password(f"Mật khẩu mới cho {name}: ", env=ENV_NEW_PASSWORD)
    if read_password("Nhập lại mật khẩu mới: ", env=ENV_NEW_PASSWORD) != first:
        raise UserError("Hai lần nhập mật khẩu mới không khớp.")
    return first


def sign_in_from_args(store: Store, args: Namespace) -> None:
    """Sign in `--user` when accounts are on (else just record the name in the audit log)."""
    auth.attach(store)
    user = getattr(args, "user", None)
    if not accounts.accounts_enabled(store):
        if user:
            store.set_user(user)
        return
    if user:
        password = read_password(f"Mật khẩu của {user}: ")
        auth.sign_in(store, user, password)
        args.sign_in_password = password  # lets `user passwd` prove the old password without asking twice


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sao lưu dữ liệu ra một tệp (USB) hoặc vào thư mục sao lưu")
    p.add_argument("--out", help="tệp sao lưu cần tạo, hoặc thư mục (ví dụ USB) để đặt tệp vào; "
                                 "mặc định: thư mục sao lưu (cài đặt backup_dir)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục dữ liệu từ một tệp sao lưu (giữ lại dữ liệu hiện tại)")
    p.add_argument("file", help="tệp sao lưu")
    p.add_argument("--yes", action="store_true", help="không hỏi lại")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("backups", help="liệt kê các bản sao lưu trong thư mục sao lưu")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("audit", help="xem nhật ký thay đổi")
    p.add_argument("--table", help="bảng, ví dụ feedback, procedures, dossier_stats")
    p.add_argument("--user", dest="filter_user", help="chỉ các thay đổi của người dùng này")
    p.add_argument("--action", help="insert, update, delete, sign_in, unlock, restore ...")
    p.add_argument("--since", help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--until", help="đến hết ngày (YYYY-MM-DD)")
    p.add_argument("--text", help="tìm trong nội dung (không phân biệt dấu)")
    p.add_argument("--limit", type=int, default=50, help="số dòng tối đa (mặc định 50)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("user", help="tài khoản người dùng (bật đăng nhập khi tạo tài khoản đầu tiên)")
    usub = p.add_subparsers(dest="user_command", metavar="LỆNH", required=True)
    q = usub.add_parser("add", help="tạo tài khoản; mật khẩu từ TTHC_NEW_PASSWORD hoặc nhập ẩn")
    q.add_argument("name")
    q.add_argument("--role", action="append", required=True,
                   help="nhap_lieu, lanh_dao, quan_tri (lặp lại hoặc cách nhau bởi dấu phẩy)")
    q.add_argument("--full-name", help="họ và tên")
    q.set_defaults(func=cmd_user_add)
    q = usub.add_parser("list", help="liệt kê tài khoản")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_user_list)
    q = usub.add_parser("passwd", help="đổi mật khẩu (của mình, hoặc của người khác nếu là quản trị)")
    q.add_argument("name", nargs="?")
    q.set_defaults(func=cmd_user_passwd)
    for name, helptext in (("disable", "vô hiệu hóa tài khoản"), ("enable", "mở lại tài khoản (cả khi bị tạm khóa)")):
        q = usub.add_parser(name, help=helptext)
        q.add_argument("name")
        q.set_defaults(func=cmd_user_active, active=name == "enable")
    q = usub.add_parser("roles", help="đổi vai trò của tài khoản")
    q.add_argument("name")
    q.add_argument("--role", action="append", required=True)
    q.set_defaults(func=cmd_user_roles)

    p = sub.add_parser("unlock", help="mở khóa kỳ báo cáo đã phát hành (lãnh đạo, kèm lý do)")
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2024-Q2")
    p.add_argument("--reason", required=True, help="lý do mở khóa (ghi vào nhật ký)")
    p.set_defaults(func=cmd_unlock)


# --- backup and restore ----------------------------------------------------------------------------

def cmd_backup(args) -> int:
    with store_for(args) as store:
        auth.require(store, "backup")
        path = safety.manual_backup(store, args.out)
    info = backup_store.inspect_backup(path)
    print(f"Đã sao lưu vào {path} (đã kiểm tra toàn vẹn). Có thể rút USB.")
    for line in info.summary_lines()[1:]:
        print(line)
    return 0


def cmd_restore(args) -> int:
    source = Path(args.file)
    info = backup_store.check_backup(source)
    print("Bản sao lưu hợp lệ:")
    for line in info.summary_lines():
        print(f"  {line}")
    db_path = Path(args.db) if args.db else default_db_path()
    keep_folder, user = None, getattr(args, "user", None) or "system"
    check = safety.startup_check(db_path)
    if check.status == "ok":
        with open_store(db_path, create=False) as store:
            sign_in_from_args(store, args)
            auth.require(store, "restore")
            keep_folder = safety.backup_folder(store)
            user = store.user
    elif check.status == "damaged":
        print(f"Tệp dữ liệu hiện tại bị hỏng ({'; '.join(check.problems[:2])}): sẽ được giữ nguyên bản trong thư "
              "mục sao lưu.")
    if not confirm(args, f"Thay thế dữ liệu tại {db_path} bằng bản sao lưu này?"):
        print("Chưa khôi phục.")
        return 1
    result = safety.restore(db_path, source, user=user, keep_folder=keep_folder)
    print(f"Đã khôi phục dữ liệu từ {source}.")
    if result.previous_kept_as:
        print(f"Dữ liệu trước khi khôi phục được lưu tại {result.previous_kept_as}.")
    return 0


def cmd_backups(args) -> int:
    with store_for(args) as store:
        folder = safety.backup_folder(store)
    entries = backup_store.list_backups(folder)
    if not entries:
        print(f"Chưa có bản sao lưu nào trong {folder}.")
        return 0
    print(f"Thư mục sao lưu: {folder}")
    for e in entries:
        print(f"  {audit_store.fmt_at(e.taken_at)}  {backup_store.KIND_LABELS[e.kind]:<20} {e.path.name}")
    return 0


# --- audit -----------------------------------------------------------------------------------------

def cmd_audit(args) -> int:
    flt = audit_store.AuditFilter(table=args.table, user=args.filter_user, action=args.action, since=args.since,
                                  until=args.until, text=args.text)
    try:
        with store_for(args) as store:
            rows = audit_store.query_audit(store, flt, limit=args.limit)
            total = audit_store.count_audit(store, flt)
    except ValueError as exc:
        raise UserError(f"Ngày không hợp lệ (cần dạng YYYY-MM-DD): {exc}") from exc
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(audit_store.describe(row))
    print(f"{len(rows)} / {total} dòng nhật ký.")
    return 0


# --- accounts --------------------------------------------------------------------------------------

def cmd_user_add(args) -> int:
    roles = [r for item in args.role for r in item.split(",")]
    with store_for(args, create=True) as store:
        first = not accounts.accounts_enabled(store)
        if not first:
            auth.require(store, "manage_accounts")
        user = auth.create_account(store, args.name, roles, read_new_password(args.name), args.full_name)
    print(f"Đã tạo tài khoản “{user['username']}” ({', '.join(user['role_labels'])}).")
    if first:
        print("Đã bật đăng nhập: từ nay các lệnh ghi dữ liệu cần --user TÊN và mật khẩu (biến TTHC_PASSWORD).")
    return 0


def cmd_user_list(args) -> int:
    with store_for(args) as store:
        users = accounts.list_users(store)
    if args.json:
        print_json(users)
        return 0
    if not users:
        print("Chưa có tài khoản nào: đăng nhập đang tắt (một người dùng).")
        return 0
    for u in users:
        state = "vô hiệu hóa" if not u["active"] else ("tạm khóa" if u["locked"] else "hoạt động")
        print(f"{u['username']:<16} {', '.join(u['role_labels']):<28} {state:<12} {u['full_name'] or ''}")
    return 0


def cmd_user_passwd(args) -> int:
    with store_for(args) as store:
        session = auth.current_session(store)
        name = args.name or (session.username if session else None)
        if not name:
            raise UserError("Cho biết tài khoản cần đổi mật khẩu (tthc-desktop --user TÊN user passwd).")
        own = session is not None and session.username == accounts.normalise_username(name)
        old = getattr(args, "sign_in_password", None) if own else None
        auth.change_password(store, name, read_new_password(name), old_password=old)
    print(f"Đã đổi mật khẩu của “{accounts.normalise_username(name)}”.")
    return 0


def cmd_user_active(args) -> int:
    with store_for(args) as store:
        (auth.enable_account if args.active else auth.disable_account)(store, args.name)
    print(f"Đã {'mở lại' if args.active else 'vô hiệu hóa'} tài khoản “{accounts.normalise_username(args.name)}”.")
    return 0


def cmd_user_roles(args) -> int:
    roles = [r for item in args.role for r in item.split(",")]
    with store_for(args) as store:
        auth.change_roles(store, args.name, roles)
    print(f"Đã đổi vai trò của “{accounts.normalise_username(args.name)}”: {', '.join(roles)}.")
    return 0


# --- period unlock ---------------------------------------------------------------------------------

def cmd_unlock(args) -> int:
    with store_for(args) as store:
        reports = safety.unlock_period(store, args.period, args.reason)
    for r in reports:
        print(f"Đã mở khóa kỳ {r['period']} (báo cáo số {r['number'] or r['id']}); lý do: {r['unlock_reason']}")
    return 0
