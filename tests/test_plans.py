from decimal import Decimal

import pytest

from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.services.plans import create_plan, evaluate_targets
from tthc_desktop.store import catalog, documents, feedback, plans, statistics


def test_new_plan_from_template_then_next_year_copies_with_year_moved(store):
    create_plan(store, 2024)
    p24 = plans.get_plan(store, 2024)
    assert [t["section"] for t in p24["tasks"]][:2] == ["I", "II"]
    assert any(t["deadline_text"] == "Thường xuyên trong năm 2024" for t in p24["tasks"])
    task = p24["tasks"][0]
    plans.mark_task_done(store, task["id"], True, "Đã ban hành Quyết định 15/QĐ-UBND")
    create_plan(store, 2025)
    p25 = plans.get_plan(store, 2025)
    assert len(p25["tasks"]) == len(p24["tasks"])
    assert all("2024" not in (t["deadline_text"] or "") for t in p25["tasks"])
    assert not any(t["done"] for t in p25["tasks"])  # done marks stay with last year
    assert plans.get_plan(store, 2024)["tasks"][0]["done_note"] == "Đã ban hành Quyết định 15/QĐ-UBND"
    with pytest.raises(UserError, match="Đã có kế hoạch năm 2025"):
        create_plan(store, 2025)


def test_targets_measured_on_period_figures(store):
    create_plan(store, 2023)
    fid = catalog.ensure_field(store, "Đất đai")
    hid = catalog.ensure_field(store, "Hộ tịch")
    q = parse_period("2023-Q2")
    statistics.save_stat_row(store, q, FigureRow("linh_vuc", "Hộ tịch", DossierCounts(
        new_online=90, new_direct=10, resolved_early=100, digitised_received=100, with_fee=50, paid_online=20,
        survey_satisfied=95, survey_neutral=5), hid))
    statistics.save_stat_row(store, q, FigureRow("linh_vuc", "Đất đai", DossierCounts(
        new_direct=10, resolved_on_time=10, digitised_received=10, survey_satisfied=8, survey_unsatisfied=2), fid))
    pid = catalog.save_procedure(store, {"code": "1.001193", "name": "Đăng ký khai sinh", "field_id": hid})
    catalog.save_procedure(store, {"code": "1.000894", "name": "Đăng ký kết hôn", "field_id": hid})
    documents.save_document(store, {"kind": "thong_bao", "number": "30/TB-UBND", "issued_on": "2023-04-01",
                                    "summary": "Công khai danh mục", "tags": ["cong_khai"]}, links=[(pid, "listing")])
    feedback.save_feedback(store, {"received_on": "2023-04-01", "subject": "quy_dinh", "summary": "x",
                                   "deadline": "2023-04-20", "resolved_on": "2023-04-25"})
    results = {r.metric: r for r in evaluate_targets(store, q)}
    assert results["online_share"].value == Decimal("81.82") and results["online_share"].verdict == "đạt"
    assert results["online_payment"].value == Decimal("40.00") and results["online_payment"].verdict == "chưa đạt"
    assert results["digitisation"].verdict == "đạt"
    assert results["satisfaction"].value == Decimal("93.64")
    assert results["satisfaction_land"].value == Decimal("80.00") and not results["satisfaction_land"].reached
    assert results["disclosure"].value == Decimal("50.00")
    assert results["feedback_on_time"].value == Decimal("0.00")
    assert results["online_share"].sentence() == "Tỷ lệ hồ sơ tiếp nhận trực tuyến: 81,82% (chỉ tiêu ≥ 50%): đạt"


def test_without_a_plan_national_thresholds_apply(store):
    results = evaluate_targets(store, "2023-Q1")
    assert [(r.metric, r.target) for r in results] == [("online_share", 50.0), ("digitisation", 80.0),
                                                      ("satisfaction", 90.0)]
    assert all(r.verdict == "chưa có số liệu" for r in results)


def test_task_needs_a_valid_section(store):
    pid = plans.save_plan(store, 2024)
    with pytest.raises(UserError, match="Mục của nhiệm vụ phải là I, II, III hoặc IV"):
        plans.save_task(store, pid, {"section": "V", "content": "x"})
