"""Look and locale of the app: bundled UI font, Vietnamese locale and collation, icons, style sheet.

The UI font is Liberation Sans (SIL OFL, metric-compatible with Arial, full Vietnamese coverage),
bundled in resources/fonts so screens look the same on every commune PC and in screenshots.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import QCollator, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from tthc_desktop.assets import asset_path, bundle_root

UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")
UI_FONT_FAMILY = "Liberation Sans"
UI_FONT_POINT_SIZE = 10
DATE_FORMAT = "dd/MM/yyyy"

# Colours used by several screens (cells breaking a rule, overdue rows, status badges).
ERROR_BG = QColor("#f8d7da")
ERROR_FG = QColor("#842029")
WARNING_BG = QColor("#fff3cd")
COMPUTED_BG = QColor("#eef2f7")
TOTAL_BG = QColor("#dde5f0")
OK_FG = QColor("#146c43")
ACCENT = QColor("#1f5f99")

STYLE_SHEET = """
QWidget#sidebar { background: #1f3b57; }
QLabel#appTitle { color: white; font-size: 15pt; font-weight: bold; padding: 14px 12px 0 12px; }
QLabel#unitLabel { color: #c9d7e6; padding: 2px 12px 10px 12px; }
QListWidget#navList { background: #1f3b57; color: #e8eef5; border: none; outline: 0; }
QListWidget#navList::item { padding: 9px 10px; border-left: 4px solid transparent; }
QListWidget#navList::item:selected { background: #2d5780; color: white; border-left: 4px solid #7fb3e6; }
QListWidget#navList::item:hover:!selected { background: #284a6c; }
QLabel[role="pageTitle"] { font-size: 15pt; font-weight: bold; color: #1f3b57; }
QLabel[role="hint"] { color: #5a6472; }
QLabel[role="banner"] { background: #f8d7da; color: #842029; border: 1px solid #f1aeb5;
                        border-radius: 4px; padding: 6px 10px; }
QLabel[role="info"] { background: #e7f1ff; color: #084298; border: 1px solid #b6d4fe;
                      border-radius: 4px; padding: 6px 10px; }
QFrame[role="card"] { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
QLabel[role="cardTitle"] { color: #5a6472; }
QLabel[role="cardValue"] { font-size: 17pt; font-weight: bold; color: #1f3b57; }
QLabel[role="appointment"] { font-size: 12pt; font-weight: bold; color: #1f3b57; }
QTableView { gridline-color: #d5dde6; selection-background-color: #cfe2ff; selection-color: black; }
QHeaderView::section { background: #eef2f7; padding: 4px; border: none;
                       border-right: 1px solid #d5dde6; border-bottom: 1px solid #d5dde6; }
"""


def vi_locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


@functools.lru_cache(maxsize=1)
def collator() -> QCollator:
    """Vietnamese collation: a, ă, â ... đ after d; case-insensitive, numbers by value."""
    c = QCollator(vi_locale())
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setNumericMode(True)
    return c


def sort_vi(items: Iterable[str]) -> list[str]:
    """Sort strings in Vietnamese order (Python's sorted() puts Đ, Ô, Ư after Z)."""
    c = collator()
    return sorted(items, key=functools.cmp_to_key(c.compare))


def load_fonts() -> QFont:
    """Register the bundled UI font and return it at the UI size (the system font if files are missing)."""
    for name in UI_FONT_FILES:
        try:
            QFontDatabase.addApplicationFont(str(asset_path(f"resources/fonts/{name}")))
        except FileNotFoundError:
            continue
    font = QFont(UI_FONT_FAMILY, UI_FONT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def apply_theme(app: QApplication) -> None:
    """Font, locale, palette and style sheet for the whole application (call once after QApplication)."""
    QLocale.setDefault(vi_locale())
    app.setFont(load_fonts())
    app.setStyle("Fusion")  # the same widgets on Windows and in offscreen screenshots
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2d6fb0"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("black"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(icon("app"))


@functools.lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """Icon from resources/icons/<name>.svg (an empty icon if missing, never an error)."""
    path = bundle_root() / "resources" / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def qdate(iso: str | None) -> QDate:
    """ISO date text from the core -> QDate (invalid QDate for empty)."""
    return QDate.fromString(iso[:10], "yyyy-MM-dd") if iso else QDate()


def iso(d: QDate) -> str | None:
    """QDate -> ISO date text for the core (None for an invalid date)."""
    return d.toString("yyyy-MM-dd") if d.isValid() else None
