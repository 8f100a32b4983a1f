"""Số liệu hồ sơ with the register as a second source: both shown per field, the clerk chooses which one the
period's report uses, and the choice is refused once an issued report locks the period."""
from __future__ import annotations

from datetime import date, datetime

from tests.gui.conftest import seed_quarter


def test_register_and_entered_figures_side_by_side_and_the_choice(qtbot, store, shown_messages, grab_on_failure):
    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.figures import FiguresPage
    from tthc_desktop.services import register as svc
    from tthc_desktop.services import register_rollup as rollup
    from tthc_desktop.store import catalog, reports

    seed_quarter(store, "2025-Q2")  # entered: Hộ tịch 990 received, Chứng thực 640
    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch",
                                   "processing_days": 3})
    for i, name in enumerate(("Nguyễn Văn An", "Trần Thị Bình")):
        d = svc.receive_dossier(store, svc.DossierInput(procedure="1.001193", applicant_name=name,
                                                        received_at=datetime(2025, 4, 7 + i, 8, 0)))
        svc.resolve_dossier(store, d["id"], at=datetime(2025, 4, 9, 15, 0))
    create_application()
    page = FiguresPage(store)
    qtbot.addWidget(page)
    grab_on_failure(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.period_combo.set_period("2025-Q2")
    assert page.source_bar.isVisible() and page.lower_tabs.isTabVisible(1)
    assert page.source_bar.source() == "entered"
    table = page.source_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
            for r in range(table.rowCount())}
    assert rows["Hộ tịch"] == ["2", "2", "0", "990", "962", "28", "khác nhau"]
    assert rows["Chứng thực"] == ["—", "—", "—", "640", "630", "10", "chỉ có số liệu nhập"]
    assert "Sổ theo dõi có 2 hồ sơ trong kỳ (1 lĩnh vực); 1 lĩnh vực khác số liệu nhập." == page.source_bar.hint.text()

    period = parse_period("2025-Q2")
    assert page.choose_source("register")
    assert rollup.chosen_source(store, period) == "register"
    assert "Báo cáo quý II năm 2025 sẽ dùng: sổ theo dõi hồ sơ." == page.banner.text()
    assert "không dùng cho báo cáo kỳ này" in page.source_bar.hint.text()

    rid = reports.create_draft(store, period, {})  # an issued report locks the period
    reports.mark_issued(store, rid, number="45/BC-UBND", issued_on=date(2025, 6, 17), narrative={}, snapshot="{}",
                        pdf=b"%PDF-1.7", pdf_sha256="0" * 64)
    page.load(period)
    assert not page.choose_source("entered")
    assert "Kỳ đã khóa do Báo cáo số 45/BC-UBND ngày 17/06/2025" in page.banner.text()
    assert shown_messages[-1][0] == "error"
    assert rollup.chosen_source(store, period) == "register" and page.source_bar.source() == "register"


def test_no_register_no_source_choice(qtbot, store, shown_messages):
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.figures import FiguresPage

    seed_quarter(store, "2025-Q2")
    create_application()
    page = FiguresPage(store)
    qtbot.addWidget(page)
    page.show()
    page.period_combo.set_period("2025-Q2")
    assert not page.source_bar.isVisible() and not page.lower_tabs.isTabVisible(1)
