"""Benchmark: start of the desktop app to its first shown main window (target: about 1 s on 2 cores).

Each run is a fresh Python process doing what `tthc-desktop` does (the GUI path of the CLI, the same
imports), through `tthc-desktop smoke`: it opens the main window offscreen on a temporary store, waits until
the window is exposed, then until the first screen (Tổng quan) is filled, and exits. Reported:
- wall: the whole process, interpreter start to exit (what the clerk waits for, plus teardown);
- shown / filled: from the start of the command to the window shown / the dashboard filled.
Variant "without test packages": numpy, present in the dev venv only for the test extra (opencv), made
unimportable, as in an installed app; sqlite-utils and shiboken import it when it is there.

Run: `python benchmarks/bench_startup.py [--runs 7] [--demo]` (--demo: the dashboard of the demo commune,
a store with a year of figures); prints a Markdown table for docs/performance.md (section "Khởi động").
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOKE = "import sys; {block}from tthc_desktop.cli import main; sys.exit(main(['smoke'{db}]))"
_TIMES = re.compile(r"sau ([\d.]+) s, màn hình đầu có dữ liệu sau ([\d.]+) s")


def one_run(block_numpy: bool, db: str | None) -> tuple[float, float, float]:
    code = SMOKE.format(block="sys.modules['numpy'] = None; " if block_numpy else "",
                        db=f", '--db', {db!r}" if db else "")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "0"}
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    match = _TIMES.search(out.stdout)
    if out.returncode != 0 or not match:
        raise SystemExit(f"smoke failed ({out.returncode}): {out.stdout}{out.stderr}")
    return wall, float(match[1]), float(match[2])


def demo_store(folder: Path) -> str:
    """A copy-free demo store (a year of figures) for the dashboard variant."""
    sys.path.insert(0, str(ROOT))
    from tthc_desktop.services.demo import build_demo
    from tthc_desktop.store import open_store

    path = folder / "demo.sqlite3"
    with open_store(path) as store:
        build_demo(store)
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--demo", action="store_true", help="open the demo commune instead of an empty store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = demo_store(Path(tmp)) if args.demo else None
        one_run(False, db)  # warm the disk cache and the .pyc files: every measured run is a fresh process
        rows = []
        for label, block in (("dev venv (numpy installed)", False), ("without test packages (no numpy)", True)):
            runs = [one_run(block, db) for _ in range(args.runs)]
            wall, shown, filled = (statistics.median(r[i] for r in runs) for i in range(3))
            best = min(r[1] for r in runs)
            rows.append(f"| {label} | {shown:.2f} | {filled:.2f} | {wall:.2f} | {best:.2f} |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f}, "
          f"{args.runs} runs each, store: {'demo commune' if args.demo else 'empty'}\n")
    print("| variant | shown (median s) | dashboard filled (median s) | process wall (median s) | shown (best s) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
