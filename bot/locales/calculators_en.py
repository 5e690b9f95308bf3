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


def _not_stated(kinds: tuple[str, ...]) -> str:
    return (f"You did not say how much {' or '.join(kinds)} overtime you worked, so it counts as 0 here; if there "
            "was some, tell me how much (e.g. \"2 weekend days\") and I will recalculate.")


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


CALCULATORS = CalculatorText(
    titles={
        "double_wages": "Double wages for working without a written contract",
        "economic_compensation": "Economic compensation (severance)",
        "unlawful_dismissal": "Damages for unlawful dismissal",
        "overtime_pay": "Overtime pay",
        "arbitration_deadline": "Labor arbitration deadline",
        "injury_application_deadline": "Work-injury recognition application deadline",
        "part_time_check": "Part-time work check",
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
        },
        "arbitration_deadline": {
            "knew_date": ("When did you know (or should have known) your rights were infringed? e.g. the payday "
                          "that was missed"),
            "dispute_type": "What is the dispute about? 1. unpaid wages/overtime pay (arrears)  2. something else",
            "employment_ended": "Has your employment ended?",
            "end_date": "On what day did the employment end? You can also say how long ago, e.g. \"10 months ago\".",
            "months_since_end": _SINCE_END,
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
    },
    phrases={
        "duration": duration,
        "days_left": days_left,
        "estimated_start": _estimated_start,
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
            "If there is still no written contract on {one_year} (one full year of employment), an open-ended "
            "contract is deemed concluded (Labor Contract Law art. 14 para. 3) and no double wages run after that."),
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
        "overtime_pay.part.weekday": "{hours} weekday overtime hours",
        "overtime_pay.part.rest_day": lambda hours, comp_time: (
            f"{hours} rest-day hours{' (time off given)' if comp_time else ''}"),
        "overtime_pay.part.holiday": "{hours} statutory-holiday hours",
        "overtime_pay.formula": _overtime_formula,
        "overtime_pay.note.paid_days": (
            "Daily and hourly wages use {paid_days} paid days a month: (365 − 104 rest days) ÷ 12; "
            "statutory holidays are paid, so they are not deducted (2008 Ministry of Human Resources and Social "
            "Security notice on monthly working time and wage conversion; Labor Law art. 51)."),
        "overtime_pay.note.on_top": (
            "This is overtime pay on top of your normal monthly wage; holidays are paid anyway and holiday work earns "
            "an extra 300%. The base is usually the wage in your contract (Interim Provisions on Wage Payment "
            "art. 13); places differ on the base."),
        "overtime_pay.note.time_off": (
            "Rest-day work may be compensated with time off instead of 200% pay; statutory-holiday work may not."),
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
    },
)
