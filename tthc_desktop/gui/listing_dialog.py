"""In bảng niêm yết (mã QR): the public board of procedures in force with one QR code each
(ui/listing_dialog.ui), opened from the catalog screen.

The board comes from `services.listing.build_board` and `reports.listing.render_listing`, rendered off
the GUI thread; the link pattern and the feedback / survey codes are the unit's settings. "Ghi nhận lần
niêm yết" records the board as a disclosure document (kind niêm yết) so the report can count it and the
dashboard can say which procedures changed since ("cần niêm yết lại").
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_listing_dialog import Ui_ListingDialog
from tthc_desktop.gui.pdf_out import PdfActions
from tthc_desktop.gui.theme import sort_vi
from tthc_desktop.services import listing
from tthc_desktop.store import catalog
from tthc_desktop.store.profile import get_setting, set_setting

SIZES = (("A4 dọc", "A4"), ("A3 dọc (bảng lớn treo tường)", "A3"))


class ListingDialog(QDialog):
    """Choose date, field, paper and QR settings; open, print or save the PDF; record the listing."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_ListingDialog()
        ui.setupUi(self)
        messages.localize_buttons(ui.buttonBox)
        ui.dateEdit.setDate(QDate.currentDate())
        ui.fieldCombo.addItem("Tất cả lĩnh vực", None)
        for name in sort_vi(f["name"] for f in catalog.list_fields(store)):
            ui.fieldCombo.addItem(name, name)
        for label, key in SIZES:
            ui.sizeCombo.addItem(label, key)
        ui.linkEdit.setText(get_setting(store, listing.SETTING_LINK, listing.DEFAULT_LINK_PATTERN))
        ui.linkEdit.setCursorPosition(0)
        feedback = get_setting(store, listing.SETTING_FEEDBACK, None) or {}
        ui.hotlineEdit.setText(feedback.get("hotline", ""))
        ui.fbAddressEdit.setText(feedback.get("address", ""))
        ui.fbUrlEdit.setText(feedback.get("url", ""))
        ui.surveyEdit.setText(get_setting(store, listing.SETTING_SURVEY, "") or "")
        self.recorded_id: int | None = None
        self.pdf = PdfActions(self, self._render, self._file_name, "Bảng niêm yết thủ tục hành chính",
                              on_done=lambda _what: ui.recordButton.setEnabled(True))
        ui.openButton.clicked.connect(self.open_pdf)
        ui.printButton.clicked.connect(self.print_pdf)
        ui.saveButton.clicked.connect(lambda: self.save_pdf())
        ui.recordButton.clicked.connect(self.record)
        ui.recordButton.setEnabled(False)  # record what was printed
        ui.buttonBox.rejected.connect(self.reject)
        ui.dateEdit.dateChanged.connect(lambda _d: self.update_summary())
        ui.fieldCombo.currentIndexChanged.connect(lambda _i: self.update_summary())
        self._params: tuple[date, str | None, str] = (date.today(), None, "A4")
        self.update_summary()

    # values
    def on(self) -> date:
        return self.ui.dateEdit.date().toPython()

    def field(self) -> str | None:
        return self.ui.fieldCombo.currentData()

    def size(self) -> str:
        return self.ui.sizeCombo.currentData()

    def update_summary(self) -> None:
        try:
            board = listing.build_board(self.store, self.on(), self.field())
        except messages.REFUSALS as exc:
            self.ui.summaryLabel.setText(messages.error_text(exc))
            return
        relist = listing.needs_relisting(self.store, self.on())
        extra = f" Có {len(relist)} thủ tục thay đổi từ lần niêm yết trước." if relist and len(relist) < board.count \
            else ""
        self.ui.summaryLabel.setText(f"Bảng gồm {board.count} thủ tục đang thực hiện ngày {fmt_date(self.on())}, "
                                     f"{len(board.groups)} lĩnh vực, mỗi thủ tục một mã QR.{extra}")

    def save_settings(self) -> None:
        """Keep the link pattern and the feedback / survey codes for next time (refused if {code} is missing)."""
        ui = self.ui
        pattern = ui.linkEdit.text().strip() or listing.DEFAULT_LINK_PATTERN
        listing.procedure_url(pattern, "1.001193")  # UserError naming the pattern when {code} is missing
        feedback = {"hotline": ui.hotlineEdit.text().strip(), "address": ui.fbAddressEdit.text().strip(),
                    "url": ui.fbUrlEdit.text().strip()}
        with self.store.atomic():
            set_setting(self.store, listing.SETTING_LINK, pattern)
            set_setting(self.store, listing.SETTING_FEEDBACK, feedback if any(feedback.values()) else None)
            set_setting(self.store, listing.SETTING_SURVEY, ui.surveyEdit.text().strip() or None)

    def _with_settings(self, action):
        try:
            self.save_settings()
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            self.show_banner(messages.refusal_text(exc))
            return None
        self._params = (self.on(), self.field(), self.size())
        return action()

    def open_pdf(self):
        """Render off the GUI thread and open the board in the system's PDF viewer."""
        return self._with_settings(self.pdf.open)

    def print_pdf(self):
        return self._with_settings(self.pdf.print)

    def save_pdf(self, path: str | None = None):
        """Render and save the board (asks where when `path` is None)."""
        return self._with_settings(lambda: self.pdf.save(path))

    def _render(self) -> bytes:
        from tthc_desktop.reports.listing import render_listing

        on, field, size = self._params
        return render_listing(listing.build_board(self.store, on, field), size)

    def _file_name(self) -> str:
        on, field, size = self._params
        return f"niem-yet-TTHC-{on:%Y%m%d}{'-mot-linh-vuc' if field else ''}-{size}.pdf"

    def show_banner(self, text: str, role: str = "banner") -> None:
        """Results and refusals, in the dialog's own message line."""
        label = self.ui.errorLabel
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    def record(self) -> int | None:
        """Record the board as a niêm yết document in the register of documents."""
        on, field, _size = self._params
        try:
            board = listing.build_board(self.store, on, field)
            self.recorded_id = listing.record_listing(self.store, board, self.ui.numberEdit.text().strip())
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            self.show_banner(messages.refusal_text(exc))
            return None
        self.show_banner(f"Đã ghi nhận lần niêm yết ngày {fmt_date(on)} ({board.count} thủ tục) vào sổ văn bản.",
                         "info")
        self.ui.recordButton.setEnabled(False)
        self.update_summary()
        return self.recorded_id
