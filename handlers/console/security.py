"""Sessions and CSRF: the cookies, the token check, where a login may send the browser, who the client is.

The session cookie holds the token from ``StaffDirectory.login`` (HttpOnly, SameSite=Lax, Secure
behind HTTPS). Every POST carries a CSRF token: the session's, or for the login form a
double-submit cookie.
"""

from __future__ import annotations

import secrets

from fastapi import Request, Response

from handlers.config import ConsoleSettings
from handlers.console.refusals import CsrfRefused

SESSION_COOKIE = "console_session"
LOGIN_CSRF_COOKIE = "console_login_csrf"


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def require_csrf(posted: str, expected: str) -> None:
    """Refuse the request unless the posted token is the expected one (compared in constant time)."""
    if not posted or not expected or not secrets.compare_digest(posted.encode(), expected.encode()):
        raise CsrfRefused()


def safe_next(target: str) -> str:
    """Only a path on this site (no //host or backslash tricks) may follow a login."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\\" not in target:
        return target
    return "/"


def set_cookie(response: Response, name: str, value: str, *, secure: bool, path: str = "/",
               max_age: int | None = None) -> None:
    """Set a cookie scripts cannot read and other sites do not send with their forms."""
    response.set_cookie(name, value, httponly=True, samesite="lax", path=path, secure=secure, max_age=max_age)


def client_address(request: Request, settings: ConsoleSettings) -> str:
    """The address login limits are counted by: the peer's, or behind a trusted reverse proxy the last
    entry of its header (the address the proxy itself saw; earlier entries are the client's to forge)."""
    peer = request.client.host if request.client else ""
    if settings.proxy_header and peer in settings.trusted_proxies:
        forwarded = request.headers.get(settings.proxy_header, "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return peer
