"""Sổ theo dõi hồ sơ: the desk's register while the provincial portal is down, and the list of dossiers
to re-enter on it afterwards ("Hồ sơ chờ nhập lên hệ thống").

Receive a dossier (receipt number and appointment date from the core), follow it through đang giải
quyết → đã trả kết quả, or trả lại / rút hồ sơ with a reason, print the Giấy tiếp nhận hồ sơ và hẹn trả
kết quả, export to Excel. The list is a windowed model (`models/dossiers.py`): 100,000 dossiers scroll
smoothly and the search (name, receipt number, phone, without diacritics) runs in the store's index.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QMenu, QTableView

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.gui import messages
from tthc_desktop.gui.models.dossiers import COLUMNS, RECEIVED_COLUMN, DossierPagedModel
from tthc_desktop.gui.note_dialog import NoteDialog
from tthc_desktop.gui.pages.base import BasePage, search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.pdf_out import PdfActions
from tthc_desktop.gui.register_dialogs import DaysOffDialog, ReceiveDialog, due_text
from tthc_desktop.gui.table_export import start_export
from tthc_desktop.gui.theme import sort_vi
from tthc_desktop.services import register as svc
from tthc_desktop.store import catalog
from tthc_desktop.store.register import CLOSED_STATUSES, DossierFilter

STATES = (("Mọi trạng thái", None), ("Đang giải quyết", "open"), ("Quá hạn, chưa trả", "overdue"),
          ("Đã kết thúc", "closed"), ("Đã trả kết quả", "resolved"), ("Trả lại hồ sơ", "returned"),
          ("Công dân rút hồ sơ", "withdrawn"))


class RegisterPage(BasePage):
    """Sổ theo dõi hồ sơ (mẫu Sổ theo dõi hồ sơ của quy chế một cửa)."""

    title = "Sổ theo dõi hồ sơ"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.receive_button = tool_button("Tiếp nhận hồ sơ", "add", "Tiếp nhận một hồ sơ mới (Ctrl+N)")
        self.receive_button.setShortcut("Ctrl+N")
        self.days_off_button = tool_button("Ngày nghỉ…", "calendar", "Ngày nghỉ, ngày làm bù của cơ quan (dùng "
                                                                     "để tính ngày hẹn trả)")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất các hồ sơ đang hiển thị ra tệp Excel")
        for b in (self.receive_button, self.days_off_button, self.export_button):
            self.header_row.addWidget(b)
        self._build_filters()
        self._build_actions()
        self.model = DossierPagedModel(store, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # the store pages by receipt time; the header toggles its direction
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setDefaultSectionSize(26)
        for i, col in enumerate(COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self.content.addWidget(self.view, 1)
        self.detail_label = styled_label("", "hint", wrap=True)
        self.count_label = styled_label("", "hint")
        self.content.addWidget(self.detail_label)
        self.content.addWidget(self.count_label)
        self.receipt = PdfActions(self, self._render_receipt, self._receipt_name, "Giấy tiếp nhận hồ sơ")
        self._timer = self.typing_timer(200, self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.state_combo, self.field_combo, self.channel_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.not_entered_check.toggled.connect(lambda _c: self.reload())
        self.receive_button.clicked.connect(self.receive)
        self.days_off_button.clicked.connect(self.edit_days_off)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._fill_fields()
        self.reload()

    # building
    def _build_filters(self) -> None:
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo tên người nộp, mã hồ sơ, số điện thoại (không cần dấu)…")
        self.search.setMinimumWidth(330)
        self.state_combo = QComboBox()
        for label, key in STATES:
            self.state_combo.addItem(label, key)
        self.field_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.channel_combo.addItem("Mọi kênh tiếp nhận", None)
        for key, label in svc.CHANNELS.items():
            self.channel_combo.addItem(label, key)
        self.not_entered_check = QCheckBox("Chưa nhập lên hệ thống")
        for w in (self.search, self.state_combo, self.field_combo, self.channel_combo, self.not_entered_check):
            bar.addWidget(w)
        bar.addStretch(1)
        self.content.addLayout(bar)

    def _build_actions(self) -> None:
        bar = QHBoxLayout()
        self.process_button = tool_button("Bắt đầu xử lý", "play", "Chuyển hồ sơ sang “Đang giải quyết”")
        self.resolve_button = tool_button("Trả kết quả…", "ok", "Ghi ngày trả kết quả cho công dân")
        self.return_button = tool_button("Trả lại, rút hồ sơ", "abolish", "Trả lại hồ sơ hoặc ghi công dân rút hồ "
                                                                          "sơ, kèm lý do")
        menu = QMenu(self.return_button)
        menu.addAction("Trả lại hồ sơ…", lambda: self.close_selected("returned"))
        menu.addAction("Công dân rút hồ sơ…", lambda: self.close_selected("withdrawn"))
        self.return_button.setMenu(menu)
        self.reopen_button = tool_button("Mở lại", "undo", "Mở lại hồ sơ đã kết thúc do ghi nhầm")
        self.receipt_button = tool_button("Giấy tiếp nhận", "print", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
        menu = QMenu(self.receipt_button)
        menu.addAction("Mở tệp PDF để xem, in", lambda: self.receipt.open())
        menu.addAction("In…", lambda: self.receipt.print())
        menu.addAction("Lưu tệp PDF…", lambda: self.receipt.save())
        menu.addSeparator()
        self.one_per_page = menu.addAction("Mỗi liên in một trang A4 (mặc định: hai liên trên một trang)")
        self.one_per_page.setCheckable(True)
        self.receipt_button.setMenu(menu)
        self.portal_button = tool_button("Chờ nhập hệ thống", "import", "Hồ sơ chờ nhập lên Hệ thống thông tin "
                                                                        "giải quyết TTHC của tỉnh")
        menu = QMenu(self.portal_button)
        menu.addAction("Xuất danh sách hồ sơ chờ nhập (.xlsx)…", lambda: self.export_pending())
        menu.addAction("Đánh dấu các hồ sơ đang chọn là đã nhập", self.mark_entered_selected)
        self.portal_button.setMenu(menu)
        for b in (self.process_button, self.resolve_button, self.return_button, self.reopen_button,
                  self.receipt_button, self.portal_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.content.addLayout(bar)
        self.process_button.clicked.connect(lambda: self.start_processing())
        self.resolve_button.clicked.connect(lambda: self.resolve_selected())
        self.reopen_button.clicked.connect(lambda: self.reopen_selected())

    def _fill_fields(self) -> None:
        keep = self.field_combo.currentData()
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        self.field_combo.addItem("Mọi lĩnh vực", None)
        fields = {f["name"]: f["id"] for f in catalog.list_fields(self.store)}
        for name in sort_vi(fields):
            self.field_combo.addItem(name, fields[name])
        self.field_combo.setCurrentIndex(max(self.field_combo.findData(keep), 0))
        self.field_combo.blockSignals(False)

    # loading
    def current_filter(self) -> DossierFilter:
        return DossierFilter(text=self.search.text().strip(), state=self.state_combo.currentData(),
                             field_id=self.field_combo.currentData(), channel=self.channel_combo.currentData(),
                             not_entered=self.not_entered_check.isChecked())

    def activate(self) -> None:
        self._fill_fields()
        if self.current_filter() != self.model.filter:
            self.reload()  # the search changed while the screen was hidden
        else:
            self.refresh()

    def reload(self) -> None:
        """Ask the store for the dossiers matching the search and filters (the list goes back to the top)."""
        self.model.set_filter(self.current_filter())
        self._summary()
        self._selection_changed()

    def refresh(self) -> None:
        """After a change: reread, keeping the selection when the list still has as many rows."""
        self.model.refresh()
        self._summary()
        self._selection_changed()

    def _summary(self) -> None:
        counts = svc.summary(self.store, self.model.now)
        pending = counts.get("received", 0) + counts.get("processing", 0)
        overdue, waiting = counts.get("overdue", 0), counts.get("not_entered", 0)
        self.count_label.setText(f"Hiển thị {fmt_int(self.model.rowCount())} hồ sơ. Cả sổ: đang giải quyết "
                                 f"{fmt_int(pending)}, trong đó quá hạn {fmt_int(overdue)}; chờ nhập lên hệ thống "
                                 f"{fmt_int(waiting)}.")
        self.not_entered_check.setText(f"Chưa nhập lên hệ thống ({fmt_int(waiting)})")
        if overdue:
            self.show_banner(f"Có {fmt_int(overdue)} hồ sơ đã quá ngày hẹn mà chưa trả kết quả (tô đỏ). Chọn "
                             "“Quá hạn, chưa trả” để xem riêng.")
        else:
            self.clear_banner()

    def _header_clicked(self, section: int) -> None:
        header = self.view.horizontalHeader()
        oldest = not self.model.oldest_first if section == RECEIVED_COLUMN else self.model.oldest_first
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.AscendingOrder if oldest
                                else Qt.SortOrder.DescendingOrder)
        if oldest != self.model.oldest_first:
            self.model.set_filter(self.model.filter, oldest_first=oldest)

    # selection
    def selected_rows(self) -> list[dict]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def selected(self) -> dict | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_dossier(self, dossier_id: int) -> bool:
        """Select the dossier among the rows read so far (the newest are read first)."""
        self.model.row_at(0)
        row = self.model.row_of_id(dossier_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        status = one["status"] if one else None
        self.process_button.setEnabled(status == "received")
        self.resolve_button.setEnabled(status in ("received", "processing"))
        self.return_button.setEnabled(status in ("received", "processing"))
        self.reopen_button.setEnabled(status in CLOSED_STATUSES)
        self.receipt_button.setEnabled(one is not None)
        self.detail_label.setText(self._detail(one) if one else (f"Đã chọn {len(rows)} hồ sơ." if rows else
                                                                 "Chọn một hồ sơ để xử lý, in giấy tiếp nhận."))

    @staticmethod
    def _detail(row: dict) -> str:
        parts = [f"<b>{row['receipt_no']}</b>: {row['applicant_name']}"]
        if row.get("phone"):
            parts.append(f"ĐT {row['phone']}")
        parts.append(f"hẹn trả {due_text(datetime.fromisoformat(row['due_at']))}")
        if row.get("documents"):
            parts.append("hồ sơ gồm: " + "; ".join(row["documents"]))
        if row.get("fee"):
            parts.append(f"phí, lệ phí {fmt_int(row['fee'])} đồng")
        if row.get("return_reason"):
            parts.append(f"lý do: {row['return_reason']}")
        if row.get("entered_portal_at"):
            parts.append(f"đã nhập lên hệ thống ngày {svc.fmt_datetime(row['entered_portal_at'])[:10]}")
        return " · ".join(parts)

    # actions
    def receive(self) -> dict | None:
        dlg = ReceiveDialog(self.store, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.saved is None:
            return None
        saved = dlg.saved
        self._fill_fields()
        self.reload()
        self.select_dossier(saved["id"])
        self.show_banner(f"Đã tiếp nhận hồ sơ {saved['receipt_no']} của {saved['applicant_name']}, hẹn trả kết quả "
                         f"{due_text(datetime.fromisoformat(saved['due_at']))}.", "info")
        if dlg.ui.openReceiptCheck.isChecked():
            self.receipt.open()
        return saved

    def _changed(self, row: dict | None, message: str | None = None) -> None:
        self.refresh()
        if row is not None:
            self.select_dossier(row["id"])
        if message:
            self.show_banner(message, "info")

    def start_processing(self, row: dict | None = None) -> bool:
        row = row or self.selected()
        if row is None:
            return False
        ok, updated = self.call_core(svc.start_processing, self.store, row["id"])
        if ok:
            self._changed(updated, f"Hồ sơ {row['receipt_no']}: đang giải quyết.")
        return ok

    def resolve_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        dlg = NoteDialog("Trả kết quả", f"Trả kết quả hồ sơ <b>{row['receipt_no']}</b> ({row['applicant_name']}); "
                                        f"hẹn trả {svc.fmt_datetime(row['due_at'])}.",
                         lambda when, _n: svc.resolve_dossier(self.store, row["id"], at=when),
                         when_label="Ngày trả kết quả:", parent=self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        updated = dlg.result_value
        self._changed(updated, f"Hồ sơ {row['receipt_no']}: đã trả kết quả ({updated['timeliness_label'].lower()}).")
        return True

    def close_selected(self, status: str) -> bool:
        """Trả lại hồ sơ (returned) or công dân rút hồ sơ (withdrawn), both with a reason."""
        row = self.selected()
        if row is None:
            return False
        label = svc.STATUSES[status]
        act = svc.return_dossier if status == "returned" else svc.withdraw_dossier
        dlg = NoteDialog(label, f"{label} <b>{row['receipt_no']}</b> ({row['applicant_name']}).",
                         lambda when, note: act(self.store, row["id"], note, at=when), when_label="Ngày:",
                         note_label="Lý do:", note_required=f"Ghi lý do {label.lower()}.", parent=self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self._changed(dlg.result_value, f"Hồ sơ {row['receipt_no']}: {label.lower()}.")
        return True

    def reopen_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if not messages.ask(self, f"Mở lại hồ sơ {row['receipt_no']} ({row['status_label'].lower()}) và chuyển về "
                                  "“Đang giải quyết”? Dùng khi đã ghi nhầm."):
            return False
        ok, updated = self.call_core(svc.reopen_dossier, self.store, row["id"])
        if ok:
            self._changed(updated, f"Đã mở lại hồ sơ {row['receipt_no']}.")
        return ok

    def _render_receipt(self) -> bytes:
        from tthc_desktop.reports.receipt import render_receipt

        row = self.selected()
        if row is None:
            from tthc_desktop.errors import UserError

            raise UserError("Chọn một hồ sơ trong sổ để in giấy tiếp nhận.")
        return render_receipt(self.store, row["id"], layout="one" if self.one_per_page.isChecked() else "two")

    def _receipt_name(self) -> str:
        row = self.selected()
        return svc.receipt_file_name(row["receipt_no"]) if row else "giay-tiep-nhan.pdf"

    def mark_entered_selected(self) -> int:
        rows = [r for r in self.selected_rows() if not r.get("entered_portal_at")]
        if not rows:
            messages.show_error(self, "Chọn các hồ sơ đã nhập xong lên hệ thống của tỉnh (chưa được đánh dấu).")
            return 0
        names = ", ".join(r["receipt_no"] for r in rows[:5]) + (f" và {len(rows) - 5} hồ sơ khác" if len(rows) > 5
                                                                  else "")
        if not messages.ask(self, f"Đánh dấu đã nhập lên hệ thống: {names}?"):
            return 0
        ok, count = self.call_core(svc.mark_entered, self.store, [r["id"] for r in rows])
        if ok:
            self._changed(None, f"Đã đánh dấu {count} hồ sơ đã nhập lên hệ thống.")
        return count if ok else 0

    def edit_days_off(self) -> None:
        DaysOffDialog(self.store, self).exec()

    def export_excel(self, path: str | None = None):
        from tthc_desktop.services.register_import import export_register

        store, flt = self.store, self.model.filter
        return start_export(self, "so-theo-doi-ho-so.xlsx",
                            lambda target, progress: export_register(store, target, flt=flt, progress=progress),
                            path=path, what="hồ sơ")

    def export_pending(self, path: str | None = None):
        from tthc_desktop.services.register_import import export_pending_portal

        store = self.store
        return start_export(self, "ho-so-cho-nhap-he-thong.xlsx",
                            lambda target, _p: export_pending_portal(store, target), path=path, what="hồ sơ chờ nhập",
                            csv=False)
