"""The staff web console: server-rendered pages over the case service (queue, case, stats).

A thin adapter like the Telegram handlers: every page reads a request, calls one ``CaseService`` or
``StaffDirectory`` method and renders a template. The pages live in ``routes/`` (one module each),
what they share in ``deps`` (services, session, the case or 404) and ``pages`` (rendering, flash
messages); sessions and CSRF in ``security``; who may try a password in ``guard``. This module builds
the app: the middleware that logs requests and sets the security headers, the one handler that turns
every refusal into what the browser should see, and the ones for a request the routes cannot read
(404/422) and for any other failure (500, with the headers the middleware never got to add). Pages are
never cached and never framed.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from bot.cases import CaseError, CaseService
from bot.clock import Clock, utc_now
from bot.staff import StaffDirectory
from handlers.config import ConsoleSettings
from handlers.console import text as T
from handlers.console.deps import Console
from handlers.console.guard import LoginGuard
from handlers.console.pages import HERE, redirect, render, templates_for
from handlers.console.refusals import BadFilter, CaseNotFound, CsrfRefused, FormRefused, LoginRequired, Refusal
from handlers.console.routes import ROUTERS

logger = logging.getLogger(__name__)
access_logger = logging.getLogger(__name__ + ".access")

SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; script-src 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
}


def create_app(*, cases: CaseService, staff: StaffDirectory, settings: ConsoleSettings, clock: Clock = utc_now,
               on_shutdown: Callable[[], None] | None = None) -> FastAPI:
    """Build the console over open services; ``on_shutdown`` runs when the server stops (the caller's
    chance to close what it opened). ``clock`` is the only time the console reads."""
    guard = LoginGuard(settings, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            guard.close()
            if on_shutdown is not None:
                on_shutdown()

    app = FastAPI(title=T.TITLE, docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.console = Console(cases=cases, staff=staff, settings=settings, clock=clock, guard=guard)
    app.state.templates = templates_for(clock)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_api_route("/healthz", healthz, methods=["GET"], include_in_schema=False)
    app.add_exception_handler(Refusal, refused)
    app.add_exception_handler(CaseError, refused)
    app.add_exception_handler(RequestValidationError, unreadable)
    app.add_exception_handler(Exception, crashed)
    app.middleware("http")(_headers_and_access_log)
    return app


def healthz() -> HTMLResponse:
    return HTMLResponse("ok")


async def refused(request: Request, exc: Exception) -> Response:
    """Turn a refusal into what the browser should see: the login page, a 403 or 404 page, or the
    case page with the reason as an error flash."""
    match exc:
        case LoginRequired():
            target = "/login"
            if request.method == "GET" and request.url.path not in ("/", "/login"):
                target += "?" + urlencode({"next": request.url.path})
            return RedirectResponse(target, status_code=303)
        case CsrfRefused():
            logger.warning("Refused a console POST to %s without a valid CSRF token", request.url.path)
            return render(request, "error.html", {"title": T.CSRF_TITLE, "message": T.CSRF_MESSAGE}, status=403)
        case CaseNotFound():
            return render(request, "error.html", {"title": T.NOT_FOUND, "message": T.NOT_FOUND}, status=404,
                          session=exc.session)
        case BadFilter():
            return render(request, "error.html", {"title": T.BAD_REQUEST_TITLE, "message": T.BAD_FILTER}, status=422)
        case FormRefused():
            return redirect(request, f"/cases/{request.path_params['case_id']}", "error")
        case CaseError():
            case_id = request.path_params["case_id"]
            logger.info("Console action on case %s refused: %s", case_id, exc.code)
            return redirect(request, f"/cases/{case_id}", T.CASE_ERRORS.get(exc.code, "error"),
                            exc.detail if exc.code == "claimed" else "")
    raise exc  # only the types registered in create_app reach this handler


async def unreadable(request: Request, exc: Exception) -> Response:
    """A path or form the routes cannot read: a case number no case can have is a 404, the rest a 422."""
    if any(tuple(e["loc"][:2]) == ("path", "case_id") for e in exc.errors()):
        return render(request, "error.html", {"title": T.NOT_FOUND, "message": T.NOT_FOUND}, status=404)
    return render(request, "error.html", {"title": T.BAD_REQUEST_TITLE, "message": T.BAD_REQUEST}, status=422)


async def crashed(request: Request, exc: Exception) -> Response:
    """Any other failure: a 500 page that shows nothing of the error (the server logs it) and still carries
    the security headers, since this answer leaves by the outermost middleware, past ``_headers_and_access_log``."""
    try:
        response = render(request, "error.html", {"title": T.ERROR_TITLE, "message": T.ERROR_MESSAGE}, status=500)
    except Exception:  # the pages themselves are what failed
        response = PlainTextResponse(T.ERROR_MESSAGE, status_code=500)
    return _secured(request, response)


async def _headers_and_access_log(request: Request, call_next) -> Response:
    response = await call_next(request)
    if not request.url.path.startswith("/static/"):
        # our own access log: the path only, since a query string can hold a searched phone number
        access_logger.info("%s %s %d", request.method, request.url.path, response.status_code)
    return _secured(request, response)


def _secured(request: Request, response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.url.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")  # case data must not linger in caches
    return response
