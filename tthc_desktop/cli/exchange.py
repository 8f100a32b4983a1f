"""Commands of the USB exchange: key, export-package, drives (sender); unit, import-package, packages,
completeness, aggregate, aggregate-report (receiving level)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tthc_desktop.cli.common import confirm, print_json, store_for
from tthc_desktop.domain.formatting import fmt_date, fmt_int, fmt_pct_value
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.exchange import drives, keys
from tthc_desktop.services import aggregate as agg
from tthc_desktop.services import exchange
from tthc_desktop.store import receiving
from tthc_desktop.store.profile import UNIT_TYPES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("key", help="khóa ký gói dữ liệu của đơn vị")
    ks = p.add_subparsers(dest="key_command", metavar="LỆNH", required=True)
    k = ks.add_parser("show", help="in dấu vân tay khóa (tạo khóa nếu chưa có) để cấp nhận báo cáo đăng ký")
    k.add_argument("--public", action="store_true", help="in thêm khóa công khai đầy đủ (base64)")
    k.set_defaults(func=cmd_key_show)

    p = sub.add_parser("export-package", help="xuất gói dữ liệu của một kỳ ra USB để gửi cấp nhận báo cáo")
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q2")
    p.add_argument("--out", help="thư mục đích (mặc định: ổ USB duy nhất đang cắm)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("drives", help="liệt kê các ổ USB (ổ di động) đang cắm")
    p.set_defaults(func=cmd_drives)

    p = sub.add_parser("unit", help="đơn vị gửi báo cáo (dùng ở cấp nhận báo cáo)")
    us = p.add_subparsers(dest="unit_command", metavar="LỆNH", required=True)
    u = us.add_parser("add", help="đăng ký hoặc đổi tên một đơn vị gửi báo cáo")
    u.add_argument("--code", required=True, help="mã đơn vị (như trong gói của đơn vị)")
    u.add_argument("--name", required=True, help="tên đơn vị, ví dụ “xã Đồng Lạc”")
    u.add_argument("--type", choices=sorted(UNIT_TYPES), help="loại đơn vị")
    u.add_argument("--fingerprint", help="dấu vân tay khóa do đơn vị đọc từ lệnh “key show”")
    u.add_argument("--self", dest="is_self", action="store_true",
                   help="số liệu của chính cơ quan nhận báo cáo (“Tại <đơn vị>”), tách khỏi các xã, phường")
    u.set_defaults(func=cmd_unit_add)
    u = us.add_parser("list", help="danh sách đơn vị đã đăng ký và khóa đã ghim")
    u.add_argument("--json", action="store_true")
    u.set_defaults(func=cmd_unit_list)
    u = us.add_parser("set-key", help="đổi khóa của đơn vị (khi đơn vị thay máy), sau khi đối chiếu dấu vân tay")
    u.add_argument("--code", required=True)
    u.add_argument("--fingerprint", required=True)
    u.add_argument("--yes", action="store_true", help="không hỏi lại")
    u.set_defaults(func=cmd_unit_set_key)

    p = sub.add_parser("import-package", help="kiểm tra (chạy thử) và nhập các gói dữ liệu của đơn vị")
    p.add_argument("paths", nargs="+", metavar="TỆP|THƯ_MỤC", help="tệp .tthc hoặc thư mục chứa chúng")
    p.add_argument("--apply", action="store_true", help="nhập các gói được nhận (một giao dịch)")
    p.add_argument("--yes", action="store_true", help="không hỏi lại")
    p.add_argument("--trust-new", action="store_true",
                   help="cho phép tin cậy lần đầu đơn vị chưa đăng ký (phải xác nhận dấu vân tay)")
    p.add_argument("--receipts", nargs="?", const="", metavar="THƯ_MỤC",
                   help="ghi biên nhận cho từng gói (mặc định: cạnh tệp gói)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("packages", help="lịch sử các gói đã nhận (đang dùng và đã được thay thế)")
    p.add_argument("--period")
    p.add_argument("--unit", help="mã đơn vị")
    p.set_defaults(func=cmd_packages)

    p = sub.add_parser("completeness", help="bảng đơn vị x kỳ: nộp đúng hạn / muộn / chưa nộp")
    p.add_argument("--periods", required=True, help="các kỳ, cách nhau bởi dấu phẩy: 2025-Q1,2025-Q2")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_completeness)

    p = sub.add_parser("receiving-settings", help="hạn nộp báo cáo và cách ghi số liệu của chính cơ quan nhận")
    p.add_argument("--deadline-day", type=int, help="ngày hạn nộp trong tháng cuối của kỳ (mặc định 17)")
    p.add_argument("--deadline", metavar="KỲ=NGÀY",
                   help="hạn nộp riêng của một kỳ, ví dụ 2025-Q2=2025-06-20 (bỏ trống ngày để về quy tắc chung)")
    p.add_argument("--own-label", help="dòng số liệu của chính cơ quan, ví dụ “Tại thành phố”")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receiving_settings)

    p = sub.add_parser("aggregate", help="số liệu tổng hợp của các đơn vị trong một kỳ")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_aggregate)

    p = sub.add_parser("aggregate-report", help="báo cáo tổng hợp (PDF, thể thức Nghị định 30)")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, help="tệp PDF cần ghi")
    p.set_defaults(func=cmd_aggregate_report)


def cmd_key_show(args) -> int:
    with store_for(args) as store:
        key = keys.ensure_unit_key(store)
    print(f"Dấu vân tay khóa của đơn vị: {key.fingerprint}")
    print("Cấp nhận báo cáo đăng ký đơn vị bằng dấu vân tay này (lệnh “unit add --fingerprint”).")
    if args.public:
        print(f"Khóa công khai (Ed25519, base64): {key.public_key}")
    return 0


def _export_dir(args) -> tuple[Path, drives.Drive | None]:
    found = drives.removable_drives()
    if args.out:
        out = Path(args.out)
        return out, drives.is_on_removable_drive(out, found) if out.exists() else None
    if len(found) == 1:
        return found[0].path, found[0]
    if not found:
        raise UserError("Không thấy ổ USB nào. Cắm USB rồi chạy lại, hoặc chỉ định thư mục bằng --out.")
    raise UserError("Có nhiều ổ USB: " + "; ".join(d.display_name for d in found) + ". Chọn một bằng --out.")


def cmd_export(args) -> int:
    period = parse_period(args.period)
    out, drive = _export_dir(args)
    with store_for(args) as store:
        result = exchange.export_package(store, period, out)
    m = result.manifest
    print(f"Đã xuất gói {period.name} của {m['unit']['name']}: {result.path}")
    print(f"Mã gói: {result.package_uuid}; dấu vân tay khóa: {m['unit']['key_fingerprint']}")
    c = m["counts"]
    print(f"Gồm {c['rows']} dòng số liệu, {c['feedback']} phản ánh, kiến nghị, {c['notices']} văn bản, "
          f"{c['audit_rows']} dòng nhật ký{', báo cáo đã phát hành (PDF)' if c['report_pdf'] else ''}.")
    if not c["rows"]:
        print("Lưu ý: kỳ này chưa có số liệu hồ sơ; gói chỉ gồm phản ánh, kiến nghị, văn bản và nhật ký.")
    errors = [f for f in result.findings if f.severity == "error"]
    if errors:
        print(f"Lưu ý: số liệu có {len(errors)} lỗi kiểm tra; cấp nhận báo cáo sẽ thấy các lỗi này.")
    print(drives.safe_to_remove_message(result.path, drive))
    return 0


def cmd_drives(args) -> int:
    found = drives.removable_drives()
    if not found:
        print("Không thấy ổ USB nào đang cắm.")
    for d in found:
        print(d.display_name)
    return 0


def cmd_unit_add(args) -> int:
    with store_for(args) as store:
        unit = exchange.register_unit(store, code=args.code, name=args.name, unit_type=args.type,
                                      fingerprint=args.fingerprint, is_self=args.is_self)
    fp = unit.get("key_fingerprint") or "chưa có (sẽ phải xác nhận ở lần nhập đầu)"
    print(f"Đã đăng ký {unit['name']} (mã {unit['code']}); dấu vân tay khóa: {fp}")
    return 0


def cmd_unit_list(args) -> int:
    with store_for(args) as store:
        units = receiving.list_units(store)
    if args.json:
        print_json([{k: u[k] for k in ("code", "name", "unit_type", "key_fingerprint", "is_self", "registered_at")}
                    | {"key_pinned": bool(u["public_key"])} for u in units])
        return 0
    if not units:
        print("Chưa đăng ký đơn vị nào (lệnh “unit add”).")
    for u in units:
        state = "đã ghim khóa" if u["public_key"] else ("chờ gói đầu tiên" if u["key_fingerprint"] else "chưa có khóa")
        own = " [số liệu của chính cơ quan]" if u["is_self"] else ""
        print(f"{u['code']:<16} {u['name']:<32} {u['key_fingerprint'] or '-':<40} {state}{own}")
    return 0


def cmd_unit_set_key(args) -> int:
    fp = keys.normalise_fingerprint(args.fingerprint)
    with store_for(args) as store:
        unit = receiving.get_unit(store, args.code)
        if unit is None:
            raise UserError(f"Chưa đăng ký đơn vị mã {args.code}.")
        if not confirm(args, f"Thay khóa của {unit['name']} ({unit['key_fingerprint'] or 'chưa có'}) bằng {fp}?"):
            return 2
        exchange.change_unit_key(store, unit["code"], fp)
    print(f"Đã đổi dấu vân tay khóa của {unit['name']} thành {fp}; khóa được ghim ở lần nhập gói tiếp theo.")
    return 0


_TAGS = {exchange.ACCEPTED: "NHẬN", exchange.REPLACES: "THAY THẾ", exchange.NEW_UNIT: "ĐƠN VỊ MỚI",
         exchange.DUPLICATE: "TRÙNG", exchange.OLDER: "CŨ HƠN", exchange.REFUSED: "TỪ CHỐI"}


def _print_plan(plan: exchange.ImportPlan, applied: bool) -> None:
    print(f"{'Kết quả nhập' if applied else 'Chạy thử (chưa ghi gì)'}: {len(plan.checks)} gói")
    for c in plan.checks:
        head = f"  [{_TAGS[c.verdict]}] {c.path.name}"
        if c.content is not None:
            m = c.content.manifest
            period = m["period"].get("name") or m["period"]["code"]
            head += (f" — {m['unit']['name']} (mã {m['unit']['code']}), {period}, "
                     f"lập lúc {exchange.when_text(c.content.created_at)}")
        print(head)
        if c.reason:
            print(f"      {c.reason}")
        for note in c.notes:
            print(f"      Lưu ý: {note}")
    n = plan.counts()
    print("Tổng: " + ", ".join(f"{v} {exchange.VERDICTS[k]}" for k, v in n.items() if v))


def cmd_import(args) -> int:
    with store_for(args) as store:
        plan = exchange.plan_import(store, args.paths, trust_new=args.trust_new)
        if args.apply and plan.new_units:
            answers: dict[str, bool] = {}
            for c in plan.new_units:
                u = c.content.unit
                if u["code"] not in answers:  # one question per unit, however many periods it sent
                    answers[u["code"]] = confirm(
                        args, f"Tin cậy đơn vị mới {u['name']} (mã {u['code']}) với dấu vân tay khóa "
                              f"{c.content.key_fingerprint}? Chỉ đồng ý khi đã đối chiếu với đơn vị")
                if not answers[u["code"]]:
                    c.verdict, c.reason_code = exchange.REFUSED, "unknown_unit"
                    c.reason = "Chưa xác nhận tin cậy đơn vị mới: gói không được nhập."
        if not args.apply:
            if args.json:
                print_json({"applied": False, "packages": [c.summary() for c in plan.checks]})
            else:
                _print_plan(plan, applied=False)
                if plan.importable:
                    print("Chạy lại với --apply để nhập các gói được nhận.")
                if args.receipts is not None:
                    print("Biên nhận chỉ được ghi khi nhập (--apply).")
            return 2 if any(c.verdict == exchange.REFUSED for c in plan.checks) else 0
        if plan.importable and not args.json and not args.yes and sys.stdin and sys.stdin.isatty():
            _print_plan(plan, applied=False)
            if not confirm(args, f"Nhập {len(plan.importable)} gói?"):
                return 2
        outcome = exchange.apply_import(store, plan, confirm_new_units=True,
                                        receipts_dir=args.receipts or None, write_receipts=args.receipts is not None)
    if args.json:
        print_json({"applied": True, "packages": [c.summary() for c in plan.checks],
                    "receipts": [str(p) for p in outcome.receipts]})
    else:
        _print_plan(plan, applied=True)
        print(f"Đã nhập {len(outcome.imported)} gói.")
        for p in outcome.receipts:
            print(f"Biên nhận: {p}")
    return 2 if any(c.verdict == exchange.REFUSED for c in plan.checks) else 0


def cmd_packages(args) -> int:
    with store_for(args) as store:
        rows = receiving.package_history(store, period=args.period, unit_code=args.unit)
    if not rows:
        print("Chưa nhận gói nào.")
    for r in rows:
        status = receiving.PACKAGE_STATUSES.get(r["status"], r["status"])
        print(f"{r['period']:<10} {r['unit_name']:<30} lập {exchange.when_text(r['created_at'])}  nhận "
              f"{exchange.when_text(r['imported_at'])}  {status}  {r['uuid']}")
    return 0


def cmd_completeness(args) -> int:
    codes = [c.strip() for c in args.periods.split(",") if c.strip()]
    if not codes:
        raise UserError("Cần ít nhất một kỳ báo cáo, ví dụ --periods 2025-Q1,2025-Q2.")
    with store_for(args) as store:
        table = agg.completeness(store, codes)
    if args.json:
        print_json(table.to_json())
        return 0
    if not table.units:
        print("Chưa đăng ký đơn vị nào (lệnh “unit add”).")
        return 0
    width = max(len(u["name"]) for u in table.units) + 2
    print("Đơn vị".ljust(width) + "".join(p.code.ljust(18) for p in table.periods))
    print("Hạn nộp".ljust(width) + "".join(fmt_date(table.deadlines[p.code]).ljust(18) for p in table.periods))
    for u in table.units:
        print(u["name"].ljust(width) + "".join(table.cell(u["code"], p.code).label.ljust(18) for p in table.periods))
    for p in table.periods:
        n = table.counts(p.code)
        print(f"{p.name}: " + ", ".join(f"{v} {agg.STATUS_LABELS[k]}" for k, v in n.items() if v))
    return 0


def cmd_receiving_settings(args) -> int:
    period_deadline = None
    if args.deadline is not None:
        code, sep, day = args.deadline.partition("=")
        if not sep:
            raise UserError(f"Viết hạn nộp dạng KỲ=NGÀY, ví dụ 2025-Q2=2025-06-20 (nhận được “{args.deadline}”).")
        period_deadline = (code.strip(), day.strip() or None)
    with store_for(args) as store:
        if args.deadline_day is not None or period_deadline is not None or args.own_label is not None:
            values = agg.set_exchange_settings(store, deadline_day=args.deadline_day,
                                               period_deadline=period_deadline, own_label=args.own_label)
        else:
            values = agg.exchange_settings(store)
    if args.json:
        print_json(values)
        return 0
    print(f"Hạn nộp: ngày {values['deadline_day']} của tháng cuối kỳ báo cáo")
    for code, day in values["period_deadlines"].items():
        print(f"  riêng kỳ {code}: {fmt_date(day)}")
    print(f"Số liệu của chính cơ quan ghi là: “{values['own_label']}”")
    return 0


def cmd_aggregate(args) -> int:
    with store_for(args) as store:
        fig = agg.aggregate(store, args.period)
    if args.json:
        print_json(fig.to_json())
        return 0
    print(f"Số liệu tổng hợp {fig.period.name} {fig.period.data_range_text} — {fig.receiving_name}")
    print(f"Đã nhận {len(fig.commune_units)} đơn vị; chưa nộp: {len(fig.missing)}")

    def line(label: str, c) -> None:
        sh = c.shares()
        print(f"{label}: tiếp nhận {fmt_int(c.received)} (trực tuyến {fmt_int(c.new_online)}), đã giải quyết "
              f"{fmt_int(c.resolved)} (đúng và trước hạn {fmt_pct_value(sh['in_time_of_resolved'])}), đang giải "
              f"quyết {fmt_int(c.pending)}")

    line("Tổng cộng", fig.total)
    if fig.own is not None:
        line(fig.own_label, fig.own)
    line(fig.communes_label, fig.communes)
    for u in fig.units:
        line(f"  + {u.name}", u.total)
    for r in fig.rows:
        if r.group == "linh_vuc":
            print(f"  Lĩnh vực {r.label}: {fmt_int(r.counts.received)} hồ sơ")
    if fig.missing:
        print("Chưa nộp: " + ", ".join(m["name"] for m in fig.missing))
    for f in fig.findings:
        print(f"  [{'LỖI' if f.severity == 'error' else 'CẢNH BÁO'}] {f.message}")
    return 0


def cmd_aggregate_report(args) -> int:
    from tthc_desktop.reports.aggregate import render_aggregate_report

    with store_for(args) as store:
        path = render_aggregate_report(store, args.period, Path(args.out))
    print(f"Đã ghi báo cáo tổng hợp: {path}")
    return 0
