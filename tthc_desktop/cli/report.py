"""Command: report — render, preview, issue and list the periodic KSTTHC report (báo cáo định kỳ)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from tthc_desktop.cli.common import print_json, store_for
from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.fileio import write_bytes_atomic
from tthc_desktop.services.figures import SOURCES

STATUS = {"draft": "dự thảo", "issued": "đã phát hành"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="lập báo cáo định kỳ kiểm soát TTHC (PDF theo Nghị định 30): dự thảo, phát hành, danh sách",
        description="Lập báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC của một kỳ thành tệp PDF/A "
                    "có sẵn ô chữ ký số. Không có --draft/--issue: bản xem trước chưa có số (bị chặn nếu số liệu có "
                    "lỗi); kỳ đã phát hành thì xuất lại đúng tệp đã phát hành.")
    p.add_argument("--period", help="kỳ báo cáo: 2023, 2023-Q2, 2023-6M, 2023-6MC, 2023-9M, 2023-M05, "
                                    "2023-01-01..2023-10-30")
    p.add_argument("--out", help="tệp ghi ra: .pdf (PDF/A có ô chữ ký số) hoặc .docx (Word, để sửa trước khi ký)")
    p.add_argument("--draft", action="store_true", help="bản dự thảo có chữ “DỰ THẢO”, lập được cả khi số liệu còn lỗi")
    p.add_argument("--issue", action="store_true", help="phát hành: cấp số, ngày, chốt số liệu và khóa kỳ báo cáo")
    p.add_argument("--number", help="số văn bản khi phát hành, ví dụ 5 hoặc 05/BC-UBND")
    p.add_argument("--date", help="ngày ban hành YYYY-MM-DD (mặc định: hôm nay)")
    p.add_argument("--source", choices=SOURCES, default="chosen",
                   help="nguồn số liệu hồ sơ (mặc định: nguồn đã chọn cho kỳ)")
    p.add_argument("--narrative", metavar="TỆP.json",
                   help="cập nhật phần lời văn của bản dự thảo từ tệp JSON {phần: nội dung} trước khi lập")
    p.add_argument("--print-narrative", action="store_true", help="in phần lời văn của bản dự thảo (JSON) rồi thoát")
    p.add_argument("--list", action="store_true", help="liệt kê các báo cáo (dự thảo và đã phát hành)")
    p.add_argument("--json", action="store_true", help="với --list: in dạng JSON")
    p.set_defaults(func=cmd_report)


def _date(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"Ngày không hợp lệ: “{text}”. Dùng dạng YYYY-MM-DD, ví dụ 2023-12-15.") from None


def _load_narrative(path: str) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"Không đọc được tệp lời văn {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise UserError(f"Tệp lời văn {path} không phải JSON hợp lệ (dòng {exc.lineno}): {exc.msg}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise UserError(f"Tệp lời văn {path} phải là một đối tượng JSON {{phần: nội dung}} với nội dung là chuỗi.")
    return data


def _print_list(rows: list[dict], as_json: bool) -> None:
    if as_json:
        print_json([{k: r.get(k) for k in ("id", "period", "status", "number", "issued_on", "pdf_sha256",
                                           "locked", "unlocked_at", "unlock_reason")} for r in rows])
        return
    if not rows:
        print("Chưa có báo cáo nào.")
        return
    for r in rows:
        name = parse_period(r["period"]).name
        if r["status"] == "issued":
            state = "đang khóa số liệu" if r["locked"] else f"đã mở khóa ngày {fmt_date(r['unlocked_at'])}: " \
                                                            f"{r['unlock_reason']}"
            print(f"[{r['id']}] {name}: Báo cáo số {r['number']} ngày {fmt_date(r['issued_on'])} — {state}")
        else:
            print(f"[{r['id']}] {name}: dự thảo (sửa lần cuối {fmt_date(r['updated_at'])})")


def _print_findings(findings) -> None:
    for f in findings:
        print(f"[{'LỖI' if f.severity == 'error' else 'CẢNH BÁO'}] {f.message}", file=sys.stderr)


def cmd_report(args) -> int:
    # Imported here: the PDF stack (ReportLab, pikepdf, pyHanko) would slow every other command's start.
    from tthc_desktop.reports import narrative as nar
    from tthc_desktop.services import reporting
    from tthc_desktop.store import reports as store_reports

    if args.list:
        with store_for(args) as store:
            _print_list(reporting.list_reports(store, args.period), args.json)
        return 0
    if not args.period:
        raise UserError("Cần --period (kỳ báo cáo), ví dụ --period 2023-Q2.")
    period = parse_period(args.period)
    if args.print_narrative:
        with store_for(args) as store:
            text = reporting.get_narrative(store, period)
        print_json({k: text[k] for k in nar.KEYS})
        return 0
    if not args.out:
        raise UserError("Cần --out TỆP.pdf (tệp báo cáo ghi ra).")
    if args.issue and args.draft:
        raise UserError("Chọn một trong hai: --draft (dự thảo) hoặc --issue (phát hành).")
    if args.issue and not args.number:
        raise UserError("Phát hành báo cáo cần số văn bản: --number, ví dụ --number 5.")
    word = args.out.lower().endswith(".docx")
    if args.issue and word:
        raise UserError("Báo cáo phát hành được lưu dạng PDF/A: dùng --out TỆP.pdf khi phát hành.")
    with store_for(args) as store:
        if args.narrative:
            reporting.set_narrative(store, period, _load_narrative(args.narrative))
        if word:
            day = _date(args.date) if args.date else None
            data, findings = reporting.render_word(store, period, draft=args.draft, source=args.source,
                                                   number=args.number, issued_on=day)
            write_bytes_atomic(args.out, data)
            _print_findings(findings)
            print(f"Đã lập báo cáo {period.name} dạng Word: {args.out}.")
            return 0
        if args.issue:
            done = reporting.issue_report(store, period, number=args.number, issued_on=_date(args.date),
                                          source=args.source)
            write_bytes_atomic(args.out, done.pdf)
            _print_findings(done.findings)
            print(f"Đã phát hành Báo cáo số {done.number} ngày {fmt_date(done.snapshot['issued_on'])} ({period.name}); "
                  f"số liệu của kỳ đã được khóa. Tệp: {args.out} (SHA-256 {done.sha256}).")
            return 0
        issued = store_reports.find_issued(store, period.code)
        if issued and issued["locked"] and not args.draft:
            write_bytes_atomic(args.out, reporting.issued_pdf(store, issued["id"]))
            print(f"{period.name[0].upper()}{period.name[1:]} đã có Báo cáo số {issued['number']} ngày "
                  f"{fmt_date(issued['issued_on'])}: đã xuất lại đúng tệp đã phát hành ra {args.out}.")
            return 0
        result = reporting.render(store, period, draft=args.draft, source=args.source, number=args.number,
                                  issued_on=_date(args.date) if args.date else None)
    write_bytes_atomic(args.out, result.pdf)
    _print_findings(result.findings)
    if args.draft:
        note = f"; số liệu còn {len(result.blocking)} lỗi, chưa phát hành được" if result.blocking else ""
        print(f"Đã lập bản dự thảo báo cáo {period.name}: {args.out}{note}.")
    else:
        print(f"Đã lập báo cáo {period.name} (chưa phát hành, chưa có số): {args.out}.")
    return 0
