"""The portal statistics sheet lands in the period's counts; unknown fields must be mapped; totals checked."""
from __future__ import annotations

import pytest

from tests.test_portal_sheet import build_portal
from tthc_desktop.errors import UserError
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.services.portal_import import apply_portal_import, preview_portal_import
from tthc_desktop.services.setup import load_default_fields


@pytest.fixture
def sheet_path(tmp_path):
    path = tmp_path / "thong-ke.xlsx"
    build_portal(path)
    return path


def test_preview_writes_nothing_and_names_unmatched_fields(store, sheet_path):
    load_default_fields(store)
    before = store.scalar("SELECT count(*) FROM dossier_stats")
    imp = preview_portal_import(store, sheet_path)
    assert imp.period.code == "2026-M01"
    assert imp.unmatched == ["Quản lý bay flycam"]
    assert imp.mapping["Đất đai"] == "Đất đai" and imp.mapping["Hộ tịch"] == "Hộ tịch"
    assert any("Quản lý bay flycam" in d and "chênh 1" in d for d in imp.differences)
    with pytest.raises(UserError, match="Còn lĩnh vực chưa ghép với danh mục: Quản lý bay flycam"):
        apply_portal_import(store, imp)
    assert store.scalar("SELECT count(*) FROM dossier_stats") == before


def test_apply_with_manual_mapping_gives_the_sheet_figures(store, sheet_path):
    load_default_fields(store)
    from tthc_desktop.store import catalog

    catalog.ensure_field(store, "Giao thông vận tải")
    imp = preview_portal_import(store, sheet_path, manual_map={"Quản lý bay flycam": "Giao thông vận tải"})
    assert apply_portal_import(store, imp) == 5
    fig = compute_figures(store, "2026-M01")
    land = next(r for r in fig.field_rows if r.label == "Đất đai")
    assert (land.counts.new_online, land.counts.new_direct, land.counts.carried_over) == (1234, 12, 2502)
    assert land.counts.received == 3748
    # both sections of Hộ tịch are kept apart and add up in the total
    assert sorted(r.source_system for r in fig.field_rows if r.label == "Hộ tịch") == [
        "I. Trên Hệ thống các Bộ", "II. Trên Hệ thống của tỉnh/thành phố"]
    assert fig.total.new_online == 10 + 0 + 3 + 1234 + 1
    # the row whose declared total disagrees with its parts is flagged by validation
    assert any("Giao thông vận tải" in f.message and "tổng số tiếp nhận 3" in f.message for f in fig.findings)


def test_unknown_mapping_target_is_refused(store, sheet_path):
    load_default_fields(store)
    with pytest.raises(UserError, match="không có trong danh mục lĩnh vực"):
        preview_portal_import(store, sheet_path, manual_map={"Quản lý bay flycam": "Không tồn tại"})


def test_cli_import_of_a_portal_sheet_dry_run_then_apply(store, sheet_path, capsys):
    from tthc_desktop.cli import main
    from tthc_desktop.store import catalog

    load_default_fields(store)
    catalog.ensure_field(store, "Giao thông vận tải")
    store.close()
    assert main(["import", str(sheet_path)]) == 2
    out, err = capsys.readouterr()
    assert "kỳ tháng 1 năm 2026 (2026-M01)" in out
    assert "! Chưa ghép được lĩnh vực “Quản lý bay flycam”" in out
    assert "≠ Dòng" in out and "chênh 1" in out
    assert "Còn lĩnh vực chưa ghép" in err
    args = ["import", str(sheet_path), "--map", "Quản lý bay flycam=Giao thông vận tải"]
    assert main(args) == 0
    assert "Chạy thử: chưa ghi gì." in capsys.readouterr().out
    assert main([*args, "--apply"]) == 0
    assert "Đã ghi 5 dòng số liệu trong một giao dịch." in capsys.readouterr().out
    assert main(["figures", "--period", "2026-M01", "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["total"]["parts"]["new_online"] == 10 + 0 + 3 + 1234 + 1
    # a second apply would replace figures already there: needs --yes when stdin is not interactive
    assert main([*args, "--apply"]) == 2
    assert main([*args, "--apply", "--yes"]) == 0
