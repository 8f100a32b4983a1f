"""Run every benchmark in one go and print their Markdown tables, headed by a description of the machine.

`python benchmarks/run_all.py [--quick]` — the performance budget of issue 9: cold start to the first shown
window, the annual report end to end (against LibreOffice's docx-to-PDF when installed), figures of a year
over 100,000 register dossiers, import of 100 packages. Paste the output into docs/performance.md.
`--quick` uses smaller sizes (a smoke run of the benchmarks themselves, not figures to record).
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    """One paragraph describing where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = next(int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal"))
        mem_text = f"{mem / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        mem_text = "RAM unknown"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"Machine: {platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem_text}; "
            f"Python {platform.python_version()}; load average at start {load:.1f}; "
            f"measured {time.strftime('%d/%m/%Y %H:%M')}.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the benchmarks run")
    a = ap.parse_args()
    runs = [
        ("Khởi động", ["bench_startup.py", "--runs", "3" if a.quick else "7"]),
        ("Khởi động (xã mẫu)", ["bench_startup.py", "--demo", "--runs", "3" if a.quick else "7"]),
        ("Báo cáo PDF", ["bench_report.py", "--runs", "2" if a.quick else "5"]),
        ("Sổ theo dõi hồ sơ", ["bench_register.py", "--rows", "5000" if a.quick else "100000"]),
        ("Sổ theo dõi hồ sơ: màn hình", ["bench_register_gui.py", "--rows", "5000" if a.quick else "100000"]),
        ("Gói USB", ["bench_packages.py", "--communes", "10" if a.quick else "100"]),
    ]
    print(machine())
    failed = []
    for title, args in runs:
        print(f"\n## {title}\n", flush=True)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        proc = subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]], env=env)
        if proc.returncode:
            failed.append(title)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
