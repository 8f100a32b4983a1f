"""“Xuất Excel…” on every table screen: the rows the clerk sees, written to .xlsx (or CSV with BOM).

Counts, money, shares and dates go out as numbers and dates with Excel formats (3.748, 96,31%,
15/12/2023), so the office can add them up; headers are the screen's Vietnamese column titles. The rows
are collected on the GUI thread (Qt models are not thread-safe), the file is written off it by a
`BackgroundOp` (temp file, fsync, rename: `exchange.tables_out`).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from tthc_desktop.exchange.tables_out import Column as OutColumn
from tthc_desktop.gui.models.base import RowRole
from tthc_desktop.gui.ops import BackgroundOp, Progress

XLSX_FILTER = "Bảng tính Excel (*.xlsx)"
CSV_FILTER = "CSV UTF-8 cho Excel (*.csv)"
_LAST_FOLDER = "export/folder"


def rows_in_view(proxy) -> list[dict]:
    """The row dicts a filtered, sorted proxy shows, top to bottom."""
    return [proxy.data(proxy.index(r, 0), RowRole) for r in range(proxy.rowCount())]


def ask_table_path(parent: QWidget, default_name: str, *, csv: bool = True) -> str | None:
    """Ask where to write the table (.xlsx, or .csv); remembers the folder; None when the clerk cancels."""
    from tthc_desktop.gui.app import user_settings

    settings = user_settings()
    folder = settings.value(_LAST_FOLDER, "") or str(Path.home())
    filters = f"{XLSX_FILTER};;{CSV_FILTER}" if csv else XLSX_FILTER
    path, chosen = QFileDialog.getSaveFileName(parent, "Xuất bảng ra tệp Excel", str(Path(folder) / default_name),
                                               filters)
    if not path:
        return None
    if not path.lower().endswith((".xlsx", ".csv")):
        path += ".csv" if chosen == CSV_FILTER else ".xlsx"
    settings.setValue(_LAST_FOLDER, str(Path(path).parent))
    return path


def write_table(path: str | Path, sheet: str, title_lines: Sequence[str], columns: Sequence[OutColumn],
                rows: Sequence[Mapping[str, Any]], *, total: bool | Mapping[str, Any] = False) -> int:
    """Write one table as .xlsx (title lines, header, formats) or, for a .csv name, CSV with BOM; returns rows."""
    from tthc_desktop.exchange.tables_out import write_csv, write_xlsx

    if str(path).lower().endswith(".csv"):
        write_csv(path, columns, rows)
    else:
        write_xlsx(path, sheet, title_lines, columns, rows, total=total)
    return len(rows)


def start_export(page, default_name: str, job: Callable[[str, Progress], int], *, path: str | None = None,
                 what: str = "dòng", csv: bool = True) -> BackgroundOp | None:
    """Ask for a file (unless `path` is given) and run `job(path, progress)` off the GUI thread.

    `page` is a BasePage: the result ("Đã xuất 136 dòng ra …") or the refusal shows in its banner.
    """
    target = path or ask_table_path(page, default_name, csv=csv)
    if not target:
        return None

    def done(count: int) -> None:
        page.show_banner(f"Đã xuất {count} {what} ra tệp {target}.", "info")

    op = BackgroundOp(page, lambda progress: job(target, progress)) \
        .with_progress("Đang ghi tệp Excel…").success(done)
    op.run_in_background()
    return op


def unit_line(store) -> str:
    """“Xã Đồng Lạc” for the title block of an exported table."""
    from tthc_desktop.store.profile import get_profile

    name = (get_profile(store) or {}).get("name", "")
    return name[:1].upper() + name[1:]
