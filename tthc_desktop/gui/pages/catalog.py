"""Danh mục TTHC: the procedure catalog with diacritic-free search, filters, add / edit / abolish, import.

The list comes from `store.catalog.list_procedures` (the same search the CLI uses: "ho tich" finds
"Hộ tịch"); sorting uses the Vietnamese collator.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QTableView, QWidget

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.exchange.tables_out import Column as OutColumn
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_abolish_dialog import Ui_AbolishDialog
from tthc_desktop.gui.forms.ui_procedure_dialog import Ui_ProcedureDialog
from tthc_desktop.gui.models.base import Column, RowRole, RowsTableModel, VietSortProxy
from tthc_desktop.gui.pages.base import BasePage, search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.table_export import rows_in_view, start_export, unit_line, write_table
from tthc_desktop.gui.theme import iso, qdate, sort_vi
from tthc_desktop.store import catalog

STATUS_NAMES = {"in_force": "Đang thực hiện", "abolished": "Đã bãi bỏ", "pending": "Chưa có hiệu lực"}
# "Xuất Excel…": the shown procedures; time limits as numbers, dates as dates
EXPORT_COLUMNS = (
    OutColumn("Mã TTHC", "code", "text", 12), OutColumn("Mã đầy đủ", "local_code", "text", 24),
    OutColumn("Tên thủ tục", "name", "text", 60), OutColumn("Lĩnh vực", "field_name", "text", 20),
    OutColumn("Mức độ DVC", "online_label", "text", 16), OutColumn("Liên thông", "lien_thong_label", "text", 14),
    OutColumn("Loại TTHC", "procedure_type", "text", 14), OutColumn("Cơ quan thực hiện", "agency", "text", 22),
    OutColumn("Thời hạn (ngày làm việc)", "processing_days", "decimal", 12),
    OutColumn("Thời hạn (giờ)", "processing_hours", "decimal", 10), OutColumn("Có thu phí", "fee_mark", "text", 9),
    OutColumn("Phí, lệ phí", "fee_text", "text", 24), OutColumn("Hiệu lực từ", "effective_from", "date", 12),
    OutColumn("Ngày bãi bỏ", "abolished_on", "date", 12), OutColumn("Trạng thái", "status_label", "text", 16),
)


def export_row(p: dict) -> dict:
    """A procedure as the exported sheet shows it (labels instead of codes)."""
    return {**p, "online_label": catalog.ONLINE_TYPES.get(p.get("online_type") or "none", ""),
            "lien_thong_label": catalog.LIEN_THONG.get(p.get("lien_thong") or "none", ""),
            "fee_mark": "Có" if p.get("has_fee") else "Không", "status_label": STATUS_NAMES.get(p["status"], "")}


def _days(row: dict) -> str:
    days = row.get("processing_days")
    if days is None:
        return ""
    return f"{days:g}".replace(".", ",")


class CatalogModel(RowsTableModel):
    """Procedures as `list_procedures` returns them; abolished rows greyed, future ones in blue."""

    COLUMNS = (
        Column("code", "Mã TTHC", width=90),
        Column("name", "Tên thủ tục", width=430),
        Column("field_name", "Lĩnh vực", width=170),
        Column("online_type", "Mức độ DVC", labels=catalog.ONLINE_TYPES, width=130),
        Column("lien_thong", "Liên thông", labels={**catalog.LIEN_THONG, "none": ""}, width=110),
        Column("processing_days", "Thời hạn (ngày)", value=_days, width=100),
        Column("fee_text", "Phí, lệ phí", value=lambda r: r.get("fee_text") or ("Có" if r.get("has_fee") else ""),
               width=120),
        Column("effective_from", "Hiệu lực từ", kind="date", width=95),
        Column("status", "Trạng thái", labels=STATUS_NAMES, width=120),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_foreground(self, row: dict) -> QColor | None:
        if row.get("status") == "abolished":
            return QColor("#8a929c")
        if row.get("status") == "pending":
            return QColor("#1f5f99")
        return None

    def row_tooltip(self, row: dict) -> str | None:
        if row.get("status") == "abolished":
            return f"{row['name']}\nĐã bãi bỏ từ ngày {fmt_date(row['abolished_on'])}"
        return row.get("name")


class ProcedureDialog(QDialog):
    """Add or edit one procedure (ui/procedure_dialog.ui); saving goes through `catalog.save_procedure`."""

    def __init__(self, store, procedure: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.procedure = store, procedure
        self.ui = Ui_ProcedureDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.setWindowTitle("Sửa thủ tục hành chính" if procedure else "Thêm thủ tục hành chính")
        for name in sort_vi(f["name"] for f in catalog.list_fields(store)):
            self.ui.fieldCombo.addItem(name)
        for key, label in catalog.ONLINE_TYPES.items():
            self.ui.onlineCombo.addItem(label, key)
        for key, label in catalog.LIEN_THONG.items():
            self.ui.lienThongCombo.addItem(label, key)
        self.ui.effectiveEdit.setDate(QDate.currentDate())
        self.ui.effectiveCheck.toggled.connect(self.ui.effectiveEdit.setEnabled)
        self.ui.hasFeeCheck.toggled.connect(self.ui.feeEdit.setEnabled)
        self.ui.effectiveEdit.setEnabled(False)
        self.ui.feeEdit.setEnabled(False)
        if procedure:
            self._fill(procedure)
        else:
            self.ui.fieldCombo.setCurrentIndex(-1)
            self.ui.onlineCombo.setCurrentIndex(self.ui.onlineCombo.findData("none"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.saved_id: int | None = None

    def _fill(self, p: dict) -> None:
        ui = self.ui
        ui.codeEdit.setText(p.get("code") or "")
        ui.localCodeEdit.setText(p.get("local_code") or "")
        ui.nameEdit.setPlainText(p.get("name") or "")
        ui.fieldCombo.setCurrentText(p.get("field_name") or "")
        ui.onlineCombo.setCurrentIndex(max(ui.onlineCombo.findData(p.get("online_type") or "none"), 0))
        ui.lienThongCombo.setCurrentIndex(max(ui.lienThongCombo.findData(p.get("lien_thong") or "none"), 0))
        ui.typeEdit.setText(p.get("procedure_type") or "")
        ui.agencyEdit.setText(p.get("agency") or "")
        ui.hasFeeCheck.setChecked(bool(p.get("has_fee")))
        ui.feeEdit.setText(p.get("fee_text") or "")
        ui.daysSpin.setValue(float(p.get("processing_days") or 0))
        if p.get("effective_from"):
            ui.effectiveCheck.setChecked(True)
            ui.effectiveEdit.setDate(qdate(p["effective_from"]))
        ui.noteEdit.setPlainText(p.get("note") or "")

    def values(self) -> dict:
        ui = self.ui
        data = {
            "code": ui.codeEdit.text().strip(), "local_code": ui.localCodeEdit.text().strip() or None,
            "name": " ".join(ui.nameEdit.toPlainText().split()), "field_name": ui.fieldCombo.currentText().strip(),
            "online_type": ui.onlineCombo.currentData(), "lien_thong": ui.lienThongCombo.currentData(),
            "procedure_type": ui.typeEdit.text().strip() or None, "agency": ui.agencyEdit.text().strip() or None,
            "has_fee": 1 if ui.hasFeeCheck.isChecked() else 0,
            "fee_text": ui.feeEdit.text().strip() or None if ui.hasFeeCheck.isChecked() else None,
            "processing_days": ui.daysSpin.value() or None,
            "effective_from": iso(ui.effectiveEdit.date()) if ui.effectiveCheck.isChecked() else None,
            "note": ui.noteEdit.toPlainText().strip() or None,
        }
        if self.procedure:
            data["id"] = self.procedure["id"]
        return data

    def save(self) -> None:
        data = self.values()
        if not data["field_name"]:
            self._error("Chọn lĩnh vực của thủ tục (hoặc gõ tên lĩnh vực mới).")
            return
        with messages.refusal_to(self._error) as outcome:
            self.saved_id = catalog.save_procedure(self.store, data)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)


class AbolishDialog(QDialog):
    """Abolish (bãi bỏ) a procedure from a date, optionally citing the publishing document."""

    def __init__(self, store, procedure: dict, parent: QWidget | None = None):
        super().__init__(parent)
        from tthc_desktop.store.documents import DOCUMENT_KINDS, list_documents

        self.store, self.procedure = store, procedure
        self.ui = Ui_AbolishDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.ui.procedureLabel.setText(f"Bãi bỏ thủ tục <b>{procedure['code']}</b> — {procedure['name']}")
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.documentCombo.addItem("(không ghi văn bản)", None)
        for d in reversed(list_documents(store)):
            if d["kind"] in ("quyet_dinh", "thong_bao"):
                label = f"{DOCUMENT_KINDS[d['kind']]} {d['number'] or ''} ngày {fmt_date(d['issued_on'])}: {d['summary']}"
                self.ui.documentCombo.addItem(label[:110], d["id"])
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        with messages.refusal_to(messages.in_label(self.ui.errorLabel)) as outcome:
            catalog.abolish_procedure(self.store, self.procedure["id"], iso(self.ui.dateEdit.date()),
                                      self.ui.documentCombo.currentData())
        if outcome.refused:
            return
        self.accept()


class CatalogPage(BasePage):
    """Danh mục thủ tục hành chính."""

    title = "Danh mục thủ tục hành chính"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo mã hoặc tên thủ tục (gõ không dấu cũng được)…")
        self.field_combo = QComboBox()
        self.online_combo = QComboBox()
        self.status_combo = QComboBox()
        self.online_combo.addItem("Mọi mức độ DVC", None)
        for key, label in catalog.ONLINE_TYPES.items():
            self.online_combo.addItem(label, key)
        self.status_combo.addItem("Mọi trạng thái", None)
        for key, label in STATUS_NAMES.items():
            self.status_combo.addItem(label, key)
        self.status_combo.setCurrentIndex(self.status_combo.findData("in_force"))
        for w in (self.search, self.field_combo, self.online_combo, self.status_combo):
            bar.addWidget(w)
        bar.addStretch(1)
        self.add_button = tool_button("Thêm", "add", "Thêm thủ tục (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = tool_button("Sửa", "edit", "Sửa thủ tục đang chọn (Enter)")
        self.abolish_button = tool_button("Bãi bỏ", "abolish", "Bãi bỏ thủ tục đang chọn từ một ngày")
        self.import_button = tool_button("Nhập từ tệp…", "import", "Nhập danh mục từ tệp Excel/CSV của tỉnh")
        self.listing_button = tool_button("In bảng niêm yết (mã QR)…", "qr", "Bảng niêm yết công khai các thủ tục "
                                                                            "đang thực hiện, mỗi thủ tục một mã QR")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất các thủ tục đang hiển thị ra tệp Excel")
        for b in (self.add_button, self.edit_button, self.abolish_button, self.import_button, self.listing_button,
                  self.export_button):
            self.header_row.addWidget(b)
        self.content.addLayout(bar)
        self.model = CatalogModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        for i, col in enumerate(CatalogModel.COLUMNS):
            if col.width:
                self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by field, codes in order within a field
        self.content.addWidget(self.view, 1)
        self.count_label = styled_label("", "hint")
        self.content.addWidget(self.count_label)
        self._timer = self.typing_timer(180, self.reload)  # reload after typing pauses
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.field_combo, self.online_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(self.add_procedure)
        self.edit_button.clicked.connect(self.edit_selected)
        self.abolish_button.clicked.connect(self.abolish_selected)
        self.import_button.clicked.connect(self.import_file)
        self.listing_button.clicked.connect(self.print_listing)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._fill_fields()
        self.reload()

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

    def activate(self) -> None:
        self._fill_fields()
        self.reload()

    def reload(self) -> None:
        """Ask the core for the procedures matching the search and filters."""
        rows = catalog.list_procedures(self.store, search=self.search.text().strip() or None,
                                       field_id=self.field_combo.currentData(),
                                       online_type=self.online_combo.currentData(),
                                       status=self.status_combo.currentData())
        self.model.set_rows(rows)
        total = catalog.catalog_counts(self.store, date.today().isoformat(), date.today().isoformat()).in_force
        self.count_label.setText(f"Hiển thị {len(rows)} thủ tục; danh mục đang thực hiện có {total} thủ tục.")
        self._update_buttons()

    def selected(self) -> dict | None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.proxy.data(index, RowRole)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.abolish_button.setEnabled(row is not None and row.get("status") != "abolished")

    def select_code(self, code: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), RowRole)["code"] == code:
                self.view.selectRow(r)
                self.view.scrollTo(self.proxy.index(r, 0))
                return

    def add_procedure(self) -> None:
        dlg = ProcedureDialog(self.store, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._after_change(dlg.saved_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dlg = ProcedureDialog(self.store, catalog.get_procedure(self.store, row["id"]), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._after_change(row["id"])

    def abolish_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if AbolishDialog(self.store, row, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change(row["id"])
            self.show_banner(f"Đã ghi bãi bỏ thủ tục {row['code']}.", "info")

    def _after_change(self, procedure_id: int | None) -> None:
        self._fill_fields()
        self.reload()
        if procedure_id:
            self.select_code(catalog.get_procedure(self.store, procedure_id)["code"])

    def import_file(self) -> None:
        from tthc_desktop.gui.imports import start_catalog_import

        start_catalog_import(self, self.store, on_done=self.activate)

    def print_listing(self) -> None:
        from tthc_desktop.gui.listing_dialog import ListingDialog

        dlg = ListingDialog(self.store, self)
        dlg.exec()
        if dlg.recorded_id:
            self.show_banner("Đã ghi nhận lần niêm yết vào sổ văn bản (mục Văn bản, thông báo).", "info")

    def export_excel(self, path: str | None = None):
        """The procedures shown (search, filters and sort as on screen) to .xlsx or CSV."""
        rows = [export_row(p) for p in rows_in_view(self.proxy)]
        lines = ["DANH MỤC THỦ TỤC HÀNH CHÍNH", unit_line(self.store)]
        return start_export(self, "danh-muc-TTHC.xlsx",
                            lambda target, _p: write_table(target, "Danh mục TTHC", lines, EXPORT_COLUMNS, rows),
                            path=path, what="thủ tục")
