"""Dialogs of the outage register: Tiếp nhận hồ sơ (ui/receive_dialog.ui) and the office's days off
(ui/days_off_dialog.ui).

The receive form shows the appointment date (ngày hẹn trả kết quả) live, computed by the core from the
procedure's time limit in working days with weekends, public holidays, the government's swaps and the
office's own days off skipped, and names the holidays it passed over.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem,
                               QWidget)

from tthc_desktop.domain.formatting import fmt_date
from tthc_desktop.domain.workdays import DueDate, WorkCalendar, weekday_name
from tthc_desktop.errors import UserError
from tthc_desktop.gui import messages
from tthc_desktop.gui.forms.ui_days_off_dialog import Ui_DaysOffDialog
from tthc_desktop.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from tthc_desktop.gui.theme import iso
from tthc_desktop.services import register as svc
from tthc_desktop.store import catalog
from tthc_desktop.store import days_off as days_off_store

PROCEDURE_ROLE = Qt.ItemDataRole.UserRole


def due_text(due: datetime) -> str:
    """"14 giờ 30 phút, thứ Ba ngày 20/05/2025"."""
    return f"{due:%H} giờ {due:%M} phút, {weekday_name(due.date()).lower()} ngày {fmt_date(due)}"


def skipped_text(due: DueDate) -> str:
    """The holidays and decided days off passed over (weekends are not listed)."""
    days = due.holidays_skipped
    if not days:
        return "Không có ngày lễ, Tết hay ngày nghỉ riêng trong thời hạn (đã trừ thứ Bảy, Chủ nhật)."
    return "Không tính ngày nghỉ: " + "; ".join(f"{fmt_date(d)} {name}" for d, name in days) + "."


def _days_text(value: float | None) -> str:
    return f"{value:g}".replace(".", ",") if value is not None else ""


class ReceiveDialog(QDialog):
    """Receive one dossier; `saved` is the stored dossier (with its receipt number) after Lưu."""

    def __init__(self, store, parent: QWidget | None = None, *, now: datetime | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_ReceiveDialog()
        ui.setupUi(self)
        messages.localize_buttons(ui.buttonBox)
        self.calendar: WorkCalendar = svc.work_calendar(store)
        self.procedure: dict | None = None
        self.due: DueDate | None = None
        self.saved: dict | None = None
        for key, label in svc.CHANNELS.items():
            ui.channelCombo.addItem(label, key)
        for key, label in svc.RESULT_DELIVERY.items():
            ui.deliveryCombo.addItem(label, key)
        moment = (now or datetime.now()).replace(second=0, microsecond=0)
        ui.receivedEdit.setDateTime(QDateTime(moment.date(), moment.time()))
        ui.officerEdit.setText(self._officer())
        ui.columnsLayout.setStretch(0, 1)
        ui.columnsLayout.setStretch(1, 1)
        ui.procList.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.procList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.procSearchEdit.textChanged.connect(self._search)
        ui.procList.currentRowChanged.connect(lambda _r: self._pick())
        ui.daysSpin.valueChanged.connect(lambda _v: self.update_appointment())
        ui.receivedEdit.dateTimeChanged.connect(lambda _v: self.update_appointment())
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._search("")
        self.update_appointment()
        ui.procSearchEdit.setFocus()

    def _officer(self) -> str:
        from tthc_desktop.services.auth import current_session

        session = current_session(self.store)
        return (session.full_name or session.username) if session else ""

    # procedure
    def _search(self, text: str) -> None:
        """Procedures in force matching `text` without diacritics ("khai sinh" finds "khai sinh")."""
        keep = self.procedure["id"] if self.procedure else None
        self.ui.procList.blockSignals(True)
        self.ui.procList.clear()
        for p in svc.search_procedures(self.store, text.strip(), limit=60):
            item = QListWidgetItem(f"{p['code']} — {p['name']}")
            item.setData(PROCEDURE_ROLE, p["id"])
            item.setToolTip(f"{p['name']}\nLĩnh vực: {p['field_name']}")
            self.ui.procList.addItem(item)
            if p["id"] == keep:
                self.ui.procList.setCurrentItem(item)
        self.ui.procList.blockSignals(False)
        if self.ui.procList.count() == 1 and self.procedure is None:
            self.ui.procList.setCurrentRow(0)

    def select_procedure(self, code: str) -> None:
        """Pick a procedure by its code (what a clerk does by clicking it in the list)."""
        for i in range(self.ui.procList.count()):
            if self.ui.procList.item(i).text().startswith(f"{code} "):
                self.ui.procList.setCurrentRow(i)
                return
        raise UserError(f"Không thấy thủ tục {code} trong danh sách tìm được.")

    def _pick(self) -> None:
        item = self.ui.procList.currentItem()
        if item is None:
            return
        p = catalog.get_procedure(self.store, item.data(PROCEDURE_ROLE))
        self.procedure = p
        limit = (f"{_days_text(p['processing_days'])} ngày làm việc" if p.get("processing_days")
                 else f"{_days_text(p['processing_hours'])} giờ làm việc" if p.get("processing_hours")
                 else "chưa có trong danh mục: nhập số ngày làm việc")
        fee = p.get("fee_text") or ("Có thu phí, lệ phí" if p.get("has_fee") else "Không thu phí")
        self.ui.procInfoLabel.setText(f"<b>{p['code']}</b> — {p['name']}<br>Lĩnh vực: {p['field_name']}; thời hạn: "
                                      f"{limit}; phí, lệ phí: {fee}.")
        self.ui.daysSpin.blockSignals(True)
        self.ui.daysSpin.setValue(float(p.get("processing_days") or 0))
        self.ui.daysSpin.blockSignals(False)
        self.update_appointment()

    def _channel_changed(self, _index: int) -> None:
        channel = self.ui.channelCombo.currentData()
        self.ui.deliveryCombo.setCurrentIndex(max(self.ui.deliveryCombo.findData(channel), 0))

    # appointment
    def limit(self) -> tuple[float | None, float | None]:
        """(working days, working hours) the appointment is computed from."""
        days = self.ui.daysSpin.value() or None
        hours = None if days else (self.procedure or {}).get("processing_hours")
        return days, hours

    def received_at(self) -> datetime:
        return self.ui.receivedEdit.dateTime().toPython().replace(second=0, microsecond=0)

    def update_appointment(self) -> None:
        """Recompute the appointment the core would give (shown live as the clerk types)."""
        self.due = None
        if self.procedure is None:
            self.ui.appointmentLabel.setText("Chọn thủ tục để tính ngày hẹn trả kết quả.")
            self.ui.holidaysLabel.setText("")
            return
        days, hours = self.limit()
        try:
            self.due = svc.appointment(self.store, self.received_at(), days, hours, calendar=self.calendar)
        except UserError as exc:
            self.ui.appointmentLabel.setText(exc.message)
            self.ui.holidaysLabel.setText("")
            return
        self.ui.appointmentLabel.setText(f"Hẹn trả kết quả: {due_text(self.due.due)}")
        self.ui.holidaysLabel.setText(skipped_text(self.due))

    # saving
    def values(self) -> svc.DossierInput:
        ui = self.ui
        days, hours = self.limit()
        documents = [ln.strip() for ln in ui.documentsEdit.toPlainText().splitlines() if ln.strip()]
        return svc.DossierInput(
            procedure=self.procedure["id"] if self.procedure else 0, applicant_name=ui.nameEdit.text().strip(),
            received_at=self.received_at(), applicant_id_no=ui.idNoEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(), email=ui.emailEdit.text().strip(),
            address=ui.addressEdit.text().strip(), authorised_person=ui.authorisedEdit.text().strip(),
            channel=ui.channelCombo.currentData(), documents=documents, copies=ui.copiesSpin.value(),
            fee=ui.feeSpin.value(), officer=ui.officerEdit.text().strip(),
            result_delivery=ui.deliveryCombo.currentData(), digitised=ui.digitisedCheck.isChecked(),
            note=ui.noteEdit.text().strip(), processing_days=days, processing_hours=hours)

    def save(self) -> None:
        if self.procedure is None:
            self._error("Chọn thủ tục hành chính của hồ sơ (gõ tên thủ tục vào ô tìm rồi bấm chọn).")
            return
        with messages.refusal_to(self._error) as outcome:
            self.saved = svc.receive_dossier(self.store, self.values(), calendar=self.calendar)
        if outcome.refused:
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)


class DaysOffDialog(QDialog):
    """The office's extra days off and worked weekend days of a year, beside the official calendar."""

    def __init__(self, store, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_DaysOffDialog()
        ui.setupUi(self)
        messages.localize_buttons(ui.buttonBox)
        self.changed = False
        for key, label in days_off_store.KINDS.items():
            ui.kindCombo.addItem(label, key)
        table = ui.overridesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Ngày", "Loại", "Ghi chú"])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setColumnWidth(0, 150)
        table.setColumnWidth(1, 150)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.yearSpin.setValue(year or date.today().year)
        ui.yearSpin.valueChanged.connect(lambda _v: self.reload())
        ui.addButton.clicked.connect(self.add_day)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.accepted.connect(self.accept)
        self.resize(900, 560)
        self.reload()

    def year(self) -> int:
        return self.ui.yearSpin.value()

    def reload(self) -> None:
        year = self.year()
        today = date.today()
        self.ui.dayEdit.setDate(QDate(today.year, today.month, today.day) if today.year == year else QDate(year, 1, 2))
        rows = days_off_store.list_days_off(self.store, year)
        table = self.ui.overridesTable
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            day = date.fromisoformat(row["day"])
            cells = (f"{weekday_name(day)} {fmt_date(day)}", days_off_store.KINDS.get(row["kind"], row["kind"]),
                     row["note"] or "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["day"])
                table.setItem(r, c, item)
        self.ui.overridesTitle.setText(f"<b>Ngày do cơ quan ghi thêm trong năm {year}</b> ({len(rows)} ngày)")
        self._official(year)
        self.ui.removeButton.setEnabled(bool(rows))

    def _official(self, year: int) -> None:
        """Weekdays off (holidays, Tết, swaps) and worked weekend days of the official calendar."""
        self.ui.holidaysList.clear()
        cal = WorkCalendar()
        d = date(year, 1, 1)
        while d.year == year:
            weekend = d.weekday() >= 5
            if not weekend and not cal.is_working_day(d):
                text = f"{fmt_date(d)} ({weekday_name(d)}): {cal.holiday_name(d) or 'nghỉ'}"
            elif weekend and cal.is_working_day(d):
                text = f"{fmt_date(d)} ({weekday_name(d)}): làm việc bù"
            else:
                text = ""
            if text:
                self.ui.holidaysList.addItem(text)
            d += timedelta(days=1)
        self.ui.holidaysTitle.setText(f"<b>Ngày lễ, Tết, nghỉ bù năm {year} theo quy định</b>")

    def add_day(self) -> None:
        day, kind, note = iso(self.ui.dayEdit.date()), self.ui.kindCombo.currentData(), self.ui.dayNoteEdit.text()
        if not self._call(days_off_store.set_day_off, self.store, day, kind, note):
            return
        self.ui.dayNoteEdit.clear()
        self.changed = True
        wanted = date.fromisoformat(day).year
        if wanted != self.year():
            self.ui.yearSpin.setValue(wanted)
        else:
            self.reload()

    def remove_selected(self) -> None:
        items = self.ui.overridesTable.selectedItems()
        if not items:
            self._error("Chọn một ngày trong danh sách bên trái để xóa.")
            return
        if self._call(days_off_store.delete_day_off, self.store, items[0].data(Qt.ItemDataRole.UserRole)):
            self.changed = True
            self.reload()

    def _call(self, fn, *args) -> bool:
        try:
            fn(*args)
        except messages.REFUSALS as exc:
            if messages.refusal_text(exc) is None:
                raise
            self._error(messages.refusal_text(exc))
            return False
        self.ui.errorLabel.setVisible(False)
        return True

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)
