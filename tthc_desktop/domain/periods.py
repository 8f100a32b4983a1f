"""Reporting periods per Nghị định 09/2019/NĐ-CP (thời gian chốt số liệu).

Codes: `2023` (year: 15/12/2022-14/12/2023), `2023-Q2`, `2023-6M`, `2023-6MC` (6 tháng cuối năm),
`2023-9M`, `2023-M05` (month), `2023-01-01..2023-10-30` (custom range).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tthc_desktop.errors import UserError

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})-6M(C?)$", re.IGNORECASE)
_NINE = re.compile(r"^(\d{4})-9M$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-M(\d{1,2})$", re.IGNORECASE)
_CUSTOM = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def _cutoff_start(year: int, month: int) -> date:
    """First day of the window ending on the 14th of `month`: the 15th of the previous month."""
    if month == 1:
        return date(year - 1, 12, 15)
    return date(year, month - 1, 15)


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: its code, kind and date range (both ends inclusive)."""

    start: date
    end: date
    code: str
    kind: str  # year | quarter | half | half2 | nine | month | custom

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def name(self) -> str:
        """Vietnamese name used in titles: "quý II năm 2023", "6 tháng đầu năm 2023"."""
        y = self.year
        if self.kind == "year":
            return f"năm {y}"
        if self.kind == "quarter":
            q = int(self.code.split("Q")[-1])
            return f"quý {_ROMAN[q]} năm {y}"
        if self.kind == "half":
            return f"6 tháng đầu năm {y}"
        if self.kind == "half2":
            return f"6 tháng cuối năm {y}"
        if self.kind == "nine":
            return f"9 tháng đầu năm {y}"
        if self.kind == "month":
            return f"tháng {self.end.month} năm {y}"
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def data_range_text(self) -> str:
        """The line reports print under the title: "(Số liệu từ ngày 15/12/2022 đến hết ngày 14/12/2023)"."""
        return f"(Số liệu từ ngày {self.start:%d/%m/%Y} đến hết ngày {self.end:%d/%m/%Y})"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: "Period") -> bool:
        return self.start <= other.end and other.start <= self.end

    def covers(self, other: "Period") -> bool:
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return self.code


def parse_period(code: str) -> Period:
    """Parse a period code; raises UserError with a Vietnamese message on a bad code."""
    text = (code or "").strip()
    try:
        if m := _YEAR.match(text):
            y = int(m[1])
            return Period(date(y - 1, 12, 15), date(y, 12, 14), f"{y}", "year")
        if m := _QUARTER.match(text):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return Period(_cutoff_start(y, last - 2), date(y, last, 14), f"{y}-Q{q}", "quarter")
        if m := _HALF.match(text):
            y = int(m[1])
            if m[2]:
                return Period(date(y, 6, 15), date(y, 12, 14), f"{y}-6MC", "half2")
            return Period(date(y - 1, 12, 15), date(y, 6, 14), f"{y}-6M", "half")
        if m := _NINE.match(text):
            y = int(m[1])
            return Period(date(y - 1, 12, 15), date(y, 9, 14), f"{y}-9M", "nine")
        if m := _MONTH.match(text):
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                raise ValueError(mo)
            return Period(_cutoff_start(y, mo), date(y, mo, 14), f"{y}-M{mo:02d}", "month")
        if m := _CUSTOM.match(text):
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if end < start:
                raise ValueError("end before start")
            return Period(start, end, f"{start.isoformat()}..{end.isoformat()}", "custom")
    except ValueError:
        pass
    raise UserError(
        f"Kỳ báo cáo không hợp lệ: “{code}”. Dùng dạng 2023 (năm), 2023-Q2 (quý), 2023-6M (6 tháng đầu năm), "
        "2023-6MC (6 tháng cuối năm), 2023-9M (9 tháng), 2023-M05 (tháng) hoặc 2023-01-01..2023-10-30."
    )


def quarters_of(period: Period) -> list[Period]:
    """The quarters that exactly tile a year, half-year or nine-month period (empty otherwise)."""
    y = period.year
    wanted = {"year": [1, 2, 3, 4], "half": [1, 2], "half2": [3, 4], "nine": [1, 2, 3], "quarter": []}
    return [parse_period(f"{y}-Q{q}") for q in wanted.get(period.kind, [])]


def months_of(period: Period) -> list[Period]:
    """The months that exactly tile a non-custom, non-month period."""
    if period.kind in ("month", "custom"):
        return []
    months = []
    d = period.start + timedelta(days=20)  # a day inside the first month window
    while True:
        m = parse_period(f"{d.year}-M{d.month:02d}")
        months.append(m)
        if m.end >= period.end:
            break
        d = m.end + timedelta(days=20)
    return months


def current_period(today: date, kind: str = "quarter") -> Period:
    """The period of `kind` (year or quarter) whose window contains `today`."""
    y = today.year + (1 if (today.month, today.day) >= (12, 15) else 0)
    if kind == "year":
        return parse_period(str(y))
    for q in range(1, 5):
        p = parse_period(f"{y}-Q{q}")
        if p.contains(today):
            return p
    raise AssertionError("no quarter contains the day")  # pragma: no cover


def previous_period(period: Period) -> Period | None:
    """The period of the same kind just before `period` (None for custom ranges)."""
    y = period.year
    if period.kind == "year":
        return parse_period(str(y - 1))
    if period.kind == "quarter":
        q = int(period.code.split("Q")[-1])
        return parse_period(f"{y - 1}-Q4" if q == 1 else f"{y}-Q{q - 1}")
    if period.kind == "month":
        m = period.end.month
        return parse_period(f"{y - 1}-M12" if m == 1 else f"{y}-M{m - 1:02d}")
    if period.kind in ("half", "nine"):
        return parse_period(f"{y - 1}-{period.code.split('-')[1]}")
    if period.kind == "half2":
        return parse_period(f"{y}-6M")
    return None
