"""Nhận gói dữ liệu: import the units' packages from a USB stick or folder, and the history of packages.

Always a dry run first (`services.exchange.plan_import`): per package accepted / replaces an older one /
new unit / duplicate / older / refused with the reason. Units not registered (or registered without a key)
need a trust-on-first-use confirmation; then `apply_import` runs in the background in one transaction and a
receipt (biên nhận) is written next to each package on the stick.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QListWidgetItem, QTableView, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from tthc_desktop.errors import UserError
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_package_import_dialog import Ui_PackageImportDialog
from tthc_desktop.gui.models.base import Column, RowsTableModel, VietSortProxy, selected_row
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.pages.base import search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.theme import ERROR_BG

_OK_BG = QColor("#d1e7dd")
_SKIP_FG = QColor("#6c757d")


def _when(iso: str | None) -> str:
    from tthc_desktop.services.exchange import when_text

    return when_text(iso) if iso else ""


def _period_name(code: str) -> str:
    from tthc_desktop.domain.periods import parse_period

    name = parse_period(code).name
    return name[:1].upper() + name[1:]


def needs_trust(store, plan) -> list:
    """Importable checks whose unit is new, or registered without any key: the clerk must vouch for the key."""
    from tthc_desktop.services.exchange import NEW_UNIT
    from tthc_desktop.store.receiving import get_unit

    out = []
    for check in plan.checks:
        if not check.importable:
            continue
        unit = get_unit(store, check.content.unit["code"])
        if check.verdict == NEW_UNIT or (unit and not unit.get("public_key") and not unit.get("key_fingerprint")):
            out.append(check)
    return out


class PackageImportDialog(QDialog):
    """The dry run of an import (ui/package_import_dialog.ui); Đồng ý imports what is accepted."""

    def __init__(self, store, plan, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        from tthc_desktop.services.exchange import VERDICTS

        self.store, self.plan = store, plan
        self.ui = Ui_PackageImportDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.ui.sourceLabel.setText(f"Nguồn: {source}")
        table = self.ui.packagesTable
        headers = ["Kết quả", "Đơn vị", "Kỳ báo cáo", "Lập lúc", "Tệp", "Lý do, ghi chú"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(plan.checks))
        table.verticalHeader().setVisible(False)
        for r, check in enumerate(plan.checks):
            c = check.content
            values = [check.label[:1].upper() + check.label[1:],
                      f"{c.unit['name']} ({c.unit['code']})" if c else "",
                      _period_name(c.period_code) if c else "", _when(c.created_at) if c else "", check.path.name,
                      "; ".join([check.reason, *check.notes]).strip("; ")]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if check.verdict == "refused":
                    item.setBackground(ERROR_BG)
                elif check.importable and col == 0:
                    item.setBackground(_OK_BG)
                elif not check.importable:
                    item.setForeground(_SKIP_FG)
                table.setItem(r, col, item)
        for col, width in enumerate((175, 215, 125, 115, 265)):
            table.setColumnWidth(col, width)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionMode(table.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.resizeRowsToContents()
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.ui.dialogLayout.setStretch(self.ui.dialogLayout.indexOf(table), 1)  # the list gets the room
        self.resize(1180, 660)
        counts = plan.counts()
        self.ui.summaryLabel.setText("Chạy thử, chưa ghi gì: " + ", ".join(
            f"{n} gói {VERDICTS[v]}" for v, n in counts.items() if n) + ".")
        self.trust_checks = needs_trust(store, plan)
        seen = set()
        for check in self.trust_checks:
            unit = check.content.unit
            if unit["code"] in seen:
                continue
            seen.add(unit["code"])
            item = QListWidgetItem(f"{unit['name']} (mã {unit['code']}) — dấu vân tay khóa "
                                   f"{check.content.key_fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, unit["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.trustList.addItem(item)
        self.ui.trustGroup.setVisible(bool(self.trust_checks))
        self.ui.receiptsCheck.setChecked(True)
        ok = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        ok.setText("Nhập các gói được nhận")
        ok.setEnabled(bool(plan.importable))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def trusted_codes(self) -> set[str]:
        items = (self.ui.trustList.item(i) for i in range(self.ui.trustList.count()))
        return {i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked}

    def trust(self, code: str) -> None:
        """Tick the confirmation of one unit (tests and keyboard users)."""
        for i in range(self.ui.trustList.count()):
            if self.ui.trustList.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.ui.trustList.item(i).setCheckState(Qt.CheckState.Checked)

    def final_plan(self):
        """The plan with the packages of units the clerk did not vouch for turned into refusals."""
        from tthc_desktop.services.exchange import REFUSED

        trusted = self.trusted_codes()
        for check in self.trust_checks:
            if check.content.unit["code"] not in trusted:
                check.verdict, check.reason_code = REFUSED, "unknown_unit"
                check.reason = "Chưa xác nhận tin cậy đơn vị (đối chiếu dấu vân tay khóa): gói không được nhập."
        return self.plan


def import_and_receipts(store, plan, write_receipts: bool) -> tuple:
    """Apply the plan (one transaction), then write one receipt per package; a receipt that cannot be
    written (stick pulled out, read-only) is reported without undoing the import."""
    from tthc_desktop.services.exchange import apply_import, write_receipt
    from tthc_desktop.store.db import now_iso
    from tthc_desktop.store.profile import get_profile

    outcome = apply_import(store, plan, confirm_new_units=True)
    receipts, failed = [], []
    if write_receipts:
        profile, at = get_profile(store) or {}, now_iso()
        for check in plan.checks:
            try:
                receipts.append(write_receipt(check, profile, at, None))
            except UserError as exc:
                failed.append(f"{check.path.name}: {exc.message}")
            except OSError as exc:
                failed.append(f"{check.path.name}: {exc.strerror or exc}")
    return outcome, receipts, failed


def start_package_import(page, paths: list[str], source: str, on_done) -> None:
    """Dry run in the background, the verdicts dialog, then the import and the receipts in the background."""
    from tthc_desktop.services.exchange import plan_import

    store = page.store

    def planned(plan) -> None:
        if not plan.checks:
            messages.show_info(page, f"Không thấy gói dữ liệu (.tthc) nào trong {source}.", "Nhận gói dữ liệu")
            return
        dlg = PackageImportDialog(store, plan, source, page)
        page.last_import_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        final, receipts = dlg.final_plan(), dlg.ui.receiptsCheck.isChecked()
        if not final.importable:
            page.show_banner("Không có gói nào được nhập: các đơn vị chưa được xác nhận tin cậy.")
            return
        BackgroundOp(page, lambda _p: import_and_receipts(store, final, receipts)) \
            .with_progress(f"Đang nhập {len(final.importable)} gói dữ liệu…") \
            .success(lambda result: on_done(final, *result)).run_in_background()

    BackgroundOp(page, lambda _p: plan_import(store, paths, trust_new=True)) \
        .with_progress("Đang kiểm tra các gói dữ liệu (chạy thử)…").success(planned).run_in_background()


class PackagesModel(RowsTableModel):
    COLUMNS = (
        Column("period", "Kỳ báo cáo", value=lambda r: _period_name(r["period"]), width=150),
        Column("unit_name", "Đơn vị", width=220),
        Column("created_at", "Lập lúc", value=lambda r: _when(r["created_at"]), width=120),
        Column("imported_at", "Nhận lúc", value=lambda r: _when(r["imported_at"]), width=120),
        Column("status", "Tình trạng", labels={"current": "đang dùng", "replaced": "đã được gói mới hơn thay thế"},
               width=210),
        Column("file_name", "Tệp", width=330),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_foreground(self, row: dict):
        return _SKIP_FG if row["status"] != "current" else None


class PackagesTab(QWidget):
    """Every package received (current and replaced), newest period last; a unit's report PDF opens from here."""

    def __init__(self, page):
        super().__init__()
        self.page, self.store = page, page.store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo đơn vị, kỳ, tên tệp…")
        self.report_button = tool_button("Mở báo cáo của đơn vị", "pdf", "Mở tệp PDF báo cáo đã phát hành kèm gói")
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        layout.addLayout(bar)
        self.model = PackagesModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(False)  # newest period first, then by unit (reload orders them)
        for i, col in enumerate(PackagesModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.count_label = styled_label("", "hint", wrap=True)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.proxy.set_query)
        self.report_button.clicked.connect(self.open_report)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def reload(self) -> None:
        from tthc_desktop.store.receiving import package_history

        from tthc_desktop.domain.periods import parse_period

        rows = package_history(self.store)  # by period, unit, newest package first
        ends = {code: parse_period(code).end for code in {r["period"] for r in rows}}
        rows.sort(key=lambda r: ends[r["period"]], reverse=True)  # stable: keeps the unit order within a period
        self.model.set_rows(rows)
        current = sum(1 for r in rows if r["status"] == "current")
        self.count_label.setText(f"{len(rows)} gói đã nhận, {current} gói đang dùng. Gói cũ được giữ lại trong lịch sử "
                                 "khi đơn vị gửi lại gói mới hơn cho cùng kỳ; nhận lại đúng gói cũ không thay đổi gì.")
        self._update_buttons()

    def selected(self) -> dict | None:
        return selected_row(self.view, self.proxy)

    def _update_buttons(self) -> None:
        self.report_button.setEnabled(self.selected() is not None)

    def open_report(self) -> None:
        from tthc_desktop.gui.pdf_preview import open_in_viewer
        from tthc_desktop.store.receiving import package_report_pdf

        row = self.selected()
        if row is None:
            return
        pdf = package_report_pdf(self.store, row["uuid"])
        if not pdf:
            messages.show_info(self, f"Gói của {row['unit_name']} ({_period_name(row['period']).lower()}) không kèm "
                                     "báo cáo đã phát hành: đơn vị chỉ gửi số liệu.")
            return
        path = Path(tempfile.mkdtemp(prefix="tthc-bao-cao-don-vi-")) / f"Bao-cao-{row['unit_code']}-{row['period']}.pdf"
        path.write_bytes(pdf)
        if not open_in_viewer(path):
            messages.show_error(self, f"Không mở được tệp {path}: máy chưa có chương trình đọc PDF.")


def choose_files(parent) -> list[str]:
    """Package files picked one by one (when the stick holds other files too)."""
    files, _ = QFileDialog.getOpenFileNames(parent, "Chọn các tệp gói dữ liệu", "",
                                            "Gói dữ liệu TTHC (*.tthc);;Mọi tệp (*)")
    return files

