"""The time services read: passed in, so tests and replays fix it instead of racing the wall clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC): the default clock of every store."""
    return datetime.now(UTC)
