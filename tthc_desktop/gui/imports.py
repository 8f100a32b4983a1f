"""Importing files with a preview first (ui/import_preview_dialog.ui), like `tthc-desktop import`:

- the province's procedure catalog (.xlsx / .csv) through `services.importing` — per row: new, changed
  (old → new), unchanged or wrong and why; applying writes all in one transaction or nothing;
- the one-stop portal's statistics sheet through `services.portal_import` — each field name of the sheet
  matched to a catalog field (the clerk picks the field where the match is unsure), the sheet's own totals
  kept so that every disagreement shows.
Reading and writing run in the background with a progress dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from tthc_desktop.domain.formatting import fmt_int
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.gui.theme import ERROR_BG, WARNING_BG, sort_vi

STATUS_NAMES = {"new": "Mới", "changed": "Thay đổi", "unchanged": "Không đổi", "error": "Lỗi", "deleted": "Xóa"}
CATALOG_FILTER = "Danh mục TTHC (*.xlsx *.csv *.json);;Mọi tệp (*)"


class ImportPreviewDialog(QDialog):
    """A table of what an import would do, a summary line, problems; OK = apply."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        self.setWindowTitle(title)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ok_button = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        self.ok_button.setText("Nhập")

    def set_table(self, headers: list[str], rows: list[list[str]], colours: list[object | None]) -> None:
        table = self.ui.rowsTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, (values, colour) in enumerate(zip(rows, colours)):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                table.setItem(r, c, item)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    def set_problems(self, text: str, blocking: bool) -> None:
        self.ui.problemsLabel.setText(text)
        self.ui.problemsLabel.setVisible(bool(text))
        self.ok_button.setEnabled(not blocking)


# --- catalog ----------------------------------------------------------------------------------------

def catalog_preview(parent: QWidget, plan, source: str) -> ImportPreviewDialog:
    """The dialog for a planned catalog import (an `ImportPlan` of services.importing)."""
    dlg = ImportPreviewDialog("Nhập danh mục thủ tục hành chính", parent)
    dlg.ui.sourceLabel.setText(f"Tệp: <b>{source}</b>")
    rows, colours = [], []
    for fplan in plan.files:
        for r in fplan.rows:
            detail = r.error if r.status == "error" else "; ".join(r.changes)
            rows.append([r.where, r.title, STATUS_NAMES.get(r.status, r.status), detail or ""])
            colours.append(ERROR_BG if r.status == "error" else WARNING_BG if r.status == "changed" else None)
    dlg.set_table(["Dòng", "Thủ tục", "Tình trạng", "Chi tiết"], rows, colours)
    summary = ", ".join(f"{plan.count(s)} {STATUS_NAMES[s].lower()}" for s in ("new", "changed", "unchanged", "error"))
    fields = f" Lĩnh vực mới sẽ được tạo: {', '.join(plan.new_fields)}." if plan.new_fields else ""
    dlg.ui.summaryLabel.setText(f"Xem trước: {summary}.{fields} Chưa ghi gì vào dữ liệu.")
    errors = plan.errors()
    if errors:
        dlg.set_problems(f"Có {len(errors)} dòng lỗi (tô đỏ): sửa tệp rồi nhập lại. Chưa ghi gì vào dữ liệu.", True)
    elif not plan.writes:
        dlg.set_problems("Không có gì mới để nhập: danh mục đã giống hệt tệp.", True)
    return dlg


def start_catalog_import(parent: QWidget, store, path: str | None = None,
                         on_done: Callable[[], None] | None = None) -> None:
    """Pick the province's catalog file, preview it, import it on Nhập."""
    from tthc_desktop.services.importing import apply_import, plan_import

    if not path:
        path, _ = QFileDialog.getOpenFileName(parent, "Chọn tệp danh mục TTHC của tỉnh", "", CATALOG_FILTER)
        if not path:
            return

    def applied(plan) -> None:
        messages.show_info(parent, f"Đã nhập danh mục: {plan.count('new')} thủ tục mới, {plan.count('changed')} thủ "
                                   "tục thay đổi.", "Nhập xong")
        if on_done:
            on_done()

    def planned(plan) -> None:
        dlg = catalog_preview(parent, plan, Path(path).name)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            BackgroundOp(parent, lambda _p: apply_import(store, plan)).with_progress("Đang ghi danh mục…") \
                .success(applied).run_in_background()

    BackgroundOp(parent, lambda _p: plan_import(store, [path], kind="catalog")) \
        .with_progress(f"Đang đọc {Path(path).name}…").success(planned).run_in_background()


# --- portal statistics sheet --------------------------------------------------------------------------

def portal_preview(parent: QWidget, imp, field_names: list[str]) -> tuple[ImportPreviewDialog, dict[str, QComboBox]]:
    """The dialog for a portal sheet: one row per sheet row, the matched field editable where unsure."""
    dlg = ImportPreviewDialog(f"Nhập bảng số liệu của Cổng dịch vụ công — {imp.period.name}", parent)
    sheet = imp.sheet
    dlg.ui.sourceLabel.setText(f"Tệp: <b>{sheet.file_name}</b>, trang “{sheet.sheet_name}”; {sheet.period_text}")
    rows = [[r.section, r.field_name, "", fmt_int(r.received_total), fmt_int(r.resolved_total),
             fmt_int(r.pending_total)] for r in sheet.rows]
    dlg.set_table(["Phần", "Lĩnh vực trong bảng", "Lĩnh vực trong danh mục", "Tiếp nhận (3)", "Đã giải quyết (7)",
                   "Đang giải quyết (11)"], rows, [None] * len(rows))
    combos: dict[str, QComboBox] = {}
    for i, r in enumerate(sheet.rows):
        combo = QComboBox()
        combo.addItem("— chọn lĩnh vực —", None)
        for name in field_names:
            combo.addItem(name, name)
        chosen = imp.mapping.get(r.field_name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        if chosen is None and imp.suggestions.get(r.field_name):
            combo.setToolTip(f"Gợi ý: {imp.suggestions[r.field_name]}")
        dlg.ui.rowsTable.setCellWidget(i, 2, combo)
        combos.setdefault(r.field_name, combo)
        combo.currentIndexChanged.connect(lambda _i, d=dlg, c=combos: _check_mapping(d, c))
    notes = [*sheet.differences, *(f.message for f in imp.findings)]
    dlg.ui.summaryLabel.setText(f"{len(sheet.rows)} dòng lĩnh vực cho {imp.period.name}. Tổng số ghi trong bảng được "
                                "giữ lại để đối chiếu. Chưa ghi gì vào dữ liệu.")
    dlg.notes = notes  # type: ignore[attr-defined]
    _check_mapping(dlg, combos)
    return dlg, combos


def _check_mapping(dlg: ImportPreviewDialog, combos: dict[str, QComboBox]) -> None:
    missing = [name for name, combo in combos.items() if combo.currentData() is None]
    notes = getattr(dlg, "notes", [])
    text = ""
    if missing:
        text = "Chọn lĩnh vực trong danh mục cho: " + ", ".join(missing) + "."
    if notes:
        text += ("\n" if text else "") + "Sai lệch trong bảng (sẽ hiện ở mục Số liệu hồ sơ): " + "; ".join(notes[:6])
    dlg.set_problems(text, bool(missing))


def start_portal_import(parent: QWidget, store, period_code: str | None,
                        on_done: Callable[[str], None] | None = None) -> None:
    """Pick the portal's sheet (.xlsx), preview and match fields, then import into its period (the one the
    sheet names; `period_code` when the sheet names none)."""
    from tthc_desktop.services.portal_import import apply_portal_import, preview_portal_import
    from tthc_desktop.store.catalog import list_fields

    path, _ = QFileDialog.getOpenFileName(parent, "Chọn bảng tổng hợp của Cổng dịch vụ công", "",
                                          "Bảng tính (*.xlsx *.csv);;Mọi tệp (*)")
    if not path:
        return
    field_names = sort_vi(f["name"] for f in list_fields(store))

    def applied(result) -> None:
        count, period = result
        messages.show_info(parent, f"Đã nhập {count} dòng số liệu của {period.name}.", "Nhập xong")
        if on_done:
            on_done(period.code)

    def previewed(imp) -> None:
        dlg, combos = portal_preview(parent, imp, field_names)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        manual = {name: combo.currentData() for name, combo in combos.items()}
        code = imp.period.code

        def work(_p):
            final = preview_portal_import(store, path, code, manual_map=manual)
            return apply_portal_import(store, final), final.period

        BackgroundOp(parent, work).with_progress("Đang ghi số liệu…").success(applied).run_in_background()

    def read(_progress):
        from tthc_desktop.errors import UserError

        try:
            return preview_portal_import(store, path, None)  # the sheet's own period ("Kỳ báo cáo: ...")
        except UserError:
            if not period_code:
                raise
            return preview_portal_import(store, path, period_code)  # else the period shown on the screen

    BackgroundOp(parent, read).with_progress(f"Đang đọc {Path(path).name}…").success(previewed).run_in_background()
