"""What the routes share: the console's services, the logged-in staff member, the case or 404, form fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, Request

from bot.cases import CaseService, CaseView
from bot.clock import Clock
from bot.staff import Session, StaffDirectory
from handlers.config import ConsoleSettings
from handlers.console.refusals import CaseNotFound, LoginRequired
from handlers.console.security import SESSION_COOKIE, require_csrf


@dataclass(frozen=True, slots=True)
class Console:
    """The services, settings and clock one console app works with."""

    cases: CaseService
    staff: StaffDirectory
    settings: ConsoleSettings
    clock: Clock


def console(request: Request) -> Console:
    """The console the request's app was built with."""
    return request.app.state.console


ConsoleDep = Annotated[Console, Depends(console)]
FormText = Annotated[str, Form()]


def current_session(request: Request, c: ConsoleDep) -> Session:
    """The logged-in staff member's session; the login page without one."""
    session = c.staff.session(request.cookies.get(SESSION_COOKIE))
    if session is None:
        raise LoginRequired()
    return session


Staff = Annotated[Session, Depends(current_session)]


def posted_session(session: Staff, csrf_token: FormText = "") -> Session:
    """The session of a form POST whose CSRF token matches the session's; 403 otherwise."""
    require_csrf(csrf_token, session.csrf_token)
    return session


StaffPost = Annotated[Session, Depends(posted_session)]


def case_or_404(case_id: int, c: ConsoleDep, session: Staff) -> CaseView:
    """The case in the path; a 404 page when there is none."""
    case = c.cases.get(case_id)
    if case is None:
        raise CaseNotFound(case_id, session)
    return case


CaseOr404 = Annotated[CaseView, Depends(case_or_404)]


def form_int(value: str) -> int | None:
    """A whole number typed or chosen in a form; None when blank or not a number."""
    try:
        return int(value) if value.strip() else None
    except ValueError:
        return None
