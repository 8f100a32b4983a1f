"""Export of every kind as CSV (with BOM) and JSON, and the round trip back through import."""
import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.cli import main
from tthc_desktop.errors import UserError
from tthc_desktop.services.demo import build_demo
from tthc_desktop.services.exporting import export_kind
from tthc_desktop.services.importing import import_files, plan_import
from tthc_desktop.services.setup import after_init
from tthc_desktop.store import open_store
from tthc_desktop.store.profile import save_profile

KINDS = ("catalog", "documents", "feedback", "statistics")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with open_store(path) as s:
        build_demo(s, today=date(2026, 11, 23))
    return path


@pytest.fixture
def demo_store(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    with open_store(path) as s:
        yield s


def test_csv_has_bom_and_the_documented_columns(demo_store, tmp_path):
    out = tmp_path / "danh-muc.csv"
    n = export_kind(demo_store, "catalog", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == n >= 125
    birth = next(r for r in rows if r["code"] == "1.001193")
    assert birth["field"] == "Hộ tịch" and birth["online_type"] == "toan_trinh" and "changed_on" not in birth
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was renamed, nothing left behind


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_round_trip_changes_nothing_and_rebuilds_an_identical_store(demo_store, tmp_path, suffix):
    files = []
    for kind in KINDS:
        files.append(tmp_path / f"{kind}{suffix}")
        export_kind(demo_store, kind, files[-1])
    # Back into the same store: every row unchanged.
    plan = plan_import(demo_store, files)
    assert plan.errors() == [] and plan.writes == 0
    assert plan.count("unchanged") == sum(len(f.rows) for f in plan.files) > 250
    # Into an empty store: everything new, and its export is the same file (JSON: same rows).
    with open_store(tmp_path / "empty.sqlite3") as fresh:
        save_profile(fresh, name="xã Đồng Lạc", unit_type="xa")
        after_init(fresh)  # as `tthc-desktop init` does: the commune fields in their order
        applied = import_files(fresh, files, apply=True)
        assert applied.count("new") == plan.count("unchanged")
        for kind, original in zip(KINDS, files):
            again = tmp_path / f"again-{kind}{suffix}"
            export_kind(fresh, kind, again)
            if suffix == ".csv":
                assert again.read_bytes() == original.read_bytes(), kind
            else:
                rows = lambda p: json.loads(p.read_text(encoding="utf-8"))["rows"]  # noqa: E731
                assert rows(again) == rows(original), kind


def test_statistics_of_one_period(demo_store, tmp_path):
    out = tmp_path / "q2.json"
    export_kind(demo_store, "statistics", out, period="2025-Q2")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["kind"] == "statistics" and {r["period"] for r in data["rows"]} == {"2025-Q2"}
    labels = [r["label"] for r in data["rows"]]
    assert "Hộ tịch" in labels and "Công an xã" in labels
    with pytest.raises(UserError):
        export_kind(demo_store, "catalog", out, period="2025-Q2")


def test_export_command_and_refused_formats(demo_file, tmp_path, monkeypatch, capsys):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("TTHC_DB", str(path))
    assert main(["export", "feedback", "--out", str(tmp_path / "pakn.csv")]) == 0
    assert "Đã xuất 15 dòng" in capsys.readouterr().out
    assert main(["export", "feedback", "--out", str(tmp_path / "pakn.pdf")]) == 2
    assert "chọn tệp .json, .csv hoặc .xlsx" in capsys.readouterr().err
    existing = tmp_path / "giu-nguyen.csv"
    existing.write_text("cũ", encoding="utf-8")
    assert main(["export", "statistics", "--period", "2025-Q5", "--out", str(existing)]) == 2
    assert existing.read_text(encoding="utf-8") == "cũ"  # a failed export leaves the old file alone


def test_xlsx_is_a_table_for_people_and_the_catalog_reads_back(demo_store, tmp_path):
    import openpyxl

    out = tmp_path / "so-lieu.xlsx"
    n = export_kind(demo_store, "statistics", out, period="2025-Q1")
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "Kỳ")
    assert rows[0][0].startswith("Số liệu hồ sơ — xã Đồng Lạc") and len(rows) - header - 1 == n
    first = dict(zip(rows[header], rows[header + 1]))
    assert first["Nhóm"] == "Lĩnh vực" and isinstance(first["Mới tiếp nhận trực tuyến (cột 4)"], int)

    catalog_xlsx = tmp_path / "danh-muc.xlsx"
    export_kind(demo_store, "catalog", catalog_xlsx)
    plan = plan_import(demo_store, [catalog_xlsx])  # read back through the province catalog reader
    assert plan.errors() == [] and plan.writes == 0 and plan.count("unchanged") >= 125
