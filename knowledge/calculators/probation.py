"""The lowest lawful probation wage (劳动合同法 20, 实施条例 15) and the probation length limits (19, 83).

The floor is the highest of: 80% of the agreed wage, 80% of the lowest wage of the same post at the
employer (when the worker knows it) and the local minimum wage (when the worker knows it). The
shortfall is what the employer owes for each month of probation. When the contract term and the
probation length are given, a probation longer than article 19 allows is a caveat with the damages
of article 83 for the part already served.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, num, yuan
from knowledge.calculators.laws import (
    CONTRACT_LAW_REGULATION,
    LABOR_CONTRACT_LAW,
    LABOR_LAW,
    MINIMUM_WAGE_CEILING,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, Phrase

NAME = "probation_wage_floor"
BASIS = (*cite(LABOR_CONTRACT_LAW, 20, 19, 83), *cite(CONTRACT_LAW_REGULATION, 15), *cite(LABOR_LAW, 48))
SHARE = Decimal("0.8")  # 劳动合同法 20, 实施条例 15: 80%


def probation_limit(contract_months: Decimal) -> int:
    """The longest probation in months a contract of ``contract_months`` may agree (劳动合同法 19):
    none under three months, 1 month under a year, 2 under three years, 6 from three years."""
    if contract_months < 3:
        return 0
    if contract_months < 12:
        return 1
    if contract_months < 36:
        return 2
    return 6


def probation_wage_floor(*, agreed_wage: Decimal, probation_wage: Decimal, minimum_wage: Decimal | None = None,
                         post_lowest_wage: Decimal | None = None, contract_months: Decimal | None = None,
                         probation_months: Decimal | None = None, today: date) -> Calculation:
    """Return the probation wage floor and the monthly shortfall of ``probation_wage`` below it."""
    candidates = [("agreed", money(agreed_wage * SHARE))]
    if post_lowest_wage is not None:
        candidates.append(("post", money(post_lowest_wage * SHARE)))
    if minimum_wage is not None:
        candidates.append(("minimum", money(minimum_wage)))
    binding, floor = max(candidates, key=lambda c: c[1])
    shortfall = money(max(Decimal(0), floor - probation_wage))
    limit = probation_limit(contract_months) if contract_months is not None else None
    # Months past the lawful limit are not probation: the agreed wage is owed for them (劳动合同法 19), besides
    # the damages of article 83. The shortfall below the floor counts for the lawful months only.
    excess = max(Decimal(0), probation_months - limit) if limit is not None and probation_months is not None \
        else Decimal(0)
    lawful = probation_months - excess if probation_months is not None else None
    total = money(shortfall * lawful) if lawful is not None and shortfall else None
    gap = money(max(Decimal(0), agreed_wage - probation_wage))
    figures = {"agreed": yuan(agreed_wage), "paid": yuan(probation_wage), "floor": yuan(floor), "binding": binding,
               "eighty": yuan(agreed_wage * SHARE),
               "post": yuan(post_lowest_wage * SHARE) if post_lowest_wage is not None else "",
               "minimum": yuan(minimum_wage) if minimum_wage is not None else "",
               "shortfall": yuan(shortfall), "short": shortfall > 0,
               "months": num(lawful) if lawful is not None else "",
               "total": yuan(total) if total is not None else ""}
    caveats: list[Phrase] = []
    notes: list[Phrase] = [Phrase("probation_wage_floor.note.rule")]
    basis: list[Basis] = [*cite(LABOR_CONTRACT_LAW, 20), *cite(CONTRACT_LAW_REGULATION, 15)]
    if contract_months is not None and limit is not None:
        term = {"contract": num(contract_months), "limit": limit}
        basis.extend((Basis(LABOR_CONTRACT_LAW, "19"), Basis(LABOR_CONTRACT_LAW, "83")))
        if excess > 0:
            too_long = Phrase("probation_wage_floor.note.too_long", {
                **term, "probation": num(probation_months), "excess": num(excess),
                "damages": yuan(agreed_wage * excess), "agreed": yuan(agreed_wage)})
            caveats.append(too_long)
            if gap > 0:
                caveats.append(Phrase("probation_wage_floor.note.excess_pay", {
                    "excess": num(excess), "agreed": yuan(agreed_wage), "paid": yuan(probation_wage),
                    "gap": yuan(gap), "gap_total": yuan(gap * excess),
                    "grand": yuan((total or Decimal(0)) + gap * excess)}))
        else:
            caveats.append(Phrase("probation_wage_floor.note.limit", term))
    if binding == "post":
        caveats.append(Phrase("probation_wage_floor.note.post_reading", {"post": figures["post"],
                                                                          "eighty": figures["eighty"]}))
    if minimum_wage is None and floor < MINIMUM_WAGE_CEILING:
        caveats.append(Phrase("probation_wage_floor.note.minimum_wage_unknown", {"floor": yuan(floor)}))
        basis.append(Basis(LABOR_LAW, "48"))
    elif binding == "minimum":
        basis.append(Basis(LABOR_LAW, "48"))
    if post_lowest_wage is None:
        notes.append(Phrase("probation_wage_floor.note.post_unknown"))
    notes.append(Phrase("probation_wage_floor.note.claim"))
    summary = Phrase("probation_wage_floor.summary", figures)
    if excess > 0 and shortfall == 0:
        # Paid at or above the floor, the worker's claim is the over-long probation's damages (and pay): that is what
        # their figures come to, and it opens; the floor checked and met follows it.
        caveats[caveats.index(too_long)] = summary
        summary = too_long
    return Calculation(
        calculator=NAME, amount=shortfall,
        summary=summary,
        formula=Phrase("probation_wage_floor.formula", figures),
        inputs={"agreed_wage": yuan(agreed_wage), "probation_wage": yuan(probation_wage), "floor": yuan(floor),
                "shortfall_per_month": yuan(shortfall), "shortfall_total": figures["total"]},
        basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("agreed_wage", "money"),
        InputSpec("probation_wage", "money"),
        InputSpec("minimum_wage", "money", required=False, may_be_unknown=True),
        InputSpec("post_lowest_wage", "money", required=False, may_be_unknown=True),
        InputSpec("contract_months", "months", required=False),
        InputSpec("probation_months", "months", required=False),
    ),
    compute=probation_wage_floor, basis=BASIS)
