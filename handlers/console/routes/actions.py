"""What staff do to a case from its page. Each posts one form, calls one ``CaseService`` method and
returns to the case; a refusal (``CaseError``) is turned into a flash message by the handler in ``app``.

Replies typed here go into the outbox like any other staff reply: the bot process delivers them,
the console never talks to Telegram.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.locales import case_text, staff_text
from handlers.console.deps import CaseId, ConsoleDep, FormText, StaffPost, form_int
from handlers.console.pages import redirect
from handlers.console.refusals import FormRefused

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/cases/{case_id}")


@router.post("/claim")
def claim(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost) -> Response:
    """Take the case (the worker is told who is helping)."""
    c.cases.claim(case_id, session.staff.id)
    logger.info("Staff %s claimed case %s in the console", session.staff.id, case_id)
    return redirect(request, f"/cases/{case_id}", "claimed")


@router.post("/assign")
def assign(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, staff_id: FormText = "") -> Response:
    """Hand the case to a colleague (the worker is told who helps them now)."""
    target = form_int(staff_id)
    if target is None:
        raise FormRefused()
    c.cases.assign(case_id, session.staff.id, target)
    logger.info("Staff %s assigned case %s to staff %s in the console", session.staff.id, case_id, target)
    return redirect(request, f"/cases/{case_id}", "assigned")


@router.post("/reply")
def reply(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, text: FormText = "") -> Response:
    """Queue a reply to the worker (the bot delivers it)."""
    c.cases.reply(case_id, session.staff.id, text, channel="console")
    logger.info("Staff %s replied to case %s from the console", session.staff.id, case_id)
    return redirect(request, f"/cases/{case_id}#transcript", "replied")


@router.post("/note")
def note(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, text: FormText = "") -> Response:
    """Add an internal note (never sent to the worker)."""
    c.cases.note(case_id, session.staff.id, text)
    return redirect(request, f"/cases/{case_id}#transcript", "noted")


@router.post("/request-info")
def request_info(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, fact: FormText = "") -> Response:
    """Ask the worker one of the intake questions again."""
    c.cases.request_info(case_id, session.staff.id, fact)
    return redirect(request, f"/cases/{case_id}", "info_requested", case_text("zh").fact_labels.get(fact, fact))


@router.post("/facts")
def set_fact(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, name: FormText = "",
             value: FormText = "") -> Response:
    """Correct a fact; the old and new values go into the history."""
    c.cases.set_fact(case_id, name, value, actor=f"staff:{session.staff.id}", actor_name=session.staff.display_name)
    return redirect(request, f"/cases/{case_id}#facts", "fact_saved", case_text("zh").fact_labels.get(name, name))


@router.post("/close")
def close(request: Request, case_id: CaseId, c: ConsoleDep, session: StaffPost, outcome: FormText = "",
          note: FormText = "") -> Response:
    """Close with an outcome (the worker is told and asked for feedback)."""
    c.cases.close(case_id, session.staff.id, outcome, note=note)
    logger.info("Staff %s closed case %s (%s) in the console", session.staff.id, case_id, outcome)
    return redirect(request, f"/cases/{case_id}", "closed", staff_text().outcomes[outcome])
