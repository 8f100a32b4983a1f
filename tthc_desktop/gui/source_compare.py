"""Nguồn số liệu of a period on the Số liệu hồ sơ screen: the outage register's counts beside the figures
entered from the portal, and the clerk's choice of which one the report uses.

Both come from `services.register_rollup` (`compare_sources`, `chosen_source`, `choose_source`); the two
sources are never added together, and the choice is refused for a period locked by an issued report.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.domain.periods import Period
from tthc_desktop.gui.pages.base import styled_label
from tthc_desktop.gui.theme import ERROR_BG, ERROR_FG
from tthc_desktop.services import register_rollup as rollup

HEADERS = ("Lĩnh vực", "Sổ theo dõi:\ntiếp nhận", "Sổ theo dõi:\nđã giải quyết", "Sổ theo dõi:\nđang giải quyết",
           "Số liệu nhập:\ntiếp nhận", "Số liệu nhập:\nđã giải quyết", "Số liệu nhập:\nđang giải quyết", "So sánh")


class SourceBar(QWidget):
    """"Báo cáo của kỳ dùng số liệu từ: [Số liệu nhập từ Hệ thống/cổng ▾]" with a one-line explanation."""

    choice_made = Signal(str)  # the source the clerk picked (the page stores it through the core)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        for key in ("entered", "register"):
            self.combo.addItem(rollup.SOURCE_LABELS[key], key)
        self.hint = styled_label("", "hint", wrap=True)
        row.addWidget(styled_label("<b>Báo cáo của kỳ dùng số liệu từ:</b>", "hint"))
        row.addWidget(self.combo)
        row.addWidget(self.hint, 1)
        self.combo.activated.connect(lambda _i: self.choice_made.emit(self.combo.currentData()))

    def set_source(self, source: str) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(source), 0))

    def source(self) -> str:
        return self.combo.currentData()


class SourceTable(QTableWidget):
    """Per field: received / resolved / pending in the register and in the entered figures; differences red."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels(list(HEADERS))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumHeight(44)
        for i in range(1, len(HEADERS)):
            self.setColumnWidth(i, 112)
        self.setColumnWidth(len(HEADERS) - 1, 150)
        self.comparisons: list[rollup.SourceComparison] = []

    def show_comparisons(self, rows: list[rollup.SourceComparison]) -> None:
        self.comparisons = rows
        self.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = [c.label]
            for counts in (c.register, c.entered):
                cells += [fmt_int(v) if counts else "—" for v in
                          ((counts.received, counts.resolved, counts.pending) if counts else (0, 0, 0))]
            if c.register is None:
                verdict = "chỉ có số liệu nhập"
            elif c.entered is None:
                verdict = "chỉ có trong sổ"
            else:
                verdict = "khác nhau" if c.differs else "trùng khớp"
            cells.append(verdict)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                          if col < len(HEADERS) - 1 else Qt.AlignmentFlag.AlignCenter)
                if c.differs:
                    item.setBackground(QBrush(ERROR_BG))
                    item.setForeground(QBrush(ERROR_FG))
                self.setItem(r, col, item)


def load_sources(store, period: Period) -> tuple[list[rollup.SourceComparison], str, int]:
    """(comparison rows, chosen source, dossiers of the register the period sees) for `period`."""
    rows = rollup.compare_sources(store, period)
    seen = sum(c.register.received for c in rows if c.register)
    return rows, rollup.chosen_source(store, period), seen


def explain(rows: list[rollup.SourceComparison], source: str, seen: int) -> str:
    both = [c for c in rows if c.register is not None and c.entered is not None]
    differ = [c for c in both if c.differs]
    text = f"Sổ theo dõi có {fmt_int(seen)} hồ sơ trong kỳ ({len([c for c in rows if c.register])} lĩnh vực)"
    text += f"; {len(differ)} lĩnh vực khác số liệu nhập." if differ else "."
    if source == "register":
        text += " Bảng dưới là số liệu nhập, không dùng cho báo cáo kỳ này."
    return text
