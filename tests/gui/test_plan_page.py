"""Kế hoạch: create the year's plan, add a task with a target, see the target measured, mark it done,
write the plan as PDF, DOCX and Excel."""
from __future__ import annotations

import re

import pdfplumber
from PySide6.QtCore import QDate, QTimer


def _wait_ops(qtbot):
    from tthc_desktop.gui.ops import BackgroundOp

    qtbot.waitUntil(lambda: BackgroundOp.running_count() == 0, timeout=60000)


def _in_dialog(fn):
    from PySide6.QtWidgets import QApplication, QDialog

    def run():
        try:
            fn()
        except BaseException:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QDialog) and w.isVisible():
                    w.reject()
            raise

    QTimer.singleShot(0, run)


def _page(qtbot, store):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.plan import PlanPage

    create_application()
    page = PlanPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.year_spin.setValue(2025)
    return page


def _row_of(page, content: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r)["content"] == content)


TASK = "Triển khai tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích"


def test_plan_created_task_with_target_done_and_written(qtbot, store, shown_messages, grab_on_failure, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    from tests.gui.conftest import seed_quarter
    from tthc_desktop.gui.pages.plan import TaskDialog
    from tthc_desktop.gui.note_dialog import NoteDialog
    from tthc_desktop.gui.theme import OK_FG
    from tthc_desktop.services.plans import TEMPLATE
    from tthc_desktop.store import plans

    seed_quarter(store, "2025-Q2")
    page = _page(qtbot, store)
    grab_on_failure(page)
    assert "Chưa có kế hoạch năm 2025" in page.banner.text() and not page.add_button.isEnabled()
    assert page.create_plan()
    assert page.model.rowCount() == len(TEMPLATE)
    assert "từ mẫu kế hoạch" in page.banner.text()

    def fill():
        dlg = next(w for w in page.findChildren(TaskDialog) if w.isVisible())
        dlg.ui.sectionCombo.setCurrentIndex(dlg.ui.sectionCombo.findData("III"))
        dlg.ui.contentEdit.setPlainText(TASK)
        dlg.ui.leadEdit.setText("Bộ phận Một cửa")
        dlg.ui.deadlineDateRadio.setChecked(True)
        dlg.ui.deadlineDateEdit.setDate(QDate(2025, 6, 30))
        dlg.ui.targetGroup.setChecked(True)
        dlg.ui.metricCombo.setCurrentIndex(dlg.ui.metricCombo.findData("digitised_results"))
        dlg.ui.opCombo.setCurrentIndex(dlg.ui.opCombo.findData(">="))
        dlg.ui.valueSpin.setValue(80)
        dlg.save()

    _in_dialog(fill)
    page.add_task()
    row = _row_of(page, TASK)
    assert page.model.index(row, 0).data() == "III"
    assert page.model.index(row, 1).data() == str(1 + sum(1 for t in TEMPLATE if t[0] == "III"))
    assert page.model.index(row, 5).data() == "30/06/2025"
    assert page.model.index(row, 7).data() == "Tỷ lệ số hóa kết quả giải quyết ≥ 80%"

    # measured on Q2: 950 results digitised of 962 + 630 resolved = 59,67% -> chưa đạt
    page.period_combo.set_period("2025-Q2")
    targets = {page.targets.item(r, 0).text(): [page.targets.item(r, c).text() for c in (1, 2, 3)]
               for r in range(page.targets.rowCount())}
    assert targets["Tỷ lệ số hóa kết quả giải quyết"] == ["59,67%", "≥ 80%", "Chưa đạt"]
    assert targets["Tỷ lệ hồ sơ tiếp nhận trực tuyến"][2] == "Đạt"  # 860 of 1.618 new: 53,15% ≥ 50%

    page.view.selectRow(row)

    def done():
        dlg = next(w for w in page.findChildren(NoteDialog) if w.isVisible())
        dlg.ui.noteEdit.setPlainText("Đã ký hợp đồng với bưu điện xã")
        dlg.save()

    _in_dialog(done)
    assert page.toggle_done()
    row = _row_of(page, TASK)
    assert page.model.index(row, 8).data() == "Đã hoàn thành: Đã ký hợp đồng với bưu điện xã"
    assert page.model.row_foreground(page.model.row_at(row)) == OK_FG
    assert page.info_label.text() == f"{len(TEMPLATE) + 1} nhiệm vụ, đã hoàn thành 1."
    task = next(t for t in plans.get_plan(store, 2025)["tasks"] if t["content"] == TASK)
    assert task["done"] == 1 and task["done_note"] == "Đã ký hợp đồng với bưu điện xã"

    pdf = tmp_path / "ke-hoach-2025.pdf"
    page.write_document(str(pdf))
    _wait_ops(qtbot)
    with pdfplumber.open(pdf) as doc:
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in doc.pages))
        rows = [[re.sub(r"\s+", " ", c or "") for c in r] for p in doc.pages for t in p.extract_tables() for r in t]
    assert "KẾ HOẠCH" in text and "Kiểm soát thủ tục hành chính năm 2025".lower() in text.lower()
    assert ["4.", TASK, "Bộ phận Một cửa", "", "30/06/2025", "", "≥ 80%"] in rows
    assert str(pdf) in page.banner.text()
    docx = tmp_path / "ke-hoach-2025.docx"
    page.write_document(str(docx), docx=True)
    _wait_ops(qtbot)
    cells = " ".join(c.text for t in Document(docx).tables for r in t.rows for c in r.cells)
    assert TASK in cells
    xlsx = tmp_path / "nhiem-vu.xlsx"
    page.export_excel(str(xlsx))
    _wait_ops(qtbot)
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[4]]
    assert header[:3] == ["Mục", "STT", "Nội dung công việc"]
    line = next(r for r in ws.iter_rows(min_row=5) if r[2].value == TASK)
    assert line[8].value == 0.8 and line[8].number_format == "0.00%"  # a number Excel can compare
    assert line[9].value == "Có" and line[10].value == "Đã ký hợp đồng với bưu điện xã"


def test_edit_delete_undo_done_and_plan_number(qtbot, store, shown_messages):
    from tthc_desktop.gui.pages.plan import TaskDialog
    from tthc_desktop.services.plans import create_plan
    from tthc_desktop.store import plans

    create_plan(store, 2025)
    first = plans.get_plan(store, 2025)["tasks"][0]
    plans.mark_task_done(store, first["id"], True, "xong")
    page = _page(qtbot, store)
    page.view.selectRow(0)
    assert page.done_button.text() == "Bỏ đánh dấu hoàn thành"
    assert page.toggle_done()
    assert plans.get_plan(store, 2025)["tasks"][0]["done"] == 0

    def edit():
        dlg = next(w for w in page.findChildren(TaskDialog) if w.isVisible())
        assert dlg.ui.contentEdit.toPlainText() == first["content"]
        dlg.ui.contentEdit.setPlainText("")
        dlg.save()
        assert dlg.ui.errorLabel.text() == "Nhập nội dung công việc của nhiệm vụ."
        dlg.ui.leadEdit.setText("Chủ tịch UBND")
        dlg.ui.contentEdit.setPlainText(first["content"])
        dlg.save()

    page.view.selectRow(0)
    _in_dialog(edit)
    page.edit_selected()
    assert page.model.index(0, 3).data() == "Chủ tịch UBND"
    count = page.model.rowCount()
    page.view.selectRow(0)
    page.delete_selected()  # confirmed Có by the fixture
    assert page.model.rowCount() == count - 1 and shown_messages[-1][0] == "ask"

    page.number_edit.setText("05/KH-UBND")
    page.issued_check.setChecked(True)
    page.issued_edit.setDate(QDate(2025, 1, 6))
    assert page.save_info()
    plan = plans.get_plan(store, 2025)
    assert plan["number"] == "05/KH-UBND" and plan["issued_on"] == "2025-01-06"
    assert page.number_edit.text() == "05/KH-UBND"
    # "lập lại" asks, then replaces every task from the template
    assert page.create_plan() and page.model.rowCount() == count
