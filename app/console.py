"""The staff web console built from the settings: its own database connection, closed when it stops.

The console shares nothing in memory with the bot: replies it accepts go through the outbox in the
database, which the bot's courier delivers, whether the console runs inside ``serve``
(CONSOLE__ENABLED) or on another machine (``python bot.py console``).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from fastapi import FastAPI

from app.container import Container
from app.settings import Settings
from bot.clock import Clock, utc_now
from bot.staff import StaffDirectory
from handlers.console.app import create_app

logger = logging.getLogger(__name__)

# The console locks an (account, address) pair after repeated failures (handlers/console/guard.py). A
# lock on the whole account would let anyone keep a lawyer out by failing on purpose, so the directory
# the console logs in with has no account-wide lock (max_failures=None).


def open_console(settings: Settings, *, clock: Clock = utc_now) -> FastAPI:
    """The console over the application database named by ``settings`` (no knowledge base)."""
    container = Container.open(settings, knowledge=False, clock=clock)
    staff = StaffDirectory(container.engine, max_failures=None,
                           session_ttl=timedelta(hours=settings.console.session_hours), clock=clock)
    logger.info("Staff console on the case database, secure cookies %s", settings.console.secure_cookies)
    return create_app(cases=container.cases, staff=staff, settings=settings.console, clock=clock,
                      on_shutdown=container.close)
