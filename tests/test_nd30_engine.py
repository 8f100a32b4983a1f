"""The Nghị định 30/2020 PDF engine: layout, text, escaping, PDF/A-2b, reproducibility, draft mode."""
from __future__ import annotations

import io
import re
import shutil
import unicodedata
from datetime import date, datetime

import page as page_validation
import pdfplumber
import pikepdf
import pypdfium2
import pytest

from tests.nd30_checks import check_nd30, extract_text, lines_of, page_texts, pdf_fonts
from pypdf import PdfReader
from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.reports.fonts import find_font_files, register_fonts
from tthc_desktop.reports.nd30 import (Bullet, DataTable, Document, DocumentHeader, Gap, HeaderCell, Heading,
                                       Markup, Para, SignatureBlock, TableRow, bold, italic, join, number_line,
                                       place_date_line, render_document, render_pdf)
from tthc_desktop.reports.nd30.sample import FIELDS, SAMPLE_CREATED, ii06a_row, ii06a_table, sample_report_document
from tthc_desktop.reports.signature import empty_signature_fields

META = {"title": "Báo cáo kiểm soát thủ tục hành chính quý II năm 2023", "author": "UBND xã Đồng Lạc",
        "subject": "Báo cáo định kỳ", "keywords": ["kiểm soát thủ tục hành chính"], "creation_date": SAMPLE_CREATED}


@pytest.fixture(scope="module")
def final():
    return render_document(sample_report_document(), **META)


@pytest.fixture(scope="module")
def draft():
    return render_document(sample_report_document(number=None, issued=None), draft=True, **META)


def _header(**kw) -> DocumentHeader:
    base = dict(issuing_agency=["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LẠC"], number=number_line(7, "BC-UBND"),
                place_date="Đồng Lạc, ngày 05 tháng 02 năm 2024", doc_type="BÁO CÁO",
                summary=["Kết quả kiểm tra hồ sơ"])
    base.update(kw)
    return DocumentHeader(**base)


def _doc(body, **kw) -> Document:
    return Document(header=kw.pop("header", _header()), body=body,
                    signature=SignatureBlock(signer_name="Nguyễn Thị Thủy", title=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
                    recipients=kw.pop("recipients", ["Văn phòng UBND tỉnh;", "Lưu: VT."]), **kw)


def test_sample_report_passes_every_nd30_check(final):
    report = check_nd30(final.pdf)
    assert not report.failures, report.text()
    with pdfplumber.open(io.BytesIO(final.pdf)) as pdf:
        orientation = ["portrait" if p.height > p.width else "landscape" for p in pdf.pages]
    assert orientation[0] == "portrait" and orientation.count("landscape") >= 2
    assert final.page_count == len(orientation)


def test_vietnamese_text_reads_back_exactly(final):
    text = extract_text(final.pdf)
    for needle in ("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LẠC", "Số: 05/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "Đồng Lạc, ngày 15 tháng 6 năm 2023", "BÁO CÁO",
                   "(Số liệu từ ngày 15/3/2023 đến hết ngày 14/6/2023)",
                   "I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH",
                   "- Thông báo số 29/TB-UBND ngày 17/01/2023 về việc công bố Danh mục thủ tục hành chính",
                   "+ Thủ tục hành chính bãi bỏ: 02 thủ tục.", "Nơi nhận:", "- Lưu: VT, VP.",
                   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Chí Dũng", "Biểu số II.06a/VPCP/KSTT",
                   "Đơn vị tính: Số hồ sơ TTHC.", "Kỳ báo cáo: Quý II năm 2023"):
        assert needle in text, needle
    assert unicodedata.is_normalized("NFC", text)
    totals = ii06a_table().total.cells[1:]
    received = sum(ii06a_row(i)[0] for i in range(len(FIELDS))) + ii06a_row(100)[0] + ii06a_row(101)[0]
    assert totals[0] == received
    assert f"đã tiếp nhận {fmt_int(received)} hồ sơ" in text
    assert "TỔNG CỘNG " + " ".join(fmt_int(v) for v in totals) in page_texts(final.pdf)[-1]


def test_annex_header_repeats_and_numbers_align_right(final):
    pages = page_texts(final.pdf)
    annex_pages = [t for t in pages if "Số hồ sơ nhận giải quyết" in t]
    assert len(annex_pages) >= 2
    for t in annex_pages:
        assert "(1) (2) (3)" in t and "(13)" in t and "Trước hạn" in t
    hộ_tịch, chứng_thực = fmt_int(ii06a_row(0)[0]), fmt_int(ii06a_row(1)[0])
    with pdfplumber.open(io.BytesIO(final.pdf)) as pdf:
        landscape = next(p for p in pdf.pages if p.width > p.height)
        words = landscape.extract_words()
    rows = {w["text"]: w for w in words}
    first_numeric = [w for w in words if abs(w["top"] - rows["Hộ"]["top"]) < 3 and w["text"] == hộ_tịch][0]
    second = [w for w in words if abs(w["top"] - rows["Chứng"]["top"]) < 3 and w["text"] == chứng_thực][0]
    assert len(hộ_tịch) != len(chứng_thực)
    assert abs(first_numeric["x1"] - second["x1"]) < 0.5  # right-aligned in column (3)


def test_page_numbers_top_centre_from_page_two_on_landscape_too(final):
    with pdfplumber.open(io.BytesIO(final.pdf)) as pdf:
        for n, p in enumerate(pdf.pages, 1):
            top_lines = [ln for ln in lines_of(p) if ln["top"] < 20 * 72 / 25.4]
            numbers = [ln for ln in top_lines if re.fullmatch(r"\d+", ln["text"])]
            if n == 1:
                assert not numbers
            else:
                assert [ln["text"] for ln in numbers] == [str(n)]
                assert abs((numbers[0]["x0"] + numbers[0]["x1"]) / 2 - p.width / 2) < 3


def test_user_text_is_shown_literally_and_markup_from_code_is_bold():
    doc = _doc([
        Para("Ý kiến công dân: a < b & c; thẻ <b>đậm</b> và </i> hiện nguyên văn"),
        Para(join("Tổng số ", bold(3748), " hồ sơ ", italic("(có <i> & 2 ký tự)"))),
        DataTable(header=[["STT", "Nội dung"]], rows=[[1, "<script>alert('x')</script> & <b>"]], col_widths=[1, 6]),
    ], header=_header(summary=["Về việc <kiểm tra> & xử lý"]), recipients=["Phòng A & B <c>;"])
    pdf = render_pdf(doc, **META)
    text = extract_text(pdf)
    for needle in ("a < b & c; thẻ <b>đậm</b> và </i> hiện nguyên văn", "Về việc <kiểm tra> & xử lý",
                   "<script>alert('x')</script> & <b>", "- Phòng A & B <c>;", "(có <i> & 2 ký tự)",
                   "Tổng số 3.748 hồ sơ"):
        assert needle in text, needle
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        chars = p.pages[0].chars
    faces = {c["fontname"].split("+")[-1] for c in chars if c["text"] == "7" and c["size"] == 14}
    assert any(f.endswith("-Bold") for f in faces)  # "3.748" drawn in the bold face


def test_nfd_input_comes_out_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thủy – Ấp Tân Hưng – Đắk Lắk")
    pdf = render_pdf(_doc([Para(nfd), Bullet(nfd)], header=_header(issuing_agency=["ỦY BAN NHÂN DÂN", nfd])), **META)
    text = extract_text(pdf)
    assert "Nguyễn Thị Thủy – Ấp Tân Hưng – Đắk Lắk" in text
    assert "NGUYỄN THỊ THỦY – ẤP TÂN HƯNG – ĐẮK LẮK" in text
    assert unicodedata.is_normalized("NFC", text)


def test_markup_and_table_mistakes_are_refused():
    with pytest.raises(ValueError, match="not allowed"):
        render_pdf(_doc([Para(Markup('<font name="Helvetica">x</font>'))]), **META)
    with pytest.raises(ValueError, match="expected 3"):
        render_pdf(_doc([DataTable(header=[["A", "B", "C"]], rows=[[1, 2]])]), **META)
    with pytest.raises(ValueError, match="uncovered"):
        render_pdf(_doc([DataTable(header=[[HeaderCell("A", colspan=2), "B"], ["x"]], rows=[[1, 2, 3]])]), **META)


def test_pdfa_2b_valid_with_vietnamese_metadata(final, draft):
    for data in (final.pdf, draft.pdf):
        result = page_validation.validate_pdf_bytes(data, profile="2b")
        assert result.is_compliant, [(f.rule_id, f.message) for f in result.failures]
    with pikepdf.open(io.BytesIO(final.pdf)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == META["title"]
        assert meta["xmp:CreateDate"].startswith("2023-06-15T09:30:00")
        assert "/Trapped" not in pdf.docinfo and str(pdf.Root.Lang) == "vi-VN"
    assert b"Helvetica" not in final.pdf and b"Helvetica" not in draft.pdf


def test_same_document_gives_same_bytes(final):
    again = render_document(sample_report_document(), **META)
    assert again.pdf == final.pdf
    later = render_pdf(sample_report_document(), **{**META, "creation_date": datetime(2023, 6, 16, 8, 0)})
    assert later != final.pdf
    ids = PdfReader(io.BytesIO(final.pdf)).trailer["/ID"]
    assert ids == PdfReader(io.BytesIO(again.pdf)).trailer["/ID"]


def _watermark_share(draft_pdf: bytes, final_pdf: bytes, index: int) -> float:
    """Share of the page that is light grey in the draft where the final is white."""
    a, b = (pypdfium2.PdfDocument(d)[index].render(scale=0.5, grayscale=True).to_pil().convert("L")
            for d in (draft_pdf, final_pdf))
    grey = sum(1 for x, y in zip(a.tobytes(), b.tobytes()) if y == 255 and 200 <= x <= 225)
    return grey / (a.width * a.height)


def test_draft_has_watermark_on_every_page_and_no_signature_field(final, draft):
    assert empty_signature_fields(draft.pdf) == [] and draft.signature_fields == ()
    assert "DỰ THẢO" not in extract_text(draft.pdf)  # drawn as an image: the text stays clean
    assert draft.page_count == final.page_count
    for i in range(draft.page_count):
        assert _watermark_share(draft.pdf, final.pdf, i) > 0.015, f"no visible watermark on page {i + 1}"
    assert _watermark_share(final.pdf, final.pdf, 0) == 0
    with pdfplumber.open(io.BytesIO(draft.pdf)) as pdf:
        assert not pdf.pages[0].annots
    report = check_nd30(draft.pdf)
    assert {r.check for r in report.failures} <= {"place and date line", "place and date: italic 13-14 pt",
                                                   "unsigned signature field present"}


def test_fonts_prefer_times_new_roman_when_all_four_are_installed(tmp_path):
    liberation = register_fonts().paths
    family, paths = find_font_files(tmp_path)
    assert family == "LiberationSerif"
    for src, name in zip(liberation, ("times.ttf", "timesbd.ttf", "timesi.ttf", "TIMESBI.TTF")):
        shutil.copy(src, tmp_path / name)
    family, paths = find_font_files(tmp_path)
    assert family == "TimesNewRoman" and paths["BoldItalic"].name == "TIMESBI.TTF"
    (tmp_path / "timesi.ttf").unlink()
    assert find_font_files(tmp_path)[0] == "LiberationSerif"
    assert register_fonts() is register_fonts()


def test_fonts_embedded_no_helvetica_even_in_tables(final):
    fonts = pdf_fonts(PdfReader(io.BytesIO(final.pdf)))
    assert fonts and all(embedded for _, embedded in fonts.values())
    assert {name.split("+")[-1] for name in fonts} == {"LiberationSerif", "LiberationSerif-Bold",
                                                       "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


@pytest.mark.parametrize("gap_mm", range(0, 250, 18))
def test_no_signature_or_heading_alone_at_a_page_break(gap_mm):
    body = [Para("Ủy ban nhân dân xã báo cáo như sau. " * 6), Gap(gap_mm)]
    for n in range(1, 4):
        body += [Heading(f"{n}. Mục kiểm tra số {n}", level=2), Para("Nội dung chi tiết của mục kiểm tra. " * 9)]
    body.append(Para("Trên đây là báo cáo kết quả kiểm tra hồ sơ của Ủy ban nhân dân xã./."))
    pdf = render_pdf(_doc(body), **META)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for p in doc.pages:
            lines = [ln for ln in lines_of(p) if not re.fullmatch(r"\d+", ln["text"])]
            assert not re.match(r"\d\. Mục kiểm tra", lines[-1]["text"]), f"heading alone at the foot (gap {gap_mm})"
            texts = [ln["text"] for ln in lines]
            if any(t.startswith("Nơi nhận") for t in texts):
                before = texts[: next(i for i, t in enumerate(texts) if t.startswith("Nơi nhận"))]
                assert any(t.endswith("./.") for t in before), f"signature without text above it (gap {gap_mm})"


def test_portrait_table_and_plan_kind():
    table = DataTable(header=[[HeaderCell("STT", rowspan=2), HeaderCell("Chỉ tiêu", rowspan=2),
                               HeaderCell("Năm 2024", colspan=2)], ["Kế hoạch", "Ghi chú"]],
                      rows=[[1, "Tỷ lệ hồ sơ trực tuyến", "≥ 50%", ""], TableRow(("Cộng", "", ""), bold=True, span=2)],
                      col_widths=[1, 6, 2, 2], numbered=True)
    doc = _doc([Para("Mục tiêu năm 2024:"), table], header=_header(doc_type="KẾ HOẠCH", number=number_line(None, "KH-UBND")))
    pdf = render_pdf(doc, **META)
    report = check_nd30(pdf, kind="KẾ HOẠCH")
    assert not report.failures, report.text()
    text = extract_text(pdf)
    assert "Số: /KH-UBND" in text and "Tỷ lệ hồ sơ trực tuyến ≥ 50%" in text and "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text


def test_long_place_name_breaks_after_the_comma_never_inside_the_date():
    header = _header(issuing_agency=["ỦY BAN NHÂN DÂN", "PHƯỜNG NGUYỄN THÁI HỌC"],
                     place_date=place_date_line("Phường Nguyễn Thái Học", date(2025, 12, 5)))
    pdf = render_pdf(_doc([Para("Nội dung báo cáo.")], header=header), **META)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = [ln["text"] for ln in lines_of(doc.pages[0])]
    assert "Phường Nguyễn Thái Học," in lines and "ngày 05 tháng 12 năm 2025" in lines
    assert "<br/>" not in extract_text(pdf)
    assert not check_nd30(pdf).failures
