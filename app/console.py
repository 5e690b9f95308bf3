"""The staff web console built from the settings: its own database connection, closed when it stops.

The console shares nothing in memory with the bot: replies it accepts go through the outbox in the
database, which the bot's courier delivers, whether the console runs inside ``serve``
(CONSOLE__ENABLED) or on another machine (``python bot.py console``).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

from app.container import Container
from app.settings import Settings
from bot.clock import Clock, utc_now
from handlers.console.app import create_app

logger = logging.getLogger(__name__)


def open_console(settings: Settings, *, clock: Clock = utc_now) -> FastAPI:
    """The console over the application database named by ``settings`` (no knowledge base)."""
    container = Container.open(settings, knowledge=False, clock=clock)
    logger.info("Staff console on the case database, secure cookies %s", settings.console.secure_cookies)
    return create_app(cases=container.cases, staff=container.staff, settings=settings.console, clock=clock,
                      on_shutdown=container.close)

