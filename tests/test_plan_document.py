"""The annual plan as PDF (ND 30, task table on landscape pages with repeating header) and as DOCX."""
from __future__ import annotations

import io

import pdfplumber
from docx import Document as open_docx

from tthc_desktop.cli import main
from tthc_desktop.services.plans import create_plan
from tthc_desktop.store import plans


def _pdf_pages(path):
    with pdfplumber.open(path) as pdf:
        return [(p.width, p.height, " ".join((p.extract_text() or "").split())) for p in pdf.pages]


def test_plan_pdf_layout_and_content(store, tmp_path):
    create_plan(store, 2024)
    plans.save_plan(store, 2024, number="12/KH-UBND", issued_on="2024-01-05", decision_number="03",
                    decision_date="2024-01-05")
    out = tmp_path / "ke-hoach-2024.pdf"
    store.close()
    assert main(["plan", "--year", "2024", "--out", str(out)]) == 0
    pages = _pdf_pages(out)
    first = pages[0][2]
    for needle in ("KẾ HOẠCH", "Số: 12/KH-UBND", "Đồng Lạc, ngày 05 tháng 01 năm 2024",
                   "(Ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 05/01/2024 của Chủ tịch UBND xã Đồng Lạc)",
                   "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An"):
        assert needle in first, needle
    landscape = [text for w, h, text in pages if w > h]
    assert len(landscape) >= 2
    # the header row repeats on every landscape page, and every group I-IV is there
    assert all("Nội dung công việc" in t and "Cơ quan chủ trì" in t for t in landscape)
    table_text = " ".join(landscape)
    for needle in ("Công tác lãnh đạo, chỉ đạo điều hành", "Ứng dụng công nghệ thông tin", "Nhiệm vụ khác",
                   "Thường xuyên", "trong năm 2024", "≥ 50%", "≥ 45%", "≥ 90%"):
        assert needle in table_text, needle


def test_plan_docx_holds_tasks(store, tmp_path):
    create_plan(store, 2025)
    store.close()
    out = tmp_path / "ke-hoach.docx"
    assert main(["plan", "--year", "2025", "--out", str(out)]) == 0
    doc = open_docx(io.BytesIO(out.read_bytes()))
    cells = " ".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Thanh toán trực tuyến phí, lệ phí" in cells and "≥ 45%" in cells
    assert "Thường xuyên trong năm 2025" in cells


def test_plan_cli_new_done_and_targets(store, capsys):
    store.close()
    assert main(["plan", "--year", "2024", "--new"]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo kế hoạch năm 2024." in out and "[ ]" in out
    task_id = int(out.splitlines()[1].split()[2])
    assert main(["plan", "--year", "2024", "--done", str(task_id), "--note", "Xong"]) == 0
    assert "[x]" in capsys.readouterr().out
    assert main(["targets", "--period", "2024-Q1"]) == 0
    assert "Tỷ lệ hồ sơ tiếp nhận trực tuyến: - (chỉ tiêu ≥ 50%): chưa có số liệu" in capsys.readouterr().out
    assert main(["plan", "--year", "2030", "--out", "x.pdf"]) == 2
    assert "Chưa có kế hoạch năm 2030" in capsys.readouterr().err


def test_plan_pdf_passes_the_nd30_checks(store, tmp_path):
    from tests.nd30_checks import check_nd30

    create_plan(store, 2024)
    plans.save_plan(store, 2024, number="12/KH-UBND", issued_on="2024-01-05")
    store.close()
    out = tmp_path / "kh.pdf"
    assert main(["plan", "--year", "2024", "--out", str(out)]) == 0
    report = check_nd30(out.read_bytes(), kind="KẾ HOẠCH")
    assert not report.failures, report.text()
