"""Per-user flood control and per-user ordering for concurrent channels.

Both keep state only for users who are active right now, so memory follows the current load, not
the number of users the bot has ever seen. The flood window lives in process memory by default
(:class:`RateLimiter`) or in the application database, shared by every replica
(:class:`SharedRateLimiter`, ``TELEGRAM__RATE_LIMIT_SHARED``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Protocol

from sqlalchemy import BigInteger, Column, Float, Index, Table, Text, delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.db import metadata
from bot.inbox import bookkeeping

rate_windows = Table(
    "rate_windows",
    metadata,
    Column("user_id", BigInteger, primary_key=True, autoincrement=False),
    Column("hits", Text, nullable=False),  # JSON list of the hit times (epoch seconds) inside the window
    Column("noticed_at", Float, nullable=True),  # when the user was last told they are over the limit
    Column("last_at", Float, nullable=False),  # latest hit or notice: the sweep drops rows idle a window long
)
Index("ix_rate_windows_last_at", rate_windows.c.last_at)


class FloodLimit(Protocol):
    def check(self, user_id: int) -> str: ...


class RateLimiter:
    """Sliding-window limit per user; tells the caller when to send the one flood notice.

    Kept in process memory: with several webhook replicas each applies the limit to the updates
    it receives (:class:`SharedRateLimiter` is the same window in the database). A user whose
    window has emptied is forgotten by a sweep that runs at most once per window.
    """

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock  # monotonic seconds
        self._hits: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}
        self._swept = clock()

    def __len__(self) -> int:
        """How many users the limiter holds state for."""
        return len(self._hits.keys() | self._noticed.keys())

    def check(self, user_id: int) -> str:
        """Return "ok", "notice" (over the limit: tell the user once) or "drop" (stay quiet)."""
        now = self._clock()
        if now - self._swept >= self.window_s:
            self.sweep()
        hits = self._hits.setdefault(user_id, deque())
        while hits and now - hits[0] > self.window_s:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._noticed.pop(user_id, None)
            return "ok"
        if user_id in self._noticed and now - self._noticed[user_id] <= self.window_s:
            return "drop"
        self._noticed[user_id] = now
        return "notice"

    def sweep(self) -> None:
        """Forget the users whose hits and notice have all left the window (they start afresh)."""
        now = self._swept = self._clock()
        for user_id in [u for u, hits in self._hits.items() if not hits or now - hits[-1] > self.window_s]:
            del self._hits[user_id]
        for user_id in [u for u, at in self._noticed.items() if now - at > self.window_s]:
            del self._noticed[user_id]


class SharedRateLimiter:
    """The same sliding window as :class:`RateLimiter`, kept in the application database so that every
    replica counts a user's messages together (nginx spreads one worker's messages over replicas).

    One short transaction a message: the user's row is read ``FOR UPDATE`` (PostgreSQL serialises two
    replicas' checks of one user; SQLite's writer lock does the same), judged, written back. The clock
    is wall time (epoch seconds), the one clock the replicas share; tests pass their own.
    """

    def __init__(self, engine: Engine, limit: int, window_s: float, clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._swept = clock()

    def __len__(self) -> int:
        """How many users the shared window holds state for (every replica's)."""
        with self.engine.connect() as conn:
            return len(conn.execute(select(rate_windows.c.user_id)).all())

    def check(self, user_id: int) -> str:
        """Return "ok", "notice" (over the limit: tell the user once) or "drop" (stay quiet)."""
        now = self._clock()
        if now - self._swept >= self.window_s:
            self.sweep()
        for _ in range(3):  # a first message of one user on two replicas at once: the loser reads the winner's row
            try:
                return self._check(user_id, now)
            except IntegrityError:
                continue
        raise RuntimeError(f"rate window of user {user_id} could not be written")

    def _check(self, user_id: int, now: float) -> str:
        # Counting a message is not an effect of handling it: were it to mark the update committed, a
        # kill before the answer's own commit would leave the question unanswered for good.
        with bookkeeping(), self.engine.begin() as conn:
            row = conn.execute(select(rate_windows).where(rate_windows.c.user_id == user_id)
                               .with_for_update()).first()
            hits = [t for t in json.loads(row.hits) if now - t <= self.window_s] if row else []
            noticed = row.noticed_at if row else None
            if len(hits) < self.limit:
                hits.append(now)
                verdict, noticed = "ok", None
            elif noticed is not None and now - noticed <= self.window_s:
                verdict = "drop"
            else:
                verdict, noticed = "notice", now
            values = {"hits": json.dumps(hits), "noticed_at": noticed, "last_at": now}
            if row is None:
                conn.execute(insert(rate_windows).values(user_id=user_id, **values))
            else:
                conn.execute(update(rate_windows).where(rate_windows.c.user_id == user_id).values(**values))
        return verdict

    def sweep(self) -> None:
        """Forget the users idle for a whole window (every replica's: any replica may sweep)."""
        now = self._swept = self._clock()
        with bookkeeping(), self.engine.begin() as conn:
            conn.execute(delete(rate_windows).where(rate_windows.c.last_at < now - self.window_s))


@dataclass(slots=True)
class _Slot:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # tasks holding or waiting for the lock


class UserLocks:
    """One asyncio lock per user: a user's messages are handled in order, other users in parallel.

    ``async with locks(user_id):`` holds the user's lock. A lock exists only while a task holds or
    waits for it, so it is dropped the moment the user's last message is handled; a lock in use is
    never dropped (a newcomer would otherwise get a second lock and overtake the holder).
    """

    def __init__(self) -> None:
        self._slots: dict[int, _Slot] = {}

    def __len__(self) -> int:
        """How many users have a message being handled or waiting."""
        return len(self._slots)

    def __call__(self, user_id: int) -> _Held:
        return _Held(self, user_id)

    def _enter(self, user_id: int) -> _Slot:
        slot = self._slots.get(user_id)
        if slot is None:
            slot = self._slots[user_id] = _Slot()
        slot.users += 1
        return slot

    def _leave(self, user_id: int, slot: _Slot) -> None:
        slot.users -= 1
        if slot.users == 0:
            del self._slots[user_id]


class _Held:
    """The async context manager that holds one user's lock."""

    __slots__ = ("_locks", "_user_id", "_slot")

    def __init__(self, locks: UserLocks, user_id: int) -> None:
        self._locks = locks
        self._user_id = user_id
        self._slot: _Slot | None = None

    async def __aenter__(self) -> None:
        slot = self._slot = self._locks._enter(self._user_id)
        try:
            await slot.lock.acquire()
        except BaseException:  # cancelled while waiting: no longer a user of the slot
            self._locks._leave(self._user_id, slot)
            raise

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        slot, self._slot = self._slot, None
        slot.lock.release()
        self._locks._leave(self._user_id, slot)
