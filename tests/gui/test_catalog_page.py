"""Danh mục TTHC: add a procedure in the dialog and find it again by a search typed without diacritics."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import type_text


def _page(qtbot, store):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.catalog import CatalogPage

    create_application()
    page = CatalogPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _visible_codes(page) -> list[str]:
    from tthc_desktop.gui.models.base import RowRole

    return [page.proxy.data(page.proxy.index(r, 0), RowRole)["code"] for r in range(page.proxy.rowCount())]


def test_added_procedure_is_found_by_a_search_without_diacritics(qtbot, store, shown_messages, grab_on_failure):
    from tthc_desktop.gui.pages.catalog import ProcedureDialog
    from tthc_desktop.store import catalog

    catalog.save_procedure(store, {"code": "1.000656", "name": "Thủ tục đăng ký kết hôn", "field_name": "Hộ tịch"})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực"})
    page = _page(qtbot, store)
    grab_on_failure(page)

    def fill_and_save():
        dlg = next(w for w in page.findChildren(ProcedureDialog) if w.isVisible())
        dlg.ui.codeEdit.setText("1.001193")
        dlg.ui.nameEdit.setPlainText("Thủ tục đăng ký khai sinh")  # Vietnamese goes in with setText, not keyClicks
        dlg.ui.fieldCombo.setCurrentText("Hộ tịch")
        dlg.ui.onlineCombo.setCurrentIndex(dlg.ui.onlineCombo.findData("toan_trinh"))
        dlg.ui.daysSpin.setValue(3)
        dlg.ui.effectiveCheck.setChecked(True)
        dlg.ui.effectiveEdit.setDate(QDate(2023, 1, 1))
        assert dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Save).text() == "Lưu"
        dlg.save()

    QTimer.singleShot(0, fill_and_save)
    page.add_procedure()
    row = page.selected()
    assert row["code"] == "1.001193" and row["status"] == "in_force"

    page.search.setFocus()
    type_text(page.search, "ho tich khai sinh")
    qtbot.waitUntil(lambda: _visible_codes(page) == ["1.001193"], timeout=3000)
    page.search.clear()
    type_text(page.search, "ho tich")
    qtbot.waitUntil(lambda: sorted(_visible_codes(page)) == ["1.000656", "1.001193"], timeout=3000)
    shown = page.proxy.index(0, 3).data()
    assert shown in ("Toàn trình", "Chưa cung cấp DVC")
    assert page.count_label.text().startswith("Hiển thị 2 thủ tục; danh mục đang thực hiện có 3 thủ tục")


def test_dialog_refuses_a_procedure_without_code_and_says_why(qtbot, store, shown_messages):
    from tthc_desktop.gui.pages.catalog import ProcedureDialog

    dlg = ProcedureDialog(store)
    qtbot.addWidget(dlg)
    dlg.ui.nameEdit.setPlainText("Thủ tục không có mã")
    dlg.ui.fieldCombo.setCurrentText("Hộ tịch")
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.errorLabel.text() == "Thiếu mã thủ tục (mã TTHC quốc gia, ví dụ 1.001193)."


def test_abolish_with_date_moves_the_procedure_out_of_the_current_catalog(qtbot, store, shown_messages):
    from tthc_desktop.gui.pages.catalog import AbolishDialog
    from tthc_desktop.store import catalog

    pid = catalog.save_procedure(store, {"code": "1.000656", "name": "Thủ tục đăng ký kết hôn", "field_name": "Hộ tịch"})
    page = _page(qtbot, store)
    page.select_code("1.000656")

    def confirm():
        dlg = next(w for w in page.findChildren(AbolishDialog) if w.isVisible())
        dlg.ui.dateEdit.setDate(QDate(2024, 3, 1))
        dlg.save()

    QTimer.singleShot(0, confirm)
    page.abolish_selected()
    assert _visible_codes(page) == []  # the list shows procedures in force by default
    page.status_combo.setCurrentIndex(page.status_combo.findData("abolished"))
    assert _visible_codes(page) == ["1.000656"]
    assert catalog.get_procedure(store, pid)["abolished_on"] == "2024-03-01"
    assert "Đã bãi bỏ từ ngày 01/03/2024" in page.proxy.index(0, 1).data(3)  # ToolTipRole
