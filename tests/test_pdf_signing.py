"""Signing-ready PDFs: the empty field sits over the signer's blank space and a signing tool can fill it.

The app never signs; these tests sign with a throw-away self-signed certificate in place of the
leader's token, as an incremental update, and validate the result with pyHanko.
"""
from __future__ import annotations

import datetime as dt
import io

import pdfplumber
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

from tests.nd30_checks import extract_text
from tthc_desktop.reports.nd30 import (Document, DocumentHeader, Para, SignatureBlock, number_line,
                                       render_document)
from tthc_desktop.reports.nd30.sample import SAMPLE_CREATED, sample_report_document
from tthc_desktop.reports.signature import empty_signature_fields

META = {"title": "Báo cáo quý II năm 2023", "author": "UBND xã Đồng Lạc", "creation_date": SAMPLE_CREATED}


@pytest.fixture(scope="module")
def rendered():
    return render_document(sample_report_document(), **META)


@pytest.fixture(scope="module")
def certificate():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ngô Chí Dũng (thử)"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND xã Đồng Lạc"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=True,
                                         crl_sign=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    return (a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            a_keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption())))


def _sign(pdf: bytes, field: str, certificate) -> bytes:
    cert, key = certificate
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                     signers.PdfSignatureMetadata(field_name=field, reason="Ký ban hành báo cáo",
                                                  subfilter=fields.SigSeedSubFilter.PADES),
                     signer=signer, output=out, existing_fields_only=True)
    return out.getvalue()


def _status(signed: bytes, certificate):
    emb, = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    return emb, validate_pdf_signature(emb, ValidationContext(trust_roots=[certificate[0]]))


def test_empty_field_signs_and_validates_over_the_whole_file(rendered, certificate):
    assert empty_signature_fields(rendered.pdf) == ["ChuTich"]
    signed = _sign(rendered.pdf, "ChuTich", certificate)
    emb, status = _status(signed, certificate)
    assert emb.field_name == "ChuTich"
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    assert signed.startswith(rendered.pdf)  # an incremental update, as real signing tools do
    assert extract_text(signed) == extract_text(rendered.pdf)
    assert empty_signature_fields(signed) == []


def test_a_changed_byte_breaks_the_signature(rendered, certificate):
    signed = _sign(rendered.pdf, "ChuTich", certificate)
    assert b"/Creator (TTHC Desktop)" in signed
    _, status = _status(signed.replace(b"/Creator (TTHC Desktop)", b"/Creator (TTHC Deskt0p)"), certificate)
    assert not status.intact and not status.bottom_line


def test_field_lies_over_the_signers_blank_space(rendered):
    placement, = rendered.signature_fields
    reader = PdfReader(io.BytesIO(rendered.pdf))
    widgets = [(i, [float(v) for v in a.get_object()["/Rect"]]) for i, p in enumerate(reader.pages)
               for a in (p.get("/Annots") or []) if a.get_object().get("/FT") == "/Sig"]
    assert widgets == [(placement.page_index, list(placement.box))]
    x0, y0, x1, y1 = placement.box
    assert x1 - x0 > 150 and y1 - y0 > 70  # room for the signature image and the seal
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        page = pdf.pages[placement.page_index]
        assert page.height > page.width and "Nơi nhận:" in page.extract_text()
        words = page.extract_words()
    top, bottom = page.height - y1, page.height - y0
    title = next(w for w in words if w["text"] == "TỊCH")
    name = next(w for w in words if w["text"] == "Dũng")
    assert title["bottom"] <= top + 1 and bottom <= name["top"] + 1
    assert x0 < title["x0"] and title["x1"] < x1  # horizontally over the signer's column


def test_receipt_with_two_signers_gets_two_fields_side_by_side(certificate):
    doc = Document(
        header=DocumentHeader(parent_agency=["UBND XÃ ĐỒNG LẠC"],
                              issuing_agency=["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"],
                              number=number_line(123, "TN"), place_date="Đồng Lạc, ngày 05 tháng 3 năm 2025",
                              doc_type="GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
        body=[Para("Mã hồ sơ: 000.00.12.H61-250305-0001", indent=False)],
        left_signature=SignatureBlock(signer_name="Trần Văn Bình", title=["NGƯỜI NỘP HỒ SƠ"], authority="",
                                      note="(Ký và ghi rõ họ tên)", field_name="NguoiNop"),
        signature=SignatureBlock(signer_name="Lê Thị Hoa", title=["NGƯỜI TIẾP NHẬN HỒ SƠ"], authority="",
                                 note="(Ký và ghi rõ họ tên)", field_name="NguoiTiepNhan"),
    )
    result = render_document(doc, **META)
    assert sorted(empty_signature_fields(result.pdf)) == ["NguoiNop", "NguoiTiepNhan"]
    left, right = sorted(result.signature_fields, key=lambda p: p.box[0])
    assert left.field_name == "NguoiNop" and left.page_index == right.page_index == 0
    assert left.box[2] <= right.box[0] and left.box[1] == right.box[1]
    assert "Trần Văn Bình" in extract_text(result.pdf)
    signed = _sign(result.pdf, "NguoiTiepNhan", certificate)
    _, status = _status(signed, certificate)
    assert status.bottom_line and empty_signature_fields(signed) == ["NguoiNop"]
