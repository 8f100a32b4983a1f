"""The aggregate report (báo cáo tổng hợp) of a receiving level, in the Nghị định 30/2020 layout.

Body: who reported (on time, late, not yet, with the names of units that have not reported), the
totals with the receiving unit's own figures apart from its communes', feedback, and the slips the
validation found. Annexes (landscape, Biểu II.06a columns): one row per unit, then one row per field.
The receiving level's name comes from its profile; nothing here names an administrative tier.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.formatting import fmt_date, fmt_int, fmt_money, fmt_pct_value
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.fileio import write_bytes_atomic
from tthc_desktop.reports.nd30 import (Annex, Bullet, DataTable, Document, DocumentHeader, HeaderCell, Heading, Para,
                                       SignatureBlock, TableRow, bold, join, number_line, place_date_line,
                                       render_pdf)
from tthc_desktop.services.aggregate import AggregateFigures, CompletenessTable, aggregate, completeness
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile

FORM_CODE = "Biểu số II.06a/VPCP/KSTT"
MAX_FINDINGS = 25
MAX_LISTED = 10  # more names than this go in one paragraph instead of one line each
II06A_COLUMNS = ("Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
                 "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn")
WIDTHS = (4, 26, 6, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6)
SUBJECT = ("tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, "
           "một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử")


def _header(second: str) -> tuple:
    return ((HeaderCell("STT", rowspan=2), HeaderCell(second, rowspan=2),
             HeaderCell("Số hồ sơ nhận giải quyết", colspan=4), HeaderCell("Số hồ sơ đã giải quyết", colspan=4),
             HeaderCell("Số hồ sơ đang giải quyết", colspan=3)), II06A_COLUMNS)


def ii06a_values(c: DossierCounts) -> list[int]:
    """Columns (3)-(13) of Biểu II.06a from one row of counts."""
    return [c.received, c.new_online, c.new_direct_postal, c.carried_over, c.resolved, c.resolved_early,
            c.resolved_on_time, c.resolved_late, c.pending, c.pending_in_time, c.pending_overdue]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unit_annex(fig: AggregateFigures, reporting: str, receiving: str, period_line: str) -> Annex:
    rows: list = []
    groups = [(fig.own_label, fig.own_units), (fig.communes_label, fig.commune_units)]
    roman = iter(("I", "II"))
    for label, units in groups:
        if not units:
            continue
        rows.append(TableRow((next(roman), label, *[""] * 11), bold=True))
        rows += [[i + 1, u.name, *ii06a_values(u.total)] for i, u in enumerate(units)]
    notes = []
    if fig.missing:
        notes.append(f"Đơn vị chưa nộp báo cáo ({len(fig.missing)}): " + ", ".join(m["name"] for m in fig.missing)
                     + ".")
    return Annex(form_code=FORM_CODE, form_note=("Tổng hợp theo đơn vị báo cáo",),
                 title=("Tình hình, kết quả giải quyết thủ tục hành chính tại các đơn vị trực tiếp giải quyết "
                        "thủ tục hành chính",),
                 reporting_unit=reporting, receiving_unit=receiving, period=period_line,
                 table=DataTable(header=_header("Đơn vị báo cáo"), rows=rows, col_widths=WIDTHS, numbered=True,
                                 total=TableRow(("TỔNG CỘNG", *ii06a_values(fig.total)), span=2)),
                 notes=tuple(notes))


def _field_annex(fig: AggregateFigures, reporting: str, receiving: str, period_line: str) -> Annex:
    rows: list = []
    sections = (("I", "Lĩnh vực thuộc thẩm quyền giải quyết", "linh_vuc"),
                ("II", "Cơ quan ngành dọc tiếp nhận tại Bộ phận Một cửa", "nganh_doc"))
    for roman, title, group in sections:
        group_rows: list[FigureRow] = [r for r in fig.rows if r.group == group]
        if not group_rows:
            continue
        rows.append(TableRow((roman, title, *[""] * 11), bold=True))
        rows += [[i + 1, r.label, *ii06a_values(r.counts)] for i, r in enumerate(group_rows)]
    notes = ("Tổng cộng tính trên các lĩnh vực thuộc thẩm quyền giải quyết (mục I), như số liệu của từng đơn vị.",) \
        if any(r.group == "nganh_doc" for r in fig.rows) else ()
    return Annex(form_code=FORM_CODE, form_note=("Tổng hợp theo lĩnh vực",),
                 title=("Tình hình, kết quả giải quyết thủ tục hành chính theo lĩnh vực",),
                 reporting_unit=reporting, receiving_unit=receiving, period=period_line,
                 table=DataTable(header=_header("Lĩnh vực, công việc giải quyết theo cấp"), rows=rows,
                                 col_widths=WIDTHS, numbered=True,
                                 total=TableRow(("TỔNG CỘNG", *ii06a_values(fig.total)), span=2)),
                 notes=notes)


def _results(label: str, c: DossierCounts) -> Para:
    sh = c.shares()
    return Para(join(bold(f"{label}: "), f"tiếp nhận {fmt_int(c.received)} hồ sơ (trực tuyến {fmt_int(c.new_online)}"
                     f", chiếm {fmt_pct_value(sh['online_of_new'])} số hồ sơ mới tiếp nhận; từ kỳ trước chuyển "
                     f"sang {fmt_int(c.carried_over)}); đã giải quyết {fmt_int(c.resolved)} hồ sơ (trước hạn và "
                     f"đúng hạn {fmt_int(c.resolved_in_time)}, đạt {fmt_pct_value(sh['in_time_of_resolved'])}; quá "
                     f"hạn {fmt_int(c.resolved_late)}); đang giải quyết {fmt_int(c.pending)} hồ sơ (quá hạn "
                     f"{fmt_int(c.pending_overdue)})."))


def _body(fig: AggregateFigures, table: CompletenessTable) -> list:
    p = fig.period
    n = table.counts(p.code)
    expected = len(table.units)
    reported = len(fig.commune_units) + len([u for u in fig.own_units if u.package_uuid])
    body: list = [Para(f"Trên cơ sở số liệu do các đơn vị gửi qua gói dữ liệu, {fig.receiving_name} tổng hợp "
                       f"{SUBJECT} {p.name} như sau:")]
    body += [Heading("I. Tình hình gửi báo cáo của các đơn vị"),
             Para(f"Số đơn vị phải báo cáo: {fmt_int(expected)}; đã gửi: {fmt_int(reported)} (đúng hạn "
                  f"{fmt_int(n['on_time'])}, muộn {fmt_int(n['late'])}); chưa gửi: {fmt_int(len(fig.missing))}. "
                  f"Hạn gửi báo cáo kỳ này: {fmt_date(table.deadlines[p.code])}."
                  if expected else f"Số đơn vị đã gửi báo cáo: {fmt_int(reported)}.")]
    if 0 < len(fig.missing) <= MAX_LISTED:
        body.append(Para("Các đơn vị chưa gửi báo cáo:"))
        body += [Bullet(f"{m['name']} (mã {m['code']});" if i < len(fig.missing) - 1 else
                        f"{m['name']} (mã {m['code']}).") for i, m in enumerate(fig.missing)]
    elif fig.missing:
        body.append(Para("Các đơn vị chưa gửi báo cáo: " + ", ".join(m["name"] for m in fig.missing) + "."))
    late = [u for u in table.units if table.cell(u["code"], p.code).status == "late"]
    if late:
        body.append(Para("Các đơn vị gửi muộn: " + "; ".join(
            f"{u['name']} ({table.cell(u['code'], p.code).label})" for u in late) + "."))
    t = fig.total
    sh = t.shares()
    communes = f"{fig.communes_label} ({fmt_int(len(fig.commune_units))} đơn vị)"
    body.append(Heading("II. Tình hình, kết quả giải quyết thủ tục hành chính"))
    if fig.own is None:
        body.append(_results(f"Tổng cộng {communes[0].lower()}{communes[1:]}", t))
    else:
        body += [_results("Tổng cộng", t), _results(fig.own_label, fig.own)]
        if fig.commune_units:
            body.append(_results(communes, fig.communes))
    body += [
        Para(f"Số hóa hồ sơ khi tiếp nhận: {fmt_int(t.digitised_received)} hồ sơ, đạt "
             f"{fmt_pct_value(sh['digitised_of_received'])}; số hóa kết quả giải quyết: {fmt_int(t.digitised_results)}"
             f" hồ sơ, đạt {fmt_pct_value(sh['digitised_results_of_resolved'])}."),
        Para(f"Thanh toán trực tuyến: {fmt_int(t.paid_online)}/{fmt_int(t.with_fee)} hồ sơ có thu phí, lệ phí, đạt "
             f"{fmt_pct_value(sh['paid_online_of_with_fee'])}; phí, lệ phí thu được {fmt_money(t.fees_collected)} "
             f"đồng."),
        Para(f"Khảo sát mức độ hài lòng: {fmt_int(t.survey_total)} phiếu, hài lòng và rất hài lòng đạt "
             f"{fmt_pct_value(sh['satisfaction'])}."),
        Para("Chi tiết theo từng đơn vị và theo lĩnh vực tại Biểu số II.06a/VPCP/KSTT kèm theo."),
    ]
    fb = fig.feedback
    body += [Heading("III. Tiếp nhận, xử lý phản ánh, kiến nghị"),
             Para(f"Các đơn vị tiếp nhận {fmt_int(fb.received)} phản ánh, kiến nghị (mới {fmt_int(fb.new)}, kỳ trước "
                  f"chuyển sang {fmt_int(fb.carried_over)}); về quy định hành chính {fmt_int(fb.about_regulation)}, "
                  f"về hành vi hành chính {fmt_int(fb.about_conduct)}; đã xử lý {fmt_int(fb.handled)} (đúng hạn "
                  f"{fmt_int(fb.handled_on_time)}, quá hạn {fmt_int(fb.handled_late)}); đang xử lý "
                  f"{fmt_int(fb.pending)}.")]
    body.append(Heading("IV. Kiểm tra số liệu"))
    errors = fig.errors_to_fix
    if not errors:
        body.append(Para("Số liệu của các đơn vị đã được kiểm tra theo các quy tắc cân đối của Biểu II.06a; không "
                         "phát hiện sai lệch."))
    else:
        body.append(Para(f"Số liệu của các đơn vị đã được kiểm tra theo các quy tắc cân đối của Biểu II.06a; phát "
                         f"hiện {fmt_int(len(errors))} sai lệch cần các đơn vị rà soát, gửi lại:"))
        body += [Bullet(f.message + ";") for f in errors[:MAX_FINDINGS]]
        if len(errors) > MAX_FINDINGS:
            body.append(Bullet(f"và {fmt_int(len(errors) - MAX_FINDINGS)} sai lệch khác."))
    body.append(Para(f"Trên đây là báo cáo tổng hợp {SUBJECT} {p.name} của {fig.receiving_name}./."))
    return body


def aggregate_document(store: Store, period: Period | str, *, issued: date | None = None,
                       today: date | None = None) -> Document:
    """The aggregate report of `period` as an ND 30 document (annexes in landscape)."""
    period = parse_period(period) if isinstance(period, str) else period
    profile = get_profile(store)
    if not profile or not profile.get("is_receiving"):
        raise UserError("Báo cáo tổng hợp chỉ lập được trong kho dữ liệu của cấp nhận báo cáo "
                        "(tthc-desktop init --receiving).")
    fig = aggregate(store, period)
    table = completeness(store, [period], today=today)
    name = profile["name"]
    agency = [line for line in (profile.get("header_line1"), profile.get("header_line2")) if line] or [name.upper()]
    header = DocumentHeader(
        issuing_agency=agency, parent_agency=[profile["parent_name"].upper()] if profile.get("parent_name") else [],
        number=number_line(None, profile.get("number_suffix") or "BC"),
        place_date=place_date_line(profile.get("place_name") or profile.get("province") or "", issued,
                                   year=period.end.year if issued is None else None),
        doc_type="BÁO CÁO", summary=(f"Tổng hợp {SUBJECT} {period.name}",), subtitle=period.data_range_text)
    signature = SignatureBlock(signer_name=profile.get("signer_name") or "",
                               title=[profile.get("signer_title") or "THỦ TRƯỞNG CƠ QUAN"],
                               authority=profile.get("signer_authority") or "")
    receiving = profile.get("receiving_level_name") or ""
    period_line = f"Kỳ báo cáo: {_cap(period.name)} (Từ ngày {fmt_date(period.start)} đến ngày {fmt_date(period.end)})"
    return Document(header=header, body=_body(fig, table), signature=signature,
                    recipients=profile.get("recipients") or [],
                    annexes=(_unit_annex(fig, name, receiving, period_line),
                             _field_annex(fig, name, receiving, period_line)))


def render_aggregate_report(store: Store, period: Period | str, out: Path, *, issued: date | None = None,
                            created: datetime | None = None) -> Path:
    """Render the aggregate report PDF (PDF/A-2b, empty signature field) and write it atomically to `out`."""
    period = parse_period(period) if isinstance(period, str) else period
    document = aggregate_document(store, period, issued=issued)
    profile = get_profile(store) or {}
    pdf = render_pdf(document, title=f"Báo cáo tổng hợp {SUBJECT} {period.name}", author=profile.get("name", ""),
                     subject=f"Tổng hợp số liệu KSTTHC {period.name}", keywords=("KSTTHC", "tổng hợp", period.code),
                     creation_date=created or datetime.now().replace(microsecond=0))
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    write_bytes_atomic(out, pdf)
    return out
