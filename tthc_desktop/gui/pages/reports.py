"""Báo cáo: the list of periodic reports (drafts and issued) and what a clerk does with an issued one —
open, print, save to a folder or USB stick, export the package for the level above, unlock with a reason.

Creating a report goes through the wizard (report_wizard.py). PDFs come from `services.reporting`:
the stored, issued file is handed out as it is (its SHA-256 was recorded at issue time).
"""
from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QInputDialog, QTableView

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.gui import messages
from tthc_desktop.gui.models.base import Column, RowsTableModel, VietSortProxy, select_row, selected_row
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pages.base import BasePage, setup_table, styled_label, tool_button
from tthc_desktop.gui.pdf_preview import open_in_viewer, render_pages
from tthc_desktop.gui.theme import OK_FG


def _status(row: dict) -> str:
    if row["status"] != "issued":
        return "Dự thảo"
    if row.get("unlocked_at"):
        return f"Đã mở khóa {fmt_date(row['unlocked_at'])}"
    return "Đã phát hành, khóa số liệu"


def _period_name(row: dict) -> str:
    name = parse_period(row["period"]).name
    return name[:1].upper() + name[1:]


class ReportsModel(RowsTableModel):
    COLUMNS = (
        Column("period", "Kỳ báo cáo", value=_period_name, width=230),
        Column("period_start", "Số liệu từ", kind="date", width=95),
        Column("period_end", "đến", kind="date", width=95),
        Column("status", "Tình trạng", value=_status, width=210),
        Column("number", "Số", width=120),
        Column("issued_on", "Ngày ban hành", kind="date", width=110),
        Column("unlock_reason", "Lý do mở khóa", width=240),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_foreground(self, row: dict):
        return OK_FG if row.get("locked") else None


class ReportsPage(BasePage):
    """Báo cáo định kỳ."""

    title = "Báo cáo định kỳ"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.new_button = tool_button("Lập báo cáo…", "nav-report-dark", "Chọn kỳ, kiểm tra số liệu, sửa nội dung, "
                                                                         "xem trước và phát hành")
        self.header_row.addWidget(self.new_button)
        actions = [("open_button", "Mở PDF", "pdf", "Mở tệp PDF bằng chương trình đọc PDF của máy"),
                   ("print_button", "In…", "print", "In báo cáo"),
                   ("save_button", "Lưu ra thư mục / USB…", "folder", "Lưu tệp PDF đã phát hành vào thư mục hoặc ổ USB"),
                   ("export_button", "Xuất gói gửi cấp trên…", "import", "Tạo gói số liệu và báo cáo để chép sang USB "
                                                                           "gửi cấp trên"),
                   ("unlock_button", "Mở khóa kỳ…", "lock", "Lãnh đạo mở khóa số liệu của kỳ (phải ghi lý do)")]
        bar = QHBoxLayout()
        for attr, text, icon_name, tip in actions:
            button = tool_button(text, icon_name, tip)
            setattr(self, attr, button)
            bar.addWidget(button)
        bar.addStretch(1)
        self.content.addLayout(bar)
        self.model = ReportsModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # newest period first, as the core orders them
        for i, col in enumerate(ReportsModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.content.addWidget(self.view, 1)
        self.last_export = None
        self.hint = styled_label("Báo cáo đã phát hành được lưu nguyên tệp PDF; mở, in hoặc lưu ra USB đều dùng đúng "
                                 "tệp đó. Dự thảo thì lập tiếp bằng nút “Lập báo cáo…”.", "hint", wrap=True)
        self.content.addWidget(self.hint)
        self.new_button.clicked.connect(self.new_report)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.view.activated.connect(lambda _i: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        from tthc_desktop.services.reporting import list_reports

        self.model.set_rows(list_reports(self.store))
        if select_id is not None:
            select_row(self.view, self.proxy, "id", select_id)
        self._update_buttons()

    def activate(self) -> None:
        self.reload()

    def selected(self) -> dict | None:
        return selected_row(self.view, self.proxy)

    def _update_buttons(self) -> None:
        row = self.selected()
        issued = row is not None and row["status"] == "issued"
        for b in (self.open_button, self.print_button, self.save_button, self.export_button):
            b.setEnabled(issued)
        self.unlock_button.setEnabled(bool(row and row.get("locked")))

    def _selected_issued(self) -> dict | None:
        row = self.selected()
        if row is None or row["status"] != "issued":
            messages.show_error(self, "Chọn một báo cáo đã phát hành trong danh sách (dự thảo chưa có tệp chính thức).")
            return None
        return row

    @staticmethod
    def file_name(row: dict) -> str:
        """"Bao-cao-05-BC-UBND-2023-Q2.pdf": no diacritics or slashes, safe on USB sticks (FAT32)."""
        plain = unicodedata.normalize("NFD", (row.get("number") or "").replace("Đ", "D").replace("đ", "d"))
        number = re.sub(r"[^0-9A-Za-z]+", "-", plain.encode("ascii", "ignore").decode()).strip("-")
        return f"Bao-cao-{number}-{row['period'].replace('..', '_')}.pdf"

    def _pdf(self, row: dict) -> bytes:
        from tthc_desktop.services.reporting import issued_pdf

        return issued_pdf(self.store, row["id"])

    # actions
    def new_report(self) -> None:
        from tthc_desktop.gui.report_wizard import ReportWizard

        row = self.selected()
        wizard = ReportWizard(self.store, row["period"] if row and row["status"] != "issued" else None, self)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.issued is not None:
            self.reload(wizard.issued.report_id)
            self.show_banner(f"Đã phát hành Báo cáo số {wizard.issued.number}; số liệu của kỳ đã được khóa. "
                             "Có thể mở, in, lưu ra USB hoặc xuất gói gửi cấp trên.", "info")
        else:
            self.reload()

    def open_selected(self) -> None:
        row = self._selected_issued()
        if row is None:
            return
        ok, pdf = self.call_core(self._pdf, row)
        if not ok:
            return
        path = Path(tempfile.mkdtemp(prefix="tthc-bao-cao-")) / self.file_name(row)
        path.write_bytes(pdf)
        if not open_in_viewer(path):
            messages.show_error(self, f"Không mở được tệp {path}: máy chưa có chương trình đọc PDF.")

    def save_selected(self) -> None:
        from tthc_desktop.fileio import write_bytes_atomic
        from tthc_desktop.store.profile import get_setting

        row = self._selected_issued()
        if row is None:
            return
        start = Path(get_setting(self.store, "backup_dir", "") or Path.home()) / self.file_name(row)
        target, _ = QFileDialog.getSaveFileName(self, "Lưu báo cáo ra thư mục hoặc USB", str(start), "Tệp PDF (*.pdf)")
        if not target:
            return
        ok, pdf = self.call_core(self._pdf, row)
        if ok:
            ok, _ = self.call_core(write_bytes_atomic, target, pdf)
        if ok:
            from tthc_desktop.gui.usb import eject_hint

            self.show_banner(f"Đã lưu {target}. " + eject_hint(target, "tệp"), "info")

    def print_selected(self) -> None:
        row = self._selected_issued()
        if row is None:
            return
        ok, pdf = self.call_core(self._pdf, row)
        if ok:
            print_pdf(self, pdf, f"Báo cáo số {row['number']}")

    def export_selected(self) -> None:
        from tthc_desktop.gui.usb import choose_folder
        from tthc_desktop.services.exchange import export_package
        from tthc_desktop.store.profile import get_setting

        row = self._selected_issued()
        if row is None:
            return
        folder = choose_folder(self, "Chọn ổ USB hoặc thư mục để ghi gói gửi cấp trên",
                               get_setting(self.store, "backup_dir", "") or str(Path.home()))
        if folder is None:
            return
        store, period = self.store, row["period"]

        def done(result) -> None:
            self.last_export = result
            self.show_banner(_export_text(result), "info")

        BackgroundOp(self, lambda _p: export_package(store, period, folder)) \
            .with_progress("Đang tạo gói số liệu gửi cấp trên…").success(done).run_in_background()

    def unlock_selected(self) -> None:
        from tthc_desktop.services.safety import unlock_period

        row = self.selected()
        if not row or not row.get("locked"):
            return
        reason, ok = QInputDialog.getText(self, "Mở khóa kỳ báo cáo",
                                          f"Mở khóa số liệu của Báo cáo số {row['number']} ({_period_name(row)}).\n"
                                          "Lý do (ghi vào nhật ký):")
        if not ok:
            return
        done, _ = self.call_core(unlock_period, self.store, row["period"], reason)
        if done:
            self.reload(row["id"])
            self.show_banner(f"Đã mở khóa kỳ {_period_name(row).lower()}: có thể sửa số liệu và phát hành lại.", "info")


def _removal_hint(path: Path) -> str:
    """The exchange's own words for a package: checked, signature valid, and how to eject the stick."""
    from tthc_desktop.exchange.drives import is_on_removable_drive, safe_to_remove_message
    from tthc_desktop.gui.usb import removable_drives

    drive = is_on_removable_drive(Path(path), removable_drives())
    return safe_to_remove_message(Path(path), drive) if drive else ""


def _export_text(result) -> str:
    """Banner after an export: where the package is and whether the stick may be pulled out."""
    return f"Đã tạo gói gửi cấp trên: {result.path}. " + _removal_hint(result.path)


def print_pdf(parent, pdf: bytes, title: str) -> None:
    """Print the PDF's pages (rendered at the printer's resolution, at most 300 dpi) after the print dialog."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("In báo cáo")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    dpi = min(printer.resolution(), 300)

    def paint(images) -> None:
        if not images:
            messages.show_error(parent, "Máy này chưa có bộ hiển thị PDF trong chương trình: hãy mở tệp PDF (nút "
                                        "“Mở PDF”) và in từ chương trình đọc PDF.")
            return
        painter = QPainter(printer)
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            rect = painter.viewport()
            size = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(rect.x(), rect.y(), image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                               Qt.TransformationMode.SmoothTransformation))
        painter.end()

    BackgroundOp(parent, lambda _p: render_pages(pdf, dpi=dpi)).with_progress("Đang chuẩn bị trang in…") \
        .success(paint).run_in_background()
