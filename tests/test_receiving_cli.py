"""The exchange commands end to end, as a clerk runs them: commune exports, the office registers and imports."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.packagekit import make_commune
from tthc_desktop.cli import build_parser, main
from tthc_desktop.services.figures import compute_figures

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
EXCHANGE_COMMANDS = ("key", "export-package", "drives", "unit", "import-package", "packages", "completeness",
                     "receiving-settings", "aggregate", "aggregate-report")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path, capsys):
    commune_db, office_db = tmp_path / "xa.sqlite3", tmp_path / "tinh.sqlite3"
    make_commune(commune_db).close()
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(capsys, "--db", str(office_db), "init", "--receiving", "--name", "Văn phòng UBND tỉnh Hải Dương")[0] == 0
    return commune_db, office_db, usb


def fingerprint(capsys, db) -> str:
    code, out, _ = run(capsys, "--db", str(db), "key", "show")
    assert code == 0
    return re.search(r"khóa của đơn vị: ([0-9A-F ]{39})", out).group(1)


def test_export_register_import_aggregate(setup, capsys, tmp_path):
    commune_db, office_db, usb = setup
    fp = fingerprint(capsys, commune_db)
    assert fingerprint(capsys, commune_db) == fp  # created once, then kept
    code, out, _ = run(capsys, "--db", str(commune_db), "export-package", "--period", "2025-Q2", "--out", str(usb))
    assert code == 0 and "Đã xuất gói quý II năm 2025 của xã Đồng Lạc" in out and "kiểm tra lại" in out
    package = next(usb.glob("TTHC_H23.36.10_2025-Q2_*.tthc"))

    code, out, _ = run(capsys, "--db", str(office_db), "unit", "add", "--code", "H23.36.10", "--name", "xã Đồng Lạc",
                       "--type", "xa", "--fingerprint", fp.replace(" ", "").lower())
    assert code == 0 and fp in out
    code, out, _ = run(capsys, "--db", str(office_db), "import-package", str(usb))
    assert code == 0 and "Chạy thử (chưa ghi gì)" in out and "[NHẬN]" in out and "--apply" in out
    code, out, _ = run(capsys, "--db", str(office_db), "import-package", str(usb), "--apply", "--yes", "--receipts")
    assert code == 0 and "Đã nhập 1 gói." in out
    assert (usb / f"BIENNHAN_{package.stem}.txt").exists()
    code, out, _ = run(capsys, "--db", str(office_db), "import-package", str(package), "--apply", "--yes", "--json")
    assert json.loads(out)["packages"][0]["verdict"] == "duplicate"

    code, out, _ = run(capsys, "--db", str(office_db), "unit", "list")
    assert "xã Đồng Lạc" in out and "đã ghim khóa" in out
    code, out, _ = run(capsys, "--db", str(office_db), "packages", "--period", "2025-Q2")
    assert "đang dùng" in out
    code, out, _ = run(capsys, "--db", str(office_db), "completeness", "--periods", "2025-Q1,2025-Q2")
    assert code == 0 and "Hạn nộp" in out and "17/06/2025" in out and "chưa nộp" in out
    code, out, _ = run(capsys, "--db", str(office_db), "aggregate", "--period", "2025-Q2", "--json")
    data = json.loads(out)
    from tthc_desktop.store import open_store

    with open_store(commune_db) as s:
        expected = compute_figures(s, "2025-Q2").total
    assert data["total"]["totals"]["received"] == expected.received
    assert data["units"][0]["name"] == "xã Đồng Lạc" and data["missing"] == []
    code, out, _ = run(capsys, "--db", str(office_db), "aggregate", "--period", "2025-Q2")
    assert "Tại các xã: tiếp nhận" in out
    pdf = tmp_path / "tong-hop.pdf"
    code, out, _ = run(capsys, "--db", str(office_db), "aggregate-report", "--period", "2025-Q2", "--out", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_trust_on_first_import_needs_confirmation(setup, capsys, monkeypatch):
    commune_db, office_db, usb = setup
    run(capsys, "--db", str(commune_db), "export-package", "--period", "2025-Q2", "--out", str(usb))
    code, out, _ = run(capsys, "--db", str(office_db), "import-package", str(usb), "--apply")
    assert code == 2 and "[TỪ CHỐI]" in out and "chưa được đăng ký" in out
    monkeypatch.setattr("sys.stdin", None)  # no one at the keyboard: the question is answered "no"
    code, out, err = run(capsys, "--db", str(office_db), "import-package", str(usb), "--apply", "--trust-new")
    assert code == 2 and "Chưa xác nhận tin cậy" in out and "--yes" in err
    code, out, _ = run(capsys, "--db", str(office_db), "import-package", str(usb), "--apply", "--trust-new", "--yes")
    assert code == 0 and "[ĐƠN VỊ MỚI]" in out and "Đã nhập 1 gói." in out


def test_export_without_a_stick_or_folder_says_what_to_do(setup, capsys, monkeypatch):
    monkeypatch.setattr("tthc_desktop.exchange.drives.removable_drives", lambda: [])
    code, _, err = run(capsys, "--db", str(setup[0]), "export-package", "--period", "2025-Q2")
    assert code == 2 and "Không thấy ổ USB nào" in err


def test_bad_fingerprint_is_refused_with_an_example(setup, capsys):
    code, _, err = run(capsys, "--db", str(setup[1]), "unit", "add", "--code", "X", "--name", "xã X",
                       "--fingerprint", "1234")
    assert code == 2 and "Dấu vân tay khóa không hợp lệ" in err


def test_every_exchange_command_is_documented():
    parser = build_parser()
    registered = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001 - argparse has no public API
    doc = DOCS.read_text(encoding="utf-8")
    for command in EXCHANGE_COMMANDS:
        assert command in registered
        assert f"## {command}" in doc, f"docs/cli.md has no section for {command}"


def test_receiving_settings_change_deadlines_and_own_label(setup, capsys):
    office = str(setup[1])
    code, out, _ = run(capsys, "--db", office, "receiving-settings")
    assert code == 0 and "ngày 17" in out and "Tại Văn phòng UBND tỉnh Hải Dương" in out
    code, out, _ = run(capsys, "--db", office, "receiving-settings", "--deadline-day", "20",
                       "--deadline", "2025-Q2=2025-06-25", "--own-label", "Tại thành phố")
    assert "ngày 20" in out and "riêng kỳ 2025-Q2: 25/06/2025" in out and "“Tại thành phố”" in out
    code, out, _ = run(capsys, "--db", office, "completeness", "--periods", "2025-Q1,2025-Q2", "--json")
    assert [p["deadline"] for p in json.loads(out)["periods"]] == ["2025-03-20", "2025-06-25"]
    code, out, _ = run(capsys, "--db", office, "receiving-settings", "--deadline", "2025-Q2=", "--json")
    assert json.loads(out)["period_deadlines"] == {}
    code, _, err = run(capsys, "--db", office, "receiving-settings", "--deadline-day", "31")
    assert code == 2 and "từ 1 đến 28" in err
    code, _, err = run(capsys, "--db", office, "receiving-settings", "--deadline", "2025-Q2=2025-06-01")
    assert code == 2 and "trước ngày chốt số liệu" in err


def test_unit_set_key_expects_the_new_key(setup, capsys):
    office = str(setup[1])
    run(capsys, "--db", office, "unit", "add", "--code", "X1", "--name", "xã Một")
    new = "AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111"
    code, out, _ = run(capsys, "--db", office, "unit", "set-key", "--code", "X1", "--fingerprint", new, "--yes")
    assert code == 0 and new in out
    code, out, _ = run(capsys, "--db", office, "unit", "list", "--json")
    assert json.loads(out)[0]["key_fingerprint"] == new and json.loads(out)[0]["key_pinned"] is False
    code, _, err = run(capsys, "--db", office, "unit", "set-key", "--code", "KHONG", "--fingerprint", new, "--yes")
    assert code == 2 and "Chưa đăng ký đơn vị mã KHONG" in err
