"""Telegram load benchmark: simulated workers chatting with the real bot through a local Bot API server.

    python benchmarks/bench_telegram.py [--workers 100] [--questions 5] [--arrival-s 60] [--think-s 8]

Needs a built knowledge base in DATA_DIR. Each worker arrives at a random moment within
``--arrival-s`` seconds, asks ``--questions`` questions from the dev set one after another and
reads each answer for ~``--think-s`` seconds (exponential) before the next, as people do.
Measures time from the worker's message to the bot's reply, errors, lost replies and the
bot's peak memory. Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pydantic import SecretStr  # noqa: E402

from app.container import Container  # noqa: E402
from app.settings import Settings  # noqa: E402
from tests.helpers.botapi import FakeBotAPI  # noqa: E402
from tests.helpers.telegram import start_bot, stop_bot  # noqa: E402


async def worker(api: FakeBotAPI, uid: int, questions: list[str], args, latencies: list[float], lost: list[int]) -> None:
    rnd = random.Random(uid)
    await asyncio.sleep(rnd.uniform(0, args.arrival_s))
    user = api.user(uid, f"W{uid}")
    for q in questions:
        t0 = time.perf_counter()
        try:
            await api.ask(user, q, timeout=args.timeout_s)
            latencies.append(time.perf_counter() - t0)
        except TimeoutError:
            lost.append(uid)
        await asyncio.sleep(rnd.expovariate(1.0 / args.think_s))


async def main_async(args) -> None:
    questions = [json.loads(line)["question"] for line in Path(args.questions_file).read_text(encoding="utf-8").splitlines() if line.strip()]
    with FakeBotAPI() as api:
        # The simulated workers share the bot's process: poll for replies every 50 ms, not 10 ms,
        # so the harness does not eat the CPU it measures (adds at most 50 ms to each latency).
        api.poll_interval = 0.05
        settings = Settings().model_copy(update={
            "database_url": f"sqlite:///{tempfile.mkdtemp()}/bench.db",
            "telegram_bot_token": SecretStr(api.token),
            "telegram_base_url": api.base_url,
            "telegram_base_file_url": api.base_file_url,
            "telegram": Settings().telegram.model_copy(update={"rate_limit_messages": 1000}),
        })
        services = await asyncio.to_thread(Container.open, settings)
        app = await start_bot(settings, services)
        latencies: list[float] = []
        lost: list[int] = []
        rnd = random.Random(7)
        t0 = time.perf_counter()
        await asyncio.gather(*(
            worker(api, 10_000 + i, rnd.sample(questions, args.questions), args, latencies, lost)
            for i in range(args.workers)
        ))
        wall = time.perf_counter() - t0
        errors = len(api.errors())
        await stop_bot(app)
        services.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = args.workers * args.questions
    print(f"\nTelegram benchmark: {args.workers} workers × {args.questions} questions, arrivals over {args.arrival_s:.0f} s, "
          f"think time ~{args.think_s:.0f} s; {n / wall:.1f} questions/s offered over {wall:.0f} s\n")
    print("| replies | p50 | p95 | max | errors | lost | peak RSS (bot + fake server + workers) |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {len(latencies)}/{n} | {np.percentile(latencies, 50):.2f} s | {np.percentile(latencies, 95):.2f} s | "
          f"{max(latencies):.2f} s | {errors} | {len(lost)} | {rss:.0f} MB |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workers", type=int, default=100)
    p.add_argument("--questions", type=int, default=5)
    p.add_argument("--arrival-s", type=float, default=60.0)
    p.add_argument("--think-s", type=float, default=8.0)
    p.add_argument("--timeout-s", type=float, default=60.0)
    p.add_argument("--questions-file", default=str(REPO.parent / "shared" / "eval" / "dev.jsonl"))
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
