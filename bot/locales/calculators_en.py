"""The calculators' words in English: titles, questions, errors, and every phrase of a result.

Everything here is English, formulas included: an English-speaking worker reads the whole result
in English (the laws are named in English; their Chinese text is quoted elsewhere by the answer).
"""

from __future__ import annotations

from bot.locales.base import CalculatorText

_AVG_WAGE = ("What was your average monthly wage over the last 12 months, in yuan (bonuses and "
             "allowances included)?")
_START = ("When did you start working there? e.g. 2023-03-01. If you do not remember the date, say how long "
          "you have worked there, e.g. \"13 years\".")
_END = ("On what day did the employment end (last day)? Reply \"today\" if you still work there, or say how long "
        "ago you left, e.g. \"10 months ago\".")
_LOCAL_AVG = ("What is your city's previous-year average monthly wage, in yuan? (Above three times it, compensation "
              "is capped at three times that average and at most 12 years; the local human resources bureau's "
              "website or the 12333 hotline has it. Reply \"don't know\" if you do not know.)")
_SERVICE = "(Optional) How long have you worked there in total? e.g. \"13 years\", \"8 months\""
_SINCE_END = "(Optional) How long ago did you leave? e.g. \"10 months\""
_COMPENSATION_PROMPTS = {"monthly_wage": _AVG_WAGE, "start_date": _START, "end_date": _END,
                         "local_avg_wage": _LOCAL_AVG, "service_months": _SERVICE, "months_since_end": _SINCE_END}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def duration(years: int, months: int, days: int) -> str:
    parts = [_plural(years, "year") if years else "", _plural(months, "month") if months else "",
             _plural(days, "day") if days else ""]
    return " ".join(p for p in parts if p) or "0 days"


def days_left(days: int) -> str:
    if days > 0:
        return f"{_plural(days, 'day')} left"
    if days == 0:
        return "today is the last day"
    return f"passed {-days} day{'s' * (days != -1)} ago"


def _counted_from_tenure(service: str) -> str:
    return (f"The years of service were counted from how long you said you worked ({service}); if that is not "
            "exact, tell me the start and end dates and I will recalculate.")


def _estimated_start(date: str, service: str = "") -> str:
    how = f" ({service})" if service else ""
    return (f"The start date was estimated from how long you said you have worked there{how}: {date}. "
            "Tell me the exact date if that is wrong and I will recalculate.")


def _compensation_wage(wage: str, capped: bool, base: str) -> str:
    if capped:
        return (f"a monthly wage of {wage} yuan (above three times the local average, so capped at "
                f"{base} and at most 12 years)")
    return f"a monthly wage of {wage} yuan"


def _months_rule(service: tuple[int, int, int], remainder: str, counted: str, months: str, capped_years: bool) -> str:
    rest = {"year": "a remainder of 6 months or more counts as a year",
            "half": "a remainder under 6 months counts as half a month",
            "none": "no remainder"}[remainder]
    cap = f", capped at {months} months" if capped_years else ""
    return (f"Service {duration(*service)}: {_plural(service[0], 'full year')} = {service[0]} months, {rest}; "
            f"{counted} months in all{cap}")


def _compensation_formula(*, capped: bool, base: str, months: str, amount: str, **rule) -> str:
    cap = " (capped at three times the local average, at most 12 years)" if capped else ""
    return f"{_months_rule(months=months, **rule)}. Compensation = monthly wage {base}{cap} × {months} = {amount} yuan"


def _dismissal_formula(*, capped: bool, base: str, months: str, compensation: str, amount: str, **rule) -> str:
    cap = " (capped at three times the local average, at most 12 years)" if capped else ""
    return (f"{_months_rule(months=months, **rule)}. "
            f"Damages = 2 × monthly wage {base}{cap} × {months} = 2 × {compensation} = {amount} yuan")


def _double_wages_formula(*, first_day: str, last_day: str, capped: bool, whole: int, partial: str, months: str,
                          wage: str, amount: str) -> str:
    cap = " (capped at the day before one full year of employment)" if capped else ""
    return (f"Double-wage period {first_day} to {last_day}{cap}: "
            f"{_plural(whole, 'whole month')}{f' + {partial}' if partial else ''} = {months} months; "
            f"extra wage = monthly wage {wage} × {months} = {amount} yuan")


def _whole_claim(whole_deadline: str) -> str:
    if whole_deadline:
        return f"some places count the whole claim from the end of the double-wage period, until {whole_deadline}"
    return "some places count the whole claim from the end of the double-wage period, for a year after it ends"


def _double_wages_limitation(*, next_bar: str, whole_deadline: str) -> str:
    return ("Time limit: the extra wage is generally not treated as labor remuneration, so the one-year arbitration "
            "limitation runs even while you are employed (Labor Dispute Mediation and Arbitration Law art. 27). "
            f"Counted month by month, the oldest month's extra wage becomes time-barred after {next_bar}; "
            f"{_whole_claim(whole_deadline)}. Apply soon; a written demand or a complaint interrupts the limitation "
            "and restarts it.")


def _double_wages_partly_barred(*, barred_until: str, barred_months: str, barred_amount: str, open_months: str,
                                open_amount: str, next_bar: str, whole_deadline: str) -> str:
    return (f"Time limit: counted month by month, the {barred_months} months up to {barred_until} (about "
            f"{barred_amount} yuan) are more than a year old and may be lost; {open_months} months, about "
            f"{open_amount} yuan, are still within the limitation, and the next month's part becomes time-barred "
            f"after {next_bar}. But {_whole_claim(whole_deadline)}, and then all of it can still be claimed. "
            "A written demand, a complaint or the employer's agreement to pay may have restarted the limitation. "
            "Apply soon (Labor Dispute Mediation and Arbitration Law art. 27).")


def _capped_note(*, wage: str, local_avg_wage: str, base: str, counted: str, months: str, capped_years: bool) -> str:
    years = (f"; the {counted} months counted are cut to {months} (at most 12 years)" if capped_years
             else "; at most 12 years count (not reached here)")
    return (f"Capped at three times the local average: your wage of {wage} yuan is above three times the local "
            f"previous-year average monthly wage of {local_avg_wage} yuan, so the base is {base} yuan{years} "
            "(Labor Contract Law art. 47 para. 2).")


def _may_be_capped(*, wage: str, threshold: str, counted: str, capped_years: bool, dismissal: bool) -> str:
    what = "the damages" if dismissal else "the compensation"
    years = (f", and at most 12 years count (your {counted} months would count as 12)" if capped_years
             else ", and at most 12 years count")
    return (f"The figure above is not capped and may be too high: if your city's previous-year average monthly wage "
            f"is below {threshold} yuan (a third of your wage of {wage} yuan), the base of {what} is three times "
            f"that average{years} (Labor Contract Law art. 47 para. 2). The local human resources bureau's website "
            "or the 12333 hotline has the average; tell me and I will apply the cap.")


_NOT_STATED_EXAMPLE = {"working-day (after hours)": "weekdays 20 hours a month",
                       "rest-day (weekend)": "2 Saturdays", "statutory-holiday": "3 days of National Day"}


def _not_stated(kinds: tuple[str, ...]) -> str:
    example = _NOT_STATED_EXAMPLE.get(kinds[0], "2 Saturdays") if kinds else "2 Saturdays"
    return (f"You did not say how much {' or '.join(kinds)} overtime you worked, so it counts as 0 here; if there "
            f"was some, tell me how much (e.g. \"{example}\") and I will recalculate.")


def _overtime_formula(*, wage: str, paid_days: str, daily: str, hourly: str, weekday_hours: str, weekday: str,
                      rest_day_hours: str, rest_day: str, comp_time: bool, holiday_hours: str, holiday: str,
                      amount: str) -> str:
    rest = (f"rest days {rest_day_hours} h, time off given → 0.00" if comp_time
            else f"rest days {rest_day_hours} h × {hourly} × 200% = {rest_day}")
    return (f"Daily wage = monthly wage {wage} ÷ {paid_days} = {daily}; "
            f"hourly wage = daily wage ÷ 8 = {hourly}; "
            f"working-day overtime {weekday_hours} h × {hourly} × 150% = {weekday}; "
            f"{rest}; "
            f"statutory holidays {holiday_hours} h × {hourly} × 300% = {holiday}; "
            f"total {amount} yuan (computed with the unrounded hourly wage)")


def _over_limits(*, daily: str, weekly: str, too_long_day: bool, too_long_week: bool) -> str:
    why = " and ".join(x for x in (f"{daily} hours a day on average (over 4)" if too_long_day else "",
                                   f"{weekly} hours a week (over 24)" if too_long_week else "") if x)
    return (f"You work {why}, beyond the part-time limits, so this is not part-time work and counts as "
            "full-time: the employer must sign a written contract (double wages if it did not) and pay "
            "economic compensation where the law requires; it cannot end the job at will for free.")


def _part_time_formula(*, daily: str, weekly: str, too_long_day: bool, too_long_week: bool, not_part_time: bool,
                       days: int, late_pay: bool) -> str:
    return (f"{daily} h a day {'>' if too_long_day else '≤'} 4 h; {weekly} h a week "
            f"{'>' if too_long_week else '≤'} 24 h → {'not' if not_part_time else 'meets the limits of'} "
            f"part-time work (art. 68); pay every {days} days {'>' if late_pay else '≤'} 15 days → "
            f"{'breaches' if late_pay else 'meets'} art. 72 para. 2")


# --- work-injury benefits, wage deductions, probation pay, annual leave, maternity allowance ---

_INJURY_REGS = "Work-Related Injury Insurance Regulations"
_INJURY_PAYER = {"fund": "paid by the work-injury insurance fund",
                 "employer": "paid by the employer, which did not insure you",
                 "fund_unless_uninsured": ("paid by the work-injury insurance fund (by the employer if it did not "
                                           "insure you)")}


def _injury_leaving_when(grade: int) -> str:
    return ("when you yourself ask to end the employment" if grade <= 6
            else "when your contract expires or you yourself resign")


def _injury_subsidies(*, zhejiang: bool, months: int, province_avg_wage: str, amount: str, total: str) -> str:
    what = ("a one-off work-injury medical subsidy (from the fund) and a one-off disability employment subsidy "
            "(from the employer)")
    if zhejiang and amount:
        return (f"{what}; in Zhejiang each is {months} months of the previous year's provincial average monthly "
                f"wage: {months} × {province_avg_wage} = {amount} yuan each, {total} yuan for both")
    if zhejiang:
        return (f"{what}; in Zhejiang each is {months} months of the previous year's provincial average monthly "
                "wage (tell me that average and I will work out the amounts)")
    return f"{what}, at rates set by the province where you work (the 12333 hotline has them)"


def _injury_part_grant(*, grade: int, months: int, base: str, amount: str, payer: str) -> str:
    return (f"one-off disability grant: for grade {grade}, {months} months of your own wage, "
            f"{months} × {base} = {amount} yuan, {_INJURY_PAYER[payer]}")


def _injury_allowance_1_4(*, percent: str, amount: str, payer: str) -> str:
    return (f"you keep your employment but stop working, with a monthly disability allowance of {percent}% of your "
            f"own wage, {amount} yuan a month, {_INJURY_PAYER[payer]}")


def _injury_allowance_5_6(*, percent: str, amount: str, payer: str) -> str:
    return (f"you keep your employment and the employer must arrange suitable work; if it cannot, it pays a "
            f"monthly disability allowance of {percent}% of your own wage, {amount} yuan a month, and your social "
            "insurance contributions")


def _injury_part_leaving(*, grade: int, insured: bool | None, **subsidies) -> str:
    return f"{_injury_leaving_when(grade)}, you also get {_injury_subsidies(**subsidies)}"


def _injury_if_leaving(*, grade: int, insured: bool | None, said_staying: bool, **subsidies) -> str:
    lead = "You said you are staying for now; if you leave later" if said_staying else "If you leave"
    return (f"{lead} ({_injury_leaving_when(grade)}), you also get {_injury_subsidies(**subsidies)} "
            f"({_INJURY_REGS} art. {36 if grade <= 6 else 37}). You need not sign a \"one-off settlement\" that pays "
            "less than all this.")


def _injury_formula(*, grade: int, wage: str, base: str, clamp: str, grant_months: int, grant: str, share: str,
                    allowance: str, subsidy_months: int, province_avg_wage: str, subsidy: str) -> str:
    how = {"floor": f"wage {wage} below 60% of the local average, counted at 60%",
           "cap": f"wage {wage} above 300% of the local average, counted at 300%",
           "none": "between 60% and 300% of the local average",
           "unknown": "the wage you gave, the 60%-300% floor and cap not checked"}[clamp]
    parts = [f"Own wage {base} ({how})", f"one-off disability grant = {base} × {grant_months} = {grant}"]
    if share:
        parts.append(f"disability allowance = {base} × {share}% = {allowance} a month")
    if subsidy_months:
        parts.append(f"each Zhejiang subsidy on leaving = provincial average monthly wage {province_avg_wage or '?'} "
                     f"× {subsidy_months}" + (f" = {subsidy}" if subsidy else ""))
    return "; ".join(parts)


def _injury_base_clamped(*, wage: str, local_avg_wage: str, base: str, clamp: str) -> str:
    how = "below 60%" if clamp == "floor" else "above 300%"
    rate = "60%" if clamp == "floor" else "300%"
    return (f"Your own wage was floored or capped: your wage of {wage} yuan is {how} of the local average wage of "
            f"{local_avg_wage} yuan, so it counts at {rate}, {base} yuan ({_INJURY_REGS} art. 64).")


def _injury_allowance_minimum(*, amount: str, employer: bool) -> str:
    who = "the employer" if employer else "the work-injury insurance fund"
    article = "36" if employer else "35"
    return (f"The disability allowance of {amount} yuan a month may be below the local minimum wage: if it is, "
            f"{who} must top it up ({_INJURY_REGS} art. {article}). The local human resources bureau's website or "
            "the 12333 hotline has the local figure.")


def _deduction_summary(*, wage: str, cap: str, allowed: str, deduction: str, whole: str, whole_told: bool,
                       months: int, over: str, over_any: bool, floor_bites: bool, minimum_wage: str, left: str) -> str:
    limit = (f"{allowed} yuan (what is left must not fall below the local minimum wage of {minimum_wage} yuan)"
             if floor_bites else f"{allowed} yuan (20% of that month's wage)")
    taken = (f"If the employer took {deduction} yuan in one month, the {over} yuan taken beyond the limit is unlawful "
             "docking of wages and must be repaid." if over_any
             else f"Taking {deduction} yuan in one month stays within this limit.")
    whole_pace = f"at that pace the {whole}-yuan loss takes at least {months} months to recover. "
    sum_pace = f"at that pace {deduction} yuan takes {months} months to recover. "
    pace = "" if months <= 1 else (whole_pace if whole_told else sum_pace)
    return (f"On a monthly wage of {wage} yuan, the employer may deduct at most {limit} a month for a loss; "
            f"{pace}{taken}")


def _deduction_formula(*, wage: str, cap: str, allowed: str, deduction: str, whole: str, whole_told: bool,
                       months: int, over: str, over_any: bool, floor_bites: bool, minimum_wage: str, left: str) -> str:
    parts = [f"Monthly limit = wage {wage} × 20% = {cap}"]
    if floor_bites:
        parts.append(f"not below the minimum wage {minimum_wage}: {wage} − {minimum_wage} = {allowed}")
    if months:
        parts.append(f"{whole} ÷ {allowed} → {months} months")
    if over_any:
        parts.append(f"over-deduction in one month = {deduction} − {allowed} = {over}")
    return "; ".join(parts)


_PROBATION_BINDING = {"agreed": "80% of the agreed wage", "post": "80% of the lowest wage for the same post",
                      "minimum": "the local minimum wage"}


def _probation_summary(*, agreed: str, paid: str, floor: str, binding: str, eighty: str, post: str, minimum: str,
                       shortfall: str, short: bool, months: str, total: str) -> str:
    head = (f"With an agreed wage of {agreed} yuan, your probation wage must be at least {floor} yuan "
            f"({_PROBATION_BINDING[binding]}).")
    if not short:
        return head + f" You are paid {paid} yuan a month, which is not below this floor."
    whole = f", {total} yuan over a probation of {months} months" if total else ""
    return head + (f" You are paid {paid} yuan a month: {shortfall} yuan a month short{whole}, which you can claim "
                   "from the employer.")


def _probation_formula(*, agreed: str, paid: str, floor: str, binding: str, eighty: str, post: str, minimum: str,
                       shortfall: str, short: bool, months: str, total: str) -> str:
    parts = [f"Agreed wage {agreed} × 80% = {eighty}"]
    if post:
        parts.append(f"lowest wage for the post × 80% = {post}")
    if minimum:
        parts.append(f"local minimum wage {minimum}")
    parts.append(f"floor = the highest, {floor}")
    parts.append(f"shortfall = {floor} − {paid} = {shortfall} a month" if short else f"{paid} ≥ {floor}, no shortfall")
    if total:
        parts.append(f"× {months} months = {total}")
    return "; ".join(parts)


def _probation_term(contract: str, limit: int) -> str:
    if limit == 0:
        return f"A contract of {contract} months (under three months) may have no probation at all"
    return f"A contract of {contract} months allows a probation of at most {limit} month{'s' * (limit != 1)}"


def _probation_too_long(*, contract: str, limit: int, probation: str, excess: str, damages: str, agreed: str) -> str:
    return (f"{_probation_term(contract, limit)}; the {probation} months agreed exceed it by {excess}: for the excess "
            f"already served the employer owes damages at the post-probation wage of {agreed} yuan a month, "
            f"{damages} yuan if the whole excess of {excess} month{'s' * (excess != '1')} is served "
            "(Labor Contract Law arts. 19, 83).")


def _probation_limit(*, contract: str, limit: int) -> str:
    return (f"{_probation_term(contract, limit)} (Labor Contract Law art. 19); for any probation served beyond the "
            "limit the employer owes damages at the post-probation monthly wage (art. 83).")


def _leave_work(annual: int, work: str) -> str:
    return f"with {work} of work in all you get {annual} days of leave a year"


def _leave_summary(*, wage: str, paid_days: str, daily: str, work: str, annual: int, days: int, extra: str,
                   total: str, leaving: bool, **rest) -> str:
    if leaving:
        return (f"{_leave_work(annual, work).capitalize()}; leaving on {rest['leave_date']}, {days} days of this "
                f"year's leave are untaken. At a daily wage of {daily} yuan, each untaken day is paid at 300%, of "
                f"which the normal 100% is already in your wage, so the employer still owes {extra} yuan "
                f"({days} days × {daily} × 200%).")
    return (f"On a monthly wage of {wage} yuan the daily wage is {daily} yuan; {days} untaken days at 300% come to "
            f"{total} yuan, of which the normal 100% is already in your wage, so the employer still owes {extra} "
            f"yuan. {_leave_work(annual, work).capitalize()}.")


def _leave_summary_none(*, work: str, annual: int, days: int, leaving: bool, **rest) -> str:
    if annual == 0:
        return f"With {work} of work in all, under 12 months, you have no paid annual leave yet, so nothing is owed."
    if leaving:
        return (f"{_leave_work(annual, work).capitalize()}; leaving on {rest['leave_date']}, the pro-rated leave of "
                "this year leaves no whole untaken day (part days are dropped), so nothing is owed.")
    return f"{_leave_work(annual, work).capitalize()}; with no untaken days, nothing is owed."


def _leave_formula(*, wage: str, paid_days: str, daily: str, days: int, extra: str, total: str, **rest) -> str:
    return (f"Daily wage = monthly wage {wage} ÷ {paid_days} = {daily}; {days} untaken days × {daily} × 200% = "
            f"{extra} (with the 100% already paid, 300% = {total}; the unrounded daily wage is used)")


def _leave_formula_leaving(*, wage: str, paid_days: str, daily: str, annual: int, days: int, extra: str,
                           leave_date: str, counted_from: str, elapsed: int, taken: int, exact: str, **rest) -> str:
    return (f"Calendar days with the employer this year: {counted_from} to {leave_date} = {elapsed}; "
            f"{elapsed} ÷ 365 × {annual} − {taken} taken = {exact}, part days dropped → {days} days; "
            f"daily wage = {wage} ÷ {paid_days} = {daily}; {days} × {daily} × 200% = {extra}")


_MATERNITY_BASE = {"employer_avg": "the employer's previous-year average monthly wage of {base} yuan",
                   "own_uninsured": "your pre-leave wage of {base} yuan",
                   "own_estimate": "your own monthly wage of {base} yuan (an estimate)"}
_MATERNITY_PAYER = {"fund": "paid by the maternity insurance fund",
                    "employer": "paid by the employer, which did not enrol you in maternity insurance",
                    "unknown": "paid by the maternity insurance fund if you are insured, by the employer if not"}


def _maternity_summary(*, base: str, source: str, days: int, amount: str, payer: str, **rest) -> str:
    return (f"At {_MATERNITY_BASE[source].format(base=base)} and {days} days of leave, the maternity allowance is "
            f"about {amount} yuan ({base} ÷ 30 × {days}), {_MATERNITY_PAYER[payer]}.")


def _leave_days(national_days: int, difficult: bool, babies: int) -> str:
    """The national maternity leave as its sum: 98 + 15 (difficult birth) + 15 × 1 (multiple birth) = 128 days."""
    leave = "98" + (" + 15 (difficult birth)" if difficult else "") + \
        (f" + 15 × {babies - 1} (multiple birth)" if babies > 1 else "")
    return f"{leave} = {national_days} days" if leave != "98" else "98 days"


def _maternity_formula(*, base: str, daily: str, days: int, amount: str, national_days: int, difficult: bool,
                       babies: int, given_days: bool, **rest) -> str:
    leave = _leave_days(national_days, difficult, babies)
    if given_days:
        leave = f"{days} days as you said (national rule: {leave})"
    return f"Daily allowance = {base} ÷ 30 = {daily}; leave {leave}; allowance = {base} ÷ 30 × {days} = {amount}"


def _maternity_leave_summary(*, days: int, national_days: int, difficult: bool, babies: int, start: str, end: str,
                             from_birth: bool, given_days: bool) -> str:
    head = (f"Under the national rule your maternity leave is at least {national_days} days "
            f"({_leave_days(national_days, difficult, babies)}), not 98." if national_days > 98 else
            "Under the national rule your maternity leave is 98 days (up to 15 of them before the birth).")
    if given_days:
        head += f" With your province's extra days, {days} days in all as you said."
    if end:
        since = "the day of the birth" if from_birth else "the first day of leave"
        head += f" Counted {days} calendar days from {since} ({start}), it ends on {end}."
    return head


def _maternity_leave_formula(*, days: int, national_days: int, difficult: bool, babies: int, start: str, end: str,
                             **rest) -> str:
    return f"Leave {_leave_days(national_days, difficult, babies)}" + (
        f"; {start} + {days} − 1 days = {end}" if end else "")


_NEW_TITLES = {
    "unemployment_period": "Unemployment benefit period",
    "maternity_leave": "Maternity leave days",
    "probation_excess": "Damages for a probation longer than the law allows",
    "work_injury_benefits": "Work-injury benefits",
    "wage_deduction_cap": "Limit on deductions from wages for a loss",
    "probation_wage_floor": "Lowest lawful probation wage",
    "annual_leave_pay": "Pay for untaken annual leave",
    "maternity_allowance": "Maternity allowance",
    "wage_shortfall": "Pay withheld: the difference owed",
    "wage_arrears": "Unpaid wages",
    "service_period_penalty": "Leaving a training service period early: the most you can owe",
}

_NEW_PROMPTS = {
    "probation_excess": {
        "monthly_wage": "What is your monthly wage after probation, in yuan?",
        "contract_months": ("How long is your contract? e.g. \"2 years\", \"3 years\" (for an open-ended contract reply "
                            "\"3 years\": the probation limit is the same)"),
        "probation_months": "How long a probation does the contract set? e.g. \"6 months\"",
        "start_date": "(Optional) On what day did you start? e.g. \"2026-06-20\"",
        "end_date": "(Optional) If you were let go or left, what was your last day? Skip if you still work there",
        "probation_wage": "(Optional) How much were you actually paid a month during probation, in yuan? You may skip",
        "service_months": _SERVICE,
    },
    "service_period_penalty": {
        "training_cost": ("How much did the employer actually spend on the training (documented fees, travel "
                          "during the training and other direct costs), in yuan?"),
        "service_period_months": "How long is the service period in the training agreement? For example \"5 years\"",
        "served_months": ("How much of the service period have you served (from its start to when you leave)? "
                          "For example \"3 years\""),
        "agreed_penalty": "(Optional) What penalty does the training agreement set, in yuan?",
    },
    "wage_shortfall": {
        "monthly_shortfall": "How much less than you are owed were you paid each month, in yuan?",
        "shortfall_months": "For how many months? For example \"16 months\"",
    },
    "wage_arrears": {
        "monthly_wage": "What is your monthly wage, in yuan?",
        "owed_months": "For how many months have your wages not been paid? For example \"3 months\"",
        "workers": "(Optional) How many of you are owed wages?",
        "amount_owed": "(Optional) How much are you owed in all, in yuan?",
    },
    "work_injury_benefits": {
        "monthly_wage": ("What was your average monthly wage (the wage your social insurance was paid on) over the 12 "
                         "months before the injury, in yuan?"),
        "disability_grade": ("(Optional) What disability grade were you assessed at (1 to 10)? Skip if not "
                             "assessed yet."),
        "leaving": ("(Optional) Are you leaving the employer (contract not renewed, or you ask to end it)? Reply "
                    "\"don't know\" if unsure."),
        "employer_insured": ("(Optional) Did your employer pay work-injury insurance for you? Reply \"don't know\" "
                             "if unsure."),
        "local_avg_wage": ("(Optional) What is the local previous-year average monthly wage, in yuan? Reply "
                           "\"don't know\" if you do not know."),
        "province": "(Optional) In which province do you work? e.g. \"Zhejiang\"",
        "province_avg_wage": ("What is Zhejiang's previous-year provincial average monthly wage, in yuan? (The two "
                              "subsidies on leaving are counted from it; the provincial human resources department or "
                              "the 12333 hotline has it. Reply \"don't know\" if you do not know.)"),
    },
    "wage_deduction_cap": {
        "monthly_wage": "What is your wage for the month, in yuan (before deductions)?",
        "deduction": "How much does the employer deduct (or want to deduct) from your wages for the loss, in yuan?",
        "minimum_wage": "(Optional) What is the local monthly minimum wage, in yuan? Reply \"don't know\" if unsure.",
        "loss": ("(Optional) How much is the whole loss the employer claims (a repair bill, say), in yuan? Reply "
                 "\"don't know\" if unsure."),
    },
    "probation_wage_floor": {
        "agreed_wage": "What monthly wage does your contract agree for after probation, in yuan?",
        "probation_wage": "What are you actually paid each month during probation, in yuan?",
        "minimum_wage": "(Optional) What is the local monthly minimum wage, in yuan? Reply \"don't know\" if unsure.",
        "post_lowest_wage": ("(Optional) What is the lowest monthly wage for the same post at your employer, in "
                             "yuan? Reply \"don't know\" if unsure."),
        "contract_months": ("(Optional) How long is your contract? e.g. \"1 year\", \"3 years\" (for an open-ended "
                            "contract reply \"3 years\": the probation limit is the same)"),
        "probation_months": "(Optional) How long a probation was agreed? e.g. \"3 months\"",
    },
    "annual_leave_pay": {
        "monthly_wage": "What was your average monthly wage over the last 12 months, overtime pay excluded, in yuan?",
        "work_months": ("How long have you worked in all, previous employers included? e.g. \"12 years\", "
                        "\"8 months\""),
        "leaving": "Is this the settlement of this year's leave on leaving the job (the contract ending)? yes/no",
        "unused_leave_days": "How many days of annual leave did the employer not let you take? e.g. \"5 days\"",
        "leave_date": "On what day does the contract end (your last day)? e.g. 2024-06-30",
        "taken_leave_days": "How many days of annual leave have you taken this year? Reply 0 if none.",
        "start_date": ("(Optional) When did you join this employer? If you joined this year, the days are counted "
                       "from that date."),
        "service_months": "(Optional) How long have you worked for this employer? e.g. \"13 years\", \"8 months\"",
    },
    "unemployment_period": {
        "insured_months": "How long in all have you paid unemployment (social) insurance? Earlier employers count too, e.g. 6 years",
    },
    "maternity_leave": {
        "difficult_birth": "(Optional) Was it a difficult birth?",
        "babies": "(Optional) How many babies were born in this birth? Reply 1 for one, 2 for twins",
        "leave_start": "(Optional) On what day did your maternity leave begin? E.g. 2026-10-20",
        "birth_date": "(Optional) On what day was the baby born? E.g. 2026-11-04",
        "leave_days": "(Optional) How many days of maternity leave does your province give in all? E.g. 158",
    },
    "maternity_allowance": {
        "monthly_wage": "What was your monthly wage before the leave, in yuan?",
        "insured": "Did your employer pay maternity insurance for you? Reply \"don't know\" if unsure.",
        "employer_avg_wage": ("What was your employer's average monthly wage last year, in yuan? (The allowance is "
                              "counted from it; HR or the social insurance agency can tell you. Reply \"don't know\" "
                              "and I will estimate from your own wage.)"),
        "difficult_birth": "(Optional) Was it a difficult birth?",
        "babies": "(Optional) How many babies were born? Reply 1 for one, 2 for twins.",
        "leave_days": "(Optional) How many days of maternity leave do local rules give you in all? e.g. \"158 days\"",
    },
}

_NEW_ERRORS = {
    "grade_out_of_range": "Disability grades run from 1 to 10; please check.",
    "babies_out_of_range": "The number of babies in one birth should be between 1 and 9; please check.",
    "no_leave_days": "The days of maternity leave must be more than 0.",
}

_NEW_PHRASES = {
    # --- work-injury benefits ---
    "work_injury_benefits.summary": lambda grade, parts: (
        f"For a grade {grade} disability: " + "; ".join(parts) + "."),
    "work_injury_benefits.summary.recovery": lambda recovery: (
        f"{recovery[0].upper()}{recovery[1:]}. Once your disability grade is assessed the original pay stops and "
        "disability benefits by grade take over; tell me the grade and I will work out the one-off disability "
        "grant and the rest."),
    "work_injury_benefits.part.recovery": (
        "during the paid recovery period your original wage and benefits stay the same: the employer pays your "
        "wage of {wage} yuan every month (generally for up to {months} months; for a serious or special case the "
        "city's work-capacity appraisal committee may extend it by up to 12 more)"),
    "work_injury_benefits.part.grant": _injury_part_grant,
    "work_injury_benefits.part.allowance_1_4": _injury_allowance_1_4,
    "work_injury_benefits.part.allowance_5_6": _injury_allowance_5_6,
    "work_injury_benefits.part.leaving": _injury_part_leaving,
    "work_injury_benefits.formula": _injury_formula,
    "work_injury_benefits.formula.recovery": (
        "Recovery-period pay = original wage {wage} yuan a month × months of recovery (generally at most {months}, "
        "at most 24 with an extension)"),
    "work_injury_benefits.note.no_grade": (
        "No disability grade yet, so only the recovery-period pay is worked out above. Once a grade is assessed "
        f"there is a one-off disability grant (7 months of your own wage at grade 10 up to 27 at grade 1), a "
        "monthly allowance for grades 1 to 6 and two subsidies for grades 5 to 10 on leaving; tell me the grade "
        f"and I will work them out ({_INJURY_REGS} arts. 35-37)."),
    "work_injury_benefits.note.base_unknown": (
        "The figures use the wage you gave, {wage} yuan, as your own wage. Your own wage is the average monthly "
        "contribution wage over the 12 months before the injury, counted at 60% of the local average wage if "
        f"below that and at 300% if above ({_INJURY_REGS} art. 64), which changes the amounts; tell me the local "
        "average monthly wage and I will apply the floor and cap."),
    "work_injury_benefits.note.base_clamped": _injury_base_clamped,
    "work_injury_benefits.note.base_checked": (
        "Your own wage is between 60% ({floor} yuan) and 300% ({cap} yuan) of the local average wage of "
        "{local_avg_wage} yuan: neither floored nor capped."),
    "work_injury_benefits.note.allowance_minimum_wage": _injury_allowance_minimum,
    "work_injury_benefits.note.if_leaving": _injury_if_leaving,
    "work_injury_benefits.note.zhejiang_near_retirement": (
        "Zhejiang: both subsidies are counted from the previous year's provincial average monthly wage at the time "
        "the employment ends; within five years of the statutory retirement age the disability employment subsidy "
        "falls by 20% for each year of age (Zhejiang Work-Related Injury Insurance Regulations art. 27)."),
    "work_injury_benefits.note.province_unknown": (
        "The rates of the one-off medical subsidy and disability employment subsidy are set by each province; tell "
        "me the province where you work."),
    "work_injury_benefits.note.grade_1_4_keep_job": (
        "Grades 1 to 4 keep their employment and stop working, with the monthly disability allowance until "
        "retirement, then the pension (topped up by the fund if lower than the allowance); the one-off subsidies "
        f"on leaving do not apply ({_INJURY_REGS} art. 35)."),
    "work_injury_benefits.note.uninsured": (
        "Your employer did not take out work-injury insurance: everything above that the fund would pay, the "
        f"employer must pay on the same items and scales ({_INJURY_REGS} art. 62 para. 2); if it does not, you can "
        "ask the fund to pay first and recover it from the employer (Social Insurance Law art. 41)."),
    "work_injury_benefits.note.insurance_unknown": (
        "If your employer did not pay work-injury insurance for you, it must pay all of the above on the same "
        f"items and scales ({_INJURY_REGS} art. 62); if it does not, you can ask the fund to pay first (Social "
        "Insurance Law art. 41)."),
    "work_injury_benefits.note.recovery": (
        "The employer pays the recovery-period wage monthly; once a disability grade is assessed it stops and "
        "disability benefits take over; treatment needed after the period is still covered as work-injury "
        f"medical treatment ({_INJURY_REGS} art. 33)."),
    "work_injury_benefits.note.nursing": (
        "If you cannot look after yourself, the employer arranges your care during the recovery period; after the "
        "assessment, care confirmed as needed is paid monthly by the fund as a nursing allowance."),
    # --- deductions for a loss ---
    "wage_deduction_cap.summary": _deduction_summary,
    "wage_deduction_cap.summary.nothing": (
        "On a monthly wage of {wage} yuan, any deduction would leave you below the local minimum wage of "
        "{minimum_wage} yuan, so nothing may be deducted in a month; the {deduction} yuan deducted must be repaid."),
    "wage_deduction_cap.formula": _deduction_formula,
    "wage_deduction_cap.note.proof": (
        "First the employer must prove an actual financial loss, that you personally caused it and the share you "
        "bear, and that your contract provides for compensation; if it cannot, nothing may be deducted (Interim "
        "Provisions on Wage Payment art. 16; in a dispute over reduced pay the employer bears the burden of proof, "
        "SPC Interpretation (I) on Labor Disputes art. 44)."),
    "wage_deduction_cap.note.minimum_wage_unknown": (
        "What is left after the deduction must not fall below the local monthly minimum wage: a 20% deduction "
        "leaves {left} yuan, and if the local minimum is higher, less may be deducted each month. Tell me the local "
        "minimum wage and I will recalculate (the local human resources bureau or the 12333 hotline has it)."),
    "wage_deduction_cap.note.minimum_wage_rule": (
        "What is left after the deduction must not fall below the local monthly minimum wage (Interim Provisions "
        "on Wage Payment art. 16)."),
    "wage_deduction_cap.note.what_may_be_deducted": (
        "Apart from compensation for a loss, the employer may only withhold income tax, your own social insurance "
        "contributions, support ordered by a court and other deductions the law provides (Interim Provisions on "
        "Wage Payment art. 15); fines for lateness or rule-breaking are not compensation for a loss and cannot be "
        "taken this way."),
    "wage_deduction_cap.note.recover": (
        "Anything deducted beyond the limit is unlawful docking of wages (Labor Law art. 50): complain to labor "
        "inspection or apply for arbitration to get it back."),
    # --- probation longer than the law allows ---
    "probation_excess.summary": (
        "A contract of {contract} months allows at most {limit} month(s) of probation; the {probation} months agreed "
        "exceed it by {excess}. For the {served} month(s) of the excess already served the employer owes damages at "
        "your post-probation wage of {wage} yuan a month: about {amount} yuan (Labor Contract Law arts. 19, 83)."),
    "probation_excess.summary.with_pay": (
        "You can claim about {grand} yuan in all: a contract of {contract} months allows at most {limit} month(s) of "
        "probation, and the {probation} agreed exceed it by {excess}; for the {served} month(s) of the excess served "
        "the employer owes damages at your post-probation wage of {wage} yuan a month, {amount} yuan (Labor Contract "
        "Law arts. 19, 83), and the pay kept back, {pay} yuan (art. 20)."),
    "probation_excess.summary.within": (
        "A contract of {contract} months allows at most {limit} month(s) of probation; the {probation} months agreed "
        "are within it (Labor Contract Law art. 19)."),
    "probation_excess.formula": "Damages = post-probation wage {wage} × {served} month(s) of excess served = {amount}",
    "probation_excess.note.pay_owed": (
        "You are also owed pay: in the {lawful_served} lawful probation month(s) pay may not be below 80% of the "
        "agreed wage, {floor} yuan (nor below the local minimum wage), and you got {paid}: {short_lawful} yuan short; "
        "the {served} month(s) past the limit were no probation and are owed at {wage} yuan: {short_excess} yuan "
        "short. The pay owed comes to {pay} yuan, and with the damages about {grand} yuan in all (Labor Contract Law "
        "arts. 19, 20, 83)."),
    "probation_excess.note.lawful_end": (
        "Under the legal limit your probation ended on {lawful_end} at the latest; after that you are a regular "
        "employee whatever the contract says, and the employer can no longer dismiss you for \"failing probation\"."),
    "probation_excess.note.dismissed_after": (
        "When you were let go on {end} for failing probation, the lawful probation had already ended on "
        "{lawful_end}: this is not a probation dismissal, and the employer needs another lawful ground (such as a "
        "serious breach of rules) and must prove it; otherwise the dismissal is unlawful and you can ask for "
        "reinstatement or 2N damages (Labor Contract Law arts. 21, 39, 87). You can claim these damages together with "
        "the damages for the over-long probation above."),
    "probation_excess.note.served_from_tenure": (
        "You did not say when you started, so this counts from the {service} month(s) you said you have worked: "
        "{served} month(s) of the probation beyond the legal limit served; tell me your first day and I will count "
        "by the dates."),
    "probation_excess.note.served_assumed": (
        "You did not say when you started, so this counts the whole excess of {excess} month(s) as served; tell me "
        "your first day (and your last day, if you left) and I will count what was actually served."),
    "probation_excess.note.limits": (
        "Probation limits: at most one month for a contract of three months to under a year, two months for one to "
        "under three years, six months for three years or more and for open-ended contracts; only one probation per "
        "employer (Labor Contract Law art. 19)."),
    "probation_excess.note.claim": (
        "Complain to labor inspection to have it corrected; to claim the damages, apply to the labor dispute "
        "arbitration commission within one year."),
    # --- probation pay ---
    "probation_wage_floor.summary": _probation_summary,
    "probation_wage_floor.formula": _probation_formula,
    "probation_wage_floor.note.too_long": _probation_too_long,
    "probation_wage_floor.note.limit": _probation_limit,
    "probation_wage_floor.note.excess_pay": (
        "The {excess} month(s) beyond the limit are no longer probation: the agreed wage of {agreed} yuan is owed for "
        "them, and you were paid {paid}, so {gap} yuan a month, {gap_total} yuan in all, is short; with the "
        "shortfall during probation you can claim about {grand} yuan in back pay (Labor Contract Law art. 19)."),
    "probation_wage_floor.note.post_reading": (
        "The floor here is 80% of the lowest wage for the same post ({post} yuan), above 80% of your agreed wage "
        "({eighty} yuan). The law says not below \"the lowest wage of the same post or 80% of the agreed wage\", and "
        "some arbitration bodies read it as either one being enough, so this part may be disputed."),
    "probation_wage_floor.note.minimum_wage_unknown": (
        "The probation wage must also not be below the local minimum wage (Labor Contract Law art. 20): if the "
        "local minimum is above {floor} yuan, the floor is the minimum wage. Tell me the local minimum wage and I "
        "will recalculate (the local human resources bureau or the 12333 hotline has it)."),
    "probation_wage_floor.note.rule": (
        "The probation wage may not be below 80% of the lowest wage for the same post or 80% of the agreed wage, "
        "and never below the local minimum wage (Labor Contract Law art. 20; its Implementing Regulations art. 15)."),
    "probation_wage_floor.note.post_unknown": (
        "If 80% of the lowest wage for the same post at your employer is higher, that is the floor; tell me if you "
        "know it."),
    "probation_wage_floor.note.claim": (
        "The shortfall is unpaid wages: complain to labor inspection or apply for arbitration; while you are "
        "employed the one-year limit does not run, and after leaving you must claim within a year."),
    # --- annual leave pay ---
    "annual_leave_pay.summary": _leave_summary,
    "annual_leave_pay.summary.none": _leave_summary_none,
    "annual_leave_pay.formula": _leave_formula,
    "annual_leave_pay.formula.leaving": _leave_formula_leaving,
    "annual_leave_pay.note.daily_wage": (
        "The daily wage is the monthly wage ÷ {paid_days} paid days; the monthly wage is the average over the 12 "
        "months before the leave pay is paid, overtime pay excluded, or over the months worked if fewer "
        "(Implementing Measures for Paid Annual Leave art. 11)."),
    "annual_leave_pay.note.work_from_service": (
        "Your total years of work were taken as your time with this employer ({service}); time with previous "
        "employers counts too (Implementing Measures for Paid Annual Leave art. 4), and from 10 and 20 years the "
        "leave is 10 and 15 days. Tell me how long you have worked in all and I will recalculate."),
    "annual_leave_pay.note.from_new_year": (
        "This year's days are counted from 1 January {year}; if you joined only this year they count from your "
        "start date, and the pro-rated days are fewer."),
    "annual_leave_pay.note.taken_more": (
        "You have taken {taken} days this year, more than the pro-rated leave; the extra days are not clawed back "
        "(Implementing Measures for Paid Annual Leave art. 12 para. 3)."),
    "annual_leave_pay.note.more_than_a_year": (
        "{days} untaken days are more than the {annual} days of one year: leave generally does not carry over, and "
        "at most into the next year where needed (Regulations on Paid Annual Leave art. 5), so older days may be "
        "hard to claim or time-barred."),
    "annual_leave_pay.note.not_yet_entitled": (
        "With {work} of work, under 12 months: paid annual leave starts after more than 12 months of continuous "
        "work (Implementing Measures for Paid Annual Leave art. 3)."),
    "annual_leave_pay.note.declined_in_writing": (
        "If the employer arranged leave and you declined it in writing for your own reasons, it need only pay the "
        "normal wage, not this 200% (Implementing Measures for Paid Annual Leave art. 10 para. 2)."),
    "annual_leave_pay.note.limitation": (
        "Many places treat pay for untaken leave as a benefit rather than remuneration, under the one-year "
        "arbitration limit (Labor Dispute Mediation and Arbitration Law art. 27), usually counted from the end of "
        "the leave year (or of the next year if leave could carry over), even while you are employed: claim it "
        "promptly."),
    "annual_leave_pay.note.cumulative": (
        "Leave follows your total years of work: 5 days from 1 to under 10 years, 10 days from 10 to under 20, "
        "15 days from 20, counting every employer; public holidays and rest days are not leave days (Regulations on "
        "Paid Annual Leave art. 3)."),
    "annual_leave_pay.note.exclusions": (
        "A year's leave is lost by 20 or more days of personal leave that the employer paid, or by sick leave of 2 "
        "to 4 months in all depending on years of work (Regulations on Paid Annual Leave art. 4)."),
    # --- maternity allowance ---
    "unemployment_period.summary": (
        "With {insured} of contributions in all, you can draw unemployment benefit for at most {months} months (1 to "
        "under 5 years: 12 months; 5 to under 10: 18; 10 or more: 24)."),
    "unemployment_period.summary.none": (
        "With {insured} of contributions in all, under a year, no unemployment benefit is paid (a year in all is needed)."),
    "unemployment_period.formula": "{insured} of contributions → at most {months} months (Social Insurance Law art. 46)",
    "unemployment_period.note.conditions": (
        "You must also have lost the job against your will (dismissed, a contract not renewed by the employer, forced to "
        "quit by its fault: not a resignation of your own), register as unemployed and seek work (Social Insurance Law "
        "art. 45); bring the certificate of termination."),
    "unemployment_period.note.cumulative": (
        "Contributions with different employers add up; your social insurance record decides. After a new job and a "
        "new loss, the count restarts and joins any months not drawn before, 24 months at most."),
    "unemployment_period.note.amount": (
        "The monthly amount is set by your province, not below the local subsistence allowance (Social Insurance Law "
        "art. 47): call 12333."),
    "maternity_leave.summary": _maternity_leave_summary,
    "maternity_leave.formula": _maternity_leave_formula,
    "maternity_leave.note.caesarean": (
        "Whether a caesarean counts as a difficult birth (15 more days) depends on local rules; most places count it. "
        "The hospital's diagnosis decides."),
    "maternity_leave.note.local_days": (
        "These are the national days (Special Rules on the Labor Protection of Female Employees art. 7); your "
        "province's extended leave under its population and family planning regulation comes on top: tell me the days in "
        "all and I will recount the end."),
    "maternity_leave.note.local_days_given": (
        "The national rule gives {national_days} days (Special Rules on the Labor Protection of Female Employees art. "
        "7); the rest are your province's extended leave."),
    "maternity_leave.note.start_unknown": "Tell me the day your leave began (or the baby was born) and I will count the day it ends.",
    "maternity_allowance.summary": _maternity_summary,
    "maternity_allowance.formula": _maternity_formula,
    "maternity_allowance.note.estimate": (
        "The allowance is paid at the employer's previous-year average monthly wage, not your own: your wage of "
        "{wage} yuan is used here as an estimate, and the real figure moves with the employer's average. HR or the "
        "social insurance agency can tell you the average; tell me and I will recalculate."),
    "maternity_allowance.note.insurance_unknown": (
        "If your employer has maternity insurance for you, the fund pays at the employer's previous-year average "
        "monthly wage; if not, the employer pays at your pre-leave wage of {wage} yuan (Special Rules on the Labor "
        "Protection of Female Employees art. 8). Your social insurance record shows whether you are insured."),
    "maternity_allowance.note.local_days": (
        "This uses the national {days} days of leave. Each province adds extended childbirth leave (the days vary), "
        "and whether and how those days are paid follows the rules where you work: check the local population and "
        "family planning regulation or call 12333, then tell me the leave in all and I will recalculate."),
    "maternity_allowance.note.local_days_given": (
        "This uses the {days} days of leave you gave (the national leave is {national_days} days, the rest are "
        "local extended leave); whether the extra days are also paid follows local rules."),
    "maternity_allowance.note.top_up": (
        "The employer's average monthly wage of {base} yuan is below your wage of {wage} yuan; at your wage the "
        "allowance would be {gap} yuan more. Whether the employer must make up the difference is not settled "
        "nationally; many places require it, and 12333 can tell you the local rule."),
    "maternity_allowance.note.per_day": (
        "Per day, most places divide the monthly average by 30; the method differs a little from place to place, "
        "and the local social insurance agency's assessment decides."),
    "maternity_allowance.note.leave": (
        "National law gives 98 days of maternity leave (up to 15 before the birth), 15 more for a difficult birth "
        "and 15 more for each extra baby in a multiple birth (Special Rules on the Labor Protection of Female "
        "Employees art. 7): {days} days for you under the national rule."),
    "maternity_allowance.note.claim": (
        "Claim the allowance from the social (medical) insurance agency; if it is paid into the employer's account, "
        "the employer must pass it on to you."),
    "maternity_allowance.note.no_pay_cut": (
        "The employer may not cut your pay, dismiss you or end your contract because of pregnancy, childbirth or "
        "nursing (Special Rules on the Labor Protection of Female Employees art. 5)."),
    # --- wages not paid ---
    "wage_arrears.summary": (
        "At {wage} yuan a month for {months} months unpaid, the wages owed come to about {total} yuan; you can claim "
        "all of it."),
    "wage_arrears.formula": "wages owed = {wage} yuan a month × {months} months = {total} yuan",
    "wage_arrears.summary.told": (
        "You say you are owed {total} yuan in wages in all, and you can claim all of it: commission and bonuses are "
        "wages too. At {wage} yuan a month alone, {months} months come to {base} yuan; prove the rest with commission "
        "records and chats."),
    "wage_arrears.formula.told": "wages owed as you told them: {total} yuan (of which {wage} yuan a month × {months} "
                                 "months = {base} yuan)",
    "wage_arrears.note.time_limit": (
        "While you still work there, a claim for wages owed has no one-year time limit; after you leave, apply for "
        "arbitration within a year of your last day (Labor Dispute Mediation and Arbitration Law art. 27)."),
    "wage_arrears.note.order": (
        "If you complain to labor inspection and the employer still does not pay within the time it is ordered to, it "
        "must add 50% to 100% of the amount as damages (on {total} yuan, about {half} to {total} yuan; Labor Contract "
        "Law art. 85)."),
    "wage_arrears.note.group": (
        "If all {workers} of you earn {wage} yuan a month and are owed {months} months, the group's claim comes to "
        "about {group} yuan; when you claim or complain together, list each person's wage and amount owed."),
    "wage_arrears.note.proof": (
        "Keep pay slips, bank records, attendance and the messages asking for your pay: they prove the monthly wage "
        "and the months unpaid."),
    # --- pay short of what is owed ---
    "wage_shortfall.summary": (
        "{short} yuan a month short for {months} months: you can claim back about {total} yuan."),
    "wage_shortfall.formula": "difference = {short} yuan a month × {months} months = {total} yuan",
    "wage_shortfall.note.months": (
        "The months are counted as you told them; if the shortfall began later, or some months were paid in full, "
        "count only the months actually short."),
    "wage_shortfall.note.time_limit": (
        "While you still work there, a claim for wages owed has no one-year time limit; after you leave, apply for "
        "arbitration within a year of your last day (Labor Dispute Mediation and Arbitration Law art. 27)."),
    "wage_shortfall.note.proof": (
        "Keep pay slips, bank records, colleagues' pay for the same post and attendance; pay records the employer "
        "keeps are the employer's to produce (Labor Dispute Mediation and Arbitration Law art. 6)."),
    # --- leaving before a training service period ends ---
    "service_period_penalty.summary": (
        "Training cost {cost} yuan, service period {period} months, {served} months served: the employer may ask at "
        "most {cap} yuan as a penalty (the share of the cost for the {unserved} months not served)."),
    "service_period_penalty.formula": (
        "cap = training cost {cost} yuan × {unserved} months not served ÷ {period}-month period = {share} yuan"),
    "service_period_penalty.note.agreed_above": (
        "The penalty in the agreement, {agreed} yuan, is above this cap: you do not owe the excess (Labor Contract "
        "Law art. 22)."),
    "service_period_penalty.note.agreed_within": (
        "The penalty in the agreement, {agreed} yuan, is within the cap: at most {agreed} yuan is owed."),
    "service_period_penalty.note.served_out": "The service period has been served in full: no penalty is owed.",
    "service_period_penalty.note.cost": (
        "Only documented fees for specialist technical training, travel during it and other direct costs count; "
        "onboarding and routine job training do not (Labor Contract Law Implementing Regulations art. 16). Ask the "
        "employer to show the vouchers."),
    "service_period_penalty.note.forced": (
        "If you quit because the employer failed to pay wages or social insurance or otherwise gave you a ground "
        "under Labor Contract Law art. 38, that is not a breach of the service period and no penalty is owed "
        "(Implementing Regulations art. 26)."),
    "service_period_penalty.note.served_from": (
        "Time served counts from the start the agreement sets for the service period to the day you leave; where "
        "it says nothing, usually from the end of the training."),
}


CALCULATORS = CalculatorText(
    titles={
        "double_wages": "Double wages for working without a written contract",
        "economic_compensation": "Economic compensation (severance)",
        "unlawful_dismissal": "Damages for unlawful dismissal",
        "overtime_pay": "Overtime pay",
        "arbitration_deadline": "Labor arbitration deadline",
        "injury_application_deadline": "Work-injury recognition application deadline",
        "part_time_check": "Part-time work check",
        **_NEW_TITLES,
    },
    prompts={
        "double_wages": {
            "monthly_wage": "What is your monthly wage in yuan (before tax)?",
            "start_date": _START,
            "end_date": ("When did the employment end? Reply \"today\" if you still work there, or say how long ago "
                         "you left, e.g. \"10 months ago\"."),
            "contract_signed_date": "(Optional) If a written contract was signed later, on what day?",
            "service_months": _SERVICE,
            "months_since_end": _SINCE_END,
        },
        "economic_compensation": _COMPENSATION_PROMPTS,
        "unlawful_dismissal": _COMPENSATION_PROMPTS,
        "overtime_pay": {
            "monthly_wage": "What is your monthly wage (the base for overtime pay), in yuan?",
            "overtime": ("How much overtime did you work on working days (after hours), on rest days (weekends) and "
                         "on statutory holidays (e.g. Spring Festival, National Day)? Answer all three in one "
                         "message, e.g. \"weekdays 36 hours, 2 Sundays, no holidays\"; write 0 for none "
                         "(a day counts 8 hours)."),
            "weekday_hours": "How many overtime hours on working days? Reply 0 if none.",
            "rest_day_hours": "How many hours did you work on rest days (weekends)? Reply 0 if none.",
            "holiday_hours": ("How many hours did you work on statutory holidays (e.g. Spring Festival)? "
                              "Reply 0 if none."),
            "comp_time_given_for_rest_days": ("(Optional) Did the employer give you time off in return for "
                                              "rest-day work?"),
            "overtime_paid": "(Optional) How much has the employer already paid for this overtime? Reply 0 if none.",
            "hours_are_total": "(Optional) Are the overtime hours you gave the total so far (not per month)?",
            "overtime_months": "(Optional) For how many months did you work this much overtime? (e.g. 10)",
            "stretch_days": "(Optional) If these hours are one stretch worked without a day off, how many days? (e.g. 28)",
            "day_clock_hours": ("(Optional) If you gave your day by the clock with no break, how many hours is it from start "
                                "to finish? (e.g. 10)"),
            "base_wage": "(Optional) If your pay includes overtime, what monthly base pay for normal hours does the contract name? (e.g. 2,600)",
            "wage_includes_overtime": "(Optional) Does your contract say the wage already includes overtime pay?",
            "piece_rate": "(Optional) Are you paid by the piece?",
            "minimum_wage": "(Optional) What is the local monthly minimum wage? (12333 can tell you)",
        },
        "arbitration_deadline": {
            "knew_date": ("When did you know (or should have known) your rights were infringed? e.g. the payday "
                          "that was missed"),
            "dispute_type": "What is the dispute about? 1. unpaid wages/overtime pay (arrears)  2. something else",
            "employment_ended": "Has your employment ended?",
            "end_date": "On what day did the employment end? You can also say how long ago, e.g. \"10 months ago\".",
            "months_since_end": _SINCE_END,
            "demand_date": ("(Optional) When did you last demand payment from the employer, complain to an authority, "
                            "or the employer promise to pay?"),
        },
        "injury_application_deadline": {
            "accident_date": "When did the accident happen? (For an occupational disease: the date of diagnosis.)",
            "employer_applied": "(Optional) Has your employer applied for work-injury recognition?",
        },
        "part_time_check": {
            "daily_hours": "How many hours a day do you work on average?",
            "weekly_hours": "How many hours a week in total?",
            "pay_cycle_days": "How often are you paid, in days? (daily 1, weekly 7, monthly 30)",
        },
        **_NEW_PROMPTS,
    },
    errors={
        "unreadable": "Could not read {raw!r}; please try again.",
        "amount_out_of_range": "The amount must be above 0 and at most 10,000,000.",
        "negative": "Must not be negative.",
        "end_before_start": "The end date is before the start date.",
        "no_overtime": ("Give at least one kind of overtime above 0, e.g. \"weekdays 36 hours, 2 Sundays, "
                        "no holidays\"."),
        "no_service": "The length of service must be above 0.",
        "future_date": "That date is in the future.",
        "too_many_hours_a_day": "A day has at most 24 hours.",
        "too_many_hours_a_week": "A week has at most 168 hours.",
        "pay_cycle_too_short": "The pay cycle is at least one day.",
        "not_a_plain_number": "Please write the number plainly, e.g. 8000 or 8k (not 1e5 or inf).",
        "date_not_amount": "{raw!r} looks like a date, not an amount; please give the amount, e.g. 8000.",
        "duration_out_of_range": "That is more than 50 years, which cannot be right; please check (e.g. \"3 years\").",
        "date_not_real": "That date does not exist (months run 1-12, days up to the month's last); please check.",
        "date_out_of_range": "The date must be between {earliest} and {latest}; please check.",
        "hours_out_of_range": "That is more than 10,000 hours; please check.",
        "number_out_of_range": "That number is too large to be right; please check.",
        **_NEW_ERRORS,
    },
    phrases={
        "duration": duration,
        "days_left": days_left,
        "estimated_start": _estimated_start,
        "counted_from_tenure": _counted_from_tenure,
        "estimated_end": ("The end date was estimated from how long ago you said you left ({since} ago): {date}. "
                          "Tell me the exact date if that is wrong and I will recalculate."),
        # --- double wages ---
        "double_wages.summary": ("At a monthly wage of {wage} yuan, for {first_day} to {last_day} "
                                 "without a written contract you can claim about {amount} yuan in extra (double) wages "
                                 "({months} months)."),
        "double_wages.formula": _double_wages_formula,
        "double_wages.formula.none": (
            "Double wages start on {first_day}; the end {last_day} is before that: 0 months; extra wage = 0.00 yuan"),
        "double_wages.summary.none": (
            "The written contract was signed (or the job ended) within the first month of employment, "
            "so no double wages are owed; the employer must still pay for the time you worked."),
        "double_wages.note.base": (
            "Only the extra month's wage is owed: the single wage you were already paid is not counted again. "
            "The base is usually your normal monthly wage (generally without overtime pay); practice varies by place."),
        "double_wages.note.prorated": (
            "Double wages are counted by the month, and a partial month by the working days actually worked in it "
            "(SPC Interpretation II art. 6); here a partial month is estimated by calendar days (days covered ÷ days "
            "in that month), and some commissions use monthly wage ÷ {paid_days} × working days, which gives a "
            "slightly different figure."),
        "double_wages.note.period": (
            "The double-wage period runs from the day after the first full month of employment to the day before "
            "a written contract is signed, at most to the day before one full year of employment: at most 11 months "
            "(Implementing Regulations arts. 6-7)."),
        "double_wages.note.open_ended": (
            "After one full year without a written contract, an open-ended contract is deemed concluded from "
            "{one_year} (Labor Contract Law art. 14 para. 3): no double wages run after that (SPC Interpretation II "
            "art. 9), but you can demand a written contract, and the employer cannot end it at will; an unlawful "
            "dismissal gives you damages."),
        "double_wages.note.open_ended_ahead": (
            "You are not on an open-ended contract yet: if there is still no written contract on {one_year} (one full "
            "year of employment), an open-ended contract is deemed concluded (Labor Contract Law art. 14 para. 3) and "
            "no double wages run after that; left unsigned, the double wages run to {cap_day} at most, 11 months, "
            "about {most} yuan."),
        "double_wages.note.eleven_months": (
            "Double wages count for at most 11 months: capped here to {first_day} to {last_day} "
            "(Implementing Regulations art. 7)."),
        "double_wages.note.exceptions": (
            "No double wages are owed if the employer proves the contract went unsigned because of force majeure "
            "or your own deliberate refusal or gross negligence (SPC Interpretation II art. 7)."),
        "double_wages.note.limitation": _double_wages_limitation,
        "double_wages.note.partly_time_barred": _double_wages_partly_barred,
        "double_wages.note.before_2008": (
            "Employment began before the Labor Contract Law took effect on 2008-01-01: this calculation "
            "counts from that date; the employer had one month from it to sign (art. 97 para. 2)."),
        "double_wages.note.time_barred": (
            "Time limit: the double-wage period ended on {last_day}, and the one-year arbitration limitation, "
            "counted month by month or as a whole, ended on {deadline}: the claim may be time-barred unless you made "
            "a written demand, complained or the employer agreed to pay (interruption), or force majeure prevented "
            "you (suspension); seek advice quickly (Labor Dispute Mediation and Arbitration Law art. 27)."),
        # --- economic compensation and unlawful dismissal ---
        "compensation.wage": _compensation_wage,
        "economic_compensation.formula": _compensation_formula,
        "unlawful_dismissal.formula": _dismissal_formula,
        "economic_compensation.summary": ("At {wage} and {service} of service, "
                                          "economic compensation is about {amount} yuan ({months} months' wages)."),
        "unlawful_dismissal.summary": (
            "At {wage} and {service} of service, damages for unlawful dismissal are twice the economic "
            "compensation: about {amount} yuan ({months} months' wages)."),
        "unlawful_dismissal.summary.if_ended_at_expiry": (
            "Your contract has not run out yet: if the employer ends it at expiry instead of renewing, that termination "
            "is unlawful, and at {wage} and {service} of service the damages are twice the economic compensation: "
            "about {amount} yuan ({months} months' wages)."),
        "unlawful_dismissal.summary.if_dismissed": (
            "You have not been dismissed: if the employer does dismiss you unlawfully, at {wage} and {service} of "
            "service, the damages are twice the economic compensation: about {amount} yuan ({months} months' wages)."),
        "compensation.note.monthly_wage": (
            "The monthly wage is the average wage due over the 12 months before the contract ended, including "
            "time or piece wages, bonuses, allowances and subsidies; if below the local minimum wage, the minimum "
            "wage is used; with under 12 months of work, the average over the months worked "
            "(Implementing Regulations art. 27)."),
        "compensation.note.capped": _capped_note,
        "compensation.note.may_be_capped": _may_be_capped,
        "compensation.note.cap_checked": (
            "Your wage of {wage} yuan is not above three times the local average monthly wage of {local_avg_wage} "
            "yuan ({limit} yuan), so there is no cap."),
        "compensation.note.cap_unlikely": (
            "A wage above three times the local previous-year average monthly wage is capped at three times that "
            "average, with at most 12 years (Labor Contract Law art. 47 para. 2); a wage of {limit} yuan or less "
            "stays under that cap everywhere."),
        "compensation.note.minimum_wage": (
            "Your wage of {wage} yuan may be below your local minimum wage: if so, the compensation is computed on "
            "the minimum wage (Implementing Regulations art. 27), and the wages paid short can be claimed as well "
            "(Labor Law art. 48). The local human resources bureau's website or the 12333 hotline has the figure."),
        "economic_compensation.note.if_unlawful": (
            "This is the compensation (N) owed when the employer ends the job lawfully and must compensate; if the "
            "employer had no lawful ground or did not follow the procedure, the dismissal is unlawful and you may ask to keep your job or claim damages of "
            "twice that (2N), about {amount} yuan on the same wage and years (Labor Contract Law art. 87)."),
        "economic_compensation.note.next_step": (
            "This counts your service to today (about {now} yuan). If your last working day is {day} or later, your "
            "service reaches {service} and the compensation counts {months} months, about {amount} yuan: leaving on or "
            "after that day is better for you (Labor Contract Law art. 47)."),
        "economic_compensation.note.when_owed": (
            "Economic compensation is owed only in the cases the law lists: e.g. termination proposed "
            "by the employer and agreed, dismissal after illness or for incompetence, a change of circumstances or "
            "a mass layoff, your resignation for the employer's fault (unpaid wages, no social insurance …), or "
            "non-renewal by the employer (Labor Contract Law art. 46)."),
        "economic_compensation.note.before_2008": (
            "For service before the Labor Contract Law took effect on 2008-01-01, whether and how "
            "compensation is paid follows the rules then in force (art. 97 para. 3); this calculation "
            "applies today's rule to the whole period and is only an estimate."),
        "unlawful_dismissal.note.not_both": (
            "The damages replace economic compensation, they are not paid on top of it "
            "(Implementing Regulations art. 25)."),
        "unlawful_dismissal.note.only_pushed": (
            "That is the figure if the employer does dismiss you unlawfully. Do not sign a "
            "resignation, which usually brings no compensation; if you end the contract in writing because the employer "
            "cut your pay, left wages unpaid or did not pay social insurance, you are owed economic compensation N, "
            "about {half} yuan (Labor Contract Law arts. 38 and 46)."),
        "compensation.note.paid_short": "The employer has already paid {paid} yuan, which comes off this figure: about {rest} yuan more can be claimed.",
        "compensation.note.paid_covers": "The {paid} yuan the employer already paid is not less than this figure; if the dismissal was unlawful, the difference up to twice it (the damages) can be claimed (Labor Contract Law art. 87).",
        "unlawful_dismissal.note.paid_covers": "The {paid} yuan the employer already paid is not less than this figure: on it, nothing more is owed.",
        "unlawful_dismissal.note.slow_business": (
            "Slow business is the employer's own risk, not a ground to send you away on the spot: to cut staff over "
            "serious business difficulties it must follow the layoff procedure, explaining the situation to the union or "
            "all staff 30 days ahead, hearing their views and reporting to the labor authority (Labor Contract Law art. "
            "41); a major change of circumstances must first be negotiated, then 30 days' written notice given (art. "
            "40). Being told not to come back tomorrow is an unlawful dismissal."),
        "unlawful_dismissal.note.reinstatement": (
            "You may instead ask to keep your job; the damages apply when you do not, or when the contract can no "
            "longer be performed (Labor Contract Law art. 48)."),
        "unlawful_dismissal.note.before_2008": (
            "Years for the damages count from the first day of employment, including years before "
            "2008-01-01 (Implementing Regulations art. 25); caps may be applied by period in practice."),
        # --- overtime pay ---
        "overtime_pay.summary": lambda wage, hourly, parts, amount: (
            f"At a monthly wage of {wage} yuan (about {hourly} yuan an hour), "
            f"{', '.join(parts)} come to about {amount} yuan in overtime pay."),
        "overtime_pay.summary.months": lambda wage, hourly, parts, month, months, amount: (
            f"At a monthly wage of {wage} yuan (about {hourly} yuan an hour), {', '.join(parts)} a month come to about "
            f"{month} yuan a month in overtime pay, about {amount} yuan over {months} months."),
        "overtime_pay.summary.piece_rate": lambda wage, hourly, total_hours, parts, amount: (
            f"Piece work earns overtime pay too: at this month's piece pay of {wage} yuan over about {total_hours} hours, about "
            f"{hourly} yuan an hour; the overtime hours' pieces are paid already, the overtime premium is not: "
            f"{', '.join(parts)}, about {amount} yuan still owed."),
        "overtime_pay.summary.piece_rate_months": lambda wage, hourly, total_hours, parts, amount, months, total: (
            f"Piece work earns overtime pay too: at a month's piece pay of {wage} yuan over about {total_hours} hours, about "
            f"{hourly} yuan an hour; the overtime hours' pieces are paid already, the overtime premium is not: each month "
            f"{', '.join(parts)}, about {amount} yuan a month still owed, about {total} yuan over {months} months."),
        "overtime_pay.formula.piece_rate": (
            "piece pay per hour = {wage} ÷ (standard {standard}h + overtime {overtime_hours}h) = {hourly}; weekday overtime "
            "{weekday_hours}h × {hourly} × 50% = {weekday}; rest days {rest_day_hours}h × {hourly} × 100% = {rest_day}; "
            "public holidays {holiday_hours}h × {hourly} × 200% = {holiday}; still owed {amount} yuan (as if each hour made "
            "as many pieces)"),
        "overtime_pay.note.piece_rate": (
            "Overtime after the piece quota must be paid at no less than 150% (working days), 200% (rest days) and 300% "
            "(public holidays) of the piece price (Provisional Regulations on Wage Payment, Article 13); the overtime hours' "
            "pieces already paid at the plain price are not counted twice, so this is the premium still owed, as if each hour "
            "made as many pieces (daily output records count where you have them). The pay for the standard hours (about "
            "{standard} yuan) may not fall below the local minimum wage; a quota no one can meet in 8 hours lets you claim every "
            "hour past 8 as overtime."),
        "overtime_pay.part.weekday": "{hours} weekday overtime hours",
        "overtime_pay.part.rest_day": lambda hours, comp_time: (
            f"{hours} rest-day hours{' (time off given)' if comp_time else ''}"),
        "overtime_pay.part.holiday": "{hours} statutory-holiday hours",
        "overtime_pay.formula": _overtime_formula,
        "overtime_pay.formula.package": (
            "Package wage: {wage} = base × (1 + overtime share); overtime share = (1.5 × {weekday_hours} + 2 × "
            "{rest_day_hours} + 3 × {holiday_hours}) ÷ ({paid_days} × 8) = {share}%; base ≈ {base}, the overtime inside "
            "the package ≈ {overtime}"),
        "overtime_pay.formula.package_base": (
            "Contract pay for normal hours {base} ÷ {paid_days} days ÷ 8 hours = {hourly} an hour; statutory overtime = "
            "{hourly} × (1.5 × {weekday_hours} + 2 × {rest_day_hours} + 3 × {holiday_hours}) = {overtime}; owed a month = "
            "{base} + {overtime} = {due}, against the package of {wage}"),
        "overtime_pay.summary.package_base_short": (
            "Your contract names {base} as the pay for normal hours, so overtime is owed on "
            "it: for the hours you give, about {overtime} a month, making {due} with the {base}, while the package is only "
            "{wage} — about {short} a month short, which you can claim."),
        "overtime_pay.summary.package_base_covered": (
            "Your contract names {base} as the pay for normal hours; on it the overtime you give comes to about {overtime} "
            "a month, {due} in all, not more than the package of {wage}: these hours are covered (more are owed on top)."),
        "overtime_pay.summary.package_unknown": (
            "Backing the overtime out of your {wage} package: the pay for normal hours it leaves is about {base} a month "
            "(the other {overtime} being overtime pay). If {base} is below your local minimum wage, the package is no "
            "defence: the overtime is owed on the minimum wage and the difference can be claimed — tell me the local "
            "minimum wage (12333 can tell you) and I will work it out."),
        "overtime_pay.summary.package_short": (
            "Backing the overtime out of your {wage} package leaves about {base} a month for normal hours, below the "
            "minimum wage of {minimum}: the package is no defence. On the minimum wage your month's pay with this "
            "overtime is at least {due}, so about {short} a month is owed."),
        "overtime_pay.summary.package_covered": (
            "Backing the overtime out of your {wage} package leaves about {base} a month for normal hours, not below the "
            "minimum wage of {minimum}: such a package is generally upheld when agreed, and this overtime is covered by "
            "it (more hours than these are owed on top)."),
        "overtime_pay.note.package_rule": (
            "A wage said to include overtime (a package wage) is lawful only if, once the statutory overtime is "
            "separated out, the pay for normal hours is not below the local minimum wage (Labor Law arts. 44, 48); a "
            "package never covers hours beyond those agreed, and overtime past 36 hours a month is itself unlawful."),
        "overtime_pay.note.paid_days": (
            "Daily and hourly wages use {paid_days} paid days a month: (365 − 104 rest days) ÷ 12; "
            "statutory holidays are paid, so they are not deducted (2008 Ministry of Human Resources and Social "
            "Security notice on monthly working time and wage conversion; Labor Law art. 51)."),
        "overtime_pay.note.on_top": (
            "This is overtime pay on top of your normal monthly wage; holidays are paid anyway and holiday work earns "
            "an extra 300%. The base is usually the wage in your contract (Interim Provisions on Wage Payment "
            "art. 13); places differ on the base."),
        "overtime_pay.note.total": ("Counted on the {hours} overtime hours you gave in all: this is what those hours "
                                    "are owed together, not a monthly figure."),
        "overtime_pay.note.stretch": lambda days, hours, over_cap: (
            f"Counted on the {days} days you worked in a row (rest days estimated at two in every seven): this is "
            f"what those {days} days are owed, not a monthly figure. Working without a weekly rest day breaches the "
            "rule of at least one day off a week (Labor Law art. 38)"
            + (f", and {hours} overtime hours in {days} days is also more than the lawful 36 hours a month "
               "(Labor Law art. 41)" if over_cap else "")
            + ": you can complain to labor inspection, and the overtime already worked must still be paid."),
        "overtime_pay.note.per_month": (
            "Weekday and rest-day overtime is counted for one month (a day given without its hours counts 8 hours), "
            "so this is one month's overtime pay; multiply by the months it went unpaid."),
        "overtime_pay.note.package_months": (
            "Counted on the monthly hours you gave over {months} months, the package fell short by about {total} yuan in "
            "all (about {short} yuan a month); where the hours differed from month to month, work it out month by month "
            "from the attendance records."),
        "overtime_pay.note.meal_hour": (
            "Each day was counted as {day} hours: the {clock} hours you gave by the clock, less an hour for meals; if you "
            "get no break and are on duty throughout, tell me and I will count {clock} hours."),
        "overtime_pay.note.months": (
            "Counted on the monthly hours you gave over {months} months (about {month} yuan a month); where the hours "
            "differed from month to month, work it out month by month from the attendance records."),
        "overtime_pay.note.time_off": (
            "Rest-day work may be compensated with time off instead of 200% pay; statutory-holiday work may not."),
        "overtime_pay.note.package_occasional": (
            "Your contract says the {wage}-yuan wage 'includes overtime', but a package can only cover overtime agreed and "
            "worked regularly, and the normal-hours wage inside it may not fall below the minimum wage; you are paid the "
            "same every month, so the statutory-holiday days were not paid for by it and are owed on top of your wage "
            "(Labor Law arts. 44 and 48; the MOHRSS and Supreme People's Court typical case on all-in pay)."),
        "overtime_pay.note.package_holiday_on_top": (
            "The {hours} statutory-holiday hours are not inside the package: a package can only cover overtime worked "
            "regularly, and you were paid the same {wage} yuan every month, so those days are owed on top at 300%, about "
            "{pay} yuan (Labor Law art. 44(3); the MOHRSS and Supreme People's Court typical case on all-in pay). The "
            "normal-hours wage backed out above counts only the weekday and rest-day overtime."),
        "overtime_pay.note.holiday_300": (
            "The {hours} statutory-holiday hours are paid at 300% ({pay} yuan) even if the employer gave you time "
            "off: time off cannot replace this pay (Labor Law art. 44 item 3)."),
        "overtime_pay.note.rest_day_200": (
            "The {hours} rest-day hours are paid at 200% because no equal time off was given; had it been, this "
            "part would not be owed (Labor Law art. 44 item 2)."),
        "overtime_pay.note.rest_day_time_off": (
            "The {hours} rest-day hours were compensated with time off, so they count as 0 here (Labor Law art. 44 "
            "item 2); if the time off was shorter than the hours worked, the difference can still be claimed."),
        "overtime_pay.note.not_stated": _not_stated,
        "overtime_pay.kind.weekday": "working-day (after hours)",
        "overtime_pay.kind.rest_day": "rest-day (weekend)",
        "overtime_pay.kind.holiday": "statutory-holiday",
        "overtime_pay.note.minimum_wage": (
            "Your wage of {wage} yuan may be below your local minimum wage: if so, the shortfall can be claimed "
            "(Labor Law art. 48), and many places do not let the overtime base fall below the minimum wage, which "
            "would raise the figure. The local human resources bureau's website or the 12333 hotline has it."),
        "overtime_pay.note.paid": "The employer has already paid {paid} yuan for it (overtime pay or an overtime "
                                  "allowance), so about {rest} yuan is still owed.",
        "overtime_pay.note.over_cap": (
            "{hours} hours of overtime in the month is more than the lawful 36 hours a month (Labor Law art. 41; "
            "emergencies such as disaster relief aside): you can complain to labor inspection, and the overtime "
            "already worked must still be paid."),
        "overtime_pay.note.limits": ("Overtime is limited to 1 hour a day, or 3 hours a day and 36 hours a month "
                                     "for special reasons (Labor Law art. 41)."),
        "overtime_pay.note.limitation": (
            "Overtime pay is labor remuneration: while you are employed, arrears are not subject to the one-year "
            "limitation; after leaving, apply within one year. Keep attendance records, schedules and chats."),
        # --- arbitration deadline ---
        "arbitration_deadline.summary.no_limitation": (
            "For unpaid wages (including overtime pay) while you are still employed, the one-year "
            "limitation does not run; once the employment ends, you must apply within one year of "
            "the end date."),
        "arbitration_deadline.formula.no_limitation": (
            "Unpaid labor remuneration while still employed → the one-year limitation does not run (art. 27 para. 4)"),
        "arbitration_deadline.formula.end": (
            "Unpaid labor remuneration, employment ended {start}: one year from the end (art. 27 para. 4): "
            "deadline {deadline}; {days_left} days left from {today}"),
        "arbitration_deadline.formula.knew": (
            "One year from the day you knew or should have known of the infringement, {start} (art. 27 para. 1): "
            "deadline {deadline}; {days_left} days left from {today}"),
        "arbitration_deadline.formula.interrupted": (
            "Interrupted on {start} by your claim, complaint or the employer's promise to pay, a new year runs from "
            "that day (art. 27 para. 2): deadline {deadline}; {days_left} days left from {today}"),
        "arbitration_deadline.start.interrupted": "the last claim, complaint or promise to pay, which interrupted it",
        "arbitration_deadline.start.end": "the end of employment",
        "arbitration_deadline.start.knew": "the day you knew or should have known of the infringement",
        "arbitration_deadline.summary": ("The one-year limitation runs from {rule} ({start}): apply for arbitration "
                                         "by about {deadline} ({days_left})."),
        "arbitration_deadline.summary.passed": (
            "The one-year limitation ran from {rule} ({start}) and ended on "
            "{deadline} ({days_left}); if you demanded payment, complained "
            "or the employer agreed to pay, it may have restarted — seek advice quickly."),
        "arbitration_deadline.note.interruption": (
            "Interruption: demanding payment from the employer (keep it in writing), complaining to the labor "
            "inspectorate or another authority, or the employer agreeing to pay restarts the full year "
            "(art. 27 para. 2). Keep records of demands and complaints."),
        "arbitration_deadline.note.suspension": (
            "Suspension: force majeure or another valid reason that prevents you from applying suspends the "
            "period until the reason ends (art. 27 para. 3)."),
        "arbitration_deadline.note.counting": (
            "The period starts the next day and ends on the same date one year later; if that is a public holiday, "
            "it ends the day after the holiday (Civil Code arts. 201-203). Do not wait until the last days."),
        # --- work-injury application deadline ---
        "injury_application_deadline.summary.applied": (
            "Your employer has applied for work-injury recognition. Its deadline was "
            "{employer_deadline} (30 days); should you, your family or the union need to "
            "apply, the deadline is {worker_deadline} ({worker_left}). "
            "Check with the social insurance office that it was accepted."),
        "injury_application_deadline.summary": (
            "Your employer must apply for work-injury recognition by {employer_deadline} "
            "(30 days, {employer_left}); if it does not, you, your close relatives or "
            "the union can apply directly by {worker_deadline} (1 year, {worker_left})."),
        "injury_application_deadline.formula": (
            "Employer: {accident_date} + 30 days = {employer_deadline} ({employer_left} days left); "
            "worker, relatives or union: {accident_date} + 1 year = {worker_deadline} ({worker_left} days left)"),
        "injury_application_deadline.note.disease": (
            "For an occupational disease, count from the day it was diagnosed or appraised."),
        "injury_application_deadline.note.employer_late": (
            "The employer's 30 days can be extended for special reasons with the authority's approval; if the "
            "employer misses them, it bears the injury benefits for that period (Regulations art. 17 paras 1, 4)."),
        "injury_application_deadline.note.documents": (
            "The application needs the form, proof of the employment relationship (a de facto one counts) and the "
            "medical or occupational-disease diagnosis (art. 18). Keep records, attendance, pay slips and witnesses."),
        "injury_application_deadline.note.counting": (
            "Periods start the next day (Civil Code arts. 201-202); do not wait until the last days."),
        # --- part-time check ---
        "part_time_check.summary": lambda parts: " ".join(parts),
        "part_time_check.over_limits": _over_limits,
        "part_time_check.within_limits": ("{daily} hours a day and {weekly} hours a week are within the part-time "
                                          "limits (at most 4 a day and 24 a week)."),
        "part_time_check.pay_cycle.too_long_anyway": ("Even as part-time work, pay every {days} days would exceed "
                                                      "the 15-day maximum pay cycle (art. 72 para. 2)."),
        "part_time_check.pay_cycle.too_long": ("But pay every {days} days exceeds the 15-day maximum pay cycle for "
                                               "part-time work (art. 72 para. 2)."),
        "part_time_check.pay_cycle.ok": "Pay every {days} days meets the 15-day maximum.",
        "part_time_check.formula": _part_time_formula,
        "part_time_check.note.rules": (
            "Genuine part-time work may rest on an oral agreement, has no probation, and either side may end it at "
            "any time without compensation (arts. 69-71) — only when the limits are met."),
        "part_time_check.note.minimum_wage": (
            "Hourly pay may not be below the local minimum hourly wage (art. 72 para. 1)."),
        **_NEW_PHRASES,
    },
)
