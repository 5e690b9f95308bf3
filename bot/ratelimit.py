"""Per-user flood control and per-user ordering for concurrent channels."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """Sliding-window limit per user; tells the caller when to send the one flood notice.

    Kept in process memory: with several webhook replicas each applies the limit to the updates
    it receives (a shared Redis window is the upgrade path if that ever matters).
    """

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}

    def check(self, user_id: int) -> str:
        """Return "ok", "notice" (over the limit: tell the user once) or "drop" (stay quiet)."""
        now = self._clock()
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


class UserLocks:
    """One asyncio lock per user: a user's messages are handled in order, other users in parallel."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}

    def __call__(self, user_id: int) -> asyncio.Lock:
        lock = self._locks.get(user_id)
        if lock is None:
            lock = self._locks[user_id] = asyncio.Lock()
        return lock
