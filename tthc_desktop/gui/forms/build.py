"""Compile the Designer files ui/*.ui into tthc_desktop/gui/forms/ui_*.py with pyside6-uic.

Run after editing a .ui file:  python -m tthc_desktop.gui.forms.build
The generated modules are committed, so the app needs neither the .ui files nor QtUiTools at run time
(faster start, typed attributes). tests/gui/test_forms.py fails when a generated file is stale.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent
HEADER = ("# Generated from ui/{name} by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file\n"
          "# in Qt Designer (pyside6-designer) and run the build again.\n")


def uic_command() -> list[str]:
    """pyside6-uic next to the running Python (a venv's bin/ or Scripts/), else on PATH."""
    exe = Path(sys.executable).parent / ("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("Không tìm thấy pyside6-uic (cài PySide6-Essentials).")
    return [found]


def compile_ui(ui_file: Path) -> str:
    """Source of the Python module generated from one .ui file (uic's version banner removed)."""
    out = subprocess.run([*uic_command(), "--from-imports", str(ui_file)], check=True, capture_output=True,
                         text=True, encoding="utf-8").stdout
    # uic's banner names its version; drop it so a PySide6 patch release does not make every form "stale"
    lines = [ln for ln in out.splitlines() if not ln.startswith("##")]
    while lines and not lines[0].strip():
        lines.pop(0)
    return HEADER.format(name=ui_file.name) + "\n".join(lines) + "\n"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def build(check: bool = False) -> list[Path]:
    """Write every form (or, with check=True, only return those whose generated file is stale)."""
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        source = compile_ui(ui_file)
        target = target_for(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            stale.append(target)
            if not check:
                target.write_text(source, encoding="utf-8", newline="\n")
    return stale


if __name__ == "__main__":
    changed = build(check="--check" in sys.argv)
    for path in changed:
        print(("cũ: " if "--check" in sys.argv else "đã tạo: ") + str(path.relative_to(ROOT)))
    sys.exit(1 if changed and "--check" in sys.argv else 0)
