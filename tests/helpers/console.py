"""Builders for the staff console tests: a case desk on a real database, cases, logged-in clients,
and the console served by uvicorn in a thread for the browser."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bot.app import CaseDesk, open_case_desk
from bot.cases import CaseView, NewCase
from bot.settings import Settings
from tests.helpers.servers import free_port

PASSWORD = "correct-horse-battery"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def console_settings(data_dir: Path, database_url: str, **console) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, database_url=database_url,
                    console={"max_failed_logins": 3, "lockout_min": 15, **console})


def open_desk(settings: Settings) -> CaseDesk:
    return open_case_desk(settings)


def new_case(desk: CaseDesk, name: str = "张三", *, topic: str | None = "arrears", facts: dict | None = None,
             reasons: list[str] | None = None, phone: str | None = "13812345678", question: str | None = None,
             chat_id: int = 1001, now: datetime | None = None, transcript: list[tuple[str, str]] | None = None,
             **extra) -> CaseView:
    return desk.cases.create(NewCase(
        conversation_id=f"tg:{chat_id}", worker_chat_id=chat_id, worker_name=name, language="zh", topic=topic,
        facts=facts if facts is not None else {"employer": "某某建筑公司", "city": "深圳", "monthly_wage": "6000"},
        phone=phone, question=question, reasons=reasons or [], transcript=transcript or [], **extra,
    ), now=now or datetime.now(UTC))


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
