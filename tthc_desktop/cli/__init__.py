"""Command line: `tthc-desktop` with no command opens the GUI; every GUI job also runs headless here.

Each command group lives in its own module with a `register(subparsers)` function; add new modules to
COMMAND_MODULES. A command function takes the parsed args and returns an exit code.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys

from tthc_desktop import __version__
from tthc_desktop.errors import UserError

# Which module registers which command: a command run imports only its own module (and so only the
# libraries it needs); `--help` and the docs test build the full parser. tests/test_docs.py checks this
# index against what the modules register.
COMMAND_INDEX = {
    "tthc_desktop.cli.core": ("check", "figures", "init", "validate"),
    "tthc_desktop.cli.exchange": ("aggregate", "aggregate-report", "completeness", "drives", "export-package",
                                  "import-package", "key", "packages", "receiving-settings", "unit"),
    "tthc_desktop.cli.gui_cmds": ("screenshots", "smoke"),
    "tthc_desktop.cli.report": ("report",),
    "tthc_desktop.cli.data": ("demo", "export", "import"),
    "tthc_desktop.cli.listing": ("listing", "relisting"),
    "tthc_desktop.cli.plan": ("plan", "targets"),
    "tthc_desktop.cli.register": ("days-off", "due-date", "receipt", "register"),
    "tthc_desktop.cli.safety": ("audit", "backup", "backups", "restore", "unlock", "user"),
}
COMMAND_MODULES = list(COMMAND_INDEX)


def _module_of(argv: list[str]) -> str | None:
    """The module registering the command named in `argv` (skipping the global options), if any."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in ("--db", "--user"):
            i += 2
            continue
        if token.startswith("-"):
            return None  # --help, --version, --db=...: the full parser handles these
        return next((m for m, cmds in COMMAND_INDEX.items() if token in cmds), None)
    return None


def build_parser(modules: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tthc-desktop",
        description="TTHC Desktop — kiểm soát thủ tục hành chính cấp xã. Không có lệnh: mở giao diện.",
    )
    parser.add_argument("--version", action="version", version=f"TTHC Desktop {__version__}")
    parser.add_argument("--db", help="đường dẫn tệp dữ liệu SQLite (mặc định: thư mục dữ liệu người dùng, "
                                     "hoặc biến môi trường TTHC_DB)")
    parser.add_argument("--user", help="tên đăng nhập (khi đã bật tài khoản)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in modules or COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _configure_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")  # Windows consoles default to a code page without Vietnamese
        except (AttributeError, ValueError):
            pass


def _gui_fast_path(argv: list[str]) -> argparse.Namespace | None:
    """`tthc-desktop [--db F] [--user U]` (the GUI) and `... smoke`: parsed without importing every command
    module (ReportLab, openpyxl ...), so the window opens about a second sooner. None for anything else."""
    fast = argparse.ArgumentParser(add_help=False)
    fast.add_argument("--db")
    fast.add_argument("--user")
    fast.add_argument("rest", nargs="*")
    try:
        args, unknown = fast.parse_known_args(argv)
    except SystemExit:
        return None
    if unknown or args.rest not in ([], ["smoke"]):
        return None
    args.command = args.rest[0] if args.rest else None
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point of `tthc-desktop`."""
    _configure_stdio()
    fast = _gui_fast_path(sys.argv[1:] if argv is None else argv)
    if fast is not None:
        if fast.db:
            os.environ["TTHC_DB"] = fast.db
        if fast.command == "smoke":
            from tthc_desktop.cli.gui_cmds import cmd_smoke

            fast.png = None
            return cmd_smoke(fast)
        from tthc_desktop.gui.app import run_gui

        return run_gui(fast)
    argv = sys.argv[1:] if argv is None else argv
    module = _module_of(argv)
    parser = build_parser([module] if module else None)
    args = parser.parse_args(argv)
    if args.db:
        os.environ["TTHC_DB"] = args.db
    if not args.command:
        from tthc_desktop.gui.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except (OSError, sqlite3.Error) as exc:  # disk full, read-only folder, locked file, refused by sign-in
        from tthc_desktop.services.safety import describe_error

        message = describe_error(exc, args.db)
        if message is None:
            raise
        print(f"Lỗi: {message}", file=sys.stderr)
        return UserError.exit_code
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
