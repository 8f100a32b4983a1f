"""Only tthc_desktop/gui imports Qt; the forms generated from ui/*.ui are current."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_gui_imports_qt():
    offenders = []
    for path in sorted((ROOT / "tthc_desktop").rglob("*.py")):
        if "gui" in path.relative_to(ROOT / "tthc_desktop").parts[:1]:
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_PACKAGES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, offenders


def test_the_core_and_the_cli_load_without_qt():
    """Import every non-GUI module and build the CLI parser: PySide6 must stay out of sys.modules."""
    code = (
        "import importlib, pkgutil, sys, tthc_desktop\n"
        "from tthc_desktop.cli import build_parser\n"
        "build_parser()\n"
        "for m in pkgutil.walk_packages(tthc_desktop.__path__, 'tthc_desktop.'):\n"
        "    if not m.name.startswith('tthc_desktop.gui') and m.name != 'tthc_desktop.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in %r)\n"
        "print(bad)\n" % (QT_PACKAGES,)
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_generated_forms_match_the_designer_files():
    from tthc_desktop.gui.forms.build import UI_DIR, build, target_for

    assert sorted(UI_DIR.glob("*.ui")), "no Designer files in ui/"
    for ui_file in UI_DIR.glob("*.ui"):
        assert target_for(ui_file).exists(), f"{ui_file.name} was never compiled"
    stale = build(check=True)
    assert not stale, f"run `python -m tthc_desktop.gui.forms.build`: stale {[p.name for p in stale]}"


def test_a_long_session_of_qt_calls_does_not_abort_the_process():
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call and one to True on every
    signal emitted; without the guard in tthc_desktop.gui the process aborts ("none_dealloc",
    "bool_dealloc") after a few thousand calls."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import tthc_desktop.gui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Emitter(QObject):\n"
        "    changed = Signal(int)\n"
        "emitter = Emitter()\n"
        "emitter.changed.connect(lambda n: None)\n"
        "for i in range(100_000):\n"
        "    label.setText(str(i)); label.update(); emitter.changed.emit(i)\n"
        "app.processEvents()\n"
        "print(label.text())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "99999"
