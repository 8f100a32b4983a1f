"""Provincial catalog exports (.xlsx, .csv) and the starter catalog shipped with the app."""
from __future__ import annotations

import unicodedata

import pytest
from openpyxl import Workbook

from tthc_desktop.domain.matching import field_key
from tthc_desktop.errors import UserError
from tthc_desktop.exchange.catalog_sheet import (
    MOT_PHAN, NO_ONLINE, TOAN_TRINH, has_fee, load_starter_catalog, load_starter_fields, online_type,
    processing_time, read_catalog, split_code,
)

HEADER = ["STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cơ quan công bố", "Loại TTHC", "Cơ quan thực hiện",
          "Cấp thực hiện", "Mức độ cung cấp DVC", "Phí lệ phí", "Đơn vị thực hiện"]


def _province_export(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách TTHC"
    ws["A1"] = "DANH SÁCH THỦ TỤC HÀNH CHÍNH"
    ws["A2"] = "Ngày xuất: 06/08/2026"
    ws.append([])
    ws.append(HEADER)  # row 4
    ws.append([1, "2.000908.000.00.00.H61", "Cấp bản sao từ sổ gốc", "Chứng thực", "Bộ Tư pháp", "TTHC tiêu chuẩn",
               "UBND cấp xã", "Cấp Xã", "Toàn trình", "Có thu phí", "UBND xã Đồng Lạc"])
    ws.append([2, "1.001193", unicodedata.normalize("NFD", "Thủ tục đăng ký khai sinh"), "Hộ tịch", "Bộ Tư pháp",
               "TTHC liên thông", "UBND cấp xã", "Cấp Xã", "Một phần", "Miễn phí", "UBND xã Đồng Lạc"])
    ws.append([3, 2.0008, "Cấp giấy phép đào đường", "Giao thông", "", "", "", "", "Chưa cung cấp DVC",
               "Không quy định", ""])  # Excel turned the code 2.000800 into a number
    ws.append([])
    ws.append([4, "abc", "Thủ tục lạ", "Hộ tịch", "", "", "", "", "", "", ""])
    ws.append([5, "1.001193.000.00.00.H61", "Đăng ký khai sinh (bản trùng)", "Hộ tịch", "", "", "", "", "", "", ""])
    ws.append([6, "1.000656", None, "Hộ tịch", "", "", "", "", "", "", ""])
    wb.save(path)


def test_province_xlsx_export(tmp_path):
    path = tmp_path / "danh-muc-tinh.xlsx"
    _province_export(path)
    sheet = read_catalog(path)
    assert sheet.sheet_name == "Danh sách TTHC"
    assert [r.code for r in sheet.rows] == ["2.000908", "1.001193", "2.000800"]
    first, birth, road = sheet.rows
    assert (first.local_code, first.full_code) == (".000.00.00.H61", "2.000908.000.00.00.H61")
    assert (first.online_type, first.has_fee, first.field_name, first.sheet_row) == (TOAN_TRINH, True, "Chứng thực", 5)
    assert (first.publishing_agency, first.level, first.implementing_unit) == (
        "Bộ Tư pháp", "Cấp Xã", "UBND xã Đồng Lạc")
    assert birth.name == "Thủ tục đăng ký khai sinh" and unicodedata.is_normalized("NFC", birth.name)
    assert (birth.online_type, birth.has_fee, birth.lien_thong, birth.local_code) == (MOT_PHAN, False, True, "")
    assert (road.online_type, road.has_fee) == (NO_ONLINE, False)
    assert sheet.skipped == [
        "Dòng 9: mã TTHC “abc” không đúng dạng 1.001193 (có thể kèm đuôi của tỉnh), bỏ qua.",
        "Dòng 10: mã 1.001193 trùng với dòng 6, bỏ qua.",
        "Dòng 11: mã 1.000656 không có tên thủ tục, bỏ qua.",
    ]


@pytest.mark.parametrize("bom, sep", [(True, ","), (False, ";"), (True, "\t")])
def test_csv_with_or_without_bom_and_any_separator(tmp_path, bom, sep):
    path = tmp_path / "danh-muc.csv"
    lines = [sep.join(["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Mức độ DVC", "Thời hạn giải quyết"]),
             sep.join(["1.001193.000.00.00.H61", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "03 ngày làm việc"]),
             sep.join(["2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", "Một phần", "04 giờ làm việc"])]
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join(lines).encode("utf-8"))
    sheet = read_catalog(path)
    assert [(r.code, r.field_name, r.online_type) for r in sheet.rows] == [
        ("1.001193", "Hộ tịch", TOAN_TRINH), ("2.000815", "Chứng thực", MOT_PHAN)]
    assert (sheet.rows[0].processing_days, sheet.rows[1].processing_hours) == (3.0, 4.0)
    assert sheet.rows[0].sheet_row == 2


def test_csv_not_utf8_is_refused_with_advice(tmp_path):
    path = tmp_path / "ansi.csv"
    path.write_bytes("Mã TTHC,Tên thủ tục\n1.001193,Đăng ký khai sinh\n".encode("utf-16-le"))
    with pytest.raises(UserError, match="CSV UTF-8"):
        read_catalog(path)


def test_publication_decision_grouped_by_field(tmp_path):
    path = tmp_path / "quyet-dinh.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Số TT", "Mã TTHC", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí",
               "Căn cứ pháp lý"])
    ws.append(["A", "DANH MỤC TTHC SỬA ĐỔI, BỔ SUNG"])
    ws.append(["I", "LĨNH VỰC HỘ TỊCH"])
    ws.append([1, "1.001193", "Đăng ký khai sinh", "Ngay trong ngày", "UBND cấp xã", "Miễn lệ phí", "Luật Hộ tịch"])
    ws.append(["II", "Lĩnh vực Người có công"])
    ws.append([1, "1.010805", "Giải quyết chế độ mai táng phí", "05 ngày làm việc", "UBND cấp xã", "Không", ""])
    ws.append(["B", "DANH MỤC TTHC BỊ BÃI BỎ"])
    ws.append([1, "2.000986", "Liên thông khai sinh, thường trú, thẻ BHYT cho trẻ dưới 6 tuổi", "", "", "", ""])
    ws.append([1, None, "Thủ tục không có mã", "", "UBND cấp xã", "", ""])
    wb.save(path)
    sheet = read_catalog(path)
    assert [(r.code, r.field_name, r.section) for r in sheet.rows] == [
        ("1.001193", "HỘ TỊCH", "A. DANH MỤC TTHC SỬA ĐỔI, BỔ SUNG"),
        ("1.010805", "Người có công", "A. DANH MỤC TTHC SỬA ĐỔI, BỔ SUNG"),
        ("2.000986", "", "B. DANH MỤC TTHC BỊ BÃI BỎ"),
    ]
    assert (sheet.rows[0].processing_days, sheet.rows[1].processing_days) == (None, 5.0)
    assert sheet.rows[0].legal_basis == "Luật Hộ tịch"
    assert sheet.skipped == ["Dòng 9: thiếu mã TTHC (“Thủ tục không có mã”), bỏ qua."]


def test_no_catalog_header_is_a_user_error(tmp_path):
    path = tmp_path / "khac.xlsx"
    wb = Workbook()
    wb.active.append(["Họ tên", "Địa chỉ"])
    wb.save(path)
    with pytest.raises(UserError, match="không có bảng danh mục TTHC"):
        read_catalog(path)


@pytest.mark.parametrize("text, expected", [
    ("2.000908.000.00.00.H61", ("2.000908", ".000.00.00.H61")), (" 1.001193 ", ("1.001193", "")),
    (3.000439, ("3.000439", "")), ("1.0011", None), ("H61-001", None), ("", None)])
def test_split_code(text, expected):
    assert split_code(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Toàn trình", TOAN_TRINH), ("DVC trực tuyến một phần", MOT_PHAN), ("Chưa cung cấp DVC", NO_ONLINE),
    ("Mức độ 4", TOAN_TRINH), ("Mức độ 3", MOT_PHAN), ("Mức độ 2", NO_ONLINE), ("", NO_ONLINE)])
def test_online_type(text, expected):
    assert online_type(text) == expected


def test_fee_and_processing_time_readings():
    assert [has_fee(t) for t in ("Có thu phí", "8.000 đồng", "Phí: 0 VNĐ", "Miễn phí", "Không quy định", "")] == [
        True, True, False, False, False, None]
    assert processing_time("1,5 ngày làm việc") == (1.5, None)
    assert processing_time("15 ngày") == (None, None)  # calendar days are not working days
    assert processing_time("03 đến 05 ngày làm việc") == (None, None)


def test_starter_catalog_and_fields_ship_with_the_app():
    sheet = load_starter_catalog()
    assert len(sheet.rows) == 118 and sheet.skipped == []
    codes = [r.code for r in sheet.rows]
    assert len(set(codes)) == len(codes) and "1.001699" in codes
    assert all(unicodedata.is_normalized("NFC", r.name) for r in sheet.rows)
    fields = load_starter_fields()
    names = [n for n, _ in fields]
    assert len({field_key(n) for n in names}) == len(names)
    assert {r.field_name for r in sheet.rows} <= set(names)
    assert {"Hộ tịch", "Chứng thực", "Người có công", "Thi đua, khen thưởng", "Tín ngưỡng, tôn giáo"} <= set(names)
    assert dict(fields)["Hộ tịch"] == "Tư pháp"
