"""Scale-out benchmark: N webhook replicas behind nginx, over a Chroma server and PostgreSQL, driven by
simulated workers through the local Bot API server.

    python benchmarks/bench_scaleout.py --replicas 1 2 --workers 100 --questions 3 \\
        --catalog-url 'postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dscale_catalog' \\
        --chroma-path /path/to/chroma-server-data

Needs a knowledge base built on the server stack (``bot.py ingest`` with ``CATALOG_URL`` and
``CHROMA__HOST``), nginx (Debian's package) and PostgreSQL on 127.0.0.1:5432. For each replica count
it starts, on 127.0.0.1 only: the replicas (``bot.py serve`` in webhook mode, each on its own port,
shared rate limit on), nginx in front of them (round robin), and gives them a fresh application-database
schema; the Chroma server (``chroma run`` over ``--chroma-path``) and the local Bot API server
(``tests/helpers/botapi.py``, in this process) serve every round.

Each simulated worker arrives at a random moment within ``--arrival-s``, asks ``--questions`` questions
one after another (Telegram posts each update to nginx, as it would to the public URL) and reads each
answer for ~``--think-s`` seconds. With probability ``--burst`` the worker sends a second question at
once, before the first is answered (round robin puts it on another replica): the two must be answered
in the order written. Reply time runs from the POST to the answer's last message (the one with the
buttons). After the run and ``--grace-s`` more, every chat is counted: answers expected against answers
received (lost, duplicated), and the order in which the bot recorded each worker's questions (the
``interactions`` table) against the order they were sent (a worker with any two swapped counts once).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

from bot.db import create_db_engine, migrate  # noqa: E402
from tests.helpers.botapi import FakeBotAPI  # noqa: E402
from tests.helpers.chroma_server import chroma_server  # noqa: E402
from tests.helpers.servers import free_port, stop_process  # noqa: E402

SECRET = "bench-scaleout-secret"
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


class BenchAPI(FakeBotAPI):
    """The local Bot API server, telling waiting workers at once when the bot sends to their chat
    (instead of each worker scanning every chat's messages in a loop)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.arrivals: dict[int, list[tuple[float, dict]]] = defaultdict(list)
        self.signals: dict[int, asyncio.Event] = defaultdict(asyncio.Event)

    def _event(self, kind, st, msg) -> None:
        super()._event(kind, st, msg)
        if kind == "message":
            self.arrivals[st.id].append((time.perf_counter(), msg))
            self.loop.call_soon_threadsafe(self.signals[st.id].set)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    post_errors: int = 0
    timeouts: int = 0
    sent: dict[int, list[str]] = field(default_factory=dict)  # chat -> the questions in the order sent


def is_answer_end(msg: dict) -> bool:
    """An answer's last message carries its buttons. A reply to an off-topic or refused message has none and would
    count as lost: the question files must hold work questions only (session 39: two of 4,927 held-out questions were
    answered as off-topic and refused, both since fixed, and a run over all the sets counted them "lost")."""
    return bool(msg.get("reply_markup"))


def in_order(recorded: list[str], sent: list[str]) -> bool:
    """Whether ``recorded`` is ``sent`` with some left out, the rest in the same order."""
    rest = iter(sent)
    return all(any(q == s for s in rest) for q in recorded)


async def worker(api: BenchAPI, client: httpx.AsyncClient, url: str, uid: int, questions: list[str],
                 extra: list[str], args, tally: Tally) -> None:
    rnd = random.Random(uid)
    await asyncio.sleep(rnd.uniform(0, args.arrival_s))
    user = api.user(uid, f"W{uid}")
    chat = uid
    sent = tally.sent.setdefault(chat, [])
    for q in questions:
        seen = len(api.arrivals[chat])
        batch = [q, rnd.choice(extra)] if rnd.random() < args.burst else [q]
        t0 = time.perf_counter()
        for body in batch:
            update = api.send_text(user, body)
            sent.append(body)
            try:
                r = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            tally.post_errors += not ok
        deadline = t0 + args.timeout_s
        first_end = None
        while True:
            ends = [t for t, m in api.arrivals[chat][seen:] if is_answer_end(m)]
            if ends and first_end is None:
                first_end = ends[0]
            if len(ends) >= len(batch):
                break
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                tally.timeouts += 1
                break
            api.signals[chat].clear()
            if len([1 for _, m in api.arrivals[chat][seen:] if is_answer_end(m)]) > len(ends):
                continue
            try:
                await asyncio.wait_for(api.signals[chat].wait(), remaining)
            except TimeoutError:
                pass
        if first_end is not None:
            tally.latencies.append(first_end - t0)
        await asyncio.sleep(rnd.expovariate(1.0 / args.think_s))


def nginx_config(workdir: Path, port: int, replica_ports: list[int]) -> Path:
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=0;" for p in replica_ports)
    conf = workdir / "nginx.conf"
    conf.write_text(f"""
worker_processes 1;
daemon off;
user root;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    upstream bot_replicas {{
{servers}
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 1m;
        location /telegram {{
            proxy_pass http://bot_replicas;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 60s;
            # a POST that reached a replica is never sent to another (the inbox drops repeats anyway)
            proxy_next_upstream error;
        }}
    }}
}}
""", encoding="utf-8")
    return conf


async def wait_http(url: str, proc: subprocess.Popen, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    async with httpx.AsyncClient() as client:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{what} exited with {proc.returncode}")
            try:
                await client.get(url, timeout=1.0)
                return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not answer within {timeout_s:.0f} s")
            await asyncio.sleep(0.5)


async def run_round(api: BenchAPI, n_replicas: int, questions: list[str], args, chroma: tuple[str, int],
                    workdir: Path) -> dict:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_BASE)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    database_url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
    engine = create_db_engine(database_url)
    migrate(engine)  # once, before the replicas start (two replicas must not migrate at once)
    engine.dispose()
    nginx_port = free_port()
    ports = [free_port() for _ in range(n_replicas)]
    procs: list[subprocess.Popen] = []
    try:
        for i, port in enumerate(ports):
            env = {
                **os.environ,
                "DATA_DIR": str(workdir / f"replica{i}"), "CATALOG_URL": args.catalog_url,
                "DATABASE_URL": database_url, "CHROMA__HOST": chroma[0], "CHROMA__PORT": str(chroma[1]),
                "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url,
                "TELEGRAM_BASE_FILE_URL": api.base_file_url,
                # what setWebhook tells Telegram (https, as it requires); the simulated Telegram posts to nginx
                "TELEGRAM__WEBHOOK_URL": "https://bot.example.org", "TELEGRAM__WEBHOOK_SECRET": SECRET,
                "TELEGRAM__WEBHOOK_LISTEN": "127.0.0.1", "TELEGRAM__WEBHOOK_PORT": str(port),
                "TELEGRAM__RATE_LIMIT_SHARED": "true", "TELEGRAM__RATE_LIMIT_MESSAGES": "1000",
                "LOG_LEVEL": "WARNING",
            }
            log = open(workdir / f"replica{i}-{n_replicas}.log", "w")  # noqa: SIM115 - closed with the process
            procs.append(subprocess.Popen([sys.executable, "bot.py", "serve"], cwd=REPO, env=env, stdout=log,
                                          stderr=subprocess.STDOUT))
        t_start = time.monotonic()
        for i, port in enumerate(ports):
            await wait_http(f"http://127.0.0.1:{port}/telegram", procs[i], args.start_timeout_s, f"replica {i}")
        startup = time.monotonic() - t_start
        nginx = subprocess.Popen(["nginx", "-c", str(nginx_config(workdir, nginx_port, ports)), "-p", str(workdir)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(nginx)
        await wait_http(f"http://127.0.0.1:{nginx_port}/", nginx, 30, "nginx")

        url = f"http://127.0.0.1:{nginx_port}/telegram"
        tally = Tally()
        rnd = random.Random(7)
        base_uid = 10_000_000 * (n_replicas + 1)
        limits = httpx.Limits(max_connections=args.connections, max_keepalive_connections=args.connections)
        async with httpx.AsyncClient(limits=limits, timeout=args.timeout_s) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(
                worker(api, client, url, base_uid + i, [rnd.choice(questions) for _ in range(args.questions)],
                       questions, args, tally)
                for i in range(args.workers)
            ))
            wall = time.perf_counter() - t0
        await asyncio.sleep(args.grace_s)  # late replies count as received (and a repeat as duplicated)
        lost = duplicated = out_of_order = recorded_total = 0
        engine = create_db_engine(database_url)
        with engine.connect() as conn:
            for chat, questions_sent in tally.sent.items():
                got = sum(is_answer_end(m) for _, m in api.arrivals[chat])
                lost += max(0, len(questions_sent) - got)
                duplicated += max(0, got - len(questions_sent))
                recorded = conn.execute(text("SELECT question FROM interactions WHERE conversation_id = :c "
                                             "ORDER BY id"), {"c": f"tg:{chat}"}).scalars().all()
                recorded_total += len(recorded)
                # what was recorded must follow the order sent (one lost is counted as lost, not here)
                if not in_order(recorded, questions_sent):
                    out_of_order += 1
        engine.dispose()
        sent = sum(len(v) for v in tally.sent.values())
        lat = tally.latencies or [float("nan")]
        return {
            "replicas": n_replicas, "workers": args.workers, "messages": sent, "wall": wall, "startup": startup,
            "p50": float(np.percentile(lat, 50)), "p95": float(np.percentile(lat, 95)), "max": float(max(lat)),
            "errors": tally.post_errors, "timeouts": tally.timeouts, "lost": lost, "duplicated": duplicated,
            "out_of_order": out_of_order, "recorded": recorded_total,
            "bursts": sum(len(v) for v in tally.sent.values()) - args.workers * args.questions,
        }
    finally:
        for proc in reversed(procs):
            stop_process(proc, 30)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


async def main_async(args) -> None:
    questions = []
    for f in args.questions_file:
        questions += [json.loads(line)["question"] for line in Path(f).read_text(encoding="utf-8").splitlines()
                      if line.strip()]
    if shutil.which("nginx") is None:
        sys.exit("nginx is not installed (apt-get install -y nginx)")
    workdir = Path(tempfile.mkdtemp(prefix="bench-scaleout-"))
    rows = []
    with BenchAPI(asyncio.get_running_loop()) as api:
        async def rounds(chroma: tuple[str, int]) -> None:
            for n in args.replicas:
                rows.append(await run_round(api, n, questions, args, chroma, workdir))
                print(json.dumps(rows[-1]), flush=True)

        if args.chroma_host:
            await rounds((args.chroma_host, args.chroma_port))
        else:
            with chroma_server(Path(args.chroma_path)) as chroma:
                await rounds(chroma)
    load = os.getloadavg()
    print(f"\nScale-out benchmark: {args.questions} questions a worker, arrivals over {args.arrival_s:.0f} s, "
          f"think time ~{args.think_s:.0f} s, a second question at once after {args.burst:.0%} of questions; "
          f"load average at the end {load[0]:.1f}; logs in {workdir}\n")
    print("| replicas | workers | messages (of them sent at once after another) | p50 | p95 | max | errors | lost "
          "| duplicated | workers answered out of order | wall | replica start |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['replicas']} | {r['workers']} | {r['messages']} ({r['bursts']}) | {r['p50']:.2f} s | "
              f"{r['p95']:.2f} s | {r['max']:.2f} s | {r['errors']} | {r['lost']} | {r['duplicated']} | "
              f"{r['out_of_order']} | {r['wall']:.0f} s | {r['startup']:.0f} s |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    p.add_argument("--workers", type=int, default=100)
    p.add_argument("--questions", type=int, default=3)
    p.add_argument("--arrival-s", type=float, default=60.0)
    p.add_argument("--think-s", type=float, default=8.0)
    p.add_argument("--burst", type=float, default=0.3, help="share of questions followed at once by another")
    p.add_argument("--timeout-s", type=float, default=60.0, help="a reply later than this is lost (unless it "
                                                                 "arrives within --grace-s after the run)")
    p.add_argument("--grace-s", type=float, default=10.0)
    p.add_argument("--connections", type=int, default=100, help="Telegram's concurrent webhook connections")
    p.add_argument("--start-timeout-s", type=float, default=600.0)
    p.add_argument("--catalog-url", default=os.environ.get("CATALOG_URL"), required="CATALOG_URL" not in os.environ)
    p.add_argument("--chroma-path", help="start `chroma run` over this directory")
    p.add_argument("--chroma-host", help="or use a running Chroma server")
    p.add_argument("--chroma-port", type=int, default=8000)
    p.add_argument("--questions-file", nargs="+", default=[str(REPO.parent / "shared" / "eval" / "dev.jsonl")])
    args = p.parse_args()
    if not (args.chroma_path or args.chroma_host):
        p.error("give --chroma-path (a Chroma server is started over it) or --chroma-host")
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
