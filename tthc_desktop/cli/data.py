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
    p.add_argument("--period", help="bảng thống kê .xlsx của hệ thống một cửa: kỳ báo cáo (mặc định đọc từ bảng)")
    p.add_argument("--sheet", help="bảng thống kê .xlsx: tên trang tính (mặc định tự tìm)")
    p.add_argument("--map", action="append", default=[], metavar="TÊN_TRONG_BẢNG=LĨNH_VỰC",
                   help="bảng thống kê .xlsx: ghép tay một lĩnh vực chưa khớp (lặp lại được)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="xuất danh mục, văn bản, phản ánh hoặc số liệu ra tệp JSON/CSV")
    p.add_argument("kind", choices=[*KINDS, "register"], metavar="LOẠI",
                   help="catalog | documents | feedback | statistics | register (sổ theo dõi hồ sơ)")
    p.add_argument("--out", required=True, help="tệp đích .json, .csv (có BOM để mở bằng Excel) hoặc .xlsx")
    p.add_argument("--period", help="với statistics và register: một kỳ, ví dụ 2025-Q2")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="tạo dữ liệu mẫu của một xã (danh mục, văn bản, phản ánh, số liệu các quý)")
    p.add_argument("--yes", action="store_true", help="đồng ý ghi dữ liệu mẫu vào tệp đang có dữ liệu thật")
    p.set_defaults(func=cmd_demo)


def cmd_import(args) -> int:
    from tthc_desktop.services.importing import apply_import, import_failure, plan_import

    portal = [f for f in args.files if _is_portal_sheet(f)]
    if portal:
        if len(portal) != len(args.files):
            raise UserError("Nhập bảng thống kê .xlsx riêng, không cùng lúc với tệp khác.")
        return _import_portal_sheets(args, portal)
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


def _is_portal_sheet(path: str) -> bool:
    """An .xlsx whose content is the one-stop statistics sheet (not a procedure catalog)."""
    if not path.lower().endswith((".xlsx", ".xlsm")):
        return False
    from tthc_desktop.exchange.xlsx_read import read_grids

    try:
        grids = read_grids(path)
    except UserError:
        return False
    for grid in grids:
        text = grid.folded_text()
        if "da giai quyet" in text and ("truoc han" in text or "dang giai quyet" in text):
            return True
    return False


def _parse_map(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise UserError(f"--map cần dạng “Tên trong bảng=Lĩnh vực”, nhận được “{item}”.")
        left, right = item.split("=", 1)
        out[left.strip()] = right.strip()
    return out


def _import_portal_sheets(args, paths: list[str]) -> int:
    """Dry run (what lands, unmatched names, every total that disagrees) or --apply of portal sheets."""
    from tthc_desktop.domain.formatting import fmt_int
    from tthc_desktop.domain.text import nfc
    from tthc_desktop.services.portal_import import apply_portal_import, preview_portal_import

    manual = {nfc(k): nfc(v) for k, v in _parse_map(args.map).items()}
    with store_for(args) as store:
        previews = [preview_portal_import(store, p, args.period, args.sheet, manual) for p in paths]
        blocked = False
        for path, imp in zip(paths, previews):
            print(f"{path}: bảng thống kê {imp.sheet.period_text or ''} → kỳ {imp.period.name} ({imp.period.code}), "
                  f"{len(imp.rows)} dòng lĩnh vực")
            for row in imp.rows:
                c = row.counts
                where = f" [{row.source_system}]" if row.source_system else ""
                print(f"  + {row.label}{where}: tiếp nhận {fmt_int(c.shown_received())}, đã giải quyết "
                      f"{fmt_int(c.shown_resolved())}, đang giải quyết {fmt_int(c.pending)}")
            for name in imp.unmatched:
                hint = imp.suggestions.get(name)
                print(f"  ! Chưa ghép được lĩnh vực “{name}”"
                      + (f" (gần nhất: {hint}; dùng --map \"{name}={hint}\")" if hint else " (dùng --map)"))
                blocked = True
            for diff in imp.differences:
                print(f"  ≠ {diff}")
            for f in imp.findings:
                print(f"  [{'LỖI' if f.severity == 'error' else 'CẢNH BÁO'}] {f.message}")
        if blocked:
            raise UserError("Còn lĩnh vực chưa ghép với danh mục: chưa ghi gì. Ghép bằng --map rồi chạy lại.")
        if not args.apply:
            print("Chạy thử: chưa ghi gì. Chạy lại với --apply để ghi.")
            return 0
        from tthc_desktop.store import statistics

        existing = [imp.period.name for imp in previews if statistics.stat_rows(store, imp.period.code)]
        if existing and not confirm(args, "Thay số liệu đã có của " + ", ".join(existing)):
            raise UserError("Đã hủy nhập dữ liệu; chưa ghi gì.")
        with store.atomic():
            written = sum(apply_portal_import(store, imp) for imp in previews)
        print(f"Đã ghi {written} dòng số liệu trong một giao dịch.")
    return 0


def cmd_export(args) -> int:
    from tthc_desktop.services.exporting import export_kind

    with store_for(args) as store:
        if args.kind == "register":
            from tthc_desktop.domain.periods import parse_period
            from tthc_desktop.services.register_import import export_register

            p = parse_period(args.period) if args.period else None
            n = export_register(store, args.out, start=p.start.isoformat() if p else None,
                                end=p.end.isoformat() if p else None)
        else:
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
