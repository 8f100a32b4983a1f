"""Benchmark of the outage register at 100,000 dossiers: search, paging, roll-up of a year.

Targets (issue 7): search by name or receipt number under 100 ms, roll-up of a year under 50 ms.
Run: `python benchmarks/bench_register.py [--rows 100000] [--keep DIR]`; prints a Markdown table for
docs/performance.md (section "Sổ theo dõi hồ sơ").
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tthc_desktop.domain.periods import parse_period  # noqa: E402
from tthc_desktop.domain.text import fold  # noqa: E402
from tthc_desktop.services import register as svc  # noqa: E402
from tthc_desktop.services import register_rollup as rollup  # noqa: E402
from tthc_desktop.store import catalog, open_store  # noqa: E402
from tthc_desktop.store import register as reg  # noqa: E402
from tthc_desktop.store.profile import save_profile  # noqa: E402

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hồng")
GIVEN = ("An", "Bình", "Cường", "Dung", "Đức", "Hà", "Hải", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Thảo", "Thủy", "Trang", "Tuấn", "Uyên", "Vinh",
         "Xuân", "Yến")


def build(path: Path, rows: int) -> float:
    """Create a store with `rows` dossiers over three years; returns seconds taken."""
    t0 = time.perf_counter()
    store = open_store(path)
    save_profile(store, name="xã Đồng Lạc", unit_type="xa", code="000.21.H26", place_name="Đồng Lạc")
    rng = random.Random(7)
    procs = []
    for i, field in enumerate(("Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Đất đai", "Hộ kinh doanh",
                               "Người có công", "Xây dựng", "Nông nghiệp")):
        for j in range(6):
            pid = catalog.save_procedure(store, {"code": f"{i + 1}.{j:06d}", "name": f"Thủ tục {field} {j}",
                                                 "field_name": field, "processing_days": rng.choice((1, 3, 5, 10))})
            procs.append(catalog.get_procedure(store, pid))
    cal = svc.work_calendar(store)
    start = datetime(2023, 1, 2, 7, 30)
    span = (datetime(2025, 12, 31) - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(rows))
    batch, seq = [], {}
    for i, received in enumerate(moments):
        received = received.replace(hour=rng.choice((7, 8, 9, 10, 13, 14, 15, 16)), microsecond=0)
        p = rng.choice(procs)
        due = cal.due_date(received, days=p["processing_days"]).due
        seq[received.year] = seq.get(received.year, 0) + 1
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        receipt = f"000.21.H26-{received:%y%m%d}-{seq[received.year]:05d}"
        phone = f"09{rng.randrange(10**7, 10**8)}"
        open_ = received > datetime(2025, 12, 1) and rng.random() < 0.5
        resolved = None if open_ else received + timedelta(hours=rng.randrange(2, 24 * 14))
        status = "processing" if open_ else rng.choice(("resolved",) * 18 + ("returned", "withdrawn"))
        batch.append({
            "receipt_no": receipt, "year": received.year, "seq": seq[received.year], "procedure_id": p["id"],
            "field_id": p["field_id"], "applicant_name": name, "phone": phone, "address": "Thôn Đông",
            "channel": "buu_chinh" if i % 13 == 0 else "truc_tiep", "documents": json.dumps(["Tờ khai"]),
            "copies": 1, "received_at": received.isoformat(), "due_at": due.isoformat(),
            "processing_days": p["processing_days"], "fee": 0, "officer": "Nguyễn Thị Hương", "status": status,
            "resolved_at": resolved.isoformat() if resolved else None, "result_delivery": "truc_tiep",
            "digitised": int(i % 4 != 0), "entered_portal_at": None if i % 50 == 0 else received.isoformat(),
            "book_no": f"01/{received.year}", "search_key": reg.search_key(receipt, name, "", phone),
            "created_at": received.isoformat(), "updated_at": received.isoformat()})
    reg.insert_many(store, batch)
    store.conn.execute("ANALYZE")
    store.close()
    return time.perf_counter() - t0


def timed(fn, repeat: int = 15) -> tuple[float, float, object]:
    """Median wall and CPU milliseconds of `fn()` over `repeat` runs (after one warm-up), and its result.

    CPU time is what the query costs; wall time also counts waiting for a busy processor.
    """
    result = fn()
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def run(path: Path) -> list[tuple[str, float, float, str, float]]:
    store = open_store(path)
    now = datetime(2025, 12, 20, 10, 0)
    some = svc.list_dossiers(store, reg.DossierFilter(), offset=5000, limit=1, now=now)[0]
    name_part = " ".join(fold(some["applicant_name"]).split()[-2:])
    F = reg.DossierFilter
    year = parse_period("2025")
    cases = [
        ("Trang đầu danh sách (100 dòng) + đếm", lambda: (svc.list_dossiers(store, F(), limit=100, now=now),
                                                       svc.count_dossiers(store, F(), now=now)), 100),
        ("Trang sâu (offset 50.000, 100 dòng)", lambda: svc.list_dossiers(store, F(), offset=50_000, limit=100,
                                                                          now=now), 100),
        (f"Tìm theo tên “{name_part}” (100 dòng) + đếm", lambda: (
            svc.list_dossiers(store, F(text=name_part), limit=100, now=now),
            svc.count_dossiers(store, F(text=name_part), now=now)), 100),
        ("Tìm họ tên đầy đủ không dấu + đếm", lambda: (
            svc.list_dossiers(store, F(text=fold(some["applicant_name"])), limit=100, now=now),
            svc.count_dossiers(store, F(text=fold(some["applicant_name"])), now=now)), 100),
        ("Tìm theo số biên nhận (đủ số)", lambda: svc.list_dossiers(store, F(text=some["receipt_no"]), limit=100,
                                                                   now=now), 100),
        ("Tìm chuỗi không có (quét toàn bộ) + đếm", lambda: (
            svc.list_dossiers(store, F(text="khongcoai"), limit=100, now=now),
            svc.count_dossiers(store, F(text="khongcoai"), now=now)), 100),
        ("Mở hồ sơ theo số biên nhận", lambda: svc.dossier(store, some["receipt_no"], now=now), 100),
        ("Tổng hợp số liệu năm 2025 theo lĩnh vực", lambda: rollup.rows_for_period(store, year, now), 50),
        ("Tổng hợp số liệu năm 2023", lambda: rollup.rows_for_period(store, parse_period("2023"), now), 50),
        ("Tổng hợp số liệu quý IV/2025", lambda: rollup.rows_for_period(store, parse_period("2025-Q4"), now), 50),
        ("Lọc quá hạn chưa trả (100 dòng) + đếm", lambda: (
            svc.list_dossiers(store, F(state="overdue"), limit=100, now=now),
            svc.count_dossiers(store, F(state="overdue"), now=now)), 100),
        ("Đếm quá hạn, chờ nhập hệ thống", lambda: svc.summary(store, now), 100),
        ("Danh sách chờ nhập hệ thống (100 dòng)", lambda: svc.pending_portal(store, limit=100, now=now), 100),
    ]
    out = []
    for label, fn, target in cases:
        ms, cpu, result = timed(fn)
        n = ""
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int):
            n = f"{result[1]:,}".replace(",", ".") + " khớp"
        elif isinstance(result, list):
            n = f"{len(result)} dòng"
        out.append((label, ms, cpu, n, target))
    store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", help="folder to keep the benchmark store in (reused when it exists)")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-register-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-{args.rows}.sqlite3"
    if not path.exists():
        print(f"Tạo {args.rows:,} hồ sơ ... ", end="", flush=True)
        print(f"{build(path, args.rows):.1f} s")
    results = run(path)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{args.rows:,} hồ sơ; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.machine()}, {os.cpu_count()} lõi, tải trung bình {load:.1f}; trung vị của 15 lần đo.\n")
    print("| thao tác | ms (đồng hồ) | ms (CPU) | kết quả | mục tiêu |")
    print("|---|---:|---:|---|---:|")
    failed = False
    for label, ms, cpu, n, target in results:
        ok = cpu <= target
        failed |= not ok
        print(f"| {label} | {ms:.1f} | {cpu:.1f} | {n} | < {target} ms {'✓' if ok else '✗'} |")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
