"""Run the real bot Application against the local Bot API server, with real services."""

from __future__ import annotations

import asyncio
import re
import threading
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import event

from app.container import Container, Knowledge
from app.settings import Settings
from app.telegram import build_application
from bot.assistant import Assistant
from knowledge.playbooks import load_playbooks
from tests.helpers.botapi import FakeBotAPI

ADMIN_ID = 9001


def bot_settings(kb: Knowledge, api: FakeBotAPI, db_path: Path, **telegram) -> Settings:
    return kb.settings.model_copy(update={
        "database_url": f"sqlite:///{db_path}",
        "admin_ids": (ADMIN_ID,),
        "telegram_bot_token": SecretStr(api.token),
        "telegram_base_url": api.base_url,
        "telegram_base_file_url": api.base_file_url,
        "telegram": kb.settings.telegram.model_copy(update=telegram),
    })


def open_services(kb: Knowledge, settings: Settings, **options) -> Container:
    """The container over the shared knowledge base (left open) and this test's own database;
    ``options`` go to :meth:`Container.open` (``clock=``)."""
    assistant = Assistant(kb.retriever, load_playbooks(), rules=kb.rules, crisis_hotline="12356")
    return Container.open(settings, knowledge=kb, assistant=assistant, **options)


async def start_bot(settings: Settings, services: Container, *, polling: bool = True):
    app = build_application(settings, services)
    await app.initialize()
    await app.post_init(app)  # run_polling/run_webhook call it; a manual start must too
    await app.start()
    if polling:
        await app.updater.start_polling(poll_interval=0, timeout=1)
    return app


async def stop_bot(app) -> None:
    if app.updater.running:
        await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)


async def crash_bot(app) -> None:
    """Stop the bot as kill -9 would, as far as one process can: the updates being handled and the
    courier stop where they are (cancelled in the middle of their call; nothing after it runs, no
    update is marked handled), then what is left is shut down so the next start can take over."""
    me = asyncio.current_task()
    victims = [t for t in asyncio.all_tasks() if t is not me and (
        t.get_name().endswith("process_concurrent_update") or t.get_name().startswith("courier"))]
    for task in victims:
        task.cancel()
    await asyncio.gather(*victims, return_exceptions=True)
    await stop_bot(app)


def run(coro, timeout: float = 240):
    """Run an async scenario with an overall time limit."""
    return asyncio.run(asyncio.wait_for(coro, timeout=timeout))


def texts(messages: list[dict]) -> str:
    """The texts of the bot's messages, one per line."""
    return "\n".join(m.get("text", "") for m in messages)


def buttons(message: dict) -> list[dict]:
    """The inline buttons under a message, row by row."""
    return [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


class KillBeforeRecord:
    """The bot "killed" after a handler's commit and before the record of its first message.

    Armed, the next record of a ``method`` output call (the inbox's ``INSERT INTO inbox_sends``; by
    default a ``sendMessage``, or any of ``methods``) stops its thread before the row is written: the
    test then crashes the bot (``crash_bot``) and :meth:`release` lets the record fail, so the row never
    exists, as after a kill -9 at that moment. The hook is a SQLAlchemy event on the real engine; none
    of the bot's code is replaced."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.armed = False
        self.methods: tuple[str, ...] = ("sendMessage",)
        self.reached = threading.Event()
        self._released = threading.Event()
        event.listen(engine, "before_cursor_execute", self._hold)

    def _hold(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if not self.armed or not statement.lstrip().upper().startswith("INSERT INTO INBOX_SENDS"):
            return
        if context.compiled_parameters[0].get("method") not in self.methods:
            return
        self.armed = False
        self.reached.set()
        self._released.wait(60)
        raise RuntimeError("killed before the record of the reply")

    async def wait(self, timeout: float = 60) -> None:
        if not await asyncio.to_thread(self.reached.wait, timeout):
            raise TimeoutError("the handler never reached the record of its reply")

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self.release()
        event.remove(self.engine, "before_cursor_execute", self._hold)


async def killed_between_commit_and_record(app, settings, services, kill: KillBeforeRecord, api, chat, act):
    """Do ``act`` (a message or a button press), kill the bot after the commit of its effects and before
    the record of its reply (a call of ``kill.methods``), and return the bot started again over the same
    database. The bot's messages in ``chat`` are counted from before ``act``."""
    kill.armed = True
    api.mark(chat)
    act()
    await kill.wait()
    await crash_bot(app)
    kill.release()
    return await start_bot(settings, services)


class HoldBefore:
    """A handler's thread held just before its next statement that matches ``statement`` (a regular
    expression, from the statement's start), as a busy machine or a slow disk would hold it, until
    :meth:`release`; then it goes on as if nothing happened. A SQLAlchemy event on the real engine, as
    :class:`KillBeforeRecord`."""

    def __init__(self, engine, statement: str) -> None:
        self.engine = engine
        self.statement = re.compile(statement, re.IGNORECASE)
        self.reached = threading.Event()
        self._released = threading.Event()
        event.listen(engine, "before_cursor_execute", self._hold)

    def _hold(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.reached.is_set() or not self.statement.match(statement.lstrip()):
            return
        self.reached.set()
        self._released.wait(60)

    async def wait(self, timeout: float = 60) -> None:
        if not await asyncio.to_thread(self.reached.wait, timeout):
            raise TimeoutError(f"no statement {self.statement.pattern!r} was reached")

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self.release()
        event.remove(self.engine, "before_cursor_execute", self._hold)
