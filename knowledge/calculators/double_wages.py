"""Double wages for working without a written contract (劳动合同法 82; 实施条例 6, 7; 解释（二） 6, 7, 9).

Besides the amount, the calculation says what changes the claim for these dates: the one-year
limitation counted month by month (so the oldest months may already be lost), the 11-month
maximum, and the open-ended contract deemed concluded after a full year without one.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from knowledge.calculators.figures import anniversary, money, num, period_end, yuan
from knowledge.calculators.laws import (
    ARBITRATION_LAW,
    CONTRACT_LAW_EFFECTIVE,
    CONTRACT_LAW_REGULATION,
    INTERPRETATION_II,
    LABOR_CONTRACT_LAW,
    PAID_DAYS_PER_MONTH,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.calculators.period import MONTHS_SINCE_END, SERVICE_MONTHS, employment_period

NAME = "double_wages"
ELEVEN = Decimal(11)  # the most months of double wages (实施条例 7: 满一个月的次日至满一年的前一日)

BASIS = (
    *cite(LABOR_CONTRACT_LAW, 10, 82, 14, 97),
    *cite(CONTRACT_LAW_REGULATION, 6, 7),
    *cite(INTERPRETATION_II, 6, 7, 9),
    *cite(ARBITRATION_LAW, 27),
)


def _fraction_money(wage: Decimal, months: Fraction) -> Decimal:
    return money(wage * Decimal(months.numerator) / Decimal(months.denominator))


def _time_bar(months_by_slot: list[tuple[date, Fraction]], last_day: date, wage: Decimal,
              today: date) -> Phrase | None:
    """The caveat on the one-year limitation (调解仲裁法 27), counted month by month.

    Each month's extra wage is owed once that month is worked, so its year runs from the month's last
    day (the earliest a worker knows it was not paid; paydays come later, so this errs on the safe side).
    Some arbitration commissions count the whole claim from the day after the period ends instead;
    the caveat gives both, since only the worker's commission decides.
    """
    if not months_by_slot:
        return None
    # While the period is still running (no contract yet, still employed) its end, and so the
    # whole-claim deadline, is not known yet: "" tells the locale to say "a year after it ends".
    whole_deadline = period_end(last_day, years=1)
    whole = "" if last_day >= today else whole_deadline.isoformat()
    barred = [(d, m) for d, m in months_by_slot if period_end(d, years=1) < today]
    if whole_deadline < today:
        return Phrase("double_wages.note.time_barred", {"last_day": last_day.isoformat(),
                                                        "deadline": whole_deadline.isoformat()})
    open_months = [(d, m) for d, m in months_by_slot if period_end(d, years=1) >= today]
    next_bar = period_end(open_months[0][0], years=1)
    if not barred:
        return Phrase("double_wages.note.limitation", {"next_bar": next_bar.isoformat(), "whole_deadline": whole})
    barred_months = sum((m for _, m in barred), Fraction(0))
    open_total = sum((m for _, m in open_months), Fraction(0))
    return Phrase("double_wages.note.partly_time_barred", {
        "barred_until": barred[-1][0].isoformat(), "barred_months": num(barred_months),
        "barred_amount": yuan(_fraction_money(wage, barred_months)), "open_months": num(open_total),
        "open_amount": yuan(_fraction_money(wage, open_total)), "next_bar": next_bar.isoformat(),
        "whole_deadline": whole})


def double_wages(*, monthly_wage: Decimal, start_date: date | None = None, contract_signed_date: date | None = None,
                 end_date: date | None = None, service_months: Decimal | None = None,
                 months_since_end: Decimal | None = None, today: date) -> Calculation:
    """Return the extra month's wage per month worked without a written contract (82; 条例 6, 7).

    The caveats (most important first) state the time bar, the 11-month maximum, the deemed
    open-ended contract and any date estimated from a duration; ``inputs`` records the amount
    still within the month-by-month limitation as ``in_time_amount``.
    """
    period = employment_period(start_date=start_date, service_months=service_months, end_date=end_date,
                               months_since_end=months_since_end, today=today)
    start, end = period.start, period.end
    if contract_signed_date is not None and contract_signed_date < start:
        contract_signed_date = start  # signed before starting work: a contract from the first day
    # The Labor Contract Law took effect on 2008-01-01 (第97条: existing relations had a month to sign).
    counted_from = max(start, CONTRACT_LAW_EFFECTIVE)
    first_day = anniversary(counted_from, 1)           # 用工之日起满一个月的次日
    one_year = anniversary(counted_from, 12)           # 用工满一年: deemed open-ended contract
    cap_day = one_year - timedelta(days=1)             # 满一年的前一日
    last_candidates = [d for d in (end, contract_signed_date - timedelta(days=1) if contract_signed_date else None)
                       if d is not None]
    last_day = min([*last_candidates, cap_day])
    capped = last_day == cap_day and all(d > cap_day for d in last_candidates)

    # Months of the period, counted in months of employment; a partial month is the fraction of
    # its calendar days covered, so the figure never depends on a holiday calendar.
    months = Fraction(0)
    whole = 0
    partial: tuple[int, int] | None = None
    by_slot: list[tuple[date, Fraction]] = []  # each month's last day in the period, and its share
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
        by_slot.append((slot_start + timedelta(days=covered - 1), Fraction(covered, length)))

    amount = _fraction_money(monthly_wage, months)
    wage = yuan(monthly_wage)
    caveats: list[Phrase] = []
    time_bar = _time_bar(by_slot, last_day, monthly_wage, today)
    if time_bar is not None:
        caveats.append(time_bar)
    if capped and months:
        caveats.append(Phrase("double_wages.note.eleven_months", {
            "first_day": first_day.isoformat(), "last_day": last_day.isoformat()}))
    if capped:
        caveats.append(Phrase("double_wages.note.open_ended", {"one_year": one_year.isoformat()}))
    caveats.extend(period.caveats)
    basis = [*cite(LABOR_CONTRACT_LAW, 82, 10), *cite(CONTRACT_LAW_REGULATION, 6, 7),
             *cite(INTERPRETATION_II, 6, 7), Basis(ARBITRATION_LAW, "27")]
    if capped:
        basis[2:2] = [Basis(LABOR_CONTRACT_LAW, "14"), Basis(INTERPRETATION_II, "9")]
    if start < CONTRACT_LAW_EFFECTIVE:
        caveats.append(Phrase("double_wages.note.before_2008"))
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))

    notes = [Phrase("double_wages.note.base"),
             Phrase("double_wages.note.prorated", {"paid_days": str(PAID_DAYS_PER_MONTH)}),
             Phrase("double_wages.note.exceptions")]
    if not capped:
        notes.append(Phrase("double_wages.note.period"))
        still_unsigned = contract_signed_date is None and (end is None or end >= today)
        if still_unsigned:
            # Still unsigned and short of a year: when the contract is deemed open-ended, and what the double
            # wages come to if nothing is signed before then (11 months), change the claim the worker weighs.
            caveats.append(Phrase("double_wages.note.open_ended_ahead", {
                "one_year": one_year.isoformat(), "cap_day": cap_day.isoformat(),
                "most": yuan(monthly_wage * ELEVEN)}))
            basis.insert(2, Basis(LABOR_CONTRACT_LAW, "14"))

    period_words = {"first_day": first_day.isoformat(), "last_day": last_day.isoformat()}
    if months:
        figures = {**period_words, "wage": wage, "amount": yuan(amount), "months": num(months)}
        formula = Phrase("double_wages.formula", {
            **figures, "capped": capped, "whole": whole, "partial": f"{partial[0]}/{partial[1]}" if partial else ""})
        summary = Phrase("double_wages.summary", figures)
    else:
        formula = Phrase("double_wages.formula.none", period_words)
        summary = Phrase("double_wages.summary.none")
    in_time = sum((m for d, m in by_slot if period_end(d, years=1) >= today), Fraction(0))
    inputs = {"monthly_wage": wage, "start_date": start.isoformat(),
              "contract_signed_date": contract_signed_date.isoformat() if contract_signed_date else "",
              "end_date": end.isoformat() if end else "",
              "in_time_amount": yuan(_fraction_money(monthly_wage, in_time))}
    # Once the whole period is past its year, that day is the claim's deadline, said in the ⏰ line as well
    # (not the year from leaving, which other claims of the same worker keep).
    whole_deadline = period_end(last_day, years=1)
    barred_on = whole_deadline if by_slot and whole_deadline < today else None
    return Calculation(calculator=NAME, amount=amount, summary=summary, formula=formula, inputs=inputs,
                       basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats), deadline=barred_on,
                       days_left=(barred_on - today).days if barred_on else None)


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a tenure of zero months."""
    months = values.get("service_months")
    if isinstance(months, Decimal) and months <= 0:
        raise InvalidInput(calc.spec("start_date"), "no_service")


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("start_date", "date", required_unless=("service_months",)),
        InputSpec("end_date", "date", required_unless=("contract_signed_date", "months_since_end")),
        InputSpec("contract_signed_date", "date", required=False),
        SERVICE_MONTHS,
        MONTHS_SINCE_END,
    ),
    compute=double_wages, basis=BASIS, check=check)
