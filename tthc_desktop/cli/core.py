"""Commands: init, check, figures, validate."""
from __future__ import annotations

import argparse

from tthc_desktop.cli.common import print_json, store_for
from tthc_desktop.domain.formatting import fmt_int, fmt_pct_value
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.figures import SOURCES, PeriodFigures, compute_figures
from tthc_desktop.store import integrity_findings
from tthc_desktop.services.setup import profile_defaults
from tthc_desktop.store.profile import UNIT_TYPES, get_profile, save_profile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="tạo cơ sở dữ liệu và đặt thông tin đơn vị")
    p.add_argument("--name", help="tên đơn vị, ví dụ “xã Đồng Lạc”")
    p.add_argument("--type", choices=sorted(UNIT_TYPES), default=None, help="loại đơn vị")
    p.add_argument("--code", help="mã đơn vị (mã định danh)")
    p.add_argument("--province", help="tỉnh, thành phố")
    p.add_argument("--parent", help="cơ quan cấp trên / cơ quan chủ quản (nếu có)")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng, ví dụ “Đồng Lạc”")
    p.add_argument("--signer", help="họ tên người ký")
    p.add_argument("--signer-title", help="chức vụ người ký, ví dụ “CHỦ TỊCH”")
    p.add_argument("--receiving-level", help="tên cấp nhận báo cáo, ví dụ “UBND tỉnh Hải Dương”")
    p.add_argument("--receiving", action="store_true", help="tạo kho dữ liệu của cấp nhận báo cáo")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn của cơ sở dữ liệu")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("figures", help="mọi số liệu tính được của một kỳ, kèm các lỗi kiểm tra")
    p.add_argument("--period", required=True, help="kỳ báo cáo: 2023, 2023-Q2, 2023-6M, 2023-9M, 2023-M05, "
                                                   "2023-01-01..2023-10-30")
    p.add_argument("--json", action="store_true", help="in dạng JSON (xem docs/figures-json.md)")
    p.add_argument("--source", choices=SOURCES, default="entered",
                   help="nguồn số liệu hồ sơ: entered (nhập tay/cổng), register (sổ theo dõi), chosen (theo lựa chọn của kỳ)")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("validate", help="kiểm tra số liệu của kỳ; mã thoát 1 nếu có lỗi")
    p.add_argument("--period", required=True)
    p.add_argument("--source", choices=SOURCES, default="entered")
    p.set_defaults(func=cmd_validate)


def cmd_init(args) -> int:
    with store_for(args, create=True) as store:
        existing = get_profile(store)
        values: dict = {}
        if args.name:
            values["name"] = args.name
        if args.type:
            values["unit_type"] = args.type
        if args.receiving:
            values["is_receiving"] = 1
            values.setdefault("unit_type", "tinh")
        if existing is None:
            name = values.get("name", "xã Mẫu")
            values = {**profile_defaults(name, values.get("unit_type", "xa"), receiving=bool(args.receiving)),
                      "name": name,
                      "unit_type": values.get("unit_type", "xa"), **values}
        for opt, col in (("code", "code"), ("province", "province"), ("parent", "parent_name"),
                         ("place", "place_name"), ("signer", "signer_name"), ("signer_title", "signer_title"),
                         ("receiving_level", "receiving_level_name")):
            if getattr(args, opt):
                values[col] = getattr(args, opt)
        profile = save_profile(store, **values)
        from tthc_desktop.services.setup import after_init

        after_init(store)
        kind = "cấp nhận báo cáo" if profile.get("is_receiving") else UNIT_TYPES.get(profile["unit_type"], "")
        print(f"Đã khởi tạo dữ liệu cho {profile['name']} ({kind}) tại {store.path}")
    return 0


def cmd_check(args) -> int:
    with store_for(args) as store:
        problems = integrity_findings(store)
        if problems:
            for line in problems:
                print(line)
            print(f"Phát hiện {len(problems)} vấn đề trong tệp dữ liệu {store.path}.")
            return 1
        print(f"Tệp dữ liệu {store.path} toàn vẹn (integrity_check: ok, foreign_key_check: ok).")
    return 0


def _print_figures(fig: PeriodFigures) -> None:
    t = fig.total
    sh = t.shares()
    print(f"Số liệu {fig.period.name} {fig.period.data_range_text} — {fig.unit_name}")
    if not fig.has_data:
        print("Chưa có số liệu hồ sơ của kỳ này.")
    else:
        print(f"Tổng số hồ sơ tiếp nhận: {fmt_int(t.received)} (mới {fmt_int(t.new)}, từ kỳ trước "
              f"{fmt_int(t.carried_over)})")
        print(f"  trực tuyến: {fmt_int(t.new_online)} ({fmt_pct_value(sh['online_of_new'])}); trực tiếp và bưu chính: "
              f"{fmt_int(t.new_direct_postal)} ({fmt_pct_value(sh['direct_postal_of_new'])})")
        print(f"Đã giải quyết: {fmt_int(t.resolved)} — trước hạn {fmt_int(t.resolved_early)} "
              f"({fmt_pct_value(sh['early_of_resolved'])}), đúng hạn {fmt_int(t.resolved_on_time)} "
              f"({fmt_pct_value(sh['on_time_of_resolved'])}), quá hạn {fmt_int(t.resolved_late)} "
              f"({fmt_pct_value(sh['late_of_resolved'])})")
        print(f"Đang giải quyết: {fmt_int(t.pending)} — trong hạn {fmt_int(t.pending_in_time)}, quá hạn "
              f"{fmt_int(t.pending_overdue)}")
        print(f"Thanh toán trực tuyến: {fmt_int(t.paid_online)}/{fmt_int(t.with_fee)} "
              f"({fmt_pct_value(sh['paid_online_of_with_fee'])}); số hóa khi tiếp nhận: "
              f"{fmt_pct_value(sh['digitised_of_received'])}; hài lòng: {fmt_pct_value(sh['satisfaction'])}")
        for r in fig.field_rows:
            c = r.counts
            print(f"  + {r.label}{' (' + r.source_system + ')' if r.source_system else ''}: "
                  f"{fmt_int(c.received)} hồ sơ (trực tuyến {fmt_int(c.new_online)})")
    cat = fig.catalog
    print(f"Danh mục TTHC: {fmt_int(cat.in_force)} đang thực hiện; trong kỳ: mới {cat.new}, sửa đổi {cat.amended}, "
          f"bãi bỏ {cat.abolished}")
    fb = fig.feedback
    print(f"Phản ánh, kiến nghị: tiếp nhận {fb.received} (mới {fb.new}, kỳ trước {fb.carried_over}); đã xử lý "
          f"{fb.handled}; đang xử lý {fb.pending}")
    print(f"Văn bản công bố, công khai trong kỳ: {len(fig.notices)}")
    if fig.findings:
        print(f"Kiểm tra: {len(fig.errors)} lỗi, {len(fig.findings) - len(fig.errors)} cảnh báo")
        for f in fig.findings:
            print(f"  [{'LỖI' if f.severity == 'error' else 'CẢNH BÁO'}] {f.message}")
    else:
        print("Kiểm tra: không phát hiện sai lệch.")


def cmd_figures(args) -> int:
    period = parse_period(args.period)
    with store_for(args) as store:
        fig = compute_figures(store, period, args.source)
    if args.json:
        print_json(fig.to_json())
    else:
        _print_figures(fig)
    return 0


def cmd_validate(args) -> int:
    period = parse_period(args.period)
    with store_for(args) as store:
        fig = compute_figures(store, period, args.source)
    for f in fig.findings:
        print(f"[{'LỖI' if f.severity == 'error' else 'CẢNH BÁO'}] {f.message}")
    if fig.errors:
        print(f"Số liệu {fig.period.name} có {len(fig.errors)} lỗi: chưa thể phát hành báo cáo.")
        return 1
    print(f"Số liệu {fig.period.name} hợp lệ.")
    return 0
