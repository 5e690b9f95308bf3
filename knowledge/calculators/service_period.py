"""Leaving before a training service period ends (服务期): the most the employer may ask as a penalty.

An employer that paid for specialist technical training may agree a service period with the worker; a
worker who leaves early pays the agreed penalty, but never more than the training cost, nor more than
the share of that cost falling on the part of the period not yet served (劳动合同法 22). The cost is
the documented training fees, travel during the training and other direct costs (实施条例 16). A
worker who quits lawfully because the employer broke the law (劳动合同法 38: wages unpaid, social
insurance not paid …) owes nothing (实施条例 26).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, num, yuan
from knowledge.calculators.laws import CONTRACT_LAW_REGULATION, LABOR_CONTRACT_LAW, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "service_period_penalty"
BASIS = (*cite(LABOR_CONTRACT_LAW, 22, 38), *cite(CONTRACT_LAW_REGULATION, 16, 26))


def service_period_penalty(*, training_cost: Decimal, service_period_months: Decimal, served_months: Decimal,
                           agreed_penalty: Decimal | None = None, today: date) -> Calculation:
    """Return the highest penalty the employer may ask of a worker leaving after ``served_months`` of a
    ``service_period_months`` service period for training that cost ``training_cost``."""
    served = min(served_months, service_period_months)
    unserved = service_period_months - served
    share = money(training_cost * unserved / service_period_months)
    cap = min(share, money(agreed_penalty)) if agreed_penalty is not None else share
    figures = {"cost": yuan(training_cost), "period": num(service_period_months), "served": num(served),
               "unserved": num(unserved), "share": yuan(share), "cap": yuan(cap),
               "agreed": yuan(agreed_penalty) if agreed_penalty is not None else ""}
    caveats = [Phrase("service_period_penalty.note.cost")]
    if agreed_penalty is not None:
        above = agreed_penalty > share
        caveats.insert(0, Phrase(f"service_period_penalty.note.agreed_{'above' if above else 'within'}", figures))
    if served_months >= service_period_months:
        caveats.insert(0, Phrase("service_period_penalty.note.served_out", figures))
    return Calculation(
        calculator=NAME, amount=cap,
        summary=Phrase("service_period_penalty.summary", figures),
        formula=Phrase("service_period_penalty.formula", figures),
        inputs={"training_cost": yuan(training_cost), "service_period_months": num(service_period_months),
                "served_months": num(served_months),
                **({"agreed_penalty": yuan(agreed_penalty)} if agreed_penalty is not None else {})},
        basis=BASIS,
        caveats=(*caveats, Phrase("service_period_penalty.note.forced")),
        notes=(Phrase("service_period_penalty.note.served_from"),),
    )


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("training_cost", "money"),
        InputSpec("service_period_months", "months"),
        InputSpec("served_months", "months"),
        InputSpec("agreed_penalty", "money", required=False),
    ),
    compute=service_period_penalty, basis=BASIS)
