"""What the routes share: the console's services, the logged-in staff member, the case or 404, form
fields, and the bounds of every number read from a path, a filter or a form (a number past what the
database holds must be a 404 or 422, never an overflow deep in a query)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, Path, Request

from bot.cases import CaseService, CaseView
from bot.clock import Clock
from bot.staff import Session, StaffDirectory
from handlers.config import ConsoleSettings
from handlers.console.guard import LoginGuard
from handlers.console.refusals import BadFilter, CaseNotFound, LoginRequired
from handlers.console.security import SESSION_COOKIE, require_csrf

MAX_ID = 2**31 - 1  # the largest value of an INTEGER column (PostgreSQL's): no case or staff id is above it
MAX_DAYS = 36_500  # a filter by age in days: a hundred years covers every case


@dataclass(frozen=True, slots=True)
class Console:
    """The services, settings and clock one console app works with."""

    cases: CaseService
    staff: StaffDirectory
    settings: ConsoleSettings
    clock: Clock
    guard: LoginGuard


def console(request: Request) -> Console:
    """The console the request's app was built with."""
    return request.app.state.console


async def _console(request: Request) -> Console:
    # async, so resolving it costs no worker thread: a login flood must not fill the pool staff pages use
    return console(request)


ConsoleDep = Annotated[Console, Depends(_console)]
FormText = Annotated[str, Form()]
CaseId = Annotated[int, Path(ge=1, le=MAX_ID)]


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


def case_or_404(case_id: CaseId, c: ConsoleDep, session: Staff) -> CaseView:
    """The case in the path; a 404 page when there is none."""
    case = c.cases.get(case_id)
    if case is None:
        raise CaseNotFound(case_id, session)
    return case


CaseOr404 = Annotated[CaseView, Depends(case_or_404)]


def form_int(value: str) -> int | None:
    """An id chosen in a form; None when blank, not a number or no id at all (out of range)."""
    try:
        return filter_int(value)
    except BadFilter:
        return None


def filter_int(value: str, *, low: int = 1, high: int = MAX_ID) -> int | None:
    """A whole number from a queue filter, from ``low`` to ``high``; None when blank, a 422 page otherwise."""
    if not value.strip():
        return None
    try:
        number = int(value)
    except ValueError:
        raise BadFilter() from None
    if not low <= number <= high:
        raise BadFilter()
    return number
