"""The register from the command line: receive, list, status changes, portal list, settings, days off."""
from __future__ import annotations

import json

import pytest

from tests.register_helpers import make_store
from tthc_desktop.cli import main


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "t.sqlite3"
    make_store(path).close()
    return str(path)


def run(db, *args) -> int:
    return main(["--db", db, "--user", "huong", *args])


def test_receive_list_show_and_close(db, tmp_path, capsys):
    pdf = tmp_path / "giay.pdf"
    assert run(db, "register", "receive", "--procedure", "1.004873", "--name", "Nguyễn Thị Hòa",
               "--phone", "0912345678", "--document", "Tờ khai", "--document", "Bản sao CCCD",
               "--received", "24/01/2025 09:15", "--pdf", str(pdf)) == 0
    out = capsys.readouterr().out
    assert "Đã tiếp nhận hồ sơ số 000.21.H26-250124-0001" in out and "Hẹn trả kết quả: 05/02/2025 11:30" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(db, "register", "show", "000.21.H26-250124-0001", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["documents"] == ["Tờ khai", "Bản sao CCCD"] and shown["status"] == "received"
    assert run(db, "register", "process", "000.21.H26-250124-0001") == 0
    assert run(db, "register", "resolve", "000.21.H26-250124-0001", "--date", "06/02/2025 08:00") == 0
    assert "Đã trả kết quả ngày 06/02/2025 08:00 — Quá hạn" in capsys.readouterr().out
    assert run(db, "register", "withdraw", "000.21.H26-250124-0001", "--reason", "rút") == 2
    assert "đã kết thúc" in capsys.readouterr().err
    assert run(db, "register", "reopen", "000.21.H26-250124-0001") == 0
    assert run(db, "register", "return", "000.21.H26-250124-0001", "--reason", "Thiếu giấy tờ",
               "--date", "2025-02-04") == 0
    assert "Trả lại hồ sơ ngày 04/02/2025 00:00 — Trước hạn" in capsys.readouterr().out


def test_search_status_filters_and_portal_round_trip(db, tmp_path, capsys):
    for name, when in (("Đỗ Văn Đức", "03/03/2025 08:00"), ("Trần Thị Thủy", "04/03/2025 09:00")):
        assert run(db, "register", "receive", "--procedure", "1.001193", "--name", name, "--received", when) == 0
    capsys.readouterr()
    assert run(db, "register", "list", "--search", "do duc", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["dossiers"][0]["applicant_name"] == "Đỗ Văn Đức"
    assert run(db, "register", "list", "--status", "overdue") == 0
    out = capsys.readouterr().out
    assert out.count("(!)") == 2 and "Quá hạn chưa trả trong toàn sổ: 2" in out
    xlsx = tmp_path / "cho-nhap.xlsx"
    assert run(db, "register", "pending-portal", "--out", str(xlsx)) == 0
    assert "Đã xuất 2 hồ sơ" in capsys.readouterr().out and xlsx.exists()
    assert run(db, "register", "mark-entered", "000.21.H26-250303-0001=H26-0001") == 0
    assert run(db, "register", "pending-portal") == 0
    out = capsys.readouterr().out
    assert "Trần Thị Thủy" in out and "Đỗ Văn Đức" not in out and "Hồ sơ chờ nhập lên hệ thống: 1." in out


def test_settings_and_days_off(db, capsys):
    assert run(db, "register", "settings", "--format", "{seq:05d}/{yyyy}", "--book", "02/2025") == 0
    assert "Mẫu số biên nhận: {seq:05d}/{yyyy}" in capsys.readouterr().out
    assert run(db, "register", "settings", "--format", "{yyyy}") == 2
    assert "phải có {seq}" in capsys.readouterr().err
    assert run(db, "register", "receive", "--procedure", "1.001193", "--name", "An",
               "--received", "03/03/2025 08:00") == 0
    assert "số 00001/2025" in capsys.readouterr().out
    assert run(db, "days-off", "set", "2025-03-04", "--kind", "off", "--note", "Lễ hội đền") == 0
    assert run(db, "days-off", "list", "--year", "2025") == 0
    assert "Thứ Ba 04/03/2025: Ngày nghỉ — Lễ hội đền" in capsys.readouterr().out
    assert run(db, "days-off", "remove", "2025-03-04") == 0
    assert run(db, "days-off", "remove", "2025-03-04") == 1
