"""Economic compensation (劳动合同法 47) and damages for unlawful dismissal (87).

Both rest on the same service-years rule and the same three-times cap, so they share a module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import duration, money, num, service, yuan
from knowledge.calculators.laws import CONTRACT_LAW_EFFECTIVE, CONTRACT_LAW_REGULATION, LABOR_CONTRACT_LAW, cite
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, Phrase

COMPENSATION_BASIS = (*cite(LABOR_CONTRACT_LAW, 47, 46, 97), *cite(CONTRACT_LAW_REGULATION, 27))
DISMISSAL_BASIS = (*cite(LABOR_CONTRACT_LAW, 87, 47, 48, 97), *cite(CONTRACT_LAW_REGULATION, 25, 27))


@dataclass(frozen=True)
class _Compensation:
    base: Decimal
    months: Decimal
    months_before_cap: Decimal
    service: tuple[int, int, int]
    capped: bool
    amount: Decimal


def _compensation(monthly_wage: Decimal, start_date: date, end_date: date,
                  local_avg_wage: Decimal | None) -> _Compensation:
    years, months, days = service(start_date, end_date)
    remainder = months or days
    extra = Decimal(1) if months >= 6 else (Decimal("0.5") if remainder else Decimal(0))
    counted = Decimal(years) + extra
    capped = local_avg_wage is not None and monthly_wage > 3 * local_avg_wage
    base = 3 * local_avg_wage if capped and local_avg_wage is not None else monthly_wage
    final = min(counted, Decimal(12)) if capped else counted
    return _Compensation(base=money(base), months=final, months_before_cap=counted,
                         service=(years, months, days), capped=capped, amount=money(base * final))


def _wage(c: _Compensation, monthly_wage: Decimal) -> Phrase:
    return Phrase("compensation.wage", {"wage": yuan(monthly_wage), "capped": c.capped, "base": yuan(c.base)})


def _months_rule(c: _Compensation) -> dict[str, object]:
    """The figures of the service-years rule: a month per year, the remainder, the cap.

    ``service`` is (years, months, days): the formula words it in its own language.
    """
    years, months, days = c.service
    remainder = "year" if months >= 6 else ("half" if months or days else "none")
    return {"service": c.service, "remainder": remainder,
            "counted": num(c.months_before_cap), "months": num(c.months),
            "capped_years": c.months != c.months_before_cap, "capped": c.capped, "base": yuan(c.base)}


def _notes(c: _Compensation, monthly_wage: Decimal, local_avg_wage: Decimal | None, start_date: date,
           *, dismissal: bool) -> list[Phrase]:
    notes = [Phrase("compensation.note.monthly_wage")]
    if c.capped:
        notes.append(Phrase("compensation.note.capped", {
            "wage": yuan(monthly_wage), "local_avg_wage": yuan(local_avg_wage or 0), "base": yuan(c.base)}))
    elif local_avg_wage is None:
        notes.append(Phrase("compensation.note.cap_unknown"))
    if start_date < CONTRACT_LAW_EFFECTIVE:
        notes.append(Phrase("unlawful_dismissal.note.before_2008" if dismissal
                            else "economic_compensation.note.before_2008"))
    return notes


def _inputs(monthly_wage: Decimal, start_date: date, end_date: date, local_avg_wage: Decimal | None) -> dict[str, str]:
    return {"monthly_wage": yuan(monthly_wage), "start_date": start_date.isoformat(),
            "end_date": end_date.isoformat(),
            "local_avg_wage": yuan(local_avg_wage) if local_avg_wage is not None else ""}


def economic_compensation(*, monthly_wage: Decimal, start_date: date, end_date: date,
                          local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return economic compensation under 劳动合同法 47: a month's wage per year of service."""
    c = _compensation(monthly_wage, start_date, end_date, local_avg_wage)
    notes = [Phrase("economic_compensation.note.when_owed"),
             *_notes(c, monthly_wage, local_avg_wage, start_date, dismissal=False)]
    basis = [*cite(LABOR_CONTRACT_LAW, 47, 46), *cite(CONTRACT_LAW_REGULATION, 27)]
    if start_date < CONTRACT_LAW_EFFECTIVE:
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))
    return Calculation(
        calculator="economic_compensation", amount=c.amount,
        summary=Phrase("economic_compensation.summary", {
            "wage": _wage(c, monthly_wage), "service": duration(*c.service), "amount": yuan(c.amount),
            "months": num(c.months)}),
        formula=Phrase("economic_compensation.formula", {**_months_rule(c), "amount": yuan(c.amount)}),
        inputs=_inputs(monthly_wage, start_date, end_date, local_avg_wage),
        basis=tuple(basis), notes=tuple(notes))


def unlawful_dismissal(*, monthly_wage: Decimal, start_date: date, end_date: date,
                       local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return damages for unlawful dismissal under 劳动合同法 87: twice the article 47 amount."""
    c = _compensation(monthly_wage, start_date, end_date, local_avg_wage)
    amount = money(c.amount * 2)
    notes = [Phrase("unlawful_dismissal.note.not_both"), Phrase("unlawful_dismissal.note.reinstatement"),
             *_notes(c, monthly_wage, local_avg_wage, start_date, dismissal=True)]
    basis = [*cite(LABOR_CONTRACT_LAW, 87, 47, 48), *cite(CONTRACT_LAW_REGULATION, 25, 27)]
    return Calculation(
        calculator="unlawful_dismissal", amount=amount,
        summary=Phrase("unlawful_dismissal.summary", {
            "wage": _wage(c, monthly_wage), "service": duration(*c.service), "amount": yuan(amount),
            "months": num(c.months * 2)}),
        formula=Phrase("unlawful_dismissal.formula", {
            **_months_rule(c), "compensation": yuan(c.amount), "amount": yuan(amount)}),
        inputs=_inputs(monthly_wage, start_date, end_date, local_avg_wage),
        basis=tuple(basis), notes=tuple(notes))


def _inputs_spec() -> tuple[InputSpec, ...]:
    return (
        InputSpec("monthly_wage", "money"),
        InputSpec("start_date", "date"),
        InputSpec("end_date", "date"),
        InputSpec("local_avg_wage", "money", required=False),
    )


ECONOMIC_COMPENSATION = Calculator(
    name="economic_compensation", inputs=_inputs_spec(), compute=economic_compensation, basis=COMPENSATION_BASIS)
UNLAWFUL_DISMISSAL = Calculator(
    name="unlawful_dismissal", inputs=_inputs_spec(), compute=unlawful_dismissal, basis=DISMISSAL_BASIS)
