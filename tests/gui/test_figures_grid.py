"""Số liệu hồ sơ: typing figures into the grid, live totals and shares, rule violations, paste, undo, save."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.conftest import press, type_text

PERIOD = "2023-Q2"


@pytest.fixture
def page(qtbot, store, shown_messages, grab_on_failure):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.figures import FiguresPage

    create_application()
    p = FiguresPage(store)
    qtbot.addWidget(p)
    grab_on_failure(p)
    p.resize(1300, 760)
    p.show()
    qtbot.waitExposed(p)
    p.period_combo.set_period(PERIOD)
    assert p._period.code == PERIOD
    return p


def row_of(page, label: str) -> int:
    model = page.model
    for r in range(model.rowCount()):
        if model.headerData(r, Qt.Orientation.Vertical) == label:
            return r
    raise AssertionError(f"no grid row {label}")


def cell(page, row: int, key: str):
    from tthc_desktop.gui.models.figures_grid import COLUMN_INDEX

    return page.model.index(row, COLUMN_INDEX[key])


def enter(qtbot, page, row: int, key: str, text: str) -> None:
    """Select the cell, type as a clerk does (the first key opens the editor), press Enter."""
    view = page.view
    view.setCurrentIndex(cell(page, row, key))
    view.setFocus()
    type_text(view, text[0])
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert editors, "typing a digit did not open the cell editor"
    type_text(editors[0], text[1:])
    press(editors[0], Qt.Key.Key_Return)
    QApplication.processEvents()


def test_typed_figures_give_live_totals_shares_and_a_marked_rule(qtbot, page):
    from tthc_desktop.gui.theme import ERROR_BG

    ho_tich = row_of(page, "Hộ tịch")
    enter(qtbot, page, ho_tich, "new_online", "3.748")
    # Enter moved the cursor down one row, as in a spreadsheet
    assert page.view.currentIndex().row() == ho_tich + 1
    enter(qtbot, page, ho_tich, "new_direct", "120")
    assert cell(page, ho_tich, "received").data() == "3.868"
    assert cell(page, ho_tich, "online_of_new").data() == "96,90%"
    total = page.model.total_row
    assert cell(page, total, "received").data() == "3.868"
    assert page.model.headerData(total, Qt.Orientation.Vertical).startswith("TỔNG CỘNG")

    enter(qtbot, page, ho_tich, "resolved_on_time", "3.000")
    enter(qtbot, page, ho_tich, "pending_in_time", "800")
    broken = cell(page, ho_tich, "pending_in_time")
    message = ("Lĩnh vực Hộ tịch: tổng số tiếp nhận 3.868 nhưng đã giải quyết + đang giải quyết = "
               "3.000 + 800 = 3.800")
    assert broken.data(Qt.ItemDataRole.ToolTipRole) == message
    assert broken.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert [page.findings_list.item(i).text() for i in range(page.findings_list.count())] == [message]
    assert "1 lỗi" in page.findings_title.text()

    enter(qtbot, page, ho_tich, "pending_in_time", "868")
    assert broken.data(Qt.ItemDataRole.ToolTipRole) is None
    assert page.findings_list.count() == 0
    assert page.findings_title.text() == "Kiểm tra: không phát hiện sai lệch."


def test_text_that_is_not_a_count_is_refused_with_the_cell_named(qtbot, page):
    ho_tich = row_of(page, "Hộ tịch")
    enter(qtbot, page, ho_tich, "new_online", "12a")
    assert cell(page, ho_tich, "new_online").data() == ""
    assert page.banner.isVisible()
    assert "Hộ tịch" in page.banner.text() and "“12a” không phải số nguyên" in page.banner.text()


def test_paste_from_excel_undo_redo_and_save(qtbot, page, store):
    from tthc_desktop.store.statistics import stat_rows

    ho_tich = row_of(page, "Hộ tịch")
    view = page.view
    view.setCurrentIndex(cell(page, ho_tich, "new_online"))
    # a block as Excel copies it: (4) (5) (5 bưu chính) (6), two rows, thousand dots, CRLF line ends
    assert view.paste_text("3.748\t120\t5\t30\r\n10\t2\t0\t1\r\n")
    assert cell(page, ho_tich, "received").data() == "3.903"
    assert cell(page, ho_tich + 1, "received").data() == "13"
    assert page.save_button.isEnabled() and page.has_unsaved_changes()

    page.model.undo_stack.undo()  # the whole paste is one step
    assert cell(page, ho_tich, "received").data() == "0"
    page.model.undo_stack.redo()
    assert cell(page, ho_tich, "received").data() == "3.903"

    assert page.save_changes()
    assert not page.has_unsaved_changes()
    saved = {r.label: r.counts for r in stat_rows(store, PERIOD)}
    assert saved["Hộ tịch"].new_online == 3748 and saved["Hộ tịch"].received == 3903
    assert len(saved) == 2  # empty fields are not stored


def test_a_pasted_total_that_disagrees_with_its_parts_is_kept_and_flagged(qtbot, page):
    ho_tich = row_of(page, "Hộ tịch")
    page.view.setCurrentIndex(cell(page, ho_tich, "received"))
    # (3) total 100 as the portal sheet declares it, then parts (4) 60 (5) 30 (5) 0 (6) 5: 95, not 100
    assert page.view.paste_text("100\t60\t30\t0\t5")
    shown = cell(page, ho_tich, "received")
    assert shown.data() == "100 ≠ 95"
    assert "tổng số tiếp nhận 100 nhưng từ kỳ trước + mới tiếp nhận = 95" in shown.data(Qt.ItemDataRole.ToolTipRole)


def test_delete_key_clears_selected_cells(qtbot, page):
    ho_tich = row_of(page, "Hộ tịch")
    page.view.setCurrentIndex(cell(page, ho_tich, "new_online"))
    page.view.paste_text("40\t2")
    page.view.setCurrentIndex(cell(page, ho_tich, "new_online"))
    page.view.setFocus()
    press(page.view, Qt.Key.Key_Delete)
    assert cell(page, ho_tich, "received").data() == "2"


def test_closing_the_window_with_unsaved_figures_asks_first(qtbot, store, shown_messages, qsettings):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import MainWindow

    create_application()
    window = MainWindow(store, qsettings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("figures")
    page.period_combo.set_period(PERIOD)
    page.view.setCurrentIndex(cell(page, row_of(page, "Hộ tịch"), "new_online"))
    page.view.paste_text("7")
    shown_messages.answers["ask_save"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    assert shown_messages[-1][0] == "ask_save" and "Số liệu hồ sơ" in shown_messages[-1][1]
    shown_messages.answers["ask_save"] = "save"
    assert window.close()
    from tthc_desktop.store.statistics import stat_rows

    assert [r.counts.new_online for r in stat_rows(store, PERIOD)] == [7]
