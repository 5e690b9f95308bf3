"""Overtime pay (劳动法 44): 150% on working days, 200% on rest days, 300% on statutory holidays."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, num, yuan
from knowledge.calculators.laws import HOURS_PER_DAY, LABOR_LAW, PAID_DAYS_PER_MONTH, WAGE_PAYMENT_RULES, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, InvalidInput, Phrase

NAME = "overtime_pay"
BASIS = (*cite(LABOR_LAW, 44, 51, 41), *cite(WAGE_PAYMENT_RULES, 13))
_HOURS = ("weekday_hours", "rest_day_hours", "holiday_hours")


def overtime_pay(*, monthly_wage: Decimal, weekday_hours: Decimal = Decimal(0),
                 rest_day_hours: Decimal = Decimal(0), holiday_hours: Decimal = Decimal(0),
                 comp_time_given_for_rest_days: bool = False, today: date) -> Calculation:
    """Return overtime pay under 劳动法 44: 150% weekdays, 200% rest days, 300% statutory holidays."""
    daily = monthly_wage / PAID_DAYS_PER_MONTH
    hourly = daily / HOURS_PER_DAY
    weekday = money(weekday_hours * hourly * Decimal("1.5"))
    rest_day = Decimal("0.00") if comp_time_given_for_rest_days else money(rest_day_hours * hourly * 2)
    holiday = money(holiday_hours * hourly * 3)
    amount = weekday + rest_day + holiday
    formula = Phrase("overtime_pay.formula", {
        "wage": yuan(monthly_wage), "paid_days": str(PAID_DAYS_PER_MONTH), "daily": yuan(daily),
        "hourly": yuan(hourly), "weekday_hours": num(weekday_hours), "weekday": yuan(weekday),
        "rest_day_hours": num(rest_day_hours), "rest_day": yuan(rest_day),
        "comp_time": comp_time_given_for_rest_days, "holiday_hours": num(holiday_hours), "holiday": yuan(holiday),
        "amount": yuan(amount)})
    notes = (
        Phrase("overtime_pay.note.paid_days", {"paid_days": str(PAID_DAYS_PER_MONTH)}),
        Phrase("overtime_pay.note.on_top"),
        Phrase("overtime_pay.note.time_off"),
        Phrase("overtime_pay.note.limits"),
        Phrase("overtime_pay.note.limitation"),
    )
    parts = []
    if weekday_hours:
        parts.append(Phrase("overtime_pay.part.weekday", {"hours": num(weekday_hours)}))
    if rest_day_hours:
        parts.append(Phrase("overtime_pay.part.rest_day",
                            {"hours": num(rest_day_hours), "comp_time": comp_time_given_for_rest_days}))
    if holiday_hours:
        parts.append(Phrase("overtime_pay.part.holiday", {"hours": num(holiday_hours)}))
    return Calculation(
        calculator=NAME, amount=amount,
        summary=Phrase("overtime_pay.summary", {
            "wage": yuan(monthly_wage), "hourly": yuan(hourly), "parts": tuple(parts), "amount": yuan(amount)}),
        formula=formula,
        inputs={"monthly_wage": yuan(monthly_wage), "weekday_hours": num(weekday_hours),
                "rest_day_hours": num(rest_day_hours), "holiday_hours": num(holiday_hours),
                "comp_time_given_for_rest_days": "yes" if comp_time_given_for_rest_days else "no"},
        basis=BASIS, notes=notes)


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a calculation with no overtime at all."""
    if not any(values.get(n) for n in _HOURS):
        raise InvalidInput(calc.spec("weekday_hours"), "no_overtime")


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("weekday_hours", "hours", default=Decimal(0), required_unless=("rest_day_hours", "holiday_hours")),
        InputSpec("rest_day_hours", "hours", default=Decimal(0), required_unless=("weekday_hours", "holiday_hours")),
        InputSpec("holiday_hours", "hours", default=Decimal(0), required_unless=("weekday_hours", "rest_day_hours")),
        InputSpec("comp_time_given_for_rest_days", "bool", required=False, default=False),
    ),
    compute=overtime_pay, basis=BASIS, check=check)
