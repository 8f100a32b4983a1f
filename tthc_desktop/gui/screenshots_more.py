"""Screenshots of the safety screens (accounts, audit, backup and restore), Help, and the receiving level.

Called by `screenshots.render_screenshots` after the commune's own screens. The commune store is a temporary
demo copy, so sign-in is turned on here, at the end; the receiving level is a second temporary store filled
by `services.receiving_demo` (five demo communes, three quarters), shown in its own window.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

ADMIN, CLERK, PASSWORD = "quantri", "lan.nt", "mat-khau-mau-1"


def safety_shots(window, store, out: Path, save, dialog_shot, settle) -> list[Path]:
    """Backup list and restore wizard, the audit log after a clerk's edit, accounts, Help."""
    from tthc_desktop.gui.help import AboutDialog, UserGuideDialog
    from tthc_desktop.gui.pages.accounts import ADD, AccountDialog
    from tthc_desktop.gui.restore import RestoreWizard
    from tthc_desktop.services import auth, safety
    from tthc_desktop.store import catalog
    from tthc_desktop.store.accounts import accounts_enabled

    files = []
    safety.auto_backup(store)
    first = safety.manual_backup(store)
    page = window.show_page("backup")
    page.reload()
    files.append(save(window, out / "40-backup.png"))
    wizard = RestoreWizard(store, first, window)
    wizard.resize(820, 560)
    wizard.show()
    settle()
    files.append(save(wizard, out / "41-restore-wizard-check.png"))
    wizard.next()
    wizard.ui.confirmCheck.setChecked(True)
    files.append(save(wizard, out / "41b-restore-wizard-confirm.png"))
    wizard.reject()

    if accounts_enabled(store):  # a copy of a real store (--db): its accounts stay as they are
        return files
    auth.create_account(store, ADMIN, ["quan_tri", "lanh_dao"], PASSWORD, "Trần Thị Hoa")
    auth.create_account(store, CLERK, ["nhap_lieu"], PASSWORD, "Nguyễn Thị Lan")
    auth.create_account(store, "tuan.lv", ["nhap_lieu"], PASSWORD, "Lê Văn Tuấn")
    auth.disable_account(store, "tuan.lv")
    auth.sign_in(store, CLERK, PASSWORD)
    procedure = next(p for p in catalog.list_procedures(store) if p.get("processing_days"))
    catalog.save_procedure(store, {**catalog.get_procedure(store, procedure["id"]),
                                   "processing_days": procedure["processing_days"] + 2,
                                   "note": "Sửa thời hạn theo Quyết định công bố mới"})
    auth.sign_in(store, ADMIN, PASSWORD)
    window.refresh_profile()
    audit_page = window.show_page("audit")
    audit_page.set_table_filter("procedures")
    files.append(save(window, out / "42-audit.png"))
    accounts = window.show_page("accounts")
    accounts.reload(CLERK)
    files.append(save(window, out / "44-accounts.png"))
    files.append(dialog_shot(lambda: AccountDialog(store, ADD, None, window), out / "45-account-dialog.png"))
    files.append(dialog_shot(lambda: AboutDialog(store, window), out / "60-about.png"))
    try:
        from tthc_desktop.assets import user_guide_path

        guide = user_guide_path()
    except FileNotFoundError:
        guide = None
    if guide is not None:
        files.append(dialog_shot(lambda: UserGuideDialog(guide, window), out / "61-user-guide.png"))
    return files


def receiving_shots(work: Path, out: Path, size: tuple[int, int], save, dialog_shot, settle) -> list[Path]:
    """The receiving level's tabs, the dry run of an import, the unit dialog."""
    from tthc_desktop.gui.main_window import MainWindow
    from tthc_desktop.gui.pages.receiving.packages import PackageImportDialog
    from tthc_desktop.gui.pages.receiving.units import UnitDialog
    from tthc_desktop.services.exchange import plan_import
    from tthc_desktop.services.receiving_demo import build_receiving_demo
    from tthc_desktop.store import open_store
    from tthc_desktop.store.receiving import list_units

    files = []
    store = open_store(work / "cap-nhan.sqlite3")
    try:
        demo = build_receiving_demo(store, work / "cap-nhan")
        window = MainWindow(store, QSettings(str(work / "gui-cap-nhan.ini"), QSettings.Format.IniFormat))
        window.resize(*size)
        window.show()
        settle(0.2)
        page = window.show_page("receiving")
        for index, name in enumerate(("50-receiving-units", "51-receiving-packages", "53-receiving-completeness",
                                      "54-receiving-aggregate")):
            page.tabs.setCurrentIndex(index)
            files.append(save(window, out / f"{name}.png"))
        page.aggregate_tab.tables.setCurrentIndex(1)
        files.append(save(window, out / "55-receiving-aggregate-fields.png"))
        stick = _new_stick(work, demo)
        plan = plan_import(store, [stick], trust_new=True)

        def dry_run():
            return PackageImportDialog(store, plan, str(stick), window)

        files.append(dialog_shot(dry_run, out / "52-receiving-import-dry-run.png"))
        unit = list_units(store)[0]
        files.append(dialog_shot(lambda: UnitDialog(store, unit, window), out / "56-unit-dialog.png"))
        window.close()
    finally:
        store.close()
    return files


def _new_stick(work: Path, demo) -> Path:
    """A stick as it arrives later: a corrected package (replaces), a new unit, a copy already received, a
    package edited by hand after export."""
    from datetime import datetime, timedelta

    from tthc_desktop.exchange.keys import generate_key
    from tthc_desktop.services.exchange import export_package
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import save_profile

    stick = work / "usb-moi"
    stick.mkdir()
    period = demo.periods[0]
    when = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    with open_store(work / "cap-nhan" / "don-vi-1.sqlite3") as commune:
        export_package(commune, period, stick, now=when)
    shutil.copyfile(work / "cap-nhan" / "don-vi-3.sqlite3", work / "don-vi-moi.sqlite3")
    with open_store(work / "don-vi-moi.sqlite3") as commune:
        key = generate_key()
        save_profile(commune, name="xã Tiên Minh", code="000.00.15.H26", header_line2="XÃ TIÊN MINH",
                     place_name="Tiên Minh", public_key=key.public_key, private_key=key.private_key)
        export_package(commune, period, stick, now=when)
    shutil.copyfile(demo.packages[0], stick / demo.packages[0].name)
    _tampered(demo.packages[-1], stick / demo.packages[-1].name)
    return stick


def _tampered(package: Path, target: Path) -> None:
    """A copy of `package` whose figures were edited by hand after export (its checksum no longer matches)."""
    import zipfile

    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["data.json"] = re.sub(rb'("carried_over":\s*)(\d+)', lambda m: m.group(1) + str(int(m.group(2)) + 5).encode(),
                                  members["data.json"], count=1)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
