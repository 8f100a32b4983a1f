"""A combo box of reporting periods (kỳ báo cáo): the periods that have data plus the usual ones.

Periods follow Nghị định 09/2019 (quarters end on the 14th); the names come from `Period.name`.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from tthc_desktop.domain.periods import Period, current_period, parse_period

if TYPE_CHECKING:
    from tthc_desktop.store.db import Store

STANDARD_SUFFIXES = ("-Q1", "-Q2", "-6M", "-Q3", "-9M", "-Q4", "-6MC", "")


def period_label(period: Period) -> str:
    """"Quý II năm 2023 (15/03/2023 – 14/06/2023)"."""
    name = period.name[:1].upper() + period.name[1:]
    if period.kind == "custom":
        return name
    return f"{name} ({period.start:%d/%m/%Y} – {period.end:%d/%m/%Y})"


def candidate_periods(store: "Store", today: date | None = None) -> list[Period]:
    """Usual periods of this year and last year, plus every period that has figures; newest year first."""
    from tthc_desktop.store.statistics import periods_with_stats

    today = today or date.today()
    year = current_period(today, "year").year
    codes = {f"{y}{suffix}" for y in (year, year - 1) for suffix in STANDARD_SUFFIXES}
    codes.update(periods_with_stats(store))
    periods = {parse_period(c) for c in codes}
    return sorted(periods, key=lambda p: (-p.year, p.end, -p.start.toordinal()))


def default_period(store: "Store", today: date | None = None) -> Period:
    """The quarter a clerk works on: the latest quarter with figures that has ended, else the last ended quarter."""
    from tthc_desktop.domain.periods import previous_period
    from tthc_desktop.store.statistics import periods_with_stats

    today = today or date.today()
    ended = [parse_period(c) for c in periods_with_stats(store) if "-Q" in c]
    ended = [p for p in ended if p.end < today]
    if ended:
        return max(ended, key=lambda p: p.end)
    current = current_period(today)
    return previous_period(current) or current


class PeriodCombo(QComboBox):
    """Emits `period_changed(Period)` when the clerk picks another period."""

    period_changed = Signal(object)

    def __init__(self, store: "Store", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setMinimumContentsLength(38)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._changed)
        self._quiet = False

    def reload(self, select: str | None = None) -> None:
        """Refill the list, keeping the selection (or selecting `select`, else `default_period`)."""
        keep = select or (self.period().code if self.count() else default_period(self.store).code)
        self._quiet = True
        try:
            self.clear()
            for p in candidate_periods(self.store):
                self.addItem(period_label(p), p.code)
            if self.findData(keep) < 0:
                p = parse_period(keep)
                self.addItem(period_label(p), p.code)
            self.setCurrentIndex(self.findData(keep))
        finally:
            self._quiet = False

    def period(self) -> Period:
        return parse_period(self.currentData())

    def set_period(self, code: str) -> None:
        """Select `code` (added to the list if missing); emits period_changed when it changes."""
        i = self.findData(code)
        if i < 0:
            p = parse_period(code)
            self.addItem(period_label(p), p.code)
            i = self.count() - 1
        self.setCurrentIndex(i)

    def _changed(self, _index: int) -> None:
        if not self._quiet and self.currentData():
            self.period_changed.emit(self.period())
