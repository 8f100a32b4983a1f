"""Commands: plan (the annual KSTTHC plan: create, show, mark tasks done, PDF/DOCX) and targets."""
from __future__ import annotations

import argparse
from datetime import datetime

from tthc_desktop.cli.common import store_for
from tthc_desktop.errors import UserError
from tthc_desktop.fileio import write_bytes_atomic
from tthc_desktop.services.plans import create_plan, evaluate_targets
from tthc_desktop.store import plans
from tthc_desktop.store.profile import get_profile


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


def render_plan(store, year: int, out: str, draft: bool = False) -> None:
    """Write the plan of `year` as PDF (PDF/A, signature field) or DOCX, by the file extension."""
    from tthc_desktop.reports.plan import plan_document

    plan = plans.get_plan(store, year)
    if plan is None:
        raise UserError(f"Chưa có kế hoạch năm {year}: chạy “tthc-desktop plan --year {year} --new”.")
    profile = get_profile(store) or {}
    doc = plan_document(plan, profile, draft=draft)
    title = f"Kế hoạch kiểm soát thủ tục hành chính năm {year}"
    author = f"UBND {profile.get('name', '')}".strip()
    if out.lower().endswith(".docx"):
        from tthc_desktop.reports.docx_writer import render_docx

        data = render_docx(doc, title=title, author=author, subject=title)
    else:
        from tthc_desktop.reports.nd30 import render_pdf

        stamp = plan.get("issued_on") or f"{year}-01-01"
        data = render_pdf(doc, title=title, author=author, subject=title, keywords=["kế hoạch", "KSTTHC"],
                          creation_date=datetime.fromisoformat(stamp), draft=draft)
    write_bytes_atomic(out, data)


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
            render_plan(store, args.year, args.out, args.draft)
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
