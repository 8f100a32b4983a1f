"""The periodic KSTTHC report (báo cáo định kỳ) as an ND 30 document, built from a frozen snapshot.

`build_snapshot` freezes everything the report prints (PeriodFigures.to_json, the unit profile,
the narrative, number and date); `report_document` turns a snapshot into engine blocks following
the outline I.1-12, II, III, IV with Nơi nhận, the signer and the landscape annexes (Biểu
II.06a per field, and the feedback table); `render_snapshot` gives the PDF bytes. Rendering needs
only the snapshot, so an issued report re-renders to the identical file.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time


from tthc_desktop.domain.figures import CatalogCounts, DossierCounts, FeedbackCounts, sum_counts
from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.reports import narrative as nar
from tthc_desktop.reports import sentences as s
from tthc_desktop.reports.nd30 import (Annex, Block, Bullet, DataTable, Document, DocumentHeader, HeaderCell,
                                       Heading, Para, SignatureBlock, TableRow, number_line, place_date_line,
                                       render_pdf)
from tthc_desktop.reports.sentences import Line, UnitNames

SNAPSHOT_VERSION = 1
FORM_06A = "Biểu số II.06a/VPCP/KSTT"
UNIT_KEYS = ("name", "unit_type", "header_line1", "header_line2", "parent_name", "province", "place_name",
             "number_suffix", "signer_name", "signer_title", "signer_authority", "recipients",
             "receiving_level_name")
COMMUNE_TYPES = ("xa", "phuong", "thi-tran", "dac-khu")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


# Snapshot ------------------------------------------------------------------------------------------

def build_snapshot(figures_json: dict, profile: dict, narrative: dict[str, str], *, number: str | None = None,
                   issued_on: date | None = None, draft: bool = True, created_on: date | None = None,
                   targets: Iterable[tuple[str, str, str, bool | None]] = ()) -> dict:
    """Everything the report prints, as JSON-ready data (`figures_json` is PeriodFigures.to_json())."""
    return {
        "version": SNAPSHOT_VERSION,
        "figures": figures_json,
        "unit": {k: profile.get(k) for k in UNIT_KEYS},
        "narrative": nar.merged(narrative),
        "number": number,
        "issued_on": issued_on.isoformat() if issued_on else None,
        "created_on": (created_on or issued_on or date.today()).isoformat(),
        "draft": draft,
        "targets": [list(t) for t in targets],
    }


def counts_of(row: dict) -> DossierCounts:
    """DossierCounts back from a row of PeriodFigures.to_json (parts and declared totals)."""
    return DossierCounts.from_mapping({**row.get("parts", {}), **row.get("declared", {})})


def _labelled(rows: Sequence[dict]) -> list[tuple[str, DossierCounts]]:
    """(label, counts) with rows of the same label from several source systems summed, first order kept."""
    out: dict[str, list[DossierCounts]] = {}
    for r in rows:
        out.setdefault(r["label"], []).append(counts_of(r).without_declared())
    return [(label, sum_counts(parts)) for label, parts in out.items()]


def next_period_name(period: Period) -> str:
    """The period that follows `period`, as named in "III. Phương hướng, nhiệm vụ <kỳ sau>"."""
    y, kind = period.year, period.kind
    if kind == "year":
        return f"năm {y + 1}"
    if kind == "quarter":
        q = int(period.code.split("Q")[-1])
        return f"quý I năm {y + 1}" if q == 4 else f"quý {_ROMAN[q]} năm {y}"
    if kind == "half":
        return f"6 tháng cuối năm {y}"
    if kind == "half2":
        return f"6 tháng đầu năm {y + 1}"
    if kind == "nine":
        return f"quý IV năm {y}"
    if kind == "month":
        m = period.end.month
        return f"tháng 1 năm {y + 1}" if m == 12 else f"tháng {m + 1} năm {y}"
    return "thời gian tới"


# Context shared by the section builders -------------------------------------------------------------

class _Context:
    """The snapshot decoded once: period, unit names, counts, placeholders."""

    def __init__(self, snap: dict):
        fig = snap["figures"]
        self.snap = snap
        self.period = parse_period(fig["period"]["code"])
        unit = snap["unit"]
        self.unit = unit
        self.names: UnitNames = s.unit_names(unit.get("name") or fig.get("unit") or "", unit.get("unit_type") or "")
        self.total = counts_of(fig["total"])
        self.fields = _labelled(fig["fields"])
        self.vertical = _labelled(fig["vertical_agencies"])
        self.lien_thong = _labelled(fig["lien_thong"])
        catalog = dict(fig["catalog"])
        self.catalog = CatalogCounts(**catalog)
        self.feedback = FeedbackCounts(**fig["feedback"])
        self.notices = fig["notices"]
        self.narrative = nar.merged(snap.get("narrative"))
        self.values = {"ky": self.period.name, "ky_sau": next_period_name(self.period), "don_vi": self.names.full,
                       "ubnd": self.names.ubnd, "cap_tren": unit.get("receiving_level_name") or "cấp trên"}

    def text(self, key: str) -> list[Block]:
        """The narrative of `key`, placeholders filled, one block per line."""
        return narrative_blocks(nar.fill(self.narrative.get(key, ""), self.values))


def narrative_blocks(text: str) -> list[Block]:
    """Lines "- ..." and "+ ..." become list items, other lines paragraphs."""
    out: list[Block] = []
    for line in nar.paragraphs(text):
        if line[:2] in ("- ", "+ ", "* "):
            out.append(Bullet(line[2:].strip(), marker=line[0]))
        else:
            out.append(Para(line))
    return out


def line_blocks(lines: Iterable[Line]) -> list[Block]:
    """Generated lines to blocks: a leading "- " / "+ " / "* " marker becomes a list item."""
    out: list[Block] = []
    for line in lines:
        if line.text[:2] in ("- ", "+ ", "* "):
            out.append(Bullet(line.text[2:], marker=line.text[0]))
        else:
            out.append(Para(line.text))
    return out


# The outline ---------------------------------------------------------------------------------------

def _section_i(c: _Context) -> list[Block]:
    t, names = c.total, c.names
    out: list[Block] = [Heading("I. Tình hình, kết quả kiểm soát thủ tục hành chính", 1)]

    def sub(number: int, title: str, key: str, generated: Iterable[Line] = ()) -> None:
        out.append(Heading(f"{number}. {title}", 2))
        out.extend(c.text(key))
        out.extend(line_blocks(generated))

    sub(1, "Đánh giá tác động thủ tục hành chính", "s1_impact")
    sub(2, "Thẩm định, thẩm tra thủ tục hành chính", "s2_appraisal")
    sub(3, "Công bố, công khai thủ tục hành chính", "s3_publication",
        s.publication_lines(c.notices, c.catalog, c.period.end, names))
    sub(4, "Rà soát, đơn giản hóa thủ tục hành chính", "s4_review", s.review_lines(c.catalog, names))
    sub(5, "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "s5_feedback",
        s.feedback_lines(c.feedback, names))
    results = [*s.dossier_lines(t, c.fields, names), *s.fee_lines(t), *s.vertical_lines(c.vertical)]
    if c.fields or c.vertical:
        results.append(Line(f"(Chi tiết tại {FORM_06A} kèm theo)"))
    sub(6, "Tình hình, kết quả giải quyết thủ tục hành chính", "s6_results", results)
    sub(7, "Triển khai cơ chế một cửa, một cửa liên thông", "s7_one_stop",
        [*s.lien_thong_lines(c.lien_thong), *s.post_lines(t), *s.survey_lines(t)])
    sub(8, "Thực hiện thủ tục hành chính trên môi trường điện tử", "s8_online",
        [*s.online_service_lines(c.catalog), *s.electronic_lines(t)])
    sub(9, "Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính", "s9_communication")
    sub(10, "Nghiên cứu, đề xuất sáng kiến cải cách thủ tục hành chính", "s10_initiatives")
    sub(11, "Kiểm tra việc thực hiện kiểm soát thủ tục hành chính", "s11_inspection")
    sub(12, "Nội dung khác", "s12_other")
    return out


def target_blocks(targets: Sequence[Sequence], year: int) -> list[Block]:
    """Hook for the annual plan: "Kết quả thực hiện các chỉ tiêu ..." lines from (label, value, target, reached)."""
    if not targets:
        return []
    return [Para(f"Kết quả thực hiện các chỉ tiêu theo Kế hoạch năm {year}:"),
            *line_blocks(s.target_lines(tuple(t) for t in targets))]


def _sections_ii_iv(c: _Context) -> list[Block]:
    out: list[Block] = [Heading("II. Đánh giá chung", 1), Heading("1. Kết quả đạt được", 2), *c.text("strengths"),
                        *target_blocks(c.snap.get("targets") or [], c.period.year),
                        Heading("2. Hạn chế, nguyên nhân", 2), *c.text("limits"),
                        Heading(f"III. Phương hướng, nhiệm vụ {c.values['ky_sau']}", 1), *c.text("tasks"),
                        Heading("IV. Kiến nghị, đề xuất", 1), *c.text("proposals")]
    out.extend(c.text("closing"))
    return out


# Annexes -------------------------------------------------------------------------------------------

def _06a_cells(c: DossierCounts) -> list[int]:
    return [c.received, c.new_online, c.new_direct_postal, c.carried_over, c.resolved, c.resolved_early,
            c.resolved_on_time, c.resolved_late, c.pending, c.pending_in_time, c.pending_overdue]


HEADER_06A = (
    (HeaderCell("STT", rowspan=3), HeaderCell("Lĩnh vực, công việc giải quyết theo cấp", rowspan=3),
     HeaderCell("Số hồ sơ nhận giải quyết", colspan=4), HeaderCell("Số hồ sơ đã giải quyết", colspan=4),
     HeaderCell("Số hồ sơ đang giải quyết", colspan=3)),
    (HeaderCell("Tổng số", rowspan=2), HeaderCell("Trong đó", colspan=3), HeaderCell("Tổng số", rowspan=2),
     HeaderCell("Trước hạn", rowspan=2), HeaderCell("Đúng hạn", rowspan=2), HeaderCell("Quá hạn", rowspan=2),
     HeaderCell("Tổng số", rowspan=2), HeaderCell("Trong hạn", rowspan=2), HeaderCell("Quá hạn", rowspan=2)),
    ("Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước"),
)
WIDTHS_06A = (5, 26, 7.5, 7.5, 9, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5)


def table_06a(fields: Sequence[dict], vertical: Sequence[dict]) -> DataTable:
    """Biểu II.06a: one row per field (grouped by source system when there are several), TỔNG SỐ,
    then the vertical agencies as a separate block (not part of the total)."""
    rows: list[TableRow | list] = []
    systems = list(dict.fromkeys(r.get("source_system") or "" for r in fields))
    grouped = len(systems) > 1
    for gi, system in enumerate(systems):
        members = [r for r in fields if (r.get("source_system") or "") == system]
        if grouped:
            rows.append(TableRow((_ROMAN[gi % 10], f"Trên {system}" if system else "Nguồn khác", *[""] * 11),
                                 bold=True))
        for i, r in enumerate(members, 1):
            rows.append([str(i), r["label"], *_06a_cells(counts_of(r).without_declared())])
    total = sum_counts(counts_of(r).without_declared() for r in fields)
    rows.append(TableRow(("TỔNG SỐ", *_06a_cells(total)), bold=True, span=2))
    if vertical:
        rows.append(TableRow(("Cơ quan ngành dọc tiếp nhận, giải quyết tại nơi tiếp nhận hồ sơ của đơn vị "
                              "(không cộng vào tổng số)",), bold=True, italic=True, span=13))
        for i, r in enumerate(vertical, 1):
            rows.append([str(i), r["label"], *_06a_cells(counts_of(r).without_declared())])
    return DataTable(header=HEADER_06A, rows=rows, col_widths=WIDTHS_06A, numbered=True,
                     align=("center", "left", *["right"] * 11))


HEADER_FEEDBACK = (
    (HeaderCell("STT", rowspan=2), HeaderCell("Đơn vị", rowspan=2),
     HeaderCell("Số phản ánh, kiến nghị tiếp nhận", colspan=3), HeaderCell("Nội dung", colspan=2),
     HeaderCell("Đã xử lý", colspan=4), HeaderCell("Đang xử lý", colspan=2)),
    ("Tổng số", "Mới tiếp nhận", "Từ kỳ trước", "Về quy định hành chính", "Về hành vi hành chính",
     "Tổng số", "Đúng hạn", "Quá hạn", "Đã công khai", "Tổng số", "Trong đó quá hạn"),
)


def table_feedback(unit: str, fb: FeedbackCounts) -> DataTable:
    """The feedback (PAKN) table: received, subject, handled and pending for the unit."""
    row = ["1", unit, fb.received, fb.new, fb.carried_over, fb.about_regulation, fb.about_conduct, fb.handled,
           fb.handled_on_time, fb.handled_late, fb.published, fb.pending, fb.pending_overdue]
    return DataTable(header=HEADER_FEEDBACK, rows=[row], numbered=True,
                     col_widths=(5, 22, 7, 7, 7, 8.5, 8.5, 7, 7, 7, 7.5, 7, 7.5),
                     align=("center", "left", *["right"] * 11))


def _annexes(c: _Context) -> list[Annex]:
    fig = c.snap["figures"]
    p = c.period
    period_line = f"Kỳ báo cáo: {p.name} (Từ ngày {fmt_date(p.start)} đến ngày {fmt_date(p.end)})"
    common = {"reporting_unit": c.names.ubnd, "receiving_unit": c.unit.get("receiving_level_name") or "",
              "period": period_line}
    return [
        Annex(form_code=FORM_06A, title=("Tình hình, kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị "
                                         "trực tiếp giải quyết thủ tục hành chính",),
              table=table_06a(fig["fields"], fig["vertical_agencies"]), **common),
        Annex(form_code="Biểu phản ánh, kiến nghị", title=("Tình hình, kết quả tiếp nhận, xử lý phản ánh, kiến nghị "
                                                            "về quy định hành chính và hành vi hành chính",),
              table=table_feedback(c.names.ubnd, c.feedback), unit="Số phản ánh, kiến nghị.", **common),
    ]


# Header, closing, whole document ----------------------------------------------------------------------

def number_text(number: str | None, suffix: str) -> str:
    """"Số: 05/BC-UBND" from "5", "05" or "05/BC-UBND"; blank for a draft without a number."""
    suffix = suffix or "BC-UBND"
    if not number:
        return number_line(None, suffix)
    number = number.strip()
    if number.isdigit():
        return number_line(int(number), suffix)
    return f"Số:\u00a0{number}"


def _header(c: _Context) -> DocumentHeader:
    unit, snap = c.unit, c.snap
    issued = date.fromisoformat(snap["issued_on"]) if snap.get("issued_on") else None
    agency = [x for x in (unit.get("header_line1"), unit.get("header_line2")) if x] or ["ỦY BAN NHÂN DÂN",
                                                                                        c.names.full.upper()]
    parent = [unit["parent_name"]] if unit.get("parent_name") and unit.get("unit_type") not in COMMUNE_TYPES else []
    place = unit.get("place_name") or c.names.full
    return DocumentHeader(
        issuing_agency=agency, parent_agency=parent,
        number=number_text(snap.get("number"), unit.get("number_suffix") or "BC-UBND"),
        place_date=place_date_line(place, issued, year=None if issued else c.period.end.year),
        doc_type="BÁO CÁO", summary=[f"{s.SUBJECT[0].upper()}{s.SUBJECT[1:]} {c.period.name}"],
        subtitle=c.period.data_range_text)


def _signature(unit: dict) -> SignatureBlock:
    title = [t.strip() for t in (unit.get("signer_title") or "CHỦ TỊCH").replace(" / ", "\n").splitlines()
             if t.strip()]
    return SignatureBlock(signer_name=unit.get("signer_name") or "", title=title,
                          authority=unit.get("signer_authority") or "TM. ỦY BAN NHÂN DÂN", field_name="ChuTich")


def report_document(snapshot: dict) -> Document:
    """The whole report as an ND 30 document (header, outline, Nơi nhận, signer, annexes)."""
    c = _Context(snapshot)
    body: list[Block] = c.text("opening")
    body.append(Para(f"{c.names.ubnd_long[0].upper()}{c.names.ubnd_long[1:]} báo cáo {s.SUBJECT} {c.period.name} "
                     "như sau:"))
    body += _section_i(c)
    body += _sections_ii_iv(c)
    recipients = c.unit.get("recipients") or [
        *([f"- {c.unit['receiving_level_name']};"] if c.unit.get("receiving_level_name") else []), "- Lưu: VT."]
    return Document(header=_header(c), body=body, signature=_signature(c.unit), recipients=recipients,
                    annexes=_annexes(c))


def report_title(snapshot: dict) -> str:
    """Metadata title: "Báo cáo ... quý II năm 2023 - xã Đồng Lạc"."""
    c = _Context(snapshot)
    return f"Báo cáo {s.SUBJECT} {c.period.name} - {c.names.full}"


def render_snapshot_docx(snapshot: dict) -> bytes:
    """The same report as .docx (Word), e.g. for an office that edits before signing; a draft's title says so."""
    from tthc_desktop.reports.docx_writer import render_docx

    document = report_document(snapshot)
    if snapshot.get("draft"):
        header = document.header
        document = replace(document, header=replace(header, doc_type=f"{header.doc_type} (DỰ THẢO)"))
    c = _Context(snapshot)
    return render_docx(document, title=report_title(snapshot), author=c.names.ubnd,
                       subject=f"Báo cáo định kỳ kiểm soát thủ tục hành chính {c.period.name}")


def render_snapshot(snapshot: dict) -> bytes:
    """PDF/A-2b bytes of the report; a draft carries the "DỰ THẢO" mark and no signature field."""
    c = _Context(snapshot)
    day = date.fromisoformat(snapshot.get("issued_on") or snapshot["created_on"])
    pdf = render_pdf(report_document(snapshot), title=report_title(snapshot), author=c.names.ubnd,
                     subject=f"Báo cáo định kỳ kiểm soát thủ tục hành chính {c.period.name}",
                     keywords=("kiểm soát thủ tục hành chính", "báo cáo định kỳ", c.period.name),
                     creation_date=datetime.combine(day, time(8, 0)), draft=bool(snapshot.get("draft")))
    return pdf
