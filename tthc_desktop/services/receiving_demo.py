"""Demo data for a receiving level (cấp nhận báo cáo): five demo communes send their packages for the last three
ended quarters — most on time, one late, one missing, one resent — and the office imports them.

Used by the screenshots command and to practise the receiving screens. The communes are copies of the demo
commune (`services.demo.build_demo`) with their own name, code, signing key and figures (the demo's quarters
shifted and multiplied by a whole number, so every balance rule still holds); each is built in `work_dir`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from tthc_desktop.domain.figures import PART_COLUMNS, DossierCounts
from tthc_desktop.domain.periods import Period
from tthc_desktop.store.db import Store

OFFICE = {"name": "Văn phòng UBND thành phố Hải Phòng", "unit_type": "tinh", "is_receiving": 1,
          "code": "000.00.00.H26", "province": "thành phố Hải Phòng", "header_line1": "UBND THÀNH PHỐ HẢI PHÒNG",
          "header_line2": "VĂN PHÒNG", "place_name": "Hải Phòng", "number_suffix": "BC-VP",
          "signer_authority": "", "signer_title": "CHÁNH VĂN PHÒNG", "signer_name": "Trần Văn Nam",
          "receiving_level_name": "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)",
          "recipients": ["- Văn phòng Chính phủ (Cục KSTTHC);", "- Chủ tịch, các PCT UBND thành phố;",
                         "- Lưu: VT, KSTTHC."]}
# code, name, type, figures multiplier, quarter shift, days before (+) / after (-) the deadline per period
# (latest quarter first); None = not sent
COMMUNES = (
    ("000.00.10.H26", "xã Đồng Lạc", "xa", 1, 0, (2, 3, 1)),
    ("000.00.11.H26", "phường Hải Tân", "phuong", 3, 1, (1, 4, 2)),
    ("000.00.12.H26", "xã Nam Đồng", "xa", 1, 2, (-5, 2, 3)),
    ("000.00.13.H26", "xã An Phụ", "xa", 2, 1, (None, -3, -8)),
    ("000.00.14.H26", "phường Tân Bình", "phuong", 2, 0, (4, 1, 2)),
)


@dataclass
class ReceivingDemo:
    """What the demo holds: the periods sent and the package files written (the office's "USB stick")."""

    periods: list[Period]
    packages: list[Path] = field(default_factory=list)
    imported: int = 0


def _scaled(counts: DossierCounts, k: int) -> DossierCounts:
    return replace(counts, **{c: getattr(counts, c) * k for c in PART_COLUMNS})


def _commune(path: Path, template: Path, spec: tuple, periods: list[Period], all_quarters: list[Period]) -> Store:
    """A copy of the demo commune renamed, re-keyed, with its figures shifted and scaled."""
    import shutil

    from tthc_desktop.services.setup import profile_defaults
    from tthc_desktop.exchange.keys import generate_key
    from tthc_desktop.store import open_store, statistics
    from tthc_desktop.store.profile import save_profile

    code, name, unit_type, k, shift, _days = spec
    shutil.copyfile(template, path)
    store = open_store(path)
    key = generate_key()
    save_profile(store, **{**profile_defaults(name, unit_type), "name": name, "unit_type": unit_type, "code": code,
                           "public_key": key.public_key, "private_key": key.private_key})
    for period in periods:
        source = all_quarters[max(all_quarters.index(period) - shift, 0)]
        rows = [replace(r, counts=_scaled(r.counts, k)) for r in statistics.stat_rows(store, source.code)]
        statistics.replace_period_rows(store, period, rows)
    return store


def build_receiving_demo(store: Store, work_dir: str | Path, *, today: date | None = None) -> ReceivingDemo:
    """Make `store` the demo receiving office and import the demo communes' packages into it."""
    from tthc_desktop.exchange.keys import ensure_unit_key
    from tthc_desktop.services.aggregate import deadline_for
    from tthc_desktop.services.demo import build_demo, ended_quarters
    from tthc_desktop.services.exchange import apply_import, export_package, plan_import, register_unit
    from tthc_desktop.services.setup import after_init
    from tthc_desktop.store import open_store
    from tthc_desktop.store.profile import save_profile

    today = today or date.today()
    work = Path(work_dir)
    usb = work / "usb"
    usb.mkdir(parents=True, exist_ok=True)
    save_profile(store, **OFFICE)
    after_init(store)
    template = work / "mau.sqlite3"
    with open_store(template) as demo:
        build_demo(demo, today=today)
    quarters = [p for p in ended_quarters(today) if p.end < today]
    periods = quarters[-3:][::-1]  # latest first, as COMMUNES lists the days
    demo = ReceivingDemo(periods)
    now = datetime.combine(today, time(16, 0))
    for i, spec in enumerate(COMMUNES):
        commune = _commune(work / f"don-vi-{i + 1}.sqlite3", template, spec, periods, quarters)
        try:
            fingerprint = ensure_unit_key(commune).fingerprint
            # the first four registered with their fingerprint; the last one is trusted at its first package
            if i < len(COMMUNES) - 1:
                register_unit(store, code=spec[0], name=spec[1], unit_type=spec[2], fingerprint=fingerprint)
            for period, days in zip(periods, spec[5]):
                if days is None:
                    continue
                sent = datetime.combine(deadline_for(store, period) - timedelta(days=days), time(9, 30))
                demo.packages.append(export_package(commune, period, usb, now=min(sent, now)).path)
                if i == 1 and period is periods[0]:  # a corrected package sent the next day replaces the first
                    again = min(sent + timedelta(days=1, hours=2), now)
                    demo.packages.append(export_package(commune, period, usb, now=again).path)
        finally:
            commune.close()
    plan = plan_import(store, [usb], trust_new=True)
    demo.imported = len(apply_import(store, plan, confirm_new_units=True).imported)
    return demo
