"""Who may try a password, and when: the console's defence against login floods and lockout abuse.

A password check (Argon2id) costs about 64 MiB and a core for a third of a second, so everything here
is decided before any password is hashed, in this order:

1. **Per address**: each client address has a token bucket of ``login_attempts_per_address`` attempts
   per ``login_window_s`` (429 beyond it).
2. **Per (account, address)**: ``max_failed_logins`` failures lock that pair for ``lockout_min``. The
   lock is on the pair, never on the account, so an attacker who fails on purpose locks only their own
   address out and the lawyer still logs in from theirs. Names that are not accounts are counted the
   same way, so a lock never tells anyone that an account exists.
3. **Concurrency**: at most ``login_concurrency`` password checks run at once, on the guard's own
   threads at a lower CPU priority (Linux), so staff pages go first when both want the cores; an
   attempt beyond that is turned away at once (429) rather than queueing for memory and CPU.
4. **Overall**: one bucket of ``login_attempts_global`` per window for everyone, which bounds what a
   flood from many addresses costs.

An address that logged in successfully within a session's lifetime is *known good*: it is exempt from
the overall bucket and has one more check slot of its own, so a flood that keeps the shared slots and
the overall bucket busy does not keep staff out.

The state lives in this process's memory, bounded in size, and reads the injected clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, TypeVar

from bot.clock import Clock
from handlers.config import ConsoleSettings

MAX_TRACKED = 10_000  # addresses or (account, address) pairs remembered; the oldest are forgotten first
BUSY_RETRY = timedelta(seconds=1)
CHECK_NICENESS = 10  # password checks yield the CPU to page requests

T = TypeVar("T")

Reason = Literal["wrong", "locked", "throttled", "busy"]


class LoginRefused(Exception):
    """A login the console turns down: a wrong name or password, a locked pair, too many attempts, or
    too many password checks at once; ``retry_in`` says when trying again can help."""

    def __init__(self, reason: Reason, retry_in: timedelta = timedelta(0)) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_in = retry_in


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: datetime


class _Buckets:
    """Token buckets by key: ``capacity`` attempts, one more back every ``window / capacity``."""

    def __init__(self, capacity: int, window: timedelta) -> None:
        self.capacity = capacity
        self.refill = window / capacity
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def wait(self, key: str, now: datetime) -> timedelta:
        """How long until ``key`` may try (zero: now), without taking an attempt."""
        bucket = self._refreshed(key, now)
        return timedelta(0) if bucket.tokens >= 1 else self.refill * (1 - bucket.tokens)

    def take(self, key: str, now: datetime) -> None:
        self._refreshed(key, now).tokens -= 1

    def _refreshed(self, key: str, now: datetime) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.capacity), now)
            _forget_oldest(self._buckets)
        else:
            gained = max((now - bucket.at) / self.refill, 0.0)
            bucket.tokens, bucket.at = min(self.capacity, bucket.tokens + gained), now
        return bucket


@dataclass(slots=True)
class _Failures:
    count: int
    since: datetime
    locked_until: datetime | None = None


def _lower_priority() -> None:
    # On Linux each thread has its own nice value, and the threads Argon2 starts for its lanes inherit
    # it; elsewhere setpriority would renice the whole process, so the checks keep the normal priority.
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHECK_NICENESS)


def _forget_oldest(table: OrderedDict) -> None:
    while len(table) > MAX_TRACKED:
        table.popitem(last=False)


class LoginGuard:
    """Admits login attempts (see the module docstring) and learns from how each one ended."""

    def __init__(self, settings: ConsoleSettings, clock: Clock) -> None:
        window = timedelta(seconds=settings.login_window_s)
        self._clock = clock
        self._max_failures = settings.max_failed_logins
        self._lockout = timedelta(minutes=settings.lockout_min)
        self._trusted_for = timedelta(hours=settings.session_hours)
        self._per_address = _Buckets(settings.login_attempts_per_address, window)
        self._overall = _Buckets(settings.login_attempts_global, window)
        self._failures: OrderedDict[tuple[str, str], _Failures] = OrderedDict()
        self._good: OrderedDict[str, datetime] = OrderedDict()  # address -> exempt from the overall limit until
        self._slots = threading.BoundedSemaphore(settings.login_concurrency)
        self._good_slot = threading.BoundedSemaphore(1)  # for known good addresses when the others are taken
        self._checks = ThreadPoolExecutor(settings.login_concurrency + 1, thread_name_prefix="password-check",
                                          initializer=_lower_priority)
        self._lock = threading.Lock()  # the state is touched from the event loop and worker threads

    async def check(self, fn: Callable[..., T], *args) -> T:
        """Run a password check (``fn(*args)``) on the guard's low-priority threads, off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._checks, fn, *args)

    def close(self) -> None:
        self._checks.shutdown(wait=False, cancel_futures=True)

    @contextmanager
    def attempt(self, username: str, address: str) -> Iterator[Attempt]:
        """Admit one password check for ``username`` from ``address``, or raise LoginRefused at once;
        the caller reports the outcome on the yielded attempt."""
        key = (username.strip().lower(), address)
        with self._lock:
            slot = self._admit(key, self._clock())
        try:
            yield Attempt(self, key)
        finally:
            slot.release()

    def _admit(self, key: tuple[str, str], now: datetime) -> threading.BoundedSemaphore:
        """The check slot taken for this attempt; LoginRefused when it may not run now."""
        address = key[1]
        if wait := self._per_address.wait(address, now):
            raise LoginRefused("throttled", wait)
        self._per_address.take(address, now)
        failures = self._failures.get(key)
        if failures is not None and failures.locked_until is not None and failures.locked_until > now:
            raise LoginRefused("locked", failures.locked_until - now)
        if self._good.get(address, now) > now:
            for slot in (self._slots, self._good_slot):
                if slot.acquire(blocking=False):
                    return slot
            raise LoginRefused("busy", BUSY_RETRY)
        if not self._slots.acquire(blocking=False):
            raise LoginRefused("busy", BUSY_RETRY)
        if wait := self._overall.wait("", now):
            self._slots.release()
            raise LoginRefused("throttled", wait)
        self._overall.take("", now)
        return self._slots

    def _failed(self, key: tuple[str, str]) -> LoginRefused:
        with self._lock:
            now = self._clock()
            failures = self._failures.get(key)
            if failures is None or now - failures.since >= self._lockout:
                failures = self._failures[key] = _Failures(0, now)
                _forget_oldest(self._failures)
            failures.count += 1
            if failures.count < self._max_failures:
                return LoginRefused("wrong")
            failures.count, failures.since, failures.locked_until = 0, now, now + self._lockout
            return LoginRefused("locked", self._lockout)

    def _succeeded(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._failures.pop(key, None)
            self._good[key[1]] = self._clock() + self._trusted_for
            self._good.move_to_end(key[1])
            _forget_oldest(self._good)


@dataclass(frozen=True, slots=True)
class Attempt:
    """One admitted password check: tell the guard how it ended."""

    guard: LoginGuard
    key: tuple[str, str]

    def failed(self) -> LoginRefused:
        """Count a wrong name or password; the refusal to show (``locked`` when this failure locks the pair)."""
        return self.guard._failed(self.key)

    def succeeded(self) -> None:
        """Forget the pair's failures and exempt the address from the overall limit for a while."""
        self.guard._succeeded(self.key)
