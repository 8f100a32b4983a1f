"""Background operations (in the style of Anki's `QueryOp`): long work off the GUI thread.

    BackgroundOp(parent, lambda progress: import_catalog(store, path, progress=progress))
        .with_progress("Đang nhập danh mục…", cancellable=True)
        .success(lambda result: page.reload())
        .run_in_background()

Rules: the function runs in a QThreadPool worker and must not touch any widget; it reports through the
`Progress` it receives and checks `progress.cancelled`. The progress dialog is window-modal, so the
clerk cannot start a second write on the shared store connection while the first runs; the window
still repaints and stays responsive. `success` and `failure` callbacks run on the GUI thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tthc_desktop.errors import UserError
from tthc_desktop.gui import messages


class OpCancelled(UserError):
    """The clerk pressed Hủy in the progress dialog."""

    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu. Dữ liệu chưa bị thay đổi.")


class Progress:
    """Handed to the background function: report steps, check for cancellation."""

    def __init__(self, signals: "_Signals"):
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise OpCancelled if the clerk pressed Hủy (call between steps)."""
        if self._cancel.is_set():
            raise OpCancelled()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), text)

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        self.update(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._signals = fn, progress, signals
        self.done = threading.Event()  # set when the worker no longer touches the op's Qt objects

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)
        finally:
            self._fn = self._progress = self._signals = None
            self.done.set()


class BackgroundOp(QObject):
    """A function run in a worker thread with an optional progress dialog and GUI-thread callbacks.

    The op is a QObject living in the GUI thread, so the worker's signals reach its slots queued.
    """

    _running: set["BackgroundOp"] = set()
    # Finished ops kept alive a little longer: the worker drops its references to the op's signal object
    # just after emitting, and a QObject must never be freed on the worker thread (a crash seen in
    # practice). They are released on the GUI thread once the worker is done with them.
    _retired: set["BackgroundOp"] = set()

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any]):
        super().__init__()
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._progress = Progress(self._signals)

    def success(self, fn: Callable[[Any], None]) -> "BackgroundOp":
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> "BackgroundOp":
        self._on_failure = fn
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> "BackgroundOp":
        self._label, self._cancellable = label, cancellable
        return self

    @classmethod
    def running_count(cls) -> int:
        """How many operations have not finished (tests and screenshots wait for 0)."""
        return len(cls._running)

    def run_in_background(self) -> None:
        if self._label is not None:
            dlg = QProgressDialog(self._label, "Hủy" if self._cancellable else "", 0, 0, self._parent)
            dlg.setWindowTitle("Đang xử lý")
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(400)  # quick jobs finish without a flashing dialog
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not self._cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(self._progress._cancel.set)
            self._dialog = dlg
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        BackgroundOp._running.add(self)
        self._runner = _Runner(self._fn, self._progress, self._signals)
        self._worker_done = self._runner.done
        QThreadPool.globalInstance().start(self._runner)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        BackgroundOp._running.discard(self)
        BackgroundOp._retired.add(self)
        QTimer.singleShot(200, self._release)

    def _release(self) -> None:
        """Let the op go once its worker has finished with it (checked again later if not yet)."""
        if self._worker_done.is_set():
            BackgroundOp._retired.discard(self)
        else:
            QTimer.singleShot(200, self._release)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._close()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._close()
        if self._on_failure is not None:
            self._on_failure(error)
        elif not isinstance(error, OpCancelled):
            messages.show_error(self._parent, error)
