"""Logging in and out: the login form with its double-submit CSRF token, the session cookie, logout."""

from __future__ import annotations

import logging
import math

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.staff import LoginError
from handlers.config import ConsoleSettings
from handlers.console import text as T
from handlers.console.deps import ConsoleDep, FormText, StaffPost
from handlers.console.pages import redirect, render
from handlers.console.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
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
def login(request: Request, c: ConsoleDep, username: FormText = "", password: FormText = "", csrf_token: FormText = "",
          next: FormText = "") -> Response:
    """Check the password and start a session; the same message for a wrong password and an unknown user."""
    require_csrf(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE, ""))
    try:
        session = c.staff.login(username, password)
    except LoginError as exc:
        # The form is shown again with what was typed, so this refusal stays here rather than in the handler.
        logger.info("Console login refused%s", " (account locked)" if exc.locked else "")
        error = T.LOGIN_LOCKED.format(minutes=_lockout_minutes(exc, c.settings)) if exc.locked else T.LOGIN_FAILED
        return _login_page(request, c.settings, next=next, error=error, username=username, status=401)
    logger.info("Staff %s logged in to the console", session.staff.id)
    response = RedirectResponse(safe_next(next) if next else "/", status_code=303)
    set_cookie(response, SESSION_COOKIE, session.token, secure=c.settings.secure_cookies,
               max_age=int(c.settings.session_hours * 3600))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, c: ConsoleDep, session: StaffPost) -> Response:
    """End the session on the server and forget the cookie."""
    c.staff.logout(session.token)
    logger.info("Staff %s logged out of the console", session.staff.id)
    response = redirect(request, "/login", "logged_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _login_page(request: Request, settings: ConsoleSettings, *, next: str = "", error: str = "", username: str = "",
                status: int = 200) -> Response:
    token = new_csrf_token()
    response = render(request, "login.html", {"login_csrf": token, "next": safe_next(next) if next else "",
                                              "error": error, "username": username}, status=status)
    set_cookie(response, LOGIN_CSRF_COOKIE, token, secure=settings.secure_cookies, path="/login")
    return response


def _lockout_minutes(exc: LoginError, settings: ConsoleSettings) -> int:
    """Whole minutes until the account unlocks (rounded up, at least one)."""
    seconds = exc.retry_in.total_seconds() if exc.retry_in is not None else settings.lockout_min * 60
    return max(1, math.ceil(seconds / 60))
