"""Render every screen (and the main dialogs) with demo data to PNG files, offscreen.

Used by `tthc-desktop screenshots --out DIR` to keep docs/screenshots/ current. The demo commune is
built in a temporary store by `services.demo.build_demo`; a given --db is copied first, never changed.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tthc_desktop.gui.screenshots_more import receiving_shots, safety_shots

WINDOW_SIZE = (1366, 820)
# Screens keep their file names (the user guide links to them); a screen added later is named after its key.
PAGE_SHOT_NAMES = {"dashboard": "01-dashboard", "catalog": "02-catalog", "documents": "03-documents",
                   "feedback": "04-feedback", "figures": "05-figures", "reports": "06-reports",
                   "settings": "07-settings", "register": "08-register", "plan": "09-plan"}
# Screens shown with their own data by screenshots_more (40-… safety, 50-… receiving level).
OWN_DATA_SHOTS = ("receiving", "backup", "audit", "accounts")


def settle(seconds: float = 0.05) -> None:
    """Let background operations finish and the event queue drain."""
    from tthc_desktop.gui.ops import BackgroundOp

    deadline = time.perf_counter() + 30
    while BackgroundOp.running_count() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def _save(widget: QWidget, path: Path) -> Path:
    settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"Không ghi được ảnh {path}")
    return path


def _dialog_shot(make: Callable[[], QDialog], path: Path) -> Path:
    dlg = make()
    dlg.show()
    settle()
    out = _save(dlg, path)
    dlg.reject()
    dlg.deleteLater()
    return out


def prepare_store(work: Path, db: str | Path | None):
    """A store to photograph: a copy of `db`, or a new demo commune."""
    from tthc_desktop.store import open_store

    target = work / "screens.sqlite3"
    if db:
        shutil.copy2(db, target)
        return open_store(target, create=False)
    from tthc_desktop.services.demo import build_demo

    store = open_store(target)
    build_demo(store)
    return store


def render_screenshots(out_dir: str | Path, db: str | Path | None = None) -> list[Path]:
    """Write one PNG per screen and dialog into `out_dir`; returns the files written."""
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.main_window import PAGE_KEYS, MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    files: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tthc-screens-") as tmp:
        work = Path(tmp)
        store = prepare_store(work, db)
        try:
            settings = QSettings(str(work / "gui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, settings)
            window.resize(*WINDOW_SIZE)
            window.show()
            settle(0.2)
            for key in PAGE_KEYS:
                if key in OWN_DATA_SHOTS:
                    continue  # taken below, with accounts and a receiving-level store
                window.show_page(key)
                files.append(_save(window, out / f"{PAGE_SHOT_NAMES.get(key, key)}.png"))
            files += _extra_shots(window, store, out)
            files += safety_shots(window, store, out, _save, _dialog_shot, settle)
            window.close()
        finally:
            store.close()
        files += receiving_shots(work, out, WINDOW_SIZE, _save, _dialog_shot, settle)
    return files


def _extra_shots(window, store, out: Path) -> list[Path]:
    """Dialogs and states a clerk meets: search without diacritics, a rule broken in the grid, forms."""
    from tthc_desktop.gui.pages.catalog import ProcedureDialog
    from tthc_desktop.gui.pages.documents import DocumentDialog
    from tthc_desktop.gui.pages.feedback import FeedbackDialog
    from tthc_desktop.gui.setup_wizard import SetupWizard
    from tthc_desktop.store import catalog, documents, feedback

    files = []
    page = window.show_page("catalog")
    page.search.setText("ho tich")
    page.reload()
    files.append(_save(window, out / "10-catalog-search.png"))
    page.search.setText("")
    page.reload()
    grid = window.show_page("figures")
    grid.view.setFocus()
    if grid.model.rowCount() > 1:
        from tthc_desktop.gui.models.figures_grid import COLUMN_INDEX

        column = COLUMN_INDEX["digitised_received"]
        received = grid.model.counts_at(0).received
        grid.model.set_cells([(0, column, str(received + 5))], "Ảnh minh họa")
        grid.view.move_to(1, column)  # keep the red cell visible, not under the selection
        grid.view.scrollTo(grid.model.index(0, COLUMN_INDEX["received"]))
        files.append(_save(window, out / "11-figures-rule-broken.png"))
        grid.model.undo_stack.undo()
        grid.model.undo_stack.setClean()
    files += _clerk_shots(window, store, out)
    files += _report_shots(window, store, out)
    procs = catalog.list_procedures(store)
    if procs:
        proc = catalog.get_procedure(store, procs[0]["id"])
        files.append(_dialog_shot(lambda: ProcedureDialog(store, proc, window), out / "20-procedure-dialog.png"))
    docs = [d for d in documents.list_documents(store) if d.get("procedures")]
    files.append(_dialog_shot(lambda: DocumentDialog(store, docs[-1] if docs else None, window),
                              out / "21-document-dialog.png"))
    items = feedback.list_feedback(store)
    files.append(_dialog_shot(lambda: FeedbackDialog(store, items[0] if items else None, window),
                              out / "22-feedback-dialog.png"))
    files.append(_dialog_shot(lambda: SetupWizard(store, window), out / "23-setup-wizard.png"))
    return files


def _report_shots(window, store, out: Path) -> list[Path]:
    """The report wizard's steps, then a real issue of the demo quarter: the list and the locked grid."""
    from datetime import date, timedelta

    from tthc_desktop.gui.period_picker import default_period
    from tthc_desktop.gui.report_wizard import ReportWizard
    from tthc_desktop.services.reporting import issue_report

    files = []
    period = default_period(store)
    wizard = ReportWizard(store, period.code, window)
    wizard.resize(1000, 720)
    wizard.show()
    files.append(_save(wizard, out / "30-report-wizard-period.png"))
    wizard.next()
    files.append(_save(wizard, out / "31-report-wizard-narrative.png"))
    wizard.next()
    settle(0.3)
    files.append(_save(wizard, out / "32-report-wizard-preview.png"))
    wizard.next()
    wizard.ui.numberEdit.setText("45")
    files.append(_save(wizard, out / "33-report-wizard-issue.png"))
    wizard.reject()
    if wizard.ui.periodPage.isComplete():
        issued = issue_report(store, period, number="45", issued_on=min(date.today(), period.end + timedelta(days=3)))
        window.show_page("reports").reload(issued.report_id)
        files.append(_save(window, out / "12-reports-issued.png"))
        grid = window.show_page("figures")
        grid.period_combo.set_period(period.code)
        files.append(_save(window, out / "13-figures-locked.png"))
        window.show_page("dashboard")
        files.append(_save(window, out / "14-dashboard-after-issue.png"))
    return files


def _clerk_shots(window, store, out: Path) -> list[Path]:
    """The register (search without diacritics, the receive form), the plan, the listing board, both sources."""
    from tthc_desktop.gui.listing_dialog import ListingDialog
    from tthc_desktop.gui.note_dialog import NoteDialog
    from tthc_desktop.gui.pages.plan import TaskDialog
    from tthc_desktop.gui.register_dialogs import DaysOffDialog, ReceiveDialog
    from tthc_desktop.store import plans

    files = []
    register = window.show_page("register")
    register.search.setText("nguyen van")
    register.reload()
    if register.model.rowCount():
        register.view.selectRow(0)
    files.append(_save(window, out / "15-register-search.png"))
    register.search.setText("")
    register.reload()

    def receive() -> ReceiveDialog:
        dlg = ReceiveDialog(store, window)
        dlg.ui.procSearchEdit.setText("khai sinh")
        if dlg.ui.procList.count():
            dlg.ui.procList.setCurrentRow(0)
        dlg.ui.nameEdit.setText("Nguyễn Văn Bình")
        dlg.ui.phoneEdit.setText("0912 345 678")
        dlg.ui.addressEdit.setText("Thôn Đông, xã Đồng Lạc")
        dlg.ui.documentsEdit.setPlainText("Tờ khai đăng ký khai sinh\nGiấy chứng sinh")
        return dlg

    files.append(_dialog_shot(receive, out / "24-receive-dialog.png"))
    files.append(_dialog_shot(lambda: DaysOffDialog(store, window), out / "25-days-off-dialog.png"))
    files.append(_dialog_shot(lambda: NoteDialog("Trả lại hồ sơ", "Trả lại hồ sơ <b>000.00.10.H26-261120-0031</b> "
                                                 "(Hoàng Văn Đức).", lambda _w, _n: None, when_label="Ngày:",
                                                 note_label="Lý do:", note="Thiếu giấy tờ theo quy định",
                                                 parent=window), out / "26-return-dialog.png"))
    figures = window.show_page("figures")
    from datetime import date

    from tthc_desktop.domain.periods import current_period

    figures.period_combo.set_period(current_period(date.today()).code)
    if figures.lower_tabs.isTabVisible(1):
        figures.lower_tabs.setCurrentIndex(1)
        files.append(_save(window, out / "16-figures-sources.png"))
        figures.lower_tabs.setCurrentIndex(0)
    plan_page = window.show_page("plan")
    plan = plans.get_plan(store, plan_page.year())
    if plan and plan["tasks"]:
        task = next((t for t in plan["tasks"] if t["target_metric"]), plan["tasks"][0])
        files.append(_dialog_shot(lambda: TaskDialog(store, plan["id"], task, window), out / "27-task-dialog.png"))
    files.append(_dialog_shot(lambda: ListingDialog(store, window), out / "28-listing-dialog.png"))
    return files
