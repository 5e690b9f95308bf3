"""Relay benchmark: cases between workers and legal-aid staff through the real bot and courier.

    python benchmarks/bench_relay.py [--cases 50] [--rounds 3] [--database-url URL]

Runs the real PTB Application against the local Bot API server on 127.0.0.1 with a forum staff
group. Measures, per message: a new case's packet reaching its own topic, a worker's message
reaching the topic, a staff message in the topic reaching the worker, and console replies
queued while the bot is down reaching workers after a restart. Prints one table; lost = never
arrived within the timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np
from pydantic import SecretStr
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, text

from app.container import Container
from app.settings import Settings
from bot.cases import NewCase
from tests.helpers.botapi import FakeBotAPI
from tests.helpers.telegram import start_bot, stop_bot

GROUP = -1009876543210
# The simulated people share the bot's two cores; scanning a chat copies its messages, so they
# look every 100 ms (adds at most 0.1 s to a measured latency) rather than eat the CPU measured.
POLL_S = 0.1
LAWYER = 500


async def timed_wait(api, chat, predicate, samples, name, lost, *, thread_id=None, timeout=30.0):
    """Wait until a bot message in ``chat`` satisfies ``predicate`` (scanning, so concurrent waiters
    in one chat do not take each other's messages); record the time or a loss."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if any(predicate(m) for m in api.messages(chat, thread_id)):
            samples.setdefault(name, []).append(time.perf_counter() - t0)
            return
        await asyncio.sleep(POLL_S)
    lost[name] = lost.get(name, 0) + 1


async def main_async(args) -> None:
    url = args.database_url
    if url and url.startswith("postgresql"):
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with create_engine(url).begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{url}?options=-csearch_path%3D{schema}"
    data_dir = Path(tempfile.mkdtemp())
    with FakeBotAPI() as api:
        api.poll_interval = 0.02
        settings = Settings(_env_file=None, data_dir=data_dir, builtin_laws=()).model_copy(update={
            "database_url": url,
            "telegram_bot_token": SecretStr(api.token), "telegram_base_url": api.base_url,
            "telegram_base_file_url": api.base_file_url,
        })
        settings = settings.model_copy(update={"cases": settings.cases.model_copy(update={"staff_chat_id": GROUP})})
        services = Container.open(settings)
        api.group(GROUP, "法律援助", is_forum=True)
        lawyer_user = api.user(LAWYER, "王律师")
        lawyer = services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER)
        samples: dict[str, list[float]] = {}
        lost: dict[str, int] = {}
        app = await start_bot(settings, services)
        try:
            workers, cases = [], []
            for i in range(args.cases):
                worker = api.user(10_000 + i, f"工人{i}")
                api.private_chat(worker)
                workers.append(worker)
                cases.append(await asyncio.to_thread(services.cases.create, NewCase(
                    conversation_id=f"tg:{worker['id']}", worker_chat_id=worker["id"], worker_name=f"工人{i}",
                    language="zh", topic="arrears", facts={"employer": f"公司{i}"}, question="老板欠薪")))
                app.bot_data.wake_courier()
                number = cases[-1].number
                await timed_wait(api, GROUP, lambda m, n=number: n in m.get("text", ""), samples,
                                 "new case → packet in its own topic", lost)
            for case in cases:
                await asyncio.to_thread(services.cases.claim, case.id, lawyer.id)
            app.bot_data.wake_courier()
            await asyncio.sleep(1.0)
            threads = [services.cases.get(c.id).staff_thread_id for c in cases]

            async def conversation(i: int) -> None:
                worker, thread = workers[i], threads[i]
                for r in range(args.rounds):
                    api.send_text(worker, f"工人{i}第{r}条消息")
                    await timed_wait(api, GROUP, lambda m, s=f"工人{i}第{r}条消息": s in m.get("text", ""), samples,
                                     "worker → staff topic", lost, thread_id=thread)
                    api.send_text(lawyer_user, f"律师回复{i}-{r}", chat=GROUP, message_thread_id=thread)
                    await timed_wait(api, worker, lambda m, s=f"律师回复{i}-{r}": s in m.get("text", ""), samples,
                                     "staff topic → worker", lost)

            await asyncio.gather(*(conversation(i) for i in range(len(cases))))
        finally:
            await stop_bot(app)
        # Console replies accepted while the bot is down …
        for i, case in enumerate(cases):
            await asyncio.to_thread(services.cases.reply, case.id, lawyer.id, f"控制台回复{i}", channel="console")
        t_restart = time.perf_counter()
        app = await start_bot(settings, services)
        try:
            name = "console reply queued while down → worker after restart"
            waiting = dict(enumerate(workers))
            while waiting and time.perf_counter() - t_restart < 60:
                for i, worker in list(waiting.items()):
                    if any(f"控制台回复{i}" in m.get("text", "") for m in api.messages(worker)):
                        samples.setdefault(name, []).append(time.perf_counter() - t_restart)
                        del waiting[i]
                await asyncio.sleep(0.02)
            if waiting:
                lost[name] = len(waiting)
        finally:
            await stop_bot(app)
        pending = services.cases.pending_deliveries()
        services.close()
    table = Table(title=f"relay through the real bot: {args.cases} cases × {args.rounds} rounds, "
                        f"{services.engine.dialect.name}, still queued at shutdown: {pending}")
    for col in ("path", "n", "p50", "p95", "max", "lost"):
        table.add_column(col, justify="left" if col == "path" else "right")
    for name in [*samples, *[k for k in lost if k not in samples]]:
        values = np.array(samples.get(name, [0.0]))
        table.add_row(name, str(len(samples.get(name, []))), f"{np.percentile(values, 50):.2f} s",
                      f"{np.percentile(values, 95):.2f} s", f"{values.max():.2f} s", str(lost.get(name, 0)))
    Console().print(table)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
