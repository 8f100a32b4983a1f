from datetime import date
from decimal import Decimal

import pytest

from tthc_desktop.domain.formatting import fmt_date, fmt_int, fmt_money, fmt_pct, nd30_date, percent


def test_numbers_use_dots_for_thousands():
    assert fmt_int(3748) == "3.748"
    assert fmt_int(0) == "0"
    assert fmt_money(53528500) == "53.528.500"


@pytest.mark.parametrize("part,whole,expected", [
    (3599, 3737, "96,31%"), (3551, 3737, "95,02%"), (185, 3737, "4,95%"), (1, 3737, "0,03%"),
    (1387, 3078, "45,06%"), (1, 1, "100,00%"), (0, 5, "0,00%"),
])
def test_percentages_from_the_sample_report(part, whole, expected):
    assert fmt_pct(part, whole) == expected


def test_percent_rounds_half_up_not_half_even():
    assert percent(1, 8) == Decimal("12.50")
    assert percent(1, 800) == Decimal("0.13")  # 0.125 -> 0.13 (half-even would give 0.12)
    assert percent(5, 0) is None
    assert fmt_pct(5, 0) == "-"


@pytest.mark.parametrize("d,expected", [
    (date(2023, 12, 15), "ngày 15 tháng 12 năm 2023"), (date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
    (date(2024, 3, 5), "ngày 05 tháng 3 năm 2024"), (date(2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
])
def test_nd30_date_line_pads_only_day_and_months_1_2(d, expected):
    assert nd30_date(d) == expected


def test_short_dates_are_dd_mm_yyyy():
    assert fmt_date(date(2023, 1, 7)) == "07/01/2023"
    assert fmt_date("2023-12-14") == "14/12/2023"
