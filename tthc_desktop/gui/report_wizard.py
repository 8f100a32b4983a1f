"""The report wizard (ui/report_wizard.ui): period and validation, narrative, PDF preview, issue.

Each step calls `services.reporting` (the same functions as `tthc-desktop report ...`): the period is
blocked while its figures have errors; the narrative is the period's draft; the preview is a draft
rendering shown as page images; issuing numbers, dates, stores and locks the report.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget, QWizard

from tthc_desktop.domain.periods import Period
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_report_wizard import Ui_ReportWizard
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pdf_preview import open_in_viewer, preview_backend, render_pages
from tthc_desktop.gui.period_picker import PeriodCombo
from tthc_desktop.gui.setup_wizard import localize_wizard
from tthc_desktop.gui.theme import icon

PREVIEW_DPI = 70


class ReportWizard(QWizard):
    """Lập báo cáo định kỳ: four steps; `issued` holds the result after Hoàn tất."""

    def __init__(self, store, period_code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ReportWizard()
        self.ui.setupUi(self)
        localize_wizard(self)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Phát hành")
        self.period_combo = PeriodCombo(store)
        self.ui.periodRow.insertWidget(1, self.period_combo)
        self.period_combo.reload(period_code)
        self.period_combo.period_changed.connect(lambda _p: self._check_period())
        self.ui.periodPage.isComplete = self._period_ok  # type: ignore[method-assign]
        self.ui.sectionList.currentRowChanged.connect(self._show_section)
        self.ui.narrativeEdit.textChanged.connect(self._text_edited)
        self.ui.resetButton.clicked.connect(self._reset_narrative)
        self.ui.openDraftButton.clicked.connect(self._open_draft)
        self.ui.issuedEdit.setDate(QDate.currentDate())
        self.ui.previewRow.setStretch(0, 1)
        self.currentIdChanged.connect(self._entered)
        self._blocking: list = []
        self._texts: dict[str, str] = {}
        self._section_keys: list[str] = []
        self._draft_pdf: bytes | None = None
        self._draft_file: Path | None = None
        self.issued = None
        self._check_period()

    @property
    def period(self) -> Period:
        return self.period_combo.period()

    # step 1: period and validation
    def _period_ok(self) -> bool:
        return not self._blocking

    def _check_period(self) -> None:
        from tthc_desktop.services.figures import compute_figures
        from tthc_desktop.services.reporting import blocking_findings
        from tthc_desktop.store.locks import locking_report

        period = self.period
        fig = compute_figures(self.store, period, "chosen")
        self._blocking = list(blocking_findings(fig))
        locked = locking_report(self.store, period.start, period.end)
        self.ui.findingsList.clear()
        for f in fig.findings:
            self.ui.findingsList.addItem(QListWidgetItem(icon("error" if f.severity == "error" else "warning"),
                                                         f.message))
        if locked and locked["period"] == period.code:
            self._blocking.append(locked)
            text = (f"{period.name[:1].upper() + period.name[1:]} đã có Báo cáo số {locked['number']} phát hành và "
                    "đang khóa số liệu. Muốn phát hành lại, lãnh đạo mở khóa kỳ ở danh sách báo cáo.")
        elif self._blocking:
            text = (f"Chưa thể phát hành: {len(self._blocking)} lỗi trong số liệu. Sửa ở mục “Số liệu hồ sơ” "
                    "(các ô tô đỏ), rồi quay lại đây.")
            if not fig.has_data:
                text = (f"Chưa có số liệu hồ sơ của {period.name}. Nhập ở mục “Số liệu hồ sơ” (hoặc nhập bảng "
                        "của Cổng dịch vụ công) trước khi lập báo cáo.")
        else:
            from tthc_desktop.domain.formatting import fmt_int

            t, warnings = fig.total, len(fig.findings)
            text = (f"Số liệu hợp lệ: tiếp nhận {fmt_int(t.received)}, đã giải quyết {fmt_int(t.resolved)}, đang giải "
                    f"quyết {fmt_int(t.pending)} hồ sơ."
                    + (f" Có {warnings} cảnh báo (không chặn phát hành)." if warnings else ""))
        if not fig.findings:
            self.ui.findingsList.addItem(QListWidgetItem(icon("ok"), "Không phát hiện sai lệch trong số liệu của kỳ."))
        self.ui.validityLabel.setText(text)
        self.ui.validityLabel.setProperty("role", "banner" if self._blocking else "info")
        self.ui.validityLabel.style().unpolish(self.ui.validityLabel)
        self.ui.validityLabel.style().polish(self.ui.validityLabel)
        self.ui.periodPage.completeChanged.emit()

    # step 2: narrative
    def _load_narrative(self) -> None:
        from tthc_desktop.reports.narrative import SECTIONS
        from tthc_desktop.services.reporting import get_narrative

        self._texts = get_narrative(self.store, self.period)
        self._section_keys = [k for k, _ in SECTIONS]
        self.ui.sectionList.blockSignals(True)
        self.ui.sectionList.clear()
        for _key, label in SECTIONS:
            self.ui.sectionList.addItem(label)
        self.ui.sectionList.blockSignals(False)
        self.ui.sectionList.setCurrentRow(0)

    def _show_section(self, row: int) -> None:
        if row < 0 or row >= len(self._section_keys):
            return
        self.ui.sectionTitle.setText(f"<b>{self.ui.sectionList.item(row).text()}</b>")
        self.ui.narrativeEdit.blockSignals(True)
        self.ui.narrativeEdit.setPlainText(self._texts.get(self._section_keys[row], ""))
        self.ui.narrativeEdit.blockSignals(False)

    def _text_edited(self) -> None:
        row = self.ui.sectionList.currentRow()
        if 0 <= row < len(self._section_keys):
            self._texts[self._section_keys[row]] = self.ui.narrativeEdit.toPlainText()

    def _reset_narrative(self) -> None:
        from tthc_desktop.services.reporting import reset_narrative

        if messages.ask(self, "Thay mọi phần lời văn của kỳ này bằng nội dung mẫu?"):
            self._texts = reset_narrative(self.store, self.period)
            self._show_section(self.ui.sectionList.currentRow())

    def _save_narrative(self) -> bool:
        from tthc_desktop.services.reporting import set_narrative

        try:
            set_narrative(self.store, self.period, self._texts)
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            messages.show_error(self, exc)
            return False
        return True

    # step 3: preview
    def _render_preview(self) -> None:
        from tthc_desktop.services.reporting import render

        self._clear_preview()
        self.ui.previewStatus.setText("Đang dựng bản xem trước…")
        store, period = self.store, self.period
        backend = preview_backend()

        def work(progress):
            progress(0, 2, "Đang dựng báo cáo PDF…")
            pdf = render(store, period, draft=True).pdf
            progress(1, 2, "Đang vẽ các trang để xem trước…")
            return pdf, render_pages(pdf, dpi=PREVIEW_DPI)

        BackgroundOp(self, work).with_progress("Đang dựng bản xem trước…").success(self._show_preview).failure(
            lambda exc: (self.ui.previewStatus.setText(messages.error_text(exc)), messages.show_error(self, exc))
        ).run_in_background()
        self._backend = backend

    def _clear_preview(self) -> None:
        layout = self.ui.previewPages
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _show_preview(self, result) -> None:
        pdf, images = result
        self._draft_pdf = pdf
        self._draft_file = None
        for i, image in enumerate(images, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            page.setToolTip(f"Trang {i}")
            page.setStyleSheet("background: #9aa5b1; padding: 8px;")
            self.ui.previewPages.addWidget(page)
        if images:
            self.ui.previewStatus.setText(f"Bản dự thảo có {len(images)} trang. Bấm “Mở tệp PDF” để xem bằng chương "
                                          "trình đọc PDF của máy.")
        else:
            self.ui.previewStatus.setText("Máy này chưa có bộ hiển thị PDF trong chương trình: bấm “Mở tệp PDF” để "
                                          "xem bằng chương trình đọc PDF của máy.")

    def _open_draft(self) -> None:
        if self._draft_pdf is None:
            return
        if self._draft_file is None:
            folder = Path(tempfile.mkdtemp(prefix="tthc-du-thao-"))
            self._draft_file = folder / f"Du-thao-bao-cao-{self.period.code.replace('..', '_')}.pdf"
            self._draft_file.write_bytes(self._draft_pdf)
        if not open_in_viewer(self._draft_file):
            messages.show_error(self, f"Không mở được tệp {self._draft_file}: máy chưa có chương trình đọc PDF.")

    # step 4: issue
    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.narrativePage:
            self._load_narrative()
        elif page is self.ui.previewPage:
            self._render_preview()
        elif page is self.ui.issuePage:
            self.ui.issueHint.setText(
                f"Phát hành báo cáo {self.period.name}. Sau khi phát hành, số liệu của kỳ bị khóa: muốn sửa phải "
                "được lãnh đạo mở khóa (ghi lý do).")

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.narrativePage and not self._save_narrative():
            return False
        if page is self.ui.issuePage and not self.ui.numberEdit.text().strip():
            messages.show_error(self, "Nhập số văn bản của báo cáo (lấy theo sổ đăng ký văn bản đi), ví dụ 05.")
            return False
        return super().validateCurrentPage()

    def accept(self) -> None:
        """Phát hành: issue in the background (rendering takes a moment), close when it is done."""
        from tthc_desktop.services.reporting import issue_report

        store, period = self.store, self.period
        number = self.ui.numberEdit.text().strip()
        issued_on: date = self.ui.issuedEdit.date().toPython()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(result) -> None:
            self.issued = result
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            messages.show_error(self, exc, "Chưa phát hành được")

        BackgroundOp(self, lambda _progress: issue_report(store, period, number=number, issued_on=issued_on)) \
            .with_progress(f"Đang phát hành báo cáo {period.name}…").success(done).failure(failed) \
            .run_in_background()
