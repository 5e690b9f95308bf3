"""Two webhook replicas over one PostgreSQL database: one worker's messages, posted alternately to both
(as nginx's round robin does), are handled one at a time and in order, each exactly once."""

from __future__ import annotations

import asyncio

from pydantic import SecretStr
from sqlalchemy import text

from app.telegram import webhook_options
from tests.helpers.servers import free_port
from tests.helpers.telegram import bot_settings, open_services, run, start_bot, stop_bot

SLOW = "入职8个月了老板一直不签合同，工资8000，现在又拖欠了两个月工资，也不给交社保，我想辞职，能要多少钱"
QUICK = "加班费怎么算"


def test_two_replicas_keep_each_workers_messages_in_order(api, labor_kb, tmp_path, postgres_url):
    replicas = []
    for name in ("a", "b"):
        port = free_port()
        settings = bot_settings(labor_kb, api, tmp_path / f"{name}.db", webhook_url="https://bot.example.org",
                                webhook_secret=SecretStr("replica-secret"), webhook_listen="127.0.0.1",
                                webhook_port=port, rate_limit_shared=True)
        settings = settings.model_copy(update={"database_url": postgres_url})
        replicas.append((settings, open_services(labor_kb, settings), port))
    workers = [api.user(70_000 + i, f"工人{i}") for i in range(4)]

    async def scenario():
        apps = []
        for settings, services, _ in replicas:
            app = await start_bot(settings, services, polling=False)
            await app.updater.start_webhook(**webhook_options(settings))
            apps.append(app)
        urls = [f"http://127.0.0.1:{port}/telegram" for _, _, port in replicas]
        try:
            async def worker(i: int, w: dict) -> None:
                # the slow question to one replica, then at once the quick one to the other
                first, second = urls[i % 2], urls[(i + 1) % 2]
                assert await api.apost_webhook(first, api.send_text(w, SLOW)) == 200
                assert await api.apost_webhook(second, api.send_text(w, QUICK)) == 200

            await asyncio.gather(*(worker(i, w) for i, w in enumerate(workers)))
            for w in workers:  # two answers each (an answer's last message carries its buttons)
                await api.awaited_for(w, 2, timeout=180, predicate=lambda m: bool(m.get("reply_markup")))
        finally:
            for app in apps:
                await stop_bot(app)

    try:
        run(scenario(), timeout=300)
        with replicas[0][1].engine.connect() as conn:
            for w in workers:  # answered in the order the worker wrote, once each
                asked = conn.execute(text("SELECT question FROM interactions WHERE conversation_id = :c ORDER BY id"),
                                     {"c": f"tg:{w['id']}"}).scalars().all()
                assert asked == [SLOW, QUICK]
            assert conn.execute(text("SELECT count(*) FROM inbox WHERE handled_at IS NULL")).scalar() == 0
    finally:
        for _, services, _ in replicas:
            services.engine.dispose()
