"""How long unemployment benefit is paid (社会保险法第四十六条, 失业保险条例第十七条).

By the cumulative contributions of employer and worker: from one to under five years, at most 12 months; from five to
under ten years, at most 18; ten years or more, at most 24. Under a year of contributions, none is paid (社会保险法第四十五
条 also asks that the job ended against the worker's will and that they register as unemployed and seek work). The
amount is set by each province, not below the local subsistence allowance (第四十七条).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import duration_of_months
from knowledge.calculators.laws import SOCIAL_INSURANCE_LAW, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "unemployment_period"
BASIS = (*cite(SOCIAL_INSURANCE_LAW, 46, 45, 47),)


def longest_period(insured_months: Decimal) -> int:
    """The longest benefit period in months for ``insured_months`` of contributions (社会保险法第四十六条)."""
    if insured_months < 12:
        return 0
    if insured_months < 60:
        return 12
    if insured_months < 120:
        return 18
    return 24


def unemployment_period(*, insured_months: Decimal, today: date) -> Calculation:
    """Return the longest unemployment benefit period the contributions give."""
    months = longest_period(insured_months)
    figures = {"insured": duration_of_months(insured_months), "months": months}
    caveats = [Phrase("unemployment_period.note.conditions"), Phrase("unemployment_period.note.cumulative")]
    notes = [Phrase("unemployment_period.note.amount")]
    return Calculation(
        calculator=NAME, amount=None,
        summary=Phrase("unemployment_period.summary" if months else "unemployment_period.summary.none", figures),
        formula=Phrase("unemployment_period.formula", figures),
        inputs={"insured_months": str(insured_months), "longest_months": str(months)},
        basis=BASIS, notes=tuple(notes), caveats=tuple(caveats))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(InputSpec("insured_months", "months"),),
    compute=unemployment_period, basis=BASIS)
