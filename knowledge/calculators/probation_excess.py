"""Probation longer than the law allows (劳动合同法 19, 83) and a dismissal after the lawful probation ended (21, 39).

The longest probation depends on the contract's term (none under three months, one month under a year,
two under three years, six from three years). For the part of an over-long probation already served the
employer owes damages at the post-probation wage a month (第八十三条). Given the first day, the calculation
dates the lawful probation's last day: a worker let go after it "for failing probation" was no longer on
probation, and the employer needs another lawful ground (otherwise the dismissal is unlawful: 2N, 第八十七条).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from knowledge.calculators.figures import anniversary, money, num, service, yuan
from knowledge.calculators.laws import LABOR_CONTRACT_LAW, cite
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.calculators.period import SERVICE_MONTHS
from knowledge.calculators.probation import SHARE, probation_limit

NAME = "probation_excess"
BASIS = cite(LABOR_CONTRACT_LAW, 19, 83, 20, 21, 39, 87)


def _months_served(first: date, last: date) -> Decimal:
    """Months from ``first`` to ``last`` inclusive: whole months, then the rest as a share of the next month's days."""
    if last < first:
        return Decimal(0)
    years, months, days = service(first, last)
    whole = 12 * years + months
    rest = Decimal(days) / Decimal((anniversary(first, whole + 1) - anniversary(first, whole)).days)
    return (Decimal(whole) + rest).quantize(Decimal("0.01"))


def probation_excess(*, monthly_wage: Decimal, contract_months: Decimal, probation_months: Decimal,
                     start_date: date | None = None, end_date: date | None = None,
                     probation_wage: Decimal | None = None, service_months: Decimal | None = None,
                     today: date) -> Calculation:
    """Return the damages for the over-long part of a probation served, and when the lawful probation ended;
    with the pay during probation, the pay owed besides: below 80% of the wage in the lawful months (第二十条),
    below the full wage in the months past the limit, which were no probation."""
    limit = probation_limit(contract_months)
    excess = max(Decimal(0), probation_months - limit)
    caveats: list[Phrase] = []
    notes: list[Phrase] = [Phrase("probation_excess.note.limits")]
    basis: list[Basis] = [*cite(LABOR_CONTRACT_LAW, 19, 83)]
    lawful_end = agreed_end = None
    if start_date is not None:
        lawful_end = anniversary(start_date, limit) - timedelta(days=1) if limit else start_date - timedelta(days=1)
        whole = int(probation_months)
        agreed_end = anniversary(start_date, whole) - timedelta(days=1)
        if probation_months > whole:  # half a month and the like: the share of the next month's days
            nxt = anniversary(start_date, whole + 1)
            share = (probation_months - whole) * Decimal((nxt - anniversary(start_date, whole)).days)
            agreed_end += timedelta(days=int(share))
        until = min(end_date or today, agreed_end, today)  # (a contract's end told ahead: served to today)
        served = _months_served(lawful_end + timedelta(days=1), until)
        served = min(served, excess)
        lawful_served = _months_served(start_date, min(until, lawful_end)) if limit else Decimal(0)
    elif service_months is not None:
        # "干了两个半月", no first day: what was served of the probation is the tenure, up to the probation agreed
        served = min(excess, max(Decimal(0), min(service_months, probation_months) - limit))
        lawful_served = min(service_months, probation_months, Decimal(limit))
        if excess:
            caveats.append(Phrase("probation_excess.note.served_from_tenure",
                                  {"service": num(service_months), "served": num(served)}))
    else:
        served = excess
        lawful_served = min(probation_months, Decimal(limit))
        if excess:
            caveats.append(Phrase("probation_excess.note.served_assumed", {"excess": num(excess)}))
    amount = money(monthly_wage * served)
    figures = {"contract": num(contract_months), "limit": limit, "probation": num(probation_months),
               "excess": num(excess), "served": num(served), "wage": yuan(monthly_wage), "amount": yuan(amount),
               "lawful_end": lawful_end.isoformat() if lawful_end else "",
               "agreed_end": agreed_end.isoformat() if agreed_end else ""}
    pay = Decimal(0)
    if probation_wage is not None and excess:
        floor = money(monthly_wage * SHARE)
        short_lawful = money(max(Decimal(0), floor - probation_wage) * lawful_served)
        short_excess = money(max(Decimal(0), monthly_wage - probation_wage) * served)
        pay = short_lawful + short_excess
        if pay > 0:
            figures.update({"paid": yuan(probation_wage), "floor": yuan(floor), "lawful_served": num(lawful_served),
                            "short_lawful": yuan(short_lawful), "short_excess": yuan(short_excess),
                            "pay": yuan(pay), "grand": yuan(amount + pay)})
            caveats.append(Phrase("probation_excess.note.pay_owed", figures))
            basis.append(Basis(LABOR_CONTRACT_LAW, "20"))
    if lawful_end is not None and excess:
        caveats.append(Phrase("probation_excess.note.lawful_end", figures))
    if (end_date is not None and lawful_end is not None and agreed_end is not None and excess
            and lawful_end < end_date <= agreed_end):
        # let go inside the agreed probation but after the lawful one: "试用期不合格" is no ground any more
        caveats.insert(0, Phrase("probation_excess.note.dismissed_after", {**figures, "end": end_date.isoformat()}))
        basis.extend((Basis(LABOR_CONTRACT_LAW, "21"), Basis(LABOR_CONTRACT_LAW, "39"), Basis(LABOR_CONTRACT_LAW, "87")))
    notes.append(Phrase("probation_excess.note.claim"))
    summary = Phrase("probation_excess.summary.with_pay" if pay else
                     "probation_excess.summary" if excess else "probation_excess.summary.within", figures)
    return Calculation(calculator=NAME, amount=amount + pay, summary=summary,
                       formula=Phrase("probation_excess.formula", figures),
                       inputs={"monthly_wage": yuan(monthly_wage), "limit_months": str(limit),
                               "excess_months": num(excess), "served_excess_months": num(served),
                               "damages": yuan(amount), "pay_owed": yuan(pay)},
                       basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a probation longer than the contract."""
    probation, term = values.get("probation_months"), values.get("contract_months")
    if isinstance(probation, Decimal) and isinstance(term, Decimal) and probation > term:
        raise InvalidInput(calc.spec("probation_months"), "number_out_of_range", raw=str(probation))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("contract_months", "months"),
        InputSpec("probation_months", "months"),
        InputSpec("start_date", "date", required=False),
        InputSpec("end_date", "date", required=False),
        InputSpec("probation_wage", "money", required=False),
        SERVICE_MONTHS,
    ),
    compute=probation_excess, basis=BASIS, check=check)
