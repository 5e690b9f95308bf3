"""Builders for the staff console tests: the case service on a real database with a clock the test
moves, cases, logged-in clients, and the console served by uvicorn in a thread for the browser."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import httpx
from fastapi import FastAPI
from sqlalchemy.engine import Engine

from bot.activity import ActivityStore
from bot.cases import CaseService, CaseView, NewCase
from bot.conversation import ConversationStore
from bot.db import create_db_engine, migrate
from bot.staff import StaffDirectory
from handlers.config import ConsoleSettings
from handlers.console import create_app
from knowledge.vocabulary import load_vocabulary
from tests.helpers.clock import FrozenClock
from tests.helpers.servers import free_port

PASSWORD = "correct-horse-battery"
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # where every desk's clock starts
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def console_settings(**console) -> ConsoleSettings:
    """Console settings for tests: three failed logins lock an account for 15 minutes."""
    return ConsoleSettings(**{"max_failed_logins": 3, "lockout_min": 15, **console})


@dataclass(slots=True)
class Desk:
    """The database side the console works on, built the way the app layer builds it, on one clock."""

    engine: Engine
    staff: StaffDirectory
    cases: CaseService
    clock: FrozenClock
    settings: ConsoleSettings

    def app(self, settings: ConsoleSettings | None = None) -> FastAPI:
        """The console over this desk (its settings unless others are given), reading this desk's clock."""
        return create_app(cases=self.cases, staff=self.staff, settings=settings or self.settings, clock=self.clock)

    def close(self) -> None:
        self.engine.dispose()


@cache
def _topic_names() -> dict[str, str]:
    return {key: topic.name_zh for key, topic in load_vocabulary().topics.items()}


def open_desk(database_url: str, settings: ConsoleSettings | None = None, *, now: datetime = NOW) -> Desk:
    """Migrate the database at ``database_url`` and open the staff directory and the case service over it."""
    settings = settings or console_settings()
    clock = FrozenClock(now)
    engine = create_db_engine(database_url)
    migrate(engine)
    staff = StaffDirectory(engine, max_failures=settings.max_failed_logins,
                           lockout=timedelta(minutes=settings.lockout_min),
                           session_ttl=timedelta(hours=settings.session_hours), clock=clock)
    cases = CaseService(engine, staff_dir=staff, conversations=ConversationStore(engine, clock=clock),
                        activity=ActivityStore(engine, clock=clock), topic_names=_topic_names(), clock=clock)
    return Desk(engine, staff, cases, clock, settings)


def new_case(desk: Desk, name: str = "张三", *, topic: str | None = "arrears", facts: dict | None = None,
             reasons: list[str] | None = None, phone: str | None = "13812345678", question: str | None = None,
             chat_id: int = 1001, now: datetime | None = None, transcript: list[tuple[str, str]] | None = None,
             **extra) -> CaseView:
    """A consented case, created at ``now`` (the desk's clock by default)."""
    return desk.cases.create(NewCase(
        conversation_id=f"tg:{chat_id}", worker_chat_id=chat_id, worker_name=name, language="zh", topic=topic,
        facts=facts if facts is not None else {"employer": "某某建筑公司", "city": "深圳", "monthly_wage": "6000"},
        phone=phone, question=question, reasons=reasons or [], transcript=transcript or [], **extra,
    ), now=now or desk.clock())


def csrf_of(html: str) -> str:
    """The CSRF token in the first form of a page."""
    m = _CSRF.search(html)
    assert m, "no csrf_token field on the page"
    return m.group(1)


@contextmanager
def serve_console(app) -> Iterator[str]:
    """Run the console with uvicorn in a background thread on a free port; yield its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="console-uvicorn", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the console did not start")
        time.sleep(0.05)
    try:
        assert httpx.get(f"{base}/healthz", timeout=5).text == "ok"
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
