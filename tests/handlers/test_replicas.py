"""Two webhook replicas over one PostgreSQL database: one worker's updates, posted alternately to both
(as nginx's round robin does), are handled one at a time and in order, each exactly once."""

from __future__ import annotations

import asyncio

from pydantic import SecretStr

from app.telegram import webhook_options
from bot.locales import ui
from tests.helpers.servers import free_port
from tests.helpers.telegram import bot_settings, open_services, run, start_bot, stop_bot

QUESTION = "老板拖欠了我两个月工资，怎么办"


def test_two_replicas_keep_each_workers_updates_in_order(api, labor_kb, tmp_path, postgres_url):
    replicas = []
    for name in ("a", "b"):
        port = free_port()
        settings = bot_settings(labor_kb, api, tmp_path / f"{name}.db", webhook_url="https://bot.example.org",
                                webhook_secret=SecretStr("replica-secret"), webhook_listen="127.0.0.1",
                                webhook_port=port, rate_limit_shared=True)
        settings = settings.model_copy(update={"database_url": postgres_url})
        replicas.append((settings, open_services(labor_kb, settings), port))
    help_text = ui("zh").help
    workers = [api.user(70_000 + i, f"工人{i}") for i in range(4)]

    async def scenario():
        apps = []
        for settings, services, _ in replicas:
            app = await start_bot(settings, services, polling=False)
            await app.updater.start_webhook(**webhook_options(settings))
            apps.append(app)
        urls = [f"http://127.0.0.1:{port}/telegram" for _, _, port in replicas]
        try:
            for w in workers:
                api.mark(w)

            async def worker(i: int, w: dict) -> None:
                # the slow question to one replica, then at once the quick /help to the other
                first, second = urls[i % 2], urls[(i + 1) % 2]
                assert await api.apost_webhook(first, api.send_text(w, QUESTION)) == 200
                assert await api.apost_webhook(second, api.send_text(w, "/help")) == 200

            await asyncio.gather(*(worker(i, w) for i, w in enumerate(workers)))
            for w in workers:
                await api.awaited_for(w, 1, timeout=120, predicate=lambda m: m.get("text") == help_text)
                # the whole answer was sent before the help text (an answer chunk after it: out of order)
                kinds = ["help" if m.get("text") == help_text else "answer" for m in api.messages(w)]
                assert kinds[0] == "answer" and kinds[-1] == "help" and kinds.count("help") == 1, kinds
        finally:
            for app in apps:
                await stop_bot(app)

    try:
        run(scenario(), timeout=300)
        # each update handled once: nothing is left unhandled in the shared inbox
        pending = replicas[0][1].engine.connect().exec_driver_sql(
            "SELECT count(*) FROM inbox WHERE handled_at IS NULL").scalar()
        assert pending == 0
    finally:
        for _, services, _ in replicas:
            services.engine.dispose()
