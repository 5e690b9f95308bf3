"""Wages not paid at all for some months (欠了3个月工资，一个月6000): the total the worker can claim, and what the
employer adds when it ignores an order to pay.

Wages must be paid in full and on time (劳动法 50, 劳动合同法 30). The claim is the monthly wage times the months
unpaid. Wages owed while the job lasts are not time-barred; after it ends, arbitration within a year of the last day
(劳动争议调解仲裁法 27 第四款). An employer that does not pay within the time the labour administration sets owes a
further 50% to 100% of the amount (劳动合同法 85).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, yuan
from knowledge.calculators.laws import ARBITRATION_LAW, LABOR_CONTRACT_LAW, LABOR_LAW, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "wage_arrears"
BASIS = (*cite(LABOR_LAW, 50), *cite(LABOR_CONTRACT_LAW, 30, 85), *cite(ARBITRATION_LAW, 27))
_MAX_GROUP = 2000  # a head count past this is a workplace's size, not a claim's


def wage_arrears(*, monthly_wage: Decimal, owed_months: Decimal, workers: int | None = None,
                 amount_owed: Decimal | None = None, today: date) -> Calculation:
    """Return the wages owed for ``owed_months`` months unpaid at ``monthly_wage``; told for a group of ``workers``
    (我们23个工人), what the group's claim comes to if each is owed the same. The worker's own total told above the
    months' base pay (底薪4千加提成…两个月我是1万4) is the claim: commission and the like are wages too."""
    base = money(monthly_wage * owed_months)
    group_total = workers is not None and workers >= 2 and amount_owed is not None \
        and amount_owed >= base * workers * Decimal("0.8")  # 我们7个人一共欠了6万: the group's, not one worker's
    told = amount_owed if amount_owed is not None and base < amount_owed <= base * 4 and not group_total else None
    total = money(told) if told is not None else base
    months = owed_months.normalize()
    figures = {"wage": yuan(monthly_wage), "months": f"{months:f}", "total": yuan(total), "base": yuan(base)}
    caveats = [Phrase("wage_arrears.note.time_limit"),
               Phrase("wage_arrears.note.order", {"total": yuan(total), "half": yuan(money(total / 2))})]
    if workers is not None and 2 <= workers <= _MAX_GROUP:
        caveats.insert(0, Phrase("wage_arrears.note.group", {**figures, "workers": str(workers),
                                                             "group": yuan(total * workers)}))
    return Calculation(
        calculator=NAME, amount=total,
        summary=Phrase("wage_arrears.summary" + (".told" if told is not None else ""), figures),
        formula=Phrase("wage_arrears.formula" + (".told" if told is not None else ""), figures),
        inputs={"monthly_wage": yuan(monthly_wage), "owed_months": f"{months:f}"},
        basis=BASIS,
        caveats=tuple(caveats),
        notes=(Phrase("wage_arrears.note.proof"),),
    )


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("owed_months", "months"),
        InputSpec("workers", "int", required=False),  # never asked: only a count the message told
        InputSpec("amount_owed", "money", required=False),  # never asked: only the total the message told
    ),
    compute=wage_arrears, basis=BASIS)
