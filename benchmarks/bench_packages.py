"""Benchmark: a receiving office imports 100 commune packages (dry run, then apply), aggregates, reports.

Run: `python benchmarks/bench_packages.py [--communes 100] [--keep DIR]`. Each package holds a quarter of
31 fields + 2 vertical agencies, feedback, notices, the audit log and a 4-page issued report PDF, as a real
commune's would. Results go to docs/performance.md (section "Gói USB").
"""
from __future__ import annotations

import argparse
import hashlib
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tthc_desktop.domain.figures import DossierCounts, FigureRow  # noqa: E402
from tthc_desktop.domain.periods import parse_period  # noqa: E402
from tthc_desktop.exchange import keys  # noqa: E402
from tthc_desktop.reports.aggregate import render_aggregate_report  # noqa: E402
from tthc_desktop.reports.nd30 import render_pdf  # noqa: E402
from tthc_desktop.reports.nd30.sample import FIELDS, SAMPLE_CREATED, VERTICAL, sample_report_document  # noqa: E402
from tthc_desktop.services import aggregate as agg  # noqa: E402
from tthc_desktop.services import exchange  # noqa: E402
from tthc_desktop.store import feedback, documents, open_store, statistics  # noqa: E402
from tthc_desktop.store.catalog import ensure_field  # noqa: E402
from tthc_desktop.store.profile import save_profile  # noqa: E402

PERIOD = "2025-Q2"


def balanced(seed: int) -> DossierCounts:
    """A row whose parts add up (received = resolved + pending), varied by `seed`."""
    online, direct, postal, carried = 20 + seed % 37, 30 + seed % 23, seed % 3, seed % 5
    received = online + direct + postal + carried
    pending_in, pending_late = seed % 4, seed % 2
    resolved = received - pending_in - pending_late
    late = seed % 3
    on_time = resolved // 4
    return DossierCounts(carried_over=carried, new_online=online, new_direct=direct, new_postal=postal,
                         resolved_early=resolved - on_time - late, resolved_on_time=on_time, resolved_late=late,
                         pending_in_time=pending_in, pending_overdue=pending_late,
                         digitised_received=received - 1, digitised_results=resolved // 2, with_fee=seed % 9,
                         paid_online=seed % 5 if seed % 9 >= seed % 5 else 0, fees_collected=15000 * (seed % 9),
                         survey_satisfied=seed % 11, survey_very_satisfied=seed % 7)


def build_commune_template(folder: Path, report_pdf: bytes) -> Path:
    """One commune store with a quarter of data and an issued report; copied for every commune."""
    path = folder / "template.sqlite3"
    s = open_store(path)
    save_profile(s, name="xã Mẫu", unit_type="xa", code="X", receiving_level_name="Văn phòng UBND tỉnh")
    p = parse_period(PERIOD)
    for i, name in enumerate(FIELDS):
        statistics.save_stat_row(s, p, FigureRow("linh_vuc", name, balanced(i), field_id=ensure_field(s, name)))
    for j, name in enumerate(VERTICAL):
        statistics.save_stat_row(s, p, FigureRow("nganh_doc", name, balanced(50 + j)))
    for k in range(6):
        feedback.save_feedback(s, {"received_on": f"2025-04-{10 + k}", "subject": "quy_dinh",
                                   "summary": f"Phản ánh số {k + 1} về thủ tục hộ tịch", "resolved_on": "2025-05-02"})
    for k in range(4):
        documents.save_document(s, {"kind": "thong_bao", "number": f"{20 + k}/TB-UBND",
                                    "issued_on": f"2025-04-{k + 3:02d}",
                                    "summary": "Công bố danh mục thủ tục hành chính", "tags": ["cong_bo"]})
    s.db["reports"].insert({"period": PERIOD, "period_start": p.start.isoformat(), "period_end": p.end.isoformat(),
                            "status": "issued", "number": "05", "issued_on": "2025-06-15", "pdf": report_pdf,
                            "pdf_sha256": hashlib.sha256(report_pdf).hexdigest()})
    s.close()
    return path


def timed(label: str, results: list, fn):
    start = time.perf_counter()
    value = fn()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--communes", type=int, default=100)
    ap.add_argument("--keep", help="keep the work folder here")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-packages-"))
    work.mkdir(parents=True, exist_ok=True)
    usb = work / "usb"
    usb.mkdir(exist_ok=True)
    results: list[tuple[str, float]] = []
    report_pdf = render_pdf(sample_report_document(), title="Báo cáo mẫu", author="xã Mẫu",
                            creation_date=SAMPLE_CREATED)
    template = build_commune_template(work, report_pdf)
    office = open_store(work / "tinh.sqlite3")
    save_profile(office, name="Văn phòng UBND tỉnh Hải Dương", unit_type="tinh", is_receiving=1,
                 place_name="Hải Dương", number_suffix="BC-VP", signer_name="Trần Văn Nam",
                 signer_title="CHÁNH VĂN PHÒNG", recipients=["Lưu: VT."])

    def export_all() -> None:
        for i in range(args.communes):
            path = work / f"xa{i:03d}.sqlite3"
            shutil.copyfile(template, path)
            s = open_store(path)
            code, name = f"H23.{i:03d}", f"xã Số {i + 1}"
            save_profile(s, code=code, name=name)
            exchange.register_unit(office, code=code, name=name, unit_type="xa",
                                   fingerprint=keys.ensure_unit_key(s).fingerprint)
            exchange.export_package(s, PERIOD, usb, now=datetime(2025, 6, 16, 8, i % 60))
            s.close()

    timed(f"setup: {args.communes} communes export (not the target)", results, export_all)
    sizes = [p.stat().st_size for p in usb.glob("*.tthc")]
    plan = timed("import-package dry run", results, lambda: exchange.plan_import(office, [usb]))
    assert plan.counts()["accepted"] == args.communes, plan.counts()
    timed("import-package --apply (verify again + one transaction)", results,
          lambda: exchange.apply_import(office, exchange.plan_import(office, [usb])))
    again = timed("re-import dry run (all duplicates)", results, lambda: exchange.plan_import(office, [usb]))
    assert again.counts()["duplicate"] == args.communes
    fig = timed("aggregate", results, lambda: agg.aggregate(office, PERIOD))
    assert len(fig.units) == args.communes and not fig.errors
    timed("completeness, 4 periods", results,
          lambda: agg.completeness(office, ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]))
    out = timed("aggregate-report PDF", results,
                lambda: render_aggregate_report(office, PERIOD, work / "tong-hop.pdf"))
    office.close()
    print(f"Máy: {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{args.communes} gói, trung bình {sum(sizes) / len(sizes) / 1024:.0f} KB/gói "
          f"(tổng {sum(sizes) / 1024 / 1024:.1f} MB); báo cáo tổng hợp {out.stat().st_size // 1024} KB")
    print("| bước | giây |\n|---|---|")
    for label, seconds in results:
        print(f"| {label} | {seconds:.2f} |")
    print(f"Kho nhận báo cáo: {(work / 'tinh.sqlite3').stat().st_size / 1024 / 1024:.1f} MB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
