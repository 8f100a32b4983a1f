"""Working days and appointment dates against the official 2024-2026 calendars."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tthc_desktop.domain.workdays import (
    EARLY, LATE, ON_TIME, OfficeHours, WorkCalendar, classify_resolution, default_calendar,
)

CAL = default_calendar()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.mark.parametrize("first, last", [
    (date(2024, 2, 8), date(2024, 2, 14)),   # Tết Giáp Thìn
    (date(2024, 4, 27), date(2024, 5, 1)),   # 30/4-1/5 with Monday 29/4 swapped
    (date(2024, 8, 31), date(2024, 9, 3)),   # Quốc khánh
    (date(2025, 1, 25), date(2025, 2, 2)),   # Tết Ất Tỵ, 9 days
    (date(2025, 4, 30), date(2025, 5, 4)),   # with Friday 2/5 swapped
    (date(2025, 8, 30), date(2025, 9, 2)),
    (date(2026, 1, 1), date(2026, 1, 4)),    # Tết Dương lịch, Friday 2/1 swapped
    (date(2026, 2, 14), date(2026, 2, 22)),  # Tết Bính Ngọ, 9 days
    (date(2026, 4, 25), date(2026, 4, 27)),  # Giỗ Tổ on Sunday 26/4, moved to Monday 27/4
])
def test_official_days_off(first, last):
    assert [d for d in _days(first, last) if CAL.is_working_day(d)] == []
    assert CAL.is_working_day(first - timedelta(days=1)) or (first - timedelta(days=1)).weekday() >= 5
    assert CAL.is_working_day(last + timedelta(days=1))


@pytest.mark.parametrize("saturday", [date(2024, 5, 4), date(2025, 4, 26), date(2026, 1, 10)])
def test_swapped_saturdays_are_working_days(saturday):
    assert saturday.weekday() == 5 and CAL.is_working_day(saturday)
    assert not CAL.is_working_day(saturday + timedelta(days=1))


def test_vietnamese_holiday_names():
    assert CAL.holiday_name(date(2025, 1, 29)) == "Tết Nguyên Đán"
    assert CAL.holiday_name(date(2024, 4, 18)) == "Ngày Giỗ Tổ Hùng Vương"
    assert "Giỗ Tổ Hùng Vương" in CAL.holiday_name(date(2026, 4, 27))
    assert CAL.holiday_name(date(2026, 1, 2)).startswith("Nghỉ hoán đổi dịp Tết Dương lịch")
    assert CAL.off_reason(date(2024, 3, 9)) == "Thứ Bảy"
    assert CAL.off_reason(date(2024, 3, 11)) is None


def test_builtin_table_adds_what_the_package_lacks():
    assert WorkCalendar(builtin=False).is_working_day(date(2026, 1, 2))
    assert not WorkCalendar().is_working_day(date(2026, 1, 2))


def test_office_overrides_win():
    cal = WorkCalendar(extra_off={date(2025, 3, 10): "Nghỉ để phục vụ bầu cử"},
                       extra_work=[date(2025, 4, 30), date(2024, 6, 8)])
    assert not cal.is_working_day(date(2025, 3, 10))
    assert cal.off_reason(date(2025, 3, 10)) == "Nghỉ để phục vụ bầu cử"
    assert cal.is_working_day(date(2025, 4, 30)) and cal.is_working_day(date(2024, 6, 8))
    assert not WorkCalendar(extra_off=[date(2026, 1, 10)]).is_working_day(date(2026, 1, 10))


def test_due_date_across_tet_2024_counts_sessions():
    due = CAL.add_working_days(datetime(2024, 2, 7, 9, 0), 3)
    # Wed afternoon + Thu 15, Fri 16 (Tết 8-14 and the weekend skipped); ends Monday morning.
    assert due.due == datetime(2024, 2, 19, 11, 30)
    assert [d for d, _ in due.holidays_skipped] == _days(date(2024, 2, 8), date(2024, 2, 14))
    assert (date(2024, 2, 17), "Thứ Bảy") in due.skipped
    assert dict(due.holidays_skipped)[date(2024, 2, 10)] == "Tết Nguyên Đán"
    assert CAL.explain(due).startswith("11 giờ 30 phút, ngày 19/02/2024 (không tính ngày nghỉ: 08/02/2024 29 Tết;")


def test_afternoon_receipt_starts_next_working_day():
    assert CAL.add_working_days(datetime(2024, 2, 7, 14, 0), 1).due == datetime(2024, 2, 15, 17, 0)
    assert CAL.add_working_days(datetime(2026, 2, 13, 15, 0), 1).due == datetime(2026, 2, 23, 17, 0)
    # The working Saturday 10/01/2026 counts.
    assert CAL.add_working_days(datetime(2026, 1, 9, 14, 0), 1).due == datetime(2026, 1, 10, 17, 0)


def test_half_days_fractions_and_hours():
    monday = datetime(2024, 3, 11, 9, 0)
    assert CAL.add_working_days(monday, 0.5).due == datetime(2024, 3, 11, 17, 0)
    assert CAL.add_working_days(monday.replace(hour=14), 0.5).due == datetime(2024, 3, 12, 11, 30)
    assert CAL.add_working_days(monday.replace(hour=7), 0.5).due == datetime(2024, 3, 11, 11, 30)
    assert CAL.add_working_days(monday, 0.25).due == datetime(2024, 3, 11, 15, 0)
    assert CAL.add_working_days(monday, 0).due == monday
    assert CAL.add_working_hours(datetime(2024, 2, 7, 16, 0), 4).due == datetime(2024, 2, 15, 10, 30)
    assert CAL.add_working_hours(monday.replace(hour=12), 1).due == datetime(2024, 3, 11, 14, 0)
    assert CAL.due_date(monday, hours=8).due == datetime(2024, 3, 12, 9, 0)


def test_weekend_receipt_and_custom_office_hours():
    due = CAL.add_working_days(datetime(2024, 3, 9, 10, 0), 1)  # Saturday
    assert due.due == datetime(2024, 3, 11, 17, 0) and due.holidays_skipped == []
    from datetime import time
    cal = WorkCalendar(hours=OfficeHours(time(8), time(12), time(13, 30), time(17, 30)))
    assert cal.add_working_days(datetime(2024, 3, 8, 14, 0), 1).due == datetime(2024, 3, 11, 17, 30)


def test_giỗ_tổ_2026_moves_the_due_date():
    due = CAL.add_working_days(datetime(2026, 4, 24, 10, 0), 1)  # Friday morning
    assert due.due == datetime(2026, 4, 28, 11, 30)
    assert [d for d, _ in due.holidays_skipped] == [date(2026, 4, 26), date(2026, 4, 27)]


def test_working_days_between_and_classification():
    assert CAL.working_days_between(date(2024, 2, 7), date(2024, 2, 15)) == 1
    assert CAL.working_days_between(date(2024, 2, 15), date(2024, 2, 7)) == -1
    assert CAL.working_days_between(date(2025, 1, 24), date(2025, 2, 3)) == 1
    assert CAL.working_days_in(date(2026, 1, 1), date(2026, 1, 10)) == 6  # 5-9 and the working Saturday 10
    due = datetime(2024, 2, 19, 11, 30)
    assert classify_resolution(due, datetime(2024, 2, 16, 16, 0)) == EARLY
    assert classify_resolution(due, datetime(2024, 2, 19, 11, 0)) == ON_TIME
    assert classify_resolution(due, datetime(2024, 2, 19, 15, 0)) == LATE
