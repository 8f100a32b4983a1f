from datetime import date

import pytest

from tthc_desktop.domain.periods import current_period, months_of, parse_period, previous_period, quarters_of
from tthc_desktop.errors import UserError


@pytest.mark.parametrize("code,start,end,name", [
    ("2023", date(2022, 12, 15), date(2023, 12, 14), "năm 2023"),
    ("2023-Q1", date(2022, 12, 15), date(2023, 3, 14), "quý I năm 2023"),
    ("2023-Q2", date(2023, 3, 15), date(2023, 6, 14), "quý II năm 2023"),
    ("2023-Q3", date(2023, 6, 15), date(2023, 9, 14), "quý III năm 2023"),
    ("2023-Q4", date(2023, 9, 15), date(2023, 12, 14), "quý IV năm 2023"),
    ("2023-6M", date(2022, 12, 15), date(2023, 6, 14), "6 tháng đầu năm 2023"),
    ("2023-6MC", date(2023, 6, 15), date(2023, 12, 14), "6 tháng cuối năm 2023"),
    ("2023-9M", date(2022, 12, 15), date(2023, 9, 14), "9 tháng đầu năm 2023"),
    ("2023-M05", date(2023, 4, 15), date(2023, 5, 14), "tháng 5 năm 2023"),
    ("2024-M01", date(2023, 12, 15), date(2024, 1, 14), "tháng 1 năm 2024"),
    ("2024-M03", date(2024, 2, 15), date(2024, 3, 14), "tháng 3 năm 2024"),
    ("2023-01-01..2023-10-30", date(2023, 1, 1), date(2023, 10, 30),
     "từ ngày 01/01/2023 đến ngày 30/10/2023"),
])
def test_period_ranges_and_names(code, start, end, name):
    p = parse_period(code)
    assert (p.start, p.end, p.name) == (start, end, name)


def test_leap_year_custom_range_and_february_month():
    p = parse_period("2024-02-01..2024-02-29")
    assert p.end == date(2024, 2, 29)
    with pytest.raises(UserError):
        parse_period("2023-02-01..2023-02-29")  # 2023 is not a leap year
    assert parse_period("2024-M02").start == date(2024, 1, 15)


def test_year_end_boundaries_belong_to_next_year():
    assert current_period(date(2023, 12, 14), "year").code == "2023"
    assert current_period(date(2023, 12, 15), "year").code == "2024"
    assert current_period(date(2023, 12, 15)).code == "2024-Q1"
    assert current_period(date(2024, 3, 14)).code == "2024-Q1"
    assert current_period(date(2024, 3, 15)).code == "2024-Q2"


def test_data_range_text_as_reports_print_it():
    assert parse_period("2023").data_range_text == "(Số liệu từ ngày 15/12/2022 đến hết ngày 14/12/2023)"


@pytest.mark.parametrize("bad", ["", "2023-Q5", "2023-M13", "2023-10-30..2023-01-01", "quý 2", "2023-13-01..2023-12-01"])
def test_bad_codes_get_a_vietnamese_message(bad):
    with pytest.raises(UserError, match="Kỳ báo cáo không hợp lệ"):
        parse_period(bad)


def test_sub_periods_tile_the_period():
    year = parse_period("2023")
    qs = quarters_of(year)
    assert [q.code for q in qs] == ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    assert qs[0].start == year.start and qs[-1].end == year.end
    ms = months_of(parse_period("2023-Q2"))
    assert [m.code for m in ms] == ["2023-M04", "2023-M05", "2023-M06"]
    assert [q.code for q in quarters_of(parse_period("2023-6MC"))] == ["2023-Q3", "2023-Q4"]


def test_previous_period():
    assert previous_period(parse_period("2024-Q1")).code == "2023-Q4"
    assert previous_period(parse_period("2024")).code == "2023"
    assert previous_period(parse_period("2024-M01")).code == "2023-M12"
