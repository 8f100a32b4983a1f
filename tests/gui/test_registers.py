"""Văn bản (a notice linked to the procedures it publishes) and phản ánh, kiến nghị (overdue in red)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer

from tests.gui.conftest import type_text


def _show(qtbot, page):
    from tthc_desktop.gui.app import create_application

    create_application()
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_notice_links_the_procedures_it_publishes(qtbot, store, shown_messages, grab_on_failure):
    from tthc_desktop.gui.pages.documents import DocumentDialog, DocumentsPage
    from tthc_desktop.store import catalog, documents

    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch"})
    catalog.save_procedure(store, {"code": "1.000656", "name": "Thủ tục đăng ký kết hôn", "field_name": "Hộ tịch"})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực"})
    page = _show(qtbot, DocumentsPage(store))
    grab_on_failure(page)

    def fill():
        dlg = next(w for w in page.findChildren(DocumentDialog) if w.isVisible())
        dlg.ui.numberEdit.setText("29/TB-UBND")
        dlg.ui.issuedEdit.setDate(QDate(2023, 1, 17))
        dlg.ui.summaryEdit.setPlainText("Về việc công bố Danh mục thủ tục hành chính lĩnh vực Hộ tịch")
        for i in range(dlg.ui.tagList.count()):
            if dlg.ui.tagList.item(i).data(Qt.ItemDataRole.UserRole) == "cong_bo":
                dlg.ui.tagList.item(i).setCheckState(Qt.CheckState.Checked)
        type_text(dlg.ui.procSearchEdit, "ho tich")  # both Hộ tịch procedures, found without diacritics
        assert dlg.ui.candidateList.count() == 2
        dlg.ui.candidateList.selectAll()
        dlg._add_links()
        assert dlg.ui.linkedCountLabel.text() == "Đã chọn 2 thủ tục"
        dlg.save()

    QTimer.singleShot(0, fill)
    page.add_document()
    doc = documents.list_documents(store)[0]
    assert doc["number"] == "29/TB-UBND" and doc["tags"] == ["cong_bo"]
    assert sorted(p["code"] for p in doc["procedures"]) == ["1.000656", "1.001193"]
    page.view.selectRow(0)
    assert page.details.count() == 2
    assert "2 thủ tục liên quan" in page.details_title.text()
    assert page.proxy.index(0, 5).data() == "2"


def test_overdue_feedback_is_highlighted_and_counted(qtbot, store, shown_messages):
    from tthc_desktop.gui.pages.feedback import FeedbackDialog, FeedbackPage
    from tthc_desktop.gui.theme import ERROR_BG
    from tthc_desktop.store import feedback

    today = date.today()
    feedback.save_feedback(store, {"received_on": (today - timedelta(days=40)).isoformat(), "subject": "hanh_vi",
                                   "summary": "Cán bộ hẹn trả kết quả chậm", "channel": "truc_tiep",
                                   "deadline": (today - timedelta(days=10)).isoformat()})
    feedback.save_feedback(store, {"received_on": (today - timedelta(days=3)).isoformat(), "subject": "quy_dinh",
                                   "summary": "Đề nghị giảm giấy tờ khi đăng ký thường trú", "channel": "cong_dvc",
                                   "deadline": (today + timedelta(days=18)).isoformat()})
    page = _show(qtbot, FeedbackPage(store))
    assert page.banner.isVisible() and "1 phản ánh, kiến nghị đã quá hạn" in page.banner.text()
    rows = {page.proxy.index(r, 4).data(): r for r in range(page.proxy.rowCount())}
    late = rows["Cán bộ hẹn trả kết quả chậm"]
    assert page.proxy.index(late, 8).data() == "Quá hạn 10 ngày"
    assert page.proxy.index(late, 0).data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert page.proxy.index(rows["Đề nghị giảm giấy tờ khi đăng ký thường trú"], 0).data(
        Qt.ItemDataRole.BackgroundRole) is None
    page.status_combo.setCurrentIndex(page.status_combo.findData("overdue"))
    assert page.proxy.rowCount() == 1

    dlg = FeedbackDialog(store)
    qtbot.addWidget(dlg)
    dlg.ui.receivedEdit.setDate(QDate(2025, 4, 25))
    dlg.suggest_deadline()
    # 15 working days from Friday 25/4/2025: Saturday 26/4 is a make-up working day; 30/4, 1/5 and the
    # swapped 2/5 are off; weekends skipped -> Tuesday 20/5/2025
    assert dlg.ui.deadlineEdit.date() == QDate(2025, 5, 20)
    dlg.ui.summaryEdit.setPlainText("")
    dlg.save()
    assert dlg.ui.errorLabel.text() == "Nhập nội dung phản ánh, kiến nghị."
