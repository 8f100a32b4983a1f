"""The one-stop statistics sheet: layouts as exported, numbers as text, sections and wrong totals."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from tthc_desktop.errors import UserError
from tthc_desktop.exchange.portal_sheet import read_portal_sheet

TITLE = "TỔNG HỢP TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"

# (section, stt, field, (4),(5),(6), declared (3), (8),(9),(10), (12),(13)); (7) and (11) are the sums.
DATA = [
    ("I", "Trên Hệ thống các Bộ"),
    ("1", "Hộ tịch", 10, 20, 5, 35, 10, 15, 2, 6, 2),
    ("2", "Chứng thực", 0, 1200, 0, 1200, 1000, 200, 0, 0, 0),
    None,  # blank row
    ("II", "Trên Hệ thống của tỉnh/thành phố"),
    ("1", "Hộ tịch", 3, 4, 1, 8, 2, 3, 1, 1, 1),
    ("2", "Đất đai", "1.234", " 12 ", "2.502", "3.748", "3.000", "599", "49", "80", "20"),
    ("3", "Quản lý bay flycam", 1, 1, 0, 3, 1, 0, 0, 1, 0),  # (3) says 3, parts say 2
]


def _n(v) -> int:
    return int(str(v).replace(".", "").strip())


def _cols(rec) -> list:
    """Row values for columns (3)..(13) as written in the sheet."""
    online, direct, carried, received, early, on_time, late, p_in, p_over = rec[2:]
    resolved = _n(early) + _n(on_time) + _n(late)
    pending = _n(p_in) + _n(p_over)
    if isinstance(online, str):
        return [received, online, direct, carried, f"{resolved:,}".replace(",", "."), early, on_time, late,
                str(pending), p_in, p_over]
    return [received, online, direct, carried, resolved, early, on_time, late, pending, p_in, p_over]


def _column_sums() -> list[int]:
    rows = [_cols(r) for r in DATA if r and len(r) > 2]
    return [sum(_n(r[i]) for r in rows) for i in range(11)]


def build_portal(path: Path, *, numbered: bool = False, total_delta: int = 1, extra_sheet: bool = False,
                 period: str = "Kỳ báo cáo: Tháng 01/2026", overrides: dict | None = None) -> dict[str, int]:
    """Write a sheet as the provincial system exports it; returns {field@section: sheet row}."""
    wb = Workbook()
    if extra_sheet:
        wb.active.title = "Hướng dẫn"
        wb.active["A1"] = "Tệp xuất từ Hệ thống thông tin giải quyết TTHC"
        ws = wb.create_sheet("Số liệu")
    else:
        ws = wb.active
        ws.title = "Sheet1"
    ws["A1"] = "UBND TỈNH HẢI DƯƠNG"
    ws["A2"] = TITLE
    ws.merge_cells("A2:M2")
    ws["A3"] = period
    ws.merge_cells("A3:M3")
    # Header block on rows 5-7, merged as the portal does it.
    for rng, text in [("A5:A7", "STT"), ("B5:B7", "Lĩnh vực giải quyết"), ("C5:F5", "Số hồ sơ nhận giải quyết"),
                      ("G5:J5", "Số hồ sơ đã giải quyết"), ("K5:M5", "Số hồ sơ đang giải quyết"),
                      ("C6:C7", "Tổng số"), ("D6:E6", "Trong kỳ"), ("F6:F7", "Từ kỳ trước"),
                      ("G6:G7", "Tổng số"), ("H6:H7", "Trước hạn"), ("I6:I7", "Đúng hạn"), ("J6:J7", "Quá hạn"),
                      ("K6:K7", "Tổng số"), ("L6:L7", "Trong hạn"), ("M6:M7", "Quá hạn")]:
        ws[rng.split(":")[0]] = text
        ws.merge_cells(rng)
    ws["D7"], ws["E7"] = "Trực tuyến", "Trực tiếp, dịch vụ bưu chính"
    r = 8
    if numbered:
        for c in range(1, 14):
            ws.cell(r, c, f"({c})")
        r += 1
    rows: dict[str, int] = {}
    section = ""
    for rec in DATA:
        if rec is None:
            r += 1
            continue
        if len(rec) == 2:
            section = rec[0]
            ws.cell(r, 1, rec[0])
            ws.cell(r, 2, rec[1])
        else:
            ws.cell(r, 1, int(rec[0]))
            ws.cell(r, 2, rec[1])
            for i, v in enumerate(_cols(rec)):
                ws.cell(r, 3 + i, v)
            rows[f"{rec[1]}@{section}"] = r
        r += 1
    for (row_key, col), value in (overrides or {}).items():
        ws.cell(rows[row_key], col, value)
    sums = _column_sums()
    ws.cell(r, 1, "TỔNG CỘNG")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for i, v in enumerate(sums):
        ws.cell(r, 3 + i, v + (total_delta if i == 0 else 0))
    rows["total"] = r
    ws.cell(r + 2, 8, "Người lập biểu")
    wb.save(path)
    return rows


def test_sections_text_numbers_and_total_check(tmp_path):
    path = tmp_path / "thong-ke-thang-01.xlsx"
    where = build_portal(path)
    sheet = read_portal_sheet(path)

    assert sheet.period_text == "Kỳ báo cáo: Tháng 01/2026"
    assert sheet.period_code == "2026-M01"
    assert (sheet.period_start, sheet.period_end) == (date(2025, 12, 15), date(2026, 1, 14))
    assert sheet.sections == ["I. Trên Hệ thống các Bộ", "II. Trên Hệ thống của tỉnh/thành phố"]
    assert [r.field_name for r in sheet.rows] == ["Hộ tịch", "Chứng thực", "Hộ tịch", "Đất đai", "Quản lý bay flycam"]

    land = next(r for r in sheet.rows if r.field_name == "Đất đai")
    assert (land.new_online, land.new_direct_postal, land.carried_over, land.received_total) == (1234, 12, 2502, 3748)
    assert (land.early, land.on_time, land.late, land.resolved_total) == (3000, 599, 49, 3648)
    assert (land.pending_in_time, land.pending_overdue, land.pending_total) == (80, 20, 100)
    assert land.sheet_row == where["Đất đai@II"]

    both = [r for r in sheet.rows if r.field_name == "Hộ tịch"]
    assert [r.received_total for r in both] == [35, 8]
    assert both[0].section != both[1].section

    assert sheet.total_row is not None and sheet.total_row.received_total == _column_sums()[0] + 1
    assert sheet.total_row not in sheet.rows
    odd, total = where["Quản lý bay flycam@II"], where["total"]
    assert sheet.differences == [
        f"Dòng {odd} (Quản lý bay flycam — II. Trên Hệ thống của tỉnh/thành phố): cột (3) Tổng số hồ sơ tiếp nhận "
        "ghi 3, nhưng (4)+(5)+(6) = 2 (chênh 1).",
        f"Dòng {odd} (Quản lý bay flycam — II. Trên Hệ thống của tỉnh/thành phố): cột (3) Tổng số hồ sơ tiếp nhận "
        "ghi 3, nhưng (7)+(11) = 2 (chênh 1).",
        f"Dòng {total} (TỔNG CỘNG): cột (3) Tổng số hồ sơ tiếp nhận ghi 4.995, nhưng (4)+(5)+(6) = 4.993 (chênh 2).",
        f"Dòng {total} (TỔNG CỘNG): cột (3) Tổng số hồ sơ tiếp nhận ghi 4.995, nhưng (7)+(11) = 4.993 (chênh 2).",
        f"Dòng {total} (TỔNG CỘNG): cột (3) Tổng số hồ sơ tiếp nhận ghi 4.995, nhưng cộng các dòng lĩnh vực "
        "được 4.994 (chênh 1).",
    ]
    assert not any("Người lập biểu" in m for m in sheet.ignored)


def test_consistent_sheet_has_no_differences_and_numbered_row_is_skipped(tmp_path):
    path = tmp_path / "dung.xlsx"
    # Correcting the odd row's (3) from 3 to 2 lowers the column sum by one: total_delta=-1 makes it agree.
    build_portal(path, numbered=True, total_delta=-1,
                 overrides={("Quản lý bay flycam@II", 3): 2})
    sheet = read_portal_sheet(path)
    assert sheet.differences == []
    assert len(sheet.rows) == 5
    assert sheet.rows[0].field_name == "Hộ tịch" and sheet.rows[0].new_online == 10


def test_single_header_row_with_two_qua_han_columns(tmp_path):
    path = tmp_path / "mot-dong.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A4"] = TITLE
    ws["A5"] = "Từ ngày 15/12/2025 đến ngày 14/03/2026"
    header = ["STT", "Lĩnh vực giải quyết", "Tổng số hồ sơ tiếp nhận", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
              "Từ kỳ trước", "Tổng số đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn",
              "Tổng số đang giải quyết", "Trong hạn", "Quá hạn"]
    for c, h in enumerate(header, start=1):
        ws.cell(9, c, h)
    ws.append([1, "Người có công", 9, 4, 3, 2, 6, 1, 2, 3, 3, 1, 2])
    wb.save(path)
    sheet = read_portal_sheet(path)
    row = sheet.rows[0]
    assert (row.late, row.pending_overdue, row.pending_in_time) == (3, 2, 1)
    assert row.sheet_row == 10 and row.section == ""
    assert (sheet.period_start, sheet.period_end) == (date(2025, 12, 15), date(2026, 3, 14))
    assert sheet.total_row is None and sheet.differences == []


def test_column_marks_in_labels_win_over_order(tmp_path):
    path = tmp_path / "danh-so.xlsx"
    wb = Workbook()
    ws = wb.active
    header = ["TT", "Lĩnh vực", "Đang giải quyết quá hạn (13)", "Trong hạn (12)", "Tổng đang giải quyết (11)",
              "Tổng số tiếp nhận (3)", "Trực tuyến (4)", "Trực tiếp (5)", "Kỳ trước (6)", "Đã giải quyết (7)",
              "Trước hạn (8)", "Đúng hạn (9)", "Quá hạn (10)"]
    ws.append(["Kỳ báo cáo: Quý I/2026"])
    ws.append(header)
    ws.append([1, "Chứng thực", 1, 2, 3, 10, 5, 4, 1, 7, 3, 3, 1])
    wb.save(path)
    sheet = read_portal_sheet(path)
    row = sheet.rows[0]
    assert (row.pending_overdue, row.pending_in_time, row.pending_total, row.received_total) == (1, 2, 3, 10)
    assert sheet.period_code == "2026-Q1"
    assert sheet.differences == []


def test_picks_sheet_by_content_or_by_name(tmp_path):
    path = tmp_path / "nhieu-trang.xlsx"
    build_portal(path, extra_sheet=True)
    assert read_portal_sheet(path).sheet_name == "Số liệu"
    assert read_portal_sheet(path, sheet="Số liệu").rows[1].field_name == "Chứng thực"
    with pytest.raises(UserError) as err:
        read_portal_sheet(path, sheet="Tháng 2")
    assert "“Tháng 2”" in err.value.message and "“Hướng dẫn”, “Số liệu”" in err.value.message
    with pytest.raises(UserError) as err:
        read_portal_sheet(path, sheet="Hướng dẫn")
    assert "không có bảng" in err.value.message


@pytest.mark.parametrize("value, reason", [(-5, "là số âm"), ("12a", "không phải số nguyên"),
                                           (2.5, "không phải số nguyên")])
def test_bad_counts_name_file_sheet_row_and_value(tmp_path, value, reason):
    path = tmp_path / "sai-so.xlsx"
    where = build_portal(path, overrides={("Chứng thực@I", 5): value})
    with pytest.raises(UserError) as err:
        read_portal_sheet(path)
    msg = err.value.message
    assert msg.startswith(f"Tệp “sai-so.xlsx”, trang tính “Sheet1”, dòng {where['Chứng thực@I']}, cột “(5) ")
    assert f"“{value}”" in msg and reason in msg


def test_files_that_are_not_xlsx(tmp_path):
    text = tmp_path / "bao-cao.xlsx"
    text.write_text("STT;Lĩnh vực\n", encoding="utf-8")
    with pytest.raises(UserError, match="không phải tệp Excel .xlsx"):
        read_portal_sheet(text)
    locked = tmp_path / "co-mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(UserError, match="được đặt mật khẩu"):
        read_portal_sheet(locked)
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    with pytest.raises(UserError, match="Excel 97-2003"):
        read_portal_sheet(old)
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(UserError, match="bị hỏng"):
        read_portal_sheet(broken)
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        read_portal_sheet(tmp_path / "khong-co.xlsx")


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "thieu.xlsx"
    wb = Workbook()
    wb.active.append(["STT", "Lĩnh vực", "Tổng số tiếp nhận", "Trực tuyến", "Trực tiếp", "Từ kỳ trước",
                      "Đã giải quyết", "Đúng hạn"])
    wb.active.append([1, "Hộ tịch", 3, 1, 1, 1, 3, 3])
    wb.save(path)
    with pytest.raises(UserError) as err:
        read_portal_sheet(path)
    assert "“Trước hạn”" in err.value.message and "“Trong hạn”" in err.value.message


def test_section_subtotals_are_checks_not_data(tmp_path):
    path = tmp_path / "tong-muc.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.append(["STT", "Lĩnh vực giải quyết", "Tổng số hồ sơ tiếp nhận (3)", "Trực tuyến (4)",
               "Trực tiếp, dịch vụ bưu chính (5)", "Từ kỳ trước (6)", "Tổng số đã giải quyết (7)", "Trước hạn (8)",
               "Đúng hạn (9)", "Quá hạn (10)", "Tổng số đang giải quyết (11)", "Trong hạn (12)", "Quá hạn (13)"])
    # Declared subtotal: consistent in itself, but one more direct dossier (5) than its rows, so also
    # one more in (3) and, as (3)=(7)+(11), one more pending in time (11), (12).
    ws.append(["I", "Trên Hệ thống các Bộ", 12, 6, 5, 1, 9, 4, 4, 1, 3, 3, 0])
    ws.append([1, "Hộ tịch", 5, 2, 2, 1, 4, 2, 2, 0, 1, 1, 0])
    ws.append([2, "Chứng thực", 6, 4, 2, 0, 5, 2, 2, 1, 1, 1, 0])
    ws.append(["", "Ghi chú: số liệu trích xuất tự động"])
    wb.save(path)
    sheet = read_portal_sheet(path)
    assert [r.field_name for r in sheet.rows] == ["Hộ tịch", "Chứng thực"]
    assert [r.received_total for r in sheet.section_rows] == [12]
    head = "Dòng 3 (I. Trên Hệ thống các Bộ): cột "
    assert sheet.differences == [
        head + "(3) Tổng số hồ sơ tiếp nhận ghi 12, nhưng cộng các dòng trong mục được 11 (chênh 1).",
        head + "(5) Trực tiếp, dịch vụ bưu chính ghi 5, nhưng cộng các dòng trong mục được 4 (chênh 1).",
        head + "(11) Tổng số đang giải quyết ghi 3, nhưng cộng các dòng trong mục được 2 (chênh 1).",
        head + "(12) Trong hạn ghi 3, nhưng cộng các dòng trong mục được 2 (chênh 1).",
    ]
    assert sheet.ignored == ["Dòng 6: “Ghi chú: số liệu trích xuất tự động” không có số liệu, bỏ qua."]


def test_title_touching_the_header_and_share_columns_are_not_read_as_counts(tmp_path):
    path = tmp_path / "sat-tieu-de.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append([TITLE, None, None, None, None, None, None, None, None, None, None, None, "Ngày in: 05/02/2026"])
    ws.append(["STT", "Lĩnh vực giải quyết", "Tổng số tiếp nhận", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
               "Từ kỳ trước", "Tổng số đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn",
               "Tổng số đang giải quyết", "Trong hạn", "Quá hạn", "Tỷ lệ đúng hạn (%)"])
    ws.append([1, "Hộ tịch", 9, 4, 3, 2, 6, 1, 2, 3, 3, 1, 2, "50,00"])
    wb.save(path)
    sheet = read_portal_sheet(path)
    row = sheet.rows[0]
    assert (row.received_total, row.new_online, row.on_time, row.pending_overdue) == (9, 4, 2, 2)
    assert sheet.differences == []
