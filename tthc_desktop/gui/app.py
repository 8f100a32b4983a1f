"""GUI entry point (the only package that imports Qt)."""
from __future__ import annotations

import sys


def run_gui(args) -> int:
    """Open the main window."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("TTHC Desktop")
    window.setCentralWidget(QLabel("TTHC Desktop — kiểm soát thủ tục hành chính"))
    window.resize(1100, 720)
    window.show()
    return app.exec()
