"""Commands: plan (the annual KSTTHC plan: create, show, mark tasks done, PDF/DOCX) and targets."""
from __future__ import annotations

import argparse

from tthc_desktop.cli.common import store_for
from tthc_desktop.errors import UserError
from tthc_desktop.services.plans import create_plan, evaluate_targets, render_plan_file
from tthc_desktop.store import plans


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="kế hoạch kiểm soát TTHC năm: tạo mới, xem, đánh dấu hoàn thành, xuất PDF/DOCX")
    p.add_argument("--year", type=int, required=True, help="năm kế hoạch")
    p.add_argument("--out", help="tệp PDF (hoặc .docx) của kế hoạch")
    p.add_argument("--new", action="store_true", help="tạo kế hoạch mới từ kế hoạch năm trước (hoặc mẫu)")
    p.add_argument("--replace", action="store_true", help="với --new: thay kế hoạch đã có")
    p.add_argument("--done", type=int, metavar="TASK_ID", help="đánh dấu nhiệm vụ đã hoàn thành")
    p.add_argument("--note", default="", help="ghi chú khi đánh dấu hoàn thành")
    p.add_argument("--draft", action="store_true", help="bản dự thảo (chữ DỰ THẢO, không có ô chữ ký)")
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("targets", help="chỉ tiêu của năm và mức đạt trong một kỳ")
    p.add_argument("--period", required=True)
    p.set_defaults(func=cmd_targets)


def cmd_plan(args) -> int:
    with store_for(args) as store:
        if args.new:
            create_plan(store, args.year, replace=args.replace)
            print(f"Đã tạo kế hoạch năm {args.year}.")
        if args.done:
            plans.mark_task_done(store, args.done, True, args.note)
            print(f"Đã đánh dấu hoàn thành nhiệm vụ {args.done}.")
        plan = plans.get_plan(store, args.year)
        if plan is None:
            raise UserError(f"Chưa có kế hoạch năm {args.year}: chạy “tthc-desktop plan --year {args.year} --new”.")
        if args.out:
            render_plan_file(store, args.year, args.out, args.draft)
            print(f"Đã ghi kế hoạch năm {args.year} vào {args.out}")
        else:
            for t in plan["tasks"]:
                mark = "x" if t["done"] else " "
                print(f"[{mark}] {t['id']:>3} {t['section']:<3} {t['content']}")
    return 0


def cmd_targets(args) -> int:
    with store_for(args) as store:
        for r in evaluate_targets(store, args.period):
            print(r.sentence())
    return 0
