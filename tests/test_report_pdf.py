"""The issued periodic report as a PDF: the figures a clerk checks, the notice list, the Biểu II.06a table,
the ND 30 layout, PDF/A-2b, and the empty signature field a signing tool can fill."""
from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from datetime import date

import page as page_validation
import pdfplumber
import pikepdf
import pytest
from asn1crypto import keys as a_keys
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader

from tests.nd30_checks import check_nd30, extract_text, page_texts
from tests.report_data import fill_year
from tthc_desktop.reports.pdfa import repair_stream_endings
from tthc_desktop.services import reporting
from tthc_desktop.store import open_store
from tthc_desktop.store.profile import save_profile


def _profile(store) -> None:
    save_profile(store, name="xã Đồng Lạc", unit_type="xa", place_name="Đồng Lạc", header_line1="ỦY BAN NHÂN DÂN",
                 header_line2="XÃ ĐỒNG LẠC", number_suffix="BC-UBND", signer_name="Nguyễn Văn An",
                 signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer_authority="TM. ỦY BAN NHÂN DÂN",
                 recipients=["- Văn phòng UBND tỉnh;", "- TT Đảng ủy, TT HĐND xã;", "- Lưu: VT, VP."],
                 receiving_level_name="Văn phòng UBND tỉnh")


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    """The year 2023 issued as Báo cáo số 05/BC-UBND on 15/12/2023: (pdf bytes, store path)."""
    path = tmp_path_factory.mktemp("report") / "tthc.sqlite3"
    with open_store(path) as store:
        _profile(store)
        fill_year(store)
        done = reporting.issue_report(store, "2023", number=5, issued_on=date(2023, 12, 15))
    return done.pdf


@pytest.fixture(scope="module")
def text(issued) -> str:
    return extract_text(issued)


def test_header_title_and_data_range(text):
    assert "Số: 05/BC-UBND" in text
    assert "Đồng Lạc, ngày 15 tháng 12 năm 2023" in text
    assert ("BÁO CÁO Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, "
            "một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử năm 2023") in text
    assert "(Số liệu từ ngày 15/12/2022 đến hết ngày 14/12/2023)" in text


def test_dossier_figures_are_printed_formatted(text):
    for needle in ("Tổng số hồ sơ TTHC đã tiếp nhận là 3.748 hồ sơ, gồm:",
                   "Số mới tiếp nhận trong kỳ: 3.737 hồ sơ. Trong đó: trực tuyến: 3.599 hồ sơ, chiếm 96,31%",
                   "trực tiếp và qua dịch vụ bưu chính: 138 hồ sơ, chiếm 3,69%",
                   "+ Lĩnh vực Hộ tịch: 1.401 hồ sơ (trong đó trực tuyến: 1.352 hồ sơ);",
                   "+ Lĩnh vực Người có công: 81 hồ sơ (không có hồ sơ trực tuyến);",
                   "Số từ kỳ trước chuyển qua: 11 hồ sơ.",
                   "trước hạn: 3.551 hồ sơ, chiếm 95,02%; đúng hạn: 185 hồ sơ, chiếm 4,95%; quá hạn: 01 hồ sơ, "
                   "chiếm 0,03%.",
                   "Số hồ sơ đang giải quyết: 11 hồ sơ",
                   "Tổng phí, lệ phí thu được trong kỳ: 53.528.500 đồng.",
                   "Công an thị trấn: tổng số hồ sơ tiếp nhận: 2.053 hồ sơ",
                   "đã tiếp nhận 110 hồ sơ, đã giải quyết 110 hồ sơ, đạt 100,00%",
                   "tổng số 3.627 phiếu. Trong đó: rất hài lòng: 105 phiếu, chiếm 2,89%; hài lòng: 3.521 phiếu, "
                   "chiếm 97,08%; bình thường: 01 phiếu, chiếm 0,03%. Không có phiếu không hài lòng.",
                   "1.387 hồ sơ/3.078 hồ sơ có thu phí, lệ phí, chiếm 45,06%",
                   "Kết quả tiếp nhận và chứng thực điện tử: 63 hồ sơ."):
        assert needle in text, needle


def test_numbered_notice_list_of_the_period_only(text):
    assert ("- Tổng số văn bản công bố, công khai thủ tục hành chính đã ban hành trong kỳ báo cáo: 03. Cụ thể: "
            "(1) Thông báo số 29/TB-UBND ngày 17/01/2023 về việc công bố Danh mục thủ tục hành chính") in text
    assert "(2) Thông báo số 111/TB-UBND ngày 03/4/2023 về việc công bố Danh mục" in text
    # stored text with markup characters is printed literally
    assert "(3) Thông báo số 605/TB-UBND ngày 24/11/2023 về việc niêm yết công khai danh mục TTHC <Sở Tư pháp> & " \
           "quy trình nội bộ." in text
    assert "700/TB-UBND" not in text and "241/UBND-VP" not in text


def test_catalog_and_feedback_sentences(text):
    assert "tính đến ngày 14/12/2023: 05 thủ tục thuộc 03 lĩnh vực." in text
    assert "Trong kỳ báo cáo có công bố mới 01 TTHC." in text
    assert "Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo: 01" in text
    assert "Tổng số TTHC cung cấp dịch vụ công trực tuyến: 04/05 TTHC, đạt 80,00%" in text


def test_outline_and_closing_block(text):
    order = ["I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", "1. Đánh giá tác động", "3. Công bố, công khai",
             "6. Tình hình, kết quả giải quyết", "12. Nội dung khác", "II. ĐÁNH GIÁ CHUNG", "1. Kết quả đạt được",
             "2. Hạn chế, nguyên nhân", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "IV. KIẾN NGHỊ, ĐỀ XUẤT",
             "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
    positions = [text.find(x) for x in order]
    assert -1 not in positions, [x for x, p in zip(order, positions) if p == -1]
    assert positions == sorted(positions)
    assert "huyện" not in text


def _annex_lines(pdf: bytes, title: str) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for p in doc.pages:
            if p.width > p.height and title in (p.extract_text() or ""):
                return [re.sub(r"\s+", " ", line) for line in p.extract_text().splitlines()]
    raise AssertionError(f"no landscape page with {title!r}")


def test_annex_06a_per_field_table_with_total_and_vertical_block(issued):
    lines = _annex_lines(issued, "Biểu số II.06a/VPCP/KSTT")
    assert "(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)" in lines
    row = next(line for line in lines if "Hộ tịch" in line)
    assert row.endswith("Hộ tịch 1.406 1.352 49 5 1.401 1.300 100 1 5 5 0")
    assert "TỔNG SỐ 3.748 3.599 138 11 3.737 3.551 185 1 11 11 0" in lines
    total_at = lines.index("TỔNG SỐ 3.748 3.599 138 11 3.737 3.551 185 1 11 11 0")
    police = next(i for i, line in enumerate(lines) if "Công an thị trấn" in line)
    assert police > total_at and lines[police].endswith("2.053 2.053 0 0 2.053 0 2.053 0 0 0 0")


def test_feedback_annex_table(issued):
    lines = _annex_lines(issued, "Biểu phản ánh, kiến nghị")
    assert any(line.endswith("UBND xã Đồng Lạc 1 1 0 1 0 1 1 0 1 0 0") for line in lines), lines


def test_nd30_layout_passes(issued):
    report = check_nd30(issued)
    assert not report.failures, report.text()


def test_pdfa_2b_compliant(issued):
    result = page_validation.validate_pdf_bytes(issued, profile="2b")
    assert result.is_compliant, [(f.rule_id, f.message) for f in result.failures]
    assert PdfReader(io.BytesIO(issued)).metadata.title.startswith("Báo cáo tình hình, kết quả thực hiện")


def test_no_stream_ends_in_cr_even_when_a_checksum_would():
    """A Flate stream whose Adler-32 ends in 0x0D breaks PDF/A's /Length rule; the repair pads it."""
    content = b"BT ET\n"
    while zlib.compress(content)[-1:] != b"\r":
        content += b"%"
    doc = pikepdf.new()
    doc.add_blank_page()
    doc.pages[0].Contents = doc.make_stream(zlib.compress(content), Filter=pikepdf.Name.FlateDecode)
    out = io.BytesIO()
    doc.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    broken = out.getvalue()
    assert b"\r\nendstream" in broken
    fixed = repair_stream_endings(broken)
    assert b"\r\nendstream" not in fixed
    with pikepdf.open(io.BytesIO(fixed)) as again:
        assert again.pages[0].Contents.read_bytes().rstrip(b"\n") == content


def test_signature_field_over_the_signer_on_the_signature_page(issued):
    reader = PdfReader(io.BytesIO(issued))
    texts = page_texts(issued)
    sig_page = next(i for i, t in enumerate(texts) if "Nơi nhận:" in t)
    annots = [a.get_object() for a in reader.pages[sig_page].get("/Annots") or []]
    widgets = [a for a in annots if a.get("/FT") == "/Sig" or
               (a.get("/Parent") and a["/Parent"].get_object().get("/FT") == "/Sig")]
    assert len(widgets) == 1
    x0, y0, x1, y1 = (float(v) for v in widgets[0]["/Rect"])
    with pdfplumber.open(io.BytesIO(issued)) as doc:
        p = doc.pages[sig_page]
        words = p.extract_words()
        title = next(w for w in words if w["text"] == "PHÓ")
        name = next(w for w in words if w["text"] == "An")
    assert (x0 + x1) / 2 > float(reader.pages[sig_page].mediabox.width) / 2
    height = float(reader.pages[sig_page].mediabox.height)
    assert height - name["top"] < y0 < y1 < height - title["bottom"] + 1  # between the title and the name


def _certificate():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Văn An"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND xã Đồng Lạc")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=True,
                                         crl_sign=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return (a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            a_keys.PrivateKeyInfo.load(der))


def test_signing_the_empty_field_validates_over_the_whole_file(issued):
    cert, key = _certificate()
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(issued)),
                     signers.PdfSignatureMetadata(field_name="ChuTich", subfilter=fields.SigSeedSubFilter.PADES),
                     signer=signer, output=out)
    signed = out.getvalue()
    emb, = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    status = validate_pdf_signature(emb, ValidationContext(trust_roots=[cert]))
    assert status.intact and status.valid and status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    assert extract_text(signed) == extract_text(issued)
