"""Working-day calendar for appointment dates (ngày hẹn trả kết quả) and on-time checks.

Days off: Saturdays and Sundays; public holidays of the Labour Code 2019 (Điều 112), lunar ones
included (Tết Nguyên Đán, Giỗ Tổ Hùng Vương 10/3 âm lịch), taken from the `holidays` package in
Vietnamese; the swaps the Government decides each year (hoán đổi ngày làm việc: a weekday off, a
Saturday worked) from `resources/data/vn_days_off.json`; and the office's own overrides.

Counting rule (documented for the clerk, "quy tắc tính theo buổi"): a working day has two sessions
(buổi sáng, buổi chiều); a time limit of N days is 2N sessions. The session in which the dossier is
received is not counted: received in the morning, counting starts that afternoon; received in the
afternoon or after hours, it starts the next working morning. The due time is the end of the last
counted session. Fractions other than halves take that share of the next session's length.
Limits in hours (giờ làm việc) are counted in office time from the moment of receipt.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from tthc_desktop.assets import asset_path
from tthc_desktop.domain.formatting import fmt_date

_WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
DEFAULT_OFF_NAME = "Ngày nghỉ theo quyết định của cơ quan"
BUILTIN_TABLE = "resources/data/vn_days_off.json"

EARLY, ON_TIME, LATE = "truoc_han", "dung_han", "qua_han"


def weekday_name(day: date) -> str:
    """Vietnamese weekday name: date(2026, 1, 10) -> "Thứ Bảy"."""
    return _WEEKDAY_NAMES[day.weekday()]


@dataclass(frozen=True)
class OfficeHours:
    """Opening hours of the one-stop desk (giờ làm việc); the default is 8 hours a day."""

    morning_start: time = time(7, 30)
    morning_end: time = time(11, 30)
    afternoon_start: time = time(13, 0)
    afternoon_end: time = time(17, 0)

    def sessions(self, day: date) -> list[tuple[datetime, datetime]]:
        """The two sessions of `day` as (start, end) datetimes."""
        return [(datetime.combine(day, self.morning_start), datetime.combine(day, self.morning_end)),
                (datetime.combine(day, self.afternoon_start), datetime.combine(day, self.afternoon_end))]


@dataclass(frozen=True)
class DueDate:
    """An appointment time and the non-working days passed over to reach it."""

    due: datetime
    skipped: list[tuple[date, str]] = field(default_factory=list)

    @property
    def holidays_skipped(self) -> list[tuple[date, str]]:
        """Skipped days that are holidays or decided days off (plain weekends left out)."""
        return [(d, n) for d, n in self.skipped if n not in _WEEKDAY_NAMES]


@lru_cache(maxsize=1)
def load_builtin_days() -> tuple[dict[date, str], dict[date, str]]:
    """The official swaps shipped with the app: (extra days off, extra working days) with their names."""
    data = json.loads(asset_path(BUILTIN_TABLE).read_text(encoding="utf-8"))
    off = {date.fromisoformat(e["date"]): e["name"] for e in data.get("off", [])}
    work = {date.fromisoformat(e["date"]): e["name"] for e in data.get("work", [])}
    return off, work


def _as_named(days: Mapping[date, str] | Iterable[date] | None, default: str) -> dict[date, str]:
    if not days:
        return {}
    if isinstance(days, Mapping):
        return {d: (n or default) for d, n in days.items()}
    return {d: default for d in days}


class WorkCalendar:
    """Working days of a commune office: weekends, public holidays, official swaps and local overrides."""

    def __init__(self, extra_off: Mapping[date, str] | Iterable[date] | None = None,
                 extra_work: Mapping[date, str] | Iterable[date] | None = None,
                 *, builtin: bool = True, hours: OfficeHours | None = None):
        """`extra_off` / `extra_work` come from the office's settings and win over everything else."""
        self.hours = hours or OfficeHours()
        self._off: dict[date, str] = {}
        self._work: dict[date, str] = {}
        if builtin:
            off, work = load_builtin_days()
            self._off.update(off)
            self._work.update(work)
        user_off = _as_named(extra_off, DEFAULT_OFF_NAME)
        user_work = _as_named(extra_work, "Ngày làm việc theo quyết định của cơ quan")
        for d in user_off:
            self._work.pop(d, None)
        for d in user_work:
            self._off.pop(d, None)
        self._off.update(user_off)
        self._work.update(user_work)
        self._years: dict[int, holidays.HolidayBase] = {}

    def _public(self, year: int) -> holidays.HolidayBase:
        cal = self._years.get(year)
        if cal is None:
            cal = holidays.country_holidays("VN", years=year, language="vi")
            self._years[year] = cal
        return cal

    def holiday_name(self, day: date) -> str | None:
        """Vietnamese name of the holiday or decided day off on `day` (None for ordinary days)."""
        if day in self._off:
            return self._off[day]
        name = self._public(day.year).get(day)
        return str(name) if name else None

    def is_working_day(self, day: date) -> bool:
        """True if the office works on `day`."""
        if isinstance(day, datetime):
            day = day.date()
        if day in self._work:
            return True
        if day in self._off:
            return False
        cal = self._public(day.year)
        if day in getattr(cal, "weekend_workdays", set()):
            return True
        return day.weekday() < 5 and day not in cal

    def off_reason(self, day: date) -> str | None:
        """Why `day` is not a working day ("Tết Nguyên Đán", "Chủ nhật"...), None if it is one."""
        if self.is_working_day(day):
            return None
        return self.holiday_name(day) or weekday_name(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        d = day + timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def _skipped_between(self, first: date, last: date) -> list[tuple[date, str]]:
        """Non-working days d with first < d < last."""
        out = []
        d = first + timedelta(days=1)
        while d < last:
            reason = self.off_reason(d)
            if reason:
                out.append((d, reason))
            d += timedelta(days=1)
        return out

    def _sessions_from(self, start: datetime, *, include_current: bool):
        """Sessions in order from `start`: the one in progress (when asked), then every later one."""
        day = start.date()
        while True:
            if self.is_working_day(day):
                for s, e in self.hours.sessions(day):
                    if s > start or (include_current and e > start):
                        yield max(s, start) if include_current else s, e
            day += timedelta(days=1)

    def _start(self, start: datetime | date) -> datetime:
        """A bare date means received when the desk opens that day."""
        if isinstance(start, datetime):
            return start
        return datetime.combine(start, self.hours.morning_start)

    def add_working_days(self, start: datetime | date, days: float) -> DueDate:
        """Appointment time for a limit of `days` working days (0.5 = one session), by the session rule."""
        start = self._start(start)
        if days < 0:
            raise ValueError("days must not be negative")
        if days == 0:
            return DueDate(start, [])
        sessions = days * 2
        whole = math.floor(sessions + 1e-9)
        frac = sessions - whole
        # The session in progress at receipt is not counted: start from the next session's start.
        gen = self._sessions_from(start, include_current=False)
        due: datetime | None = None
        for _ in range(whole):
            _, due = next(gen)
        if frac > 1e-9:
            s, e = next(gen)
            due = s + (e - s) * frac
        assert due is not None
        return DueDate(due, self._skipped_between(start.date(), due.date()))

    def add_working_hours(self, start: datetime | date, hours: float) -> DueDate:
        """Appointment time for a limit in working hours, counted in office time from receipt."""
        start = self._start(start)
        if hours < 0:
            raise ValueError("hours must not be negative")
        left = timedelta(hours=hours)
        due = start
        for s, e in self._sessions_from(start, include_current=True):
            if left <= timedelta(0):
                break
            span = e - s
            if span >= left:
                due = s + left
                break
            left -= span
            due = e
        return DueDate(due, self._skipped_between(start.date(), due.date()))

    def due_date(self, start: datetime | date, days: float | None = None, hours: float | None = None) -> DueDate:
        """Appointment time for a procedure's limit given in days or hours (days win when both are set)."""
        if days:
            return self.add_working_days(start, days)
        return self.add_working_hours(start, hours or 0)

    def working_days_between(self, a: date, b: date) -> int:
        """Working days d with a < d <= b; negative when b is before a (e.g. days late or early)."""
        if isinstance(a, datetime):
            a = a.date()
        if isinstance(b, datetime):
            b = b.date()
        sign = 1
        if b < a:
            a, b, sign = b, a, -1
        count = 0
        d = a + timedelta(days=1)
        while d <= b:
            count += self.is_working_day(d)
            d += timedelta(days=1)
        return sign * count

    def working_days_in(self, first: date, last: date) -> int:
        """Working days in the closed range [first, last]."""
        return self.working_days_between(first - timedelta(days=1), last) if last >= first else 0

    def explain(self, due: DueDate) -> str:
        """One Vietnamese line for the receipt form, naming the holidays passed over."""
        text = f"{due.due:%H} giờ {due.due:%M} phút, ngày {fmt_date(due.due)}"
        hol = due.holidays_skipped
        if hol:
            names = "; ".join(f"{fmt_date(d)} {n}" for d, n in hol)
            text += f" (không tính ngày nghỉ: {names})"
        return text


def classify_resolution(due: datetime, resolved: datetime) -> str:
    """Trước hạn (resolved on an earlier day), đúng hạn (on the due day, by the due time), quá hạn (after it)."""
    if resolved > due:
        return LATE
    if resolved.date() < due.date():
        return EARLY
    return ON_TIME


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """A shared calendar with the built-in table and no local overrides."""
    return WorkCalendar()
