"""Overtime pay (劳动法 44): 150% on working days, 200% on rest days, 300% on statutory holidays.

The three kinds are asked together in one question ("平时每月36小时，周末2天，国庆加班3天"), read
by ``knowledge.inputs.parse_overtime``; any kind may be 0. Kinds given separately (from facts in the
worker's message) take precedence, and a kind never stated counts 0 with a caveat saying so.
"""

from __future__ import annotations

from dataclasses import replace

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, num, yuan
from knowledge.calculators.laws import (
    HOURS_PER_DAY,
    LABOR_LAW,
    MINIMUM_WAGE_CEILING,
    PAID_DAYS_PER_MONTH,
    WAGE_PAYMENT_RULES,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.inputs import OvertimeHours

NAME = "overtime_pay"
MONTHLY_CAP_HOURS = Decimal(36)  # 劳动法 41: 每月不得超过三十六小时
BASIS = (*cite(LABOR_LAW, 44, 51, 41, 48, 38), *cite(WAGE_PAYMENT_RULES, 13))
_KINDS = ("weekday", "rest_day", "holiday")


def _hours(overtime: OvertimeHours | None, given: dict[str, Decimal | None]) -> dict[str, Decimal | None]:
    """Each kind's hours: given separately, else from the combined answer, else None (not stated)."""
    return {kind: given[kind] if given[kind] is not None else getattr(overtime, kind, None) for kind in _KINDS}


def overtime_pay(*, monthly_wage: Decimal, overtime: OvertimeHours | None = None,
                 weekday_hours: Decimal | None = None, rest_day_hours: Decimal | None = None,
                 holiday_hours: Decimal | None = None, comp_time_given_for_rest_days: bool = False,
                 overtime_paid: Decimal | None = None, hours_are_total: bool = False,
                 wage_includes_overtime: bool = False, minimum_wage: Decimal | None = None,
                 overtime_months: Decimal | None = None, stretch_days: int | None = None,
                 day_clock_hours: Decimal | None = None,
                 base_wage: Decimal | None = None, piece_rate: bool = False, today: date) -> Calculation:
    """Return overtime pay under 劳动法 44: 150% weekdays, 200% rest days, 300% statutory holidays.

    ``day_clock_hours``: the working day told by the clock with no break, an hour of which was taken for meals; a
    caveat says so. Rest-day work compensated with time off is not paid (44(2)); statutory-holiday work is paid at
    300% even when time off was given (44(3) allows no substitute). The caveats say both. With
    ``hours_are_total`` the hours are all those worked so far (今年到现在加了60个小时), not a month's: the amount is
    theirs in all, and neither the month's cap nor the month's reading is said of them. With ``overtime_months`` the
    month's hours went on that many months (1月到10月每个月加班50小时): the month's pay is given and its total over them.
    With ``stretch_days`` the hours are those of a stretch of so many days worked without a day off (连着上了28天班):
    the amount is that stretch's, and a week without a rest day is said to breach 劳动法 38. With ``base_wage`` a package's
    contract names the pay for normal hours (合同写月薪5600包含加班费，里面基本工资写的2600): the overtime is owed on it.
    With ``piece_rate`` the month's pay is the pieces' over every hour worked: only the premium is still owed.
    """
    stated = _hours(overtime, {"weekday": weekday_hours, "rest_day": rest_day_hours, "holiday": holiday_hours})
    hours = {kind: value if value is not None else Decimal(0) for kind, value in stated.items()}
    stretch = stretch_days if stretch_days is not None and not hours_are_total else None
    months = overtime_months if overtime_months is not None and overtime_months > 1 and not hours_are_total \
        and stretch is None else None
    # A package "including overtime" covers the overtime worked as a pattern (典型案例: 包薪制 is found where overtime is
    # frequent and regular); statutory holidays worked with no weekday overtime told (国庆1号到5号都上了班) are an
    # occasion the same monthly pay never varied for: paid in full on the wage, with the package said not to cover them.
    occasional = wage_includes_overtime and not hours_are_total and bool(hours["holiday"]) and not hours["weekday"] \
        and base_wage is None
    if piece_rate and not wage_includes_overtime and not hours_are_total and stretch is None:
        return _piece_rate_pay(monthly_wage, hours, stated, comp_time_given_for_rest_days, months)
    if wage_includes_overtime and not hours_are_total and not occasional:
        if base_wage is not None and base_wage < monthly_wage:
            return _package_with_base(monthly_wage, base_wage, hours, comp_time_given_for_rest_days, minimum_wage,
                                      stated, months)
        if hours["holiday"] and base_wage is None:
            # The holidays worked beside the month's pattern (旺季天天12小时…国庆1号到3号也照样上): the package is the month's
            # pattern backed out of the wage; the holidays are an occasion it never varied for, paid on top at 300%.
            month = _package_wage(monthly_wage, {**hours, "holiday": Decimal(0)}, comp_time_given_for_rest_days,
                                  minimum_wage, stated)
            pay = money(hours["holiday"] * monthly_wage / PAID_DAYS_PER_MONTH / HOURS_PER_DAY * 3)
            on_top = Phrase("overtime_pay.note.package_holiday_on_top", {"hours": num(hours["holiday"]), "pay": yuan(pay),
                                                                          "wage": yuan(monthly_wage)})
            return replace(month, caveats=(on_top, *month.caveats))
        return _package_wage(monthly_wage, hours, comp_time_given_for_rest_days, minimum_wage, stated)
    daily = monthly_wage / PAID_DAYS_PER_MONTH
    hourly = daily / HOURS_PER_DAY
    weekday = money(hours["weekday"] * hourly * Decimal("1.5"))
    rest_day = Decimal("0.00") if comp_time_given_for_rest_days else money(hours["rest_day"] * hourly * 2)
    holiday = money(hours["holiday"] * hourly * 3)
    amount = weekday + rest_day + holiday
    month_amount = amount
    if months is not None:
        amount = money(month_amount * months)
    formula = Phrase("overtime_pay.formula", {
        "wage": yuan(monthly_wage), "paid_days": str(PAID_DAYS_PER_MONTH), "daily": yuan(daily),
        "hourly": yuan(hourly), "weekday_hours": num(hours["weekday"]), "weekday": yuan(weekday),
        "rest_day_hours": num(hours["rest_day"]), "rest_day": yuan(rest_day),
        "comp_time": comp_time_given_for_rest_days, "holiday_hours": num(hours["holiday"]), "holiday": yuan(holiday),
        "amount": yuan(amount)})

    caveats: list[Phrase] = []
    if occasional:
        caveats.append(Phrase("overtime_pay.note.package_occasional", {"wage": yuan(monthly_wage)}))
    if overtime_paid is not None and overtime_paid > 0:
        # What the employer already paid for this overtime (a "加班补贴"): the rest is still owed.
        caveats.append(Phrase("overtime_pay.note.paid", {"paid": yuan(overtime_paid),
                                                         "rest": yuan(max(Decimal(0), amount - overtime_paid))}))
    if hours["holiday"]:
        caveats.append(Phrase("overtime_pay.note.holiday_300", {"hours": num(hours["holiday"]), "pay": yuan(holiday)}))
    if hours["rest_day"]:
        caveats.append(Phrase("overtime_pay.note.rest_day_time_off" if comp_time_given_for_rest_days
                              else "overtime_pay.note.rest_day_200", {"hours": num(hours["rest_day"])}))
    total_hours = hours["weekday"] + hours["rest_day"] + hours["holiday"]
    if hours_are_total:
        caveats.append(Phrase("overtime_pay.note.total", {"hours": num(total_hours)}))
    elif stretch is not None:
        # 连着上了28天班: the stretch's own hours, over the month's cap whenever it passes 36, and no weekly rest day
        caveats.append(Phrase("overtime_pay.note.stretch", {"days": str(stretch), "hours": num(total_hours),
                                                            "over_cap": total_hours > MONTHLY_CAP_HOURS}))
    elif total_hours > MONTHLY_CAP_HOURS and (hours["weekday"] or hours["rest_day"]):
        # More than the month's lawful extension (劳动法 41): a matter for labour inspection, and paid all the same.
        caveats.append(Phrase("overtime_pay.note.over_cap", {"hours": num(total_hours)}))
    if day_clock_hours is not None and (hours["weekday"] or hours["rest_day"]):
        # 每晚10点上到早上8点 with no break told: the day counted an hour short for meals, and how to have it counted whole
        caveats.append(Phrase("overtime_pay.note.meal_hour", {"clock": num(day_clock_hours),
                                                             "day": num(day_clock_hours - 1)}))
    if months is not None:
        caveats.append(Phrase("overtime_pay.note.months", {"months": num(months), "month": yuan(month_amount)}))
    elif (hours["weekday"] or hours["rest_day"]) and not hours_are_total and stretch is None:
        caveats.append(Phrase("overtime_pay.note.per_month"))
    caveats += _not_stated(stated)
    basis: list[Basis] = [*cite(LABOR_LAW, 44, 51, 41), *cite(WAGE_PAYMENT_RULES, 13)]
    if stretch is not None:
        basis.append(Basis(LABOR_LAW, "38"))
    if monthly_wage < MINIMUM_WAGE_CEILING:
        caveats.append(Phrase("overtime_pay.note.minimum_wage", {"wage": yuan(monthly_wage)}))
        basis.append(Basis(LABOR_LAW, "48"))
    notes = [
        Phrase("overtime_pay.note.paid_days", {"paid_days": str(PAID_DAYS_PER_MONTH)}),
        Phrase("overtime_pay.note.on_top"),
        Phrase("overtime_pay.note.limits"),
        Phrase("overtime_pay.note.limitation"),
    ]
    if not hours["rest_day"] and not hours["holiday"]:
        notes.insert(2, Phrase("overtime_pay.note.time_off"))

    parts = _parts(hours, comp_time_given_for_rest_days)
    summary = Phrase("overtime_pay.summary", {
        "wage": yuan(monthly_wage), "hourly": yuan(hourly), "parts": parts, "amount": yuan(amount)})
    if months is not None:
        summary = Phrase("overtime_pay.summary.months", {
            "wage": yuan(monthly_wage), "hourly": yuan(hourly), "parts": parts, "month": yuan(month_amount),
            "months": num(months), "amount": yuan(amount)})
    inputs = {"monthly_wage": yuan(monthly_wage), "weekday_hours": num(hours["weekday"]),
              "rest_day_hours": num(hours["rest_day"]), "holiday_hours": num(hours["holiday"]),
              "comp_time_given_for_rest_days": "yes" if comp_time_given_for_rest_days else "no"}
    if months is not None:
        inputs["overtime_months"] = num(months)
    if stretch is not None:
        inputs["stretch_days"] = str(stretch)
    return Calculation(
        calculator=NAME, amount=amount, summary=summary,
        formula=formula,
        inputs=inputs, basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


def _parts(hours: dict[str, Decimal], comp_time: bool) -> tuple[Phrase, ...]:
    """The kinds of overtime worked, each with its hours (工作日延时10小时、休息日16小时), for the summary."""
    parts = []
    if hours["weekday"]:
        parts.append(Phrase("overtime_pay.part.weekday", {"hours": num(hours["weekday"])}))
    if hours["rest_day"]:
        parts.append(Phrase("overtime_pay.part.rest_day", {"hours": num(hours["rest_day"]), "comp_time": comp_time}))
    if hours["holiday"]:
        parts.append(Phrase("overtime_pay.part.holiday", {"hours": num(hours["holiday"])}))
    return tuple(parts)


def _not_stated(stated: dict[str, Decimal | None]) -> list[Phrase]:
    """The note that the kinds of overtime the worker did not give were counted as none ([] when all were given)."""
    missing = tuple(Phrase(f"overtime_pay.kind.{kind}") for kind in _KINDS if stated[kind] is None)
    return [Phrase("overtime_pay.note.not_stated", {"kinds": missing})] if missing else []


# A package wage's grounds and notes, whether its base is backed out of it or named by the contract.
_PACKAGE_BASIS = (*cite(LABOR_LAW, 44, 48, 41), *cite(WAGE_PAYMENT_RULES, 13))
_PACKAGE_NOTES = (Phrase("overtime_pay.note.package_rule"), Phrase("overtime_pay.note.limits"),
                  Phrase("overtime_pay.note.limitation"))


def _package_wage(wage: Decimal, hours: dict[str, Decimal], comp_time: bool, minimum_wage: Decimal | None,
                  stated: dict[str, Decimal | None]) -> Calculation:
    """A wage said to include the overtime (包薪): the pay for normal hours it leaves once the month's statutory overtime
    is backed out of it (wage = base × (1 + the overtime's share)), and what is owed when that base is below the local
    minimum wage (the package is then no defence: the overtime is owed on the minimum wage, 劳动法第四十四条、第四十八条)."""
    weighted = hours["weekday"] * Decimal("1.5") + (0 if comp_time else hours["rest_day"] * 2) + hours["holiday"] * 3
    share = weighted / (PAID_DAYS_PER_MONTH * HOURS_PER_DAY)
    base = money(wage / (1 + share))
    figures = {"wage": yuan(wage), "base": yuan(base), "overtime": yuan(wage - base), "share": num(money(share * 100))}
    inputs = {"monthly_wage": yuan(wage), "weekday_hours": num(hours["weekday"]), "rest_day_hours": num(hours["rest_day"]),
              "holiday_hours": num(hours["holiday"]), "wage_includes_overtime": "yes"}
    caveats = _not_stated(stated)
    formula = Phrase("overtime_pay.formula.package", {**figures, "paid_days": str(PAID_DAYS_PER_MONTH),
                                                       "weekday_hours": num(hours["weekday"]),
                                                       "rest_day_hours": num(Decimal(0) if comp_time else hours["rest_day"]),
                                                       "holiday_hours": num(hours["holiday"])})
    if minimum_wage is None:
        return Calculation(calculator=NAME, amount=None, summary=Phrase("overtime_pay.summary.package_unknown", figures),
                           formula=formula, inputs=inputs, basis=_PACKAGE_BASIS, notes=_PACKAGE_NOTES,
                           caveats=tuple(caveats))
    due = money(minimum_wage * (1 + share))
    short = max(Decimal("0.00"), due - wage)
    figures |= {"minimum": yuan(minimum_wage), "due": yuan(due), "short": yuan(short)}
    inputs["minimum_wage"] = yuan(minimum_wage)
    key = "overtime_pay.summary.package_short" if short > 0 else "overtime_pay.summary.package_covered"
    return Calculation(calculator=NAME, amount=short, summary=Phrase(key, figures), formula=formula, inputs=inputs,
                       basis=_PACKAGE_BASIS, notes=_PACKAGE_NOTES, caveats=tuple(caveats))


def _piece_rate_pay(wage: Decimal, hours: dict[str, Decimal], stated: dict[str, Decimal | None], comp_time: bool,
                    months: Decimal | None) -> Calculation:
    """A piece-rate worker's overtime (计件，一件8毛，这个月拿了7680): the month's pay already paid every hour worked at the
    piece price, so what is owed is the premium the overtime hours carry on it (工资支付暂行规定第十三条第二款: not less than
    150%, 200% and 300% of the piece price), the pay per hour counted over the month's standard hours and its overtime
    together (as if each hour made as many pieces). The standard hours' share of the pay must reach the minimum wage."""
    standard = PAID_DAYS_PER_MONTH * HOURS_PER_DAY
    rest = Decimal(0) if comp_time else hours["rest_day"]
    overtime_hours = hours["weekday"] + hours["rest_day"] + hours["holiday"]
    hourly = wage / (standard + overtime_hours)
    weekday = money(hours["weekday"] * hourly / 2)
    rest_day = money(rest * hourly)
    holiday = money(hours["holiday"] * hourly * 2)
    month_amount = weekday + rest_day + holiday
    amount = money(month_amount * months) if months is not None else month_amount
    parts = _parts(hours, comp_time)
    per_hour = yuan(money(hourly))
    figures = {"wage": yuan(wage), "hourly": per_hour, "total_hours": num(money(standard + overtime_hours)),
               "parts": parts, "amount": yuan(month_amount)}
    summary = Phrase("overtime_pay.summary.piece_rate", figures)
    caveats: list[Phrase] = [Phrase("overtime_pay.note.piece_rate", {"standard": yuan(money(hourly * standard))})]
    if months is not None:
        summary = Phrase("overtime_pay.summary.piece_rate_months", {**figures, "months": num(months), "total": yuan(amount)})
        caveats.append(Phrase("overtime_pay.note.months", {"months": num(months), "month": yuan(month_amount)}))
    if hours["rest_day"]:
        caveats.append(Phrase("overtime_pay.note.rest_day_time_off" if comp_time else "overtime_pay.note.rest_day_200",
                              {"hours": num(hours["rest_day"])}))
    if overtime_hours > MONTHLY_CAP_HOURS and (hours["weekday"] or hours["rest_day"]):
        caveats.append(Phrase("overtime_pay.note.over_cap", {"hours": num(overtime_hours)}))
    caveats += _not_stated(stated)
    formula = Phrase("overtime_pay.formula.piece_rate", {
        "wage": yuan(wage), "standard": num(standard), "overtime_hours": num(overtime_hours), "hourly": per_hour,
        "weekday_hours": num(hours["weekday"]), "weekday": yuan(weekday), "rest_day_hours": num(rest),
        "rest_day": yuan(rest_day), "holiday_hours": num(hours["holiday"]), "holiday": yuan(holiday),
        "amount": yuan(month_amount)})
    inputs = {"monthly_wage": yuan(wage), "weekday_hours": num(hours["weekday"]), "rest_day_hours": num(hours["rest_day"]),
              "holiday_hours": num(hours["holiday"]), "piece_rate": "yes",
              "comp_time_given_for_rest_days": "yes" if comp_time else "no"}
    if months is not None:
        inputs["overtime_months"] = num(months)
    basis = (*cite(LABOR_LAW, 44, 41, 48), *cite(WAGE_PAYMENT_RULES, 13))
    notes = (Phrase("overtime_pay.note.limits"), Phrase("overtime_pay.note.limitation"))
    return Calculation(calculator=NAME, amount=amount, summary=summary, formula=formula, inputs=inputs, basis=basis,
                       notes=notes, caveats=tuple(caveats))


def _package_with_base(wage: Decimal, base: Decimal, hours: dict[str, Decimal], comp_time: bool,
                       minimum_wage: Decimal | None, stated: dict[str, Decimal | None],
                       months: Decimal | None = None) -> Calculation:
    """A package whose contract names the pay for normal hours (基本工资2600 inside 月薪5600包含加班费): the statutory overtime
    is owed on that pay (工资支付暂行规定第十三条: not below the contract's own wage for the hour), or on the minimum wage
    when it is lower, and the package must reach the base and that overtime together; what it falls short is owed.
    With ``months`` the same month went on that long (这样干快两年了): the shortfall over them is the amount."""
    on = max(base, minimum_wage) if minimum_wage is not None else base
    hourly = on / PAID_DAYS_PER_MONTH / HOURS_PER_DAY
    rest = Decimal(0) if comp_time else hours["rest_day"]
    overtime = money(hours["weekday"] * hourly * Decimal("1.5") + rest * hourly * 2 + hours["holiday"] * hourly * 3)
    due = money(on + overtime)
    short = max(Decimal("0.00"), due - wage)
    figures = {"wage": yuan(wage), "base": yuan(on), "hourly": yuan(money(hourly)), "overtime": yuan(overtime),
               "due": yuan(due), "short": yuan(short), "weekday_hours": num(hours["weekday"]),
               "rest_day_hours": num(rest), "holiday_hours": num(hours["holiday"]), "paid_days": str(PAID_DAYS_PER_MONTH)}
    inputs = {"monthly_wage": yuan(wage), "base_wage": yuan(base), "weekday_hours": num(hours["weekday"]),
              "rest_day_hours": num(hours["rest_day"]), "holiday_hours": num(hours["holiday"]),
              "wage_includes_overtime": "yes"}
    if minimum_wage is not None:
        inputs["minimum_wage"] = yuan(minimum_wage)
    key = "overtime_pay.summary.package_base_short" if short > 0 else "overtime_pay.summary.package_base_covered"
    caveats = list(_not_stated(stated))
    amount = short
    if months is not None and short > 0:
        amount = money(short * months)
        inputs["overtime_months"] = num(months)
        caveats.insert(0, Phrase("overtime_pay.note.package_months", {"months": num(months), "short": yuan(short),
                                                                      "total": yuan(amount)}))
    return Calculation(calculator=NAME, amount=amount, summary=Phrase(key, figures),
                       formula=Phrase("overtime_pay.formula.package_base", figures), inputs=inputs,
                       basis=_PACKAGE_BASIS, notes=_PACKAGE_NOTES, caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a calculation with no overtime at all (every kind 0 or not stated)."""
    overtime = values.get("overtime")
    stated = _hours(overtime if isinstance(overtime, OvertimeHours) else None,
                    {kind: values.get(f"{kind}_hours") for kind in _KINDS})  # type: ignore[misc]
    if not any(stated.values()):
        raise InvalidInput(calc.spec("overtime"), "no_overtime")


_SEPARATE = ("weekday_hours", "rest_day_hours", "holiday_hours")

CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("overtime", "overtime", required_unless=_SEPARATE),
        InputSpec("weekday_hours", "hours", required=False),
        InputSpec("rest_day_hours", "hours", required=False),
        InputSpec("holiday_hours", "hours", required=False),
        InputSpec("comp_time_given_for_rest_days", "bool", required=False, default=False),
        InputSpec("overtime_paid", "money", required=False),
        InputSpec("hours_are_total", "bool", required=False, default=False),
        InputSpec("wage_includes_overtime", "bool", required=False, default=False),
        InputSpec("minimum_wage", "money", required=False),
        InputSpec("overtime_months", "months", required=False),
        InputSpec("stretch_days", "int", required=False),
        InputSpec("base_wage", "money", required=False),
        InputSpec("day_clock_hours", "hours", required=False),
        InputSpec("piece_rate", "bool", required=False, default=False),
    ),
    compute=overtime_pay, basis=BASIS, check=check)
