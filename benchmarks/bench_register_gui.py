"""Benchmark of the Sổ theo dõi hồ sơ screen at 100,000 dossiers: open, scroll, jump, search.

The list is a windowed model (tthc_desktop/gui/models/dossiers.py): it counts the matches, then reads
200-row pages only when the view paints them. Each step below is timed to the end of a synchronous
repaint of the table, offscreen, so it is what the clerk waits for between two frames (a frame is
16 ms at 60 Hz; a step under ~50 ms feels smooth, under 100 ms immediate).

Run: `python benchmarks/bench_register_gui.py [--rows 100000] [--keep DIR]` (the store is built with
benchmarks/bench_register.py's generator and reused from --keep); prints a Markdown table for
docs/performance.md (section "Sổ theo dõi hồ sơ", màn hình).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tthc_desktop.gui  # noqa: E402,F401  (refcount guard first)
from benchmarks.bench_register import build  # noqa: E402


def _frame(app, view) -> None:
    app.processEvents()
    view.viewport().repaint()


def measure(path: Path, steps: int = 200) -> tuple[list[tuple[str, float, float, str, float]], dict]:
    """(label, median ms, max ms, note, target ms) rows and a few counters."""
    from tthc_desktop.gui.app import create_application
    from tthc_desktop.gui.pages.register import RegisterPage
    from tthc_desktop.store import open_store

    app = create_application()
    store = open_store(path)
    rng = random.Random(11)
    t0 = time.perf_counter()
    page = RegisterPage(store)
    page.resize(1146, 760)
    page.show()
    _frame(app, page.view)
    open_ms = (time.perf_counter() - t0) * 1000
    view, model = page.view, page.model
    bar = view.verticalScrollBar()
    rows: list[tuple[str, float, float, str, float]] = [
        ("Mở màn hình (đếm + trang đầu + vẽ)", open_ms, open_ms, f"{model.rowCount():,} hồ sơ".replace(",", "."),
         500)]

    def timed(label: str, action, target: float, n: int = steps) -> None:
        samples = []
        for _ in range(n):
            t = time.perf_counter()
            action()
            _frame(app, view)
            samples.append((time.perf_counter() - t) * 1000)
        rows.append((label, statistics.median(samples), max(samples), f"{n} lần", target))

    timed("Cuộn 3 dòng (bánh xe chuột)", lambda: bar.setValue(bar.value() + 3), 50)
    timed("Cuộn một trang (Page Down)", lambda: bar.setValue(bar.value() + bar.pageStep()), 50)
    timed("Nhảy tới vị trí bất kỳ (kéo thanh cuộn)", lambda: bar.setValue(rng.randrange(bar.maximum())), 100)
    bar.setValue(0)
    timed("Nhảy về cuối danh sách và về đầu", lambda: bar.setValue(0 if bar.value() else bar.maximum()), 100, 20)
    counters = {"pages_read": model.pages_read, "pages_cached": len(model._pages)}
    samples = []
    for text in ("nguyen van", "tran thi", "le minh", "pham duc", "hoang"):
        t = time.perf_counter()
        page.search.setText(text)
        page.reload()
        _frame(app, view)
        samples.append((time.perf_counter() - t) * 1000)
    rows.append(("Tìm tên không dấu (đếm + trang đầu + vẽ)", statistics.median(samples), max(samples),
                 "5 tên", 150))
    page.search.setText("")
    page.reload()
    page.close()
    store.close()
    return rows, counters


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", help="folder to keep the benchmark store in (reused when it exists)")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-register-gui-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-{args.rows}.sqlite3"
    if not path.exists():
        print(f"Tạo {args.rows:,} hồ sơ ... ", end="", flush=True)
        print(f"{build(path, args.rows):.1f} s")
    rows, counters = measure(path)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{args.rows:,} hồ sơ; màn hình 1146×760 (offscreen); Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} lõi, tải trung bình {load:.1f}. Mỗi bước tính đến hết lần vẽ "
          f"lại bảng; khi cuộn đã đọc {counters['pages_read']} trang 200 dòng, giữ {counters['pages_cached']} trang.\n")
    print("| thao tác | ms (trung vị) | ms (chậm nhất) | số lần | mục tiêu |")
    print("|---|---:|---:|---|---:|")
    failed = False
    for label, median, worst, note, target in rows:
        ok = median <= target
        failed |= not ok
        print(f"| {label} | {median:.1f} | {worst:.1f} | {note} | < {target:g} ms {'✓' if ok else '✗'} |")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
