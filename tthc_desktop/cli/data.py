"""Commands: import, export, demo (data in and out, and the demo commune)."""
from __future__ import annotations

import argparse
import sys

from tthc_desktop.cli.common import confirm, store_for
from tthc_desktop.errors import UserError
from tthc_desktop.services.data_formats import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="nhập danh mục, văn bản, phản ánh hoặc số liệu từ tệp JSON/CSV "
                                      "(mặc định chạy thử, không ghi)")
    p.add_argument("files", nargs="+", metavar="TỆP",
                   help="tệp .json hoặc .csv (UTF-8, có hoặc không có BOM); danh mục TTHC của tỉnh: cả .xlsx")
    p.add_argument("--apply", action="store_true", help="ghi thật (tất cả trong một giao dịch, hoặc không gì cả)")
    p.add_argument("--kind", choices=KINDS, help="loại dữ liệu, khi không đoán được từ các cột")
    p.add_argument("--replace", action="store_true",
                   help="số liệu hồ sơ: xóa các dòng của kỳ không có trong tệp (thay toàn bộ kỳ)")
    p.add_argument("--yes", action="store_true", help="không hỏi lại khi ghi đè dữ liệu đã có")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="xuất danh mục, văn bản, phản ánh hoặc số liệu ra tệp JSON/CSV")
    p.add_argument("kind", choices=KINDS, metavar="LOẠI", help="catalog | documents | feedback | statistics")
    p.add_argument("--out", required=True, help="tệp đích .json, .csv (có BOM để mở bằng Excel) hoặc .xlsx")
    p.add_argument("--period", help="chỉ với statistics: một kỳ, ví dụ 2025-Q2")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="tạo dữ liệu mẫu của một xã (danh mục, văn bản, phản ánh, số liệu các quý)")
    p.add_argument("--yes", action="store_true", help="đồng ý ghi dữ liệu mẫu vào tệp đang có dữ liệu thật")
    p.set_defaults(func=cmd_demo)


def cmd_import(args) -> int:
    from tthc_desktop.services.importing import apply_import, import_failure, plan_import

    with store_for(args) as store:
        plan = plan_import(store, args.files, kind=args.kind, replace=args.replace)
        for line in plan.summary_lines():
            print(line)
        if plan.errors():
            raise import_failure(plan)
        if not args.apply:
            print("Chạy thử: chưa ghi gì. Chạy lại với --apply để ghi.")
            return 0
        if plan.writes == 0:
            print("Không có gì thay đổi; không ghi gì.")
            return 0
        overwrites = plan.count("changed") + plan.count("deleted")
        if overwrites and not confirm(args, f"Ghi đè {overwrites} dòng dữ liệu đã có?"):
            raise UserError("Đã hủy nhập dữ liệu; chưa ghi gì.")
        apply_import(store, plan)
        print(f"Đã ghi trong một giao dịch: {plan.count('new')} mới, {plan.count('changed')} thay đổi"
              + (f", {plan.count('deleted')} xóa" if plan.count("deleted") else "") + ".")
    return 0


def cmd_export(args) -> int:
    from tthc_desktop.services.exporting import export_kind

    with store_for(args) as store:
        n = export_kind(store, args.kind, args.out, period=args.period)
    print(f"Đã xuất {n} dòng ra {args.out}")
    return 0


def cmd_demo(args) -> int:
    from tthc_desktop.services.demo import build_demo, real_data_summary

    with store_for(args, create=True) as store:
        existing = real_data_summary(store)
        if existing and not confirm(args, f"Tệp dữ liệu {store.path} đang chứa dữ liệu thật ({existing}). "
                                          "Thay thông tin đơn vị bằng xã mẫu và thêm dữ liệu mẫu"):
            raise UserError(f"Không tạo dữ liệu mẫu: tệp {store.path} đang chứa dữ liệu thật ({existing}). "
                            "Dùng một tệp khác (--db demo.sqlite3) hoặc thêm --yes nếu chắc chắn.")
        summary = build_demo(store)
    for line in summary.lines():
        print(line)
    sys.stdout.flush()
    return 0
