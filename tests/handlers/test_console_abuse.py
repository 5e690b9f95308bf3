"""The console's login under attack: lockouts an attacker cannot turn on a lawyer, throttles by address
and overall before any password is hashed, a bound on concurrent password checks, and unknown
accounts that answer exactly like known ones.

The console is built the way ``python bot.py console`` builds it (``app.console.open_console``), on a
clock the test moves; each browser has its own client address.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from app.console import open_console
from handlers.config import ConsoleSettings
from handlers.console.guard import LoginGuard, LoginRefused
from tests.helpers.clock import FrozenClock
from tests.helpers.console import NOW, PASSWORD, csrf_of, open_desk, serve_console
from tests.helpers.kb import make_settings

ATTACKER = "203.0.113.66"
LAWYER = "198.51.100.7"
PROXY = "127.0.0.1"


@pytest.fixture()
def make_console(tmp_path):
    """Build the console over a fresh database holding 王律师, with the given console settings."""
    url = f"sqlite:///{tmp_path / 'app.db'}"
    desk = open_desk(url)
    desk.staff.add(username="wang", display_name="王律师", password=PASSWORD)
    built = []

    def build(**console):
        console = {"max_failed_logins": 3, "lockout_min": 15, **console}
        settings = make_settings(tmp_path / "data", database_url=url, console=ConsoleSettings(**console))
        app = open_console(settings, clock=desk.clock)
        built.append(app)
        return app, desk.clock

    yield build
    for app in built:
        app.state.console.cases.engine.dispose()
    desk.close()


def browser(app, address: str) -> TestClient:
    return TestClient(app, client=(address, 50000), follow_redirects=False)


def attempt(client: TestClient, username: str = "wang", password: str = "wrong-password", **headers):
    form = client.get("/login", headers=headers)
    assert form.status_code == 200
    return client.post("/login", headers=headers,
                       data={"username": username, "password": password, "csrf_token": csrf_of(form.text)})


def error_of(response) -> str:
    """The refusal the login page shows."""
    start = response.text.find('role="alert">')
    assert start >= 0, response.text[:500]
    return response.text[start + len('role="alert">'):].split("<", 1)[0]


def assert_secure(response) -> None:
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


# ---- lockout ------------------------------------------------------------------------------------


def test_an_attacker_cannot_lock_a_lawyer_out_from_elsewhere(make_console):
    app, clock = make_console()
    attacker = browser(app, ATTACKER)
    assert [error_of(attempt(attacker)) for _ in range(3)][-1] == "账户已锁定，请 15 分钟后再试。"
    stolen = attempt(attacker, password=PASSWORD)  # even the right password, from the address that failed
    assert stolen.status_code == 401 and error_of(stolen) == "账户已锁定，请 15 分钟后再试。"
    assert "console_session" not in attacker.cookies

    lawyer = browser(app, LAWYER)
    r = attempt(lawyer, password=PASSWORD)
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert "王律师" in lawyer.get("/").text

    clock.advance(timedelta(minutes=15))  # the attacker's address may try again once the lock ends
    assert error_of(attempt(attacker)) == "用户名或密码错误。"


def test_unknown_and_known_accounts_answer_alike(make_console):
    app, _ = make_console()
    known = [attempt(browser(app, "192.0.2.1"), "wang") for _ in range(4)]
    unknown = [attempt(browser(app, "192.0.2.2"), "nobody") for _ in range(4)]
    assert [(r.status_code, error_of(r)) for r in known] == [(r.status_code, error_of(r)) for r in unknown] == [
        (401, "用户名或密码错误。"), (401, "用户名或密码错误。"),
        (401, "账户已锁定，请 15 分钟后再试。"), (401, "账户已锁定，请 15 分钟后再试。"),
    ]


# ---- throttles ----------------------------------------------------------------------------------


def test_one_address_is_throttled_before_any_password_check(make_console):
    app, clock = make_console(login_attempts_per_address=5, login_window_s=60)
    attacker = browser(app, ATTACKER)
    # different names (no lockout) and a forged proxy header each time: the header is not trusted
    tried = [attempt(attacker, f"user{n}", **{"X-Forwarded-For": f"10.0.0.{n}"}) for n in range(5)]
    assert [r.status_code for r in tried] == [401] * 5
    throttled = attempt(attacker, "wang", PASSWORD, **{"X-Forwarded-For": "10.0.0.99"})
    assert throttled.status_code == 429 and "console_session" not in attacker.cookies
    assert error_of(throttled) == "登录尝试过于频繁，请 12 秒后再试。"  # one attempt back every 60 / 5 s
    assert throttled.headers["retry-after"] == "12"
    assert_secure(throttled)

    assert attempt(browser(app, LAWYER), password=PASSWORD).status_code == 303  # other addresses are not affected
    clock.advance(timedelta(seconds=12))
    assert attempt(attacker, "wang", PASSWORD).status_code == 303


def test_a_trusted_proxy_header_names_the_client(make_console):
    app, _ = make_console(login_attempts_per_address=3, proxy_header="X-Forwarded-For", trusted_proxies=[PROXY])
    via_proxy = browser(app, PROXY)
    hops = {"X-Forwarded-For": f"10.1.1.1, {ATTACKER}"}  # the proxy appends the address it saw
    assert [attempt(via_proxy, f"user{n}", **hops).status_code for n in range(4)] == [401, 401, 401, 429]
    assert attempt(via_proxy, "wang", PASSWORD, **{"X-Forwarded-For": LAWYER}).status_code == 303
    # a peer that is not the proxy cannot pick an address by sending the header itself
    direct = browser(app, "192.0.2.50")
    spoofed = [attempt(direct, f"user{n}", **{"X-Forwarded-For": f"10.2.2.{n}"}).status_code for n in range(4)]
    assert spoofed == [401, 401, 401, 429]


def test_a_flood_from_many_addresses_is_throttled_overall_but_not_for_known_good_addresses(make_console):
    app, clock = make_console(login_attempts_global=4, login_window_s=60)
    lawyer = browser(app, LAWYER)
    assert attempt(lawyer, password=PASSWORD).status_code == 303  # 王律师 logged in from here before the flood
    lawyer.cookies.clear()
    flood = [attempt(browser(app, f"203.0.113.{n}"), f"user{n}").status_code for n in range(1, 5)]
    assert flood == [401, 401, 401, 429]
    refused = attempt(browser(app, "203.0.113.200"), "wang", PASSWORD)
    assert refused.status_code == 429 and error_of(refused) == "登录尝试过于频繁，请 15 秒后再试。"
    assert attempt(lawyer, password=PASSWORD).status_code == 303  # a known good address is let through
    clock.advance(timedelta(seconds=15))
    assert attempt(browser(app, "203.0.113.201"), "user9").status_code == 401


# ---- concurrent password checks ------------------------------------------------------------------


def test_at_most_login_concurrency_password_checks_run_at_once():
    guard = LoginGuard(ConsoleSettings(login_concurrency=2), FrozenClock(NOW))
    with guard.attempt("wang", LAWYER) as checking:
        checking.succeeded()  # 王律师's address is known good from now on
    with guard.attempt("zhao", "192.0.2.1"), guard.attempt("qian", "192.0.2.2"):
        with pytest.raises(LoginRefused) as busy, guard.attempt("sun", "192.0.2.3"):
            pass
        assert busy.value.reason == "busy" and busy.value.retry_in == timedelta(seconds=1)
        # a known good address has one slot of its own
        with guard.attempt("wang", LAWYER), pytest.raises(LoginRefused), guard.attempt("wang", LAWYER):
            pass
    with guard.attempt("sun", "192.0.2.3"):  # the slots are free again
        pass


def test_excess_concurrent_logins_are_turned_away_at_once(make_console):
    """Over real HTTP: a burst of wrong passwords from many addresses (through the trusted proxy)."""
    app, _ = make_console(login_concurrency=1, login_attempts_global=1000, proxy_header="X-Forwarded-For",
                          trusted_proxies=[PROXY])
    with serve_console(app) as base:
        forms = []
        for n in range(12):
            client = httpx.Client(base_url=base)
            forms.append((client, csrf_of(client.get("/login").text), f"203.0.113.{n}"))
        start, statuses, texts = threading.Barrier(len(forms)), [], []

        def post(client, token, address):
            start.wait()
            r = client.post("/login", headers={"X-Forwarded-For": address},
                            data={"username": "wang", "password": "wrong-password", "csrf_token": token})
            statuses.append(r.status_code)
            texts.append(r.text)

        threads = [threading.Thread(target=post, args=form) for form in forms]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        for client, _, _ in forms:
            client.close()
    assert sorted(set(statuses)) == [401, 429], statuses
    assert any("系统繁忙，请稍后再试。" in t for t in texts)
