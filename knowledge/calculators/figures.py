"""Money, counts and periods as the calculators compute and state them.

Figures are formatted the same in every language ("8,000.00", "2.5", "2023-04-01"), so they are
formatted here and handed to the locales ready to insert.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from knowledge.calculators.model import Phrase

_CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    """Round an amount to the cent, half up."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    """8000 → "8,000.00"."""
    return f"{money(value):,.2f}"


def num(value: Decimal | Fraction | int) -> str:
    """A count for prose: 9 → "9", 2.5 → "2.5", 9.2333… → "9.23"."""
    d = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else Decimal(value)
    d = d.quantize(_CENT, rounding=ROUND_HALF_UP)
    return f"{d:f}".rstrip("0").rstrip(".") if "." in f"{d:f}" else f"{d:f}"


def anniversary(start: date, months: int) -> date:
    """The day ``months`` months after ``start`` with the same day number; the 1st of the next
    month when that day does not exist (31 January + 1 month → 1 March).

    用工之日 is itself a working day, so the first month of employment runs from ``start`` to the
    day before this date: start 2023-03-01 → 满一个月 on 2023-03-31, 次日 2023-04-01.
    """
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    try:
        return date(year, month + 1, start.day)
    except ValueError:
        year, month = divmod(index + 1, 12)
        return date(year, month + 1, 1)


def period_end(start: date, *, years: int = 0, months: int = 0, days: int = 0) -> date:
    """Last day of a limitation period counted as the Civil Code does (民法典 201, 202): the start
    day is not counted; a period in years or months ends on the corresponding day, or on the
    last day of the month when there is none (2024-02-29 + 1 year → 2025-02-28)."""
    if days:
        return start + timedelta(days=days)
    year, month = divmod(start.year * 12 + start.month - 1 + years * 12 + months, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def service(start: date, end: date) -> tuple[int, int, int]:
    """Full years, further full months and remaining days from ``start`` to ``end`` inclusive."""
    stop = end + timedelta(days=1)
    years = 0
    while anniversary(start, 12 * (years + 1)) <= stop:
        years += 1
    months = 0
    while months < 11 and anniversary(start, 12 * years + months + 1) <= stop:
        months += 1
    days = (stop - anniversary(start, 12 * years + months)).days
    return years, months, days


def duration(years: int, months: int, days: int) -> Phrase:
    """The phrase stating a length of service: 3 years 7 months."""
    return Phrase("duration", {"years": years, "months": months, "days": days})


def days_left(days: int) -> Phrase:
    """The phrase stating the days left before a deadline (negative: passed)."""
    return Phrase("days_left", {"days": days})


def duration_of_months(months: Decimal) -> Phrase:
    """The phrase stating a length given in months (30 → 2 years 6 months; 8.5 → 8 months 15 days)."""
    whole = int(months)
    days = int(((months - whole) * 30).to_integral_value(rounding=ROUND_HALF_UP))
    return duration(whole // 12, whole % 12, days)
