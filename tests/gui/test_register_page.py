"""Sổ theo dõi hồ sơ: receive a dossier through the form, search without diacritics, status changes and
their refusals, the receipt PDF, the list for the portal, the office's days off, paging of a long register."""
from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer

from tests.gui.conftest import type_text


def _show(qtbot, page):
    from tthc_desktop.gui.app import create_application

    create_application()
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def _wait_ops(qtbot):
    from tthc_desktop.gui.ops import BackgroundOp

    qtbot.waitUntil(lambda: BackgroundOp.running_count() == 0, timeout=30000)


@pytest.fixture
def desk(store):
    """The test commune with two procedures of the catalog."""
    from tthc_desktop.store import catalog

    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch",
                                   "processing_days": 5})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực", "processing_days": 1})
    return store


def _receive(store, name: str, when: str, code: str = "1.001193", **kw) -> dict:
    from tthc_desktop.services import register as svc

    return svc.receive_dossier(store, svc.DossierInput(procedure=code, applicant_name=name, received_at=when, **kw))


def _in_dialog(fn):
    """Run `fn` once the modal dialog is open; on a failed check close every dialog so exec() returns."""
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


def _cell(page, row: int, title: str) -> str:
    from tthc_desktop.gui.models.dossiers import COLUMNS

    column = next(i for i, c in enumerate(COLUMNS) if c.title == title)
    return page.model.index(row, column).data()


def _pdf_text(path) -> list[str]:
    from pypdf import PdfReader

    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_a_dossier_received_through_the_form_is_listed_with_its_appointment(qtbot, desk, shown_messages,
                                                                            grab_on_failure):
    from tthc_desktop.gui.pages.register import RegisterPage
    from tthc_desktop.gui.register_dialogs import ReceiveDialog
    from tthc_desktop.gui.theme import ERROR_BG

    page = _show(qtbot, RegisterPage(desk))
    grab_on_failure(page)
    seen = {}

    def fill():
        dlg = next(w for w in page.findChildren(ReceiveDialog) if w.isVisible())
        grab_on_failure(dlg)
        type_text(dlg.ui.procSearchEdit, "khai sinh")  # one match without diacritics: picked at once
        assert dlg.procedure["code"] == "1.001193"
        dlg.ui.nameEdit.setText("Nguyễn Văn Hùng")
        dlg.ui.phoneEdit.setText("0912345678")
        dlg.ui.documentsEdit.setPlainText("Tờ khai đăng ký khai sinh\nGiấy chứng sinh")
        dlg.ui.openReceiptCheck.setChecked(False)
        # Friday 25/4/2025 8:00, 5 working days counted in sessions from the afternoon: Saturday 26/4 is a
        # make-up working day; 30/4, 1/5 and the swapped 2/5 are off -> Tuesday 6/5/2025, end of the morning
        dlg.ui.receivedEdit.setDateTime(QDateTime(datetime(2025, 4, 25, 8, 0)))
        seen["appointment"] = dlg.ui.appointmentLabel.text()
        seen["holidays"] = dlg.ui.holidaysLabel.text()
        dlg.save()

    _in_dialog(fill)
    saved = page.receive()
    assert seen["appointment"] == "Hẹn trả kết quả: 11 giờ 30 phút, thứ ba ngày 06/05/2025"
    assert "30/04/2025" in seen["holidays"] and "01/05/2025" in seen["holidays"] and "02/05/2025" in seen["holidays"]
    assert saved["applicant_name"] == "Nguyễn Văn Hùng" and saved["documents"] == ["Tờ khai đăng ký khai sinh",
                                                                                   "Giấy chứng sinh"]
    assert page.model.rowCount() == 1
    assert _cell(page, 0, "Mã hồ sơ") == saved["receipt_no"]
    assert _cell(page, 0, "Hẹn trả") == "06/05/2025 11:30"
    assert _cell(page, 0, "Trạng thái") == "Đã tiếp nhận"
    assert page.selected()["id"] == saved["id"]
    assert saved["receipt_no"] in page.banner.text() and "06/05/2025" in page.banner.text()
    # long past its appointment and still open: red, counted
    assert _cell(page, 0, "Tiến độ") == "Quá hạn, chưa trả"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert "quá hạn 1" in page.count_label.text()


def test_the_form_refuses_without_a_procedure_or_a_name(qtbot, desk, shown_messages):
    from tthc_desktop.gui.register_dialogs import ReceiveDialog
    from tthc_desktop.services.register import count_dossiers

    dlg = ReceiveDialog(desk)
    qtbot.addWidget(dlg)
    dlg.save()
    assert "Chọn thủ tục hành chính" in dlg.ui.errorLabel.text()
    dlg.select_procedure("2.000815")
    dlg.save()
    assert dlg.ui.errorLabel.text() == "Thiếu họ tên người nộp hồ sơ (Ông/Bà hoặc tổ chức)."
    assert count_dossiers(desk) == 0


def test_search_without_diacritics_finds_names_and_receipt_numbers(qtbot, desk, shown_messages):
    from tthc_desktop.gui.pages.register import RegisterPage

    first = _receive(desk, "Nguyễn Văn An", "2025-03-03 08:00")
    _receive(desk, "Nguyễn Thị Bình", "2025-03-03 09:00")
    _receive(desk, "Trần Văn Cường", "2025-03-04 10:00", code="2.000815", phone="0987654321")
    page = _show(qtbot, RegisterPage(desk))
    assert page.model.rowCount() == 3
    type_text(page.search, "nguyen van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _cell(page, 0, "Người nộp") == "Nguyễn Văn An"
    page.search.setText(first["receipt_no"][-9:])  # "250303-0001"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and _cell(page, 0, "Người nộp") == "Nguyễn Văn An")
    page.search.setText("0987654321")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and _cell(page, 0, "Người nộp") == "Trần Văn Cường")
    page.search.setText("")
    page.field_combo.setCurrentIndex(page.field_combo.findText("Chứng thực"))
    assert page.model.rowCount() == 1


def test_status_changes_and_the_refused_ones(qtbot, desk, shown_messages, grab_on_failure):
    from tthc_desktop.gui.note_dialog import NoteDialog
    from tthc_desktop.gui.pages.register import RegisterPage

    saved = _receive(desk, "Lê Thị Hoa", "2025-03-03 08:00")  # 5 working days -> 10/03/2025 11:30
    page = _show(qtbot, RegisterPage(desk))
    grab_on_failure(page)
    page.view.selectRow(0)
    assert page.process_button.isEnabled() and not page.reopen_button.isEnabled()
    assert page.start_processing()
    assert _cell(page, 0, "Trạng thái") == "Đang giải quyết" and page.selected()["id"] == saved["id"]

    def resolve():
        dlg = next(w for w in page.findChildren(NoteDialog) if w.isVisible())
        dlg.ui.whenEdit.setDateTime(QDateTime(datetime(2025, 3, 1, 9, 0)))  # before the dossier was received
        dlg.save()
        assert dlg.isVisible() and "trước thời gian nhận hồ sơ" in dlg.ui.errorLabel.text()
        dlg.ui.whenEdit.setDateTime(QDateTime(datetime(2025, 3, 7, 15, 0)))
        dlg.save()

    _in_dialog(resolve)
    assert page.resolve_selected()
    assert _cell(page, 0, "Trạng thái") == "Đã trả kết quả"
    assert _cell(page, 0, "Tiến độ") == "Trước hạn"
    assert _cell(page, 0, "Trả kết quả") == "07/03/2025 15:00"
    assert not page.process_button.isEnabled() and page.reopen_button.isEnabled()

    assert not page.start_processing()  # the core refuses: the banner and a box say why, in Vietnamese
    assert "đã kết thúc" in page.banner.text() and "không thể chuyển sang “Đang giải quyết”" in page.banner.text()
    assert shown_messages[-1][0] == "error" and saved["receipt_no"] in shown_messages[-1][1]

    assert page.reopen_selected()  # the question is answered Có by the fixture
    assert _cell(page, 0, "Trạng thái") == "Đang giải quyết" and _cell(page, 0, "Trả kết quả") == ""

    def give_back():
        dlg = next(w for w in page.findChildren(NoteDialog) if w.isVisible())
        dlg.ui.whenEdit.setDateTime(QDateTime(datetime(2025, 3, 5, 10, 0)))
        dlg.save()
        assert dlg.ui.errorLabel.text() == "Ghi lý do trả lại hồ sơ."
        dlg.ui.noteEdit.setPlainText("Thiếu giấy chứng sinh bản chính")
        dlg.save()

    _in_dialog(give_back)
    assert page.close_selected("returned")
    assert _cell(page, 0, "Trạng thái") == "Trả lại hồ sơ"
    assert "lý do: Thiếu giấy chứng sinh bản chính" in page.detail_label.text()


def test_receipt_pdf_two_copies_on_one_sheet_or_one_per_page(qtbot, desk, shown_messages, tmp_path):
    from tthc_desktop.gui.pages.register import RegisterPage

    saved = _receive(desk, "Phạm Thị Lan", "2025-03-03 08:00", documents=["Tờ khai"])
    page = _show(qtbot, RegisterPage(desk))
    page.view.selectRow(0)
    target = tmp_path / "giay-hen.pdf"
    page.receipt.save(str(target))
    _wait_ops(qtbot)
    pages = _pdf_text(target)
    assert len(pages) == 1 and pages[0].count("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") == 2
    assert saved["receipt_no"] in pages[0] and "Phạm Thị Lan" in pages[0]
    assert str(target) in page.banner.text()
    page.one_per_page.setChecked(True)
    page.receipt.save(str(target))
    _wait_ops(qtbot)
    assert len(_pdf_text(target)) == 2


def test_dossiers_waiting_for_the_portal_export_and_mark_entered(qtbot, desk, shown_messages, tmp_path):
    from openpyxl import load_workbook

    from tthc_desktop.gui.pages.register import RegisterPage

    for i, name in enumerate(("Đỗ Văn Long", "Vũ Thị Hà", "Bùi Văn Nam")):
        _receive(desk, name, f"2025-03-0{3 + i} 08:00")
    page = _show(qtbot, RegisterPage(desk))
    assert page.not_entered_check.text() == "Chưa nhập lên hệ thống (3)"
    out = tmp_path / "cho-nhap.xlsx"
    page.export_pending(str(out))
    _wait_ops(qtbot)
    ws = load_workbook(out).active
    names = [ws.cell(r, 6).value for r in range(1, ws.max_row + 1)]
    assert names[-3:] == ["Đỗ Văn Long", "Vũ Thị Hà", "Bùi Văn Nam"]  # oldest first, as the portal takes them
    assert "Đã xuất 3 hồ sơ chờ nhập" in page.banner.text()
    page.view.selectRow(0)
    page.view.selectionModel().select(page.model.index(1, 0), page.view.selectionModel().SelectionFlag.Select
                                      | page.view.selectionModel().SelectionFlag.Rows)
    assert page.mark_entered_selected() == 2
    assert page.not_entered_check.text() == "Chưa nhập lên hệ thống (1)"
    page.not_entered_check.setChecked(True)
    assert page.model.rowCount() == 1 and _cell(page, 0, "Người nộp") == "Đỗ Văn Long"


def test_a_day_off_added_by_the_office_moves_the_appointment(qtbot, desk, shown_messages):
    from PySide6.QtCore import QDate

    from tthc_desktop.gui.register_dialogs import DaysOffDialog, ReceiveDialog
    from tthc_desktop.store.days_off import list_days_off

    editor = DaysOffDialog(desk, year=2025)
    qtbot.addWidget(editor)
    holidays = [editor.ui.holidaysList.item(i).text() for i in range(editor.ui.holidaysList.count())]
    assert any(t.startswith("30/04/2025 (Thứ Tư)") for t in holidays)
    editor.ui.dayEdit.setDate(QDate(2025, 5, 5))
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData("off"))
    editor.ui.dayNoteEdit.setText("Nghỉ theo quyết định của tỉnh")
    editor.add_day()
    assert editor.ui.overridesTable.rowCount() == 1
    assert editor.ui.overridesTable.item(0, 0).text() == "Thứ Hai 05/05/2025"
    assert list_days_off(desk, 2025)[0]["note"] == "Nghỉ theo quyết định của tỉnh"

    dlg = ReceiveDialog(desk)
    qtbot.addWidget(dlg)
    dlg.select_procedure("1.001193")
    dlg.ui.receivedEdit.setDateTime(QDateTime(datetime(2025, 4, 25, 8, 0)))
    assert dlg.due.due == datetime(2025, 5, 7, 11, 30)  # one more day than without the office's day off
    assert "05/05/2025 Nghỉ theo quyết định của tỉnh" in dlg.ui.holidaysLabel.text()

    editor.ui.overridesTable.selectRow(0)
    editor.remove_selected()
    assert editor.ui.overridesTable.rowCount() == 0 and not list_days_off(desk, 2025)


def test_a_long_register_is_read_page_by_page(qtbot, desk, shown_messages):
    """450 dossiers: the list knows its length at once and reads only the pages it shows."""
    from tthc_desktop.gui.models.dossiers import RECEIVED_COLUMN
    from tthc_desktop.gui.pages.register import RegisterPage
    from tthc_desktop.services import register as svc

    with desk.atomic():
        for i in range(450):
            svc.receive_dossier(desk, svc.DossierInput(procedure="2.000815", applicant_name=f"Người nộp {i:03d}",
                                                       received_at=datetime(2025, 1, 2, 8) + timedelta(hours=i)))
    page = _show(qtbot, RegisterPage(desk))
    model = page.model
    assert model.rowCount() == 450
    assert model.pages_read <= 2  # the first screen only
    assert _cell(page, 0, "Người nộp") == "Người nộp 449"  # newest first
    page.view.scrollToBottom()
    qtbot.wait(50)
    assert _cell(page, 449, "Người nộp") == "Người nộp 000"
    assert model.pages_read <= 4 and len(model._pages) <= 4
    page.view.horizontalHeader().sectionClicked.emit(RECEIVED_COLUMN)  # the clerk clicks "Nhận hồ sơ"
    assert _cell(page, 0, "Người nộp") == "Người nộp 000"


@pytest.mark.slow
def test_a_register_of_100000_dossiers_scrolls_smoothly(qtbot, tmp_path):
    """The benchmark's store (benchmarks/bench_register_gui.py) with generous limits: steps stay interactive
    and the model keeps a bounded window of pages, whatever the size of the register."""
    from benchmarks.bench_register import build
    from benchmarks.bench_register_gui import measure
    from tthc_desktop.gui.models.dossiers import MAX_PAGES

    path = tmp_path / "register-100000.sqlite3"
    build(path, 100_000)
    rows, counters = measure(path, steps=60)
    medians = {label: median for label, median, _worst, _note, _target in rows}
    assert rows[0][3] == "100.000 hồ sơ"
    assert medians["Mở màn hình (đếm + trang đầu + vẽ)"] < 1000
    assert medians["Cuộn 3 dòng (bánh xe chuột)"] < 100
    assert medians["Nhảy tới vị trí bất kỳ (kéo thanh cuộn)"] < 250
    assert medians["Tìm tên không dấu (đếm + trang đầu + vẽ)"] < 400
    assert counters["pages_cached"] <= MAX_PAGES


def test_settings_opens_the_days_off_editor(qtbot, store, monkeypatch):
    from tthc_desktop.gui.pages.settings import SettingsPage
    from tthc_desktop.gui.register_dialogs import DaysOffDialog

    opened = []
    monkeypatch.setattr(DaysOffDialog, "exec", lambda self: opened.append(self) or 0)
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert page.ui.daysOffButton.text() == "Ngày nghỉ, ngày làm bù…"
    page.ui.daysOffButton.click()
    assert len(opened) == 1 and opened[0].ui.holidaysList.count() > 0
