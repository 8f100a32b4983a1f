"""Văn bản, thông báo: the register of plans, decisions, notices and directives the unit issues.

A notice (thông báo) or decision links to the procedures it publishes, amends, abolishes or lists at
the desk; the report's section "Công bố, công khai TTHC" is built from these links.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.exchange.tables_out import Column as OutColumn
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_document_dialog import Ui_DocumentDialog
from tthc_desktop.gui.models.base import Column, RowRole, RowsTableModel, VietSortProxy
from tthc_desktop.gui.pages.base import BasePage, search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.table_export import rows_in_view, start_export, unit_line, write_table
from tthc_desktop.gui.theme import iso, qdate
from tthc_desktop.store import catalog, documents

LINKS_ROLE = Qt.ItemDataRole.UserRole
EXPORT_COLUMNS = (
    OutColumn("Số, ký hiệu", "number", "text", 16), OutColumn("Ngày ban hành", "issued_on", "date", 13),
    OutColumn("Loại văn bản", "kind_label", "text", 14), OutColumn("Trích yếu", "summary", "text", 60),
    OutColumn("Nội dung", "tags_text", "text", 26), OutColumn("Cơ quan ban hành", "issuer", "text", 20),
    OutColumn("Số TTHC", "procedure_count", "int", 9), OutColumn("Thủ tục liên quan", "procedure_codes", "text", 40),
)


def _tags(row: dict) -> str:
    return ", ".join(documents.DOCUMENT_TAGS.get(t, t) for t in row.get("tags") or [])


class DocumentsModel(RowsTableModel):
    COLUMNS = (
        Column("number", "Số, ký hiệu", width=120),
        Column("issued_on", "Ngày ban hành", kind="date", width=105),
        Column("kind", "Loại", labels=documents.DOCUMENT_KINDS, width=100),
        Column("summary", "Trích yếu", width=470),
        Column("tags", "Nội dung", value=_tags, width=200),
        Column("procedures", "Số TTHC", kind="int", value=lambda r: len(r.get("procedures") or []), width=70),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)


class DocumentDialog(QDialog):
    """Add or edit a document and the procedures it publishes (ui/document_dialog.ui)."""

    def __init__(self, store, document: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.document = store, document
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.setWindowTitle("Sửa văn bản" if document else "Thêm văn bản")
        for key, label in documents.DOCUMENT_KINDS.items():
            self.ui.kindCombo.addItem(label, key)
        for key, label in documents.LINK_ACTIONS.items():
            self.ui.actionCombo.addItem(label, key)
        for key, label in documents.DOCUMENT_TAGS.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.tagList.addItem(item)
        self.ui.issuedEdit.setDate(QDate.currentDate())
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData("thong_bao"))
        self.ui.procSearchEdit.textChanged.connect(self._search)
        self.ui.addLinkButton.clicked.connect(self._add_links)
        self.ui.removeLinkButton.clicked.connect(self._remove_links)
        self.ui.candidateList.itemDoubleClicked.connect(lambda _i: self._add_links())
        self.ui.candidateList.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.ui.linkedList.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.linkLayout.setColumnStretch(0, 1)
        self.ui.linkLayout.setColumnStretch(2, 1)
        self.resize(980, 660)
        if document:
            self._fill(document)
        self._search("")
        self._count()
        self.saved_id: int | None = None

    def _fill(self, d: dict) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(d["kind"]), 0))
        ui.numberEdit.setText(d.get("number") or "")
        ui.issuedEdit.setDate(qdate(d["issued_on"]))
        ui.summaryEdit.setPlainText(d.get("summary") or "")
        ui.issuerEdit.setText(d.get("issuer") or "")
        for i in range(ui.tagList.count()):
            item = ui.tagList.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in (d.get("tags") or []):
                item.setCheckState(Qt.CheckState.Checked)
        for p in d.get("procedures") or []:
            self._add_link_item(p["procedure_id"], p["code"], p["name"], p["action"] or "new")

    def _search(self, text: str) -> None:
        """Candidates from the core's diacritic-free search (first 200)."""
        self.ui.candidateList.clear()
        for p in catalog.list_procedures(self.store, search=text.strip() or None)[:200]:
            item = QListWidgetItem(f"{p['code']} — {p['name']}")
            item.setData(Qt.ItemDataRole.UserRole, (p["id"], p["code"], p["name"]))
            item.setToolTip(p["name"])
            self.ui.candidateList.addItem(item)

    def _linked_ids(self) -> set[int]:
        return {self.ui.linkedList.item(i).data(LINKS_ROLE)[0] for i in range(self.ui.linkedList.count())}

    def _add_link_item(self, pid: int, code: str, name: str, action: str) -> None:
        item = QListWidgetItem(f"{code} — {name} ({documents.LINK_ACTIONS.get(action, action)})")
        item.setData(LINKS_ROLE, (pid, action))
        item.setToolTip(name)
        self.ui.linkedList.addItem(item)

    def _add_links(self) -> None:
        have = self._linked_ids()
        action = self.ui.actionCombo.currentData()
        for item in self.ui.candidateList.selectedItems():
            pid, code, name = item.data(Qt.ItemDataRole.UserRole)
            if pid not in have:
                self._add_link_item(pid, code, name, action)
        self._count()

    def _remove_links(self) -> None:
        for item in self.ui.linkedList.selectedItems():
            self.ui.linkedList.takeItem(self.ui.linkedList.row(item))
        self._count()

    def _count(self) -> None:
        self.ui.linkedCountLabel.setText(f"Đã chọn {self.ui.linkedList.count()} thủ tục")

    def links(self) -> list[tuple[int, str]]:
        return [self.ui.linkedList.item(i).data(LINKS_ROLE) for i in range(self.ui.linkedList.count())]

    def values(self) -> dict:
        ui = self.ui
        tags = [ui.tagList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ui.tagList.count())
                if ui.tagList.item(i).checkState() == Qt.CheckState.Checked]
        data = {"kind": ui.kindCombo.currentData(), "number": ui.numberEdit.text().strip(),
                "issued_on": iso(ui.issuedEdit.date()), "summary": " ".join(ui.summaryEdit.toPlainText().split()),
                "tags": tags, "issuer": ui.issuerEdit.text().strip() or None}
        if self.document:
            data["id"] = self.document["id"]
            data["note"] = self.document.get("note")
        return data

    def save(self) -> None:
        with messages.refusal_to(messages.in_label(self.ui.errorLabel)) as outcome:
            self.saved_id = documents.save_document(self.store, self.values(), self.links())
        if outcome.refused:
            return
        self.accept()


class DocumentsPage(BasePage):
    """Sổ văn bản: list on top, the selected document's procedures below."""

    title = "Văn bản, thông báo"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo số, trích yếu (gõ không dấu cũng được)…")
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("Mọi loại văn bản", None)
        for key, label in documents.DOCUMENT_KINDS.items():
            self.kind_combo.addItem(label, key)
        self.year_combo = QComboBox()
        bar.addWidget(self.search)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        self.content.addLayout(bar)
        self.add_button = tool_button("Thêm", "add", "Thêm văn bản (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = tool_button("Sửa", "edit")
        self.delete_button = tool_button("Xóa", "delete")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất các văn bản đang hiển thị ra tệp Excel")
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button):
            self.header_row.addWidget(b)
        self.model = DocumentsModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        for i, col in enumerate(DocumentsModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        self.details = QListWidget()
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        self.details_title = styled_label("Chọn một văn bản để xem các thủ tục được công bố, công khai.", "hint")
        box.addWidget(self.details_title)
        box.addWidget(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.content.addWidget(split, 1)
        self.search.textChanged.connect(self.proxy.set_query)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.add_button.clicked.connect(self.add_document)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.reload()

    def reload(self) -> None:
        rows = documents.list_documents(self.store)
        self.model.set_rows(rows)
        years = sorted({r["issued_on"][:4] for r in rows}, reverse=True)
        keep = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem("Mọi năm", None)
        for y in years:
            self.year_combo.addItem(f"Năm {y}", y)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(keep), 0))
        self.year_combo.blockSignals(False)
        self._filter()

    def activate(self) -> None:
        self.reload()

    def _filter(self) -> None:
        kind, year = self.kind_combo.currentData(), self.year_combo.currentData()
        self.proxy.set_predicate(lambda r: (not kind or r["kind"] == kind) and (not year or r["issued_on"][:4] == year))
        self._show_details()

    def selected(self) -> dict | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, RowRole) if index.isValid() else None

    def _show_details(self) -> None:
        self.details.clear()
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            return
        procs = row.get("procedures") or []
        self.details_title.setText(f"{documents.DOCUMENT_KINDS[row['kind']]} {row['number'] or ''} ngày "
                                   f"{fmt_date(row['issued_on'])}: {len(procs)} thủ tục liên quan")
        for p in procs:
            action = documents.LINK_ACTIONS.get(p["action"] or "", "")
            self.details.addItem(f"{p['code']} — {p['name']}" + (f" ({action})" if action else ""))

    def add_document(self) -> None:
        dlg = DocumentDialog(self.store, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if DocumentDialog(self.store, row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        label = f"{documents.DOCUMENT_KINDS[row['kind']]} {row['number'] or ''} ngày {fmt_date(row['issued_on'])}"
        if messages.ask(self, f"Xóa {label} khỏi sổ văn bản? Các liên kết tới thủ tục cũng bị xóa."):
            ok, _ = self.call_core(documents.delete_document, self.store, row["id"])
            if ok:
                self.reload()

    def export_excel(self, path: str | None = None):
        """The documents shown (kind, year, search as on screen) to .xlsx or CSV."""
        rows = [{**d, "kind_label": documents.DOCUMENT_KINDS.get(d["kind"], d["kind"]), "tags_text": _tags(d),
                 "procedure_count": len(d.get("procedures") or []),
                 "procedure_codes": "; ".join(p["code"] for p in d.get("procedures") or [])}
                for d in rows_in_view(self.proxy)]
        lines = ["SỔ VĂN BẢN, THÔNG BÁO VỀ THỦ TỤC HÀNH CHÍNH", unit_line(self.store)]
        return start_export(self, "van-ban-thong-bao.xlsx",
                            lambda target, _p: write_table(target, "Văn bản", lines, EXPORT_COLUMNS, rows),
                            path=path, what="văn bản")
