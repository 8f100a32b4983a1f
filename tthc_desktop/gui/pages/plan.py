"""Kế hoạch: the annual KSTTHC plan (kế hoạch kiểm soát thủ tục hành chính năm …) and its targets.

Tasks in sections I–IV with content, lead and coordinating bodies, deadline (text such as "Thường xuyên
trong năm" or a date), product and an optional numeric target linked to the figures (services.plans.METRICS);
a new plan is pre-filled from last year's (or the sample template). Below the tasks, each target's value in
a chosen period and whether it is reached ("đạt" / "chưa đạt"). The plan document is written as PDF (ND 30,
PDF/A, signature field) or DOCX by `services.plans.render_plan_file`, off the GUI thread.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QHBoxLayout, QHeaderView, QLineEdit, QMenu,
                               QSpinBox, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from tthc_desktop.domain.formatting import fmt_date, fmt_pct_value
from tthc_desktop.exchange.tables_out import Column as OutColumn
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_task_dialog import Ui_TaskDialog
from tthc_desktop.gui.models.base import Column, RowRole, RowsTableModel
from tthc_desktop.gui.note_dialog import NoteDialog
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pages.base import BasePage, setup_table, styled_label, tool_button
from tthc_desktop.gui.period_picker import PeriodCombo
from tthc_desktop.gui.table_export import start_export, unit_line, write_table
from tthc_desktop.gui.theme import ERROR_FG, OK_FG, iso, qdate
from tthc_desktop.services.plans import METRICS, OPS
from tthc_desktop.store import plans


def deadline_text(task: dict) -> str:
    return task.get("deadline_text") or (fmt_date(task["deadline_date"]) if task.get("deadline_date") else "")


def target_text(task: dict) -> str:
    """"Tỷ lệ hồ sơ tiếp nhận trực tuyến ≥ 50%" (empty when the task has no target)."""
    metric = task.get("target_metric")
    if not metric or task.get("target_value") is None:
        return ""
    label = METRICS[metric][0] if metric in METRICS else metric
    return f"{label} {OPS.get(task.get('target_op') or '>=', '≥')} {task['target_value']:g}%"


def done_text(task: dict) -> str:
    if not task.get("done"):
        return ""
    return "Đã hoàn thành" + (f": {task['done_note']}" if task.get("done_note") else "")


class TaskModel(RowsTableModel):
    """The plan's tasks in plan order (sections I–IV); done tasks in green."""

    COLUMNS = (
        Column("section", "Mục", width=44),
        Column("no", "STT", kind="int", width=40, tooltip="Số thứ tự trong mục, như trong văn bản kế hoạch"),
        Column("content", "Nội dung công việc", width=360),
        Column("lead", "Chủ trì", width=140),
        Column("coordinate", "Phối hợp", width=150),
        Column("deadline", "Thời hạn", value=deadline_text, width=120),
        Column("product", "Sản phẩm", width=170),
        Column("target", "Chỉ tiêu", value=target_text, width=170),
        Column("done", "Kết quả", value=done_text, width=130),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_foreground(self, row: dict):
        return OK_FG if row.get("done") else None

    def row_tooltip(self, row: dict) -> str | None:
        lines = (row.get("content"), f"Phối hợp: {row['coordinate']}" if row.get("coordinate") else "",
                 f"Sản phẩm: {row['product']}" if row.get("product") else "", target_text(row), done_text(row))
        return "\n".join(x for x in lines if x)


class TaskDialog(QDialog):
    """Add or edit one task (ui/task_dialog.ui); saving goes through `store.plans.save_task`."""

    def __init__(self, store, plan_id: int, task: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.plan_id, self.task = store, plan_id, task
        self.ui = ui = Ui_TaskDialog()
        ui.setupUi(self)
        messages.localize_buttons(ui.buttonBox)
        self.setWindowTitle("Sửa nhiệm vụ" if task else "Thêm nhiệm vụ")
        for key, label in plans.SECTIONS.items():
            ui.sectionCombo.addItem(f"{key}. {label}", key)
        for key, (label, _fn) in METRICS.items():
            ui.metricCombo.addItem(label, key)
        for key, label in OPS.items():
            ui.opCombo.addItem(label, key)
        ui.deadlineDateEdit.setDate(QDate(date.today().year, 12, 31))
        ui.deadlineTextRadio.toggled.connect(self._deadline_mode)
        ui.doneCheck.toggled.connect(ui.doneNoteEdit.setEnabled)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.saved_id: int | None = None
        if task:
            self._fill(task)
        ui.doneNoteEdit.setEnabled(ui.doneCheck.isChecked())
        self._deadline_mode()

    def _deadline_mode(self, *_args) -> None:
        as_text = self.ui.deadlineTextRadio.isChecked()
        self.ui.deadlineTextEdit.setEnabled(as_text)
        self.ui.deadlineDateEdit.setEnabled(not as_text)

    def _fill(self, t: dict) -> None:
        ui = self.ui
        ui.sectionCombo.setCurrentIndex(max(ui.sectionCombo.findData(t["section"]), 0))
        ui.contentEdit.setPlainText(t.get("content") or "")
        ui.leadEdit.setText(t.get("lead") or "")
        ui.coordinateEdit.setText(t.get("coordinate") or "")
        if t.get("deadline_date") and not t.get("deadline_text"):
            ui.deadlineDateRadio.setChecked(True)
            ui.deadlineDateEdit.setDate(qdate(t["deadline_date"]))
        ui.deadlineTextEdit.setText(t.get("deadline_text") or "")
        ui.productEdit.setText(t.get("product") or "")
        if t.get("target_metric"):
            ui.targetGroup.setChecked(True)
            ui.metricCombo.setCurrentIndex(max(ui.metricCombo.findData(t["target_metric"]), 0))
            ui.opCombo.setCurrentIndex(max(ui.opCombo.findData(t.get("target_op") or ">="), 0))
            ui.valueSpin.setValue(float(t.get("target_value") or 0))
        ui.doneCheck.setChecked(bool(t.get("done")))
        ui.doneNoteEdit.setText(t.get("done_note") or "")

    def values(self) -> dict:
        ui = self.ui
        as_text = ui.deadlineTextRadio.isChecked()
        target = ui.targetGroup.isChecked()
        data = {
            "section": ui.sectionCombo.currentData(), "content": " ".join(ui.contentEdit.toPlainText().split()),
            "lead": ui.leadEdit.text().strip() or None, "coordinate": ui.coordinateEdit.text().strip() or None,
            "deadline_text": ui.deadlineTextEdit.text().strip() or None if as_text else None,
            "deadline_date": None if as_text else iso(ui.deadlineDateEdit.date()),
            "product": ui.productEdit.text().strip() or None,
            "target_metric": ui.metricCombo.currentData() if target else None,
            "target_op": ui.opCombo.currentData() if target else None,
            "target_value": ui.valueSpin.value() if target else None,
            "done": 1 if ui.doneCheck.isChecked() else 0,
            "done_note": ui.doneNoteEdit.text().strip() if ui.doneCheck.isChecked() else "",
        }
        if self.task:
            data["id"] = self.task["id"]
            if self.task["section"] == data["section"]:
                data["seq"] = self.task["seq"]
        return data

    def save(self) -> None:
        data = self.values()
        if not data["content"]:
            self._error("Nhập nội dung công việc của nhiệm vụ.")
            return
        with messages.refusal_to(self._error) as outcome:
            self.saved_id = plans.save_task(self.store, self.plan_id, data)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)


EXPORT_COLUMNS = (
    OutColumn("Mục", "section", "text", 6), OutColumn("STT", "no", "int", 6),
    OutColumn("Nội dung công việc", "content", "text", 60), OutColumn("Cơ quan chủ trì", "lead", "text", 24),
    OutColumn("Cơ quan phối hợp", "coordinate", "text", 24), OutColumn("Thời hạn", "deadline", "text", 20),
    OutColumn("Sản phẩm", "product", "text", 28), OutColumn("Chỉ tiêu", "target", "text", 36),
    OutColumn("Giá trị chỉ tiêu", "target_value", "percent", 12), OutColumn("Hoàn thành", "done_mark", "text", 11),
    OutColumn("Ghi chú kết quả", "done_note", "text", 30),
)


class PlanPage(BasePage):
    """Kế hoạch kiểm soát thủ tục hành chính năm …"""

    title = "Kế hoạch kiểm soát TTHC"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2015, 2100)
        self.year_spin.setValue(date.today().year)
        self.year_spin.setPrefix("Năm ")
        self.create_button = tool_button("Lập kế hoạch…", "add", "Lập kế hoạch năm, điền sẵn từ kế hoạch năm trước")
        self.document_button = tool_button("Văn bản kế hoạch", "pdf", "Xuất kế hoạch thành văn bản PDF hoặc Word")
        menu = QMenu(self.document_button)
        menu.addAction("Xuất PDF để trình ký…", lambda: self.write_document())
        menu.addAction("Xuất PDF bản dự thảo…", lambda: self.write_document(draft=True))
        menu.addAction("Xuất Word (.docx) để chỉnh sửa…", lambda: self.write_document(docx=True))
        self.document_button.setMenu(menu)
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất danh sách nhiệm vụ ra tệp Excel")
        for w in (self.year_spin, self.create_button, self.document_button, self.export_button):
            self.header_row.addWidget(w)
        self._build_info_row()
        bar = QHBoxLayout()
        self.add_button = tool_button("Thêm nhiệm vụ", "add", "Thêm nhiệm vụ (Ctrl+N)")
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = tool_button("Sửa", "edit")
        self.delete_button = tool_button("Xóa", "delete")
        self.done_button = tool_button("Đánh dấu hoàn thành…", "ok", "Ghi nhiệm vụ đã hoàn thành, kèm ghi chú")
        for b in (self.add_button, self.edit_button, self.delete_button, self.done_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.info_label)
        self.content.addLayout(bar)
        self.model = TaskModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # tasks keep the plan's order
        self.view.setWordWrap(True)
        for i, col in enumerate(TaskModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for hidden in (4, 6):  # Phối hợp, Sản phẩm: in the tooltip, the dialog, the document and the Excel file
            self.view.setColumnHidden(hidden, True)
        self.targets = QTableWidget(0, 4)
        self.targets.setHorizontalHeaderLabels(["Chỉ tiêu", "Giá trị trong kỳ", "Chỉ tiêu đặt ra", "Đánh giá"])
        self.targets.verticalHeader().setVisible(False)
        self.targets.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.targets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, w in ((1, 130), (2, 130), (3, 130)):
            self.targets.setColumnWidth(i, w)
        self.period_combo = PeriodCombo(store)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        self.targets_title = styled_label("", "hint")
        head.addWidget(self.targets_title)
        head.addStretch(1)
        head.addWidget(styled_label("Đánh giá trong kỳ:", "hint"))
        head.addWidget(self.period_combo)
        box.addLayout(head)
        box.addWidget(self.targets)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.content.addWidget(self.splitter, 1)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.create_button.clicked.connect(self.create_plan)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.add_button.clicked.connect(self.add_task)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button.clicked.connect(self.toggle_done)
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.period_combo.period_changed.connect(lambda _p: self.show_targets())
        self.plan: dict | None = None
        self.period_combo.reload()
        self.reload()

    def _build_info_row(self) -> None:
        row = QHBoxLayout()
        self.info_label = styled_label("", "hint")
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText("ví dụ 05/KH-UBND")
        self.issued_check = QCheckBox("ban hành ngày")
        self.issued_edit = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.decision_edit = QLineEdit()
        self.decision_edit.setPlaceholderText("ví dụ 12/QĐ-UBND")
        self.decision_check = QCheckBox("ngày")
        self.decision_date = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.save_info_button = tool_button("Lưu", "save", "Lưu số và ngày ban hành của kế hoạch")
        for w in (styled_label("Kế hoạch số:", "hint"), self.number_edit, self.issued_check, self.issued_edit,
                  styled_label("kèm theo Quyết định số:", "hint"), self.decision_edit, self.decision_check,
                  self.decision_date, self.save_info_button):
            row.addWidget(w)
        row.addStretch(1)
        self.issued_check.toggled.connect(self.issued_edit.setEnabled)
        self.decision_check.toggled.connect(self.decision_date.setEnabled)
        self.save_info_button.clicked.connect(self.save_info)
        self.content.addLayout(row)

    # loading
    def year(self) -> int:
        return self.year_spin.value()

    def activate(self) -> None:
        self.period_combo.reload()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.plan = plans.get_plan(self.store, self.year())
        tasks = self.plan["tasks"] if self.plan else []
        numbers: dict[str, int] = {}
        for t in tasks:  # numbered within each section, as the plan document prints them
            numbers[t["section"]] = t["no"] = numbers.get(t["section"], 0) + 1
        self.model.set_rows(tasks)
        self.view.resizeRowsToContents()
        done = sum(1 for t in tasks if t["done"])
        if self.plan:
            self.info_label.setText(f"{len(tasks)} nhiệm vụ, đã hoàn thành {done}.")
            self.clear_banner()
        else:
            self.info_label.setText("")
            self.show_banner(f"Chưa có kế hoạch năm {self.year()}. Bấm “Lập kế hoạch…” để lập kế hoạch điền sẵn "
                             "từ kế hoạch năm trước (hoặc theo mẫu).", "info")
        self._fill_info()
        if select_id:
            for r in range(self.model.rowCount()):
                if self.model.row_at(r)["id"] == select_id:
                    self.view.selectRow(r)
        self._update_buttons()
        self.show_targets()

    def _fill_info(self) -> None:
        p = self.plan or {}
        self.number_edit.setText(p.get("number") or "")
        self.decision_edit.setText(p.get("decision_number") or "")
        for check, edit, key, default in ((self.issued_check, self.issued_edit, "issued_on", (1, 6)),
                                          (self.decision_check, self.decision_date, "decision_date", (1, 5))):
            check.setChecked(bool(p.get(key)))
            edit.setDate(qdate(p[key]) if p.get(key) else QDate(self.year(), *default))
            edit.setEnabled(bool(p.get(key)))
        for w in (self.number_edit, self.issued_check, self.decision_edit, self.decision_check,
                  self.save_info_button):
            w.setEnabled(self.plan is not None)

    def selected(self) -> dict | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.data(index, RowRole)

    def _update_buttons(self) -> None:
        row = self.selected()
        has_plan = self.plan is not None
        self.add_button.setEnabled(has_plan)
        self.document_button.setEnabled(has_plan)
        self.export_button.setEnabled(has_plan)
        for b in (self.edit_button, self.delete_button, self.done_button):
            b.setEnabled(row is not None)
        self.done_button.setText("Bỏ đánh dấu hoàn thành" if row and row.get("done") else "Đánh dấu hoàn thành…")
        self.create_button.setText("Lập lại kế hoạch…" if has_plan else "Lập kế hoạch…")

    def show_targets(self) -> None:
        """Each target of the year with its value in the chosen period and đạt / chưa đạt."""
        from tthc_desktop.services.plans import evaluate_targets

        period = self.period_combo.period()
        results = evaluate_targets(self.store, period)
        source = "theo kế hoạch năm" if plans.get_plan(self.store, period.year) else "chỉ tiêu chung, chưa có kế hoạch"
        self.targets_title.setText(f"<b>Chỉ tiêu năm {period.year}</b> ({source}): {period.name}")
        self.targets.setRowCount(len(results))
        colours = {True: OK_FG, False: ERROR_FG, None: None}
        for r, res in enumerate(results):
            cells = (res.label, fmt_pct_value(res.value) if res.value is not None else "chưa có số liệu",
                     f"{OPS.get(res.op, res.op)} {res.target:g}%", res.verdict.capitalize())
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 3 and colours[res.reached] is not None:
                    item.setForeground(QBrush(colours[res.reached]))
                self.targets.setItem(r, c, item)

    # actions
    def create_plan(self) -> bool:
        from tthc_desktop.services.plans import create_plan

        year = self.year()
        source = f"kế hoạch năm {year - 1}" if plans.get_plan(self.store, year - 1) else "mẫu kế hoạch"
        replace = self.plan is not None
        if replace and not messages.ask(self, f"Đã có kế hoạch năm {year}. Lập lại từ {source}? Mọi nhiệm vụ hiện "
                                              "có của kế hoạch sẽ bị thay."):
            return False
        ok, _ = self.call_core(create_plan, self.store, year, replace=replace)
        if ok:
            self.reload()
            self.show_banner(f"Đã lập kế hoạch năm {year} từ {source}: {self.model.rowCount()} nhiệm vụ. Sửa nội "
                             "dung, thời hạn và chỉ tiêu cho phù hợp.", "info")
        return ok

    def save_info(self) -> bool:
        values = {"number": self.number_edit.text().strip(), "decision_number": self.decision_edit.text().strip(),
                  "issued_on": iso(self.issued_edit.date()) if self.issued_check.isChecked() else "",
                  "decision_date": iso(self.decision_date.date()) if self.decision_check.isChecked() else ""}
        ok, _ = self.call_core(plans.save_plan, self.store, self.year(), **{k: v or "" for k, v in values.items()})
        if ok:
            self.reload()
            self.show_banner("Đã lưu số và ngày của kế hoạch.", "info")
        return ok

    def add_task(self) -> None:
        if self.plan is None:
            return
        dlg = TaskDialog(self.store, self.plan["id"], None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload(dlg.saved_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self.plan is None:
            return
        dlg = TaskDialog(self.store, self.plan["id"], row, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload(row["id"])

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if messages.ask(self, f"Xóa nhiệm vụ “{row['content'][:90]}” khỏi kế hoạch năm {self.year()}?"):
            ok, _ = self.call_core(plans.delete_task, self.store, row["id"])
            if ok:
                self.reload()

    def toggle_done(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if row.get("done"):
            ok, _ = self.call_core(plans.mark_task_done, self.store, row["id"], False, "")
            if ok:
                self.reload(row["id"])
            return ok
        dlg = NoteDialog("Nhiệm vụ hoàn thành", f"Ghi hoàn thành: <b>{row['content']}</b>",
                         lambda _w, note: plans.mark_task_done(self.store, row["id"], True, note),
                         note_label="Ghi chú kết quả:", parent=self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload(row["id"])
        return True

    def write_document(self, path: str | None = None, *, draft: bool = False, docx: bool = False):
        """Write the plan as PDF (or DOCX) off the GUI thread; the banner says where."""
        from tthc_desktop.gui.pdf_out import ask_pdf_path
        from tthc_desktop.services.plans import render_plan_file

        year = self.year()
        name = f"Ke-hoach-KSTTHC-{year}{'-du-thao' if draft else ''}.{'docx' if docx else 'pdf'}"
        target = path or ask_pdf_path(self, name, "Lưu văn bản kế hoạch",
                                      "Tệp Word (*.docx)" if docx else "Tệp PDF (*.pdf)")
        if not target:
            return None
        store = self.store
        op = BackgroundOp(self, lambda _p: render_plan_file(store, year, target, draft)) \
            .with_progress("Đang tạo văn bản kế hoạch…") \
            .success(lambda _r: self.show_banner(f"Đã ghi kế hoạch năm {year} vào {target}.", "info"))
        op.run_in_background()
        return op

    def export_excel(self, path: str | None = None):
        rows = [{**t, "deadline": deadline_text(t), "target": target_text(t),
                 "target_value": t["target_value"] if t.get("target_metric") else None,
                 "done_mark": "Có" if t.get("done") else ""} for t in self.model.rows()]
        lines = [f"KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM {self.year()}", unit_line(self.store)]
        year = self.year()
        return start_export(self, f"ke-hoach-{year}.xlsx",
                            lambda target, _p: write_table(target, f"Kế hoạch {year}", lines, EXPORT_COLUMNS, rows),
                            path=path, what="nhiệm vụ")
