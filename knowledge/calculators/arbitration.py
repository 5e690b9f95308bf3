"""The labor arbitration deadline (劳动争议调解仲裁法 27) and the days left."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import days_left as days_left_phrase
from knowledge.calculators.figures import period_end
from knowledge.calculators.laws import ARBITRATION_LAW, CIVIL_CODE, cite
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.calculators.period import MONTHS_SINCE_END, end_of_employment

NAME = "arbitration_deadline"
BASIS = (*cite(ARBITRATION_LAW, 27), *cite(CIVIL_CODE, 201, 202, 203))


def interrupted_from(start: date, deadline: date, demand: date | None, today: date) -> date | None:
    """The day a new year runs from when the worker's claim, a complaint or the employer's promise to pay (``demand``)
    fell inside the running year (after ``start``, by ``deadline``, not in the future), else None (第二十七条第二款)."""
    return demand if demand is not None and start < demand <= min(today, deadline) else None


def arbitration_deadline(*, knew_date: date, dispute_type: str, employment_ended: bool = False,
                         end_date: date | None = None, months_since_end: Decimal | None = None,
                         demand_date: date | None = None, today: date) -> Calculation:
    """Return the last day to apply for labor arbitration under 调解仲裁法 27 and the days left.

    The end of employment may be a date or a time since leaving ("离职10个月了"); either one means
    the employment has ended unless the date is today or later (still employed). A claim made to the employer,
    a complaint to an authority or the employer's promise to pay (``demand_date``) within the year interrupts it,
    and a new year runs from that day (第二十七条第二款).
    """
    end_date, caveats = end_of_employment(end_date=end_date, months_since_end=months_since_end, today=today)
    employment_ended = employment_ended or (end_date is not None and end_date < today)
    notes = (Phrase("arbitration_deadline.note.interruption"), Phrase("arbitration_deadline.note.suspension"),
             Phrase("arbitration_deadline.note.counting"))
    basis = (Basis(ARBITRATION_LAW, "27"), *cite(CIVIL_CODE, 201, 202, 203))
    inputs = {"knew_date": knew_date.isoformat(), "dispute_type": dispute_type,
              "employment_ended": "yes" if employment_ended else "no",
              "end_date": end_date.isoformat() if end_date else ""}

    if dispute_type == "arrears" and not employment_ended:
        return Calculation(
            calculator=NAME, amount=None, summary=Phrase("arbitration_deadline.summary.no_limitation"),
            formula=Phrase("arbitration_deadline.formula.no_limitation"),
            inputs=inputs, basis=basis, notes=notes, caveats=caveats)

    if dispute_type == "arrears" and end_date is not None and end_date >= knew_date:
        start, rule = end_date, "end"              # 劳动关系终止之日 (第二十七条第四款)
    else:
        start, rule = knew_date, "knew"            # 知道或应当知道权利被侵害之日 (第二十七条第一款)
    deadline = period_end(start, years=1)
    if (restart := interrupted_from(start, deadline, demand_date, today)) is not None:
        start, rule = restart, "interrupted"
        deadline = period_end(start, years=1)
        inputs["demand_date"] = restart.isoformat()
    days_left = (deadline - today).days
    figures = {"start": start.isoformat(), "deadline": deadline.isoformat()}
    formula = Phrase(f"arbitration_deadline.formula.{rule}",
                     {**figures, "today": today.isoformat(), "days_left": days_left})
    summary = Phrase("arbitration_deadline.summary" if days_left >= 0 else "arbitration_deadline.summary.passed",
                     {**figures, "rule": Phrase(f"arbitration_deadline.start.{rule}"),
                      "days_left": days_left_phrase(days_left)})
    return Calculation(calculator=NAME, amount=None, summary=summary, formula=formula, inputs=inputs, basis=basis,
                       notes=notes, deadline=deadline, days_left=days_left, caveats=caveats)


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a date of knowledge in the future."""
    knew = values.get("knew_date")
    if isinstance(knew, date) and knew > today:
        raise InvalidInput(calc.spec("knew_date"), "future_date")


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("knew_date", "date"),
        InputSpec("dispute_type", "choice", choices=("arrears", "other")),
        InputSpec("employment_ended", "bool", required=False, default=False,
                  required_if=(("dispute_type", "arrears"),), required_unless=("end_date", "months_since_end")),
        InputSpec("end_date", "date", required=False,
                  required_if=(("dispute_type", "arrears"), ("employment_ended", True)),
                  required_unless=("months_since_end",)),
        MONTHS_SINCE_END,
        InputSpec("demand_date", "date", required=False),
    ),
    compute=arbitration_deadline, basis=BASIS, check=check)
