"""Open, print or save a PDF the core renders (receipt, listing board, plan), rendering off the GUI thread.

    actions = PdfActions(page, render=lambda: render_receipt(store, 12), file_name="giay-tiep-nhan.pdf",
                         title="Giấy tiếp nhận hồ sơ")
    actions.open() / actions.print() / actions.save(path=None)

`render` runs in a `BackgroundOp` worker (ReportLab and PDF/A take a second or two); the result goes to
the system's PDF viewer, the printer (pages rendered by `pdf_preview`) or a file written atomically.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from tthc_desktop.gui import messages
from tthc_desktop.gui.ops import BackgroundOp


def open_pdf(parent: QWidget, data: bytes, file_name: str) -> Path:
    """Write `data` to a temporary folder and open it in the system's PDF viewer; returns the file."""
    from tthc_desktop.gui.pdf_preview import open_in_viewer

    path = Path(tempfile.mkdtemp(prefix="tthc-pdf-")) / file_name
    path.write_bytes(data)
    if not open_in_viewer(path):
        messages.show_error(parent, f"Không mở được tệp {path}: máy chưa có chương trình đọc PDF.")
    return path


def ask_pdf_path(parent: QWidget, default_name: str, title: str = "Lưu tệp PDF",
                 filters: str = "Tệp PDF (*.pdf)") -> str | None:
    """Where to save; remembers the folder; None when the clerk cancels."""
    from tthc_desktop.gui.app import user_settings

    settings = user_settings()
    folder = settings.value("export/folder", "") or str(Path.home())
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / default_name), filters)
    if path:
        settings.setValue("export/folder", str(Path(path).parent))
    return path or None


class PdfActions:
    """The three things a clerk does with a generated PDF; `page` shows results in its banner."""

    def __init__(self, page, render: Callable[[], bytes], file_name: str | Callable[[], str], title: str,
                 on_done: Callable[[str], None] | None = None):
        self.page, self.render, self.title = page, render, title
        self._file_name = file_name
        self.on_done = on_done  # called with "open" | "print" | "save" after each success
        self.last_path: Path | None = None

    def file_name(self) -> str:
        return self._file_name() if callable(self._file_name) else self._file_name

    def _run(self, then: Callable[[bytes], None], label: str = "Đang tạo tệp PDF…") -> BackgroundOp:
        render = self.render
        op = BackgroundOp(self.page, lambda _p: render()).with_progress(label).success(then)
        op.run_in_background()
        return op

    def open(self) -> BackgroundOp:
        def done(data: bytes) -> None:
            self.last_path = open_pdf(self.page, data, self.file_name())
            self._done("open")

        return self._run(done)

    def print(self) -> BackgroundOp:
        from tthc_desktop.gui.pages.reports import print_pdf

        def done(data: bytes) -> None:
            print_pdf(self.page, data, self.title)
            self._done("print")

        return self._run(done)

    def save(self, path: str | None = None) -> BackgroundOp | None:
        target = path or ask_pdf_path(self.page, self.file_name(), f"Lưu {self.title.lower()}")
        if not target:
            return None

        def done(data: bytes) -> None:
            from tthc_desktop.fileio import write_bytes_atomic

            try:
                write_bytes_atomic(target, data)
            except messages.REFUSALS as exc:
                messages.show_error(self.page, exc)
                return
            self.last_path = Path(target)
            show = getattr(self.page, "show_banner", None)
            if show:
                show(f"Đã lưu {self.title.lower()} vào {target}.", "info")
            self._done("save")

        return self._run(done)

    def _done(self, what: str) -> None:
        if self.on_done:
            self.on_done(what)
