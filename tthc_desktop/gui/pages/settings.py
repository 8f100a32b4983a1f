"""Cài đặt: the unit profile printed on every report, the targets of the year, the backup folder.

The form is ui/settings_page.ui. Targets of the year live in the annual plan (kế hoạch); without a plan
the national thresholds apply and the clerk can create the plan pre-filled from last year's.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from tthc_desktop.gui.pages.base import BasePage
from tthc_desktop.store.profile import UNIT_TYPES, get_profile, get_setting, save_profile, set_setting

BACKUP_SETTING = "backup_dir"  # read by services.safety (automatic and manual backups)
KEEP_SETTING = "backup_keep"  # how many automatic backups services.safety.auto_backup keeps
# spin box name -> plan metric (services.plans.METRICS)
TARGET_SPINS = {"targetOnlineSpin": "online_share", "targetPaymentSpin": "online_payment",
                "targetDigitisedSpin": "digitisation", "targetSatisfactionSpin": "satisfaction"}
_PROFILE_EDITS = {"nameEdit": "name", "codeEdit": "code", "provinceEdit": "province", "parentEdit": "parent_name",
                  "header1Edit": "header_line1", "header2Edit": "header_line2", "placeEdit": "place_name",
                  "suffixEdit": "number_suffix", "authorityEdit": "signer_authority",
                  "signerTitleEdit": "signer_title", "signerNameEdit": "signer_name",
                  "receivingEdit": "receiving_level_name"}


class SettingsPage(BasePage):
    """Thông tin đơn vị, người ký, nơi nhận, cấp nhận báo cáo, chỉ tiêu năm, thư mục sao lưu."""

    title = "Cài đặt"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.form = QWidget()
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self.form)
        self.ui.titleLabel.setVisible(False)  # the page title row already says "Cài đặt"
        self.ui.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.form, 1)
        for key, label in UNIT_TYPES.items():
            self.ui.unitTypeCombo.addItem(label[:1].upper() + label[1:], key)
        self.ui.buttonRow.setStretch(0, 1)
        for spin_name in TARGET_SPINS:
            getattr(self.ui, spin_name).setSpecialValueText("chưa đặt")
        self.ui.targetYearSpin.setValue(date.today().year)
        self.ui.targetYearSpin.valueChanged.connect(lambda _v: self._load_targets())
        self.ui.saveButton.clicked.connect(self.save_changes)
        self.ui.revertButton.clicked.connect(self.load)
        self.ui.backupBrowseButton.clicked.connect(self._pick_backup)
        self.ui.createPlanButton.clicked.connect(self._create_plan)
        self.ui.copyKeyButton.clicked.connect(self._copy_or_create_key)
        self.ui.daysOffButton.clicked.connect(self.edit_days_off)
        self._dirty = False
        self._loading = False
        self.load()
        for edit in self.form.findChildren(QWidget):
            for signal in ("textEdited", "valueChanged", "currentIndexChanged"):
                if hasattr(edit, signal) and edit is not self.ui.targetYearSpin:
                    getattr(edit, signal).connect(self._mark_dirty)
        self.ui.recipientsEdit.textChanged.connect(self._mark_dirty)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.ui.statusLabel.setText("Có thay đổi chưa lưu.")

    # loading
    def load(self) -> None:
        self._loading = True
        try:
            p = get_profile(self.store) or {}
            for edit_name, column in _PROFILE_EDITS.items():
                getattr(self.ui, edit_name).setText(p.get(column) or "")
            self.ui.unitTypeCombo.setCurrentIndex(max(self.ui.unitTypeCombo.findData(p.get("unit_type") or "xa"), 0))
            self.ui.recipientsEdit.setPlainText("\n".join(p.get("recipients") or []))
            self.ui.backupEdit.setText(get_setting(self.store, BACKUP_SETTING, "") or "")
            from tthc_desktop.services.safety import backup_keep

            self.ui.backupKeepSpin.setValue(backup_keep(self.store))
            self._load_key()
            self._load_targets()
        finally:
            self._loading = False
        self._dirty = False
        self.ui.statusLabel.setText("")
        self.ui.errorLabel.setVisible(False)

    def _load_targets(self) -> None:
        from tthc_desktop.services.plans import METRICS, targets_of_year
        from tthc_desktop.store.plans import get_plan

        loading, self._loading = self._loading, True
        year = self.ui.targetYearSpin.value()
        plan = get_plan(self.store, year)
        targets = {m: v for m, _op, v in targets_of_year(self.store, year)}
        for spin_name, metric in TARGET_SPINS.items():
            spin: QDoubleSpinBox = getattr(self.ui, spin_name)
            spin.setValue(targets.get(metric, 0.0))
            has = plan is not None and metric in targets
            spin.setEnabled(has)
            spin.setToolTip("" if has else ("Chỉ tiêu chung toàn quốc; lập kế hoạch năm để đặt chỉ tiêu riêng."
                                            if plan is None else "Kế hoạch năm chưa có chỉ tiêu này."))
        if plan is None:
            national = "; ".join(f"{METRICS[m][0].lower()} ≥ {v:g}%" for m, v in targets.items())
            self.ui.targetsHint.setText(f"Chưa có kế hoạch năm {year}: áp dụng chỉ tiêu chung ({national}).")
        else:
            self.ui.targetsHint.setText(f"Chỉ tiêu lấy từ Kế hoạch kiểm soát TTHC năm {year}"
                                        + (f" (số {plan['number']})" if plan.get("number") else "") + ".")
        self.ui.createPlanButton.setVisible(plan is None)
        self.ui.createPlanButton.setText(f"Lập kế hoạch năm {year} (điền sẵn chỉ tiêu)")
        self._loading = loading

    def activate(self) -> None:
        if not self._dirty:
            self.load()

    # saving
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        self.load()

    def profile_values(self) -> dict:
        values = {column: getattr(self.ui, edit).text().strip() for edit, column in _PROFILE_EDITS.items()}
        values["unit_type"] = self.ui.unitTypeCombo.currentData()
        values["recipients"] = [ln.strip() for ln in self.ui.recipientsEdit.toPlainText().splitlines() if ln.strip()]
        return values

    def save_changes(self) -> bool:
        values = self.profile_values()
        if not values["name"]:
            return self._refuse("Nhập tên đơn vị (ví dụ “xã Đồng Lạc”) ở mục Thông tin đơn vị.")
        try:
            from tthc_desktop.services.auth import require

            require(self.store, "edit_settings")
            with self.store.atomic():
                save_profile(self.store, **values)
                set_setting(self.store, BACKUP_SETTING, self.ui.backupEdit.text().strip())
                set_setting(self.store, KEEP_SETTING, self.ui.backupKeepSpin.value())
                self._save_targets()
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            return self._refuse(messages.refusal_text(exc))
        self.load()
        self.ui.statusLabel.setText("Đã lưu.")
        window = self.window()
        if hasattr(window, "profile_changed"):
            window.profile_changed.emit()
        return True

    def _save_targets(self) -> None:
        from tthc_desktop.store.plans import get_plan, save_task

        plan = get_plan(self.store, self.ui.targetYearSpin.value())
        if plan is None:
            return
        for spin_name, metric in TARGET_SPINS.items():
            for task in plan["tasks"]:
                if task["target_metric"] == metric:
                    value = getattr(self.ui, spin_name).value()
                    if task["target_value"] != value:
                        save_task(self.store, plan["id"], {"id": task["id"], "section": task["section"],
                                                           "target_value": value})
                    break

    def _refuse(self, message: str) -> bool:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
        return False

    def edit_days_off(self) -> None:
        """The working-day calendar's extra days off and swapped working days, per year."""
        from tthc_desktop.gui.register_dialogs import DaysOffDialog

        DaysOffDialog(self.store, self).exec()

    def _pick_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục sao lưu (có thể là ổ USB)",
                                                  self.ui.backupEdit.text())
        if folder:
            self.ui.backupEdit.setText(folder)
            self._mark_dirty()

    def _load_key(self) -> None:
        """The unit's public key fingerprint, which the receiving office registers."""
        from tthc_desktop.exchange.keys import unit_key

        key = unit_key(self.store)
        self.ui.fingerprintEdit.setText(key.fingerprint if key else "")
        self.ui.copyKeyButton.setText("Sao chép" if key else "Tạo khóa")

    def _copy_or_create_key(self) -> None:
        from PySide6.QtWidgets import QApplication

        from tthc_desktop.exchange.keys import ensure_unit_key, unit_key

        if unit_key(self.store) is None:
            ok, _ = self.call_core(ensure_unit_key, self.store)
            if not ok:
                return
            self._load_key()
        QApplication.clipboard().setText(self.ui.fingerprintEdit.text())
        self.ui.statusLabel.setText("Đã chép dấu vân tay khóa; dán vào tin nhắn hoặc công văn gửi cấp nhận báo cáo.")

    def _create_plan(self) -> None:
        from tthc_desktop.services.plans import create_plan

        year = self.ui.targetYearSpin.value()
        ok, _ = self.call_core(create_plan, self.store, year)
        if ok:
            self._load_targets()
            self.show_banner(f"Đã lập kế hoạch năm {year} với các chỉ tiêu điền sẵn; sửa chỉ tiêu rồi bấm Lưu.", "info")

