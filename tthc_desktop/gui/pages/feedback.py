"""Phản ánh, kiến nghị (PAKN): the register of citizens' feedback with deadlines; overdue items in red.

National time rule used for the suggested deadline: handle within 15 working days of receipt
(holidays and the official swapped days come from `domain.workdays`).
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QTableView, QWidget

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.exchange.tables_out import Column as OutColumn
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_feedback_dialog import Ui_FeedbackDialog
from tthc_desktop.gui.models.base import Column, RowRole, RowsTableModel, VietSortProxy
from tthc_desktop.gui.pages.base import BasePage, search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.table_export import rows_in_view, start_export, unit_line, write_table
from tthc_desktop.gui.theme import ERROR_BG, ERROR_FG, iso, qdate
from tthc_desktop.store import catalog, feedback

HANDLING_DAYS = 15
EXPORT_COLUMNS = (
    OutColumn("Ngày tiếp nhận", "received_on", "date", 13), OutColumn("Hình thức", "channel_label", "text", 16),
    OutColumn("Đối tượng", "subject_label", "text", 20), OutColumn("Người phản ánh", "sender", "text", 22),
    OutColumn("Nội dung", "summary", "text", 60), OutColumn("Hạn xử lý", "deadline", "date", 12),
    OutColumn("Ngày xử lý xong", "resolved_on", "date", 13), OutColumn("Kết quả xử lý", "outcome", "text", 40),
    OutColumn("Công khai", "published_mark", "text", 10), OutColumn("Tình trạng", "status_label", "text", 18),
)


def status_text(row: dict) -> str:
    """Tình trạng shown in the register."""
    if row.get("resolved_on"):
        late = row.get("deadline") and row["resolved_on"] > row["deadline"]
        return "Đã xử lý (quá hạn)" if late else "Đã xử lý"
    if row.get("overdue"):
        days = (date.today() - date.fromisoformat(row["deadline"])).days
        return f"Quá hạn {days} ngày"
    return "Đang xử lý"


class FeedbackModel(RowsTableModel):
    COLUMNS = (
        Column("received_on", "Ngày tiếp nhận", kind="date", width=118),
        Column("channel", "Hình thức", labels=feedback.CHANNELS, width=125),
        Column("subject", "Đối tượng", labels={"quy_dinh": "Quy định hành chính", "hanh_vi": "Hành vi hành chính"},
               width=135),
        Column("sender", "Người phản ánh", width=150),
        Column("summary", "Nội dung", width=250),
        Column("deadline", "Hạn xử lý", kind="date", width=95),
        Column("resolved_on", "Xử lý xong", kind="date", width=95),
        Column("published", "Công khai", kind="bool", width=72),
        Column("status", "Tình trạng", value=status_text, width=130),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_background(self, row: dict) -> QColor | None:
        return ERROR_BG if row.get("overdue") else None

    def row_foreground(self, row: dict) -> QColor | None:
        return ERROR_FG if row.get("overdue") else None

    def row_tooltip(self, row: dict) -> str | None:
        if row.get("overdue"):
            return f"Quá hạn xử lý từ ngày {fmt_date(row['deadline'])}: {row['summary']}"
        return row.get("summary")


class FeedbackDialog(QDialog):
    """Add or edit one feedback item (ui/feedback_dialog.ui)."""

    def __init__(self, store, item: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.item = store, item
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        ui = self.ui
        self.setWindowTitle("Sửa phản ánh, kiến nghị" if item else "Tiếp nhận phản ánh, kiến nghị")
        for key, label in feedback.CHANNELS.items():
            ui.channelCombo.addItem(label, key)
        for key, label in feedback.SUBJECTS.items():
            ui.subjectCombo.addItem(label[:1].upper() + label[1:], key)
        ui.procedureCombo.addItem("", None)
        for p in catalog.list_procedures(self.store, status="in_force"):
            ui.procedureCombo.addItem(f"{p['code']} — {p['name']}", p["id"])
        ui.procedureCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = ui.procedureCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        today = QDate.currentDate()
        ui.receivedEdit.setDate(today)
        ui.resolvedEdit.setDate(today)
        ui.resolvedEdit.setEnabled(False)
        ui.resolvedCheck.toggled.connect(ui.resolvedEdit.setEnabled)
        ui.resolvedRow.setStretch(1, 1)
        ui.deadlineRow.setStretch(0, 1)
        ui.deadlineButton.setText(f"Tính hạn {HANDLING_DAYS} ngày làm việc")
        ui.deadlineButton.clicked.connect(self.suggest_deadline)
        if item:
            self._fill(item)
        else:
            self.suggest_deadline()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.saved_id: int | None = None

    def suggest_deadline(self) -> None:
        """Deadline = receipt + 15 working days (holidays skipped)."""
        from tthc_desktop.domain.workdays import default_calendar

        received = self.ui.receivedEdit.date().toPython()
        due = default_calendar().add_working_days(datetime(received.year, received.month, received.day, 8), 15)
        self.ui.deadlineEdit.setDate(QDate(due.due.year, due.due.month, due.due.day))

    def _fill(self, f: dict) -> None:
        ui = self.ui
        ui.receivedEdit.setDate(qdate(f["received_on"]))
        ui.channelCombo.setCurrentIndex(max(ui.channelCombo.findData(f.get("channel")), 0))
        ui.subjectCombo.setCurrentIndex(max(ui.subjectCombo.findData(f.get("subject")), 0))
        ui.senderEdit.setText(f.get("sender") or "")
        ui.summaryEdit.setPlainText(f.get("summary") or "")
        ui.procedureCombo.setCurrentIndex(max(ui.procedureCombo.findData(f.get("procedure_id")), 0))
        if f.get("deadline"):
            ui.deadlineEdit.setDate(qdate(f["deadline"]))
        if f.get("resolved_on"):
            ui.resolvedCheck.setChecked(True)
            ui.resolvedEdit.setDate(qdate(f["resolved_on"]))
        ui.outcomeEdit.setPlainText(f.get("outcome") or "")
        ui.publishedCheck.setChecked(bool(f.get("published")))

    def values(self) -> dict:
        ui = self.ui
        data = {"received_on": iso(ui.receivedEdit.date()), "channel": ui.channelCombo.currentData(),
                "subject": ui.subjectCombo.currentData(), "sender": ui.senderEdit.text().strip() or None,
                "summary": " ".join(ui.summaryEdit.toPlainText().split()),
                "procedure_id": ui.procedureCombo.currentData() if ui.procedureCombo.currentText() else None,
                "deadline": iso(ui.deadlineEdit.date()),
                "resolved_on": iso(ui.resolvedEdit.date()) if ui.resolvedCheck.isChecked() else None,
                "outcome": ui.outcomeEdit.toPlainText().strip() or None,
                "published": 1 if ui.publishedCheck.isChecked() else 0}
        if self.item:
            data["id"] = self.item["id"]
        return data

    def save(self) -> None:
        data = self.values()
        if not data["summary"]:
            self._error("Nhập nội dung phản ánh, kiến nghị.")
            return
        with messages.refusal_to(self._error) as outcome:
            self.saved_id = feedback.save_feedback(self.store, data)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)


class FeedbackPage(BasePage):
    """Sổ theo dõi phản ánh, kiến nghị."""

    title = "Phản ánh, kiến nghị"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo nội dung, người phản ánh…")
        self.status_combo = QComboBox()
        for label, key in (("Tất cả", None), ("Đang xử lý", "open"), ("Quá hạn", "overdue"), ("Đã xử lý", "done")):
            self.status_combo.addItem(label, key)
        bar.addWidget(self.search)
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        self.content.addLayout(bar)
        self.add_button = tool_button("Tiếp nhận", "add", "Ghi một phản ánh, kiến nghị mới (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = tool_button("Sửa, cập nhật kết quả", "edit")
        self.delete_button = tool_button("Xóa", "delete")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất các phản ánh, kiến nghị đang hiển thị ra Excel")
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button):
            self.header_row.addWidget(b)
        self.model = FeedbackModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        for i, col in enumerate(FeedbackModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # Nội dung takes the rest
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.content.addWidget(self.view, 1)
        self.count_label = styled_label("", "hint")
        self.content.addWidget(self.count_label)
        self.search.textChanged.connect(self.proxy.set_query)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.reload()

    def reload(self) -> None:
        rows = feedback.list_feedback(self.store)
        self.model.set_rows(rows)
        self._filter()
        overdue = sum(1 for r in rows if r["overdue"])
        pending = sum(1 for r in rows if not r["resolved_on"])
        self.count_label.setText(f"{len(rows)} phản ánh, kiến nghị; đang xử lý {pending}, trong đó quá hạn {overdue}.")
        if overdue:
            self.show_banner(f"Có {overdue} phản ánh, kiến nghị đã quá hạn xử lý (tô đỏ). Cập nhật kết quả xử lý bằng "
                             "nút “Sửa, cập nhật kết quả”.")
        else:
            self.clear_banner()

    def activate(self) -> None:
        self.reload()

    def _filter(self) -> None:
        key = self.status_combo.currentData()
        tests = {"open": lambda r: not r["resolved_on"], "overdue": lambda r: r["overdue"],
                 "done": lambda r: bool(r["resolved_on"])}
        self.proxy.set_predicate(tests.get(key))

    def selected(self) -> dict | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, RowRole) if index.isValid() else None

    def add_item(self) -> None:
        if FeedbackDialog(self.store, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_selected(self) -> None:
        row = self.selected()
        if row and FeedbackDialog(self.store, row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if messages.ask(self, f"Xóa phản ánh ngày {fmt_date(row['received_on'])}: “{row['summary'][:80]}”?"):
            ok, _ = self.call_core(feedback.delete_feedback, self.store, row["id"])
            if ok:
                self.reload()

    def export_excel(self, path: str | None = None):
        """The feedback shown (status filter, search as on screen) to .xlsx or CSV."""
        rows = [{**f, "channel_label": feedback.CHANNELS.get(f["channel"], f["channel"]),
                 "subject_label": FeedbackModel.COLUMNS[2].labels.get(f["subject"], f["subject"]),
                 "published_mark": "Có" if f.get("published") else "Không", "status_label": status_text(f)}
                for f in rows_in_view(self.proxy)]
        lines = ["SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ", unit_line(self.store)]
        return start_export(self, "phan-anh-kien-nghi.xlsx",
                            lambda target, _p: write_table(target, "Phản ánh, kiến nghị", lines, EXPORT_COLUMNS,
                                                           rows), path=path, what="phản ánh, kiến nghị")
