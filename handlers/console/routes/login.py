"""Logging in and out: the login form with its double-submit CSRF token, the session cookie, logout.

A login is checked by the guard (``handlers/console/guard.py``) before any password is hashed; the
hashing runs on the guard's own low-priority threads while the route stays on the event loop, so a
flood of logins takes none of the worker threads staff pages run on.
"""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.staff import LoginError, Session
from handlers.config import ConsoleSettings
from handlers.console import text as T
from handlers.console.deps import Console, ConsoleDep, FormText, StaffPost
from handlers.console.guard import LoginRefused
from handlers.console.pages import redirect, render
from handlers.console.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    client_address,
    new_csrf_token,
    require_csrf,
    safe_next,
    set_cookie,
)

logger = logging.getLogger(__name__)

router = APIRouter()


@router.get("/login")
def login_form(request: Request, c: ConsoleDep, next: str = "") -> Response:
    """Show the login form with a fresh double-submit CSRF token."""
    if c.staff.session(request.cookies.get(SESSION_COOKIE)):
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, c.settings, next=next)


@router.post("/login")
async def login(request: Request, c: ConsoleDep, username: FormText = "", password: FormText = "",
                csrf_token: FormText = "", next: FormText = "") -> Response:
    """Check the password and start a session; the same answers for a wrong password and an unknown user."""
    require_csrf(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE, ""))
    try:
        session = await _checked(c, username, password, client_address(request, c.settings))
    except LoginRefused as refused:
        # The form is shown again with what was typed, so this refusal stays here rather than in the handler.
        too_many = refused.reason in ("throttled", "busy")
        # a flood is thousands of these (and the access log has each 429): details at DEBUG only
        logger.log(logging.DEBUG if too_many else logging.INFO, "Console login refused (%s)", refused.reason)
        return _login_page(request, c.settings, next=next, error=_refusal_text(refused), username=username,
                           status=429 if too_many else 401,
                           retry_after=math.ceil(refused.retry_in.total_seconds()) if too_many else 0)
    logger.info("Staff %s logged in to the console", session.staff.id)
    response = RedirectResponse(safe_next(next) if next else "/", status_code=303)
    set_cookie(response, SESSION_COOKIE, session.token, secure=c.settings.secure_cookies,
               max_age=int(c.settings.session_hours * 3600))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


async def _checked(c: Console, username: str, password: str, address: str) -> Session:
    """The session for the right password, once the guard admits the attempt; LoginRefused otherwise."""
    with c.guard.attempt(username, address) as attempt:
        try:
            session = await c.guard.check(c.staff.login, username, password)
        except LoginError as exc:
            refused = attempt.failed()
            if exc.locked and refused.reason == "wrong":  # a directory built with an account-wide lock
                refused = LoginRefused("locked", exc.retry_in or timedelta(minutes=c.settings.lockout_min))
            raise refused from None
        attempt.succeeded()
        return session


@router.post("/logout")
def logout(request: Request, c: ConsoleDep, session: StaffPost) -> Response:
    """End the session on the server and forget the cookie."""
    c.staff.logout(session.token)
    logger.info("Staff %s logged out of the console", session.staff.id)
    response = redirect(request, "/login", "logged_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _login_page(request: Request, settings: ConsoleSettings, *, next: str = "", error: str = "", username: str = "",
                status: int = 200, retry_after: int = 0) -> Response:
    token = new_csrf_token()
    response = render(request, "login.html", {"login_csrf": token, "next": safe_next(next) if next else "",
                                              "error": error, "username": username}, status=status)
    set_cookie(response, LOGIN_CSRF_COOKIE, token, secure=settings.secure_cookies, path="/login")
    if retry_after > 0:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _refusal_text(refused: LoginRefused) -> str:
    """What the login page says: the same for a wrong password and an unknown user, and for their locks."""
    seconds = refused.retry_in.total_seconds()
    match refused.reason:
        case "locked":
            return T.LOGIN_LOCKED.format(minutes=max(1, math.ceil(seconds / 60)))
        case "throttled":
            return T.LOGIN_THROTTLED.format(seconds=max(1, math.ceil(seconds)))
        case "busy":
            return T.LOGIN_BUSY
    return T.LOGIN_FAILED
