"""Benchmark of the periodic report: the whole `report` command for a year of demo data.

Target (issue 3): under half a second on a 2-core machine, well under LibreOffice's own docx-to-PDF
conversion of a report of the same length. Measures, on a store filled by the demo commune:
- the whole command in a fresh process (`python -m tthc_desktop report --period 2025 ... --draft`,
  and `--issue` on a fresh copy of the store): wall time, CPU time and peak memory (max RSS of the
  child), with numpy hidden as on a user's machine (only the test extras install it);
- inside one process: imports, computing the figures, and rendering the PDF (warm);
- LibreOffice converting the Word copy of the same report to PDF (when `soffice` is installed).
Run: `python benchmarks/bench_report.py [--runs 5] [--keep DIR]`; prints a Markdown table for
docs/performance.md (section "Báo cáo PDF").
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERIOD = "2025"


NO_NUMPY = Path(tempfile.mkdtemp(prefix="no-numpy-"))
(NO_NUMPY / "numpy").mkdir()
# numpy comes only with the test extras (opencv); sqlite-utils imports it when present, a user's machine has none.
(NO_NUMPY / "numpy" / "__init__.py").write_text("raise ImportError('numpy hidden by the benchmark')\n")


def run_child(args: list[str], db: Path, *, hide_numpy: bool = True) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds of `python -m tthc_desktop ARGS` in a fresh process.

    CPU time (user + system) is what the command costs; on a loaded machine wall time is longer."""
    path = os.pathsep.join([str(NO_NUMPY), str(ROOT)] if hide_numpy else [str(ROOT)])
    env = {**os.environ, "TTHC_DB": str(db), "PYTHONPATH": path}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "tthc_desktop", *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"tthc-desktop {' '.join(args)} failed: {proc.stderr.read().decode()}")
    proc.stderr.close()
    return wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def build_store(path: Path) -> str:
    from tthc_desktop.services.demo import build_demo
    from tthc_desktop.store import open_store

    with open_store(path) as store:
        summary = build_demo(store, today=date(2026, 1, 20))
    return f"demo commune, {summary.procedures} procedures, {summary.documents} documents, {summary.feedback} " \
           f"feedback items, quarters {summary.quarters[0]}…{summary.quarters[-1]}"


def in_process(db: Path, runs: int) -> dict[str, float]:
    """Seconds for the imports, computing the figures and rendering (median of warm runs)."""
    t0 = time.perf_counter()
    from tthc_desktop.reports.periodic import render_snapshot
    from tthc_desktop.services import reporting
    from tthc_desktop.services.figures import compute_figures
    from tthc_desktop.store import open_store
    imports = time.perf_counter() - t0
    figures, renders = [], []
    with open_store(db) as store:
        snapshot, _ = reporting.prepare(store, PERIOD, draft=False)
        for _ in range(runs):
            t = time.perf_counter()
            compute_figures(store, PERIOD)
            figures.append(time.perf_counter() - t)
            t = time.perf_counter()
            pdf = render_snapshot(snapshot)
            renders.append(time.perf_counter() - t)
    return {"imports": imports, "figures": statistics.median(figures), "render": statistics.median(renders),
            "pages": pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ") or 0, "bytes": len(pdf)}


def libreoffice(db: Path, work: Path, runs: int) -> float | None:
    """Median seconds of `soffice --headless --convert-to pdf` on the Word copy of the same report."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    from tthc_desktop.services import reporting
    from tthc_desktop.store import open_store

    with open_store(db) as store:
        data, _ = reporting.render_word(store, PERIOD, draft=False)
    out = work / "libreoffice"
    out.mkdir(exist_ok=True)
    docx = out / "bao-cao-word.docx"
    docx.write_bytes(data)
    profile = work / "lo-profile"
    times = []
    for i in range(runs + 1):  # the first run creates the LibreOffice profile: not counted
        t = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True, timeout=300)
        if i:
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="keep the store and the PDFs in this folder")
    a = ap.parse_args()
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-report-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "demo.sqlite3"
    for p in work.glob("demo.sqlite3*"):
        p.unlink()
    what = build_store(db)

    draft = [run_child(["report", "--period", PERIOD, "--out", str(work / "du-thao.pdf"), "--draft"], db)
             for _ in range(a.runs)]
    issue = []
    for i in range(a.runs):
        copy = work / f"issue-{i}.sqlite3"
        shutil.copyfile(db, copy)
        issue.append(run_child(["report", "--period", PERIOD, "--out", str(work / "bao-cao.pdf"), "--issue",
                                "--number", "5", "--date", "2025-12-15"], copy))
        for p in work.glob(f"issue-{i}.sqlite3*"):
            p.unlink()
    inside = in_process(db, a.runs)
    lo = libreoffice(db, work, max(1, a.runs // 2))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average {load:.1f} at the end. Data: {what}. Report of {PERIOD}: {inside['bytes']:,} bytes.")
    print()
    print("| measure | wall (median) | CPU (median) | peak memory |")
    print("|---|---|---|---|")
    for name, runs in (("--draft", draft), ("--issue", issue)):
        print(f"| `report --period {PERIOD} {name}` (whole command, new process) | "
              f"{statistics.median(r[0] for r in runs):.2f} s | {statistics.median(r[2] for r in runs):.2f} s | "
              f"{max(r[1] for r in runs) / 1024:.0f} MiB |")
    print(f"| imports of the report stack (once per process) | {inside['imports']:.2f} s | | |")
    print(f"| compute the figures of the year (warm) | {inside['figures'] * 1000:.0f} ms | | |")
    print(f"| render the PDF/A with signature field (warm) | {inside['render'] * 1000:.0f} ms | | |")
    if lo is None:
        print("| LibreOffice docx → PDF of the same report | not installed | | |")
    else:
        print(f"| LibreOffice `soffice --headless --convert-to pdf` of the same report (.docx) | {lo:.2f} s | | |")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(NO_NUMPY, ignore_errors=True)


if __name__ == "__main__":
    main()
