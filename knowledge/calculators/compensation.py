"""Economic compensation (劳动合同法 47) and damages for unlawful dismissal (87).

Both rest on the same service-years rule and the same three-times cap, so they share a module.
The cap needs the local average wage, which few workers know: it is asked only when the wage is
high enough for the cap to bite (``laws.CAP_CHECK_WAGE``), and "不知道" is an answer, after which
the uncapped figure is shown with a caveat saying how it may be capped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from knowledge.calculators.figures import duration, money, num, service, yuan
from knowledge.calculators.laws import (
    CAP_CHECK_WAGE,
    CONTRACT_LAW_EFFECTIVE,
    CONTRACT_LAW_REGULATION,
    LABOR_CONTRACT_LAW,
    LABOR_LAW,
    MINIMUM_WAGE_CEILING,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase
from knowledge.calculators.period import MONTHS_SINCE_END, SERVICE_MONTHS, employment_period

COMPENSATION_BASIS = (*cite(LABOR_CONTRACT_LAW, 47, 46, 97), *cite(CONTRACT_LAW_REGULATION, 27), *cite(LABOR_LAW, 48))
DISMISSAL_BASIS = (*cite(LABOR_CONTRACT_LAW, 87, 47, 48, 97), *cite(CONTRACT_LAW_REGULATION, 25, 27),
                   *cite(LABOR_LAW, 48))
_MAX_CAPPED_MONTHS = Decimal(12)


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
    final = min(counted, _MAX_CAPPED_MONTHS) if capped else counted
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


def _cap_caveat(c: _Compensation, monthly_wage: Decimal, local_avg_wage: Decimal | None,
                *, dismissal: bool) -> tuple[list[Phrase], list[Phrase]]:
    """The caveat (or background note) on the three-times cap of 劳动合同法 47(2)."""
    if c.capped:
        return [Phrase("compensation.note.capped", {
            "wage": yuan(monthly_wage), "local_avg_wage": yuan(local_avg_wage or 0), "base": yuan(c.base),
            "counted": num(c.months_before_cap), "months": num(c.months),
            "capped_years": c.months != c.months_before_cap})], []
    if local_avg_wage is not None:
        return [], [Phrase("compensation.note.cap_checked", {
            "wage": yuan(monthly_wage), "local_avg_wage": yuan(local_avg_wage), "limit": yuan(3 * local_avg_wage)})]
    if monthly_wage > CAP_CHECK_WAGE:
        # The cap bites only where the local average is below a third of this wage: say where that line is.
        return [Phrase("compensation.note.may_be_capped", {
            "wage": yuan(monthly_wage), "threshold": yuan(monthly_wage / 3), "counted": num(c.months_before_cap),
            "capped_years": c.months_before_cap > _MAX_CAPPED_MONTHS, "dismissal": dismissal})], []
    return [], [Phrase("compensation.note.cap_unlikely", {"limit": yuan(CAP_CHECK_WAGE)})]


def _notes(c: _Compensation, monthly_wage: Decimal, local_avg_wage: Decimal | None, start_date: date,
           period_caveats: tuple[Phrase, ...], *, dismissal: bool) -> tuple[list[Phrase], list[Phrase]]:
    """Return (caveats, background notes) common to both calculators, most important first."""
    caveats, notes = _cap_caveat(c, monthly_wage, local_avg_wage, dismissal=dismissal)
    caveats.extend(period_caveats)
    if monthly_wage < MINIMUM_WAGE_CEILING:
        caveats.append(Phrase("compensation.note.minimum_wage", {"wage": yuan(monthly_wage)}))
    if start_date < CONTRACT_LAW_EFFECTIVE:
        caveats.append(Phrase("unlawful_dismissal.note.before_2008" if dismissal
                              else "economic_compensation.note.before_2008"))
    notes.insert(0, Phrase("compensation.note.monthly_wage"))
    return caveats, notes


def _inputs(monthly_wage: Decimal, start_date: date, end_date: date, local_avg_wage: Decimal | None) -> dict[str, str]:
    return {"monthly_wage": yuan(monthly_wage), "start_date": start_date.isoformat(),
            "end_date": end_date.isoformat(),
            "local_avg_wage": yuan(local_avg_wage) if local_avg_wage is not None else ""}


def _period(start_date: date | None, service_months: Decimal | None, end_date: date | None,
            months_since_end: Decimal | None, today: date):
    period = employment_period(start_date=start_date, service_months=service_months, end_date=end_date,
                               months_since_end=months_since_end, today=today)
    return period.start, period.end or today, period.caveats


_NEXT_STEP_DAYS = 31


def _next_step(monthly_wage: Decimal, start: date, today: date, local_avg_wage: Decimal | None,
               now: _Compensation) -> Phrase | None:
    """For a worker still at work, counted to today: the last day of work from which the compensation rises by a
    step (满3年6个月 counts four months, not three and a half), when that day is at most a month ahead."""
    for ahead in range(1, _NEXT_STEP_DAYS + 1):
        day = today + timedelta(days=ahead)
        later = _compensation(monthly_wage, start, day, local_avg_wage)
        if later.months > now.months:
            return Phrase("economic_compensation.note.next_step", {
                "day": day.isoformat(), "service": duration(*later.service), "months": num(later.months),
                "amount": yuan(later.amount), "now": yuan(now.amount)})
    return None


def economic_compensation(*, monthly_wage: Decimal, start_date: date | None = None, end_date: date | None = None,
                          service_months: Decimal | None = None, months_since_end: Decimal | None = None,
                          local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return economic compensation under 劳动合同法 47: a month's wage per year of service.

    The period may be given by dates or by durations (a tenure, a time since leaving).
    """
    start, end, period_caveats = _period(start_date, service_months, end_date, months_since_end, today)
    c = _compensation(monthly_wage, start, end, local_avg_wage)
    caveats, notes = _notes(c, monthly_wage, local_avg_wage, start, period_caveats, dismissal=False)
    if (end_date is None or end_date == today) and months_since_end is None and service_months is None \
            and start_date is not None \
            and (step := _next_step(monthly_wage, start, today, local_avg_wage, c)) is not None:
        caveats.insert(0, step)  # still at work and a few days short of the next half month's compensation
    notes.insert(0, Phrase("economic_compensation.note.when_owed"))
    basis = [*cite(LABOR_CONTRACT_LAW, 47, 46), *cite(CONTRACT_LAW_REGULATION, 27)]
    if start < CONTRACT_LAW_EFFECTIVE:
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))
    if monthly_wage < MINIMUM_WAGE_CEILING:
        basis.append(Basis(LABOR_LAW, "48"))
    return Calculation(
        calculator="economic_compensation", amount=c.amount,
        summary=Phrase("economic_compensation.summary", {
            "wage": _wage(c, monthly_wage), "service": duration(*c.service), "amount": yuan(c.amount),
            "months": num(c.months)}),
        formula=Phrase("economic_compensation.formula", {**_months_rule(c), "amount": yuan(c.amount)}),
        inputs=_inputs(monthly_wage, start, end, local_avg_wage),
        basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


def unlawful_dismissal(*, monthly_wage: Decimal, start_date: date | None = None, end_date: date | None = None,
                       service_months: Decimal | None = None, months_since_end: Decimal | None = None,
                       local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return damages for unlawful dismissal under 劳动合同法 87: twice the article 47 amount."""
    start, end, period_caveats = _period(start_date, service_months, end_date, months_since_end, today)
    c = _compensation(monthly_wage, start, end, local_avg_wage)
    amount = money(c.amount * 2)
    caveats, notes = _notes(c, monthly_wage, local_avg_wage, start, period_caveats, dismissal=True)
    # The choice first (劳动合同法第四十八条: the job back, or the damages), then that the damages replace N.
    notes[:0] = [Phrase("unlawful_dismissal.note.reinstatement"), Phrase("unlawful_dismissal.note.not_both")]
    basis = [*cite(LABOR_CONTRACT_LAW, 87, 47, 48), *cite(CONTRACT_LAW_REGULATION, 25, 27)]
    if monthly_wage < MINIMUM_WAGE_CEILING:
        basis.append(Basis(LABOR_LAW, "48"))
    return Calculation(
        calculator="unlawful_dismissal", amount=amount,
        summary=Phrase("unlawful_dismissal.summary", {
            "wage": _wage(c, monthly_wage), "service": duration(*c.service), "amount": yuan(amount),
            "months": num(c.months * 2)}),
        formula=Phrase("unlawful_dismissal.formula", {
            **_months_rule(c), "compensation": yuan(c.amount), "amount": yuan(amount)}),
        inputs=_inputs(monthly_wage, start, end, local_avg_wage),
        basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a tenure of zero months."""
    months = values.get("service_months")
    if isinstance(months, Decimal) and months <= 0:
        raise InvalidInput(calc.spec("start_date"), "no_service")


def _inputs_spec() -> tuple[InputSpec, ...]:
    return (
        InputSpec("monthly_wage", "money"),
        InputSpec("start_date", "date", required_unless=("service_months",)),
        # A tenure ("干了4年") settles the service without the last day: N counts the years, not the dates.
        InputSpec("end_date", "date", required_unless=("months_since_end", "service_months")),
        InputSpec("local_avg_wage", "money", required=False, required_above=(("monthly_wage", CAP_CHECK_WAGE),),
                  may_be_unknown=True),
        SERVICE_MONTHS,
        MONTHS_SINCE_END,
    )


ECONOMIC_COMPENSATION = Calculator(
    name="economic_compensation", inputs=_inputs_spec(), compute=economic_compensation, basis=COMPENSATION_BASIS,
    check=check)
UNLAWFUL_DISMISSAL = Calculator(
    name="unlawful_dismissal", inputs=_inputs_spec(), compute=unlawful_dismissal, basis=DISMISSAL_BASIS, check=check)


def if_only_pushed(calculation: Calculation) -> Calculation:
    """Damages for an unlawful dismissal counted for a worker only pushed to resign (人事三天两头找我谈话让我签自愿离职), still
    at work: the figure is what a dismissal would owe, and what the worker would have by leaving over the employer's
    fault (N, 劳动合同法第三十八条、第四十六条) is said beside it, so neither a resignation nor an expectation of 2N misleads."""
    if calculation.calculator != "unlawful_dismissal" or calculation.amount is None:
        return calculation
    note = Phrase("unlawful_dismissal.note.only_pushed", {"half": yuan(money(calculation.amount / 2))})
    basis = calculation.basis + tuple(b for b in cite(LABOR_CONTRACT_LAW, 38, 46) if b not in calculation.basis)
    # the first line says it too, before the figure (a pregnant worker told to write her resignation, still at work)
    return replace(not_yet_ended(calculation), caveats=(note, *calculation.caveats), basis=basis)


def not_yet_ended(calculation: Calculation, *, at_expiry: bool = False) -> Calculation:
    """Damages for an unlawful dismissal counted for a worker whose job has not ended (an ending put to sign that the
    law bars: 怀疑尘肺，让我签终止协议): the first line says the figure is what ending it anyway would owe; ``at_expiry``,
    what ending it when the contract runs out would owe (two fixed terms served, a worse renewal put to sign)."""
    if calculation.calculator != "unlawful_dismissal" or calculation.summary.code != "unlawful_dismissal.summary":
        return calculation
    code = "unlawful_dismissal.summary.if_ended_at_expiry" if at_expiry else "unlawful_dismissal.summary.if_dismissed"
    return replace(calculation, summary=Phrase(code, calculation.summary.params))


def if_slow_business(calculation: Calculation) -> Calculation:
    """Damages for a worker let go because business is slow (最近生意差，让我第二天别来了): why that dismissal is unlawful,
    the two lawful roads it skipped (a layoff's procedure, 劳动合同法第四十一条; a change of circumstances negotiated
    first and thirty days' notice, 第四十条)."""
    if calculation.calculator != "unlawful_dismissal" or calculation.amount is None:
        return calculation
    basis = calculation.basis + tuple(b for b in cite(LABOR_CONTRACT_LAW, 40, 41) if b not in calculation.basis)
    return replace(calculation, caveats=(Phrase("unlawful_dismissal.note.slow_business"), *calculation.caveats),
                   basis=basis)


def less_what_was_paid(calculation: Calculation, paid: Decimal | None) -> Calculation:
    """Compensation or damages with what the employer already paid on ending the job set against it (只给了4个月工资
    补偿): what is still owed, or that the sum paid already covers it (for N, with the difference to 2N an unlawful
    ending would owe)."""
    if paid is None or calculation.amount is None or calculation.calculator not in ("unlawful_dismissal",
                                                                                      ECONOMIC_COMPENSATION.name):
        return calculation
    rest = calculation.amount - paid
    if rest > 0:
        note = Phrase("compensation.note.paid_short", {"paid": yuan(money(paid)), "rest": yuan(money(rest))})
        return replace(calculation, caveats=(note, *calculation.caveats))
    if calculation.calculator == "unlawful_dismissal":
        # (the figure is already the damages, 2N: nothing further to claim on top of what was paid)
        note = Phrase("unlawful_dismissal.note.paid_covers", {"paid": yuan(money(paid))})
        return replace(calculation, caveats=(note, *calculation.caveats))
    basis = calculation.basis + tuple(b for b in cite(LABOR_CONTRACT_LAW, 87) if b not in calculation.basis)
    note = Phrase("compensation.note.paid_covers", {"paid": yuan(money(paid))})
    return replace(calculation, caveats=(note, *calculation.caveats), basis=basis)


def with_unlawful_alternative(calculation: Calculation) -> Calculation:
    """Economic compensation for a dismissal whose lawfulness is not settled, with what an unlawful one owes
    beside it: the damages of 劳动合同法 87 are twice the same compensation (2N), base and years unchanged."""
    if calculation.calculator != ECONOMIC_COMPENSATION.name or calculation.amount is None:
        return calculation
    note = Phrase("economic_compensation.note.if_unlawful", {"amount": yuan(money(calculation.amount * 2))})
    basis = calculation.basis + tuple(b for b in cite(LABOR_CONTRACT_LAW, 87) if b not in calculation.basis)
    return replace(calculation, caveats=(note, *calculation.caveats), basis=basis)
