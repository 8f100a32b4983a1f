import pytest

from tthc_desktop.domain.figures import DossierCounts, FigureRow, chain_counts
from tthc_desktop.domain.validation import has_errors, validate_counts, validate_rows, validate_survey

GOOD = DossierCounts(carried_over=11, new_online=3599, new_direct=130, new_postal=8, resolved_early=3551,
                     resolved_on_time=185, resolved_late=1, pending_in_time=11, digitised_received=3600,
                     digitised_results=3000, with_fee=3078, paid_online=1387)


def messages(findings):
    return [f.message for f in findings]


def test_consistent_counts_pass():
    assert validate_counts("Lĩnh vực Hộ tịch", GOOD) == []
    assert GOOD.received == 3748 and GOOD.new == 3737 and GOOD.resolved == 3737


@pytest.mark.parametrize("change,rule,text", [
    ({"declared_received": 3750}, "received_parts", "tổng số tiếp nhận 3.750 nhưng từ kỳ trước + mới tiếp nhận = 3.748"),
    ({"declared_new": 3700}, "new_parts", "mới tiếp nhận 3.700 nhưng trực tuyến + trực tiếp + bưu chính = 3.737"),
    ({"declared_resolved": 3738}, "resolved_parts", "đã giải quyết 3.738 nhưng trước hạn + đúng hạn + quá hạn = 3.737"),
    ({"declared_pending": 12}, "pending_parts", "đang giải quyết 12 nhưng trong hạn + quá hạn = 11"),
    ({"pending_in_time": 20}, "received_balance", "tổng số tiếp nhận 3.748 nhưng đã giải quyết + đang giải quyết"),
    ({"digitised_received": 4000}, "digitised_received", "số hóa khi tiếp nhận 4.000 lớn hơn số tiếp nhận 3.748"),
    ({"digitised_results": 3800}, "digitised_results", "số hóa kết quả 3.800 lớn hơn số đã giải quyết 3.737"),
    ({"paid_online": 3100}, "paid_online", "thanh toán trực tuyến 3.100 lớn hơn số hồ sơ có thu phí 3.078"),
])
def test_each_rule_fails_with_a_message_naming_the_numbers(change, rule, text):
    from dataclasses import replace

    findings = validate_counts("Lĩnh vực Hộ tịch", replace(GOOD, **change))
    assert rule in [f.rule for f in findings]
    assert any(m.startswith("Lĩnh vực Hộ tịch: ") and text in m for m in messages(findings))
    assert has_errors(findings)


def test_vertical_agency_slip_of_the_sample_report():
    police = DossierCounts(new_online=2053, resolved_on_time=2022, declared_received=2053, declared_resolved=2053)
    findings = validate_rows([FigureRow("nganh_doc", "Công an thị trấn", police)])
    assert "Công an thị trấn: đã giải quyết 2.053 nhưng trước hạn + đúng hạn + quá hạn = 2.022" in messages(findings)


def test_survey_parts_must_equal_declared_total():
    c = DossierCounts(survey_very_satisfied=105, survey_satisfied=3521, survey_neutral=1)
    assert validate_survey("Tổng", c, 3627) == []
    assert "tổng số phiếu khảo sát 3.628" in validate_survey("Tổng", c, 3628)[0].message


def test_sum_of_field_rows_must_equal_declared_total_row():
    a = FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=10, resolved_early=10))
    b = FigureRow("linh_vuc", "Chứng thực", DossierCounts(new_online=5, resolved_early=5))
    ok = validate_rows([a, b], DossierCounts(new_online=15, resolved_early=15))
    assert ok == []
    bad = validate_rows([a, b], DossierCounts(new_online=16, resolved_early=15))
    assert messages(bad) == ["Tổng cộng: cột trực tuyến ghi 16 nhưng cộng các lĩnh vực được 15"]


def test_with_fee_above_received_is_only_a_warning():
    c = DossierCounts(new_direct=2, resolved_early=2, with_fee=3)
    findings = validate_counts("X", c)
    assert [f.severity for f in findings] == ["warning"] and not has_errors(findings)


def test_chaining_quarters_keeps_stocks_at_the_ends():
    q1 = DossierCounts(carried_over=5, new_online=10, resolved_early=12, pending_in_time=3)
    q2 = DossierCounts(carried_over=3, new_online=20, resolved_on_time=21, pending_in_time=2)
    half = chain_counts([q1, q2])
    assert (half.carried_over, half.new_online, half.resolved, half.pending) == (5, 30, 33, 2)
    assert validate_counts("6 tháng", half) == []
