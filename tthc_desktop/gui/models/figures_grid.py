"""The dossier-figures grid (số liệu hồ sơ) of one period: rows = fields, columns = Biểu II.06a + extras.

The clerk types only the parts; totals (3), (7), (11) and the percentages are computed live by the
domain (`DossierCounts`). A block pasted over a total column is kept as the total the source declared,
so a sheet whose total disagrees with its parts shows the slip instead of hiding it. Every edit goes
through a QUndoStack; cells that break a rule are red with the rule's message as tooltip.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QUndoCommand, QUndoStack

from tthc_desktop.domain.figures import DECLARED_COLUMNS, PART_COLUMNS, DossierCounts, FigureRow
from tthc_desktop.domain.formatting import fmt_int, fmt_pct_value, parse_count
from tthc_desktop.domain.validation import Finding, validate_rows
from tthc_desktop.errors import UserError
from tthc_desktop.gui.theme import COMPUTED_BG, ERROR_BG, ERROR_FG, TOTAL_BG, WARNING_BG

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridColumn:
    """kind: part (typed), total (computed; a pasted value is kept as declared), pct (computed share)."""

    key: str
    title: str
    kind: str = "part"
    declared: str | None = None  # for totals: the declared_* column a paste writes


COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("received", "(3)\nTổng số\ntiếp nhận", "total", "declared_received"),
    GridColumn("new_online", "(4)\nTrực tuyến"),
    GridColumn("new_direct", "(5)\nTrực tiếp"),
    GridColumn("new_postal", "(5)\nBưu chính"),
    GridColumn("carried_over", "(6)\nTừ kỳ\ntrước"),
    GridColumn("resolved", "(7)\nĐã\ngiải quyết", "total", "declared_resolved"),
    GridColumn("resolved_early", "(8)\nTrước hạn"),
    GridColumn("resolved_on_time", "(9)\nĐúng hạn"),
    GridColumn("resolved_late", "(10)\nQuá hạn"),
    GridColumn("pending", "(11)\nĐang\ngiải quyết", "total", "declared_pending"),
    GridColumn("pending_in_time", "(12)\nTrong hạn"),
    GridColumn("pending_overdue", "(13)\nQuá hạn"),
    GridColumn("online_of_new", "Tỷ lệ\ntrực tuyến", "pct"),
    GridColumn("in_time_of_resolved", "Tỷ lệ đúng\nhạn (gồm\ntrước hạn)", "pct"),
    GridColumn("digitised_received", "Số hóa\nkhi tiếp\nnhận"),
    GridColumn("digitised_results", "Số hóa\nkết quả"),
    GridColumn("digitised_of_received", "Tỷ lệ\nsố hóa", "pct"),
    GridColumn("with_fee", "Có thu\nphí, lệ phí"),
    GridColumn("paid_online", "Thanh toán\ntrực tuyến"),
    GridColumn("paid_online_of_with_fee", "Tỷ lệ thanh\ntoán trực\ntuyến", "pct"),
    GridColumn("fees_collected", "Phí, lệ phí\nthu được\n(đồng)"),
    GridColumn("returned_by_post", "Trả kết quả\nqua bưu\nchính"),
    GridColumn("e_certified", "Chứng thực\nđiện tử"),
    GridColumn("survey_very_satisfied", "Rất\nhài lòng"),
    GridColumn("survey_satisfied", "Hài lòng"),
    GridColumn("survey_neutral", "Bình\nthường"),
    GridColumn("survey_unsatisfied", "Không\nhài lòng"),
    GridColumn("satisfaction", "Tỷ lệ\nhài lòng", "pct"),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
# where a finding about a hidden column (declared totals) is shown
_FINDING_COLUMN = {"declared_received": "received", "declared_resolved": "resolved",
                   "declared_pending": "pending", "declared_new": "new_online"}
TOTAL_LABEL = "TỔNG CỘNG (các lĩnh vực)"
GROUP_PREFIX = {"nganh_doc": "Ngành dọc: ", "lien_thong": "Liên thông: "}


@dataclass
class GridRow:
    """One editable row: identity of the stored row plus its part and declared values."""

    group: str
    label: str
    field_id: int | None = None
    source_system: str = ""
    stored: bool = False
    values: dict[str, int | None] = field(default_factory=dict)

    def counts(self) -> DossierCounts:
        return DossierCounts.from_mapping(self.values)

    def to_figure_row(self) -> FigureRow:
        return FigureRow(self.group, self.label, self.counts(), self.field_id, self.source_system, "entered")

    def heading(self) -> str:
        system = f" ({self.source_system})" if self.source_system else ""
        return f"{GROUP_PREFIX.get(self.group, '')}{self.label}{system}"

    def is_empty(self) -> bool:
        return not any(self.values.get(c) for c in PART_COLUMNS + DECLARED_COLUMNS)


class SetCellsCommand(QUndoCommand):
    """One edit or paste: [(row, stored column, old value, new value)]."""

    def __init__(self, model: "FiguresGridModel", changes: list[tuple[int, str, int | None, int | None]], text: str):
        super().__init__(text)
        self._model, self._changes = model, changes

    def redo(self) -> None:
        self._model.apply_values([(r, k, new) for r, k, _old, new in self._changes])

    def undo(self) -> None:
        self._model.apply_values([(r, k, old) for r, k, old, _new in self._changes])


class FiguresGridModel(QAbstractTableModel):
    """Rows = fields (then vertical agencies and liên thông groups), last row the computed total."""

    refused = Signal(str)       # an edit the model would not take, with the Vietnamese reason
    findings_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.undo_stack = QUndoStack(self)
        self.locked_message: str | None = None
        self._cell_findings: dict[tuple[int, int], list[Finding]] = {}
        self._findings: list[Finding] = []

    # loading
    def set_rows(self, rows: list[GridRow], locked_message: str | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.locked_message = locked_message
        self.undo_stack.clear()
        self._revalidate()
        self.endResetModel()

    def figure_rows(self, *, all_rows: bool = False) -> list[FigureRow]:
        """Rows to save: those stored before or holding any value."""
        return [r.to_figure_row() for r in self.rows if all_rows or r.stored or not r.is_empty()]

    def total_counts(self) -> DossierCounts:
        total = DossierCounts()
        for r in self.rows:
            if r.group == "linh_vuc":
                total = total + r.counts().without_declared()
        return total

    @property
    def total_row(self) -> int:
        """Index of the TỔNG CỘNG row: after the field rows."""
        return sum(1 for r in self.rows if r.group == "linh_vuc")

    def _row(self, row: int) -> GridRow | None:
        """The GridRow at view row `row` (None for the total row)."""
        t = self.total_row
        if row == t:
            return None
        return self.rows[row if row < t else row - 1]

    def _row_index(self, view_row: int) -> int:
        return view_row if view_row < self.total_row else view_row - 1

    def _view_row(self, row_index: int) -> int:
        return row_index if row_index < self.total_row else row_index + 1

    def counts_at(self, view_row: int) -> DossierCounts:
        r = self._row(view_row)
        return self.total_counts() if r is None else r.counts()

    # validation
    def _revalidate(self) -> None:
        self._cell_findings = {}
        self._findings = []
        for i, r in enumerate(self.rows):
            for f in validate_rows([r.to_figure_row()]):
                self._findings.append(f)
                key = _FINDING_COLUMN.get(f.column or "", f.column or "")
                if key in COLUMN_INDEX:
                    self._cell_findings.setdefault((self._view_row(i), COLUMN_INDEX[key]), []).append(f)

    def findings(self) -> list[Finding]:
        """Every broken rule of the rows as they are now (errors first)."""
        return sorted(self._findings, key=lambda f: f.severity != "error")

    def located_findings(self) -> list[tuple[Finding, int | None, int | None]]:
        """(finding, view row, column) for the findings list; errors first."""
        where = {id(f): cell for cell, fs in self._cell_findings.items() for f in fs}
        return [(f, *where.get(id(f), (None, None))) for f in self.findings()]

    def cell_findings(self, view_row: int, column: int) -> list[Finding]:
        return self._cell_findings.get((view_row, column), [])

    # Qt interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                col = COLUMNS[section]
                hint = {"total": "tự tính từ các cột thành phần", "pct": "tự tính, 2 chữ số thập phân"}
                return col.title.replace("\n", " ") + (f" — {hint[col.kind]}" if col.kind in hint else "")
            return None
        r = self._row(section) if section < self.rowCount() else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return TOTAL_LABEL if section == self.total_row else (r.heading() if r else "")
        if role == Qt.ItemDataRole.FontRole and section == self.total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.row() != self.total_row and COLUMNS[index.column()].kind == "part":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = COLUMNS[index.column()]
        is_total = index.row() == self.total_row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            counts = self.counts_at(index.row())
            if col.kind == "pct":
                return fmt_pct_value(counts.shares()[col.key]) if role == Qt.ItemDataRole.DisplayRole else None
            if col.kind == "total":
                value = getattr(counts, col.key)
                declared = None if is_total else getattr(counts, col.declared)
                if declared is not None and declared != value and role == Qt.ItemDataRole.DisplayRole:
                    return f"{fmt_int(declared)} ≠ {fmt_int(value)}"
                return fmt_int(value)
            value = getattr(counts, col.key)
            if role == Qt.ItemDataRole.EditRole:
                return fmt_int(value) if value else ""
            if value:
                return fmt_int(value)
            return "0" if is_total else ""  # empty cells stay blank, as in a spreadsheet
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        found = self.cell_findings(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if found:
                return "\n".join(f.message for f in found)
            if col.kind == "total" and not is_total:
                return "Tự tính; dán số từ bảng tính vào đây để đối chiếu với số tổng khai báo."
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if found:
                return QBrush(ERROR_BG if any(f.severity == "error" for f in found) else WARNING_BG)
            if is_total:
                return QBrush(TOTAL_BG)
            if col.kind != "part":
                return QBrush(COMPUTED_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and found:
            return QBrush(ERROR_FG)
        if role == Qt.ItemDataRole.FontRole and (is_total or col.kind == "total"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # editing
    def _where(self, view_row: int, column: int) -> str:
        r = self._row(view_row)
        return f"Dòng “{r.heading() if r else TOTAL_LABEL}”, cột “{COLUMNS[column].title.replace(chr(10), ' ')}”"

    def _refuse(self, message: str) -> bool:
        self.refused.emit(message)
        return False

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_cells([(index.row(), index.column(), value)], "Sửa ô")

    def set_cells(self, cells: list[tuple[int, int, object]], text: str) -> bool:
        """Parse and apply [(view row, column, text)] as one undoable step; all refused if one is invalid."""
        if self.locked_message:
            return self._refuse(self.locked_message)
        pending: dict[int, dict[str, int | None]] = {}
        totals: list[tuple[int, GridColumn, int]] = []
        for view_row, column, raw in cells:
            r = self._row(view_row)
            col = COLUMNS[column]
            if r is None or col.kind == "pct":
                continue  # the total row and shares are computed: pasted values there are ignored
            try:
                new = parse_count(raw, self._where(view_row, column))
            except UserError as exc:
                return self._refuse(exc.message)
            i = self._row_index(view_row)
            if col.kind == "total":
                totals.append((i, col, new))
            else:
                pending.setdefault(i, {})[col.key] = new
        # a pasted total is compared with the parts as they will be after this paste
        for i, col, new in totals:
            after = DossierCounts.from_mapping({**self.rows[i].values, **pending.get(i, {})})
            pending.setdefault(i, {})[col.declared or ""] = None if new == getattr(after, col.key) else new
        changes = []
        for i, updates in pending.items():
            for key, new_value in updates.items():
                old = self.rows[i].values.get(key)
                same = old == new_value if key in DECLARED_COLUMNS else (old or 0) == (new_value or 0)
                if not same:
                    changes.append((i, key, old, new_value))
        if changes:
            self.undo_stack.push(SetCellsCommand(self, changes, text))
        return True

    def apply_values(self, values: list[tuple[int, str, int | None]]) -> None:
        """Write raw stored values (called by undo commands), then recompute and repaint."""
        for i, key, value in values:
            self.rows[i].values[key] = value
        self._revalidate()
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, len(COLUMNS) - 1))
        self.findings_changed.emit()
