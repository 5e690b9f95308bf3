"""The maternity allowance (女职工劳动保护特别规定 7, 8; 社会保险法 54, 56).

Insured: the maternity insurance fund pays at the employer's average monthly wage of the previous
year; when the worker does not know that figure her own wage stands in for it, flagged as an
approximation. Uninsured: the employer pays at her own wage before the leave (特别规定 8), which is
then the exact base. The leave is 98 days, 15 more for a difficult birth and 15 more for each extra
baby; provinces add days of their own, which the worker may give as the leave in all. A day is a
thirtieth of the monthly figure, as most places count it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, yuan
from knowledge.calculators.laws import SOCIAL_INSURANCE_LAW, WOMEN_PROTECTION_RULES, cite
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase

NAME = "maternity_allowance"
BASIS = (*cite(WOMEN_PROTECTION_RULES, 7, 8, 5), *cite(SOCIAL_INSURANCE_LAW, 56, 54))
BASE_LEAVE_DAYS = 98  # 特别规定 7
EXTRA_DAYS = 15  # a difficult birth; each extra baby
DAYS_PER_MONTH = 30
MAX_BABIES = 9
MAX_LEAVE_DAYS = 730  # no province's leave comes near two years


def maternity_allowance(*, monthly_wage: Decimal, insured: bool | None = None,
                        employer_avg_wage: Decimal | None = None, difficult_birth: bool = False, babies: int = 1,
                        leave_days: int | None = None, today: date) -> Calculation:
    """Return the maternity allowance: the monthly base ÷ 30 × the days of leave."""
    national_days = BASE_LEAVE_DAYS + EXTRA_DAYS * difficult_birth + EXTRA_DAYS * (babies - 1)
    days = leave_days if leave_days is not None else national_days
    if insured is False:
        base, source = monthly_wage, "own_uninsured"
    elif employer_avg_wage is not None:
        base, source = employer_avg_wage, "employer_avg"
    else:
        base, source = monthly_wage, "own_estimate"
    amount = money(base / DAYS_PER_MONTH * days)
    payer = {True: "fund", False: "employer", None: "unknown"}[insured]
    figures = {"base": yuan(base), "source": source, "days": days, "amount": yuan(amount), "payer": payer,
               "national_days": national_days, "difficult": difficult_birth, "babies": babies,
               "daily": yuan(base / DAYS_PER_MONTH), "given_days": leave_days is not None}
    caveats: list[Phrase] = []
    notes: list[Phrase] = [Phrase("maternity_allowance.note.leave", {"days": national_days})]
    basis: list[Basis] = [*cite(WOMEN_PROTECTION_RULES, 8, 7), *cite(SOCIAL_INSURANCE_LAW, 56)]
    if source == "own_estimate":
        caveats.append(Phrase("maternity_allowance.note.estimate", {"wage": yuan(monthly_wage)}))
    if insured is None:
        caveats.append(Phrase("maternity_allowance.note.insurance_unknown", {"wage": yuan(monthly_wage)}))
    if leave_days is None:
        caveats.append(Phrase("maternity_allowance.note.local_days", {"days": national_days}))
    else:
        caveats.append(Phrase("maternity_allowance.note.local_days_given", {"days": leave_days,
                                                                           "national_days": national_days}))
    if source == "employer_avg" and employer_avg_wage is not None and employer_avg_wage < monthly_wage:
        caveats.append(Phrase("maternity_allowance.note.top_up", {
            "wage": yuan(monthly_wage), "base": yuan(employer_avg_wage),
            "gap": yuan(money((monthly_wage - employer_avg_wage) / DAYS_PER_MONTH * days))}))
    caveats.append(Phrase("maternity_allowance.note.per_day"))
    if insured is not False:
        basis.append(Basis(SOCIAL_INSURANCE_LAW, "54"))
        notes.append(Phrase("maternity_allowance.note.claim"))
    notes.append(Phrase("maternity_allowance.note.no_pay_cut"))
    basis.append(Basis(WOMEN_PROTECTION_RULES, "5"))
    return Calculation(
        calculator=NAME, amount=amount,
        summary=Phrase("maternity_allowance.summary", figures),
        formula=Phrase("maternity_allowance.formula", figures),
        inputs={"monthly_wage": yuan(monthly_wage), "base": yuan(base), "leave_days": str(days),
                "allowance": yuan(amount), "payer": payer},
        basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a birth of no baby or of more than nine, and leave of no days."""
    babies = values.get("babies")
    if isinstance(babies, int) and not 1 <= babies <= MAX_BABIES:
        raise InvalidInput(calc.spec("babies"), "babies_out_of_range", raw=str(babies))
    leave = values.get("leave_days")
    if leave == 0:
        raise InvalidInput(calc.spec("leave_days"), "no_leave_days")
    if isinstance(leave, int) and leave > MAX_LEAVE_DAYS:
        raise InvalidInput(calc.spec("leave_days"), "number_out_of_range", raw=str(leave))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("insured", "bool", may_be_unknown=True),
        InputSpec("employer_avg_wage", "money", required=False, may_be_unknown=True,
                  required_if=(("insured", True),)),
        InputSpec("difficult_birth", "bool", required=False, default=False),
        InputSpec("babies", "int", required=False, default=1),
        InputSpec("leave_days", "int", required=False),
    ),
    compute=maternity_allowance, basis=BASIS, check=check)
