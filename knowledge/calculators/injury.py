"""The work-injury recognition application deadlines (工伤保险条例 17): employer 30 days, worker 1 year."""

from __future__ import annotations

from datetime import date

from knowledge.calculators.figures import days_left, period_end
from knowledge.calculators.laws import CIVIL_CODE, INJURY_REGULATION, cite
from knowledge.calculators.model import Calculation, Calculator, InputSpec, Phrase

NAME = "injury_application_deadline"
BASIS = (*cite(INJURY_REGULATION, 17, 18), *cite(CIVIL_CODE, 201, 202))


def injury_application_deadline(*, accident_date: date, employer_applied: bool = False,
                                today: date) -> Calculation:
    """Return the work-injury application deadlines (工伤保险条例 17): employer 30 days, worker 1 year."""
    employer_deadline = period_end(accident_date, days=30)
    worker_deadline = period_end(accident_date, years=1)
    employer_left = (employer_deadline - today).days
    worker_left = (worker_deadline - today).days
    figures = {"employer_deadline": employer_deadline.isoformat(), "worker_deadline": worker_deadline.isoformat(),
               "employer_left": days_left(employer_left), "worker_left": days_left(worker_left)}
    summary = Phrase("injury_application_deadline.summary.applied" if employer_applied
                     else "injury_application_deadline.summary", figures)
    formula = Phrase("injury_application_deadline.formula", {
        "accident_date": accident_date.isoformat(), "employer_deadline": employer_deadline.isoformat(),
        "worker_deadline": worker_deadline.isoformat(), "employer_left": employer_left, "worker_left": worker_left})
    notes = (
        Phrase("injury_application_deadline.note.disease"),
        Phrase("injury_application_deadline.note.employer_late"),
        Phrase("injury_application_deadline.note.documents"),
        Phrase("injury_application_deadline.note.counting"),
    )
    return Calculation(
        calculator=NAME, amount=None, summary=summary, formula=formula,
        inputs={"accident_date": accident_date.isoformat(), "employer_applied": "yes" if employer_applied else "no",
                "employer_deadline": employer_deadline.isoformat(), "worker_deadline": worker_deadline.isoformat()},
        basis=BASIS, notes=notes, deadline=worker_deadline, days_left=worker_left)


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("accident_date", "date"),
        InputSpec("employer_applied", "bool", required=False, default=False),
    ),
    compute=injury_application_deadline, basis=BASIS)
