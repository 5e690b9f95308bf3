"""A clock the test sets: services read it instead of the wall clock, so a test never expires."""

from __future__ import annotations

from datetime import datetime, timedelta


class FrozenClock:
    """Returns the same instant until the test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now += delta
        return self.now
