"""Run the real bot Application against the local Bot API server, with real services."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pydantic import SecretStr

from bot.app import KnowledgeBase, Services
from bot.app import open_services as open_app_services
from bot.assistant import Assistant
from bot.settings import Settings
from bot.telegram_app import build_application
from knowledge.playbooks import load_playbooks
from tests.helpers.botapi import FakeBotAPI

ADMIN_ID = 9001


def bot_settings(kb: KnowledgeBase, api: FakeBotAPI, db_path: Path, **telegram) -> Settings:
    return kb.settings.model_copy(update={
        "database_url": f"sqlite:///{db_path}",
        "admin_ids": (ADMIN_ID,),
        "telegram_bot_token": SecretStr(api.token),
        "telegram_base_url": api.base_url,
        "telegram_base_file_url": api.base_file_url,
        "telegram": kb.settings.telegram.model_copy(update=telegram),
    })


def open_services(kb: KnowledgeBase, settings: Settings) -> Services:
    """Services over the shared knowledge base and this test's own database."""
    assistant = Assistant(kb.retriever, load_playbooks(), crisis_hotline="12356")
    return open_app_services(settings, kb, assistant)


async def start_bot(settings: Settings, services: Services, *, polling: bool = True):
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


def run(coro, timeout: float = 240):
    """Run an async scenario with an overall time limit."""
    return asyncio.run(asyncio.wait_for(coro, timeout=timeout))


def texts(messages: list[dict]) -> str:
    """The texts of the bot's messages, one per line."""
    return "\n".join(m.get("text", "") for m in messages)


def buttons(message: dict) -> list[dict]:
    """The inline buttons under a message, row by row."""
    return [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
