"""Kill -9 benchmark: the real ``bot.py serve`` is SIGKILLed at random moments while workers chat with it.

    python benchmarks/bench_kill_bot.py [--kills 50] [--workers 6] [--seed 7] [--up-s 0.3 4] [--log-level INFO]

Needs a built knowledge base in DATA_DIR (it is copied, so the bot cannot change it). The bot runs as
a child process against a local Bot API server (tests/helpers/botapi.py) in this process. Simulated
workers ask questions (from ../shared/eval/dev.jsonl), walk through the double-wage calculator (four
steps, each reply checked: a step read as the answer to the wrong question shows), and have open
legal-aid cases to which "staff" reply through the console's path (the outbox in the shared
database, as the console does from another process). The bot is killed after a seeded random
uptime, restarted at once, ``--kills`` times; then it runs until every worker is done and the outbox
is empty. Counted at the end, from what the chats hold:

* lost replies: a worker message with no reply within ``--timeout-s`` (the restart included; their
  update ids are listed, to look up in the bot's log);
* duplicated replies: a bot reply that arrived more than once in a worker's chat;
* wrong calculator steps: a reply that is not the one the step calls for;
* deliveries: each staff reply received by its worker 0 / 1 / more times, and those the bot did
  not resend after a crash mid-send because the staff were told to check instead;
* case packets in the staff group more than once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.container import Container  # noqa: E402
from app.settings import Settings  # noqa: E402
from bot.cases import NewCase  # noqa: E402
from tests.helpers.botapi import FakeBotAPI  # noqa: E402

STAFF_GROUP = -1009990001
LAWYER_ID = 777
CALCULATOR = [  # (worker says, the reply must contain)
    ("老板一直不跟我签劳动合同，那我能要多少钱？", "月工资是多少"),
    ("8千", "开始上班"),
    ("今年3月1日", "今天"),
    ("今天", "二倍工资"),
]


class Tally:
    def __init__(self) -> None:
        self.sent = 0
        self.lost = 0
        self.wrong = 0
        self.calculators = 0
        self.replies: list[str] = []  # staff reply tokens queued
        self.episodes: list[tuple[int, int]] = []  # (worker, index of its first message): a question or a walk-through
        self.unanswered: list[str] = []  # update ids of the lost ones (and whether any reply came), for the log


async def reply_to(api: FakeBotAPI, user: dict, text: str, seen: set[str], timeout: float,
                   tally: Tally) -> str | None:
    """Send ``text``; return the first new bot reply (one not already in the chat: a repeat is counted later)."""
    api.mark(user)
    before = len(api.messages(user))
    update = api.send_text(user, text)
    try:
        got = await api.awaited_for(user, 1, timeout=timeout, predicate=lambda m: m.get("text", "") not in seen)
    except TimeoutError:
        # Nothing new: no reply at all, or only a text the chat had already (two questions answered alike).
        kind = "repeat" if api.messages(user)[before:] else "none"
        tally.unanswered.append(f"{(update or {}).get('update_id', 0)} ({kind})")
        return None
    seen.add(got[0].get("text", ""))
    return got[0].get("text", "")


async def worker(api, uid: int, questions: list[str], rnd: random.Random, tally: Tally, stop: asyncio.Event,
                 timeout: float) -> None:
    user = api.user(uid, f"W{uid}")
    seen: set[str] = set()
    while not stop.is_set():
        if rnd.random() < 0.5 and questions:
            tally.episodes.append((uid, len(api.messages(user))))
            tally.sent += 1
            if await reply_to(api, user, questions.pop(), seen, timeout, tally) is None:
                tally.lost += 1
        else:
            await forget(api, user, timeout)  # a fresh conversation: known facts would skip the questions
            seen = set()  # the walk-through's prompts are the same each time: only this one's count
            tally.episodes.append((uid, len(api.messages(user))))
            tally.calculators += 1
            for text, expected in CALCULATOR:
                tally.sent += 1
                got = await reply_to(api, user, text, seen, timeout, tally)
                if got is None:
                    tally.lost += 1
                    break
                if expected not in got:
                    tally.wrong += 1
                    break
        await asyncio.sleep(rnd.uniform(0.1, 0.8))


async def forget(api, user: dict, timeout: float) -> None:
    """/forget and confirm (not counted: it only resets the conversation between walk-throughs)."""
    api.mark(user)
    api.send_text(user, "/forget")
    try:
        confirm = await api.awaited_for(user, 1, timeout=timeout, predicate=lambda m: "确定要删除" in m.get("text", ""))
        api.mark(user)
        api.press(user, confirm[0], "forget:yes")
        await api.awaited_for(user, 1, timeout=timeout, edits=True)
    except TimeoutError:
        pass


async def staff(services: Container, case_ids: list[int], staff_id: int, rnd: random.Random, tally: Tally,
                stop: asyncio.Event) -> None:
    n = 0
    while not stop.is_set():
        n += 1
        token = f"R{n:04d}"
        tally.replies.append(token)
        case_id = rnd.choice(case_ids)
        await asyncio.to_thread(services.cases.reply, case_id, staff_id, f"{token} 请把工资条保存好。",
                                channel="console")
        await asyncio.sleep(rnd.uniform(0.2, 1.2))


def start_bot(env: dict, log) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "bot.py"), "serve"], cwd=REPO, env=env, stdout=log,
                            stderr=subprocess.STDOUT)


async def until_ready(api: FakeBotAPI, before: int, proc: subprocess.Popen, timeout: float = 300) -> float:
    """Wait until the child has set its commands (post_init done, polling about to start)."""
    t0 = time.monotonic()
    while len(api.calls("setMyCommands")) < before + 2:
        if proc.poll() is not None:
            raise RuntimeError(f"the bot exited with {proc.returncode}; see its log")
        if time.monotonic() - t0 > timeout:
            raise TimeoutError("the bot did not start")
        await asyncio.sleep(0.05)
    return time.monotonic() - t0


async def main_async(args) -> None:
    rnd = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="killbench-"))
    data = work / "data"
    shutil.copytree(Path(args.data_dir), data, ignore=shutil.ignore_patterns("app.db*"))
    questions = [json.loads(line)["question"] for line in Path(args.questions_file).read_text(encoding="utf-8")
                 .splitlines() if line.strip()]
    rnd.shuffle(questions)
    with FakeBotAPI() as api:
        api.poll_interval = 0.05
        api.group(STAFF_GROUP, "法律援助工作组", is_forum=True, bot_status="administrator")
        api.add_member(STAFF_GROUP, api.user(LAWYER_ID, "王", last_name="律师"))
        env = {**os.environ, "DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{work / 'app.db'}",
               "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url,
               "TELEGRAM_BASE_FILE_URL": api.base_file_url, "TELEGRAM__RATE_LIMIT_MESSAGES": "1000",
               "CASES__STAFF_CHAT_ID": str(STAFF_GROUP), "CASES__DELIVERY_POLL_S": "0.2", "LOG_LEVEL": args.log_level}
        settings = Settings(_env_file=None, data_dir=data, database_url=f"sqlite:///{work / 'app.db'}",
                            cases={"staff_chat_id": STAFF_GROUP})
        services = Container.open(settings, knowledge=False)  # the console's side: cases and staff
        services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
        staff_id = services.staff.by_username("wang").id
        case_ids = []
        for i in range(args.cases):
            uid = 30_000 + i
            api.private_chat(api.user(uid, f"C{uid}"))
            case_ids.append(services.cases.create(NewCase(
                conversation_id=f"tg:{uid}", worker_chat_id=uid, worker_name=f"C{uid}", language="zh",
                topic="arrears", facts={}, question="老板欠薪")).id)
        tally = Tally()
        stop = asyncio.Event()
        log = open(work / "bot.log", "ab")
        proc = start_bot(env, log)
        startups = [await until_ready(api, 0, proc)]
        per_worker = max(1, len(questions) // args.workers)
        tasks = [asyncio.create_task(worker(api, 20_000 + i, questions[i * per_worker:(i + 1) * per_worker],
                                            random.Random(args.seed * 1000 + i), tally, stop, args.timeout_s))
                 for i in range(args.workers)]
        tasks.append(asyncio.create_task(staff(services, case_ids, staff_id, random.Random(args.seed + 1), tally,
                                               stop)))
        t0 = time.monotonic()
        for k in range(args.kills):
            await asyncio.sleep(rnd.uniform(*args.up_s))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            before = len(api.calls("setMyCommands"))
            proc = start_bot(env, log)
            startups.append(await until_ready(api, before, proc))
            print(f"kill {k + 1}/{args.kills}: restarted in {startups[-1]:.1f} s", file=sys.stderr, flush=True)
        stop.set()
        await asyncio.gather(*tasks)
        for _ in range(int(args.timeout_s * 10)):  # the outbox drains (leases of the last dead courier included)
            if services.cases.pending_deliveries() == 0:
                break
            await asyncio.sleep(0.1)
        wall = time.monotonic() - t0
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        log.close()

        duplicated = 0  # a reply repeated within one episode (prompts recur across walk-throughs)
        for uid in range(20_000, 20_000 + args.workers):
            chat = api.messages(uid)
            starts = sorted(i for u, i in tally.episodes if u == uid) + [len(chat)]
            for begin, end in zip(starts, starts[1:]):
                counts = Counter(m.get("text", "") for m in chat[begin:end]
                                 if "删除" not in m.get("text", ""))  # /forget's own exchange between episodes
                duplicated += sum(c - 1 for c in counts.values() if c > 1)
        received = Counter()
        for uid in range(30_000, 30_000 + args.cases):
            for m in api.messages(uid):
                for token in tally.replies:
                    if m.get("text", "").startswith(token) or f"\n{token} " in m.get("text", ""):
                        received[token] += 1
        staff_texts = [m.get("text", "") for m in api.messages(STAFF_GROUP)]
        told = {t for t in tally.replies if any("无法确认" in s and t in s for s in staff_texts)}
        packets = Counter(s.split("\n")[0] for s in staff_texts if "新案件" in s)
        missing = [t for t in tally.replies if received[t] == 0 and t not in told]
        twice = [t for t in tally.replies if received[t] > 1]
        pending = services.cases.pending_deliveries()
        services.close()

    print(f"\nKill benchmark: {args.kills} SIGKILLs of `bot.py serve` over {wall:.0f} s (uptime "
          f"{args.up_s[0]}–{args.up_s[1]} s each, seed {args.seed}); restart p50 "
          f"{sorted(startups)[len(startups) // 2]:.1f} s; {args.workers} workers, {args.cases} open cases\n")
    print("| what | sent | lost | duplicated | wrong |")
    print("|---|---|---|---|---|")
    print(f"| worker messages (questions, calculator steps) | {tally.sent} | {tally.lost} | {duplicated} | "
          f"{tally.wrong} |")
    print(f"| staff replies delivered to workers | {len(tally.replies)} | {len(missing)} | {len(twice)} | — |")
    print(f"| … not resent after a crash mid-send, staff told to check | {len(told)} | | | |")
    print(f"| case packets in the staff group | {args.cases} | {args.cases - len(packets)} | "
          f"{sum(c - 1 for c in packets.values())} | — |")
    print(f"\ncalculator walk-throughs started: {tally.calculators}; outbox items still pending: {pending}; "
          f"bot log: {work / 'bot.log'}")
    if tally.unanswered:
        print(f"lost: update id (none: no reply at all; repeat: only a text already in the chat), to find in the "
              f"bot log: {', '.join(tally.unanswered)}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kills", type=int, default=50)
    p.add_argument("--workers", type=int, default=6)
    p.add_argument("--cases", type=int, default=4)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--up-s", type=float, nargs=2, default=(0.3, 4.0), help="uptime before each kill: min max")
    p.add_argument("--timeout-s", type=float, default=120.0)
    p.add_argument("--log-level", default="WARNING",
                   help="the bot's LOG_LEVEL (INFO also logs the replies sent after a restart)")
    p.add_argument("--data-dir", default=os.environ.get("DATA_DIR", str(REPO / "data")))
    p.add_argument("--questions-file", default=str(REPO.parent / "shared" / "eval" / "dev.jsonl"))
    args = p.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
