"""Answer throughput: concurrent workers asking through the chat service, answers per second.

    python benchmarks/bench_throughput.py [--threads 8] [--rounds 2] [--profile 20]

Needs a built knowledge base in DATA_DIR. Every question of the dev and held-out sets (177) is
asked once per round by ``--threads`` threads at once, each question in its own conversation,
through ``ChatService.reply`` (the call the Telegram handler makes: state loaded and saved,
the interaction recorded in a temporary SQLite database). Round 1 meets every question for the
first time (nothing cached); later rounds ask the same questions again (what repeated questions
cost). ``--profile N`` first times N answers one at a time, stage by stage, with cProfile (run it with
``--rounds 0``: the profiled questions would be cached for round 1).
Numbers are from a shared machine: run before/after back to back.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import pstats
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.container import Container  # noqa: E402
from app.settings import Settings  # noqa: E402

QUESTION_FILES = (REPO.parent / "shared" / "eval" / "dev.jsonl", REPO / "benchmarks" / "data" / "heldout.jsonl")


def questions(paths) -> list[str]:
    out = []
    for path in paths:
        out += [json.loads(line)["question"] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def profile(services: Container, asked: list[str]) -> None:
    """Where one answer's time goes: cumulative time of the main stages, per answer."""
    chat = services.chat
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for i, q in enumerate(asked):
        chat.reply(f"profile:{i}", q)
    prof.disable()
    wall = (time.perf_counter() - t0) / len(asked) * 1000
    stats = pstats.Stats(prof)
    stages = {
        "chat.reply (whole turn)": ("bot/chat.py", "reply"),
        "assistant.answer": ("bot/assistant.py", "answer"),
        "read_message (reading, signals)": ("bot/answering/reading.py", "read_message"),
        "extract_facts": ("knowledge/facts.py", "extract_facts"),
        "retriever.retrieve": ("knowledge/retriever.py", "retrieve"),
        "  query embeddings (embed_queries)": ("knowledge/embeddings.py", "embed_queries"),
        "  query analysis (analyze)": ("knowledge/query.py", "analyze"),
        "  Chroma queries (VectorCollection.query)": ("knowledge/index.py", "query"),
        "  BM25 top": ("knowledge/bm25.py", "top"),
        "  rules.match": ("knowledge/rules.py", "match"),
        "grounder.other_parts": ("bot/answering/grounding.py", "other_parts"),
        "assess (escalation)": ("bot/answering/assessment.py", "assess"),
        "composer.rule_answer": ("bot/answering/offline.py", "rule_answer"),
        "composer.law_answer": ("bot/answering/offline.py", "law_answer"),
        "conversation store load": ("bot/conversation.py", "load"),
        "conversation store save": ("bot/conversation.py", "save"),
        "activity.record": ("bot/activity.py", "record"),
    }
    print(f"\nOne answer at a time, {len(asked)} questions, cProfile on (it slows Python code, not the "
          f"embedder): {wall:.0f} ms per answer\n")
    print("| stage | ms per answer (cumulative) | calls per answer |")
    print("|---|---|---|")
    for label, (file, func) in stages.items():
        total, calls = 0.0, 0
        for (path, _line, name), (_cc, nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            if name == func and path.endswith(file):
                total += ct
                calls += nc
        print(f"| {label} | {total / len(asked) * 1000:.1f} | {calls / len(asked):.1f} |")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(12)
    print("\nTop functions by own time:\n```")
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
    print("```")


def run_round(services: Container, asked: list[str], threads: int, tag: str) -> tuple[float, list[float]]:
    chat = services.chat
    latencies: list[float] = []
    lock = threading.Lock()

    def one(item):
        i, q = item
        t0 = time.perf_counter()
        chat.reply(f"{tag}:{i}", q)
        with lock:
            latencies.append((time.perf_counter() - t0) * 1000)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, enumerate(asked)))
    return time.perf_counter() - t0, latencies


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=8, help="answers asked at once")
    p.add_argument("--rounds", type=int, default=2, help="round 1 is every question's first time")
    p.add_argument("--profile", type=int, default=0, help="first profile this many answers one at a time")
    p.add_argument("--questions", nargs="+", default=[str(q) for q in QUESTION_FILES])
    args = p.parse_args()
    logging.disable(logging.WARNING)
    asked = questions(args.questions)
    settings = Settings().model_copy(update={"database_url": f"sqlite:///{tempfile.mkdtemp()}/bench.db"})
    services = Container.open(settings)
    services.chat.reply("warmup", "预热：工资没发怎么办")
    emb = services.knowledge.index.embeddings
    cache = getattr(emb, "query_cache", None)
    if args.profile:
        profile(services, asked[:args.profile])
    if not args.rounds:
        services.close()
        return
    print(f"\nThroughput: {len(asked)} questions per round, {args.threads} at once, through ChatService.reply\n")
    print("| round | answers | answers/s | p50 | p95 | query texts embedded per answer | cache hits per answer |")
    print("|---|---|---|---|---|---|---|")
    for r in range(1, args.rounds + 1):
        embedded0, hits0 = emb.queries_embedded, getattr(cache, "hits", 0)
        wall, lat = run_round(services, asked, args.threads, f"r{r}")
        n = len(lat)
        embedded = (emb.queries_embedded - embedded0) / n
        hits = (getattr(cache, "hits", 0) - hits0) / n
        print(f"| {r} ({'first time' if r == 1 else 'asked again'}) | {n} | {n / wall:.1f} | "
              f"{np.percentile(lat, 50):.0f} ms | {np.percentile(lat, 95):.0f} ms | {embedded:.2f} | {hits:.2f} |")
    services.close()


if __name__ == "__main__":
    main()
