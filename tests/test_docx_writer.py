"""The ND 30 document as .docx: opens in python-docx with the same text, styles and page setup."""
from __future__ import annotations

import io

from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt

from tthc_desktop.reports.docx_writer import render_docx
from tthc_desktop.reports.nd30 import (Annex, Bullet, DataTable, Document, DocumentHeader, HeaderCell, Heading, Para,
                                       SignatureBlock, TableRow, bold, join, number_line, place_date_line)


def make_document() -> Document:
    from datetime import date

    header = DocumentHeader(issuing_agency=["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LẠC"], number=number_line(5, "BC-UBND"),
                            place_date=place_date_line("Đồng Lạc", date(2024, 2, 5)), doc_type="BÁO CÁO",
                            summary=["Tình hình, kết quả kiểm soát thủ tục hành chính quý I năm 2024"],
                            subtitle="(Số liệu từ ngày 15/12/2023 đến hết ngày 14/3/2024)")
    table = DataTable(header=[[HeaderCell("STT", rowspan=2), HeaderCell("Lĩnh vực", rowspan=2),
                               HeaderCell("Số hồ sơ nhận giải quyết", colspan=2)], ["Tổng số", "Trực tuyến"]],
                      rows=[[1, "Hộ tịch", 1401, 1352], [2, "Chứng thực", 2119, 2119]],
                      total=TableRow(("TỔNG SỐ", 3520, 3471), bold=True, span=2), numbered=True,
                      col_widths=[1, 5, 2, 2])
    body = [Heading("I. Tình hình, kết quả kiểm soát TTHC", 1),
            Heading("1. Kết quả giải quyết TTHC", 2),
            Para(join("Tổng số hồ sơ TTHC đã tiếp nhận là ", bold("3.748 hồ sơ"), ", trực tuyến chiếm 96,31%.")),
            Para("Ký tự đặc biệt <b> & < > hiển thị nguyên văn."),
            Bullet("Lĩnh vực Hộ tịch: 1.401 hồ sơ"),
            Annex(form_code="Biểu số II.06a/VPCP/KSTT", title=["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC"], table=table,
                  reporting_unit="UBND xã Đồng Lạc", receiving_unit="UBND tỉnh", period="Quý I năm 2024"),
            Heading("II. Đánh giá chung", 1), Para("Kết quả đạt được.")]
    return Document(header=header, body=body, signature=SignatureBlock("Nguyễn Văn An"),
                    recipients=["Văn phòng UBND tỉnh;", "Lưu: VT, VP."])


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts).replace("\u00a0", " ")


def test_docx_holds_the_same_text_and_figures():
    data = render_docx(make_document(), title="Báo cáo quý I năm 2024", author="UBND xã Đồng Lạc")
    doc = open_docx(io.BytesIO(data))
    text = all_text(doc)
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "XÃ ĐỒNG LẠC",
                   "Số: 05/BC-UBND", "Đồng Lạc, ngày 05 tháng 02 năm 2024", "BÁO CÁO",
                   "I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT TTHC", "3.748 hồ sơ", "96,31%",
                   "Ký tự đặc biệt <b> & < > hiển thị nguyên văn.", "- Lĩnh vực Hộ tịch: 1.401 hồ sơ",
                   "Biểu số II.06a/VPCP/KSTT", "1.401", "3.520", "TỔNG SỐ", "(3)", "Nơi nhận:",
                   "- Văn phòng UBND tỉnh;", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"):
        assert needle in text, needle
    assert doc.core_properties.title == "Báo cáo quý I năm 2024"


def test_docx_page_setup_font_and_landscape_annex():
    doc = open_docx(io.BytesIO(render_docx(make_document(), title="t", author="a")))
    first = doc.sections[0]
    def mm(v):
        return round(v / Mm(1), 1)

    assert (mm(first.page_width), mm(first.page_height)) == (210, 297)
    assert (mm(first.left_margin), mm(first.right_margin), mm(first.top_margin)) == (30, 15, 20)
    assert first.different_first_page_header_footer  # no page number on page 1
    assert "PAGE" in first.header._element.xml
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    bold_runs = [r.text.replace("\u00a0", " ") for p in doc.paragraphs for r in p.runs if r.bold]
    assert "3.748 hồ sơ" in bold_runs
