"""The time services read: passed in, so tests and replays fix it instead of racing the wall clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

Clock = Callable[[], datetime]
# The workers' calendar: "today", "上个月30号" and a deadline's days left are counted in China's time (no DST).
CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC): the default clock of every store."""
    return datetime.now(UTC)


def china_today(clock: Clock) -> Callable[[], date]:
    """The day in China by ``clock`` (a naive clock is read as UTC): what a worker's relative dates count from."""
    def today() -> date:
        now = clock()
        return (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(CHINA).date()
    return today
