"""The aggregate report PDF: what the receiving office prints and signs."""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from tests.packagekit import counts, make_commune, make_receiving
from tthc_desktop.domain.figures import FigureRow
from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.errors import UserError
from tthc_desktop.exchange import keys
from tthc_desktop.reports.aggregate import render_aggregate_report
from tthc_desktop.services import exchange
from tthc_desktop.services.figures import compute_figures
from tthc_desktop.store import statistics
from tthc_desktop.store.profile import save_profile

COMMUNES = (("H23.01", "xã Đồng Lạc", "xa", 1), ("H23.02", "phường Hải Tân", "phuong", 2),
            ("H23.03", "xã Nam Đồng", "xa", 3))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Two of three communes sent Q2 (one late); the office entered its own desk's figures."""
    root = tmp_path_factory.mktemp("agg")
    office = make_receiving(root / "tinh.sqlite3")
    save_profile(office, header_line1="ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", header_line2="VĂN PHÒNG",
                 place_name="Hải Dương", number_suffix="BC-VP", signer_name="Trần Văn Nam",
                 signer_title="CHÁNH VĂN PHÒNG", signer_authority="",
                 recipients=["Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "Lưu: VT, KSTTHC."])
    usb = root / "usb"
    usb.mkdir()
    totals = {}
    for code, name, kind, scale in COMMUNES:
        s = make_commune(root / f"{code}.sqlite3", name=name, code=code, unit_type=kind, scale=scale)
        exchange.register_unit(office, code=code, name=name, unit_type=kind,
                               fingerprint=keys.ensure_unit_key(s).fingerprint)
        if code != "H23.03":
            exchange.export_package(s, "2025-Q2", usb, now=datetime(2025, 6, 16 if scale == 1 else 19, 9, 0))
            totals[name] = compute_figures(s, "2025-Q2").total
        s.close()
    exchange.apply_import(office, exchange.plan_import(office, [usb]))
    statistics.save_stat_row(office, parse_period("2025-Q2"), FigureRow("linh_vuc", "Hộ tịch", counts(4)))
    out = render_aggregate_report(office, "2025-Q2", root / "tong-hop", issued=date(2025, 6, 25),
                                  created=datetime(2025, 6, 25, 8, 0))
    reader = PdfReader(str(out))
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]
    yield out, reader, pages, totals, office
    office.close()


def test_file_is_a_pdf_named_as_asked(report):
    out = report[0]
    assert out.name == "tong-hop.pdf" and out.read_bytes().startswith(b"%PDF")


def test_header_and_title_name_the_receiving_office_and_period(report):
    first = report[2][0]
    assert "VĂN PHÒNG" in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Hải Dương, ngày 25 tháng 6 năm 2025" in first
    assert "BÁO CÁO" in first and "Tổng hợp tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính" in first
    assert "quý II năm 2025" in first and "(Số liệu từ ngày 15/03/2025 đến hết ngày 14/06/2025)" in first


def test_body_gives_totals_own_figures_apart_and_who_has_not_reported(report):
    _, _, pages, totals, _ = report
    text = " ".join(pages)
    own = counts(4)
    grand = sum(t.received for t in totals.values()) + own.received
    assert f"Tổng cộng: tiếp nhận {fmt_int(grand)} hồ sơ" in text
    assert f"Tại Văn phòng UBND tỉnh Hải Dương: tiếp nhận {fmt_int(own.received)} hồ sơ" in text
    communes = sum(t.received for t in totals.values())
    assert f"Tại các xã, phường (2 đơn vị): tiếp nhận {fmt_int(communes)} hồ sơ" in text
    assert "Số đơn vị phải báo cáo: 3; đã gửi: 2 (đúng hạn 1, muộn 1); chưa gửi: 1" in text
    assert "- xã Nam Đồng (mã H23.03)." in text
    assert "phường Hải Tân (muộn 2 ngày)" in text
    assert "không phát hiện sai lệch" in text


def test_annex_has_one_row_per_unit_in_the_06a_columns(report):
    _, reader, pages, totals, _ = report
    annex_pages = [i for i, p in enumerate(pages) if "Đơn vị tính: Số hồ sơ TTHC." in p]
    assert len(annex_pages) >= 2
    for i in annex_pages:
        box = reader.pages[i].mediabox
        assert box.width > box.height  # landscape
    unit_annex = pages[annex_pages[0]]
    assert "Đơn vị báo cáo" in unit_annex and "Trực tiếp, dịch vụ bưu chính" in unit_annex
    for name, t in totals.items():
        row = f"{name} {fmt_int(t.received)} {fmt_int(t.new_online)} {fmt_int(t.new_direct_postal)}"
        assert row in unit_annex, row
    assert "Đơn vị chưa nộp báo cáo (1): xã Nam Đồng." in unit_annex
    grand = sum(t.received for t in totals.values()) + counts(4).received
    assert f"TỔNG CỘNG {fmt_int(grand)}" in unit_annex
    field_annex = pages[annex_pages[-1]]
    assert "Hộ tịch" in field_annex and "Công an xã" in field_annex


def test_no_administrative_tier_is_hard_coded(report):
    text = " ".join(report[2]).lower()
    assert "huyện" not in text and "cấp huyện" not in text


def test_every_font_is_embedded_and_no_helvetica(report):
    reader = report[1]
    fonts = set()
    for page in reader.pages:
        for f in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and not any("Helvetica" in f for f in fonts)


def test_commune_store_cannot_make_an_aggregate_report(tmp_path):
    s = make_commune(tmp_path / "xa.sqlite3")
    with pytest.raises(UserError, match="cấp nhận báo cáo"):
        render_aggregate_report(s, "2025-Q2", tmp_path / "x.pdf")
    s.close()
