"""Webhook mode needs its secret: ``serve`` refuses to start without one, and an update posted without
it (a forged admin ``/stats``) is refused before the bot sees it."""

from __future__ import annotations

import socket
import threading

from pydantic import SecretStr

from app.telegram import serve, webhook_options
from tests.helpers.kb import make_settings
from tests.helpers.servers import free_port
from tests.helpers.telegram import ADMIN_ID, bot_settings, open_services, run, start_bot, stop_bot
from tests.helpers.updates import HandledUpdates


def test_webhook_mode_refuses_to_start_without_a_secret(api, tmp_path):
    port = free_port()
    settings = make_settings(tmp_path / "data", telegram_bot_token=SecretStr(api.token),
                             telegram_base_url=api.base_url, telegram_base_file_url=api.base_file_url,
                             telegram={"webhook_url": "https://bot.example.org", "webhook_listen": "127.0.0.1",
                                       "webhook_port": port})
    refused: list[BaseException] = []

    def start() -> None:
        try:
            serve(settings)
        except (ValueError, RuntimeError) as exc:  # what the operator sees at start-up
            refused.append(exc)

    thread = threading.Thread(target=start, daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "serve started a webhook without a secret token"
    [error] = refused
    assert "TELEGRAM__WEBHOOK_SECRET" in str(error) and "TELEGRAM__WEBHOOK_URL" in str(error)
    assert api.calls("setWebhook") == []  # Telegram was never told about the webhook
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # and nothing listens


def test_a_forged_admin_update_without_the_secret_is_refused(api, labor_kb, tmp_path):
    port = free_port()
    settings = bot_settings(labor_kb, api, tmp_path / "app.db", webhook_url="https://bot.example.org",
                            webhook_secret=SecretStr("s3cret-token"), webhook_listen="127.0.0.1", webhook_port=port)
    services = open_services(labor_kb, settings)
    admin = api.user(ADMIN_ID, "管理员")

    async def scenario():
        app = await start_bot(settings, services, polling=False)
        handled = HandledUpdates(app)
        await app.updater.start_webhook(**webhook_options(settings))  # what serve passes to run_webhook
        try:
            assert api.webhook["secret_token"] == "s3cret-token"
            url = f"http://127.0.0.1:{port}/{settings.telegram.webhook_path}"
            forged = api.send_text(admin, "/stats")
            api.mark(admin)
            assert await api.apost_webhook(url, forged, secret_token=None) == 403
            assert await api.apost_webhook(url, forged, secret_token="guessed-token") == 403
            assert api.sent_since_mark(admin) == [] and forged not in handled
            assert await api.apost_webhook(url, forged) == 200  # as Telegram posts it, with the secret
            await handled.wait(forged)
            [answer] = api.sent_since_mark(admin)
            assert "今天回答" in answer["text"]
        finally:
            await stop_bot(app)

    try:
        run(scenario())
    finally:
        services.engine.dispose()

