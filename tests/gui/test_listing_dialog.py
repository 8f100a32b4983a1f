"""Niêm yết: the board of procedures with QR codes from the catalog screen, recorded as a listing; the
dashboard counts the procedures changed since ("cần niêm yết lại")."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pdfplumber
from PySide6.QtCore import QDate


def _wait_ops(qtbot):
    from tthc_desktop.gui.ops import BackgroundOp

    qtbot.waitUntil(lambda: BackgroundOp.running_count() == 0, timeout=60000)


def _catalog(store):
    from tthc_desktop.store import catalog

    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch",
                                   "processing_days": 3, "online_type": "toan_trinh"})
    catalog.save_procedure(store, {"code": "1.000656", "name": "Thủ tục đăng ký kết hôn", "field_name": "Hộ tịch",
                                   "processing_days": 5, "online_type": "mot_phan"})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực", "processing_days": 1, "has_fee": 1,
                                   "fee_text": "2.000 đồng/trang"})


def test_listing_dialog_writes_the_board_and_records_the_listing(qtbot, store, qsettings, shown_messages,
                                                                 grab_on_failure, tmp_path):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.listing_dialog import ListingDialog
    from tthc_desktop.gui.main_window import MainWindow
    from tthc_desktop.services import listing
    from tthc_desktop.store import catalog, documents
    from tthc_desktop.store.profile import get_setting

    _catalog(store)
    create_application()
    window = MainWindow(store, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.first_screen_ready)
    dashboard = window.show_page("dashboard")
    assert dashboard.relisting_count == 3  # never listed: every procedure in force
    texts = [dashboard.status.item(i).text() for i in range(dashboard.status.count())]
    assert "Chưa in bảng niêm yết TTHC có mã QR (3 thủ tục đang thực hiện)." in texts

    window.show_page("catalog")
    dlg = ListingDialog(store, window)
    qtbot.addWidget(dlg)
    grab_on_failure(dlg)
    yesterday = date.today() - timedelta(days=1)
    dlg.ui.dateEdit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dlg.ui.fieldCombo.setCurrentIndex(dlg.ui.fieldCombo.findData("Hộ tịch"))
    assert dlg.ui.summaryLabel.text().startswith("Bảng gồm 2 thủ tục đang thực hiện")
    dlg.ui.linkEdit.setText("https://dichvucong.haiduong.gov.vn/thu-tuc")  # no {code}: refused, nothing written
    assert dlg.save_pdf(str(tmp_path / "x.pdf")) is None
    assert "phải chứa {code}" in dlg.ui.errorLabel.text() and not (tmp_path / "x.pdf").exists()
    dlg.ui.linkEdit.setText("https://dichvucong.haiduong.gov.vn/thu-tuc?ma={code}")
    dlg.ui.hotlineEdit.setText("0220 3853 123")
    dlg.ui.fbUrlEdit.setText("https://dichvucong.gov.vn/p/phananhkiennghi")
    dlg.ui.surveyEdit.setText("https://dichvucong.haiduong.gov.vn/khao-sat")
    assert not dlg.ui.recordButton.isEnabled()
    out = tmp_path / "niem-yet.pdf"
    dlg.save_pdf(str(out))
    _wait_ops(qtbot)
    with pdfplumber.open(out) as pdf:
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pdf.pages))
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in text and f"Niêm yết ngày {yesterday:%d/%m/%Y}" in text
    assert "1.001193" in text and "1.000656" in text and "2.000815" not in text  # one field only
    assert "Phản ánh, kiến nghị về TTHC" in text and "Đánh giá mức độ hài lòng" in text
    assert get_setting(store, listing.SETTING_LINK) == "https://dichvucong.haiduong.gov.vn/thu-tuc?ma={code}"
    assert get_setting(store, listing.SETTING_FEEDBACK)["hotline"] == "0220 3853 123"
    assert get_setting(store, listing.SETTING_SURVEY) == "https://dichvucong.haiduong.gov.vn/khao-sat"

    assert dlg.ui.recordButton.isEnabled()
    dlg.ui.numberEdit.setText("15/TB-UBND")
    assert dlg.record()
    recorded = documents.list_documents(store, kind="niem_yet")
    assert len(recorded) == 1 and recorded[0]["number"] == "15/TB-UBND"
    assert recorded[0]["issued_on"] == yesterday.isoformat()
    assert sorted(p["code"] for p in recorded[0]["procedures"]) == ["1.000656", "1.001193"]
    assert "Đã ghi nhận lần niêm yết" in dlg.ui.errorLabel.text()

    dashboard = window.show_page("dashboard")
    assert dashboard.relisting_count == 0
    # the time limit of a listed procedure changes today: the board is out of date for it
    proc = catalog.find_procedure_by_code(store, "1.001193")
    catalog.save_procedure(store, {**catalog.get_procedure(store, proc["id"]), "processing_days": 2})
    dashboard = window.show_page("dashboard")
    assert dashboard.relisting_count == 1
    item = next(dashboard.status.item(i) for i in range(dashboard.status.count())
                if dashboard.status.item(i).text().startswith("Cần niêm yết lại"))
    assert item.text().startswith("Cần niêm yết lại (1 thủ tục)")
    assert "1.001193 Thủ tục đăng ký khai sinh — được sửa đổi, bổ sung sau lần niêm yết ngày" in item.toolTip()
    dashboard.status.itemActivated.emit(item)
    assert window.current_key() == "catalog"
