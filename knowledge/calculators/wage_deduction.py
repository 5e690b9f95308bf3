"""How much of a wage an employer may deduct for a loss the worker caused (工资支付暂行规定 16).

At most 20% of the month's wage a month, and what is left must not fall below the local monthly
minimum wage. The amount the worker gives may be what the employer took in one month or the whole
loss it claims: the result says both what that month's over-deduction is and how many months the
claim takes at the lawful pace. When both are told (修好要6000，这个月扣了800), the months are the whole loss's.
Whether the worker owes anything at all (the loss, caused by the
worker, the worker's share of it) is for the employer to prove: a caveat says so.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal

from knowledge.calculators.figures import money, yuan
from knowledge.calculators.laws import (
    INTERPRETATION_I,
    LABOR_LAW,
    MINIMUM_WAGE_CEILING,
    WAGE_PAYMENT_RULES,
    cite,
)
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "wage_deduction_cap"
BASIS = (*cite(WAGE_PAYMENT_RULES, 16, 15), *cite(LABOR_LAW, 50, 48), *cite(INTERPRETATION_I, 44))
CAP_SHARE = Decimal("0.2")  # 工资支付暂行规定 16: 每月扣除的部分不得超过劳动者当月工资的20%


def wage_deduction_cap(*, monthly_wage: Decimal, deduction: Decimal, minimum_wage: Decimal | None = None,
                       loss: Decimal | None = None, today: date) -> Calculation:
    """Return the lawful monthly deduction for a loss, the months to recover the loss (``loss`` when told and larger
    than what was taken, else ``deduction``) and any over-deduction of ``deduction`` in one month."""
    cap = money(monthly_wage * CAP_SHARE)
    floor_bites = minimum_wage is not None and monthly_wage - cap < minimum_wage
    allowed = max(Decimal("0.00"), money(monthly_wage - minimum_wage)) if floor_bites and minimum_wage is not None \
        else cap
    whole = loss if loss is not None and loss > deduction else deduction
    months = int((whole / allowed).to_integral_value(rounding=ROUND_CEILING)) if allowed > 0 else 0
    over = money(max(Decimal(0), deduction - allowed))
    figures = {"wage": yuan(monthly_wage), "cap": yuan(cap), "allowed": yuan(allowed), "deduction": yuan(deduction),
               "whole": yuan(whole), "whole_told": whole != deduction, "months": months, "over": yuan(over),
               "over_any": over > 0, "floor_bites": floor_bites,
               "minimum_wage": yuan(minimum_wage) if minimum_wage is not None else "",
               "left": yuan(monthly_wage - allowed)}
    caveats = [Phrase("wage_deduction_cap.note.proof")]
    notes = [Phrase("wage_deduction_cap.note.what_may_be_deducted"), Phrase("wage_deduction_cap.note.recover")]
    if minimum_wage is None and monthly_wage - cap < MINIMUM_WAGE_CEILING:
        caveats.append(Phrase("wage_deduction_cap.note.minimum_wage_unknown", {"left": yuan(monthly_wage - cap)}))
    elif minimum_wage is None:
        notes.append(Phrase("wage_deduction_cap.note.minimum_wage_rule"))
    summary = "wage_deduction_cap.summary.nothing" if allowed == 0 else "wage_deduction_cap.summary"
    return Calculation(
        calculator=NAME, amount=allowed,
        summary=Phrase(summary, figures),
        formula=Phrase("wage_deduction_cap.formula", figures),
        inputs={"monthly_wage": yuan(monthly_wage), "deduction": yuan(deduction),
                "loss": yuan(loss) if loss is not None else "",
                "minimum_wage": yuan(minimum_wage) if minimum_wage is not None else "",
                "allowed_per_month": yuan(allowed), "over_deduction": yuan(over), "months": str(months)},
        basis=BASIS, notes=tuple(notes), caveats=tuple(caveats))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("deduction", "money"),
        InputSpec("minimum_wage", "money", required=False, may_be_unknown=True),
        InputSpec("loss", "money", required=False, may_be_unknown=True),
    ),
    compute=wage_deduction_cap, basis=BASIS)
