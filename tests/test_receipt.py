"""Giấy tiếp nhận hồ sơ và hẹn trả kết quả: what the citizen reads on the printed form."""
from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from tests.register_helpers import make_store, receive
from tthc_desktop.cli import main
from tthc_desktop.errors import UserError
from tthc_desktop.reports.receipt import render_receipt, write_receipt
from tthc_desktop.store.profile import set_setting


@pytest.fixture()
def store():
    s = make_store()
    yield s
    s.close()


def pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_two_copies_on_one_a4_with_the_form_fields(store):
    row = receive(store, "1.004873", "Nguyễn Thị Hòa", "24/01/2025 09:15", applicant_id_no="034190001234",
                  phone="0912345678", address="Thôn Đông, xã Đồng Lạc", officer="Nguyễn Thị Hương",
                  documents=["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "Bản sao Căn cước công dân"])
    text = pages(render_receipt(store, row["receipt_no"]))
    assert len(text) == 1  # both copies on one sheet
    page = text[0]
    assert page.count("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") == 2
    assert "Liên 1: giao người nộp hồ sơ" in page and "Liên 2: lưu tại nơi tiếp nhận hồ sơ" in page
    assert "Cắt theo đường này" in page
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Đồng Lạc, ngày 24 tháng 01 năm 2025",
                   "Mã hồ sơ: 000.21.H26-250124-0001", "Ông (Bà)/Tổ chức: Nguyễn Thị Hòa", "034190001234",
                   "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", "1. Tờ khai cấp Giấy xác nhận",
                   "2. Bản sao Căn cước công dân", "03 ngày làm việc", "09 giờ 15 phút, thứ sáu ngày 24/01/2025",
                   "11 giờ 30 phút, thứ tư ngày 05/02/2025", "không tính ngày nghỉ: 27/01/2025 - 01/02/2025 Tết Nguyên Đán",
                   "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Hương", "Quyển số: 01/2025, Số thứ tự: 1"):
        assert page.count(needle) == 2, needle
    assert page.count("Nguyễn Thị Hòa") == 4  # applicant line and signature, on each copy


def test_one_copy_per_page_and_long_lists_never_clipped(store):
    row = receive(store, "2.000815", "Trần Văn Bình", "2025-07-03 15:20", fee=12000,
                  documents=[f"Giấy tờ số {i} kèm theo hồ sơ chứng thực" for i in range(1, 13)])
    one = pages(render_receipt(store, row["id"], layout="one"))
    assert len(one) == 2 and all("Trần Văn Bình" in p for p in one)
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in one[0]  # received after 1/7/2025
    assert "phí, lệ phí: 12.000 đồng" in one[0]
    two = pages(render_receipt(store, row["id"], layout="two"))
    assert len(two) == 2 and "12. Giấy tờ số 12" in two[0]  # too long for half a page: one copy per page


def test_desk_name_setting_and_escaped_text(store):
    set_setting(store, "register_desk_name", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ ĐỒNG LẠC")
    row = receive(store, "1.001193", "Công ty A & B <TNHH>", "2025-03-03 08:00")
    page = pages(render_receipt(store, row["id"]))[0]
    assert "Công ty A & B <TNHH>" in page
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ ĐỒNG LẠC" in page


def test_fonts_are_embedded_and_never_helvetica(store, tmp_path):
    row = receive(store, "1.001193", "Đỗ Thị Ấu", "2025-03-03 08:00")
    out = write_receipt(store, row["id"], tmp_path / "giay.pdf")
    reader = PdfReader(out)
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and not any("Helvetica" in f for f in fonts)
    assert all("+" in f for f in fonts)  # embedded subsets


def test_cli_receipt_and_unknown_code(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    s = make_store(db)
    receive(s, "1.001193", "Lê Văn Cường", "2025-03-03 08:00")
    s.close()
    out = tmp_path / "giay.pdf"
    assert main(["--db", str(db), "receipt", "000.21.H26-250303-0001", "--out", str(out)]) == 0
    assert "Lê Văn Cường" in pages(out.read_bytes())[0]
    assert main(["--db", str(db), "receipt", "KHONG-CO", "--out", str(out)]) == 2
    assert "Không có hồ sơ số “KHONG-CO”" in capsys.readouterr().err
    with pytest.raises(UserError):
        render_receipt(make_store(), "KHONG-CO", now=datetime(2025, 1, 1))
