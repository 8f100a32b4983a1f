"""The report's sentences with figures: the samples' register, Vietnamese number formats, zeros in words."""
from __future__ import annotations

import re
from datetime import date

from tthc_desktop.domain.figures import CatalogCounts, DossierCounts, FeedbackCounts
from tthc_desktop.reports import sentences as s
from tthc_desktop.reports.narrative import fill, merged

UNIT = s.unit_names("xã Đồng Lạc", "xa")
YEAR = DossierCounts(new_online=3599, new_direct=138, carried_over=11, resolved_early=3551, resolved_on_time=185,
                     resolved_late=1, pending_in_time=11)


def text(lines) -> str:
    return " ".join(line.text for line in lines)


def test_dossier_sentence_in_the_register_of_the_samples():
    out = text(s.dossier_lines(YEAR, [("Hộ tịch", DossierCounts(new_online=1352, new_direct=49))], UNIT))
    assert out.startswith("Tổng số hồ sơ TTHC đã tiếp nhận là 3.748 hồ sơ, gồm:")
    assert "trực tuyến: 3.599 hồ sơ, chiếm 96,31%" in out
    assert "trực tiếp và qua dịch vụ bưu chính: 138 hồ sơ, chiếm 3,69%" in out
    assert "+ Lĩnh vực Hộ tịch: 1.401 hồ sơ (trong đó trực tuyến: 1.352 hồ sơ)." in out
    assert "- Số từ kỳ trước chuyển qua: 11 hồ sơ." in out
    assert ("giải quyết trước hạn: 3.551 hồ sơ, chiếm 95,02%; đúng hạn: 185 hồ sơ, chiếm 4,95%; quá hạn: 01 hồ sơ, "
            "chiếm 0,03%.") in out
    assert "- Số hồ sơ đang giải quyết: 11 hồ sơ; trong đó, trong hạn: 11 hồ sơ, quá hạn: không có." in out


def test_zero_figures_are_said_in_words():
    none = text(s.dossier_lines(DossierCounts(), [], UNIT))
    assert none == ("Trong kỳ báo cáo, UBND xã không tiếp nhận hồ sơ thủ tục hành chính nào và không có hồ sơ từ kỳ "
                    "trước chuyển qua.")
    only_direct = DossierCounts(new_direct=5, resolved_on_time=5)
    out = text(s.dossier_lines(only_direct, [("Người có công", only_direct)], UNIT))
    assert "trực tuyến: không có;" in out
    assert not re.search(r"(?<![\d.,])0 hồ sơ", out) and not re.search(r"(?<![\d.,])0,00%", out)
    assert "(không có hồ sơ trực tuyến)" in out
    assert "không có hồ sơ giải quyết quá hạn" in out
    assert text(s.feedback_lines(FeedbackCounts(), UNIT)).startswith(
        "Trong kỳ báo cáo, UBND xã không tiếp nhận phản ánh, kiến nghị nào")
    assert text(s.survey_lines(DossierCounts())) == "- Kết quả đánh giá sự hài lòng: trong kỳ chưa có phiếu đánh giá."


def test_unit_type_is_never_assumed():
    ward = s.unit_names("Phường Hòa Bình", "phuong")
    assert ward.full == "phường Hòa Bình" and ward.short == "UBND phường"
    islands = s.unit_names("Côn Đảo", "dac-khu")
    assert islands.ubnd == "UBND đặc khu Côn Đảo"
    out = text(s.feedback_lines(FeedbackCounts(), islands))
    assert "UBND đặc khu" in out and "huyện" not in out and " xã" not in out


def test_numbered_notice_list_as_written_in_reports():
    notices = [{"kind": "thong_bao", "number": "29/TB-UBND", "issued_on": "2023-01-17",
                "summary": "Công bố Danh mục thủ tục hành chính"},
               {"kind": "thong_bao", "number": "111/TB-UBND", "issued_on": "2023-04-03",
                "summary": "Về việc công khai danh mục TTHC"},
               {"kind": "quyet_dinh", "number": "", "issued_on": "2023-05-09", "summary": "TTHC lĩnh vực hộ tịch"}]
    lines = [line.text for line in s.notice_list(notices)]
    assert lines == ["(1) Thông báo số 29/TB-UBND ngày 17/01/2023 về việc công bố Danh mục thủ tục hành chính;",
                     "(2) Thông báo số 111/TB-UBND ngày 03/4/2023 về việc công khai danh mục TTHC;",
                     "(3) Quyết định ngày 09/5/2023 về việc TTHC lĩnh vực hộ tịch."]
    empty = text(s.publication_lines([], CatalogCounts(), date(2023, 6, 14), UNIT))
    assert "không ban hành văn bản công bố, công khai" in empty


def test_feedback_counts_with_leading_zero_and_subjects():
    fb = FeedbackCounts(received=3, new=2, carried_over=1, about_regulation=2, about_conduct=1, handled=2,
                        handled_on_time=1, handled_late=1, published=2, pending=1, pending_overdue=1)
    out = text(s.feedback_lines(fb, UNIT))
    assert ("đã tiếp nhận trong kỳ báo cáo: 03, trong đó: số tiếp nhận mới trong kỳ: 02; số từ kỳ trước chuyển "
            "qua: 01") in out
    assert "về hành vi hành chính: 01." in out
    assert "- Số phản ánh, kiến nghị đã xử lý: 02 (đúng hạn: 01, quá hạn: 01)" in out
    assert "- Số phản ánh, kiến nghị đang xử lý: 01, trong đó quá hạn: 01." in out


def test_survey_payment_digitisation_and_fees():
    c = DossierCounts(new_online=3000, resolved_early=3000, survey_very_satisfied=105, survey_satisfied=3521,
                      survey_neutral=1, with_fee=3078, paid_online=1387, fees_collected=53_528_500,
                      digitised_received=2999, digitised_results=3000)
    survey = text(s.survey_lines(c))
    assert "tổng số 3.627 phiếu" in survey and "rất hài lòng: 105 phiếu, chiếm 2,89%" in survey
    assert "hài lòng: 3.521 phiếu, chiếm 97,08%" in survey and "Không có phiếu không hài lòng." in survey
    online = text(s.electronic_lines(c))
    assert "1.387 hồ sơ/3.078 hồ sơ có thu phí, lệ phí, chiếm 45,06%" in online
    assert "2.999 hồ sơ/3.000 hồ sơ tiếp nhận, đạt 99,97%" in online
    assert text(s.fee_lines(c)) == "- Tổng phí, lệ phí thu được trong kỳ: 53.528.500 đồng."


def test_catalog_changes_and_online_services():
    cat = CatalogCounts(in_force=139, new=5, amended=37, abolished=8, online_full=44, online_partial=68,
                        by_field={"Hộ tịch": 40, "Chứng thực": 99})
    review = text(s.review_lines(cat, UNIT))
    assert "công bố mới 05 TTHC; sửa đổi, bổ sung 37 TTHC; bãi bỏ 08 TTHC" in review
    assert "139 thủ tục thuộc 02 lĩnh vực" in review
    online = text(s.online_service_lines(cat))
    assert "112/139 TTHC, đạt 80,58%" in online and "toàn trình: 44/139 TTHC, đạt 31,65%" in online
    assert "Trong kỳ báo cáo không có TTHC được công bố mới" in text(s.review_lines(CatalogCounts(), UNIT))


def test_plan_target_hook():
    lines = [line.text for line in s.target_lines([("Tỷ lệ hồ sơ trực tuyến", "96,31%", "≥ 50%", True),
                                                   ("Thanh toán trực tuyến", "45,06%", "≥ 45%", None)])]
    assert lines == ["- Tỷ lệ hồ sơ trực tuyến: 96,31% (chỉ tiêu: ≥ 50%): đạt.",
                     "- Thanh toán trực tuyến: 45,06% (chỉ tiêu: ≥ 45%)."]


def test_narrative_placeholders_fit_the_new_period():
    text_ = merged({"closing": "Báo cáo {ky} của {ubnd} gửi {cap_tren}; {khac} giữ nguyên."})["closing"]
    out = fill(text_, {"ky": "quý III năm 2023", "ubnd": "UBND xã Đồng Lạc", "cap_tren": "Văn phòng UBND tỉnh"})
    assert out == "Báo cáo quý III năm 2023 của UBND xã Đồng Lạc gửi Văn phòng UBND tỉnh; {khac} giữ nguyên."
