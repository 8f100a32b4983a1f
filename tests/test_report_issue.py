"""Draft -> issue -> lock -> unlock of the periodic report, through the service and the `report` command."""
from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from tests.nd30_checks import extract_text
from tests.report_data import YEAR, break_year, fill_year
from tthc_desktop.cli import main
from tthc_desktop.domain.figures import DossierCounts, FigureRow
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import LockedPeriodError, UserError, ValidationFailed
from tthc_desktop.reports.signature import empty_signature_fields
from tthc_desktop.services import reporting
from tthc_desktop.store import documents, feedback, statistics
from tthc_desktop.store import reports as store_reports


@pytest.fixture
def year(store):
    fill_year(store)
    return store


def _issue(store, number=5):
    return reporting.issue_report(store, "2023", number=number, issued_on=date(2023, 12, 15))


def test_validation_errors_block_issuing_and_nothing_is_stored(year):
    break_year(year)
    with pytest.raises(ValidationFailed) as err:
        _issue(year)
    assert "Hộ tịch: đã giải quyết 1.500 nhưng trước hạn + đúng hạn + quá hạn = 1.401" in err.value.message
    assert err.value.exit_code == 1
    assert store_reports.find_issued(year, "2023") is None
    statistics.save_stat_row(year, YEAR, FigureRow("nganh_doc", "Công an thị trấn", DossierCounts(new_online=1,
                                                                                                   resolved_early=1)))


def test_cli_refuses_to_issue_invalid_figures_but_renders_a_draft(year, db_path, tmp_path, capsys):
    break_year(year)
    out = tmp_path / "bao-cao.pdf"
    rc = main(["report", "--period", "2023", "--out", str(out), "--issue", "--number", "5", "--date", "2023-12-15"])
    err = capsys.readouterr().err
    assert rc == 1 and not out.exists()
    assert "Chưa thể phát hành báo cáo năm 2023" in err and "đã giải quyết 1.500" in err
    assert main(["report", "--period", "2023", "--out", str(out)]) == 1 and not out.exists()
    assert main(["report", "--period", "2023", "--out", str(out), "--draft"]) == 0
    pdf = out.read_bytes()
    assert "[LỖI] Lĩnh vực Hộ tịch: đã giải quyết 1.500" in capsys.readouterr().err
    assert empty_signature_fields(pdf) == []
    reader = PdfReader(io.BytesIO(pdf))
    # the grey "DỰ THẢO" mark is an image drawn on every page; the number is left blank
    assert all("/XObject" in p["/Resources"] for p in reader.pages)
    assert "Số: /BC-UBND" in extract_text(pdf) and "Tổng số hồ sơ TTHC đã tiếp nhận là 3.748 hồ sơ" in extract_text(pdf)


def test_issuing_locks_the_period_with_a_message_naming_the_report(year):
    done = _issue(year)
    assert done.number == "05/BC-UBND"
    q3 = parse_period("2023-Q3")
    with pytest.raises(LockedPeriodError, match="Báo cáo số 05/BC-UBND ngày 15/12/2023"):
        statistics.save_stat_row(year, q3, FigureRow("linh_vuc", "Hộ tịch", DossierCounts(new_online=1)))
    with pytest.raises(LockedPeriodError, match="05/BC-UBND"):
        documents.save_document(year, {"kind": "thong_bao", "number": "9/TB-UBND", "issued_on": "2023-08-01",
                                       "summary": "Công khai TTHC", "tags": ["cong_bo"]})
    with pytest.raises(LockedPeriodError, match="05/BC-UBND"):
        feedback.save_feedback(year, {"received_on": "2023-09-09", "subject": "hanh_vi", "summary": "Thái độ"})
    # the next period stays open
    feedback.save_feedback(year, {"received_on": "2023-12-20", "subject": "hanh_vi", "summary": "Thái độ"})


def test_issued_report_rerenders_to_the_identical_file(year):
    done = _issue(year)
    stored = store_reports.report_pdf(year, done.report_id)
    assert stored == done.pdf
    assert store_reports.get_report(year, done.report_id)["pdf_sha256"] == hashlib.sha256(stored).hexdigest()
    assert reporting.rerender_issued(year, done.report_id) == stored
    # later edits (after an unlock) do not change the issued report: it renders from its snapshot
    reporting.unlock_report(year, done.report_id, "Sửa số liệu lĩnh vực Đất đai theo phần mềm một cửa")
    statistics.save_stat_row(year, YEAR, FigureRow("linh_vuc", "Đất đai", DossierCounts(new_online=9,
                                                                                         resolved_on_time=9)))
    reporting.set_narrative(year, "2023", {"proposals": "Đề nghị bồi dưỡng nghiệp vụ."})
    assert reporting.rerender_issued(year, done.report_id) == stored
    assert reporting.verify_issued(year, done.report_id)


def test_unlock_needs_a_reason_is_audited_and_reopens_the_period(year):
    done = _issue(year)
    with pytest.raises(UserError, match="lý do"):
        reporting.unlock_report(year, done.report_id, "   ")
    year.set_user("lanhdao")
    report = reporting.unlock_report(year, done.report_id, "Cấp trên yêu cầu bổ sung số liệu ngành dọc")
    assert report["unlocked_by"] == "lanhdao" and not report["locked"]
    note = year.rows("SELECT * FROM audit_log WHERE action = 'unlock'")
    assert len(note) == 1 and note[0]["username"] == "lanhdao"
    assert "Báo cáo số 05/BC-UBND" in note[0]["note"] and "bổ sung số liệu ngành dọc" in note[0]["note"]
    statistics.save_stat_row(year, parse_period("2023-Q3"), FigureRow("linh_vuc", "Hộ tịch",
                                                                      DossierCounts(new_online=1, resolved_early=1)))
    with pytest.raises(UserError, match="đã được mở khóa"):
        reporting.unlock_report(year, done.report_id, "lần nữa")


def test_reissue_needs_an_unlock_and_a_fresh_number(year):
    first = _issue(year)
    with pytest.raises(UserError, match="đang khóa số liệu"):
        _issue(year, number=6)
    reporting.unlock_report(year, first.report_id, "Sửa số liệu")
    with pytest.raises(UserError, match="Số 05/BC-UBND đã dùng"):
        _issue(year, number="05/BC-UBND")
    second = _issue(year, number=6)
    assert second.report_id != first.report_id and second.number == "06/BC-UBND"
    assert [r["number"] for r in reporting.list_reports(year, "2023")] == ["06/BC-UBND", "05/BC-UBND"]


def test_narrative_is_kept_per_draft_and_prefilled_from_the_previous_report(store):
    first = reporting.get_narrative(store, "2023-Q1")
    assert first["closing"].endswith("{ky} của {ubnd}./.")
    reporting.set_narrative(store, "2023-Q1", {"tasks": "1. Hoàn thành số hóa hồ sơ hộ tịch.",
                                               "opening": "Thực hiện Công văn số 12/UBND-VP của cấp trên;"})
    assert reporting.get_narrative(store, "2023-Q1")["tasks"] == "1. Hoàn thành số hóa hồ sơ hộ tịch."
    q2 = reporting.get_narrative(store, "2023-Q2")
    assert q2["tasks"] == "1. Hoàn thành số hóa hồ sơ hộ tịch."
    assert q2["opening"] == "Thực hiện Công văn số 12/UBND-VP của cấp trên;"
    with pytest.raises(UserError, match="Không có phần nội dung: ket_luan"):
        reporting.set_narrative(store, "2023-Q2", {"ket_luan": "x"})
    assert reporting.reset_narrative(store, "2023-Q2")["tasks"].startswith("1. Tiếp tục thực hiện")


def test_issued_narrative_is_frozen(year):
    done = _issue(year)
    with pytest.raises(UserError, match="đã phát hành"):
        store_reports.save_narrative(year, done.report_id, {"tasks": "khác"})


def test_cli_issue_list_reexport_and_narrative_file(year, db_path, tmp_path, capsys):
    narrative = tmp_path / "loi-van.json"
    narrative.write_text(json.dumps({"proposals": "Đề nghị cấp trên bố trí kinh phí số hóa."}, ensure_ascii=False),
                         encoding="utf-8")
    out = tmp_path / "bc.pdf"
    assert main(["report", "--period", "2023", "--out", str(out), "--issue", "--number", "5", "--date",
                 "2023-12-15", "--narrative", str(narrative)]) == 0
    printed = capsys.readouterr().out
    assert "Đã phát hành Báo cáo số 05/BC-UBND ngày 15/12/2023 (năm 2023)" in printed
    assert "Đề nghị cấp trên bố trí kinh phí số hóa." in extract_text(out.read_bytes())
    again = tmp_path / "lai.pdf"
    assert main(["report", "--period", "2023", "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    assert main(["report", "--list"]) == 0
    assert "[1] năm 2023: Báo cáo số 05/BC-UBND ngày 15/12/2023 — đang khóa số liệu" in capsys.readouterr().out
    assert main(["report", "--period", "2023-Q1", "--print-narrative"]) == 0
    assert json.loads(capsys.readouterr().out)["proposals"] == "Đề nghị cấp trên bố trí kinh phí số hóa."


def test_cli_reports_bad_input_in_vietnamese(year, db_path, tmp_path, capsys):
    assert main(["report", "--period", "2023", "--out", str(tmp_path / "x.pdf"), "--issue"]) == 2
    assert "cần số văn bản" in capsys.readouterr().err
    assert main(["report", "--period", "2023", "--out", str(tmp_path / "x.pdf"), "--issue", "--number", "5",
                 "--date", "15/12/2023"]) == 2
    assert "Ngày không hợp lệ" in capsys.readouterr().err
    (tmp_path / "tep.txt").write_text("không phải thư mục", encoding="utf-8")
    assert main(["report", "--period", "2023", "--out", str(tmp_path / "tep.txt" / "x.pdf"), "--draft"]) == 2
    assert "Không ghi được tệp" in capsys.readouterr().err


def test_plan_targets_are_printed_when_the_year_has_a_plan(year):
    assert "chỉ tiêu" not in extract_text(reporting.render(year, "2023").pdf)
    from tthc_desktop.services.plans import create_plan

    create_plan(year, 2023)
    text = extract_text(reporting.render(year, "2023").pdf)
    assert "Kết quả thực hiện các chỉ tiêu theo Kế hoạch năm 2023:" in text
    assert "- Tỷ lệ hồ sơ tiếp nhận trực tuyến: 96,31% (chỉ tiêu: ≥ 50%): đạt." in text


def test_word_copy_of_the_report(year, db_path, tmp_path):
    from docx import Document

    out = tmp_path / "bao-cao.docx"
    assert main(["report", "--period", "2023", "--out", str(out), "--draft"]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "BÁO CÁO (DỰ THẢO)" in text
    assert "Tổng số hồ sơ TTHC đã tiếp nhận là 3.748 hồ sơ, gồm:" in text
    assert main(["report", "--period", "2023", "--out", str(out), "--issue", "--number", "5"]) == 2


def test_profile_without_signer_blocks_issuing_and_recipients_get_a_default(year):
    from tthc_desktop.store.profile import save_profile

    save_profile(year, signer_name="", recipients=[], receiving_level_name="Văn phòng UBND tỉnh")
    with pytest.raises(ValidationFailed, match="Chưa có họ tên người ký"):
        _issue(year)
    draft = reporting.render(year, "2023")
    assert any(f.rule == "no_signer" for f in draft.blocking)
    assert "Nơi nhận: - Văn phòng UBND tỉnh; - Lưu: VT." in extract_text(draft.pdf)


def test_issued_report_enters_the_document_register(year):
    from datetime import date as _date

    from tthc_desktop.store import documents

    done = reporting.issue_report(year, "2023", number=7, issued_on=_date(2023, 12, 15))
    reports = documents.list_documents(year, kind="bao_cao")
    assert [(d["number"], d["issued_on"]) for d in reports] == [(done.number, "2023-12-15")]
    assert "kiểm soát thủ tục hành chính năm 2023" in reports[0]["summary"]
