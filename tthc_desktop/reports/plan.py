"""The annual KSTTHC plan (kế hoạch) as an ND 30 document: purpose, the task table on landscape pages
(repeating header row, one section row per group I-IV), organisation, Nơi nhận and signer."""
from __future__ import annotations

from datetime import datetime

from tthc_desktop.domain.formatting import fmt_date, nd30_short_date
from tthc_desktop.reports.nd30 import (Annex, DataTable, Document, DocumentHeader, Heading, Para,
                                       SignatureBlock, TableRow, number_line, place_date_line)
from tthc_desktop.store.plans import SECTIONS

DEFAULT_NARRATIVE = {
    "purpose": [
        "Triển khai thực hiện có hiệu quả công tác kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên "
        "thông trong giải quyết thủ tục hành chính; nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        "Xác định rõ nội dung công việc, thời hạn hoàn thành, trách nhiệm của các bộ phận, cán bộ, công chức; "
        "các chỉ tiêu phải đạt trong năm.",
    ],
    "organisation": [
        "Văn phòng HĐND và UBND chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả "
        "theo định kỳ quý, 6 tháng, 9 tháng và năm.",
        "Các bộ phận, cán bộ, công chức chuyên môn căn cứ nhiệm vụ được giao tổ chức thực hiện; trong quá trình "
        "thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo Chủ tịch UBND để xem xét, chỉ đạo.",
    ],
}
OPS = {">=": "≥", "<=": "≤", "=": "="}


def _target_text(task: dict) -> str:
    if not task.get("target_metric") or task.get("target_value") is None:
        return ""
    return f"{OPS.get(task.get('target_op') or '>=', '≥')} {task['target_value']:g}%"


def plan_document(plan: dict, profile: dict, *, draft: bool = False) -> Document:
    """Build the plan document from a stored plan (with tasks) and the unit profile."""
    unit = profile.get("name", "")
    year = plan["year"]
    bare_unit = profile.get("place_name") or unit
    issued = datetime.fromisoformat(plan["issued_on"]).date() if plan.get("issued_on") else None
    number = None
    if plan.get("number"):
        digits = "".join(ch for ch in str(plan["number"]).split("/")[0] if ch.isdigit())
        number = int(digits) if digits else None
    decision = plan.get("decision_number") or "\u00a0" * 6
    decision_date = (f"ngày {nd30_short_date(datetime.fromisoformat(plan['decision_date']).date())}"
                     if plan.get("decision_date") else f"ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng 01 năm {year}")
    header = DocumentHeader(
        issuing_agency=[profile.get("header_line1") or "ỦY BAN NHÂN DÂN", profile.get("header_line2") or unit.upper()],
        number=number_line(number, "KH-UBND"),
        place_date=place_date_line(bare_unit, issued, year=year),
        doc_type="KẾ HOẠCH",
        summary=["Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa,",
                 f"một cửa liên thông năm {year} trên địa bàn {unit}"],
        subtitle=f"(Ban hành kèm theo Quyết định số {decision}/QĐ-UBND {decision_date} của Chủ tịch UBND {unit})",
    )
    narrative = {**DEFAULT_NARRATIVE, **(plan.get("narrative") or {})}
    rows: list = []
    current = None
    numbering = 0
    for task in plan["tasks"]:
        if task["section"] != current:
            current = task["section"]
            numbering = 0
            rows.append(TableRow((current, SECTIONS[current], "", "", "", "", ""), bold=True))
        numbering += 1
        deadline = task.get("deadline_text") or (fmt_date(task["deadline_date"]) if task.get("deadline_date") else "")
        rows.append(TableRow((f"{numbering}.", task["content"], task.get("lead") or "", task.get("coordinate") or "",
                              deadline, task.get("product") or "", _target_text(task))))
    table = DataTable(
        header=[["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
                 "Sản phẩm dự kiến hoàn thành", "Chỉ tiêu"]],
        rows=rows, col_widths=[0.6, 5.2, 2.0, 2.2, 1.6, 2.2, 1.0],
        align=["center", "left", "left", "left", "center", "left", "center"], font_size=11)
    body = [Heading("I. Mục đích, yêu cầu", 1)]
    body += [Para(p) for p in narrative["purpose"]]
    body += [Heading("II. Nội dung, nhiệm vụ và phân công thực hiện", 1),
             Para("Nội dung, nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn và sản phẩm dự kiến tại Phụ lục kèm theo "
                  "Kế hoạch này.")]
    body += [Heading("III. Tổ chức thực hiện", 1)]
    body += [Para(p) for p in narrative["organisation"]]
    annex = Annex(form_code="Phụ lục", title=[f"NỘI DUNG, NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM {year}"],
                  table=table, period=f"(Kèm theo Kế hoạch kiểm soát TTHC năm {year} của UBND {unit})", unit="")
    signer = SignatureBlock(profile.get("signer_name") or "", title=[profile.get("signer_title") or "CHỦ TỊCH"],
                            authority=profile.get("signer_authority") or "TM. ỦY BAN NHÂN DÂN",
                            field_name=None if draft else "ChuTich")
    recipients = profile.get("recipients") or ["Văn phòng UBND tỉnh;", "Lưu: VT, VP."]
    return Document(header=header, body=body, signature=signer, recipients=recipients, annexes=[annex])
