"""Tổng quan: the period at a glance — key figures with their shares, targets of the year (đạt / chưa
đạt), dossiers per quarter with the online share, open findings, overdue feedback, report status.

Everything shown is computed by the core (`compute_figures`, `evaluate_targets`); this screen only
lays it out.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from tthc_desktop.domain.formatting import fmt_date, fmt_int, fmt_pct_value
from tthc_desktop.domain.periods import Period, parse_period
from tthc_desktop.gui.chart import ChartBar, QuarterChart
from tthc_desktop.gui.pages.base import BasePage, styled_label, tool_button
from tthc_desktop.gui.period_picker import PeriodCombo
from tthc_desktop.gui.theme import icon

_ROMAN = ("I", "II", "III", "IV")


class Card(QFrame):
    """A key figure: title, big value, a detail line."""

    def __init__(self, title: str):
        super().__init__()
        self.setProperty("role", "card")
        self.setFixedHeight(96)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(2)
        self.title = styled_label(title, "cardTitle")
        self.value = styled_label("", "cardValue")
        self.detail = styled_label("", "hint", wrap=True)
        for w in (self.title, self.value, self.detail):
            box.addWidget(w)
        box.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def _section(title: str, widget) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 8, 10, 8)
    label = QLabel(f"<b>{title}</b>")
    box.addWidget(label)
    box.addWidget(widget, 1)
    frame.title_label = label  # type: ignore[attr-defined]
    return frame


def _list() -> QListWidget:
    w = QListWidget()
    w.setFrameShape(QFrame.Shape.NoFrame)
    w.setWordWrap(True)
    return w


class DashboardPage(BasePage):
    """Tổng quan."""

    title = "Tổng quan"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.period_combo = PeriodCombo(store)
        self.refresh_button = tool_button("Làm mới", "refresh")
        self.header_row.addWidget(styled_label("Kỳ báo cáo:", "hint"))
        self.header_row.addWidget(self.period_combo)
        self.header_row.addWidget(self.refresh_button)
        self.period_line = styled_label("", "hint")
        self.content.addWidget(self.period_line)
        cards = QHBoxLayout()
        self.cards = {k: Card(t) for k, t in (
            ("received", "Hồ sơ tiếp nhận"), ("resolved", "Đã giải quyết"), ("pending", "Đang giải quyết"),
            ("digitised", "Số hóa hồ sơ"), ("payment", "Thanh toán trực tuyến"), ("satisfaction", "Mức độ hài lòng"))}
        for card in self.cards.values():
            cards.addWidget(card)
        self.content.addLayout(cards)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.chart = QuarterChart()
        self.targets = _list()
        self.findings = _list()
        self.overdue = _list()
        self.status = _list()
        self.targets_box = _section("Chỉ tiêu năm", self.targets)
        self.findings_box = _section("Kiểm tra số liệu", self.findings)
        self.overdue_box = _section("Phản ánh, kiến nghị quá hạn", self.overdue)
        self.status_box = _section("Báo cáo và danh mục", self.status)
        grid.addWidget(self.chart, 0, 0, 1, 2)
        grid.addWidget(self.targets_box, 0, 2)
        grid.addWidget(self.findings_box, 1, 0)
        grid.addWidget(self.overdue_box, 1, 1)
        grid.addWidget(self.status_box, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        self.content.addLayout(grid, 1)
        self.period_combo.period_changed.connect(self.show_period)
        self.refresh_button.clicked.connect(self.activate)
        self.findings.itemActivated.connect(lambda _i: self._go("figures"))
        self.overdue.itemActivated.connect(lambda _i: self._go("feedback"))
        self.status.itemActivated.connect(self._status_item)
        self.relisting_count = 0
        self.period_combo.reload()

    def activate(self) -> None:
        self.period_combo.reload()
        self.show_period(self.period_combo.period())

    def _go(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(key)

    def show_period(self, period: Period) -> None:
        from tthc_desktop.services.figures import compute_figures

        fig = compute_figures(self.store, period, "chosen")
        self.period_line.setText(f"{fig.unit_name[:1].upper() + fig.unit_name[1:]} — {period.name} "
                                 f"{period.data_range_text}" if fig.unit_name else period.data_range_text)
        self._cards(fig)
        self._targets(period, fig)
        self._chart(period)
        self._findings(fig)
        self._overdue()
        self._status(period, fig)

    def _cards(self, fig) -> None:
        t, sh = fig.total, fig.total.shares()
        if not fig.has_data:
            for card in self.cards.values():
                card.set("—", "chưa có số liệu")
            self.cards["received"].set("—", "chưa có: nhập ở mục Số liệu hồ sơ")
            return
        self.cards["received"].set(fmt_int(t.received), f"trực tuyến {fmt_pct_value(sh['online_of_new'])} số mới; "
                                                        f"từ kỳ trước {fmt_int(t.carried_over)}")
        self.cards["resolved"].set(fmt_int(t.resolved), f"trước hạn, đúng hạn {fmt_pct_value(sh['in_time_of_resolved'])}"
                                                        f"; quá hạn {fmt_int(t.resolved_late)}")
        self.cards["pending"].set(fmt_int(t.pending), f"trong đó quá hạn {fmt_int(t.pending_overdue)}")
        self.cards["digitised"].set(fmt_pct_value(sh["digitised_of_received"]),
                                    f"{fmt_int(t.digitised_received)} hồ sơ khi tiếp nhận")
        self.cards["payment"].set(fmt_pct_value(sh["paid_online_of_with_fee"]),
                                  f"{fmt_int(t.paid_online)}/{fmt_int(t.with_fee)} hồ sơ có thu phí")
        self.cards["satisfaction"].set(fmt_pct_value(sh["satisfaction"]), f"{fmt_int(t.survey_total)} phiếu khảo sát")

    def _targets(self, period: Period, fig) -> None:
        from tthc_desktop.services.plans import evaluate_targets
        from tthc_desktop.store.plans import get_plan

        self.targets.clear()
        plan = get_plan(self.store, period.year)
        self.targets_box.title_label.setText(  # type: ignore[attr-defined]
            f"<b>Chỉ tiêu năm {period.year}</b> " + ("(theo kế hoạch năm)" if plan else "(chỉ tiêu chung)"))
        for result in evaluate_targets(self.store, period, fig):
            name = {True: "ok", False: "error", None: "warning"}[result.reached]
            self.targets.addItem(QListWidgetItem(icon(name), result.sentence()))

    def _chart(self, period: Period) -> None:
        from tthc_desktop.services.figures import compute_figures

        bars = []
        for q in range(1, 5):
            total = compute_figures(self.store, parse_period(f"{period.year}-Q{q}"), "chosen")
            t = total.total
            bars.append(ChartBar(f"Quý {_ROMAN[q - 1]}", t.new_online, t.new_direct_postal, t.carried_over,
                                 t.shares()["online_of_new"], total.has_data))
        self.chart.set_bars(bars, f"Hồ sơ tiếp nhận theo quý năm {period.year} và tỷ lệ trực tuyến")

    def _findings(self, fig) -> None:
        self.findings.clear()
        if not fig.findings:
            self.findings.addItem(QListWidgetItem(icon("ok"), "Không phát hiện sai lệch trong số liệu của kỳ."))
        for f in fig.findings:
            self.findings.addItem(QListWidgetItem(icon("error" if f.severity == "error" else "warning"), f.message))

    def _overdue(self) -> None:
        from tthc_desktop.store.feedback import list_feedback

        self.overdue.clear()
        items = [r for r in list_feedback(self.store) if r["overdue"]]
        if not items:
            self.overdue.addItem(QListWidgetItem(icon("ok"), "Không có phản ánh, kiến nghị quá hạn."))
        today = date.today()
        for r in items:
            days = (today - date.fromisoformat(r["deadline"])).days
            self.overdue.addItem(QListWidgetItem(icon("error"), f"Nhận {fmt_date(r['received_on'])}, hạn "
                                                                 f"{fmt_date(r['deadline'])} (quá {days} ngày): "
                                                                 f"{r['summary']}"))

    def _status(self, period: Period, fig) -> None:
        from tthc_desktop.store.receiving import exports
        from tthc_desktop.store.reports import find_issued

        self.status.clear()
        report = find_issued(self.store, period.code)
        if report:
            state = "" if report["locked"] else f", đã mở khóa ngày {fmt_date(report['unlocked_at'])}"
            self.status.addItem(QListWidgetItem(icon("ok"), f"Báo cáo {period.name}: đã phát hành, số "
                                                            f"{report['number']} ngày {fmt_date(report['issued_on'])}"
                                                            f"{state}."))
        else:
            self.status.addItem(QListWidgetItem(icon("warning"), f"Báo cáo {period.name}: chưa phát hành."))
        sent = exports(self.store, period.code)
        if sent:
            self.status.addItem(QListWidgetItem(icon("ok"), f"Đã xuất gói gửi cấp trên ngày {fmt_date(sent[0]['exported_at'])} "
                                                            f"({sent[0]['file_name']})."))
        else:
            self.status.addItem(QListWidgetItem(icon("warning"), "Chưa xuất gói số liệu gửi cấp trên."))
        cat = fig.catalog
        self.status.addItem(QListWidgetItem(icon("nav-catalog-dark"), f"Danh mục: {fmt_int(cat.in_force)} thủ tục đang "
                                                                 f"thực hiện (toàn trình {cat.online_full}, một phần "
                                                                 f"{cat.online_partial}); trong kỳ: mới {cat.new}, sửa "
                                                                 f"đổi {cat.amended}, bãi bỏ {cat.abolished}."))
        fb = fig.feedback
        self.status.addItem(QListWidgetItem(icon("nav-feedback-dark"), f"Phản ánh, kiến nghị trong kỳ: tiếp nhận {fb.received}, "
                                                                  f"đã xử lý {fb.handled}, đang xử lý {fb.pending}."))
        self.status.addItem(QListWidgetItem(icon("nav-documents-dark"), f"Văn bản công bố, công khai trong kỳ: "
                                                                   f"{len(fig.notices)}."))
        self.status.addItem(self._relisting_item())

    def _relisting_item(self) -> QListWidgetItem:
        """"Cần niêm yết lại (N thủ tục)": procedures changed since the last printed listing board."""
        from tthc_desktop.services.listing import needs_relisting

        items = needs_relisting(self.store)
        never = bool(items) and all(i.reason == "chưa từng niêm yết" for i in items)
        if not items:
            text, name = "Bảng niêm yết TTHC (mã QR) cập nhật, không có thủ tục cần niêm yết lại.", "ok"
        elif never:
            text, name = f"Chưa in bảng niêm yết TTHC có mã QR ({fmt_int(len(items))} thủ tục đang thực hiện).", "warning"
        else:
            text, name = f"Cần niêm yết lại ({fmt_int(len(items))} thủ tục) do thay đổi sau lần niêm yết trước.", "warning"
        item = QListWidgetItem(icon(name), text)
        shown = [f"{i.code} {i.name} — {i.reason}" for i in items[:15]]
        if len(items) > 15:
            shown.append(f"… và {len(items) - 15} thủ tục khác")
        item.setToolTip("\n".join(shown) + ("\nBấm đúp để mở Danh mục TTHC và in bảng niêm yết." if items else ""))
        item.setData(Qt.ItemDataRole.UserRole, "relisting")
        self.relisting_count = len(items)
        return item

    def _status_item(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) == "relisting":
            self._go("catalog")
