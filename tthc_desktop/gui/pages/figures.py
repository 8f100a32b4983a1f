"""Số liệu hồ sơ: a spreadsheet-like grid of one period's dossier figures, saved through the store.

Keyboard as in Excel: arrows, Tab, Enter moves down, typing replaces the cell, Delete clears, Ctrl+V
pastes a block copied from Excel ("3.748" is read as 3748), Ctrl+C copies, Ctrl+Z / Ctrl+Y undo and
redo within the session. A period locked by an issued report refuses every edit and names the report.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHBoxLayout, QHeaderView, QListWidget,
                               QListWidgetItem, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from tthc_desktop.domain.figures import DossierCounts
from tthc_desktop.domain.periods import Period
from tthc_desktop.errors import LockedPeriodError
from tthc_desktop.gui import messages
from tthc_desktop.gui.models.figures_grid import COLUMNS, FiguresGridModel, GridRow
from tthc_desktop.gui.pages.base import BasePage, styled_label, tool_button
from tthc_desktop.gui.period_picker import PeriodCombo
from tthc_desktop.gui.source_compare import SourceBar, SourceTable, explain, load_sources
from tthc_desktop.gui.table_export import start_export, unit_line
from tthc_desktop.gui.theme import icon


class GridView(QTableView):
    """QTableView with spreadsheet keys: Enter moves down, Delete clears, Ctrl+C / Ctrl+V copy and paste."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(False)  # a bold header of the current column would not fit
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(84)
        header.setMinimumHeight(62)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setHighlightSections(False)
        self.verticalHeader().setMaximumWidth(300)  # long row names are elided; the tooltip has them whole
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def grid(self) -> FiguresGridModel:
        return self.model()  # type: ignore[return-value]

    def move_to(self, row: int, column: int) -> None:
        row = max(0, min(row, self.model().rowCount() - 1))
        column = max(0, min(column, self.model().columnCount() - 1))
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor: commit, go down
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            self.move_to(current.row() + 1, current.column())
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.currentIndex()
                self.move_to(current.row() + 1, current.column())
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_text(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self.selected_text())
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                cells = [(i.row(), i.column(), "") for i in self.selectedIndexes()
                         if i.flags() & Qt.ItemFlag.ItemIsEditable]
                if cells:
                    self.grid().set_cells(cells, "Xóa ô")
                return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> bool:
        """Paste a tab-separated block (as Excel copies it) from the current cell as one undo step."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        if not text.strip():
            return False
        start = self.currentIndex()
        if not start.isValid():
            start = self.model().index(0, 0)
        cells = []
        for dr, line in enumerate(lines):
            for dc, value in enumerate(line.split("\t")):
                row, column = start.row() + dr, start.column() + dc
                if row < self.model().rowCount() and column < self.model().columnCount():
                    cells.append((row, column, value))
        return self.grid().set_cells(cells, "Dán khối số liệu")

    def selected_text(self) -> str:
        """The selection as tab-separated text, numbers without thousand dots (Excel reads them in any locale)."""
        indexes = self.selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        model = self.grid()
        out = []
        for r in rows:
            counts = model.counts_at(r)
            cells = []
            for c in cols:
                col = COLUMNS[c]
                if col.kind == "pct":
                    cells.append(str(model.index(r, c).data() or ""))
                else:
                    cells.append(str(getattr(counts, col.key)))
            out.append("\t".join(cells))
        return "\n".join(out)


class FiguresPage(BasePage):
    """Số liệu hồ sơ của một kỳ."""

    title = "Số liệu hồ sơ"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.period_combo = PeriodCombo(store)
        self.undo_button = tool_button("Hoàn tác", "undo", "Hoàn tác thao tác vừa làm (Ctrl+Z)")
        self.redo_button = tool_button("Làm lại", "redo", "Làm lại (Ctrl+Y)")
        self.save_button = tool_button("Lưu", "save", "Lưu số liệu của kỳ (Ctrl+S)")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.import_button = tool_button("Nhập bảng của Cổng…", "import", "Nhập bảng “Tổng hợp tình hình tiếp nhận "
                                                                          "và giải quyết TTHC” (.xlsx) của Cổng DVC")
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất bảng số liệu của kỳ (có tổng số và tỷ lệ) "
                                                                 "ra tệp Excel")
        for w in (styled_label("Kỳ báo cáo:", "hint"), self.period_combo, self.undo_button, self.redo_button,
                  self.save_button, self.import_button):
            self.header_row.addWidget(w)
        self.info = styled_label("", "info", wrap=True)
        self.info.setVisible(False)
        self.content.addWidget(self.info)
        self.source_bar = SourceBar()
        self.source_bar.setVisible(False)
        self.content.addWidget(self.source_bar)
        hint_row = QHBoxLayout()
        hint_row.addWidget(styled_label(
            "Chỉ nhập các cột thành phần (ô trắng); cột tổng số và tỷ lệ tự tính. Enter xuống dòng, Tab sang "
            "cột, Ctrl+V dán khối số liệu từ Excel, Ctrl+Z hoàn tác.", "hint", wrap=True), 1)
        hint_row.addWidget(self.export_button)
        self.content.addLayout(hint_row)
        self.model = FiguresGridModel(self)
        self.view = GridView()
        self.view.setModel(self.model)
        self.findings_list = QListWidget()
        self.findings_title = styled_label("", "hint")
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.findings_title)
        box.addWidget(self.findings_list)
        self.source_table = SourceTable()
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(lower, "Kiểm tra số liệu")
        self.lower_tabs.addTab(self.source_table, "So sánh với sổ theo dõi hồ sơ")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.lower_tabs)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.content.addWidget(self.splitter, 1)
        stack = self.model.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button.setShortcut(QKeySequence("Ctrl+Y"))
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.cleanChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save_changes)
        self.import_button.clicked.connect(self.import_portal_sheet)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.source_bar.choice_made.connect(self.choose_source)
        self.model.refused.connect(self._refused)
        self.model.findings_changed.connect(self._show_findings)
        self.findings_list.itemActivated.connect(self._goto_finding)
        self.findings_list.itemClicked.connect(self._goto_finding)
        self.period_combo.period_changed.connect(self._period_picked)
        self._period: Period | None = None
        self.period_combo.reload()
        self.load(self.period_combo.period())

    # loading and saving
    def load(self, period: Period) -> None:
        """Show `period`: its stored rows, an empty row for every other field, and its lock."""
        from tthc_desktop.services.figures import period_rows
        from tthc_desktop.store import catalog, statistics
        from tthc_desktop.store.locks import assert_unlocked

        self._period = period
        stored = statistics.stat_rows(self.store, period.code, "entered")
        rows: list[GridRow] = []
        used: set[int] = set()
        for f in catalog.list_fields(self.store):
            mine = [i for i, r in enumerate(stored) if r.group == "linh_vuc" and (r.field_id == f["id"]
                                                                                    or r.label == f["name"])]
            used.update(mine)
            rows += [self._grid_row(stored[i]) for i in mine] or [GridRow("linh_vuc", f["name"], f["id"],
                                                                          values=DossierCounts().to_dict())]
        leftovers = [self._grid_row(r) for i, r in enumerate(stored) if i not in used]
        rows += [r for r in leftovers if r.group == "linh_vuc"]
        rows += [r for r in leftovers if r.group != "linh_vuc"]
        try:
            assert_unlocked(self.store, period.start, period.end)
            locked = None
        except LockedPeriodError as exc:
            locked = exc.message
        self.model.set_rows(rows, locked)
        if locked:
            self.show_banner(locked)
        else:
            self.clear_banner()
        info = ""
        if not stored:
            _rows, composed, missing = period_rows(self.store, period, "entered")
            from tthc_desktop.domain.periods import parse_period

            if composed:
                names = ", ".join(parse_period(c).name for c in composed)
                info = (f"Số liệu {period.name} đang được cộng dồn từ: {names}. Nên nhập ở từng kỳ đó; chỉ nhập ở "
                        "đây khi cấp trên yêu cầu số liệu riêng cho cả kỳ.")
            elif missing:
                info = "Còn thiếu số liệu của: " + ", ".join(parse_period(c).name for c in missing) + "."
        self.info.setText(info)
        self.info.setVisible(bool(info))
        self._show_findings()
        self._update_buttons()
        self._load_sources(period)
        if self.model.rowCount():
            self.view.move_to(0, COLUMNS.index(next(c for c in COLUMNS if c.kind == "part")))

    @staticmethod
    def _grid_row(r) -> GridRow:
        return GridRow(r.group, r.label, r.field_id, r.source_system, stored=True, values=r.counts.to_dict())

    def activate(self) -> None:
        if not self.has_unsaved_changes():
            code = self._period.code if self._period else None
            self.period_combo.reload(code)
            self.load(self.period_combo.period())

    def has_unsaved_changes(self) -> bool:
        return not self.model.undo_stack.isClean()

    def save_changes(self) -> bool:
        from tthc_desktop.store import statistics

        if self._period is None:
            return True
        ok, _ = self.call_core(statistics.replace_period_rows, self.store, self._period, self.model.figure_rows())
        if ok:
            self.model.undo_stack.setClean()
            errors = [f for f in self.model.findings() if f.severity == "error"]
            note = f" Còn {len(errors)} lỗi cần sửa trước khi phát hành báo cáo." if errors else ""
            self.show_banner(f"Đã lưu số liệu {self._period.name}.{note}", "info")
            self.period_combo.reload(self._period.code)
        return ok

    def discard_changes(self) -> None:
        self.model.undo_stack.setClean()
        if self._period:
            self.load(self._period)

    def _period_picked(self, period: Period) -> None:
        if self._period and period.code == self._period.code:
            return
        if self.has_unsaved_changes():
            answer = messages.ask_save(self, f"Số liệu {self._period.name} chưa được lưu. Lưu trước khi chuyển kỳ?")
            if answer == "cancel" or (answer == "save" and not self.save_changes()):
                self.period_combo.blockSignals(True)
                self.period_combo.set_period(self._period.code)
                self.period_combo.blockSignals(False)
                return
        self.load(period)

    def import_portal_sheet(self) -> None:
        from tthc_desktop.gui.imports import start_portal_import

        if self.has_unsaved_changes():
            messages.show_error(self, "Hãy lưu (hoặc hoàn tác) số liệu đang sửa trước khi nhập bảng của Cổng.")
            return

        def done(code: str) -> None:
            self.period_combo.reload(code)
            self.load(self.period_combo.period())

        start_portal_import(self, self.store, self._period.code if self._period else None, done)

    # the register as a second source
    def _load_sources(self, period: Period) -> None:
        """Show the register's counts beside the entered ones when the register has dossiers in the period."""
        rows, source, seen = load_sources(self.store, period)
        has_register = any(c.register is not None for c in rows)
        self.source_bar.setVisible(has_register or source == "register")
        self.lower_tabs.setTabVisible(1, has_register)
        self.source_bar.set_source(source)
        self.source_bar.hint.setText(explain(rows, source, seen))
        self.source_table.show_comparisons(rows)

    def choose_source(self, source: str) -> bool:
        """Store which source the period's report uses (refused when an issued report locks the period)."""
        from tthc_desktop.services import register_rollup as rollup

        if self._period is None:
            return False
        ok, _ = self.call_core(rollup.choose_source, self.store, self._period, source)
        if ok:
            self.show_banner(f"Báo cáo {self._period.name} sẽ dùng: {rollup.SOURCE_LABELS[source].lower()}.", "info")
        self._load_sources(self._period)
        return ok

    def export_excel(self, path: str | None = None):
        """The grid as shown: every row with its computed totals and shares, the TỔNG CỘNG row included."""
        from tthc_desktop.exchange.tables_out import Column as OutColumn
        from tthc_desktop.gui.table_export import write_table

        columns = [OutColumn("Lĩnh vực, công việc giải quyết", "label", "text", 40)]
        columns += [OutColumn(" ".join(c.title.split()), c.key, "percent" if c.kind == "pct" else
                              "money" if c.key == "fees_collected" else "int", 12) for c in COLUMNS]
        rows = []
        for r in range(self.model.rowCount()):
            counts = self.model.counts_at(r)
            shares = counts.shares()
            row = {"label": str(self.model.headerData(r, Qt.Orientation.Vertical) or "")}
            for c in COLUMNS:
                row[c.key] = shares.get(c.key) if c.kind == "pct" else getattr(counts, c.key)
            rows.append(row)
        period = self._period
        lines = [f"SỐ LIỆU HỒ SƠ THỦ TỤC HÀNH CHÍNH {period.name.upper()}" if period else "SỐ LIỆU HỒ SƠ",
                 f"{unit_line(self.store)} — {period.data_range_text}" if period else unit_line(self.store)]
        code = period.code if period else "ky"
        return start_export(self, f"so-lieu-ho-so-{code}.xlsx",
                            lambda target, _p: write_table(target, "Số liệu hồ sơ", lines, columns, rows),
                            path=path, what="dòng số liệu")

    # feedback to the clerk
    def _refused(self, message: str) -> None:
        self.show_banner(message)

    def _update_buttons(self, *_args) -> None:
        stack = self.model.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.save_button.setEnabled(self.model.locked_message is None and not stack.isClean())
        self.save_button.setText("Lưu *" if not stack.isClean() else "Lưu")

    def _show_findings(self) -> None:
        self.findings_list.clear()
        located = self.model.located_findings()
        errors = sum(1 for f, _r, _c in located if f.severity == "error")
        if not located:
            self.findings_title.setText("Kiểm tra: không phát hiện sai lệch.")
        else:
            self.findings_title.setText(f"Kiểm tra: {errors} lỗi, {len(located) - errors} cảnh báo "
                                        "(bấm vào một dòng để đến ô có lỗi)")
        for finding, row, column in located:
            item = QListWidgetItem(icon("error" if finding.severity == "error" else "warning"), finding.message)
            item.setData(Qt.ItemDataRole.UserRole, (row, column))
            self.findings_list.addItem(item)
        self._update_buttons()

    def _goto_finding(self, item: QListWidgetItem) -> None:
        row, column = item.data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.view.move_to(row, column)
            self.view.setFocus()

    def save_view_state(self, settings: QSettings) -> None:
        settings.setValue("figures/splitter", self.splitter.saveState())

    def restore_view_state(self, settings: QSettings) -> None:
        state = settings.value("figures/splitter")
        if state is not None:
            self.splitter.restoreState(state)
