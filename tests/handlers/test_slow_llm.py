"""A hanging LLM endpoint holds its own callers only: other workers' offline answers and calculator
steps are served while its requests are still open.

The real bot runs against the local Bot API server; the LLM is a local OpenAI-compatible server
that holds every request open until the test releases it at the end, so "served while the LLM
hangs" is checked by what the workers have received at that moment, not by a clock.
"""

from __future__ import annotations

import asyncio
import os
import threading

from app.container import Container
from tests.helpers.llm import chat_server, completion, context_citations, held
from tests.helpers.telegram import bot_settings, run, start_bot, stop_bot, texts

LLM_WORDS = "（模型答复）公司应当按时足额支付劳动报酬。"


def _cite_first(body: dict) -> tuple[int, object]:
    cites = context_citations(body)
    return 200, completion(f"根据{cites[0]}，{LLM_WORDS}")


async def _until(condition, what: str, limit_s: float = 60) -> None:
    for _ in range(int(limit_s / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


def test_a_hanging_llm_never_stalls_other_workers(api, labor_kb, tmp_path):
    # As many hanging answers as the event loop's default pool has threads: before answers had their
    # own pool, these filled it and everything else the bot does waited behind them.
    hanging = min(32, (os.cpu_count() or 1) + 4)
    release = threading.Event()
    with chat_server(held(release, _cite_first)) as (url, received):
        settings = bot_settings(labor_kb, api, tmp_path / "app.db", rate_limit_messages=50)
        settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={
            "base_url": url, "model": "test", "timeout_s": 120, "max_concurrent": hanging})})
        services = Container.open(settings, knowledge=labor_kb)

        async def scenario():
            app = await start_bot(settings, services)
            try:
                calc = api.user(201, "小算")
                first = await api.ask(calc, "老板一直不跟我签劳动合同，那我能要多少钱？")
                assert "月工资是多少" in texts(first)  # a calculator question: no LLM involved
                assert received == []

                workers = [api.user(300 + i, f"W{i}") for i in range(hanging)]
                for w in workers:
                    api.mark(w["id"])
                    api.send_text(w, "干了俩月老板一直没给钱咋办")
                await _until(lambda: len(received) == hanging, f"the LLM holds {hanging} requests")
                # An answer not ready within typing_after_s shows "typing…" (once); the calculator's quick
                # step before needed none, and the held answers need it while the LLM writes.
                await _until(lambda: all(api.chat_actions(w["id"]) == ["typing"] for w in workers),
                             "typing… shown to every worker waiting on the LLM")

                # The calculator goes on while every one of those requests is still held open.
                step = await api.ask(calc, "8千", timeout=30)
                assert "开始上班" in texts(step)
                # Another worker's question, with every LLM slot taken, is answered offline at once.
                other = api.user(202, "小问")
                offline = texts(await api.ask(other, "公司拖欠我两个月工资怎么办", timeout=30))
                assert "《" in offline and LLM_WORDS not in offline
                assert not release.is_set() and len(received) == hanging
                assert all(api.messages(w["id"]) == [] for w in workers)  # theirs are still being written

                release.set()
                for w in workers:
                    assert LLM_WORDS in texts(await api.awaited_for(w["id"], 1, timeout=60))
            finally:
                release.set()
                await stop_bot(app)

        try:
            run(scenario())
        finally:
            services.close()
