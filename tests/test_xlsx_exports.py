"""Every table exports to .xlsx with Vietnamese headers and real numbers, and CSV with a BOM."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tthc_desktop.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.mark.parametrize("kind,header", [("catalog", None), ("documents", None), ("feedback", None),
                                          ("statistics", None), ("register", "Mã hồ sơ")])
def test_xlsx_export_of_every_table(demo_db, tmp_path, kind, header):
    out = tmp_path / f"{kind}.xlsx"
    assert main(["--db", str(demo_db), "export", kind, "--out", str(out)]) == 0
    ws = load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert len(values) > 3
    text = " ".join(str(v) for row in values for v in row if v is not None)
    assert any(ch in text for ch in "ạảãắằẳẵặấầẩẫậđ")  # Vietnamese headers and data
    if header:
        assert header in text
    import datetime

    typed = [v for row in values for v in row
             if isinstance(v, (int, float, datetime.datetime)) and not isinstance(v, bool)]
    assert typed  # counts, times and dates are real numbers and dates, not text


def test_register_csv_has_bom(demo_db, tmp_path):
    out = tmp_path / "so.csv"
    assert main(["--db", str(demo_db), "export", "register", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Tên tổ chức, cá nhân".encode() in raw
