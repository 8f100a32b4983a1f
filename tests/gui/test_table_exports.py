"""“Xuất Excel…” on the table screens: what the clerk sees, with Vietnamese headers, numbers as numbers,
dates as dates; the statistics grid with its computed totals and shares; CSV with a BOM."""
from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from tests.gui.conftest import seed_quarter


def _wait_ops(qtbot):
    from tthc_desktop.gui.ops import BackgroundOp

    qtbot.waitUntil(lambda: BackgroundOp.running_count() == 0, timeout=30000)


def _show(qtbot, page):
    from tthc_desktop.gui.app import create_application

    create_application()
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def _sheet(path):
    """(header row values, body rows as dicts by header) of the first sheet; the header is row 4."""
    ws = load_workbook(path).active
    header = [c.value for c in ws[4]]
    body = [dict(zip(header, row)) for row in ws.iter_rows(min_row=5, values_only=True)]
    return ws, header, body


def _cells(path, header_title):
    ws = load_workbook(path).active
    col = [c.value for c in ws[4]].index(header_title) + 1
    return [ws.cell(r, col) for r in range(5, ws.max_row + 1)]


def test_catalog_export_has_vietnamese_headers_and_numeric_cells(qtbot, store, shown_messages, tmp_path):
    from tthc_desktop.gui.pages.catalog import CatalogPage
    from tthc_desktop.store import catalog

    catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field_name": "Hộ tịch",
                                   "processing_days": 3, "online_type": "toan_trinh", "effective_from": "2024-07-01"})
    catalog.save_procedure(store, {"code": "1.000656", "name": "Thủ tục đăng ký kết hôn", "field_name": "Hộ tịch",
                                   "processing_days": 0.5})
    catalog.save_procedure(store, {"code": "2.000815", "name": "Chứng thực bản sao từ bản chính",
                                   "field_name": "Chứng thực", "processing_hours": 4, "has_fee": 1,
                                   "fee_text": "2.000 đồng/trang"})
    page = _show(qtbot, CatalogPage(store))
    out = tmp_path / "danh-muc.xlsx"
    page.export_excel(str(out))
    _wait_ops(qtbot)
    ws, header, body = _sheet(out)
    assert ws["A1"].value == "DANH MỤC THỦ TỤC HÀNH CHÍNH" and ws["A2"].value == "Xã Đồng Lạc"
    assert header[:5] == ["Mã TTHC", "Mã đầy đủ", "Tên thủ tục", "Lĩnh vực", "Mức độ DVC"]
    rows = {r["Mã TTHC"]: r for r in body}
    assert rows["1.001193"]["Thời hạn (ngày làm việc)"] == 3 and rows["1.000656"]["Thời hạn (ngày làm việc)"] == 0.5
    assert rows["2.000815"]["Thời hạn (giờ)"] == 4 and rows["2.000815"]["Có thu phí"] == "Có"
    assert rows["1.001193"]["Mức độ DVC"] == "Toàn trình"
    assert rows["1.001193"]["Hiệu lực từ"] == datetime(2024, 7, 1)
    assert all(c.number_format == "#,##0.##" for c in _cells(out, "Thời hạn (ngày làm việc)"))
    assert "Đã xuất 3 thủ tục" in page.banner.text()

    page.search.setText("ho tich")  # what is shown is what is written
    page.reload()
    page.export_excel(str(out))
    _wait_ops(qtbot)
    assert sorted(r["Mã TTHC"] for r in _sheet(out)[2]) == ["1.000656", "1.001193"]
    csv = tmp_path / "danh-muc.csv"
    page.export_excel(str(csv))
    _wait_ops(qtbot)
    data = csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig").startswith("Mã TTHC,Mã đầy đủ,Tên thủ tục")
    assert "Thủ tục đăng ký kết hôn" in data.decode("utf-8-sig")
    assert '"0,5"' in data.decode("utf-8-sig")  # half a day with a decimal comma, quoted for the comma separator


def test_documents_and_feedback_exports(qtbot, store, shown_messages, tmp_path):
    from tthc_desktop.gui.pages.documents import DocumentsPage
    from tthc_desktop.gui.pages.feedback import FeedbackPage
    from tthc_desktop.store import catalog, documents, feedback

    pid = catalog.save_procedure(store, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh",
                                         "field_name": "Hộ tịch"})
    documents.save_document(store, {"kind": "thong_bao", "number": "29/TB-UBND", "issued_on": "2025-01-17",
                                    "summary": "Công bố Danh mục thủ tục hành chính lĩnh vực Hộ tịch",
                                    "tags": ["cong_bo"]}, links=[(pid, "new")])
    feedback.save_feedback(store, {"received_on": "2025-02-03", "subject": "hanh_vi", "channel": "truc_tiep",
                                   "summary": "Cán bộ hẹn trả kết quả chậm", "deadline": "2025-02-24",
                                   "resolved_on": "2025-02-20", "published": 1})
    docs = _show(qtbot, DocumentsPage(store))
    out = tmp_path / "van-ban.xlsx"
    docs.export_excel(str(out))
    _wait_ops(qtbot)
    _ws, header, body = _sheet(out)
    assert header[:4] == ["Số, ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu"]
    assert body[0]["Ngày ban hành"] == datetime(2025, 1, 17) and body[0]["Số TTHC"] == 1
    assert body[0]["Thủ tục liên quan"] == "1.001193"
    fb = _show(qtbot, FeedbackPage(store))
    out = tmp_path / "pakn.xlsx"
    fb.export_excel(str(out))
    _wait_ops(qtbot)
    _ws, header, body = _sheet(out)
    assert header[0] == "Ngày tiếp nhận" and body[0]["Đối tượng"] == "Hành vi hành chính"
    assert body[0]["Hạn xử lý"] == datetime(2025, 2, 24) and body[0]["Tình trạng"] == "Đã xử lý"


def test_statistics_grid_export_has_computed_totals_and_shares(qtbot, store, shown_messages, tmp_path):
    from tthc_desktop.gui.pages.figures import FiguresPage

    seed_quarter(store, "2023-Q2")
    page = _show(qtbot, FiguresPage(store))
    page.period_combo.set_period("2023-Q2")
    out = tmp_path / "so-lieu.xlsx"
    page.export_excel(str(out))
    _wait_ops(qtbot)
    ws, header, body = _sheet(out)
    assert ws["A1"].value == "SỐ LIỆU HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2023"
    assert header[:3] == ["Lĩnh vực, công việc giải quyết", "(3) Tổng số tiếp nhận", "(4) Trực tuyến"]
    rows = {r["Lĩnh vực, công việc giải quyết"]: r for r in body}
    assert rows["Hộ tịch"]["(3) Tổng số tiếp nhận"] == 990  # 12 + 820 + 150 + 8, computed by the domain
    total = rows["TỔNG CỘNG (các lĩnh vực)"]
    assert total["(3) Tổng số tiếp nhận"] == 1630 and total["(7) Đã giải quyết"] == 1592
    # 860 online of 1.618 new = 53,15%, stored as a fraction Excel formats as a percentage
    assert abs(total["Tỷ lệ trực tuyến"] - 0.5315) < 1e-9
    share = _cells(out, "Tỷ lệ trực tuyến")[0]
    assert share.number_format == "0.00%" and isinstance(share.value, float)
