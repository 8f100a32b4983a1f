"""Commands: due-date, register (sổ theo dõi hồ sơ during a portal outage), receipt, days-off."""
from __future__ import annotations

import argparse
import os
from datetime import date, datetime

from tthc_desktop.cli.common import print_json, store_for
from tthc_desktop.domain.formatting import fmt_date, fmt_int, fmt_money
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.workdays import WorkCalendar, weekday_name
from tthc_desktop.errors import UserError
from tthc_desktop.services import register as svc
from tthc_desktop.store import days_off as days_off_store
from tthc_desktop.store.register import DossierFilter

STATE_CHOICES = ("open", "overdue", "closed", *svc.STATUSES)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("due-date", help="ngày hẹn trả kết quả sau N ngày làm việc (bỏ qua ngày nghỉ, lễ, Tết)")
    p.add_argument("--from", dest="start", required=True,
                   help="ngày (giờ) nhận hồ sơ: YYYY-MM-DD hoặc “YYYY-MM-DD HH:MM”")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--days", type=float, help="thời hạn giải quyết, ngày làm việc (0.5 = nửa ngày)")
    group.add_argument("--hours", type=float, help="thời hạn giải quyết tính bằng giờ làm việc")
    p.set_defaults(func=cmd_due_date)

    reg = sub.add_parser("register", help="sổ theo dõi hồ sơ (khi Hệ thống một cửa của tỉnh gián đoạn)")
    rsub = reg.add_subparsers(dest="register_command", metavar="LỆNH", required=True)

    p = rsub.add_parser("receive", help="tiếp nhận một hồ sơ, cấp số biên nhận và ngày hẹn trả")
    p.add_argument("--procedure", required=True, help="mã TTHC trong danh mục, ví dụ 1.001193")
    p.add_argument("--name", required=True, help="họ tên người nộp (Ông/Bà) hoặc tên tổ chức")
    p.add_argument("--id-no", default="", help="số định danh cá nhân / mã số tổ chức")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--address", default="")
    p.add_argument("--authorised", default="", help="người được ủy quyền (nếu có)")
    p.add_argument("--channel", choices=sorted(svc.CHANNELS), default="truc_tiep", help="kênh tiếp nhận")
    p.add_argument("--document", action="append", default=[], help="thành phần hồ sơ (lặp lại cho mỗi giấy tờ)")
    p.add_argument("--copies", type=int, default=1, help="số bộ hồ sơ")
    p.add_argument("--received", help="thời gian nhận “dd/mm/yyyy hh:mm” (mặc định: bây giờ)")
    p.add_argument("--fee", type=int, default=0, help="phí, lệ phí (đồng)")
    p.add_argument("--officer", default="", help="cán bộ tiếp nhận (mặc định: người dùng --user)")
    p.add_argument("--result-at", choices=sorted(svc.RESULT_DELIVERY), default="truc_tiep",
                   help="đăng ký nhận kết quả tại")
    p.add_argument("--digitised", action="store_true", help="hồ sơ đã được số hóa khi tiếp nhận")
    p.add_argument("--days", type=float, help="thời hạn (ngày làm việc) khi danh mục chưa có")
    p.add_argument("--due", help="ngày hẹn trả do cán bộ ấn định “dd/mm/yyyy hh:mm”")
    p.add_argument("--receipt-no", default="", help="giữ số biên nhận đã ghi trên giấy (mặc định: số tự động)")
    p.add_argument("--note", default="")
    p.add_argument("--pdf", help="in luôn Giấy tiếp nhận ra tệp PDF này")
    p.set_defaults(func=cmd_receive)

    p = rsub.add_parser("list", help="danh sách hồ sơ trong sổ (mới nhất trước)")
    p.add_argument("--period", help="kỳ báo cáo: hồ sơ nhận trong kỳ (2025-Q1, 2025-M03 ...)")
    p.add_argument("--search", default="",
                   help="tìm theo họ tên, số biên nhận, số định danh, điện thoại (không cần dấu)")
    p.add_argument("--status", choices=STATE_CHOICES, help="open = chưa trả, overdue = quá hạn chưa trả ...")
    p.add_argument("--not-entered", action="store_true", help="chỉ hồ sơ chưa nhập lên hệ thống")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = rsub.add_parser("show", help="chi tiết một hồ sơ")
    p.add_argument("code", help="số biên nhận")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    for name, help_text in (("process", "chuyển hồ sơ sang “đang giải quyết”"),
                            ("resolve", "ghi ngày trả kết quả"),
                            ("return", "trả lại hồ sơ (kèm lý do)"),
                            ("withdraw", "công dân rút hồ sơ (kèm lý do)"),
                            ("reopen", "mở lại hồ sơ đã kết thúc do ghi nhầm")):
        p = rsub.add_parser(name, help=help_text)
        p.add_argument("code", help="số biên nhận")
        if name in ("resolve", "return", "withdraw"):
            p.add_argument("--date", help="ngày (giờ) “dd/mm/yyyy hh:mm” hoặc YYYY-MM-DD (mặc định: bây giờ)")
        if name in ("return", "withdraw"):
            p.add_argument("--reason", required=True, help="lý do")
        p.set_defaults(func=cmd_status, action=name)

    p = rsub.add_parser("import", help="nhập nhiều hồ sơ từ CSV/XLSX (xem docs/formats/register.md)")
    p.add_argument("file")
    p.add_argument("--apply", action="store_true", help="ghi vào sổ (không có: chỉ kiểm tra, liệt kê từng dòng)")
    p.set_defaults(func=cmd_import)

    p = rsub.add_parser("pending-portal", help="Hồ sơ chờ nhập lên hệ thống của tỉnh")
    p.add_argument("--out", help="xuất ra tệp .xlsx với các trường Hệ thống yêu cầu")
    p.set_defaults(func=cmd_pending_portal)

    p = rsub.add_parser("mark-entered", help="đánh dấu hồ sơ đã nhập lên hệ thống (ghi nhật ký)")
    p.add_argument("codes", nargs="+", help="số biên nhận; “SỐ=MÃ” để ghi kèm mã hồ sơ trên hệ thống")
    p.set_defaults(func=cmd_mark_entered)

    p = rsub.add_parser("source", help="chọn nguồn số liệu của kỳ cho báo cáo: sổ theo dõi hay số liệu nhập")
    p.add_argument("--period", required=True)
    p.add_argument("--use", choices=("register", "entered"), help="đặt nguồn; không có: xem so sánh hai nguồn")
    p.set_defaults(func=cmd_source)

    p = rsub.add_parser("settings", help="mẫu số biên nhận và quyển sổ")
    p.add_argument("--format", help="mẫu số biên nhận, ví dụ “{unit_code}-{yymmdd}-{seq:04d}”")
    p.add_argument("--book", help="quyển số của Sổ theo dõi hồ sơ, ví dụ “01/2025”")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("receipt", help="in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)")
    p.add_argument("code", help="số biên nhận")
    p.add_argument("--out", required=True, help="tệp PDF")
    p.add_argument("--layout", choices=("two", "one"), default="two",
                   help="two = 2 liên trên một tờ A4 (có đường cắt), one = mỗi liên một trang")
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser("days-off", help="ngày nghỉ thêm / ngày làm bù của cơ quan (lịch làm việc)")
    dsub = p.add_subparsers(dest="days_off_command", metavar="LỆNH", required=True)
    q = dsub.add_parser("list", help="liệt kê")
    q.add_argument("--year", type=int)
    q.set_defaults(func=cmd_days_off_list)
    q = dsub.add_parser("set", help="thêm hoặc sửa một ngày")
    q.add_argument("day", help="YYYY-MM-DD")
    q.add_argument("--kind", choices=sorted(days_off_store.KINDS), required=True,
                   help="off = nghỉ, work = làm việc (làm bù)")
    q.add_argument("--note", default="")
    q.set_defaults(func=cmd_days_off_set)
    q = dsub.add_parser("remove", help="xóa một ngày")
    q.add_argument("day")
    q.set_defaults(func=cmd_days_off_remove)


# ----------------------------------------------------------------------------- due-date
def _calendar(args) -> WorkCalendar:
    """The store's calendar when a store exists (its own days off count), else the built-in one."""
    if getattr(args, "db", None) or os.environ.get("TTHC_DB"):
        try:
            with store_for(args) as store:
                return svc.work_calendar(store)
        except UserError:
            pass
    return WorkCalendar()


def cmd_due_date(args) -> int:
    has_time = any(c in args.start for c in ":T ") and len(args.start.strip()) > 10
    start = svc.parse_when(args.start, "Ngày nhận hồ sơ")
    if not has_time:
        start = start.replace(hour=8)  # any time of the morning gives the same day
    cal = _calendar(args)
    due = cal.due_date(start, days=args.days, hours=args.hours)
    limit = f"{args.days:g} ngày làm việc" if args.days is not None else f"{args.hours:g} giờ làm việc"
    print(f"Nhận hồ sơ: {weekday_name(start.date())} {fmt_date(start)}"
          f"{' ' + start.strftime('%H:%M') if has_time else ''}; thời hạn {limit}")
    holidays = due.holidays_skipped
    weekends = len(due.skipped) - len(holidays)
    if holidays:
        print("Không tính các ngày nghỉ lễ, Tết, nghỉ hoán đổi:")
        for d, name in holidays:
            print(f"  {weekday_name(d)} {fmt_date(d)}: {name}")
    if weekends:
        print(f"Không tính {weekends} ngày thứ Bảy, Chủ nhật.")
    print(f"Ngày hẹn trả kết quả: {due.due:%H} giờ {due.due:%M} phút, {weekday_name(due.due.date())} "
          f"ngày {fmt_date(due.due)}")
    print(due.due.strftime("%Y-%m-%dT%H:%M") if has_time or args.hours is not None else due.due.date().isoformat())
    return 0


# ----------------------------------------------------------------------------- register
def cmd_receive(args) -> int:
    data = svc.DossierInput(
        procedure=args.procedure, applicant_name=args.name, received_at=args.received, applicant_id_no=args.id_no,
        phone=args.phone, email=args.email, address=args.address, authorised_person=args.authorised,
        channel=args.channel, documents=args.document, copies=args.copies, fee=args.fee, officer=args.officer,
        result_delivery=args.result_at, digitised=args.digitised, note=args.note, processing_days=args.days,
        due_at=args.due, receipt_no=args.receipt_no)
    with store_for(args) as store:
        row = svc.receive_dossier(store, data)
        print(f"Đã tiếp nhận hồ sơ số {row['receipt_no']}: {row['applicant_name']} — {row['procedure_name']}")
        print(f"Hẹn trả kết quả: {svc.fmt_datetime(row['due_at'])}")
        if args.pdf:
            from tthc_desktop.reports.receipt import write_receipt

            write_receipt(store, row["receipt_no"], args.pdf)
            print(f"Đã in Giấy tiếp nhận ra {args.pdf}")
    return 0


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _line(r: dict) -> str:
    flag = " (!)" if r["overdue"] else ""
    return (f"{r['receipt_no']:<24} {svc.fmt_datetime(r['received_at'])}  hẹn {svc.fmt_datetime(r['due_at'])}  "
            f"{r['applicant_name']} — {_short(r['procedure_name'])} [{r['status_label']}; "
            f"{r['timeliness_label']}]{flag}")


def _json_row(r: dict) -> dict:
    keys = ("receipt_no", "procedure_code", "procedure_name", "field_name", "applicant_name", "applicant_id_no",
            "phone", "address", "channel", "documents", "received_at", "due_at", "status", "resolved_at",
            "return_reason", "timeliness", "overdue", "fee", "officer", "entered_portal_at", "portal_code")
    return {k: r.get(k) for k in keys}


def cmd_list(args) -> int:
    flt = DossierFilter(text=args.search, state=args.status, not_entered=args.not_entered)
    if args.period:
        period = parse_period(args.period)
        flt = DossierFilter(text=args.search, state=args.status, not_entered=args.not_entered,
                            received_from=period.start.isoformat(), received_to=period.end.isoformat())
    with store_for(args) as store:
        total = svc.count_dossiers(store, flt)
        rows = svc.list_dossiers(store, flt, limit=args.limit)
        overdue = svc.summary(store)["overdue"]
    if args.json:
        print_json({"total": total, "dossiers": [_json_row(r) for r in rows]})
        return 0
    for r in rows:
        print(_line(r))
    shown = f" (hiện {fmt_int(len(rows))})" if len(rows) < total else ""
    print(f"Tổng: {fmt_int(total)} hồ sơ{shown}. Quá hạn chưa trả trong toàn sổ: {fmt_int(overdue)}.")
    return 0


def cmd_show(args) -> int:
    with store_for(args) as store:
        r = svc.dossier(store, args.code)
    if args.json:
        print_json(_json_row(r))
        return 0
    print(f"Số biên nhận: {r['receipt_no']} (quyển {r['book_no']}, số thứ tự {r['seq']})")
    print(f"Thủ tục: {r['procedure_code']} {r['procedure_name']} — lĩnh vực {r['field_name'] or ''}")
    print(f"Người nộp: {r['applicant_name']}; định danh {r['applicant_id_no'] or '-'}; ĐT {r['phone'] or '-'}; "
          f"địa chỉ {r['address'] or '-'}")
    print(f"Kênh: {r['channel_label']}; thành phần hồ sơ: {'; '.join(r['documents']) or '-'} ({r['copies']} bộ)")
    print(f"Nhận: {svc.fmt_datetime(r['received_at'])}; hẹn trả: {svc.fmt_datetime(r['due_at'])}; "
          f"lệ phí {fmt_money(r['fee'])} đồng; cán bộ tiếp nhận {r['officer'] or '-'}")
    end = f" ngày {svc.fmt_datetime(r['resolved_at'])}" if r["resolved_at"] else ""
    reason = f" — lý do: {r['return_reason']}" if r["return_reason"] else ""
    print(f"Trạng thái: {r['status_label']}{end} ({r['timeliness_label']}){reason}")
    entered = svc.fmt_datetime(r["entered_portal_at"]) if r["entered_portal_at"] else "chưa"
    print(f"Đã nhập lên hệ thống: {entered}")
    return 0


def cmd_status(args) -> int:
    with store_for(args) as store:
        if args.action == "reopen":
            r = svc.reopen_dossier(store, args.code)
        else:
            target = {"process": "processing", "resolve": "resolved", "return": "returned",
                      "withdraw": "withdrawn"}[args.action]
            r = svc.change_status(store, args.code, target, at=getattr(args, "date", None),
                                  reason=getattr(args, "reason", ""))
    end = f" ngày {svc.fmt_datetime(r['resolved_at'])}" if r["resolved_at"] else ""
    print(f"Hồ sơ {r['receipt_no']}: {r['status_label']}{end} — {r['timeliness_label']}")
    return 0


def cmd_import(args) -> int:
    from tthc_desktop.services.register_import import import_register

    with store_for(args) as store:
        result = import_register(store, args.file, apply=args.apply)
    labels = {"new": "MỚI", "changed": "CẬP NHẬT", "ignored": "BỎ QUA", "error": "LỖI"}
    for o in result.outcomes:
        print(f"Dòng {o.row}: [{labels[o.action]}] {o.receipt_no + ': ' if o.receipt_no else ''}{o.message}")
    print(result.summary())
    if result.errors:
        print("Chưa ghi gì vào sổ: sửa các dòng lỗi rồi chạy lại.")
        return 1
    if not args.apply:
        print("Chạy lại với --apply để ghi vào sổ.")
    return 0


def cmd_pending_portal(args) -> int:
    from tthc_desktop.services.register_import import export_pending_portal

    with store_for(args) as store:
        if args.out:
            n = export_pending_portal(store, args.out)
            print(f"Đã xuất {fmt_int(n)} hồ sơ chờ nhập lên hệ thống ra {args.out}")
            return 0
        rows = svc.pending_portal(store)
    for r in rows:
        print(_line(r))
    print(f"Hồ sơ chờ nhập lên hệ thống: {fmt_int(len(rows))}.")
    return 0


def cmd_mark_entered(args) -> int:
    codes, portal = [], {}
    for item in args.codes:
        code, _, portal_code = item.partition("=")
        codes.append(code.strip())
        if portal_code.strip():
            portal[code.strip()] = portal_code.strip()
    with store_for(args) as store:
        n = svc.mark_entered(store, codes, portal_codes=portal)
    skipped = len(codes) - n
    print(f"Đã đánh dấu {n} hồ sơ đã nhập lên hệ thống" + (f"; {skipped} hồ sơ đã được đánh dấu từ trước." if skipped
                                                           else "."))
    return 0


def cmd_source(args) -> int:
    from tthc_desktop.services import register_rollup as rollup

    period = parse_period(args.period)
    with store_for(args) as store:
        if args.use:
            rollup.choose_source(store, period, args.use)
            print(f"Báo cáo {period.name} dùng nguồn: {rollup.SOURCE_LABELS[args.use]}.")
            return 0
        current = rollup.chosen_source(store, period)
        rows = rollup.compare_sources(store, period)
    print(f"Nguồn số liệu hồ sơ của {period.name}: {rollup.SOURCE_LABELS[current]}")
    for c in rows:
        def show(x):
            return "-" if x is None else (f"nhận {fmt_int(x.received)}, giải quyết {fmt_int(x.resolved)}, "
                                          f"đang {fmt_int(x.pending)}")
        mark = "  (khác nhau)" if c.differs else ""
        print(f"  {c.label}: sổ theo dõi [{show(c.register)}] | nhập tay [{show(c.entered)}]{mark}")
    return 0


def cmd_settings(args) -> int:
    from tthc_desktop.store.profile import set_setting

    with store_for(args) as store:
        if args.format:
            set_setting(store, svc.SETTING_FORMAT, svc.check_receipt_format(args.format))
        if args.book:
            set_setting(store, svc.SETTING_BOOK, args.book.strip())
        fmt = svc.receipt_format(store)
        example = svc.format_receipt_no(fmt, svc.unit_code(store), datetime.now(), 7)
    print(f"Mẫu số biên nhận: {fmt} (ví dụ: {example})")
    return 0


def cmd_receipt(args) -> int:
    from tthc_desktop.reports.receipt import write_receipt

    with store_for(args) as store:
        write_receipt(store, args.code, args.out, layout=args.layout)
    print(f"Đã in Giấy tiếp nhận hồ sơ {args.code} ra {args.out}")
    return 0


# ----------------------------------------------------------------------------- days off
def cmd_days_off_list(args) -> int:
    with store_for(args) as store:
        rows = days_off_store.list_days_off(store, args.year)
    for r in rows:
        d = date.fromisoformat(r["day"])
        print(f"{weekday_name(d)} {fmt_date(d)}: {days_off_store.KINDS[r['kind']]}"
              f"{' — ' + r['note'] if r['note'] else ''}")
    print(f"{len(rows)} ngày do cơ quan khai báo (ngoài lịch nghỉ lễ, Tết và hoán đổi của Chính phủ).")
    return 0


def cmd_days_off_set(args) -> int:
    with store_for(args) as store:
        days_off_store.set_day_off(store, args.day, args.kind, args.note)
    print(f"Đã ghi {args.day}: {days_off_store.KINDS[args.kind]}.")
    return 0


def cmd_days_off_remove(args) -> int:
    with store_for(args) as store:
        found = days_off_store.delete_day_off(store, args.day)
    print(f"Đã xóa {args.day}." if found else f"Ngày {args.day} không có trong danh sách.")
    return 0 if found else 1
