"""At LOG_LEVEL=DEBUG nothing secret or personal reaches a log line: not the bot token, not a worker's
phone number, ID-card number or name, whichever logger writes it (PTB, httpx, httpcore, ours).

The real PTB Application (as ``serve`` builds it) talks to the local Bot API server while logging is
set up as the CLI sets it up; the test reads what the process would have written.
"""

from __future__ import annotations

import asyncio
import io
import logging

import httpx
import pytest
from pydantic import SecretStr

from app.logging_setup import setup_logging
from app.telegram import build_application
from tests.helpers.kb import make_settings

PHONE = "13812345678"
ID_NUMBER = "11010519491231002X"
NAME = "张小明"
OTHER_TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX"  # token-shaped, never configured


@pytest.fixture()
def log_output():
    """The text the process's log handler writes; the logging configuration is restored afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    names = ("telegram", "httpx", "httpcore", "chromadb", "urllib3", "jieba", "openai", "bm25s")
    levels = {name: logging.getLogger(name).level for name in names}
    stream = io.StringIO()
    yield stream
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, lvl in levels.items():
        logging.getLogger(name).setLevel(lvl)


def converse(api, tmp_path, **telegram) -> None:
    """A worker writes their name, phone and ID number; the bot reads it and answers, over real HTTP."""
    settings = make_settings(tmp_path / "data", telegram_bot_token=SecretStr(api.token),
                             telegram_base_url=api.base_url, telegram_base_file_url=api.base_file_url,
                             telegram=telegram)
    app = build_application(settings)
    worker = api.user(1001, NAME, last_name="张", username="zhang_xm")
    api.send_text(worker, f"我是{NAME}，电话 {PHONE}，身份证 {ID_NUMBER}，老板欠我工资")

    async def talk():
        async with app.bot:
            [update] = await app.bot.get_updates()
            await app.bot.send_message(update.effective_chat.id, f"收到，我们会打 {PHONE[:3]}-{PHONE[3:7]}-{PHONE[7:]}")

    asyncio.run(talk())
    ours = logging.getLogger("handlers.worker")
    ours.debug("worker wrote from %s with id %s", PHONE, ID_NUMBER)
    ours.info("token seen: %s", OTHER_TOKEN)
    try:  # an HTTP error whose message carries the token in its URL, logged with its traceback
        httpx.get(f"{api.url}/bot{api.token}/noSuchMethod").raise_for_status()
    except httpx.HTTPStatusError:
        logging.getLogger("app.telegram").exception("Bot API call failed")


def assert_clean(out: str, api) -> None:
    secret_part = api.token.split(":", 1)[1]
    for leaked in (api.token, secret_part, OTHER_TOKEN.split(":")[1], PHONE, PHONE[3:7] + "-" + PHONE[7:],
                   ID_NUMBER, NAME, "zhang_xm"):
        assert leaked not in out, f"{leaked!r} in the log:\n{out}"


def test_debug_logging_writes_no_token_phone_id_or_name(api, tmp_path, log_output):
    setup_logging("DEBUG", stream=log_output)
    converse(api, tmp_path)
    out = log_output.getvalue()
    assert "DEBUG handlers.worker: worker wrote" in out  # DEBUG is on for our own loggers …
    assert "<phone>" in out and "<id-number>" in out and "<token>" in out
    assert "Calling Bot API endpoint" not in out  # … not for PTB's payload dumps
    assert "Bot API call failed" in out and "HTTPStatusError" in out  # the traceback is kept, redacted
    assert_clean(out, api)


def test_opted_in_api_payloads_are_logged_redacted(api, tmp_path, log_output):
    setup_logging("DEBUG", stream=log_output)
    converse(api, tmp_path, log_api_payloads=True)
    out = log_output.getvalue()
    assert "Calling Bot API endpoint `sendMessage`" in out and "HTTP Request: POST" in out
    assert_clean(out, api)
