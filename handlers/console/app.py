"""The staff web console: server-rendered pages over the case desk (queue, case, stats).

A thin adapter like the Telegram handlers: every page reads a request, calls one ``CaseService``
or ``StaffDirectory`` method and renders a template. Replies typed here go into the outbox like
any other staff reply; the bot process delivers them, this process never talks to Telegram.

Security: the session cookie holds the token from ``StaffDirectory.login`` (HttpOnly, SameSite=Lax,
Secure behind HTTPS); every POST carries a CSRF token (the session's, or for the login form a
double-submit cookie); pages are never cached and never framed.
"""

from __future__ import annotations

import logging
import math
import secrets
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, unquote, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from bot.app import CaseDesk, open_case_desk
from bot.cases import STAFF_OUTCOMES, CaseError, CaseEvent, CaseMessage, CaseView
from bot.intake import FACT_ORDER, display_value, mask_phone
from bot.locales import case_text, staff_text
from bot.settings import ConsoleSettings, Settings
from bot.staff import LoginError, Session
from handlers.console import text as T

logger = logging.getLogger(__name__)
access_logger = logging.getLogger(__name__ + ".access")

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "console_session"
LOGIN_CSRF_COOKIE = "console_login_csrf"
FLASH_COOKIE = "console_flash"
LOCAL_TZ = ZoneInfo("Asia/Shanghai")  # the staff and the workers are in China
EDITABLE_FACTS = (*FACT_ORDER, "province")

router = APIRouter()


class LoginRequired(Exception):
    """No live session: send the browser to the login page."""


class CsrfRefused(Exception):
    """A POST without a valid CSRF token."""


def create_app(desk: CaseDesk, settings: Settings, *, lifespan=None) -> FastAPI:
    """Build the console over an open case desk (the caller closes the desk)."""
    app = FastAPI(title=T.TITLE, docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["local"] = _local
    templates.env.filters["ago"] = _ago
    app.state.desk = desk
    app.state.console = settings.console
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
    app.add_exception_handler(LoginRequired, _to_login)
    app.add_exception_handler(CsrfRefused, _csrf_refused)
    app.middleware("http")(_headers_and_access_log)
    return app


def create_app_from_environment() -> FastAPI:
    """The uvicorn factory behind ``python bot.py console``: settings from the environment, the case
    desk opened here and closed when the server stops."""
    settings = Settings()
    desk = open_case_desk(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        desk.close()

    logger.info("Staff console on the case database, secure cookies %s", settings.console.secure_cookies)
    return create_app(desk, settings, lifespan=lifespan)


# ---- plumbing ------------------------------------------------------------------------------------


def _desk(request: Request) -> CaseDesk:
    return request.app.state.desk


def current_session(request: Request) -> Session:
    """The logged-in staff member's session; redirect to the login page without one."""
    session = _desk(request).staff.session(request.cookies.get(SESSION_COOKIE))
    if session is None:
        raise LoginRequired()
    return session


def posted_session(request: Request, session: Annotated[Session, Depends(current_session)],
                   csrf_token: Annotated[str, Form()] = "") -> Session:
    """The session of a form POST whose CSRF token matches the session's; 403 otherwise."""
    if not csrf_token or not secrets.compare_digest(csrf_token, session.csrf_token):
        raise CsrfRefused()
    return session


Staff = Annotated[Session, Depends(current_session)]
StaffPost = Annotated[Session, Depends(posted_session)]
FormText = Annotated[str, Form()]


async def _to_login(request: Request, exc: LoginRequired) -> Response:
    target = "/login"
    if request.method == "GET" and request.url.path not in ("/", "/login"):
        target += "?" + urlencode({"next": request.url.path})
    return RedirectResponse(target, status_code=303)


async def _csrf_refused(request: Request, exc: CsrfRefused) -> Response:
    logger.warning("Refused a console POST to %s without a valid CSRF token", request.url.path)
    return _page(request, "error.html", {"title": T.CSRF_TITLE, "message": T.CSRF_MESSAGE}, status=403)


async def _headers_and_access_log(request: Request, call_next) -> Response:
    response = await call_next(request)
    if not request.url.path.startswith("/static/"):
        # our own access log: the path only, since a query string can hold a searched phone number
        access_logger.info("%s %s %d", request.method, request.url.path, response.status_code)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; style-src 'self'; script-src 'none'; form-action 'self'; "
                                "frame-ancestors 'none'")
    if not request.url.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")  # case data must not linger in caches
    return response


def _page(request: Request, name: str, context: dict, *, status: int = 200, session: Session | None = None) -> Response:
    flash = _read_flash(request)
    response = request.app.state.templates.TemplateResponse(request, name, {
        "me": session.staff if session else None, "csrf": session.csrf_token if session else "",
        "flash": flash, "title_suffix": T.TITLE, **context,
    }, status_code=status)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def _read_flash(request: Request) -> dict | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    code, _, arg = raw.partition("|")
    if code not in T.FLASH:
        return None
    return {"text": T.FLASH[code].format(arg=unquote(arg)), "error": code in T.ERROR_FLASHES}


def _redirect(request: Request, url: str, flash: str | None = None, arg: str = "") -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    if flash:
        response.set_cookie(FLASH_COOKIE, f"{flash}|{quote(arg)}", httponly=True, samesite="lax", path="/",
                            secure=request.app.state.console.secure_cookies)
    return response


def _refused(request: Request, case_id: int, exc: CaseError) -> RedirectResponse:
    code = T.CASE_ERRORS.get(exc.code, "error")
    arg = exc.detail if exc.code == "claimed" else ""
    logger.info("Console action on case %s refused: %s", case_id, exc.code)
    return _redirect(request, f"/cases/{case_id}", code, arg)


def _safe_next(target: str) -> str:
    """Only a path on this site (no //host or backslash tricks) may follow a login."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\\" not in target:
        return target
    return "/"


def _local(value: datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if value else "-"


def _ago(value: datetime | None) -> str:
    if value is None:
        return "-"
    minutes = int((datetime.now(UTC) - value).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} 分钟"
    if minutes < 48 * 60:
        return f"{minutes // 60} 小时"
    return f"{minutes // (24 * 60)} 天"


def _int(value: str) -> int | None:
    try:
        return int(value) if value.strip() else None
    except ValueError:
        return None


def _lockout_minutes(exc: LoginError, console: ConsoleSettings) -> int:
    """Whole minutes until the account unlocks (rounded up, at least one)."""
    seconds = exc.retry_in.total_seconds() if exc.retry_in is not None else console.lockout_min * 60
    return max(1, math.ceil(seconds / 60))


# ---- login -------------------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, next: str = "") -> Response:
    """Show the login form with a fresh double-submit CSRF token."""
    if _desk(request).staff.session(request.cookies.get(SESSION_COOKIE)):
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, next=next)


def _login_page(request: Request, *, next: str = "", error: str = "", username: str = "", status: int = 200) -> Response:
    token = secrets.token_urlsafe(32)
    response = _page(request, "login.html", {"login_csrf": token, "next": _safe_next(next) if next else "",
                                             "error": error, "username": username}, status=status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", path="/login",
                        secure=request.app.state.console.secure_cookies)
    return response


@router.post("/login")
def login(request: Request, username: FormText = "", password: FormText = "", csrf_token: FormText = "",
          next: FormText = "") -> Response:
    """Check the password and start a session; the same message for a wrong password and an unknown user."""
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not csrf_token or not cookie or not secrets.compare_digest(csrf_token, cookie):
        raise CsrfRefused()
    console: ConsoleSettings = request.app.state.console
    try:
        session = _desk(request).staff.login(username, password)
    except LoginError as exc:
        logger.info("Console login refused%s", " (account locked)" if exc.locked else "")
        error = T.LOGIN_LOCKED.format(minutes=_lockout_minutes(exc, console)) if exc.locked else T.LOGIN_FAILED
        return _login_page(request, next=next, error=error, username=username, status=401)
    logger.info("Staff %s logged in to the console", session.staff.id)
    response = RedirectResponse(_safe_next(next) if next else "/", status_code=303)
    response.set_cookie(SESSION_COOKIE, session.token, httponly=True, samesite="lax", path="/",
                        secure=console.secure_cookies, max_age=int(console.session_hours * 3600))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, session: StaffPost) -> Response:
    """End the session on the server and forget the cookie."""
    _desk(request).staff.logout(session.token)
    logger.info("Staff %s logged out of the console", session.staff.id)
    response = _redirect(request, "/login", "logged_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# ---- queue -------------------------------------------------------------------------------------


@router.get("/")
def queue(request: Request, session: Staff, status: str = "active", priority: str = "", topic: str = "",
          older: str = "", newer: str = "", assignee: str = "", q: str = "") -> Response:
    """The case queue: urgent and oldest first, filtered."""
    desk = _desk(request)
    assignee_id = session.staff.id if assignee == "me" else _int(assignee)
    found = desk.cases.search(
        status=None if status == "all" else (status or "active"), priority=priority or None, topic=topic or None,
        assignee_id=assignee_id, unassigned=assignee == "none", older_than_days=_int(older),
        newer_than_days=_int(newer), query=q or None,
    )
    filters = {"status": status, "priority": priority, "topic": topic, "older": older, "newer": newer,
               "assignee": assignee, "q": q}
    return _page(request, "queue.html", {
        "cases": found, "filters": filters, "topics": desk.cases.topics(), "staff": desk.staff.all(),
        **_labels(desk),
    }, session=session)


def _labels(desk: CaseDesk) -> dict:
    s = staff_text()
    return {
        "topic_names": desk.cases.topic_names, "priorities": _plain(s.priorities), "statuses": s.statuses,
        "status_filters": T.STATUS_FILTERS, "outcomes": s.outcomes, "languages": s.languages,
        "unknown_topic": s.unknown_topic,
    }


def _plain(labels: dict[str, str]) -> dict[str, str]:
    """Labels without the emoji the Telegram packet uses (the console shows a coloured badge)."""
    return {k: v.replace("🔴", "").strip() for k, v in labels.items()}


# ---- one case ----------------------------------------------------------------------------------


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int, session: Staff) -> Response:
    """The case packet, the transcript, the history and the actions."""
    desk = _desk(request)
    case = desk.cases.get(case_id)
    if case is None:
        return _page(request, "error.html", {"title": T.NOT_FOUND, "message": T.NOT_FOUND}, status=404,
                     session=session)
    t = case_text("zh")
    labels = t.fact_labels
    facts = [(n, labels[n], display_value(n, case.facts.get(n), labels)) for n in FACT_ORDER]
    if case.facts.get("province"):
        facts.append(("province", labels["province"], case.facts["province"]))
    return _page(request, "case.html", {
        "case": case, "facts": facts, "reasons": [t.reason_labels.get(r, r) for r in case.priority_reasons],
        "phone": mask_phone(case.phone), "messages": [_message_row(m) for m in desk.cases.messages(case_id)],
        "history": [_event_row(e) for e in desk.cases.events(case_id)],
        "fact_choices": [(n, labels[n]) for n in FACT_ORDER], "edit_choices": [(n, labels[n]) for n in EDITABLE_FACTS],
        "staff_outcomes": STAFF_OUTCOMES, **_labels(desk),
        "colleagues": [m for m in desk.staff.all() if m.active and m.id != case.assignee_id],
    }, session=session)


def _message_row(m: CaseMessage) -> dict:
    who = T.SENDERS.get(m.sender, m.sender)
    if m.sender in ("staff", "note") and m.author:
        who = f"{m.author}（{who}）"
    state = ""
    if m.sender == "staff":
        state = "delivered" if m.delivered_at else "pending"
    return {"sender": m.sender, "who": who, "at": m.created_at, "text": m.text, "state": state,
            "console": m.channel == "console"}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _event_row(e: CaseEvent) -> dict:
    labels = case_text("zh").fact_labels
    d = _Blank({k: "" if v is None else v for k, v in e.detail.items()})
    if not d.get("by"):
        d["by"] = T.ACTORS.get(e.actor, e.actor)
    if e.kind == "created":
        reasons = "、".join(case_text("zh").reason_labels.get(r, r) for r in e.detail.get("reasons", []))
        d.update(priority=_plain(staff_text().priorities).get(d["priority"], d["priority"]),
                 reasons=f"；{reasons}" if reasons else "")
    elif e.kind == "fact_changed":
        name = e.detail.get("fact", "")
        d.update(fact=labels.get(name, name), old=display_value(name, e.detail.get("old"), labels),
                 new=display_value(name, e.detail.get("new"), labels))
    elif e.kind == "info_requested":
        d["fact"] = labels.get(d["fact"], d["fact"])
    elif e.kind == "closed":
        d.update(outcome=staff_text().outcomes.get(d["outcome"], d["outcome"]),
                 note=f"（{d['note']}）" if d["note"] else "")
    elif e.kind == "delivery_failed":
        d["target"] = T.TARGETS.get(d["target"], d["target"])
    elif e.kind == "exported":
        d["channel"] = T.CHANNELS.get(d["channel"], d["channel"])
    line = T.EVENTS[e.kind].format_map(d) if e.kind in T.EVENTS else f"{d['by']}：{e.kind}"
    return {"at": e.created_at, "text": line, "kind": e.kind}


@router.post("/cases/{case_id}/claim")
def claim(request: Request, case_id: int, session: StaffPost) -> Response:
    """Take the case (the worker is told who is helping)."""
    try:
        _desk(request).cases.claim(case_id, session.staff.id)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    logger.info("Staff %s claimed case %s in the console", session.staff.id, case_id)
    return _redirect(request, f"/cases/{case_id}", "claimed")


@router.post("/cases/{case_id}/assign")
def assign(request: Request, case_id: int, session: StaffPost, staff_id: FormText = "") -> Response:
    """Hand the case to a colleague (the worker is told who helps them now)."""
    target = _int(staff_id)
    if target is None:
        return _redirect(request, f"/cases/{case_id}", "error")
    try:
        _desk(request).cases.assign(case_id, session.staff.id, target)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    logger.info("Staff %s assigned case %s to staff %s in the console", session.staff.id, case_id, target)
    return _redirect(request, f"/cases/{case_id}", "assigned")


@router.post("/cases/{case_id}/reply")
def reply(request: Request, case_id: int, session: StaffPost, text: FormText = "") -> Response:
    """Queue a reply to the worker (the bot delivers it)."""
    try:
        _desk(request).cases.reply(case_id, session.staff.id, text, channel="console")
    except CaseError as exc:
        return _refused(request, case_id, exc)
    logger.info("Staff %s replied to case %s from the console", session.staff.id, case_id)
    return _redirect(request, f"/cases/{case_id}#transcript", "replied")


@router.post("/cases/{case_id}/note")
def note(request: Request, case_id: int, session: StaffPost, text: FormText = "") -> Response:
    """Add an internal note (never sent to the worker)."""
    try:
        _desk(request).cases.note(case_id, session.staff.id, text)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    return _redirect(request, f"/cases/{case_id}#transcript", "noted")


@router.post("/cases/{case_id}/request-info")
def request_info(request: Request, case_id: int, session: StaffPost, fact: FormText = "") -> Response:
    """Ask the worker one of the intake questions again."""
    try:
        _desk(request).cases.request_info(case_id, session.staff.id, fact)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    return _redirect(request, f"/cases/{case_id}", "info_requested", case_text("zh").fact_labels.get(fact, fact))


@router.post("/cases/{case_id}/facts")
def set_fact(request: Request, case_id: int, session: StaffPost, name: FormText = "", value: FormText = "") -> Response:
    """Correct a fact; the old and new values go into the history."""
    try:
        _desk(request).cases.set_fact(case_id, name, value, actor=f"staff:{session.staff.id}",
                                      actor_name=session.staff.display_name)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    return _redirect(request, f"/cases/{case_id}#facts", "fact_saved", case_text("zh").fact_labels.get(name, name))


@router.post("/cases/{case_id}/close")
def close(request: Request, case_id: int, session: StaffPost, outcome: FormText = "", note: FormText = "") -> Response:
    """Close with an outcome (the worker is told and asked for feedback)."""
    try:
        _desk(request).cases.close(case_id, session.staff.id, outcome, note=note)
    except CaseError as exc:
        return _refused(request, case_id, exc)
    logger.info("Staff %s closed case %s (%s) in the console", session.staff.id, case_id, outcome)
    return _redirect(request, f"/cases/{case_id}", "closed", staff_text().outcomes[outcome])


@router.get("/cases/{case_id}/export.pdf")
def export_pdf(request: Request, case_id: int, session: Staff) -> Response:
    """The case file as a PDF (packet, transcript, history)."""
    desk = _desk(request)
    case: CaseView | None = desk.cases.get(case_id)
    if case is None:
        return _page(request, "error.html", {"title": T.NOT_FOUND, "message": T.NOT_FOUND}, status=404,
                     session=session)
    from bot.case_pdf import case_pdf  # reportlab and fonts load only when someone exports

    pdf = case_pdf(case, desk.cases.messages(case_id), desk.cases.events(case_id),
                   topic_name=desk.cases.topic_names.get(case.topic or ""), today=_today())
    desk.cases.exported(case_id, session.staff.id, channel="console")
    logger.info("Staff %s exported case %s as PDF", session.staff.id, case_id)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{case.number}.pdf"'})


def _today() -> date:
    return datetime.now(LOCAL_TZ).date()


# ---- statistics --------------------------------------------------------------------------------


@router.get("/stats")
def stats(request: Request, session: Staff) -> Response:
    """Cases by status, topic and priority; time to first response; share closed per outcome."""
    desk = _desk(request)
    labels = _labels(desk)
    stat_topics = {**labels["topic_names"], "other": labels["unknown_topic"]}
    return _page(request, "stats.html", {"stats": desk.cases.stats(), **labels, "stat_topics": stat_topics},
                 session=session)


@router.get("/healthz", include_in_schema=False)
def healthz() -> HTMLResponse:
    return HTMLResponse("ok")
