"""Tình hình nộp báo cáo: units × several periods, each cell đúng hạn / muộn N ngày / chưa nộp / chưa đến hạn.

From `services.aggregate.completeness` (judged on the time each unit made its first package for the period
against the deadline rule: day N of the period's last month, default 17, kept in the store's settings).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.gui.pages.base import styled_label, tool_button

STATUS_COLOURS = {"on_time": ("#d1e7dd", "#0f5132"), "late": ("#fff3cd", "#664d03"),
                  "missing": ("#f8d7da", "#842029"), "not_due": ("#eef2f7", "#5a6472")}
# period sets offered, with the codes of a year
PERIOD_SETS = {
    "quarters": ("Các quý", lambda y: [f"{y}-Q{q}" for q in range(1, 5)]),
    "months": ("Các tháng", lambda y: [f"{y}-M{m:02d}" for m in range(1, 13)]),
    "longer": ("6 tháng, 9 tháng, năm", lambda y: [f"{y}-6M", f"{y}-9M", f"{y}"]),
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def latest_year(store) -> int:
    """The year of the newest period a package came for (else this year): what the office looks at first."""
    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.store.receiving import package_history

    years = [parse_period(r["period"]).year for r in package_history(store)]
    return max(years) if years else date.today().year


class CompletenessTab(QWidget):
    """Who reported, on time or late, over the quarters (or months, or the longer periods) of a year."""

    def __init__(self, page):
        super().__init__()
        self.page, self.store = page, page.store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.set_combo = QComboBox()
        for key, (label, _codes) in PERIOD_SETS.items():
            self.set_combo.addItem(label, key)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2018, 2100)
        self.year_spin.setPrefix("năm ")
        self.deadline_spin = QSpinBox()
        self.deadline_spin.setRange(1, 28)
        self.deadline_spin.setPrefix("ngày ")
        self.deadline_spin.setToolTip("Hạn nộp: ngày này của tháng cuối kỳ (mặc định 17)")
        self.deadline_button = tool_button("Áp dụng hạn nộp", None, "Lưu quy tắc hạn nộp cho mọi kỳ")
        bar.addWidget(self.set_combo)
        bar.addWidget(self.year_spin)
        bar.addStretch(1)
        bar.addWidget(styled_label("Hạn nộp:", "hint"))
        bar.addWidget(self.deadline_spin)
        bar.addWidget(styled_label("của tháng cuối kỳ", "hint"))
        bar.addWidget(self.deadline_button)
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất bảng tình hình nộp báo cáo ra Excel")
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        legend = QHBoxLayout()
        for status, text in (("on_time", "đúng hạn"), ("late", "muộn (số ngày sau hạn)"), ("missing", "chưa nộp, "
                                                                                             "đã quá hạn"),
                             ("not_due", "chưa nộp, chưa đến hạn")):
            chip = styled_label(f"  {text}  ", "hint")
            bg, fg = STATUS_COLOURS[status]
            chip.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 3px; padding: 2px 6px;")
            legend.addWidget(chip)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.note = styled_label("Thời điểm nộp là lúc đơn vị lập gói đầu tiên của kỳ (ghi trong gói, đã ký).",
                                 "hint", wrap=True)
        layout.addWidget(self.note)
        self.table_data = None
        self.year_spin.setValue(latest_year(self.store))
        self.set_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.deadline_button.clicked.connect(self.save_deadline)
        self.export_button.clicked.connect(lambda: self.export_excel())

    def period_codes(self) -> list[str]:
        return PERIOD_SETS[self.set_combo.currentData()][1](self.year_spin.value())

    def reload(self) -> None:
        from tthc_desktop.services.aggregate import STATUS_LABELS, completeness, exchange_settings

        self.deadline_spin.setValue(exchange_settings(self.store)["deadline_day"])
        table = completeness(self.store, self.period_codes())
        self.table_data = table
        t = self.table
        t.clear()
        t.setColumnCount(1 + len(table.periods))
        t.setRowCount(len(table.units) + 1)
        t.setHorizontalHeaderLabels(["Đơn vị"] + [f"{_cap(p.name)}\nhạn {fmt_date(table.deadlines[p.code])}"
                                                  for p in table.periods])
        for r, unit in enumerate(table.units):
            name = QTableWidgetItem(unit["name"])
            name.setToolTip(f"Mã {unit['code']}")
            t.setItem(r, 0, name)
            for c, p in enumerate(table.periods, start=1):
                cell = table.cell(unit["code"], p.code)
                item = QTableWidgetItem(cell.label)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                bg, fg = STATUS_COLOURS[cell.status]
                item.setBackground(QBrush(QColor(bg)))
                item.setForeground(QBrush(QColor(fg)))
                item.setData(Qt.ItemDataRole.UserRole, cell.status)
                tip = f"{unit['name']} — {p.name}: {cell.label}; hạn nộp {fmt_date(cell.deadline)}"
                if cell.first_at:
                    from tthc_desktop.services.exchange import when_text

                    tip += f"\nGói đầu tiên lập lúc {when_text(cell.first_at)}"
                    if cell.packages > 1:
                        tip += f"; đã gửi {cell.packages} gói, gói mới nhất lúc {when_text(cell.last_at)}"
                item.setToolTip(tip)
                t.setItem(r, c, item)
        total_row = len(table.units)
        bold = QFont()
        bold.setBold(True)
        head = QTableWidgetItem("Tổng số đơn vị")
        head.setFont(bold)
        t.setItem(total_row, 0, head)
        for c, p in enumerate(table.periods, start=1):
            counts = table.counts(p.code)
            text = "\n".join(f"{n} {STATUS_LABELS[s]}" for s, n in counts.items() if n)
            item = QTableWidgetItem(text)
            item.setFont(bold)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            t.setItem(total_row, c, item)
        t.setColumnWidth(0, 240)
        for c in range(1, t.columnCount()):
            t.setColumnWidth(c, 150 if len(table.periods) <= 6 else 105)
        t.resizeRowsToContents()
        t.horizontalHeader().setMinimumHeight(44)
        if not table.units:
            self.note.setText("Chưa đăng ký đơn vị nào: đăng ký ở thẻ “Đơn vị gửi báo cáo”, hoặc nhận gói của đơn vị "
                              "(đơn vị được đăng ký khi xác nhận tin cậy).")

    def cell_status(self, unit_code: str, period_code: str) -> str:
        """The status shown for one unit and period (what a test or a screenshot checks)."""
        return self.table_data.cell(unit_code, period_code).status

    def save_deadline(self) -> None:
        from tthc_desktop.services.aggregate import set_exchange_settings

        ok, _ = self.page.call_core(set_exchange_settings, self.store, deadline_day=self.deadline_spin.value())
        if ok:
            self.reload()
            self.page.show_banner(f"Hạn nộp: ngày {self.deadline_spin.value()} của tháng cuối mỗi kỳ (kỳ có hạn "
                                  "riêng giữ hạn riêng).", "info")

    def export_excel(self, path: str | None = None):
        """The table as shown (units × periods, status words) to .xlsx or CSV."""
        from tthc_desktop.exchange.tables_out import Column as OutColumn
        from tthc_desktop.gui.table_export import start_export, unit_line, write_table

        if self.table_data is None:
            self.reload()
        table = self.table_data
        columns = [OutColumn("Mã đơn vị", "code", "text", 16), OutColumn("Đơn vị", "name", "text", 28)]
        columns += [OutColumn(f"{_cap(p.name)} (hạn {fmt_date(table.deadlines[p.code])})", p.code, "text", 20)
                    for p in table.periods]
        rows = [{"code": u["code"], "name": u["name"],
                 **{p.code: table.cell(u["code"], p.code).label for p in table.periods}} for u in table.units]
        lines = ["TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ", unit_line(self.store)]
        name = f"tinh-hinh-nop-bao-cao-{self.year_spin.value()}.xlsx"
        return start_export(self.page, name,
                            lambda target, _p: write_table(target, "Tình hình nộp báo cáo", lines, columns, rows),
                            path=path, what="đơn vị")
