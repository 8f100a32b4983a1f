"""Tables written for clerks: real numbers with Vietnamese-looking formats, CSV with BOM, atomic writes."""
from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tthc_desktop.domain.formatting import percent
from tthc_desktop.exchange.tables_out import Column, SheetSpec, write_csv, write_xlsx, write_xlsx_sheets
from tthc_desktop.exchange.xlsx_read import read_grid

COLUMNS = [
    Column("Lĩnh vực", "field", "text", 30),
    Column("Số hồ sơ tiếp nhận", "received", "int", 14),
    Column("Tỷ lệ đúng hạn", "share", "percent", 12),
    Column("Phí, lệ phí đã thu (đồng)", "fees", "money", 18),
    Column("Ngày cập nhật", "updated", "date", 14),
]
ROWS = [
    {"field": "Hộ tịch", "received": 3748, "share": percent(3599, 3737), "fees": 53528500,
     "updated": date(2023, 12, 14)},
    {"field": "Chứng thực", "received": 1022, "share": None, "fees": 0, "updated": "2023-12-15"},
    {"field": "=1+1", "received": 5, "share": Decimal("100.00"), "fees": 8000, "updated": datetime(2024, 1, 2, 9, 30)},
]


def test_xlsx_round_trip_values_formats_header_and_total(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    write_xlsx(path, "Số liệu quý II/2023", ["BIỂU SỐ LIỆU HỒ SƠ", "Quý II năm 2023"], COLUMNS, ROWS, total=True)
    ws = load_workbook(path)["Số liệu quý II-2023"]
    assert ws["A1"].value == "BIỂU SỐ LIỆU HỒ SƠ" and ws["A1"].font.b
    assert "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    header = [c.value for c in ws[4]]
    assert header == [c.header for c in COLUMNS]
    assert all(c.font.b and c.alignment.wrap_text for c in ws[4])
    assert ws.freeze_panes == "A5"
    assert ws.column_dimensions["A"].width == 30

    first = ws[5]
    assert first[1].value == 3748 and first[1].number_format == "#,##0"
    assert first[2].value == pytest.approx(0.9631) and first[2].number_format == "0.00%"
    assert first[3].value == 53528500 and first[3].number_format == "#,##0"
    assert first[4].value == datetime(2023, 12, 14) and first[4].number_format == "dd/mm/yyyy"
    assert ws["C6"].value is None and ws["E6"].value == datetime(2023, 12, 15)
    assert ws["A7"].value == "=1+1" and ws["A7"].data_type == "s"

    total = ws[8]
    assert total[0].value == "Tổng cộng" and total[0].font.b
    assert total[1].value == 3748 + 1022 + 5 and total[3].value == 53528500 + 8000
    assert total[2].value is None  # shares are never summed


def test_written_sheet_reads_back_through_the_importer(tmp_path):
    path = tmp_path / "doc-lai.xlsx"
    write_xlsx(path, "Bảng", [], COLUMNS[:2], ROWS[:2])
    grid = read_grid(path)
    assert [r.values for r in grid.rows] == [
        ["Lĩnh vực", "Số hồ sơ tiếp nhận"], ["Hộ tịch", 3748], ["Chứng thực", 1022]]


def test_explicit_total_and_several_sheets(tmp_path):
    path = tmp_path / "nhieu-bang.xlsx"
    specs = [
        SheetSpec("Lĩnh vực", COLUMNS[:3], ROWS[:2], ["Theo lĩnh vực"],
                  total={"received": 4770, "share": Decimal("96.31")}),
        SheetSpec("Ngành dọc: công an/quân sự", COLUMNS[:2], [{"field": "Công an", "received": 2053}]),
        SheetSpec("Lĩnh vực", COLUMNS[:2], []),
    ]
    write_xlsx_sheets(path, specs)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Lĩnh vực", "Ngành dọc- công an-quân sự", "Lĩnh vực (2)"]
    ws = wb["Lĩnh vực"]
    assert [c.value for c in ws[6]][:2] == ["Tổng cộng", 4770]  # title, blank, header, 2 rows, total
    assert ws["C6"].value == pytest.approx(0.9631)


def test_csv_has_bom_diacritics_and_plain_numbers(tmp_path):
    path = tmp_path / "so-lieu.csv"
    write_csv(path, COLUMNS, ROWS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Lĩnh vực,Số hồ sơ tiếp nhận,Tỷ lệ đúng hạn,"\
        "\"Phí, lệ phí đã thu (đồng)\",Ngày cập nhật"
    assert lines[1] == "Hộ tịch,3748,\"96,31%\",53528500,14/12/2023"
    assert lines[2] == "Chứng thực,1022,,0,15/12/2023"
    assert lines[3].startswith("'=1+1,5,\"100,00%\"")
    write_csv(path, COLUMNS[:2], ROWS[:1], delimiter=";")
    assert path.read_bytes().decode("utf-8-sig").split("\r\n")[1] == "Hộ tịch;3748"


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    write_xlsx(path, "Bảng", [], COLUMNS[:2], ROWS[:1])
    before = path.read_bytes()
    with pytest.raises(ValueError):
        write_xlsx(path, "Bảng", [], COLUMNS[:2], [{"field": "Hộ tịch", "received": "không phải số"}])
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["bao-cao.xlsx"]


def test_unknown_column_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        Column("Tên", "name", "currency")


def test_pulled_usb_gives_a_vietnamese_message_and_keeps_the_old_file(tmp_path, monkeypatch):
    import errno

    from tthc_desktop.errors import UserError

    path = tmp_path / "so-lieu.xlsx"
    write_xlsx(path, "Bảng", [], COLUMNS[:2], ROWS[:1])
    before = path.read_bytes()

    def gone(*a, **k):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", gone)
    with pytest.raises(UserError, match="USB"):
        write_xlsx(path, "Bảng", [], COLUMNS, ROWS)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["so-lieu.xlsx"]
