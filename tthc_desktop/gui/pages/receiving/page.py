"""Cấp nhận báo cáo: the receiving level's screen (shown only when the profile is a receiving-level store).

Four tabs over `services.exchange` and `services.aggregate`: the units it receives from, the packages
received (with the import from a USB stick or folder), completeness and timeliness (units × periods), and the
aggregated figures with the aggregate report PDF. Nothing names an administrative tier: the office's own
name comes from its profile.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget

from tthc_desktop.gui.pages.base import BasePage, tool_button
from tthc_desktop.gui.pages.receiving.aggregate import AggregateTab
from tthc_desktop.gui.pages.receiving.completeness import CompletenessTab
from tthc_desktop.gui.pages.receiving.packages import PackagesTab, choose_files, start_package_import
from tthc_desktop.gui.pages.receiving.units import UnitsTab

TAB_UNITS, TAB_PACKAGES, TAB_COMPLETENESS, TAB_AGGREGATE = range(4)


class ReceivingPage(BasePage):
    """Nhận và tổng hợp báo cáo của các đơn vị."""

    title = "Cấp nhận báo cáo"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.import_button = tool_button("Nhận gói từ USB / thư mục…", "usb-dark",
                                         "Kiểm tra (chạy thử) rồi nhập các gói dữ liệu .tthc của các đơn vị")
        self.import_files_button = tool_button("Chọn tệp gói…", "import", "Chọn từng tệp gói .tthc để nhận")
        self.header_row.addWidget(self.import_button)
        self.header_row.addWidget(self.import_files_button)
        self.tabs = QTabWidget()
        self.units_tab = UnitsTab(self)
        self.packages_tab = PackagesTab(self)
        self.completeness_tab = CompletenessTab(self)
        self.aggregate_tab = AggregateTab(self)
        self.tabs.addTab(self.units_tab, "Đơn vị gửi báo cáo")
        self.tabs.addTab(self.packages_tab, "Gói đã nhận")
        self.tabs.addTab(self.completeness_tab, "Tình hình nộp báo cáo")
        self.tabs.addTab(self.aggregate_tab, "Số liệu tổng hợp")
        self.content.addWidget(self.tabs, 1)
        self.last_import_dialog = None
        self.last_import = None
        self.import_button.clicked.connect(self.import_from_folder)
        self.import_files_button.clicked.connect(self.import_files)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())

    def activate(self) -> None:
        self.aggregate_tab.fill_periods()
        self.refresh_tab()

    def refresh_tab(self) -> None:
        """Reload the tab in view (each reads the store when shown)."""
        tab = self.tabs.currentWidget()
        if tab is self.aggregate_tab and self.aggregate_tab.period_combo.count() == 0:
            self.aggregate_tab.fill_periods()
        tab.reload()

    # importing packages
    def import_from_folder(self) -> None:
        from tthc_desktop.gui.usb import choose_folder

        folder = choose_folder(self, "Chọn ổ USB hoặc thư mục chứa các gói dữ liệu (.tthc)")
        if folder is not None:
            self.import_paths([str(folder)], str(folder))

    def import_files(self) -> None:
        files = choose_files(self)
        if files:
            self.import_paths(files, f"{len(files)} tệp trong {Path(files[0]).parent}")

    def import_paths(self, paths: list[str], source: str) -> None:
        """Dry run → verdicts and trust confirmation → import in the background → receipts → refresh."""
        self.clear_banner()
        start_package_import(self, paths, source, self._imported)

    def _imported(self, plan, outcome, receipts: list[Path], failed: list[str]) -> None:
        from tthc_desktop.gui.usb import eject_hint

        self.last_import = outcome
        n = plan.counts()
        skipped = n["duplicate"] + n["older"]
        text = f"Đã nhập {len(outcome.imported)} gói"
        if skipped:
            text += f"; {skipped} gói trùng hoặc cũ hơn được bỏ qua"
        if n["refused"]:
            text += f"; {n['refused']} gói bị từ chối (xem lý do trong danh sách chạy thử)"
        text += "."
        if receipts:
            text += f" Đã ghi {len(receipts)} biên nhận vào {receipts[0].parent}."
            hint = eject_hint(receipts[-1], "biên nhận")
            if hint:
                text += " " + hint
        if failed:
            text += " Chưa ghi được biên nhận: " + "; ".join(failed[:3]) + "."
        self.show_banner(text, "info" if not n["refused"] and not failed else "banner")
        self.aggregate_tab.fill_periods()
        imported_periods = [c.content.period_code for c in outcome.imported]
        if imported_periods:
            self.aggregate_tab.set_period(imported_periods[-1])
        self.refresh_tab()
