"""Pay for untaken paid annual leave (职工带薪年休假条例 3, 5; 企业职工带薪年休假实施办法 10–12).

The days a year follow the cumulative years of work (5, 10 or 15; none before twelve months of
work). Each untaken day is paid at 300% of the daily wage (monthly wage ÷ 21.75), of which the
normal 100% is already in the wage: 200% is still owed. On leaving, this year's days are prorated
(days of this year with the employer ÷ 365 × the year's days − days already taken, part days
dropped, days taken beyond that not clawed back).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from knowledge.calculators.figures import duration_of_months, money, num, yuan
from knowledge.calculators.laws import (
    ANNUAL_LEAVE_MEASURES,
    ANNUAL_LEAVE_REGULATION,
    ARBITRATION_LAW,
    PAID_DAYS_PER_MONTH,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.calculators.period import SERVICE_MONTHS
from knowledge.inputs import shift_months

NAME = "annual_leave_pay"
BASIS = (*cite(ANNUAL_LEAVE_REGULATION, 3, 5, 4), *cite(ANNUAL_LEAVE_MEASURES, 3, 4, 10, 11, 12),
         *cite(ARBITRATION_LAW, 27))
EXTRA_SHARE = Decimal(2)  # 300% in all, the normal 100% already paid in the wage
DAYS_IN_YEAR = 365  # 实施办法 5, 12: ÷ 365 days, whatever the year


def days_a_year(work_months: Decimal) -> int:
    """The year's leave by cumulative work (条例 3, 实施办法 3): 0 under 12 months, 5 under 10 years,
    10 under 20 years, 15 from 20 years."""
    if work_months < 12:
        return 0
    if work_months < 120:
        return 5
    if work_months < 240:
        return 10
    return 15


def annual_leave_pay(*, monthly_wage: Decimal, leaving: bool, work_months: Decimal | None = None,
                     unused_leave_days: int | None = None, leave_date: date | None = None,
                     taken_leave_days: int = 0, start_date: date | None = None,
                     service_months: Decimal | None = None, today: date) -> Calculation:
    """Return the pay still owed for untaken annual leave: 200% of the daily wage per day."""
    caveats: list[Phrase] = []
    notes: list[Phrase] = [Phrase("annual_leave_pay.note.daily_wage", {"paid_days": str(PAID_DAYS_PER_MONTH)})]
    basis: list[Basis] = [*cite(ANNUAL_LEAVE_REGULATION, 5, 3), *cite(ANNUAL_LEAVE_MEASURES, 10, 11)]
    if work_months is None:  # only the years with this employer were given: a lower bound
        work_months = service_months or Decimal(0)
        caveats.append(Phrase("annual_leave_pay.note.work_from_service",
                              {"service": duration_of_months(work_months)}))
    annual = days_a_year(work_months)
    daily = monthly_wage / PAID_DAYS_PER_MONTH
    figures: dict[str, object] = {"wage": yuan(monthly_wage), "paid_days": str(PAID_DAYS_PER_MONTH),
                                  "daily": yuan(daily), "work": duration_of_months(work_months), "annual": annual}
    if leaving:
        assert leave_date is not None  # required when leaving (InputSpec.required_if)
        year_start = date(leave_date.year, 1, 1)
        if start_date is None and service_months is not None:  # "干了8个月": counted back from the leaving day
            start_date = shift_months(leave_date + timedelta(days=1), -service_months)
            if start_date > year_start:
                caveats.append(Phrase("estimated_start", {"date": start_date.isoformat(),
                                                          "service": duration_of_months(service_months)}))
        counted_from = max(year_start, start_date) if start_date is not None else year_start
        elapsed = (leave_date - counted_from).days + 1
        exact = Decimal(elapsed) / DAYS_IN_YEAR * annual - taken_leave_days
        days = max(0, int(exact.to_integral_value(rounding=ROUND_FLOOR)))
        figures.update(leave_date=leave_date.isoformat(), counted_from=counted_from.isoformat(), elapsed=elapsed,
                       taken=taken_leave_days, exact=num(exact), days=days)
        basis.append(Basis(ANNUAL_LEAVE_MEASURES, "12"))
        if start_date is None:
            caveats.append(Phrase("annual_leave_pay.note.from_new_year", {"year": leave_date.year}))
        if exact < 0:
            caveats.append(Phrase("annual_leave_pay.note.taken_more", {"taken": taken_leave_days}))
    else:
        assert unused_leave_days is not None  # required when not leaving
        days = unused_leave_days
        figures.update(days=days)
        if annual and days > annual:
            caveats.append(Phrase("annual_leave_pay.note.more_than_a_year", {"days": days, "annual": annual}))
    extra = money(daily * EXTRA_SHARE * days)
    total = money(daily * 3 * days)
    figures.update(extra=yuan(extra), total=yuan(total), leaving=leaving)
    if annual == 0:
        caveats.insert(0, Phrase("annual_leave_pay.note.not_yet_entitled", {"work": duration_of_months(work_months)}))
        basis.append(Basis(ANNUAL_LEAVE_MEASURES, "3"))
    caveats.append(Phrase("annual_leave_pay.note.declined_in_writing"))
    basis.append(Basis(ANNUAL_LEAVE_MEASURES, "10"))
    caveats.append(Phrase("annual_leave_pay.note.limitation"))
    basis.append(Basis(ARBITRATION_LAW, "27"))
    notes.append(Phrase("annual_leave_pay.note.cumulative"))
    notes.append(Phrase("annual_leave_pay.note.exclusions"))
    # The notes' own citations: cumulative work (实施办法第四条), the daily wage (第十一条).
    basis += [Basis(ANNUAL_LEAVE_REGULATION, "4"), Basis(ANNUAL_LEAVE_MEASURES, "4"),
              Basis(ANNUAL_LEAVE_MEASURES, "11")]
    summary = "annual_leave_pay.summary.none" if annual == 0 or days == 0 else "annual_leave_pay.summary"
    return Calculation(
        calculator=NAME, amount=extra if annual else Decimal("0.00"),
        summary=Phrase(summary, figures),
        formula=Phrase("annual_leave_pay.formula.leaving" if leaving else "annual_leave_pay.formula", figures),
        inputs={"monthly_wage": yuan(monthly_wage), "annual_days": str(annual), "unused_days": str(days),
                "daily_wage": yuan(daily), "extra_pay": yuan(extra)},
        basis=tuple(dict.fromkeys(basis)), notes=tuple(notes), caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a leaving date before the start, and more leave taken than days in a year."""
    start, end = values.get("start_date"), values.get("leave_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        raise InvalidInput(calc.spec("leave_date"), "end_before_start")
    taken = values.get("taken_leave_days")
    if isinstance(taken, int) and taken > DAYS_IN_YEAR + 1:
        raise InvalidInput(calc.spec("taken_leave_days"), "number_out_of_range", raw=str(taken))
    unused = values.get("unused_leave_days")
    if isinstance(unused, int) and unused > 2 * DAYS_IN_YEAR:
        raise InvalidInput(calc.spec("unused_leave_days"), "number_out_of_range", raw=str(unused))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("work_months", "months", required_unless=("service_months",)),
        InputSpec("leaving", "bool"),
        InputSpec("unused_leave_days", "int", required=False, required_if=(("leaving", False),)),
        InputSpec("leave_date", "date", required=False, required_if=(("leaving", True),)),
        InputSpec("taken_leave_days", "int", required=False, default=0, required_if=(("leaving", True),)),
        InputSpec("start_date", "date", required=False),
        SERVICE_MONTHS,
    ),
    compute=annual_leave_pay, basis=BASIS, check=check)
