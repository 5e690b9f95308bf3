"""Rendering: the templates and their filters, the labels pages share, flash messages and the redirect after a form."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from bot.cases import CaseService
from bot.clock import Clock
from bot.locales import staff_text
from bot.staff import Session
from handlers.console import text as T
from handlers.console.deps import console
from handlers.console.security import set_cookie

HERE = Path(__file__).resolve().parent
FLASH_COOKIE = "console_flash"
LOCAL_TZ = ZoneInfo("Asia/Shanghai")  # the staff and the workers are in China


def templates_for(clock: Clock) -> Jinja2Templates:
    """The page templates, with dates shown in local time and ages counted on ``clock``."""
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["local"] = local_time
    templates.env.filters["ago"] = lambda value: age(value, now=clock())
    return templates


def local_time(value: datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if value else "-"


def age(value: datetime | None, *, now: datetime) -> str:
    """How long ago ``value`` was, in minutes, hours or days."""
    if value is None:
        return "-"
    minutes = int((now - value).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} 分钟"
    if minutes < 48 * 60:
        return f"{minutes // 60} 小时"
    return f"{minutes // (24 * 60)} 天"


def render(request: Request, name: str, context: dict, *, status: int = 200,
           session: Session | None = None) -> Response:
    """A page, with the staff member's header when logged in and the flash message of the last action."""
    flash = _read_flash(request)
    response = request.app.state.templates.TemplateResponse(request, name, {
        "me": session.staff if session else None, "csrf": session.csrf_token if session else "",
        "flash": flash, "title_suffix": T.TITLE, **context,
    }, status_code=status)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def redirect(request: Request, url: str, flash: str | None = None, arg: str = "") -> RedirectResponse:
    """See-other to ``url``, carrying a flash message (a code from ``text.FLASH``) to the next page."""
    response = RedirectResponse(url, status_code=303)
    if flash:
        set_cookie(response, FLASH_COOKIE, f"{flash}|{quote(arg)}", secure=console(request).settings.secure_cookies)
    return response


def _read_flash(request: Request) -> dict | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    code, _, arg = raw.partition("|")
    if code not in T.FLASH:
        return None
    return {"text": T.FLASH[code].format(arg=unquote(arg)), "error": code in T.ERROR_FLASHES}


def labels(cases: CaseService) -> dict:
    """The names of topics, priorities, statuses, outcomes and languages that the pages show."""
    s = staff_text()
    return {
        "topic_names": cases.topic_names, "priorities": plain(s.priorities), "statuses": s.statuses,
        "status_filters": T.STATUS_FILTERS, "outcomes": s.outcomes, "languages": s.languages,
        "unknown_topic": s.unknown_topic,
    }


def plain(names: dict[str, str]) -> dict[str, str]:
    """Labels without the emoji the Telegram packet uses (the console shows a coloured badge)."""
    return {k: v.replace("🔴", "").strip() for k, v in names.items()}
