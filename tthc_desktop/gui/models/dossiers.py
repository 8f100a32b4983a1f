"""A windowed model over the outage register (sổ theo dõi hồ sơ): 100,000 dossiers scroll smoothly.

The model knows only how many dossiers the filter matches (`services.register.count_dossiers`); the
rows themselves are read page by page (`list_dossiers`, 200 a page) when the view first paints them,
and a bounded cache keeps the pages around the screen. The scroll bar is exact from the start and a
jump to the last row reads one page, not the whole register. Open dossiers past their appointment
are red.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tthc_desktop.gui.models.base import Column, RowRole
from tthc_desktop.gui.theme import ERROR_BG, ERROR_FG
from tthc_desktop.services import register as svc
from tthc_desktop.store.register import CLOSED_STATUSES, DossierFilter

if TYPE_CHECKING:
    from tthc_desktop.store.db import Store

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 30  # 6,000 rows kept; a screen shows 30


def _entered(row: dict) -> str:
    return "Đã nhập" if row.get("entered_portal_at") else "Chưa nhập"


COLUMNS: tuple[Column, ...] = (
    Column("receipt_no", "Mã hồ sơ", width=196),
    Column("applicant_name", "Người nộp", width=160),
    Column("procedure_name", "Thủ tục hành chính", width=240),
    Column("received_at", "Nhận hồ sơ", value=lambda r: svc.fmt_datetime(r["received_at"]), width=118),
    Column("due_at", "Hẹn trả", value=lambda r: svc.fmt_datetime(r["due_at"]), width=118),
    Column("status_label", "Trạng thái", width=124),
    Column("timeliness_label", "Tiến độ", width=122),
    Column("resolved_at", "Trả kết quả", value=lambda r: svc.fmt_datetime(r.get("resolved_at")), width=118),
    Column("field_name", "Lĩnh vực", width=110),
    Column("channel_label", "Kênh", width=78),
    Column("entered_portal_at", "Hệ thống", value=_entered, width=84,
           tooltip="Đã nhập lên Hệ thống thông tin giải quyết TTHC của tỉnh hay chưa"),
)
RECEIVED_COLUMN = 3


class DossierPagedModel(QAbstractTableModel):
    """Rows of the register matching a `DossierFilter`, newest first (or oldest first), read lazily."""

    def __init__(self, store: "Store", parent=None):
        super().__init__(parent)
        self.store = store
        self.columns = COLUMNS
        self.filter = DossierFilter()
        self.oldest_first = False
        self.now = datetime.now()
        self._count = 0
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self.pages_read = 0  # for tests and the benchmark: how many pages were asked of the store

    # data in
    def set_filter(self, flt: DossierFilter, *, oldest_first: bool | None = None) -> None:
        """Show the dossiers matching `flt` (a reset: the view goes back to the top)."""
        self.beginResetModel()
        self.filter = flt
        if oldest_first is not None:
            self.oldest_first = oldest_first
        self.now = datetime.now().replace(microsecond=0)
        self._pages.clear()
        self._count = svc.count_dossiers(self.store, self.filter, now=self.now)
        self.endResetModel()

    def refresh(self) -> None:
        """Reread after a change; keeps the view's position and selection when the count is unchanged."""
        self.now = datetime.now().replace(microsecond=0)
        count = svc.count_dossiers(self.store, self.filter, now=self.now)
        if count != self._count:
            self.set_filter(self.filter)
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self.columns) - 1))

    def with_text(self, text: str) -> DossierFilter:
        return replace(self.filter, text=text)

    # rows
    def _page(self, number: int) -> list[dict]:
        page = self._pages.get(number)
        if page is None:
            page = svc.list_dossiers(self.store, self.filter, offset=number * PAGE_SIZE, limit=PAGE_SIZE,
                                     now=self.now, oldest_first=self.oldest_first)
            self.pages_read += 1
            for row in page:  # format once per page read, not on every paint
                row["_cells"] = tuple(self.display(row, col) for col in self.columns)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_at(self, row: int) -> dict | None:
        """The dossier shown at `row` (None past the end, e.g. deleted since the count)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        i = row % PAGE_SIZE
        return page[i] if i < len(page) else None

    def row_of_id(self, dossier_id: int) -> int | None:
        """Where dossier `dossier_id` is among the pages read so far (None if not read)."""
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r["id"] == dossier_id:
                    return number * PAGE_SIZE + i
        return None

    # Qt interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

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

    def display(self, row: dict, col: Column) -> str:
        value = col.value(row) if col.value else row.get(col.key)
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row["_cells"][index.column()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row["overdue"]:
            return QBrush(ERROR_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row["overdue"]:
                return QBrush(ERROR_FG)
            if row["status"] in CLOSED_STATUSES and row["status"] != "resolved":
                return QBrush(QColor("#6b7480"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    @staticmethod
    def tooltip(row: dict) -> str:
        lines = [f"{row['receipt_no']} — {row['applicant_name']}", row["procedure_name"]]
        if row["overdue"]:
            lines.append(f"Quá hạn từ {svc.fmt_datetime(row['due_at'])}, chưa trả kết quả")
        if row.get("return_reason"):
            lines.append(f"Lý do: {row['return_reason']}")
        if row.get("documents"):
            lines.append("Thành phần hồ sơ: " + "; ".join(row["documents"]))
        return "\n".join(lines)
