"""The public listing board: QR codes decode to the procedures' portal links; changes flag relisting."""
from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.cli import main
from tthc_desktop.reports.listing import render_listing
from tthc_desktop.services.listing import DEFAULT_LINK_PATTERN, build_board, needs_relisting, record_listing
from tthc_desktop.store import catalog
from tthc_desktop.store.profile import set_setting

PROCS = [
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", "toan_trinh", 1, "8.000 đồng"),
    ("1.000894", "Đăng ký kết hôn", "Hộ tịch", "mot_phan", 3, "Miễn lệ phí"),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "mot_phan", 0, "2.000 đồng/trang"),
    ("1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", "toan_trinh", 3, ""),
]


@pytest.fixture
def catalog_store(store):
    ids = {}
    for code, name, field, online, days, fee in PROCS:
        ids[code] = catalog.save_procedure(store, {"code": code, "name": name, "field_name": field,
                                                   "online_type": online, "processing_days": days, "fee_text": fee})
    old = catalog.save_procedure(store, {"code": "1.004873", "name": "Cấp bản sao trích lục hộ tịch (đã bãi bỏ)",
                                         "field_name": "Hộ tịch"})
    catalog.abolish_procedure(store, old, "2026-01-10")
    return store, ids


def decode_qr_codes(board, size: str = "A4") -> list[set[str]]:
    """Render the board, crop every placed QR code from its page image (200 dpi) and decode it with OpenCV."""
    import cv2
    import numpy as np
    import pypdfium2 as pdfium

    placed: list = []
    pdf = render_listing(board, size, placed)
    doc = pdfium.PdfDocument(pdf)
    scale = 200 / 72
    images = [np.array(page.render(scale=scale).to_pil().convert("L")) for page in doc]
    pages: list[set[str]] = [set() for _ in images]
    detector = cv2.QRCodeDetector()
    for code in placed:
        assert code.size >= 2.5 / 2.54 * 72  # at least 2.5 cm printed
        img = images[code.page - 1]
        h = img.shape[0]
        pad = 12
        top, left = int(h - (code.y + code.size) * scale) - pad, int(code.x * scale) - pad
        crop = img[max(top, 0): int(h - code.y * scale) + pad, max(left, 0): int((code.x + code.size) * scale) + pad]
        text, _, _ = detector.detectAndDecode(crop)
        pages[code.page - 1].add(text)
    return pages


def test_board_qr_codes_decode_to_portal_links_of_procedures_in_force(catalog_store):
    store, _ = catalog_store
    board = build_board(store, date(2026, 3, 1))
    assert board.count == 4  # the abolished procedure is absent
    assert [name for name, _ in board.groups] == ["Bảo trợ xã hội", "Chứng thực", "Hộ tịch"]
    found = set().union(*decode_qr_codes(board))
    expected = {DEFAULT_LINK_PATTERN.format(code=c) for c, *_ in PROCS}
    assert found == expected


def test_board_text_shows_names_codes_badges_and_fees(catalog_store):
    from io import BytesIO

    from pypdf import PdfReader

    store, _ = catalog_store
    pdf = render_listing(build_board(store, date(2026, 3, 1)), "A3")
    reader = PdfReader(BytesIO(pdf))
    assert reader.pages[0].mediabox.width == pytest.approx(841.89, abs=1)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for needle in ("DANH MỤC THỦ TỤC HÀNH CHÍNH", "UBND xã Đồng Lạc", "(Niêm yết ngày 01/03/2026; gồm 4 thủ tục.",
                   "Đăng ký khai sinh", "Mã thủ tục: 1.001193", "Toàn trình", "Một phần", "2.000 đồng/trang",
                   "Lĩnh vực Hộ tịch (2 thủ tục)", "1 ngày làm việc", "Trong ngày", "niêm yết ngày 01/03/2026"):
        assert needle in text, needle
    assert "đã bãi bỏ" not in text


def test_one_field_and_custom_link_pattern(catalog_store):
    store, _ = catalog_store
    set_setting(store, "listing_link_pattern", "https://dichvucong.haiphong.gov.vn/thu-tuc/{code}")
    set_setting(store, "listing_feedback", {"hotline": "0220 3856 123", "url": "https://pakn.example.vn"})
    board = build_board(store, date(2026, 3, 1), "ho tich")
    assert [name for name, _ in board.groups] == ["Hộ tịch"]
    found = set().union(*decode_qr_codes(board))
    assert found == {"https://dichvucong.haiphong.gov.vn/thu-tuc/1.001193",
                     "https://dichvucong.haiphong.gov.vn/thu-tuc/1.000894", "https://pakn.example.vn"}


def test_many_procedures_never_split_from_their_qr(store):
    for i in range(40):
        catalog.save_procedure(store, {"code": f"9.{i:06d}", "name": f"Thủ tục thử số {i} " + "dài " * (i % 7),
                                       "field_name": "Hộ tịch" if i < 25 else "Đất đai", "online_type": "mot_phan"})
    pages = decode_qr_codes(build_board(store, date(2026, 3, 1)))
    assert len(pages) > 2
    decoded = [u for page in pages for u in page]
    assert len(decoded) == 40 and len(set(decoded)) == 40  # each code whole, on exactly one page


def test_recording_a_listing_and_relisting_after_amendment(catalog_store):
    store, ids = catalog_store
    assert {i.code for i in needs_relisting(store, date(2026, 3, 1))} == {c for c, *_ in PROCS}
    record_listing(store, build_board(store, date(2026, 3, 1)), "12/TB-UBND")
    assert needs_relisting(store, date(2026, 3, 2)) == []
    catalog.save_procedure(store, {"id": ids["1.000894"], "fee_text": "Miễn lệ phí (sửa đổi)",
                                   "changed_on": "2026-04-05"})
    items = needs_relisting(store, date(2026, 4, 10))
    assert [(i.code, i.reason) for i in items] == [
        ("1.000894", "được sửa đổi, bổ sung sau lần niêm yết ngày 01/03/2026")]


def test_cli_listing_writes_pdf_and_records(catalog_store, tmp_path, capsys):
    out = tmp_path / "niem-yet.pdf"
    assert main(["listing", "--out", str(out), "--date", "2026-03-01", "--record", "--number", "12/TB-UBND"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Đã tạo bảng niêm yết 4 thủ tục (3 lĩnh vực)" in capsys.readouterr().out
    assert main(["listing", "--out", str(out), "--field", "không có"]) == 2
    assert "Không có thủ tục đang thực hiện thuộc lĩnh vực" in capsys.readouterr().err


def test_recorded_listing_is_counted_in_the_report_publication_section(catalog_store):
    from tthc_desktop.services import reporting

    store, _ = catalog_store
    record_listing(store, build_board(store, date(2026, 3, 1)), "12/TB-UBND")
    rendered = reporting.render(store, "2026-Q1", draft=True)
    from tests.nd30_checks import extract_text

    text = extract_text(rendered.pdf)
    assert "Niêm yết công khai 04 thủ tục hành chính tại Bộ phận Một cửa kèm mã QR" in text
    assert "(lần niêm yết gần nhất ngày 01/3/2026)" in text
