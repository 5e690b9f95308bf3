"""Whether a job meets the 非全日制 (part-time) limits of 劳动合同法 68 and 72."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import num
from knowledge.calculators.laws import LABOR_CONTRACT_LAW, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, InvalidInput, Phrase

NAME = "part_time_check"
BASIS = cite(LABOR_CONTRACT_LAW, 68, 69, 70, 71, 72, 10, 82, 47)


def part_time_check(*, daily_hours: Decimal, weekly_hours: Decimal, pay_cycle_days: int,
                    today: date) -> Calculation:
    """Return whether the job meets the 非全日制 limits of 劳动合同法 68 and 72 (amount None)."""
    too_long_day = daily_hours > 4
    too_long_week = weekly_hours > 24
    not_part_time = too_long_day or too_long_week
    late_pay = pay_cycle_days > 15
    hours = {"daily": num(daily_hours), "weekly": num(weekly_hours)}
    if not_part_time:
        verdict = Phrase("part_time_check.over_limits",
                         {**hours, "too_long_day": too_long_day, "too_long_week": too_long_week})
    else:
        verdict = Phrase("part_time_check.within_limits", hours)
    cycle = {"days": pay_cycle_days}
    if late_pay and not_part_time:
        pay = Phrase("part_time_check.pay_cycle.too_long_anyway", cycle)
    elif late_pay:
        pay = Phrase("part_time_check.pay_cycle.too_long", cycle)
    else:
        pay = Phrase("part_time_check.pay_cycle.ok", cycle)
    basis = [*cite(LABOR_CONTRACT_LAW, 68, 72, 69, 70, 71)]
    if not_part_time:
        basis.extend(cite(LABOR_CONTRACT_LAW, 10, 82, 47))
    formula = Phrase("part_time_check.formula", {
        **hours, "too_long_day": too_long_day, "too_long_week": too_long_week, "not_part_time": not_part_time,
        "days": pay_cycle_days, "late_pay": late_pay})
    return Calculation(
        calculator=NAME, amount=None, summary=Phrase("part_time_check.summary", {"parts": (verdict, pay)}),
        formula=formula,
        inputs={"daily_hours": num(daily_hours), "weekly_hours": num(weekly_hours),
                "pay_cycle_days": str(pay_cycle_days),
                "not_part_time": "yes" if not_part_time else "no", "pay_cycle_violation": "yes" if late_pay else "no"},
        basis=tuple(basis),
        notes=(Phrase("part_time_check.note.rules"), Phrase("part_time_check.note.minimum_wage")))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse hours a day or a week cannot hold, and a pay cycle of zero days."""
    daily, weekly = values.get("daily_hours"), values.get("weekly_hours")
    if isinstance(daily, Decimal) and daily > 24:
        raise InvalidInput(calc.spec("daily_hours"), "too_many_hours_a_day")
    if isinstance(weekly, Decimal) and weekly > 168:
        raise InvalidInput(calc.spec("weekly_hours"), "too_many_hours_a_week")
    if values.get("pay_cycle_days") == 0:
        raise InvalidInput(calc.spec("pay_cycle_days"), "pay_cycle_too_short")


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("daily_hours", "hours"),
        InputSpec("weekly_hours", "hours"),
        InputSpec("pay_cycle_days", "int"),
    ),
    compute=part_time_check, basis=BASIS, check=check)
