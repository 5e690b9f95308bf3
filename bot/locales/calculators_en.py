"""The calculators' words in English: titles, questions, errors, and every phrase of a result.

The formulas are shown in Chinese in English answers too (as the articles they rest on are),
so their templates are the Chinese ones; translating them is a change to this file only.
"""

from __future__ import annotations

from bot.locales import calculators_zh as zh
from bot.locales.base import CalculatorText

_AVG_WAGE = ("What was your average monthly wage over the last 12 months, in yuan (bonuses and "
             "allowances included)?")
_START = "When did you start working there? e.g. 2023-03-01"
_END = "On what day did the employment end (last day)?"
_LOCAL_AVG = "(Optional) What is your city's previous-year average monthly wage, in yuan?"
_COMPENSATION_PROMPTS = {"monthly_wage": _AVG_WAGE, "start_date": _START, "end_date": _END,
                         "local_avg_wage": _LOCAL_AVG}


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
    return f"passed {-days} day{'s' * (days != 1)} ago"


def _compensation_wage(wage: str, capped: bool, base: str) -> str:
    if capped:
        return (f"a monthly wage of {wage} yuan (above three times the local average, so capped at "
                f"{base} and at most 12 years)")
    return f"a monthly wage of {wage} yuan"


def _over_limits(*, daily: str, weekly: str, too_long_day: bool, too_long_week: bool) -> str:
    why = " and ".join(x for x in (f"{daily} hours a day on average (over 4)" if too_long_day else "",
                                   f"{weekly} hours a week (over 24)" if too_long_week else "") if x)
    return (f"You work {why}, beyond the part-time limits, so this is not part-time work and counts as "
            "full-time: the employer must sign a written contract (double wages if it did not) and pay "
            "economic compensation where the law requires; it cannot end the job at will for free.")


_FORMULAS = {code: template for code, template in zh.CALCULATORS.phrases.items() if ".formula" in code}

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
            "end_date": "When did the employment end? Reply \"today\" if you still work there.",
            "contract_signed_date": "(Optional) If a written contract was signed later, on what day?",
        },
        "economic_compensation": _COMPENSATION_PROMPTS,
        "unlawful_dismissal": _COMPENSATION_PROMPTS,
        "overtime_pay": {
            "monthly_wage": "What is your monthly wage (the base for overtime pay), in yuan?",
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
            "end_date": "On what day did the employment end?",
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
        "no_overtime": "Give at least one overtime figure above 0.",
        "future_date": "That date is in the future.",
        "too_many_hours_a_day": "A day has at most 24 hours.",
        "too_many_hours_a_week": "A week has at most 168 hours.",
        "pay_cycle_too_short": "The pay cycle is at least one day.",
    },
    phrases={
        **_FORMULAS,
        "duration": duration,
        "days_left": days_left,
        "estimated_start": ("(The start date was estimated from how long you said you have worked: {date}. "
                            "Tell me the exact date if that is wrong and I will recalculate.)"),
        # --- double wages ---
        "double_wages.summary": ("At a monthly wage of {wage} yuan, for {first_day} to {last_day} "
                                 "without a written contract you can claim about {amount} yuan in extra (double) wages "
                                 "({months} months)."),
        "double_wages.summary.none": (
            "The written contract was signed (or the job ended) within the first month of employment, "
            "so no double wages are owed; the employer must still pay for the time you worked."),
        "double_wages.note.base": (
            "Only the extra month's wage is owed: the single wage you were already paid is not counted again. "
            "The base is usually your normal monthly wage (generally without overtime pay); practice varies by place."),
        "double_wages.note.prorated": (
            "A partial month is prorated by calendar days (days covered ÷ days in that month), which needs no "
            "schedule or holiday calendar; some arbitration commissions use monthly wage ÷ {paid_days} × "
            "paid days instead, which gives a slightly different figure."),
        "double_wages.note.period": (
            "The double-wage period runs from the day after the first full month of employment to the day before "
            "a written contract is signed, at most to the day before one full year of employment: at most 11 months "
            "(Implementing Regulations arts. 6-7)."),
        "double_wages.note.open_ended": (
            "After one full year without a written contract, an open-ended contract is deemed concluded from the "
            "one-year date (here {one_year}), and the employer must sign one at once "
            "(Labor Contract Law art. 14 para. 3; Implementing Regulations art. 7)."),
        "double_wages.note.limitation": (
            "The extra wage is generally not treated as labor remuneration, so the one-year arbitration limitation "
            "applies (Labor Dispute Mediation and Arbitration Law art. 27); places differ on when it starts "
            "(month by month, or from the end of the double-wage period), so apply without delay."),
        "double_wages.note.before_2008": (
            "Employment began before the Labor Contract Law took effect on 2008-01-01: this calculation "
            "counts from that date; the employer had one month from it to sign (art. 97 para. 2)."),
        "double_wages.note.time_barred": (
            "The double-wage period ended on {last_day}, more than a year ago: the claim may "
            "be time-barred unless the limitation was interrupted or suspended; seek advice quickly."),
        # --- economic compensation and unlawful dismissal ---
        "compensation.wage": _compensation_wage,
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
        "compensation.note.capped": (
            "Your wage of {wage} is above three times the local average monthly wage of "
            "{local_avg_wage}, so the base is {base} and at most 12 years count (art. 47 para. 2)."),
        "compensation.note.cap_unknown": (
            "If your wage is above three times your city's previous-year average monthly wage, the base "
            "is capped at three times that average and at most 12 years count (art. 47 para. 2); give the "
            "local average wage to check."),
        "economic_compensation.note.when_owed": (
            "Economic compensation is owed only in the cases the law lists: e.g. termination proposed "
            "by the employer and agreed, dismissal under art. 40 or 41, your resignation under art. 38 "
            "(unpaid wages, no social insurance …), or non-renewal by the employer (art. 46)."),
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
        "overtime_pay.note.paid_days": (
            "Daily and hourly wages use {paid_days} paid days a month: (365 − 104 rest days) ÷ 12; "
            "statutory holidays are paid, so they are not deducted (2008 MOHRSS notice 劳社部发〔2008〕3号; "
            "Labor Law art. 51)."),
        "overtime_pay.note.on_top": (
            "This is overtime pay on top of your normal monthly wage; holidays are paid anyway and holiday work earns "
            "an extra 300%. The base is usually the wage in your contract (Interim Provisions on Wage Payment "
            "art. 13); places differ on the base."),
        "overtime_pay.note.time_off": (
            "Rest-day work may be compensated with time off instead of 200% pay; statutory-holiday work may not."),
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
        "part_time_check.note.rules": (
            "Genuine part-time work may rest on an oral agreement, has no probation, and either side may end it at "
            "any time without compensation (arts. 69-71) — only when the limits are met."),
        "part_time_check.note.minimum_wage": (
            "Hourly pay may not be below the local minimum hourly wage (art. 72 para. 1)."),
    },
)
