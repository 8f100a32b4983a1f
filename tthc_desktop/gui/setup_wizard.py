"""First run (thiết lập ban đầu): the unit profile, then how to start — empty, demo data, or the
province's catalog file. Built from ui/setup_wizard.ui; the profile gets the same defaults as
`tthc-desktop init` (header lines, signer, recipients)."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from tthc_desktop.domain.text import nfc
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from tthc_desktop.gui.ops import BackgroundOp
from tthc_desktop.store.profile import UNIT_TYPES, save_profile

START_EMPTY, START_DEMO, START_IMPORT = "empty", "demo", "import"
COMMUNE_TYPES = ("xa", "phuong", "thi-tran", "dac-khu")


def localize_wizard(wizard: QWizard) -> None:
    """Vietnamese texts for the wizard's standard buttons (Qt has no Vietnamese translation)."""
    for which, text in ((QWizard.WizardButton.BackButton, "< Quay lại"),
                        (QWizard.WizardButton.NextButton, "Tiếp theo >"),
                        (QWizard.WizardButton.FinishButton, "Hoàn tất"),
                        (QWizard.WizardButton.CancelButton, "Hủy"),
                        (QWizard.WizardButton.CommitButton, "Xác nhận"),
                        (QWizard.WizardButton.HelpButton, "Trợ giúp")):
        wizard.setButtonText(which, text)


class SetupWizard(QWizard):
    """Asks for the unit profile and the way to start; saves the profile when finished."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        localize_wizard(self)
        for key in COMMUNE_TYPES:
            self.ui.unitTypeCombo.addItem(UNIT_TYPES[key][:1].upper() + UNIT_TYPES[key][1:], key)
        self.ui.profilePage.registerField("name*", self.ui.nameEdit)
        self.ui.importBrowseButton.clicked.connect(self._browse)
        self.ui.receivingCheck.toggled.connect(lambda on: self.ui.unitTypeCombo.setEnabled(not on))
        self.ui.nameEdit.textChanged.connect(self._suggest_place)
        for radio in (self.ui.emptyRadio, self.ui.demoRadio, self.ui.importRadio):
            radio.toggled.connect(self._update_hint)
        self._update_hint()

    @property
    def start_choice(self) -> str:
        if self.ui.demoRadio.isChecked():
            return START_DEMO
        if self.ui.importRadio.isChecked():
            return START_IMPORT
        return START_EMPTY

    @property
    def import_path(self) -> str:
        return self.ui.importEdit.text().strip()

    def _suggest_place(self, text: str) -> None:
        """"xã Đồng Lạc" -> place name "Đồng Lạc" unless the clerk typed one."""
        words = text.split()
        if words and words[0].lower() in ("xã", "phường", "thị", "đặc"):
            bare = " ".join(words[2:] if words[0].lower() in ("thị", "đặc") else words[1:])
            if not self.ui.placeEdit.isModified():
                self.ui.placeEdit.setText(bare)

    def _update_hint(self, *_args) -> None:
        hints = {
            START_EMPTY: "Danh mục, văn bản, phản ánh và số liệu sẽ được nhập dần trong các mục tương ứng.",
            START_DEMO: "Dữ liệu mẫu gồm thông tin đơn vị, danh mục, văn bản, phản ánh và số liệu các quý của xã mẫu "
                        "Đồng Lạc (thay cho thông tin vừa nhập), để tập sử dụng. Không dùng cho báo cáo thật; khi "
                        "dùng thật, tạo tệp dữ liệu mới.",
            START_IMPORT: "Chọn tệp danh mục TTHC do tỉnh cung cấp (.xlsx hoặc .csv); bạn sẽ xem trước các thủ tục "
                          "trước khi nhập.",
        }
        self.ui.startHint.setText(hints[self.start_choice])
        self.ui.importEdit.setEnabled(self.start_choice == START_IMPORT)
        self.ui.importBrowseButton.setEnabled(self.start_choice == START_IMPORT)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Chọn tệp danh mục TTHC", "",
                                              "Bảng tính (*.xlsx *.csv);;Mọi tệp (*)")
        if path:
            self.ui.importEdit.setText(path)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.ui.startPage and self.start_choice == START_IMPORT and not self.import_path:
            messages.show_error(self, "Chọn tệp danh mục TTHC cần nhập (nút “Chọn tệp…”), hoặc chọn cách bắt đầu khác.")
            return False
        return super().validateCurrentPage()

    def profile_values(self) -> dict:
        from tthc_desktop.services.setup import profile_defaults

        name = " ".join(nfc(self.ui.nameEdit.text()).split())
        receiving = self.ui.receivingCheck.isChecked()
        # a receiving office is not a commune: the province or the office it names ("co-quan")
        unit_type = "co-quan" if receiving else self.ui.unitTypeCombo.currentData()
        values = {**profile_defaults(name, unit_type, receiving=receiving), "name": name, "unit_type": unit_type,
                  "is_receiving": 1 if receiving else 0}
        for column, edit in (("province", self.ui.provinceEdit), ("place_name", self.ui.placeEdit),
                             ("signer_name", self.ui.signerNameEdit), ("receiving_level_name", self.ui.receivingEdit)):
            if edit.text().strip():
                values[column] = " ".join(edit.text().split())
        return values

    def accept(self) -> None:
        from tthc_desktop.services.setup import after_init

        try:
            with self.store.atomic():
                save_profile(self.store, **self.profile_values())
                after_init(self.store)
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            messages.show_error(self, exc)
            return
        super().accept()


def after_setup(window, store, choice: str, import_path: str = "") -> None:
    """What the clerk chose on the last page, run once the main window is up (in the background)."""
    if choice == START_DEMO:
        from tthc_desktop.services.demo import build_demo

        def done(summary) -> None:
            window.reload_current()
            window.statusBar().showMessage(f"Đã nạp dữ liệu mẫu của {summary.unit}: dùng để tập, không dùng cho báo "
                                           "cáo thật.", 20000)

        BackgroundOp(window, lambda _progress: build_demo(store)).with_progress("Đang tạo dữ liệu mẫu…").success(done).run_in_background()
    elif choice == START_IMPORT and import_path:
        from tthc_desktop.gui.imports import start_catalog_import

        window.show_page("catalog")
        start_catalog_import(window, store, import_path, on_done=window.reload_current)
