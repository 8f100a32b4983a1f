"""Nhật ký thay đổi: an edit made in the catalog screen shows up, filtered by table, with old and new values."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication


def test_audit_viewer_filters_by_table_and_shows_a_catalog_edit(qtbot, store, shown_messages, grab_on_failure,
                                                                 tmp_path):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.audit import AuditPage
    from tthc_desktop.gui.pages.catalog import CatalogPage, ProcedureDialog
    from tthc_desktop.store import catalog, feedback

    create_application()
    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch",
                                   "processing_days": 3})
    feedback.save_feedback(store, {"received_on": "2024-03-02", "subject": "quy_dinh", "summary": "Hỏi về khai sinh",
                                   "deadline": "2024-03-22"})
    cat = CatalogPage(store)
    qtbot.addWidget(cat)
    cat.show()
    cat.select_code("1.001193")

    def edit():
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProcedureDialog) and w.isVisible())
        dlg.ui.daysSpin.setValue(5)
        dlg.ui.nameEdit.setPlainText("Thủ tục đăng ký khai sinh (sửa đổi)")
        dlg.save()

    QTimer.singleShot(0, edit)
    cat.edit_selected()

    page = AuditPage(store)
    qtbot.addWidget(page)
    grab_on_failure(page)
    page.resize(1300, 700)
    page.show()
    tables = {page.table_combo.itemText(i): page.table_combo.itemData(i) for i in range(page.table_combo.count())}
    assert tables["Thủ tục hành chính"] == "procedures" and tables["Phản ánh, kiến nghị"] == "feedback"
    page.set_table_filter("procedures")
    rows = page.model.rows()
    assert rows and {r["table_name"] for r in rows} == {"procedures"}
    newest = page.model.index(0, 0)
    assert page.model.index(0, 2).data() == "Sửa" and page.model.index(0, 3).data() == "Thủ tục hành chính"
    assert page.model.index(0, 4).data() == "1.001193"
    summary = page.model.index(0, 5).data()
    assert "Thời hạn (ngày): 3 → 5" in summary
    assert summary.startswith("Tên: Thủ tục đăng ký khai sinh → Thủ tục đăng ký khai sinh (s")
    assert page.model.index(0, 1).data() == "hệ thống"  # no sign-in in this office
    page.view.setCurrentIndex(newest)
    details = {page.details.item(r, 0).text(): (page.details.item(r, 1).text(), page.details.item(r, 2).text())
               for r in range(page.details.rowCount())}
    assert details["Thời hạn (ngày)"] == ("3", "5")
    assert details["Tên"] == ("Thủ tục đăng ký khai sinh", "Thủ tục đăng ký khai sinh (sửa đổi)")
    assert "Khóa tìm kiếm" not in details and "search_key" not in details
    assert page.page_label.text() == "Trang 1/1"

    from openpyxl import load_workbook

    page.export_excel(path=str(tmp_path / "nhat-ky.xlsx"))
    qtbot.waitUntil(lambda: (tmp_path / "nhat-ky.xlsx").exists(), timeout=15000)
    exported = [r for r in load_workbook(tmp_path / "nhat-ky.xlsx").active.iter_rows(values_only=True)]
    edit = next(r for r in exported if r and r[2] == "Sửa")
    assert edit[3] == "Thủ tục hành chính" and edit[4] == "1.001193"
    assert "Tên: Thủ tục đăng ký khai sinh → Thủ tục đăng ký khai sinh (sửa đổi)" in edit[5]  # in full
    assert not any(r and r[3] == "Phản ánh, kiến nghị" for r in exported)  # the filter applies

    page.set_table_filter("feedback")
    assert {r["table_name"] for r in page.model.rows()} == {"feedback"}
    assert page.model.index(0, 2).data() == "Thêm"
    page.search.setText("khai sinh")
    qtbot.waitUntil(lambda: page.total == 1, timeout=3000)
    page.search.setText("khong co dong nay")
    qtbot.waitUntil(lambda: page.total == 0, timeout=3000)
    assert page.model.rowCount() == 0 and "0 dòng nhật ký" in page.count_label.text()
    page.search.setText("")
    page.set_table_filter("procedures")
    page.until_check.setChecked(True)
    page.until_edit.setDate(QDate(2000, 1, 1))  # nothing that old
    assert page.total == 0
