"""Times-compatible serif fonts for documents in the Nghị định 30/2020 layout.

NĐ 30 requires Times New Roman. It ships with Windows but cannot be redistributed, so it is used
when all four styles are installed; otherwise the bundled Liberation Serif (metric-compatible,
SIL OFL) is used, so line breaks are the same either way. Helvetica is never used: it has no
Vietnamese glyphs and would not be embedded.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tthc_desktop.assets import asset_path

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
_TIMES_FILES = {"Regular": "times.ttf", "Bold": "timesbd.ttf", "Italic": "timesi.ttf", "BoldItalic": "timesbi.ttf"}
_LIBERATION_FILES = {s: f"resources/fonts/LiberationSerif-{s}.ttf" for s in STYLES}
_lock = threading.Lock()
_registered: dict[tuple[str, tuple[str, ...]], "SerifFonts"] = {}


@dataclass(frozen=True)
class SerifFonts:
    """Registered ReportLab font names of one serif family (all four styles)."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    paths: tuple[Path, Path, Path, Path]

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """Font name for a style combination."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def windows_fonts_dir() -> Path | None:
    """`C:\\Windows\\Fonts` (from %WINDIR%) on Windows, None elsewhere."""
    if sys.platform != "win32":
        return None
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def find_font_files(fonts_dir: Path | None = None) -> tuple[str, dict[str, Path]]:
    """Family name and the four style files: Times New Roman if all four are in `fonts_dir`
    (default: the Windows fonts folder), else the bundled Liberation Serif."""
    fonts_dir = fonts_dir if fonts_dir is not None else windows_fonts_dir()
    if fonts_dir is not None:
        times = {s: _find_case_insensitive(fonts_dir, name) for s, name in _TIMES_FILES.items()}
        if all(p is not None for p in times.values()):
            return "TimesNewRoman", {s: p for s, p in times.items() if p is not None}
    return "LiberationSerif", {s: asset_path(rel) for s, rel in _LIBERATION_FILES.items()}


def _find_case_insensitive(folder: Path, name: str) -> Path | None:
    path = folder / name
    if path.is_file():
        return path
    try:
        for entry in folder.iterdir():
            if entry.name.lower() == name and entry.is_file():
                return entry
    except OSError:
        return None
    return None


def register_fonts(fonts_dir: Path | None = None) -> SerifFonts:
    """Register the four styles and the family (so <b>/<i> work in Paragraphs); idempotent.

    The registered names are "<Family>-Regular", "-Bold", "-Italic", "-BoldItalic".
    """
    family, paths = find_font_files(fonts_dir)
    key = (family, tuple(str(paths[s]) for s in STYLES))
    with _lock:
        fonts = _registered.get(key)
        if fonts is not None:
            return fonts
        names = {s: f"{family}-{s}" for s in STYLES}
        registered = set(pdfmetrics.getRegisteredFontNames())
        for style in STYLES:
            if names[style] not in registered:
                pdfmetrics.registerFont(TTFont(names[style], str(paths[style])))
        pdfmetrics.registerFontFamily(family, normal=names["Regular"], bold=names["Bold"],
                                      italic=names["Italic"], boldItalic=names["BoldItalic"])
        # The family's regular name must also map its own <b>/<i> variants.
        pdfmetrics.registerFontFamily(names["Regular"], normal=names["Regular"], bold=names["Bold"],
                                      italic=names["Italic"], boldItalic=names["BoldItalic"])
        fonts = SerifFonts(family=family, regular=names["Regular"], bold=names["Bold"],
                           italic=names["Italic"], bold_italic=names["BoldItalic"],
                           paths=tuple(paths[s] for s in STYLES))  # type: ignore[arg-type]
        _registered[key] = fonts
        return fonts
