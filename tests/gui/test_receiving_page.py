"""Cấp nhận báo cáo: register a commune, import the package its demo store exported, see it on time, the
aggregate equal to the commune's own figures, and the aggregate report PDF; trust on first use; the commune
side proposes the USB stick and shows its key fingerprint."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.packagekit import make_commune, make_receiving


def _idle() -> bool:
    from tthc_desktop.gui.ops import BackgroundOp

    return BackgroundOp.running_count() == 0


def _visible(cls):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def _window(qtbot, store, qsettings):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import MainWindow

    create_application()
    w = MainWindow(store, qsettings)
    qtbot.addWidget(w)
    w.resize(1366, 820)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def office(tmp_path):
    store = make_receiving(tmp_path / "van-phong.sqlite3")
    yield store
    store.close()


def answer_when_shown(cls, answer) -> QTimer:
    """Poll for a modal dialog of `cls` (opened later, from a background op's callback) and answer it."""
    timer = QTimer()
    timer.setInterval(30)

    def poll():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        if shown:
            timer.stop()
            try:
                answer(shown[0])
            finally:  # a failed check must not leave a modal dialog open (the test would hang)
                if shown[0].isVisible():
                    shown[0].reject()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _import_through_dialog(qtbot, page, folder, monkeypatch, *, trust: tuple[str, ...] = (), check=None):
    """Click "Nhận gói từ USB / thư mục…", answer the folder, look at the dry run, accept it."""
    from PySide6.QtWidgets import QFileDialog

    from tthc_desktop.gui import usb
    from tthc_desktop.gui.pages.receiving.packages import PackageImportDialog

    monkeypatch.setattr(usb, "removable_drives", lambda: [])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    before = page.last_import
    seen = []

    def answer(dlg):
        seen.append(dlg)
        if check:
            check(dlg)
        for code in trust:
            dlg.trust(code)
        dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Ok).click()

    timer = answer_when_shown(PackageImportDialog, answer)
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(seen) and _idle() and (page.last_import is not before or "Không có gói" in
                                                  page.banner.text()), timeout=20000)
    timer.stop()


def test_receiving_office_imports_a_demo_commune_and_reports_it(qtbot, office, qsettings, tmp_path, shown_messages,
                                                               grab_on_failure, monkeypatch):
    from pypdf import PdfReader

    from tthc_desktop.exchange.keys import ensure_unit_key
    from tthc_desktop.gui.main_window import PAGE_KEYS
    from tthc_desktop.gui.pages.receiving.units import UnitDialog
    from tthc_desktop.services.aggregate import deadline_for
    from tthc_desktop.services.demo import build_demo, ended_quarters
    from tthc_desktop.services.exchange import export_package
    from tthc_desktop.services.figures import compute_figures
    from tthc_desktop.store import open_store

    commune = open_store(tmp_path / "xa.sqlite3")
    build_demo(commune)
    period = [p for p in ended_quarters(date.today()) if p.end < date.today()][-1]
    usb_dir = tmp_path / "usb"
    usb_dir.mkdir()
    sent = datetime.combine(deadline_for(office, period) - timedelta(days=1), time(9, 0))
    export_package(commune, period, usb_dir, now=sent)
    fingerprint = ensure_unit_key(commune).fingerprint
    own = compute_figures(commune, period, "chosen").total
    code, name = "000.00.10.H26", "xã Đồng Lạc"
    commune.close()

    w = _window(qtbot, office, qsettings)
    grab_on_failure(w)
    assert not w.ui.navList.item(PAGE_KEYS.index("receiving")).isHidden()  # a receiving-level store
    settings = w.show_page("settings")  # no signing key yet (only needed to send upwards): made on request
    assert settings.ui.fingerprintEdit.text() == "" and settings.ui.copyKeyButton.text() == "Tạo khóa"
    settings.ui.copyKeyButton.click()
    assert settings.ui.fingerprintEdit.text() == ensure_unit_key(office).fingerprint
    assert settings.ui.copyKeyButton.text() == "Sao chép"
    page = w.show_page("receiving")

    def register():
        dlg = _visible(UnitDialog)
        dlg.ui.codeEdit.setText(code)
        dlg.ui.nameEdit.setText(name)
        dlg.ui.fingerprintEdit.setText(fingerprint.replace(" ", "").lower())  # as read out on the phone
        dlg.save()

    QTimer.singleShot(0, register)
    page.units_tab.add_button.click()
    assert page.units_tab.proxy.index(0, 3).data() == fingerprint
    assert page.units_tab.proxy.index(0, 4).data() == "chờ gói đầu tiên"

    def dry_run(dlg):
        table = dlg.ui.packagesTable
        assert table.rowCount() == 1
        assert table.item(0, 0).text() == "Nhận"
        assert table.item(0, 1).text() == f"{name} ({code})"
        assert not dlg.ui.trustGroup.isVisible()  # registered with its fingerprint: nothing to vouch for
        assert dlg.ui.summaryLabel.text() == "Chạy thử, chưa ghi gì: 1 gói nhận."

    _import_through_dialog(qtbot, page, usb_dir, monkeypatch, check=dry_run)
    assert page.banner.text().startswith("Đã nhập 1 gói. Đã ghi 1 biên nhận vào ")
    receipts = list(usb_dir.glob("BIENNHAN_*.txt"))
    assert len(receipts) == 1 and "Kết quả: NHẬN" in receipts[0].read_text(encoding="utf-8")

    page.tabs.setCurrentWidget(page.completeness_tab)
    tab = page.completeness_tab
    tab.year_spin.setValue(period.year)
    assert tab.cell_status(code, period.code) == "on_time"
    column = 1 + [p.code for p in tab.table_data.periods].index(period.code)
    cell = tab.table.item(0, column)
    assert cell.text() == "đúng hạn" and cell.background().color().name() == "#d1e7dd"
    assert "Gói đầu tiên lập lúc 09:00" in cell.toolTip()

    page.tabs.setCurrentWidget(page.aggregate_tab)
    agg = page.aggregate_tab
    agg.set_period(period.code)
    assert agg.unit_counts(code).parts() == own.parts()
    assert agg.figures.total.received == own.received
    total_row = agg.units_model.rowCount() - 1
    assert agg.units_model.index(total_row, 0).data() == "TỔNG CỘNG"
    assert agg.units_model.index(total_row, 1).data() == agg.units_model.index(1, 1).data()
    assert "1 đơn vị đã gửi số liệu" in agg.summary.text()

    from openpyxl import load_workbook

    agg.export_excel(path=str(tmp_path / "tong-hop.xlsx"))
    qtbot.waitUntil(lambda: _idle() and (tmp_path / "tong-hop.xlsx").exists(), timeout=15000)
    sheet_rows = [r for r in load_workbook(tmp_path / "tong-hop.xlsx").active.iter_rows(values_only=True)]
    unit_row = next(r for r in sheet_rows if r[0] == name)
    assert list(unit_row[1:12]) == [own.received, own.new_online, own.new_direct_postal, own.carried_over,
                                    own.resolved, own.resolved_early, own.resolved_on_time, own.resolved_late,
                                    own.pending, own.pending_in_time, own.pending_overdue]  # numbers, not text
    tab.export_excel(path=str(tmp_path / "nop.xlsx"))
    qtbot.waitUntil(lambda: _idle() and (tmp_path / "nop.xlsx").exists(), timeout=15000)
    status_row = next(r for r in load_workbook(tmp_path / "nop.xlsx").active.iter_rows(values_only=True)
                      if r[0] == code)
    assert status_row[1] == name and "đúng hạn" in status_row

    agg.render_button.click()
    qtbot.waitUntil(lambda: agg.report_path is not None and _idle(), timeout=30000)
    assert agg.open_button.isEnabled() and agg.save_button.isEnabled() and agg.print_button.isEnabled()
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(agg.report_path)).pages))
    assert "Văn phòng UBND tỉnh Hải Dương".upper() in text.upper()
    assert name in text


def test_an_unregistered_commune_needs_a_trust_confirmation(qtbot, office, qsettings, tmp_path, shown_messages,
                                                            monkeypatch):
    from tthc_desktop.gui.pages.receiving.packages import PackageImportDialog
    from tthc_desktop.services.exchange import export_package
    from tthc_desktop.store.receiving import list_units

    usb_dir = tmp_path / "usb"
    usb_dir.mkdir()
    commune = make_commune(tmp_path / "xa.sqlite3", name="phường Hải Tân", code="H23.02", unit_type="phuong")
    export_package(commune, "2025-Q2", usb_dir, now=datetime(2025, 6, 16, 9, 0))
    commune.close()
    w = _window(qtbot, office, qsettings)
    page = w.show_page("receiving")

    def untrusted(dlg):
        assert dlg.ui.trustGroup.isVisible() and dlg.ui.trustList.count() == 1
        assert dlg.ui.trustList.item(0).text().startswith("phường Hải Tân (mã H23.02) — dấu vân tay khóa ")
        assert dlg.ui.packagesTable.item(0, 0).text() == "Nhận, đơn vị mới (tin cậy lần đầu)"

    _import_through_dialog(qtbot, page, usb_dir, monkeypatch, check=untrusted)  # not ticked
    assert list_units(office) == []
    assert "Không có gói nào được nhập" in page.banner.text()

    page.last_import = None
    _import_through_dialog(qtbot, page, usb_dir, monkeypatch, trust=("H23.02",))
    assert [(u["code"], bool(u["public_key"])) for u in list_units(office)] == [("H23.02", True)]  # pinned
    assert page.banner.text().startswith("Đã nhập 1 gói.")

    page.last_import = None
    seen = []

    def duplicate(dlg):
        seen.append(dlg)
        assert dlg.ui.packagesTable.item(0, 0).text() == "Trùng, bỏ qua"
        assert not dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Ok).isEnabled()
        dlg.reject()

    timer = answer_when_shown(PackageImportDialog, duplicate)
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(seen) and _idle(), timeout=15000)
    timer.stop()
    assert page.last_import is None


def test_commune_export_proposes_the_usb_stick_and_settings_show_the_key(qtbot, store, qsettings, tmp_path,
                                                                          shown_messages, monkeypatch):
    from tests.gui.conftest import seed_quarter
    from tthc_desktop.exchange.drives import Drive
    from tthc_desktop.exchange.keys import unit_key
    from tthc_desktop.gui import usb
    from tthc_desktop.gui.main_window import PAGE_KEYS
    from tthc_desktop.services.reporting import issue_report
    from tthc_desktop.store.profile import save_profile

    save_profile(store, code="H23.36.10")
    seed_quarter(store, "2023-Q2")
    issued = issue_report(store, "2023-Q2", number="5", issued_on=date(2023, 6, 20))
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(usb, "removable_drives", lambda: [Drive(stick, "KINGSTON", 2 * 1024 ** 3, 8 * 1024 ** 3)])
    w = _window(qtbot, store, qsettings)
    assert w.ui.navList.item(PAGE_KEYS.index("receiving")).isHidden()  # a commune store

    settings = w.show_page("settings")  # the key was made at setup: its fingerprint is shown to read out
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", settings.ui.fingerprintEdit.text())
    assert settings.ui.fingerprintEdit.text() == unit_key(store).fingerprint
    assert settings.ui.fingerprintEdit.isReadOnly() and settings.ui.copyKeyButton.text() == "Sao chép"
    settings.ui.copyKeyButton.click()
    assert QApplication.clipboard().text() == unit_key(store).fingerprint
    assert not settings.has_unsaved_changes()

    reports = w.show_page("reports")
    reports.reload(issued.report_id)

    def pick_stick():
        dlg = _visible(usb.DrivePickerDialog)
        assert dlg.list.item(0).text() == f"KINGSTON ({stick}) — trống 2,0 GB"
        assert dlg.list.item(1).text() == "Thư mục khác trên máy…"
        dlg.accept()

    QTimer.singleShot(0, pick_stick)
    reports.export_button.click()
    qtbot.waitUntil(lambda: reports.last_export is not None and _idle(), timeout=20000)
    assert reports.last_export.path.parent == stick
    banner = reports.banner.text()
    assert banner.startswith(f"Đã tạo gói gửi cấp trên: {reports.last_export.path}.")
    assert "chữ ký hợp lệ" in banner and "Dữ liệu đã được ghi hẳn xuống USB" in banner and "rút USB" in banner
