"""The maternity leave the national rule gives (女职工劳动保护特别规定第七条) and the day it ends.

98 days, of which up to 15 may be taken before the birth; 15 more for a difficult birth (most provinces count a
caesarean as one); 15 more for each baby past the first of one birth. Counted in calendar days from the first day
of leave: the day the worker says it began, or else the day of the birth (a leave not begun before it). Provinces
add days of their own, which the worker may give; the end is then counted with them.
"""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.calculators.laws import WOMEN_PROTECTION_RULES, cite
from knowledge.calculators import maternity
from knowledge.calculators.maternity import BASE_LEAVE_DAYS, EXTRA_DAYS
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "maternity_leave"
BASIS = (*cite(WOMEN_PROTECTION_RULES, 7),)
PRENATAL_DAYS = 15  # 特别规定 7: 产前可以休假15天


def maternity_leave(*, difficult_birth: bool = False, babies: int = 1, leave_start: date | None = None,
                    birth_date: date | None = None, leave_days: int | None = None, today: date) -> Calculation:
    """Return the days of maternity leave and, when the first day is known, the last."""
    national = BASE_LEAVE_DAYS + EXTRA_DAYS * difficult_birth + EXTRA_DAYS * (babies - 1)
    days = leave_days if leave_days is not None and leave_days >= national else national
    start = leave_start or birth_date
    if leave_start is not None and birth_date is not None and not \
            timedelta(0) <= birth_date - leave_start <= timedelta(days=PRENATAL_DAYS):
        start = birth_date  # a "start" after the birth or weeks before it is not the leave's first day told
    end = start + timedelta(days=days - 1) if start is not None else None
    figures = {"days": days, "national_days": national, "difficult": difficult_birth, "babies": babies,
               "start": start.isoformat() if start else "", "end": end.isoformat() if end else "",
               "from_birth": start is not None and start == birth_date and leave_start != birth_date,
               "given_days": days != national}
    caveats: list[Phrase] = []
    if difficult_birth:
        caveats.append(Phrase("maternity_leave.note.caesarean"))
    caveats.append(Phrase("maternity_leave.note.local_days_given" if figures["given_days"]
                          else "maternity_leave.note.local_days", figures))
    if start is None:
        caveats.append(Phrase("maternity_leave.note.start_unknown"))
    return Calculation(
        calculator=NAME, amount=None,
        summary=Phrase("maternity_leave.summary", figures),
        formula=Phrase("maternity_leave.formula", figures),
        inputs={"leave_days": str(days), "end": figures["end"]},
        basis=BASIS, caveats=tuple(caveats))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("difficult_birth", "bool", required=False, default=False),
        InputSpec("babies", "int", required=False, default=1),
        InputSpec("leave_start", "date", required=False),
        InputSpec("birth_date", "date", required=False),
        InputSpec("leave_days", "int", required=False),
    ),
    compute=maternity_leave, basis=BASIS, check=maternity.check)  # the allowance's check: the same births and days refused
