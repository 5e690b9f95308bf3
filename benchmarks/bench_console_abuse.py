"""Login-flood benchmark: the staff console (``python bot.py console``, its own process on 127.0.0.1)
under 240 concurrent failed logins, while a logged-in staff member keeps opening pages.

    python benchmarks/bench_console_abuse.py [--concurrency 240] [--duration-s 10] [--repo PATH]

Two floods, each against a fresh console over a fresh SQLite database with 40 cases: from one
address, and from 240 addresses (each worker its own, through a trusted proxy's X-Forwarded-For).
Each flood worker posts wrong passwords back to back (half for a real account, half for unknown
names) for ``--duration-s`` seconds, from its own process so that the timing client keeps a core of
its own. Prints attempts, how they were answered, the console's peak RSS and the staff pages' p50/p95
(queue, statistics, a case); then, on a quiet console, how long a wrong password takes to be answered
for a real account and for an unknown name (they must not differ). ``--repo`` runs another checkout's
console (an older commit, to compare).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from tests.helpers.console import PASSWORD, new_case, open_desk  # noqa: E402
from tests.helpers.servers import free_port  # noqa: E402

PAGES = ("/", "/stats", "/cases/{case}")


def prepare(db: Path) -> int:
    """Staff accounts and cases in a new database; the id of a case to open."""
    desk = open_desk(f"sqlite:///{db}")
    desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)  # the account under attack
    desk.staff.add(username="li", display_name="李律师", password=PASSWORD)  # the one working meanwhile
    cases = [new_case(desk, f"工人{n}", chat_id=5000 + n) for n in range(40)]
    desk.close()
    return cases[0].id


def start_console(repo: Path, data: Path, db: Path, port: int, proxy: bool) -> subprocess.Popen:
    env = {**os.environ, "DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{db}", "LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(repo)}
    if proxy:
        env["CONSOLE__PROXY_HEADER"] = "X-Forwarded-For"
    proc = subprocess.Popen([sys.executable, "bot.py", "console", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).text == "ok":
                return proc
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("the console did not start")
        time.sleep(0.2)


def memory_mb(pid: int, field: str) -> float:
    """VmRSS (now) or VmHWM (the peak so far) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def login_form(client: httpx.Client) -> str:
    """A login CSRF token (the client keeps its cookie); a double-submit token can be posted many times."""
    html = client.get("/login").text
    return html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]


async def _flood(base: str, workers: int, duration_s: float, many_addresses: bool) -> Counter:
    with httpx.Client(base_url=base) as c:
        token = login_form(c)
        cookie = f"console_login_csrf={c.cookies['console_login_csrf']}"
    outcomes: Counter = Counter()
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        deadline = time.monotonic() + duration_s

        async def worker(n: int) -> None:
            headers = {"Cookie": cookie}
            if many_addresses:
                headers["X-Forwarded-For"] = f"10.{n // 200}.{n % 200}.7"
            tries = 0
            while time.monotonic() < deadline:
                name = "wang" if n % 2 == 0 else f"nobody{n}-{tries}"
                try:
                    r = await client.post("/login", headers=headers,
                                           data={"username": name, "password": "wrong-password", "csrf_token": token})
                    outcomes[r.status_code] += 1
                except httpx.HTTPError as exc:
                    outcomes[type(exc).__name__] += 1
                tries += 1

        await asyncio.gather(*(worker(n) for n in range(workers)))
    return outcomes


def flood(base: str, workers: int, duration_s: float, many_addresses: bool, out) -> None:
    out.put(dict(asyncio.run(_flood(base, workers, duration_s, many_addresses))))


def staff_session(base: str) -> httpx.Client:
    """李律师's browser, logged in (before any flood: from one address the flood shares hers)."""
    client = httpx.Client(base_url=base, timeout=120)
    token = login_form(client)
    r = client.post("/login", data={"username": "li", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303, r.status_code
    return client


def staff_pages(client: httpx.Client, case_id: int, stop: threading.Event, latencies: list[float]) -> None:
    """Open the queue, the statistics and a case, one after another, until told to stop."""
    n = 0
    while not stop.is_set():
        t0 = time.perf_counter()
        r = client.get(PAGES[n % len(PAGES)].format(case=case_id))
        latencies.append(time.perf_counter() - t0)
        assert r.status_code == 200, r.status_code
        n += 1


def staff_login(base: str) -> str:
    """李律师 logs in (a new browser): the status and how long it took."""
    with httpx.Client(base_url=base, timeout=120) as client:
        token = login_form(client)
        t0 = time.perf_counter()
        r = client.post("/login", data={"username": "li", "password": PASSWORD, "csrf_token": token})
        return f"{r.status_code} in {(time.perf_counter() - t0) * 1000:.0f} ms"


def scenario(repo: Path, name: str, many_addresses: bool, args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "app.db"
        case_id = prepare(db)
        port = free_port()
        proc = start_console(repo, Path(tmp) / "data", db, port, proxy=many_addresses)
        base = f"http://127.0.0.1:{port}"
        try:
            browser = staff_session(base)
            idle: list[float] = []
            stop = threading.Event()
            pages = threading.Thread(target=staff_pages, args=(browser, case_id, stop, idle))
            pages.start()
            time.sleep(3)
            stop.set()
            pages.join()
            rss_before = memory_mb(proc.pid, "VmRSS")

            busy: list[float] = []
            stop = threading.Event()
            pages = threading.Thread(target=staff_pages, args=(browser, case_id, stop, busy))
            out = mp.Queue()
            attackers = mp.Process(target=flood, args=(base, args.concurrency, args.duration_s, many_addresses, out))
            attackers.start()
            time.sleep(0.5)  # the flood is under way before the first page is timed
            pages.start()
            time.sleep(args.duration_s / 2)
            relogin = staff_login(base)  # 李律师 logs in again from the address she used before
            outcomes = out.get(timeout=args.duration_s + 600)
            attackers.join()
            stop.set()
            pages.join()
            peak = memory_mb(proc.pid, "VmHWM")
            browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return {
        "name": name, "attempts": sum(outcomes.values()), "401": outcomes.get(401, 0), "429": outcomes.get(429, 0),
        "other": ", ".join(f"{v} {k}" for k, v in sorted(outcomes.items(), key=str) if k not in (401, 429)) or "0",
        "rss_before": rss_before, "peak": peak, "idle_p50": np.percentile(idle, 50) * 1000,
        "p50": np.percentile(busy, 50) * 1000, "p95": np.percentile(busy, 95) * 1000, "pages": len(busy),
        "relogin": relogin,
    }


def answer_times(repo: Path, n: int = 10) -> dict[str, list[float]]:
    """Seconds to answer a wrong password for the real account and for unknown names, one at a time,
    each from its own address (through the proxy header) so that no limit is reached."""
    times: dict[str, list[float]] = {"real account": [], "unknown name": []}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "app.db"
        prepare(db)
        port = free_port()
        proc = start_console(repo, Path(tmp) / "data", db, port, proxy=True)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                token = login_form(client)
                cookie = f"console_login_csrf={client.cookies['console_login_csrf']}"
                for i in range(2 * n):
                    kind, name = ("real account", "wang") if i % 2 == 0 else ("unknown name", f"nobody{i}")
                    headers = {"Cookie": cookie, "X-Forwarded-For": f"10.9.{i}.1"}
                    t0 = time.perf_counter()
                    r = client.post("/login", headers=headers,
                                    data={"username": name, "password": "wrong-password", "csrf_token": token})
                    times[kind].append(time.perf_counter() - t0)
                    assert r.status_code == 401, r.status_code
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--concurrency", type=int, default=240, help="failed logins in flight at once")
    parser.add_argument("--duration-s", type=float, default=10.0, help="how long the flood lasts")
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout whose console to run")
    args = parser.parse_args()
    rows = [scenario(args.repo, "one address", False, args),
            scenario(args.repo, f"{args.concurrency} addresses", True, args)]
    table = Table(title=f"Console under {args.concurrency} concurrent failed logins for {args.duration_s:g} s "
                        f"({args.repo.name})")
    for col in ("flood", "attempts", "401", "429", "other", "RSS before (MB)", "peak RSS (MB)", "pages timed",
                "staff p50 idle (ms)", "staff p50 (ms)", "staff p95 (ms)", "staff login meanwhile"):
        table.add_column(col, justify="right" if col != "flood" else "left")
    for r in rows:
        table.add_row(r["name"], str(r["attempts"]), str(r["401"]), str(r["429"]), r["other"],
                      f"{r['rss_before']:.0f}", f"{r['peak']:.0f}", str(r["pages"]), f"{r['idle_p50']:.0f}",
                      f"{r['p50']:.0f}", f"{r['p95']:.0f}", r["relogin"])
    out = Console(width=200)
    out.print(table)
    timing = Table(title="A wrong password, answered (quiet console, one at a time)")
    for col in ("account", "n", "p50 (ms)", "mean (ms)", "max (ms)"):
        timing.add_column(col, justify="right" if col != "account" else "left")
    for kind, values in answer_times(args.repo).items():
        ms = np.array(values) * 1000
        timing.add_row(kind, str(len(ms)), f"{np.percentile(ms, 50):.0f}", f"{ms.mean():.0f}", f"{ms.max():.0f}")
    out.print(timing)


if __name__ == "__main__":
    main()
