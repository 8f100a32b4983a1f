"""Bulk entry into the register from CSV/XLSX: dry run per row, all-or-nothing apply, the documented example."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from tests.register_helpers import make_store, receive

from tthc_desktop.cli import main
from tthc_desktop.errors import UserError
from tthc_desktop.services import register as svc
from tthc_desktop.services.register_import import import_register
from tthc_desktop.store.register import DossierFilter

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "formats" / "register" / "example.csv"
NOW = datetime(2027, 1, 1)


@pytest.fixture()
def store():
    s = make_store()
    yield s
    s.close()


def test_documented_example_imports_cleanly(store):
    dry = import_register(store, EXAMPLE, now=NOW)
    assert [o.action for o in dry.outcomes] == ["new", "new", "new"] and not dry.applied
    assert svc.count_dossiers(store, now=NOW) == 0  # a dry run writes nothing
    done = import_register(store, EXAMPLE, apply=True, now=NOW)
    assert done.applied and done.summary().startswith("Đã nhập tệp “example.csv”: 3 hồ sơ mới")
    rows = {r["applicant_name"]: r for r in svc.list_dossiers(store, now=NOW)}
    hoa, binh, cuong = rows["Nguyễn Thị Hòa"], rows["Trần Văn Bình"], rows["Lê Minh Cường"]
    assert hoa["status"] == "resolved" and hoa["timeliness_label"] == "Đúng hạn" and hoa["digitised"] == 1
    assert hoa["documents"] == ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]
    assert binh["status"] == "processing" and binh["channel"] == "buu_chinh"
    assert cuong["status"] == "returned" and cuong["return_reason"] == "Thiếu bản chính giấy tờ"
    assert cuong["due_at"] == "2025-03-04T16:00:00" and cuong["fee"] == 12000 and cuong["copies"] == 2
    again = import_register(store, EXAMPLE, apply=True, now=NOW)
    assert again.count("new") == 3  # rows without receipt numbers are new dossiers each time


def test_rows_with_errors_block_the_whole_import(store, tmp_path):
    f = tmp_path / "so.csv"
    f.write_text("Mã TTHC;Họ tên người nộp;Ngày nhận;Kênh\n"
                 "1.001193;Nguyễn Văn An;03/03/2025 08:00;trực tiếp\n"
                 "9.999999;Trần Văn Bình;03/03/2025 09:00;trực tiếp\n"
                 "1.001193;Lê Thị Cúc;32/03/2025;trực tiếp\n"
                 "1.001193;Đỗ Văn Dũng;03/03/2025 10:00;qua điện thoại\n", encoding="utf-8")
    result = import_register(store, f, apply=True, now=NOW)
    assert not result.applied and [o.action for o in result.outcomes] == ["new", "error", "error", "error"]
    assert [o.row for o in result.errors] == [3, 4, 5]
    assert "Không có thủ tục mã “9.999999”" in result.errors[0].message
    assert "“32/03/2025”" in result.errors[1].message
    assert "Kênh tiếp nhận “qua điện thoại”" in result.errors[2].message
    assert svc.count_dossiers(store, now=NOW) == 0


def test_existing_receipt_gets_its_result_or_is_ignored(store, tmp_path):
    row = receive(store, "1.004873", "Nguyễn Văn An", "2025-03-03 08:00")
    f = tmp_path / "ket-qua.csv"
    f.write_text("Số biên nhận,Mã TTHC,Họ tên người nộp,Ngày nhận,Ngày trả kết quả\n"
                 f"{row['receipt_no']},1.004873,Nguyễn Văn An,03/03/2025 08:00,05/03/2025 10:00\n"
                 f"{row['receipt_no']},1.004873,Nguyễn Văn An,03/03/2025 08:00,05/03/2025 10:00\n",
                 encoding="utf-8-sig")
    result = import_register(store, f, apply=True, now=NOW)
    assert [o.action for o in result.outcomes] == ["changed", "ignored"]
    assert svc.dossier(store, row["receipt_no"], now=NOW)["timeliness_label"] == "Trước hạn"


def test_xlsx_with_title_rows_and_missing_column(store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ THEO DÕI HỒ SƠ (nhập lại sau khi mất kết nối)"])
    ws.append([])
    ws.append(["STT", "Mã TTHC", "Họ tên người nộp", "Thời gian nhận", "Kênh"])
    ws.append([1, "1.001193", "Phạm Thị Dung", datetime(2025, 3, 5, 9, 30), "Bưu chính"])
    path = tmp_path / "so.xlsx"
    wb.save(path)
    result = import_register(store, path, apply=True, now=NOW)
    assert result.applied and result.count("new") == 1
    row = svc.list_dossiers(store, DossierFilter(text="pham thi dung"), now=NOW)[0]
    assert row["received_at"] == "2025-03-05T09:30:00" and row["channel"] == "buu_chinh"

    bad = tmp_path / "thieu.csv"
    bad.write_text("Mã TTHC,Họ tên người nộp,Điện thoại\n1.001193,An,0912\n", encoding="utf-8")
    with pytest.raises(UserError, match="thiếu cột “Ngày nhận”"):
        import_register(store, bad, now=NOW)


def test_cli_import_dry_run_then_apply(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    make_store(db).close()
    assert main(["--db", str(db), "register", "import", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Dòng 2: [MỚI]" in out and "Chạy lại với --apply" in out
    assert main(["--db", str(db), "register", "import", str(EXAMPLE), "--apply"]) == 0
    assert main(["--db", str(db), "register", "list", "--period", "2025-Q1"]) == 0
    out = capsys.readouterr().out
    assert "Tổng: 3 hồ sơ" in out and "Lê Minh Cường" in out
