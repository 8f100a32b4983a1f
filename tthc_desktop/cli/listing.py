"""Command: listing (the public board of procedures with QR codes)."""
from __future__ import annotations

import argparse
from datetime import date

from tthc_desktop.cli.common import store_for


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("listing", help="bảng niêm yết công khai TTHC kèm mã QR (PDF để in)")
    p.add_argument("--out", required=True, help="tệp PDF")
    p.add_argument("--field", help="chỉ một lĩnh vực (gõ không dấu cũng được)")
    p.add_argument("--size", default="A4", choices=["A4", "A3", "a4", "a3"], help="khổ giấy")
    p.add_argument("--date", help="ngày niêm yết YYYY-MM-DD (mặc định hôm nay)")
    p.add_argument("--record", action="store_true", help="ghi nhận lần niêm yết vào sổ văn bản (loại Niêm yết)")
    p.add_argument("--number", default="", help="số văn bản niêm yết khi --record")
    p.set_defaults(func=cmd_listing)

    p = sub.add_parser("relisting", help="các thủ tục đã thay đổi từ lần niêm yết gần nhất (cần niêm yết lại)")
    p.set_defaults(func=cmd_relisting)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        from tthc_desktop.errors import UserError

        raise UserError(f"Ngày không hợp lệ: {text} (dạng YYYY-MM-DD).") from None


def cmd_listing(args) -> int:
    from tthc_desktop.fileio import write_bytes_atomic
    from tthc_desktop.reports.listing import render_listing  # ReportLab loads only when a board is printed
    from tthc_desktop.services.listing import build_board, record_listing

    on = _day(args.date)
    with store_for(args) as store:
        board = build_board(store, on, args.field)
        pdf = render_listing(board, args.size)
        write_bytes_atomic(args.out, pdf)
        print(f"Đã tạo bảng niêm yết {board.count} thủ tục ({len(board.groups)} lĩnh vực) tại {args.out}")
        if args.record:
            record_listing(store, board, args.number)
            print("Đã ghi nhận lần niêm yết vào sổ văn bản.")
    return 0


def cmd_relisting(args) -> int:
    from tthc_desktop.services.listing import needs_relisting

    with store_for(args) as store:
        items = needs_relisting(store)
    if not items:
        print("Không có thủ tục nào cần niêm yết lại.")
    for it in items:
        print(f"{it.code}\t{it.name}\t{it.reason}")
    return 0
