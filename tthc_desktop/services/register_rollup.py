"""Roll-up of the outage register into a period's dossier counts (Biểu II.06a rows, one per field).

Rules (see docs/formats/register.md, "Cách tính số liệu"):
- từ kỳ trước (carried over): received before the period starts and not finished before it;
- mới tiếp nhận: received within the period, by channel (trực tuyến / trực tiếp / bưu chính);
- đã giải quyết: finished within the period, trước hạn (an earlier day than the appointment),
  đúng hạn (on the appointment day, by its time), quá hạn (after it). A dossier returned to the
  applicant or withdrawn also leaves the desk's hands and counts here, so (3) = (7) + (11) holds in
  every period and no dossier vanishes between two periods;
- đang giải quyết: not finished at the end of the period, quá hạn when its appointment has passed.

The clerk chooses per period whether a report uses the register or the figures entered from the
portal (`choose_source`); the two are never added together.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tthc_desktop.domain.figures import PART_COLUMNS, DossierCounts, FigureRow, sum_counts
from tthc_desktop.domain.periods import Period
from tthc_desktop.domain.text import fold
from tthc_desktop.errors import UserError
from tthc_desktop.store import register as reg
from tthc_desktop.store import statistics
from tthc_desktop.store.db import Store
from tthc_desktop.store.profile import get_setting, set_setting

SOURCE_LABELS = {"register": "Sổ theo dõi hồ sơ", "entered": "Số liệu nhập từ Hệ thống/cổng"}


def setting_key(period: Period) -> str:
    return f"stats_source:{period.code}"


def _bounds(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), (period.end + timedelta(days=1)).isoformat()


def rows_for_period(store: Store, period: Period, now: datetime | None = None) -> list[FigureRow]:
    """Per-field counts of `period` from the register (data_source "register"), fields in their order.

    Pending dossiers are judged overdue at the period's end, or now when the period is still running.
    """
    start, stop = _bounds(period)
    as_of = (now or datetime.now()).replace(microsecond=0).isoformat()
    out = []
    for r in reg.rollup(store, start, stop, as_of):
        counts = DossierCounts.from_mapping({c: r.get(c) for c in PART_COLUMNS})
        out.append(FigureRow(group="linh_vuc", label=r["label"] or "Chưa xác định lĩnh vực", counts=counts,
                             field_id=r["field_id"], data_source="register"))
    return out


def total_for_period(store: Store, period: Period, now: datetime | None = None) -> DossierCounts:
    """All fields of the register added up for `period`."""
    return sum_counts(r.counts for r in rows_for_period(store, period, now))


def chosen_source(store: Store, period: Period) -> str:
    """"register" or "entered": what a report of this period uses (entered until the clerk chooses)."""
    return get_setting(store, setting_key(period), "entered")


def choose_source(store: Store, period: Period, source: str) -> None:
    """Store the clerk's choice for `period`; refused when the period is locked by an issued report."""
    if source not in SOURCE_LABELS:
        raise UserError(f"Nguồn số liệu không hợp lệ: “{source}” (register hoặc entered).")
    from tthc_desktop.store.locks import assert_unlocked

    with store.atomic():
        assert_unlocked(store, period.start, period.end)
        set_setting(store, setting_key(period), source)


@dataclass(frozen=True)
class SourceComparison:
    """One field of a period seen from both sources, for the statistics screen."""

    label: str
    field_id: int | None
    register: DossierCounts | None
    entered: DossierCounts | None

    @property
    def differs(self) -> bool:
        if self.register is None or self.entered is None:
            return False
        return self.register.without_declared().parts() != self.entered.without_declared().parts()


def compare_sources(store: Store, period: Period, now: datetime | None = None) -> list[SourceComparison]:
    """Fields of `period` with their register counts and their entered counts side by side.

    Rows are matched by field id, else by the field name without diacritics.
    """
    entered = [r for r in statistics.stat_rows(store, period.code, "entered") if r.group == "linh_vuc"]
    unused = list(entered)
    out: list[SourceComparison] = []
    for mine in rows_for_period(store, period, now):
        match = next((e for e in unused if e.field_id is not None and e.field_id == mine.field_id), None) \
            or next((e for e in unused if fold(e.label) == fold(mine.label)), None)
        if match is not None:
            unused.remove(match)
        out.append(SourceComparison(mine.label, mine.field_id, mine.counts, match.counts if match else None))
    out += [SourceComparison(e.label, e.field_id, None, e.counts) for e in unused]
    return out
