"""Báo cáo: the wizard from a period with valid figures to an issued PDF; then the period refuses edits."""
from __future__ import annotations

import io
import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import seed_quarter


def _wizard(qtbot, store, code):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.report_wizard import ReportWizard

    create_application()
    wiz = ReportWizard(store, code)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def _idle():
    from tthc_desktop.gui.ops import BackgroundOp

    return BackgroundOp.running_count() == 0


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def issue_through_wizard(qtbot, store, grab_on_failure, code="2023-Q2", number="5"):
    wiz = _wizard(qtbot, store, code)
    grab_on_failure(wiz)
    assert wiz.ui.periodPage.isComplete()
    assert wiz.ui.validityLabel.text().startswith(
        "Số liệu hợp lệ: tiếp nhận 1.630, đã giải quyết 1.592, đang giải quyết 38 hồ sơ.")
    assert wiz.button(QWizard.WizardButton.NextButton).text() == "Tiếp theo >"
    wiz.next()
    assert wiz.currentPage() is wiz.ui.narrativePage
    assert wiz.ui.sectionList.count() > 10
    wiz.ui.sectionList.setCurrentRow(0)
    wiz.ui.narrativeEdit.setPlainText("Thực hiện Công văn số 1234/VP-KSTT ngày 05/6/2023 của Văn phòng UBND tỉnh "
                                      "về việc báo cáo công tác kiểm soát thủ tục hành chính {ky};")
    wiz.next()
    assert wiz.currentPage() is wiz.ui.previewPage
    qtbot.waitUntil(lambda: _idle() and wiz.ui.previewPages.count() > 0, timeout=30000)
    assert "Bản dự thảo có" in wiz.ui.previewStatus.text()
    wiz.next()
    assert wiz.currentPage() is wiz.ui.issuePage
    wiz.ui.numberEdit.setText(number)
    wiz.ui.issuedEdit.setDate(QDate(2023, 6, 20))
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Phát hành"
    finish.click()
    qtbot.waitUntil(lambda: wiz.issued is not None, timeout=30000)
    return wiz


@pytest.mark.usefixtures("shown_messages")
def test_wizard_issues_the_report_and_the_period_then_refuses_edits(qtbot, store, grab_on_failure):
    from tthc_desktop.gui.pages.figures import FiguresPage
    from tthc_desktop.services.reporting import issued_pdf, list_reports

    seed_quarter(store)
    wiz = issue_through_wizard(qtbot, store, grab_on_failure)
    assert wiz.issued.number == "05/BC-UBND"
    text = _pdf_text(issued_pdf(store, wiz.issued.report_id))
    assert "05/BC-UBND" in text
    assert "Công văn số 1234/VP-KSTT" in text and "quý II năm 2023" in text
    assert "DỰ THẢO" not in text
    report = list_reports(store)[0]
    assert report["status"] == "issued" and report["locked"] and report["issued_on"] == date(2023, 6, 20).isoformat()

    page = FiguresPage(store)
    qtbot.addWidget(page)
    grab_on_failure(page)
    page.show()
    page.period_combo.set_period("2023-Q2")
    assert page.banner.isVisible()
    assert "Báo cáo số 05/BC-UBND ngày 20/06/2023" in page.banner.text()
    assert not page.save_button.isEnabled()
    from tthc_desktop.gui.models.figures_grid import COLUMN_INDEX

    index = page.model.index(0, COLUMN_INDEX["new_online"])
    before = index.data()
    page.view.setCurrentIndex(index)
    assert not page.view.paste_text("999")
    assert index.data() == before
    assert "Kỳ đã khóa do Báo cáo số 05/BC-UBND" in page.banner.text()
    assert "mở khóa" in page.banner.text()


@pytest.mark.usefixtures("shown_messages")
def test_wizard_blocks_a_period_whose_figures_have_errors(qtbot, store):
    seed_quarter(store, "2023-Q3", broken=True)
    wiz = _wizard(qtbot, store, "2023-Q3")
    assert not wiz.ui.periodPage.isComplete()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Chưa thể phát hành: 1 lỗi" in wiz.ui.validityLabel.text()
    assert "Số liệu hồ sơ" in wiz.ui.validityLabel.text()
    messages = [wiz.ui.findingsList.item(i).text() for i in range(wiz.ui.findingsList.count())]
    assert any("Hộ tịch" in m and "tổng số tiếp nhận" in m for m in messages)


@pytest.mark.usefixtures("shown_messages")
def test_reports_page_lists_the_issued_report_and_saves_its_pdf(qtbot, store, grab_on_failure, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tthc_desktop.gui.pages.reports import ReportsPage
    from tthc_desktop.services.reporting import issued_pdf

    seed_quarter(store)
    wiz = issue_through_wizard(qtbot, store, grab_on_failure)
    page = ReportsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.reload(wiz.issued.report_id)
    assert page.proxy.index(0, 3).data() == "Đã phát hành, khóa số liệu"
    assert page.save_button.isEnabled() and page.unlock_button.isEnabled()
    target = tmp_path / "usb" / "bao-cao.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Tệp PDF (*.pdf)"))
    page.save_selected()
    assert target.read_bytes() == issued_pdf(store, wiz.issued.report_id)
    assert ReportsPage.file_name(page.selected()) == "Bao-cao-05-BC-UBND-2023-Q2.pdf"
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Quý II năm 2023"
