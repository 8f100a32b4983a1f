"""Vietnamese number, percent and date formatting (Babel, locale vi_VN), and the one percentage rule.

Percentages are always computed from integers: 2 decimals, rounded half up. Never typed by a user.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

LOCALE = "vi_VN"
_TWO = Decimal("0.01")


def percent(part: int, whole: int) -> Decimal | None:
    """`part` as a share of `whole` in percent, 2 decimals, half up; None when `whole` is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_TWO, rounding=ROUND_HALF_UP)


def fmt_int(value: int | None) -> str:
    """3748 -> "3.748"."""
    if value is None:
        return ""
    return format_decimal(int(value), format="#,##0", locale=LOCALE)


def fmt_pct_value(value: Decimal | None) -> str:
    """Decimal("96.31") -> "96,31%"; None -> "-" (no base to compute on)."""
    if value is None:
        return "-"
    return format_decimal(value, format="#,##0.00", locale=LOCALE) + "%"


def fmt_pct(part: int, whole: int) -> str:
    """Share of `part` in `whole`, formatted: fmt_pct(3599, 3737) -> "96,31%"."""
    return fmt_pct_value(percent(part, whole))


def fmt_money(value: int | None) -> str:
    """Integer đồng with thousand dots: 53528500 -> "53.528.500"."""
    return fmt_int(value)


def fmt_date(value: date | datetime | str | None) -> str:
    """dd/mm/yyyy (accepts ISO strings)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def nd30_date(value: date) -> str:
    """Date line in the Nghị định 30 style: "ngày 05 tháng 02 năm 2024"; months 3-12 without a leading zero."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def nd30_short_date(value: date) -> str:
    """Short date as written in reports' document lists: 17/01/2023, 03/4/2023 (months 3-12 unpadded)."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"{value.day:02d}/{month}/{value.year}"


def two_digit(value: int) -> str:
    """Counts below 10 as written in reports: 1 -> "01" (as in "đang xử lý: 01")."""
    return f"{value:02d}" if 0 < value < 10 else fmt_int(value)


def parse_count(text: str | int | None, where: str = "") -> int:
    """A count typed or pasted by a clerk: "3.748", "3748", " 12 ", "1,234"; blank or "-" is 0.

    Raises UserError naming `where` for text that is not a non-negative whole number.
    """
    from tthc_desktop.errors import UserError

    if text is None:
        return 0
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        s = "".join(str(text).replace("\u00a0", " ").split())
        if s in ("", "-", "–"):
            return 0
        grouped = s.replace(".", "") if "." in s and all(len(g) == 3 for g in s.split(".")[1:]) else s
        grouped = grouped.replace(",", "") if "," in grouped and all(
            len(g) == 3 for g in grouped.split(",")[1:]) else grouped
        if not (grouped[1:] if grouped.startswith("-") else grouped).isdigit():
            prefix = f"{where}: " if where else ""
            raise UserError(f"{prefix}“{text}” không phải số nguyên. Gõ số hồ sơ như 3748 hoặc 3.748.")
        value = int(grouped)
    if value < 0:
        prefix = f"{where}: " if where else ""
        raise UserError(f"{prefix}số hồ sơ không được âm (nhận được {fmt_int(value)}).")
    return value
