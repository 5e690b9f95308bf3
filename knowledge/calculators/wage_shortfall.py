"""Pay short of what is owed, month after month (少发, a pay cut imposed without agreement, unequal pay for
equal work): the difference the worker can claim back, and its time limit.

Wages must be paid in full (劳动法 50, 劳动合同法 30); a pay cut needs the worker's written agreement
(劳动合同法 35). The claim is the monthly difference times the months it lasted. Wages owed while the job
lasts are not time-barred; after it ends, arbitration within a year of the last day (劳动争议调解仲裁法 27
第四款). The pay records are the employer's to produce (劳动争议调解仲裁法 6).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, yuan
from knowledge.calculators.laws import ARBITRATION_LAW, LABOR_CONTRACT_LAW, LABOR_LAW, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "wage_shortfall"
BASIS = (*cite(LABOR_LAW, 50), *cite(LABOR_CONTRACT_LAW, 30, 35), *cite(ARBITRATION_LAW, 27, 6))


def wage_shortfall(*, monthly_shortfall: Decimal, shortfall_months: Decimal, today: date) -> Calculation:
    """Return the total difference owed for ``shortfall_months`` months of ``monthly_shortfall`` less."""
    total = money(monthly_shortfall * shortfall_months)
    months = shortfall_months.normalize()
    figures = {"short": yuan(monthly_shortfall), "months": f"{months:f}", "total": yuan(total)}
    return Calculation(
        calculator=NAME, amount=total,
        summary=Phrase("wage_shortfall.summary", figures),
        formula=Phrase("wage_shortfall.formula", figures),
        inputs={"monthly_shortfall": yuan(monthly_shortfall), "shortfall_months": f"{months:f}"},
        basis=BASIS,
        caveats=(Phrase("wage_shortfall.note.months"), Phrase("wage_shortfall.note.time_limit")),
        notes=(Phrase("wage_shortfall.note.proof"),),
    )


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_shortfall", "money"),
        InputSpec("shortfall_months", "months"),
    ),
    compute=wage_shortfall, basis=BASIS)
