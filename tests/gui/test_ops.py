"""Background operations: work runs off the GUI thread, results come back on it, Hủy cancels."""
from __future__ import annotations

import threading
import time

from tthc_desktop.errors import UserError


def test_work_runs_in_a_worker_and_callbacks_on_the_gui_thread(qtbot, shown_messages):
    from tthc_desktop.gui.ops import BackgroundOp

    gui_thread = threading.get_ident()
    seen = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        progress(1, 2, "nửa chừng")
        return 42

    BackgroundOp(None, work).with_progress("Đang làm…").success(
        lambda r: seen.update(result=r, callback=threading.get_ident())).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread and seen["result"] == 42
    assert BackgroundOp.running_count() == 0


def test_a_user_error_in_the_work_is_shown_as_its_message(qtbot, shown_messages):
    from tthc_desktop.gui.ops import BackgroundOp

    def work(_progress):
        raise UserError("Tệp danh mục.xlsx, dòng 7: mã TTHC “abc” không đúng dạng.")

    BackgroundOp(None, work).run_in_background()
    qtbot.waitUntil(lambda: BackgroundOp.running_count() == 0, timeout=5000)
    assert shown_messages == [("error", "Tệp danh mục.xlsx, dòng 7: mã TTHC “abc” không đúng dạng.")]


def test_cancel_stops_the_work_between_steps(qtbot, shown_messages):
    from tthc_desktop.gui.ops import BackgroundOp, OpCancelled

    steps, outcome = [], {}

    def work(progress):
        for i in range(200):
            progress.check()
            steps.append(i)
            time.sleep(0.01)
        return "xong"

    op = BackgroundOp(None, work).with_progress("Đang nhập…", cancellable=True)
    op.success(lambda r: outcome.update(result=r)).failure(lambda e: outcome.update(error=e))
    op.run_in_background()
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    from PySide6.QtWidgets import QPushButton

    cancel = next(b for b in op._dialog.findChildren(QPushButton) if b.text() == "Hủy")
    cancel.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome.get("error"), OpCancelled)
    assert len(steps) < 200


def test_thousands_of_operations_in_a_row_do_not_crash_the_process():
    """A finished op's signal object must not be freed on the worker thread (it crashed within a few
    hundred quick ops before the op was kept alive until its worker let go); run in a child process."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import os, gc\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import tthc_desktop.gui\n"
        "from tthc_desktop.gui.app import create_application\n"
        "from tthc_desktop.gui.ops import BackgroundOp\n"
        "app = create_application()\n"
        "done = []\n"
        "for i in range(2000):\n"
        "    BackgroundOp(None, lambda p, i=i: i).success(done.append).run_in_background()\n"
        "    while BackgroundOp.running_count():\n"
        "        app.processEvents()\n"
        "    if i % 7 == 0:\n"
        "        gc.collect()\n"
        "print(len(done), sum(done))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-800:]
    assert out.stdout.split() == ["2000", str(sum(range(2000)))]
