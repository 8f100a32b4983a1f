"""The demo commune: realistic, valid for every period, deterministic, idempotent, careful with real data."""
import re
import shutil
from datetime import date

import pytest

from tthc_desktop.cli import main
from tthc_desktop.services.demo import build_demo, ended_quarters
from tthc_desktop.services.exporting import export_kind
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import catalog, documents, open_store
from tthc_desktop.store.profile import get_profile

TODAY = date(2026, 11, 23)
KINDS = ("catalog", "documents", "feedback", "statistics")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with open_store(path) as s:
        build_demo(s, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    with open_store(path) as s:
        yield s


def test_profile_is_a_complete_commune(demo):
    p = get_profile(demo)
    assert p["name"] == "xã Đồng Lạc" and p["header_line2"] == "XÃ ĐỒNG LẠC" and p["place_name"] == "Đồng Lạc"
    assert p["signer_authority"] == "TM. ỦY BAN NHÂN DÂN" and p["signer_name"]
    assert p["recipients"][-1] == "- Lưu: VT, VP."


def test_every_quarter_and_longer_period_has_valid_figures(demo):
    quarters = ended_quarters(TODAY)
    assert [q.code for q in quarters] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
    for code in [q.code for q in quarters] + ["2025", "2025-6M", "2025-6MC", "2025-9M", "2026-6M", "2026-9M"]:
        fig = compute_figures(demo, code)
        assert fig.has_data and fig.errors == [], (code, [f.message for f in fig.findings])
        shares = fig.total.shares()
        assert 80 <= shares["online_of_new"] <= 100, code
        assert shares["paid_online_of_with_fee"] and shares["digitised_of_received"] > 90
        assert shares["satisfaction"] >= 95 and fig.total.fees_collected > 0 and fig.total.e_certified > 0
        assert {r.label for r in fig.vertical_rows} == {"Công an xã", "Ban Chỉ huy Quân sự xã"}
        assert len(fig.lien_thong_rows) == 2
        fields = {r.label for r in fig.field_rows}
        assert {"Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Người có công", "Đất đai"} <= fields
    year = compute_figures(demo, "2025")
    assert year.composed_from == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    # Quarters chain: what one quarter leaves pending is what the next one carries over.
    q3, q4 = (compute_figures(demo, c).total for c in ("2025-Q3", "2025-Q4"))
    assert q4.carried_over == q3.pending


def test_the_catalog_changes_during_the_year(demo):
    assert 125 <= len(catalog.list_procedures(demo)) <= 140
    year = compute_figures(demo, "2025").catalog
    assert 120 <= year.in_force <= 135 and year.new >= 20 and year.amended >= 3 and year.abolished >= 1
    assert year.online_full > 0 and year.online_partial > 0 and year.lien_thong >= 2
    assert compute_figures(demo, "2025-Q1").catalog.in_force < year.in_force  # district procedures moved down 1/7


def test_notices_are_numbered_dated_and_linked(demo):
    docs = documents.list_documents(demo, start="2025-01-01", end="2025-12-31")
    assert len(docs) >= 20 and {"ke_hoach", "thong_bao", "cong_van", "quyet_dinh"} <= {d["kind"] for d in docs}
    pattern = re.compile(r"^\d{2,3}/((TB|KH|QĐ|BC|CT)-UBND|UBND-VP)$")
    assert all(pattern.match(d["number"]) for d in docs)
    numbers = [int(d["number"].split("/")[0]) for d in docs]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)  # one register, in date order
    notices = compute_figures(demo, "2025").notices
    assert len(notices) >= 6
    assert any(n["kind"] == "thong_bao" and len(n["procedures"]) >= 100 for n in notices)  # yearly listing
    actions = {p["action"] for n in notices for p in n["procedures"]}
    assert {"new", "amended", "abolished", "listing"} <= actions


def test_feedback_has_carried_over_late_and_pending_items(demo):
    assert compute_figures(demo, "2025-Q2").feedback.carried_over >= 1
    year = compute_figures(demo, "2025").feedback
    assert year.handled_late == 1 and year.about_conduct >= 1 and year.published >= 1
    q3 = compute_figures(demo, "2026-Q3").feedback
    assert q3.pending == 1


def test_running_demo_twice_changes_nothing(demo, tmp_path):
    before = {k: tmp_path / f"{k}-1.csv" for k in KINDS}
    for k, p in before.items():
        export_kind(demo, k, p)
    summary = build_demo(demo, today=TODAY)
    assert summary.written == 0
    for k, p in before.items():
        export_kind(demo, k, tmp_path / f"{k}-2.csv")
        assert (tmp_path / f"{k}-2.csv").read_bytes() == p.read_bytes(), k


def test_demo_is_deterministic_across_stores(demo, tmp_path):
    with open_store(tmp_path / "other.sqlite3") as other:
        build_demo(other, today=TODAY)
        for k in KINDS:
            export_kind(demo, k, tmp_path / f"a-{k}.csv")
            export_kind(other, k, tmp_path / f"b-{k}.csv")
            assert (tmp_path / f"a-{k}.csv").read_bytes() == (tmp_path / f"b-{k}.csv").read_bytes(), k


def test_demo_refuses_a_store_with_real_data_unless_yes(db_path, monkeypatch, capsys):
    import io

    with open_store(db_path) as s:
        from tthc_desktop.store.profile import save_profile

        save_profile(s, name="thị trấn Thanh Miện", unit_type="thi-tran")
        catalog.save_procedure(s, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_name": "Hộ tịch"})
    before = db_path.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert "thị trấn Thanh Miện: 1 thủ tục" in err and "--yes" in err
    assert db_path.read_bytes() == before
    assert main(["demo", "--yes"]) == 0
    with open_store(db_path) as s:
        assert get_profile(s)["name"] == "xã Đồng Lạc"
        assert catalog.find_procedure_by_code(s, "1.001193")["name"] == "Thủ tục đăng ký khai sinh"


def test_demo_on_a_fresh_or_demo_store_needs_no_confirmation(db_path, capsys):
    assert main(["init", "--name", "xã Mới"]) == 0  # a profile without data is not a real unit's data
    assert main(["demo"]) == 0
    assert "Dữ liệu mẫu xã Đồng Lạc: đã ghi" in capsys.readouterr().out
    assert main(["demo"]) == 0  # the store now holds demo data: no question asked, nothing rewritten
    assert "không có gì thay đổi" in capsys.readouterr().out
    with open_store(db_path) as s:
        assert compute_figures(s, "2025-Q1").has_data
