"""Đơn vị gửi báo cáo: the units this receiving office registers (code, name, type, key fingerprint).

A unit registered with a fingerprint has its key pinned at its first accepted package; a unit that changed
computers gets a new fingerprint through `services.exchange.change_unit_key` after a confirmation.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_unit_dialog import Ui_UnitDialog
from tthc_desktop.gui.models.base import Column, RowsTableModel, VietSortProxy, select_row, selected_row
from tthc_desktop.gui.pages.base import search_edit, setup_table, styled_label, tool_button
from tthc_desktop.gui.theme import WARNING_BG
from tthc_desktop.store.profile import UNIT_TYPES

SENDER_TYPES = ("xa", "phuong", "dac-khu", "thi-tran", "co-quan", "tinh")


def key_state(row: dict) -> str:
    if row.get("public_key"):
        return "đã ghim khóa"
    if row.get("key_fingerprint"):
        return "chờ gói đầu tiên"
    return "chưa có khóa"


class UnitsModel(RowsTableModel):
    COLUMNS = (
        Column("code", "Mã đơn vị", width=130),
        Column("name", "Tên đơn vị", width=200),
        Column("unit_type", "Loại", labels=UNIT_TYPES, width=80),
        Column("key_fingerprint", "Dấu vân tay khóa", width=320),
        Column("public_key", "Khóa", value=key_state, width=125),
        Column("is_self", "Của cơ quan nhận", kind="bool", width=125,
               tooltip="Số liệu của chính cơ quan nhận báo cáo (dòng “Tại …”), tách khỏi các xã, phường"),
        Column("registered_at", "Ngày đăng ký", kind="date", width=100),
    )

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)

    def row_background(self, row: dict):
        return WARNING_BG if not row.get("key_fingerprint") else None

    def row_tooltip(self, row: dict) -> str | None:
        if not row.get("key_fingerprint"):
            return "Chưa đăng ký dấu vân tay: gói đầu tiên của đơn vị phải được xác nhận tin cậy khi nhập."
        return None


class UnitDialog(QDialog):
    """Register a unit, or edit its name, type and key (ui/unit_dialog.ui)."""

    def __init__(self, store, unit: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.unit = store, unit
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        messages.localize_buttons(self.ui.buttonBox)
        for key in SENDER_TYPES:
            self.ui.typeCombo.addItem(UNIT_TYPES[key][:1].upper() + UNIT_TYPES[key][1:], key)
        if unit:
            self.setWindowTitle(f"Sửa đơn vị — {unit['name']}")
            self.ui.codeEdit.setText(unit["code"])
            self.ui.codeEdit.setReadOnly(True)
            self.ui.nameEdit.setText(unit["name"])
            self.ui.typeCombo.setCurrentIndex(max(self.ui.typeCombo.findData(unit.get("unit_type") or "xa"), 0))
            self.ui.fingerprintEdit.setText(unit.get("key_fingerprint") or "")
            self.ui.selfCheck.setChecked(bool(unit.get("is_self")))
        self.saved: dict | None = None
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()

    def save(self) -> None:
        from tthc_desktop.exchange.keys import normalise_fingerprint
        from tthc_desktop.services.exchange import change_unit_key, register_unit

        code, name = self.ui.codeEdit.text().strip(), " ".join(self.ui.nameEdit.text().split())
        typed = self.ui.fingerprintEdit.text().strip()
        with messages.refusal_to(messages.in_label(self.ui.errorLabel)) as outcome:
            fp = normalise_fingerprint(typed) if typed else None
            old_fp = (self.unit or {}).get("key_fingerprint")
            new_key = self.unit is not None and fp is not None and old_fp is not None and fp != old_fp
            if new_key and not messages.ask(
                    self, f"Thay khóa của {self.unit['name']} ({old_fp}) bằng {fp}?\n\nChỉ làm khi đơn vị đã đổi máy "
                          "hoặc tạo lại khóa, và bạn đã đối chiếu dấu vân tay mới với đơn vị. Gói ký bằng khóa cũ "
                          "sẽ bị từ chối.", "Đổi khóa của đơn vị"):
                return
            self.saved = register_unit(self.store, code=code, name=name, unit_type=self.ui.typeCombo.currentData(),
                                       fingerprint=None if new_key else fp, is_self=self.ui.selfCheck.isChecked())
            if new_key:
                self.saved = change_unit_key(self.store, code, fp)
        if outcome.refused:
            return
        self.accept()


class UnitsTab(QWidget):
    """The registry of sending units, searchable without diacritics."""

    def __init__(self, page):
        super().__init__()
        self.page, self.store = page, page.store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = search_edit("Tìm theo mã hoặc tên đơn vị…")
        self.add_button = tool_button("Đăng ký đơn vị…", "add", "Đăng ký một đơn vị gửi báo cáo (mã, tên, dấu vân tay)")
        self.edit_button = tool_button("Sửa / đổi khóa…", "edit", "Sửa tên, loại, hoặc đổi khóa khi đơn vị đổi máy")
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        self.model = UnitsModel(self)
        self.proxy = VietSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        setup_table(self.view)
        for i, col in enumerate(UnitsModel.COLUMNS):
            self.view.setColumnWidth(i, col.width or 100)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.view, 1)
        self.count_label = styled_label("", "hint", wrap=True)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.proxy.set_query)
        self.add_button.clicked.connect(lambda: self.edit_unit(None))
        self.edit_button.clicked.connect(lambda: self.edit_unit(self.selected()))
        self.view.activated.connect(lambda _i: self.edit_unit(self.selected()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def reload(self, select: str | None = None) -> None:
        from tthc_desktop.store.receiving import list_units

        units = list_units(self.store)
        self.model.set_rows(units)
        waiting = sum(1 for u in units if not u.get("key_fingerprint"))
        self.count_label.setText(f"{len(units)} đơn vị đã đăng ký"
                                 + (f"; {waiting} đơn vị chưa có dấu vân tay khóa (tô vàng)." if waiting else ".")
                                 + " Gói của đơn vị chưa đăng ký chỉ được nhập sau khi xác nhận tin cậy lần đầu.")
        if select:
            select_row(self.view, self.proxy, "code", select)
        self._update_buttons()

    def selected(self) -> dict | None:
        return selected_row(self.view, self.proxy)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def edit_unit(self, unit: dict | None) -> None:
        dlg = UnitDialog(self.store, unit, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved:
            self.reload(dlg.saved["code"])
            self.page.show_banner(f"Đã {'cập nhật' if unit else 'đăng ký'} {dlg.saved['name']} "
                                  f"(mã {dlg.saved['code']}).", "info")
