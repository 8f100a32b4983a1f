"""Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01, TT 01/2018/TT-VPCP → TT 03/2025/TT-VPCP).

A form, not a report: two copies (liên) on one A4 with a cut line between them, or one copy per
page. Header in the Nghị định 30 style (đơn vị chủ quản and the desk | Quốc hiệu, Tiêu ngữ), the
fields of the form, signatures NGƯỜI NỘP HỒ SƠ | NGƯỜI TIẾP NHẬN HỒ SƠ. The ND 30 engine flows
whole documents page by page, so the half-page layout is drawn here with ReportLab, using the
engine's fonts (Times New Roman where installed, else Liberation Serif; never Helvetica).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from tthc_desktop.domain.formatting import fmt_date, fmt_money, nd30_date
from tthc_desktop.domain.workdays import weekday_name
from tthc_desktop.fileio import write_bytes_atomic
from tthc_desktop.reports.fonts import SerifFonts, register_fonts
from tthc_desktop.reports.nd30.flowables import HRule
from tthc_desktop.reports.pdfa import to_pdfa2b
from tthc_desktop.services import register as svc
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_profile, get_setting

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
SETTING_DESK = "register_desk_name"
ONE_STOP_REFORM = date(2025, 7, 1)  # NĐ 118/2025: the desk becomes Trung tâm Phục vụ hành chính công
COPY_LABELS = ("Liên 1: giao người nộp hồ sơ", "Liên 2: lưu tại nơi tiếp nhận hồ sơ")
PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R = 22 * mm, 14 * mm
HALF_TOP, HALF_BOTTOM = 9 * mm, 5 * mm
SIZES = (12, 11.5, 11, 10.5, 10)  # tried in order until a copy fits half a page


def desk_name(store: Store, received: date) -> str:
    """The receiving desk's name: a setting, else by date (Bộ phận một cửa before 1/7/2025, Trung tâm after)."""
    name = get_setting(store, SETTING_DESK, "")
    if name:
        return name
    return "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" if received >= ONE_STOP_REFORM else "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"


def _moment(value: str) -> str:
    """"08 giờ 15 phút, ngày 03/03/2025" as the form writes times."""
    m = datetime.fromisoformat(value)
    return f"{m:%H} giờ {m:%M} phút, {weekday_name(m.date()).lower()} ngày {fmt_date(m)}"


def _limit_text(row: dict) -> str:
    days, hours = row.get("processing_days"), row.get("processing_hours")
    if days:
        n = f"{int(days):02d}" if float(days).is_integer() else f"{days:g}".replace(".", ",")
        return f"{n} ngày làm việc"
    if hours:
        return f"{hours:g} giờ làm việc".replace(".", ",")
    return "theo ngày hẹn ghi dưới đây"


def _holidays_text(store: Store, row: dict) -> str:
    """"(không tính ngày nghỉ: 27/01/2025 - 01/02/2025 Tết Nguyên Đán)" for the holidays and decided days off
    between receipt and appointment (weekends are not listed)."""
    cal = svc.work_calendar(store)
    start = datetime.fromisoformat(row["received_at"]).date()
    end = datetime.fromisoformat(row["due_at"]).date()
    days, d = [], start + timedelta(days=1)
    while d < end:
        if not cal.is_working_day(d) and cal.holiday_name(d):
            days.append(d)
        d += timedelta(days=1)
    if not days:
        return ""
    ranges: list[list[date]] = []
    for d in days:
        if ranges and (d - ranges[-1][-1]).days <= 2 and all(
                not cal.is_working_day(ranges[-1][-1] + timedelta(days=k))
                for k in range(1, (d - ranges[-1][-1]).days)):
            ranges[-1].append(d)
        else:
            ranges.append([d])
    parts = []
    for r in ranges:
        names = [cal.holiday_name(d) or "" for d in r]
        name = "Tết Nguyên Đán" if any("Nguyên Đán" in n or "29 Tết" in n for n in names) else names[0]
        span = fmt_date(r[0]) if len(r) == 1 else f"{fmt_date(r[0])} - {fmt_date(r[-1])}"
        parts.append(f"{span} {name}".strip())
    return f" (không tính ngày nghỉ: {'; '.join(parts)})"


@dataclass(frozen=True)
class _Styles:
    small: ParagraphStyle
    agency: ParagraphStyle
    agency_bold: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    place_date: ParagraphStyle
    title: ParagraphStyle
    code: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    sign: ParagraphStyle
    sign_note: ParagraphStyle


def _styles(f: SerifFonts, size: float) -> _Styles:
    def st(name: str, sz: float, *, bold=False, italic=False, align=TA_CENTER, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=f.face(bold=bold, italic=italic), fontSize=sz,
                              leading=round(sz * 1.15, 1), alignment=align, **kw)

    head = min(size, 12)
    return _Styles(
        small=st("small", size - 2, italic=True, align=2),
        agency=st("agency", head), agency_bold=st("agency_bold", head, bold=True),
        national=st("national", head - 0.5, bold=True), motto=st("motto", head, bold=True),
        number=st("number", head), place_date=st("place_date", head, italic=True),
        title=st("title", size + 0.5, bold=True, spaceBefore=size * 0.4),
        code=st("code", size, bold=True, spaceAfter=size * 0.3),
        body=st("body", size, align=TA_JUSTIFY, spaceAfter=0.3),
        item=st("item", size, align=TA_LEFT, leftIndent=6 * mm, spaceAfter=0),
        sign=st("sign", size, bold=True), sign_note=st("sign_note", size - 1, italic=True),
    )


def _balanced(text: str, style: ParagraphStyle, width: float) -> str:
    """Escaped `text`, broken into two lines of similar length when it is wider than `width`
    ("BỘ PHẬN TIẾP NHẬN / VÀ TRẢ KẾT QUẢ" rather than a lone "QUẢ" on the second line)."""
    def w(t: str) -> float:
        return stringWidth(t, style.fontName, style.fontSize)

    words = text.split()
    if w(text) <= width or len(words) < 2:
        return _e(text)
    cut = min(range(1, len(words)), key=lambda i: max(w(" ".join(words[:i])), w(" ".join(words[i:]))))
    return f"{_e(' '.join(words[:cut]))}<br/>{_e(' '.join(words[cut:]))}"


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _e(value) -> str:
    return escape(str(value or ""))


def _copy(store: Store, row: dict, profile: dict, f: SerifFonts, size: float, width: float,
          label: str | None) -> list[Flowable]:
    """One copy of the form as flowables, `width` points wide."""
    s = _styles(f, size)
    received = datetime.fromisoformat(row["received_at"])
    parent = [x for x in (profile.get("header_line1"), profile.get("header_line2")) if x] or [profile.get("name", "")]
    col = width * 0.42 - 2 * mm
    left: list[Flowable] = [_p(_balanced(" ".join(parent).upper(), s.agency, col), s.agency),
                            _p(_balanced(desk_name(store, received.date()), s.agency_bold, col), s.agency_bold),
                            HRule(22 * mm, space_before=4, space_after=3)]
    motto = "Độc lập - Tự do - Hạnh phúc"
    right: list[Flowable] = [_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s.national), _p(motto, s.motto),
                             HRule(stringWidth(motto, s.motto.fontName, s.motto.fontSize),
                                   space_before=4, space_after=3)]
    place = profile.get("place_name") or ""
    header = Table([[left, right],
                    [_p(f"Số:\u00a0{row['seq']:04d}/TNHS", s.number),
                     _p(_e(f"{place}, {nd30_date(received.date())}"), s.place_date)]],
                   colWidths=[width * 0.42, width * 0.58])
    header.setStyle(_plain_table(f))
    out: list[Flowable] = [_Label(label, f)] if label else []
    out += [header, _p(TITLE, s.title), _p(f"Mã hồ sơ: {_e(row['receipt_no'])}", s.code)]
    fields = [
        f"Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: <b>{_e(row['applicant_name'])}</b>",
        f"Số định danh cá nhân/mã số tổ chức: {_e(row['applicant_id_no']) or '.' * 30}",
        f"Địa chỉ: {_e(row['address']) or '.' * 60}",
        f"Số điện thoại: {_e(row['phone']) or '.' * 20}{'&nbsp;' * 4}Email: {_e(row['email']) or '.' * 25}",
    ]
    if row.get("authorised_person"):
        fields.append(f"Người được ủy quyền: {_e(row['authorised_person'])}")
    fields.append(f"Nội dung yêu cầu giải quyết: <b>{_e(row['procedure_name'])}</b> "
                  f"(mã\u00a0TTHC\u00a0{_e(row['procedure_code'])})")
    out += [_p(t, s.body) for t in fields]
    docs = row["documents"] or ["Theo quy định của thủ tục"]
    out.append(_p("1. Thành phần hồ sơ nộp gồm:", s.body))
    out += [_p(f"{i}. {_e(d)}", s.item) for i, d in enumerate(docs, start=1)]
    fee = f"; phí, lệ phí: {fmt_money(row['fee'])} đồng" if row.get("fee") else ""
    out += [
        _p(f"2. Số lượng hồ sơ: {row['copies']:02d} (bộ){fee}", s.body),
        _p(f"3. Thời gian giải quyết hồ sơ theo quy định: {_limit_text(row)}", s.body),
        _p(f"4. Thời gian nhận hồ sơ: {_moment(row['received_at'])}", s.body),
        _p(f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{_moment(row['due_at'])}</b>"
           f"{_e(_holidays_text(store, row))}", s.body),
        _p(f"6. Đăng ký nhận kết quả tại: {_e(svc.RESULT_DELIVERY.get(row['result_delivery'] or '', ''))}", s.body),
        _p(f"Vào Sổ theo dõi hồ sơ, Quyển số: {_e(row['book_no'])}, Số thứ tự: {row['seq']}", s.body),
    ]
    signs = Table([[_p("NGƯỜI NỘP HỒ SƠ", s.sign), _p("NGƯỜI TIẾP NHẬN HỒ SƠ", s.sign)],
                   [_p("(Ký và ghi rõ họ tên)", s.sign_note), _p("(Ký và ghi rõ họ tên)", s.sign_note)],
                   [Spacer(1, size * 2.4), Spacer(1, size * 2.4)],
                   [_p(_e(row["applicant_name"]), s.sign), _p(_e(row["officer"]), s.sign)]],
                  colWidths=[width / 2, width / 2])
    signs.setStyle(_plain_table(f))
    signs.spaceBefore = size * 0.3
    out.append(signs)
    return out


class _Label(Flowable):
    """"Liên 1: ..." in small italics at the top right, drawn above the copy without taking its room."""

    def __init__(self, text: str, fonts: SerifFonts) -> None:
        super().__init__()
        self.text, self.fonts = text, fonts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, 0

    def draw(self) -> None:
        self.canv.setFont(self.fonts.italic, 8.5)
        self.canv.drawRightString(self._width, 4, self.text)


def _plain_table(f: SerifFonts) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), f.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for fl in flowables:
        _, h = fl.wrap(width, 10_000)
        total += h + fl.getSpaceBefore() + fl.getSpaceAfter()
    return total


def _cut_line(canv, _doc) -> None:
    """Dashed cut line across the middle of the sheet, with a small label."""
    fonts = register_fonts()
    y = PAGE_H / 2
    canv.saveState()
    canv.setDash(3, 3)
    canv.setLineWidth(0.5)
    canv.line(8 * mm, y, PAGE_W - 8 * mm, y)
    canv.setFont(fonts.italic, 8)
    label = " Cắt theo đường này "
    w = canv.stringWidth(label, fonts.italic, 8)
    canv.setFillColorRGB(1, 1, 1)
    canv.rect(PAGE_W / 2 - w / 2, y - 3, w, 7, stroke=0, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    canv.drawCentredString(PAGE_W / 2, y - 2.5, label)
    canv.restoreState()


def render_receipt(store: Store, ref: int | str, *, layout: str = "two", now: datetime | None = None) -> bytes:
    """The receipt of dossier `ref` (id or receipt number) as PDF/A-2b bytes; layout "two" or "one"."""
    row = svc.dossier(store, ref, now=now)
    profile = get_profile(store) or {}
    fonts = register_fonts()
    width = PAGE_W - MARGIN_L - MARGIN_R
    half = PAGE_H / 2 - HALF_TOP - HALF_BOTTOM
    story: list[Flowable] = []
    if layout == "two":
        size = next((sz for sz in SIZES if _height(_copy(store, row, profile, fonts, sz, width, COPY_LABELS[0]),
                                                   width) <= half - 2), None)
        if size is None:
            layout = "one"  # a long list of documents: one copy per page rather than a clipped form
        else:
            story = [*_copy(store, row, profile, fonts, size, width, COPY_LABELS[0]), FrameBreak(),
                     *_copy(store, row, profile, fonts, size, width, COPY_LABELS[1])]
            frames = [Frame(MARGIN_L, PAGE_H / 2 + HALF_BOTTOM, width, half, id="top", leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0),
                      Frame(MARGIN_L, HALF_BOTTOM + 4 * mm, width, half, id="bottom", leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0)]
            template = PageTemplate("two", frames, onPage=_cut_line)
    if layout == "one":
        story = [*_copy(store, row, profile, fonts, 13, width, COPY_LABELS[0]), PageBreak(),
                 *_copy(store, row, profile, fonts, 13, width, COPY_LABELS[1])]
        template = PageTemplate("one", [Frame(MARGIN_L, 20 * mm, width, PAGE_H - 40 * mm, id="page")])
    elif layout != "two":
        raise ValueError(layout)
    buffer = io.BytesIO()
    title = f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {row['receipt_no']}"
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author=profile.get("name", ""), creator="TTHC Desktop",
                          invariant=1, initialFontName=fonts.regular, initialFontSize=12, lang="vi-VN")
    doc.addPageTemplates([template])
    doc.build(story)
    created = datetime.fromisoformat(row["created_at"]) if row.get("created_at") else datetime.now()
    return to_pdfa2b(buffer.getvalue(), title=title, author=profile.get("name", ""), subject=row["procedure_name"],
                     creation_date=created)


def write_receipt(store: Store, ref: int | str, path: str | Path, *, layout: str = "two") -> Path:
    """Write the receipt PDF to `path` (temp file, fsync, rename)."""
    write_bytes_atomic(path, render_receipt(store, ref, layout=layout))
    return Path(path)
