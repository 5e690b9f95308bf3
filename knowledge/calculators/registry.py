"""The calculators by name, and running one on what the worker typed.

``run`` validates and coerces the values (typed, or text read with ``knowledge.inputs``) and
raises MissingInputs listing what still has to be asked. A date answered with a duration ("干了
13年" for the start, "离职10个月了" for the end) becomes the calculator's duration input. A value
outside the bounds of the plausible (a wage of "2099年13月", 999999 months, a date before 1950)
is refused as InvalidInput naming why, at once, before anything else is asked: never a
ValueError from deep inside a calculation.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from knowledge.calculators import (
    annual_leave,
    arbitration,
    compensation,
    double_wages,
    injury,
    injury_benefits,
    maternity,
    maternity_leave,
    overtime,
    part_time,
    probation,
    probation_excess,
    service_period,
    unemployment,
    wage_arrears,
    wage_deduction,
    wage_shortfall,
)
from knowledge.calculators.figures import money
from knowledge.calculators.model import Calculation, Calculator, InputSpec, InvalidInput, MissingInputs, present
from knowledge.inputs import (
    EARLIEST_DATE,
    MAX_DAYS,
    MAX_HOURS,
    MAX_MONEY,
    MAX_MONTHS,
    Duration,
    OvertimeHours,
    Refused,
    Unknown,
    latest_date,
    parse_input,
    shift_months,
)

# A date input and the duration input that may stand for it.
_DURATION_OF = {"start_date": "service_months", "end_date": "months_since_end"}

CALCULATORS: dict[str, Calculator] = {c.name: c for c in (
    double_wages.CALCULATOR,
    compensation.ECONOMIC_COMPENSATION,
    compensation.UNLAWFUL_DISMISSAL,
    overtime.CALCULATOR,
    arbitration.CALCULATOR,
    injury.CALCULATOR,
    part_time.CALCULATOR,
    injury_benefits.CALCULATOR,
    wage_deduction.CALCULATOR,
    probation.CALCULATOR,
    probation_excess.CALCULATOR,
    annual_leave.CALCULATOR,
    maternity.CALCULATOR,
    maternity_leave.CALCULATOR,
    wage_shortfall.CALCULATOR,
    wage_arrears.CALCULATOR,
    service_period.CALCULATOR,
    unemployment.CALCULATOR,
)}


def _calculator(name: str) -> Calculator:
    try:
        return CALCULATORS[name]
    except KeyError:
        raise KeyError(f"unknown calculator {name!r}; known: {', '.join(CALCULATORS)}") from None


def missing_inputs(name: str, values: Mapping[str, object]) -> list[InputSpec]:
    """Return the inputs of calculator ``name`` that still have to be asked, in order.

    Conditions read yes/no, choice and money answers as typed ("是", "拖欠工资", "4万") as well as
    typed values; an answer of "不知道" to an input that allows it counts as given.
    """
    calc = _calculator(name)
    view = dict(values)
    for spec in calc.inputs:
        raw = values.get(spec.name)
        if spec.kind in ("bool", "choice", "money") and isinstance(raw, str):
            # None of these kinds depends on the date, so any `today` reads them the same.
            view[spec.name] = parse_input(spec, raw, today=date.today())
    return [spec for spec in calc.inputs if not present(values, spec.name) and spec.needed(view)]


def _durations(calc: Calculator, values: Mapping[str, object], today: date) -> dict[str, object]:
    """Move a date answered with a duration to its duration input ("干了13年" → service_months=156)."""
    names = {spec.name for spec in calc.inputs}
    moved = dict(values)
    for date_name, duration_name in _DURATION_OF.items():
        if date_name not in names or duration_name not in names or not present(values, date_name):
            continue
        raw = values[date_name]
        value = parse_input(calc.spec(date_name), raw, today=today) if isinstance(raw, str) else raw
        if isinstance(value, Duration):
            del moved[date_name]
            if not present(values, duration_name):
                moved[duration_name] = value.months
    return moved


def _unreadable(spec: InputSpec, raw: object) -> InvalidInput:
    return InvalidInput(spec, "unreadable", raw=raw)


def _refused(spec: InputSpec, value: Refused) -> InvalidInput:
    return InvalidInput(spec, value.code, **dict(value.params))


def _coerce(spec: InputSpec, raw: object, today: date) -> object:
    if isinstance(raw, str):
        value = parse_input(spec, raw, today=today)
        if isinstance(value, Refused):
            raise _refused(spec, value)
        if value is None or (isinstance(value, Unknown) and not spec.may_be_unknown):
            raise _unreadable(spec, raw)
        return value
    if isinstance(raw, Unknown) and spec.may_be_unknown:
        return raw
    try:
        match spec.kind:
            case "money":
                if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                    raise _unreadable(spec, raw)
                value = Decimal(str(raw))
                if not value.is_finite():
                    raise _unreadable(spec, raw)
                value = money(value)
                if value <= 0 or value > MAX_MONEY:
                    raise InvalidInput(spec, "amount_out_of_range")
                return value
            case "hours" | "months":
                if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                    raise _unreadable(spec, raw)
                value = Decimal(str(raw))
                if not value.is_finite():
                    raise _unreadable(spec, raw)
                if value < 0:
                    raise InvalidInput(spec, "negative")
                if spec.kind == "months" and value > MAX_MONTHS:
                    raise InvalidInput(spec, "duration_out_of_range", raw=str(raw))
                if spec.kind == "hours" and value > MAX_HOURS:
                    raise InvalidInput(spec, "hours_out_of_range", raw=str(raw))
                return value
            case "date":
                day = raw.date() if isinstance(raw, datetime) else raw
                if isinstance(day, date):
                    if not EARLIEST_DATE <= day <= latest_date(today):
                        raise InvalidInput(spec, "date_out_of_range", raw=day.isoformat(),
                                           earliest=EARLIEST_DATE.isoformat(), latest=latest_date(today).isoformat())
                    return day
            case "int":
                if isinstance(raw, int) and not isinstance(raw, bool):
                    if raw < 0:
                        raise InvalidInput(spec, "negative")
                    if spec.name.endswith("_days") and raw > MAX_DAYS:
                        raise InvalidInput(spec, "number_out_of_range", raw=str(raw))
                    return raw
            case "bool":
                if isinstance(raw, bool):
                    return raw
            case "overtime":
                if isinstance(raw, OvertimeHours):
                    return raw
            case "choice":
                pass
    except InvalidOperation:
        pass
    raise _unreadable(spec, raw)


def _refuse_implausible(calc: Calculator, values: Mapping[str, object], today: date) -> None:
    """Raise InvalidInput for the first value that is implausible (a wage of "2099年13月", a typed
    Decimal("NaN")), before the missing inputs are asked: the worker is told at once, and no
    condition on the inputs is ever evaluated on such a value."""
    for spec in calc.inputs:
        if not present(values, spec.name):
            continue
        raw = values[spec.name]
        if not isinstance(raw, str):
            _coerce(spec, raw, today)
        elif isinstance(value := parse_input(spec, raw, today=today), Refused):
            raise _refused(spec, value)


def _check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Cross-field checks: dates in order, then the calculator's own."""
    start = values.get("start_date")
    end = values.get("end_date")
    since = values.get("months_since_end")
    if end is None and isinstance(since, Decimal):
        end = shift_months(today, -since)
    if isinstance(start, date) and isinstance(end, date) and end < start:
        raise InvalidInput(calc.spec("end_date"), "end_before_start")
    if calc.check is not None:
        calc.check(calc, values, today)


def run(name: str, values: Mapping[str, object], *, today: date | None = None) -> Calculation:
    """Run calculator ``name`` on ``values`` and return its Calculation.

    Values may be typed (Decimal, date, bool …) or what the worker typed (parsed with
    ``knowledge.inputs``). Raises MissingInputs listing every missing required input in order,
    InvalidInput when a value cannot be read or contradicts another, KeyError for an unknown name.
    """
    calc = _calculator(name)
    today = today or date.today()
    values = _durations(calc, values, today)
    _refuse_implausible(calc, values, today)
    missing = missing_inputs(name, values)
    if missing:
        raise MissingInputs(name, missing)
    typed: dict[str, object] = {}
    for spec in calc.inputs:
        if present(values, spec.name):
            value = _coerce(spec, values[spec.name], today)
            if not isinstance(value, Unknown):
                typed[spec.name] = value
        elif spec.default is not None:
            typed[spec.name] = spec.default
    # Conditions may depend on parsed values ("是" → True): check again once typed. An input
    # answered "不知道" is not asked again.
    still_missing = [s for s in calc.inputs if s.name not in typed and not present(values, s.name) and s.needed(typed)]
    if still_missing:
        raise MissingInputs(name, still_missing)
    _check(calc, typed, today)
    return calc.compute(**typed, today=today)
