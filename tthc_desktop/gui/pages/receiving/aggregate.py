"""Số liệu tổng hợp: the receiving level's figures of a period — per unit and per field (Biểu II.06a columns),
the findings of the same validation rules, and the aggregate report PDF (open, save, print).

Figures come from `services.aggregate.aggregate` (current packages, plus this office's own desk figures kept
apart as "Tại <đơn vị>"); the PDF from `reports.aggregate.render_aggregate_report` (ND 30 layout).
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from tthc_desktop.domain.figures import sum_counts
from tthc_desktop.domain.formatting import fmt_int, fmt_pct_value
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.gui import messages
from tthc_desktop.gui.models.base import Column, RowsTableModel
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pages.base import setup_table, styled_label, tool_button
from tthc_desktop.gui.theme import ERROR_BG, ERROR_FG, TOTAL_BG, WARNING_BG

# key, header (three short lines, as in the printed form), tooltip
_COUNT_COLUMNS = (
    ("received", "Tiếp nhận\ntổng số\n(3)", "(3) Số hồ sơ nhận giải quyết: tổng số"),
    ("new_online", "trực\ntuyến\n(4)", "(4) Trong đó: trực tuyến"),
    ("new_direct_postal", "trực tiếp,\nbưu chính\n(5)", "(5) Trong đó: trực tiếp, dịch vụ bưu chính"),
    ("carried_over", "từ kỳ\ntrước\n(6)", "(6) Từ kỳ trước chuyển sang"),
    ("resolved", "Đã giải\nquyết\n(7)", "(7) Số hồ sơ đã giải quyết: tổng số"),
    ("resolved_early", "trước\nhạn\n(8)", "(8) Trước hạn"),
    ("resolved_on_time", "đúng\nhạn\n(9)", "(9) Đúng hạn"),
    ("resolved_late", "quá\nhạn\n(10)", "(10) Quá hạn"),
    ("pending", "Đang giải\nquyết\n(11)", "(11) Số hồ sơ đang giải quyết: tổng số"),
    ("pending_in_time", "trong\nhạn\n(12)", "(12) Trong hạn"),
    ("pending_overdue", "quá\nhạn\n(13)", "(13) Quá hạn"),
)
_SHARE_COLUMNS = (("online_of_new", "Tỷ lệ\ntrực\ntuyến", "Hồ sơ trực tuyến trên số hồ sơ mới tiếp nhận"),
                  ("in_time_of_resolved", "Tỷ lệ\nđúng\nhạn", "Hồ sơ giải quyết trước hạn và đúng hạn trên số "
                                                             "đã giải quyết"))
GROUP_TITLES = {"linh_vuc": "Các lĩnh vực", "nganh_doc": "Cơ quan ngành dọc", "lien_thong": "Nhóm liên thông"}


def _count(key: str):
    return lambda row: getattr(row["counts"], key)


def _share(key: str):
    return lambda row: fmt_pct_value(row["counts"].shares()[key]) if row["counts"].shares()[key] is not None else ""


class CountsModel(RowsTableModel):
    """Rows {label, counts, kind: unit|group|total, findings} in the Biểu II.06a columns."""

    COLUMNS = (Column("label", "Đơn vị", width=180),
               *(Column(k, title, kind="int", value=_count(k), width=68, tooltip=tip)
                 for k, title, tip in _COUNT_COLUMNS),
               *(Column(k, title, value=_share(k), width=66, tooltip=tip) for k, title, tip in _SHARE_COLUMNS))

    def __init__(self, first_title: str, parent=None):
        columns = (Column("label", first_title, width=180), *self.COLUMNS[1:])
        super().__init__(columns, parent)

    def row_background(self, row: dict):
        if row.get("errors"):
            return ERROR_BG
        if row["kind"] in ("total", "group"):
            return TOTAL_BG
        if row.get("warnings"):
            return WARNING_BG
        return None

    def row_tooltip(self, row: dict) -> str | None:
        lines = [f.message for f in (row.get("errors") or []) + (row.get("warnings") or [])]
        return "\n".join(lines[:8]) or None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row())["kind"] in ("total", "group"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > len(_COUNT_COLUMNS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def receiving_periods(store) -> list[str]:
    """Periods with packages, then the usual periods of this year and last year, newest first."""
    from tthc_desktop.gui.period_picker import STANDARD_SUFFIXES
    from tthc_desktop.store.receiving import package_history

    year = date.today().year
    codes = {r["period"] for r in package_history(store)}
    codes |= {f"{y}{s}" for y in (year, year - 1) for s in STANDARD_SUFFIXES}
    periods = sorted((parse_period(c) for c in codes), key=lambda p: (p.end, -p.start.toordinal()), reverse=True)
    return [p.code for p in periods]


def _table(model: RowsTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    setup_table(view)
    view.setSortingEnabled(False)
    for i, col in enumerate(model.columns):
        view.setColumnWidth(i, col.width or 90)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AggregateTab(QWidget):
    """Tổng hợp số liệu của kỳ and the aggregate report."""

    def __init__(self, page):
        super().__init__()
        self.page, self.store = page, page.store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(36)
        self.render_button = tool_button("Lập báo cáo tổng hợp (PDF)", "nav-report-dark",
                                         "Báo cáo tổng hợp theo thể thức Nghị định 30, kèm biểu theo đơn vị và "
                                         "lĩnh vực")
        self.open_button = tool_button("Mở PDF", "pdf", "Mở báo cáo tổng hợp vừa lập")
        self.save_button = tool_button("Lưu ra thư mục / USB…", "folder")
        self.print_button = tool_button("In…", "print")
        bar.addWidget(styled_label("Kỳ báo cáo:", "hint"))
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        self.export_button = tool_button("Xuất Excel…", "excel", "Xuất bảng đang xem (theo đơn vị hoặc theo lĩnh vực) "
                                                                "ra Excel")
        for b in (self.export_button, self.render_button, self.open_button, self.save_button, self.print_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.summary = styled_label("", "info", wrap=True)
        layout.addWidget(self.summary)
        self.units_model = CountsModel("Đơn vị", self)
        self.fields_model = CountsModel("Lĩnh vực", self)
        self.units_view, self.fields_view = _table(self.units_model), _table(self.fields_model)
        self.tables = QTabWidget()
        self.tables.addTab(self.units_view, "Theo đơn vị")
        self.tables.addTab(self.fields_view, "Theo lĩnh vực")
        self.findings = QListWidget()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        self.findings_title = styled_label("", "hint")
        lower_layout.addWidget(self.findings_title)
        lower_layout.addWidget(self.findings, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tables)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.figures = None
        self.report_path: Path | None = None
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.render_button.clicked.connect(self.render_report)
        self.open_button.clicked.connect(self.open_report)
        self.save_button.clicked.connect(self.save_report)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(lambda: self.export_excel())

    # data
    def fill_periods(self) -> None:
        from tthc_desktop.gui.period_picker import period_label

        keep = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        codes = receiving_periods(self.store)
        for code in codes:
            self.period_combo.addItem(period_label(parse_period(code)), code)
        if keep is None:
            from tthc_desktop.store.receiving import package_history

            with_packages = {r["period"] for r in package_history(self.store)}
            keep = next((c for c in codes if c in with_packages), codes[0] if codes else None)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(keep), 0))
        self.period_combo.blockSignals(False)

    def set_period(self, code: str) -> None:
        index = self.period_combo.findData(code)
        if index < 0:
            from tthc_desktop.gui.period_picker import period_label

            self.period_combo.addItem(period_label(parse_period(code)), code)
            index = self.period_combo.count() - 1
        self.period_combo.setCurrentIndex(index)

    def reload(self) -> None:
        from tthc_desktop.services.aggregate import aggregate

        code = self.period_combo.currentData()
        if not code:
            return
        self.report_path = None
        fig = self.figures = aggregate(self.store, code)
        units = []
        for label, group in ((fig.own_label, fig.own_units), (fig.communes_label, fig.commune_units)):
            if not group:
                continue
            units.append({"label": label, "counts": sum_counts(u.total for u in group), "kind": "group"})
            units += [{"label": f"    {u.name}", "counts": u.total, "kind": "unit", "code": u.code,
                       "errors": [f for f in u.findings if f.severity == "error"],
                       "warnings": [f for f in u.findings if f.severity != "error"]} for u in group]
        units.append({"label": "TỔNG CỘNG", "counts": fig.total, "kind": "total"})
        self.units_model.set_rows(units)
        fields = []
        for group, title in GROUP_TITLES.items():
            rows = [r for r in fig.rows if r.group == group]
            if rows:
                fields.append({"label": title, "counts": sum_counts(r.counts for r in rows), "kind": "group"})
                fields += [{"label": f"    {r.label}", "counts": r.counts, "kind": "unit"} for r in rows]
        fields.append({"label": "TỔNG CỘNG (các lĩnh vực)", "counts": fig.total, "kind": "total"})
        self.fields_model.set_rows(fields)
        self._fill_findings()
        self._summary()
        self._update_buttons()

    def _summary(self) -> None:
        fig = self.figures
        t = fig.total
        sh = t.shares()
        reported = len(fig.commune_units)
        text = (f"{_cap(fig.period.name)}: {reported} đơn vị đã gửi số liệu"
                + (f", {len(fig.missing)} đơn vị chưa gửi ({', '.join(m['name'] for m in fig.missing[:6])}"
                   f"{'…' if len(fig.missing) > 6 else ''})" if fig.missing else "")
                + f". Tổng: tiếp nhận {fmt_int(t.received)} hồ sơ (trực tuyến {fmt_pct_value(sh['online_of_new'])} "
                  f"hồ sơ mới); đã giải quyết {fmt_int(t.resolved)}, trước hạn và đúng hạn "
                  f"{fmt_pct_value(sh['in_time_of_resolved'])}; đang giải quyết {fmt_int(t.pending)}.")
        if not fig.units:
            text = f"{_cap(fig.period.name)}: chưa có đơn vị nào gửi số liệu của kỳ này."
        self.summary.setText(text)

    def _fill_findings(self) -> None:
        fig = self.figures
        self.findings.clear()
        errors = fig.errors_to_fix
        warnings = [f for f in fig.findings if f.severity != "error"]
        for f in errors + warnings:
            item = QListWidgetItem(f.message)
            if f.severity == "error":
                item.setForeground(ERROR_FG)
            self.findings.addItem(item)
        self.findings.setVisible(bool(errors or warnings))
        total = sum(self.splitter.sizes()) or 600
        lower = min(160, total // 4) if errors or warnings else self.findings_title.sizeHint().height() + 8
        self.splitter.setSizes([total - lower, lower])
        self.findings_title.setText(
            f"Kiểm tra theo quy tắc Biểu II.06a: {len(errors)} lỗi cần đơn vị sửa, gửi lại; {len(warnings)} lưu ý."
            if errors or warnings else "Kiểm tra theo quy tắc Biểu II.06a: số liệu các đơn vị cân đối, không có lỗi.")

    def _update_buttons(self) -> None:
        ready = self.report_path is not None and self.report_path.exists()
        for b in (self.open_button, self.save_button, self.print_button):
            b.setEnabled(ready)

    def unit_counts(self, code: str):
        """The counts shown on a unit's row (tests compare them with the unit's own figures)."""
        return next(r["counts"] for r in self.units_model.rows() if r.get("code") == code)

    def export_excel(self, path: str | None = None):
        """The table in view (per unit or per field) in the Biểu II.06a columns to .xlsx or CSV, as numbers."""
        from tthc_desktop.exchange.tables_out import Column as OutColumn
        from tthc_desktop.gui.table_export import start_export, unit_line, write_table

        if self.figures is None:
            return None
        by_field = self.tables.currentIndex() == 1
        model = self.fields_model if by_field else self.units_model
        columns = [OutColumn("Lĩnh vực" if by_field else "Đơn vị", "label", "text", 34)]
        columns += [OutColumn(tip, key, "int", 12) for key, _title, tip in _COUNT_COLUMNS]
        columns += [OutColumn(title.replace("\n", " "), key, "percent", 11) for key, title, _tip in _SHARE_COLUMNS]
        rows = [{"label": r["label"].strip(), **{k: getattr(r["counts"], k) for k, _t, _tip in _COUNT_COLUMNS},
                 **{k: r["counts"].shares()[k] for k, _t, _tip in _SHARE_COLUMNS}} for r in model.rows()]
        lines = ["TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", unit_line(self.store),
                 f"Kỳ báo cáo: {_cap(self.figures.period.name)} {self.figures.period.data_range_text}"]
        code = self.figures.period.code.replace("..", "_")
        name = f"tong-hop-{'linh-vuc' if by_field else 'don-vi'}-{code}.xlsx"
        sheet = "Theo lĩnh vực" if by_field else "Theo đơn vị"
        return start_export(self.page, name, lambda target, _p: write_table(target, sheet, lines, columns, rows),
                            path=path, what="dòng")

    # the report
    def render_report(self) -> None:
        from tthc_desktop.reports.aggregate import render_aggregate_report

        code = self.period_combo.currentData()
        if not code:
            return
        folder = Path(tempfile.mkdtemp(prefix="tthc-tong-hop-"))
        out = folder / f"Bao-cao-tong-hop-{code.replace('..', '_')}.pdf"
        store = self.store

        def done(path: Path) -> None:
            self.report_path = Path(path)
            self._update_buttons()
            self.page.show_banner(f"Đã lập báo cáo tổng hợp {parse_period(code).name} (PDF/A, có ô chữ ký số trống): "
                                  "mở để xem, lưu ra thư mục hoặc USB, hoặc in.", "info")

        BackgroundOp(self, lambda _p: render_aggregate_report(store, code, out)) \
            .with_progress("Đang lập báo cáo tổng hợp…").success(done).run_in_background()

    def open_report(self) -> None:
        from tthc_desktop.gui.pdf_preview import open_in_viewer

        if self.report_path and not open_in_viewer(self.report_path):
            messages.show_error(self, f"Không mở được tệp {self.report_path}: máy chưa có chương trình đọc PDF.")

    def save_report(self) -> None:
        from tthc_desktop.fileio import write_bytes_atomic
        from tthc_desktop.gui.usb import eject_hint

        if not self.report_path:
            return
        target, _ = QFileDialog.getSaveFileName(self, "Lưu báo cáo tổng hợp ra thư mục hoặc USB",
                                                str(Path.home() / self.report_path.name), "Tệp PDF (*.pdf)")
        if not target:
            return
        ok, _ = self.page.call_core(write_bytes_atomic, target, self.report_path.read_bytes())
        if ok:
            self.page.show_banner(f"Đã lưu {target}. " + eject_hint(target, "tệp"), "info")

    def print_report(self) -> None:
        from tthc_desktop.gui.pages.reports import print_pdf

        if self.report_path:
            print_pdf(self, self.report_path.read_bytes(), self.report_path.stem)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
