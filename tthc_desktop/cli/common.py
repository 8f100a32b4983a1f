"""Helpers shared by CLI commands: opening the store for the user, confirmations, JSON output."""
from __future__ import annotations

import json
import sys
from argparse import Namespace
from typing import Any

from tthc_desktop.store import Store, open_store


def store_for(args: Namespace, *, create: bool = False) -> Store:
    """Open the store named by --db / TTHC_DB / the default, with the user from --user.

    A damaged file stops here with a message naming the newest good backup; when accounts are on,
    `--user` signs in (password from TTHC_PASSWORD or a prompt) and writes without it are refused.
    """
    from tthc_desktop.cli.safety import sign_in_from_args
    from tthc_desktop.services.safety import ensure_healthy

    ensure_healthy(getattr(args, "db", None))
    store = open_store(getattr(args, "db", None), create=create)
    try:
        sign_in_from_args(store, args)
    except BaseException:
        store.close()
        raise
    return store


def confirm(args: Namespace, question: str) -> bool:
    """Ask a yes/no question unless --yes was given; a closed or non-interactive stdin answers no."""
    if getattr(args, "yes", False):
        return True
    try:
        interactive = bool(sys.stdin) and sys.stdin.isatty()
    except (ValueError, OSError):  # closed or detached stdin
        interactive = False
    if not interactive:
        print(f"{question} — cần xác nhận: chạy lại với --yes.", file=sys.stderr)
        return False
    try:
        answer = input(f"{question} [c/K] ").strip().lower()
    except EOFError:
        return False
    return answer in ("c", "co", "có", "y", "yes")


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
