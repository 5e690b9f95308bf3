"""The employment period from dates or from durations ("干了13年", "离职10个月了").

A worker often knows how long they worked, or how long ago they left, rather than the dates. The
calculators count the dates back from those durations and add a caveat saying they did, so the
worker can correct a date that matters to the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from knowledge.calculators.figures import duration_of_months
from knowledge.calculators.model import InputSpec, Phrase
from knowledge.inputs import shift_months

# The inputs that give a period as durations, after the calculator's required inputs.
SERVICE_MONTHS = InputSpec("service_months", "months", required=False)
MONTHS_SINCE_END = InputSpec("months_since_end", "months", required=False)


@dataclass(frozen=True)
class Period:
    """The first and last day of employment (``end`` None when not known) and the caveats on how they were found."""

    start: date
    end: date | None
    caveats: tuple[Phrase, ...] = ()


def end_of_employment(*, end_date: date | None, months_since_end: Decimal | None,
                      today: date) -> tuple[date | None, tuple[Phrase, ...]]:
    """Return the end date given, or the one counted back from a time since leaving, with its caveat."""
    if end_date is not None or months_since_end is None:
        return end_date, ()
    end = shift_months(today, -months_since_end)
    return end, (Phrase("estimated_end", {"date": end.isoformat(), "since": duration_of_months(months_since_end)}),)


def employment_period(*, start_date: date | None, service_months: Decimal | None, end_date: date | None,
                      months_since_end: Decimal | None, today: date) -> Period:
    """Return the employment period from the dates given or estimated from the durations.

    A tenure counts back from the end of employment (today when it has not ended): 13 years to
    2024-06-10 is from 2011-06-11, so that the service from start to end inclusive is exactly 13 years.
    """
    end, caveats = end_of_employment(end_date=end_date, months_since_end=months_since_end, today=today)
    if start_date is not None:
        return Period(start=start_date, end=end, caveats=caveats)
    if service_months is None:
        raise ValueError("employment_period needs a start date or a tenure")
    start = shift_months((end or today) + timedelta(days=1), -service_months)
    if end is None:
        # The last day is not known: the tenure alone counts the years (the dates are only arithmetic).
        counted = Phrase("counted_from_tenure", {"service": duration_of_months(service_months)})
        return Period(start=start, end=end, caveats=(counted, *caveats))
    estimated = Phrase("estimated_start", {"date": start.isoformat(), "service": duration_of_months(service_months)})
    return Period(start=start, end=end, caveats=(estimated, *caveats))
