"""Case desk benchmark: create cases, relay messages through the outbox, search the queue, stats.

    python benchmarks/bench_cases.py [--cases 2000] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Prints one table: per-operation p50/p95 in milliseconds on a fresh database (SQLite by default).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, text

from bot.activity import ActivityStore
from bot.cases import CaseService, NewCase
from bot.conversation import ConversationStore
from bot.db import create_db_engine, migrate
from bot.staff import StaffDirectory

TOPICS = ("arrears", "dismissal", "injury", "contract", "overtime_hours", "social_insurance")


def timed(samples: dict[str, list[float]], name: str, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    samples.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    if url.startswith("postgresql"):
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with create_engine(url).begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{url}?options=-csearch_path%3D{schema}"
    engine = create_db_engine(url)
    migrate(engine)
    staff = StaffDirectory(engine)
    lawyer = staff.add(username="bench", display_name="律师")
    cases = CaseService(engine, staff_dir=staff, conversations=ConversationStore(engine),
                        activity=ActivityStore(engine), staff_chat_id=-100)
    samples: dict[str, list[float]] = {}
    ids = []
    for i in range(args.cases):
        case = timed(samples, "create case (packet queued)", cases.create, NewCase(
            conversation_id=f"tg:{i}", worker_chat_id=i, worker_name=f"工人{i}", language="zh",
            topic=TOPICS[i % len(TOPICS)], facts={"employer": f"公司{i % 97}", "city": "深圳", "amount_owed": "8000"},
            question="老板欠了我三个月工资怎么办", reasons=["vanished_employer"] if i % 10 == 0 else [],
            transcript=[("worker", "老板欠了我三个月工资怎么办"), ("bot", "根据《劳动合同法》第三十条……")] * 3))
        ids.append(case.id)
    for case_id in ids[: args.cases // 2]:
        timed(samples, "staff reply (queued)", cases.reply, case_id, lawyer.id, "请把工资条拍照发来", channel="console")
        timed(samples, "worker message (queued)", cases.worker_message, case_id, "好的，马上拍")
    delivered = 0
    while True:
        batch = timed(samples, "lease 20 due deliveries", cases.due_outbox)
        if not batch:
            break
        for item in batch:
            timed(samples, "mark delivered", cases.delivered, item, staff_message_id=1)
            delivered += 1
    for _ in range(50):
        timed(samples, "queue: active, urgent first", cases.search, status="active", limit=50)
        timed(samples, "queue: search 公司42", cases.search, query="公司42", limit=50)
        timed(samples, "case page (case+messages+events)", lambda: (cases.get(ids[7]), cases.messages(ids[7]),
                                                                     cases.events(ids[7])))
    for _ in range(10):
        timed(samples, "stats page", cases.stats)
    table = Table(title=f"case desk, {args.cases} cases, {delivered} deliveries, {engine.dialect.name}")
    for col in ("operation", "n", "p50 ms", "p95 ms"):
        table.add_column(col, justify="right" if col != "operation" else "left")
    for name, values in samples.items():
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        table.add_row(name, str(len(values)), f"{statistics.median(values):.1f}", f"{p95:.1f}")
    Console().print(table)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
