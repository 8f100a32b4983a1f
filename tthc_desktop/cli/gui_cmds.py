"""Commands: smoke (open the main window, print how long it took) and screenshots (every screen to PNG).

Both work without a display (QT_QPA_PLATFORM=offscreen is set when no display is available) and never
touch the clerk's own data: smoke uses a temporary store unless --db is given, screenshots a demo copy.
"""
from __future__ import annotations

import argparse
import os
import sys
import time


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("smoke", help="mở cửa sổ chính, chờ hiển thị, in thời gian khởi động rồi thoát (kiểm tra "
                                     "bản đóng gói)")
    p.add_argument("--png", help="lưu ảnh cửa sổ chính vào tệp PNG này")
    p.set_defaults(func=cmd_smoke)
    p = sub.add_parser("screenshots", help="chụp mọi màn hình với dữ liệu mẫu ra tệp PNG (không cần màn hình)")
    p.add_argument("--out", required=True, help="thư mục ghi ảnh")
    p.set_defaults(func=cmd_screenshots)


def _headless_if_needed() -> None:
    """Offscreen Qt when there is no display (CI, SSH); must run before the first Qt import."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_smoke(args) -> int:
    started = time.perf_counter()
    _headless_if_needed()
    from tthc_desktop.gui.app import smoke_test

    result = smoke_test(getattr(args, "db", None), getattr(args, "png", None), started)
    if result is None:
        print("Lỗi: cửa sổ chính không hiển thị sau 10 giây.", file=sys.stderr)
        return 1
    print(f"smoke ok: cửa sổ chính hiển thị sau {result[0]:.3f} s, màn hình đầu có dữ liệu sau {result[1]:.3f} s")
    return 0


def cmd_screenshots(args) -> int:
    _headless_if_needed()
    from tthc_desktop.gui.screenshots import render_screenshots

    files = render_screenshots(args.out, getattr(args, "db", None))
    for path in files:
        print(path)
    print(f"Đã chụp {len(files)} ảnh vào {args.out}")
    return 0
