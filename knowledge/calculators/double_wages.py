"""Double wages for working without a written contract (劳动合同法 82; 实施条例 6, 7)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from knowledge.calculators.figures import anniversary, money, num, period_end, yuan
from knowledge.calculators.laws import (
    ARBITRATION_LAW,
    CONTRACT_LAW_EFFECTIVE,
    CONTRACT_LAW_REGULATION,
    LABOR_CONTRACT_LAW,
    PAID_DAYS_PER_MONTH,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, Phrase

NAME = "double_wages"

BASIS = (
    *cite(LABOR_CONTRACT_LAW, 10, 82, 14, 97),
    *cite(CONTRACT_LAW_REGULATION, 6, 7),
    *cite(ARBITRATION_LAW, 27),
)


def double_wages(*, monthly_wage: Decimal, start_date: date, contract_signed_date: date | None = None,
                 end_date: date | None = None, today: date) -> Calculation:
    """Return the extra month's wage per month worked without a written contract (82; 条例 6, 7)."""
    # The Labor Contract Law took effect on 2008-01-01 (第97条: existing relations had a month to sign).
    counted_from = max(start_date, CONTRACT_LAW_EFFECTIVE)
    first_day = anniversary(counted_from, 1)           # 用工之日起满一个月的次日
    one_year = anniversary(counted_from, 12)           # 用工满一年: deemed open-ended contract
    cap_day = one_year - timedelta(days=1)             # 满一年的前一日
    last_candidates = [d for d in (end_date,
                                   contract_signed_date - timedelta(days=1) if contract_signed_date else None)
                       if d is not None]
    last_day = min([*last_candidates, cap_day])
    capped = last_day == cap_day and all(d > cap_day for d in last_candidates)

    # Months of the period, counted in months of employment; a partial month is the fraction of
    # its calendar days covered, so the figure never depends on a holiday calendar.
    months = Fraction(0)
    whole = 0
    partial: tuple[int, int] | None = None
    for k in range(1, 12):
        slot_start, slot_stop = anniversary(counted_from, k), anniversary(counted_from, k + 1)
        covered = (min(last_day + timedelta(days=1), slot_stop) - slot_start).days
        if covered <= 0:
            break
        length = (slot_stop - slot_start).days
        if covered >= length:
            whole += 1
        else:
            partial = (covered, length)
        months += Fraction(covered, length)

    amount = money(monthly_wage * Decimal(months.numerator) / Decimal(months.denominator))
    wage = yuan(monthly_wage)
    notes = [
        Phrase("double_wages.note.base"),
        Phrase("double_wages.note.prorated", {"paid_days": str(PAID_DAYS_PER_MONTH)}),
        Phrase("double_wages.note.period"),
        Phrase("double_wages.note.open_ended", {"one_year": one_year.isoformat()}),
        Phrase("double_wages.note.limitation"),
    ]
    basis = [*cite(LABOR_CONTRACT_LAW, 82, 10), *cite(CONTRACT_LAW_REGULATION, 6, 7),
             Basis(LABOR_CONTRACT_LAW, "14"), Basis(ARBITRATION_LAW, "27")]
    if start_date < CONTRACT_LAW_EFFECTIVE:
        notes.append(Phrase("double_wages.note.before_2008"))
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))
    if months and period_end(last_day, years=1) < today:
        notes.append(Phrase("double_wages.note.time_barred", {"last_day": last_day.isoformat()}))

    period = {"first_day": first_day.isoformat(), "last_day": last_day.isoformat()}
    if months:
        figures = {**period, "wage": wage, "amount": yuan(amount), "months": num(months)}
        formula = Phrase("double_wages.formula", {
            **figures, "capped": capped, "whole": whole, "partial": f"{partial[0]}/{partial[1]}" if partial else ""})
        summary = Phrase("double_wages.summary", figures)
    else:
        formula = Phrase("double_wages.formula.none", period)
        summary = Phrase("double_wages.summary.none")
    inputs = {"monthly_wage": wage, "start_date": start_date.isoformat(),
              "contract_signed_date": contract_signed_date.isoformat() if contract_signed_date else "",
              "end_date": end_date.isoformat() if end_date else ""}
    return Calculation(calculator=NAME, amount=amount, summary=summary, formula=formula, inputs=inputs,
                       basis=tuple(basis), notes=tuple(notes))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("start_date", "date"),
        InputSpec("end_date", "date", required_unless=("contract_signed_date",)),
        InputSpec("contract_signed_date", "date", required=False),
    ),
    compute=double_wages, basis=BASIS)
