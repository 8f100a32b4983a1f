"""Read-only table models over plain rows from the core (in the style of Vorta's `set_rows()` models).

A model holds a list of dicts exactly as the store returns them and a tuple of `Column`s that say how
to show each value: Vietnamese numbers (3.748), dates dd/mm/yyyy, labels for codes. Sorting goes
through `VietSortProxy`, which orders text with the Vietnamese collator and numbers by value.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from tthc_desktop.domain.formatting import fmt_date, fmt_int
from tthc_desktop.domain.text import fold
from tthc_desktop.gui.theme import collator

SortRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row key, its Vietnamese header, and how to show the value.

    kind: text | int | date | bool. `labels` maps stored codes to Vietnamese text; `value` computes the
    shown value from the whole row when it is not a single key.
    """

    key: str
    title: str
    kind: str = "text"
    width: int | None = None
    labels: dict[str, str] | None = None
    value: Callable[[dict], Any] | None = None
    tooltip: str | None = None


class RowsTableModel(QAbstractTableModel):
    """Rows (dicts) from the core shown through `Column`s; subclasses may colour whole rows."""

    def __init__(self, columns: tuple[Column, ...], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict] = []

    # data in
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict]:
        return list(self._rows)

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    # Qt interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return col.tooltip or col.title
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def raw_value(self, row: dict, col: Column) -> Any:
        return col.value(row) if col.value else row.get(col.key)

    def display(self, row: dict, col: Column) -> str:
        v = self.raw_value(row, col)
        if v is None or v == "":
            return ""
        if col.labels is not None:
            return col.labels.get(str(v), str(v))
        if col.kind == "int":
            return fmt_int(v)
        if col.kind == "date":
            return fmt_date(v)
        if col.kind == "bool":
            return "Có" if v else ""
        return str(v)

    def row_background(self, row: dict) -> QColor | None:
        """Colour of a whole row (overdue, abolished ...); None for the default."""
        return None

    def row_foreground(self, row: dict) -> QColor | None:
        return None

    def row_tooltip(self, row: dict) -> str | None:
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SortRole:
            v = self.raw_value(row, col)
            if col.kind == "int":
                return int(v or 0)
            return "" if v is None else (self.display(row, col) if col.labels else str(v))
        if role == RowRole:
            return row
        if role == SearchRole:
            return fold(" ".join(self.display(row, c) for c in self.columns))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.row_background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.row_foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_tooltip(row) or (self.display(row, col) if col.kind == "text" else None)
        return None


class VietSortProxy(QSortFilterProxyModel):
    """Sorts with the Vietnamese collator; filters rows whose every query word occurs without diacritics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._words: list[str] = []
        self._predicate: Callable[[dict], bool] | None = None

    def _change_filter(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def set_query(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def set_predicate(self, predicate: Callable[[dict], bool] | None) -> None:
        """Extra filter on the row dict (combo-box filters)."""
        self._change_filter(lambda: setattr(self, "_predicate", predicate))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._predicate is not None and not self._predicate(model.data(index, RowRole)):
            return False
        if not self._words:
            return True
        key = model.data(index, SearchRole) or ""
        return all(w in key for w in self._words)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return collator().compare(a, b) < 0
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def selected_row(view, proxy) -> dict | None:
    """The plain row behind the view's current selection (None when nothing is selected)."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().hasSelection():
        return None
    return proxy.data(index, RowRole)


def select_row(view, proxy, key: str, value) -> None:
    """Select the (first) row whose `key` equals `value`, e.g. after a reload keep the edited row selected."""
    for r in range(proxy.rowCount()):
        if proxy.data(proxy.index(r, 0), RowRole)[key] == value:
            view.selectRow(r)
            return
