"""Know when the bot has finished handling an update, so that "the bot stays silent" is checked, not waited for.

    handled = HandledUpdates(app)           # right after start_bot
    update = api.edit_text(worker, sent["message"], "我在杭州")
    await handled.wait(update)              # every handler of the bot has returned
    assert api.sent_since_mark(worker) == []

A catch-all handler in a group after all of the bot's records each update id. PTB runs an update's
groups in order and awaits each blocking handler (and the error handler) before the next group, so
when the record appears the bot has sent whatever it was going to send in reply: the fake Bot API
stores a message before it answers the request. (Work a handler hands to a background task, such as
an ingestion, is not covered; none of the silence checks involves one.)
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, TypeHandler

AFTER_THE_BOT = 1_000_000  # handler group: the bot's own handlers live in group 0


class HandledUpdates:
    """The ids of the updates the Application has finished handling."""

    def __init__(self, app: Application) -> None:
        self._ids: set[int] = set()
        self._changed = asyncio.Event()
        app.add_handler(TypeHandler(Update, self._record), group=AFTER_THE_BOT)

    async def _record(self, update: Update, context) -> None:
        self._ids.add(update.update_id)
        self._changed.set()

    def __contains__(self, update: dict) -> bool:
        return update["update_id"] in self._ids

    async def wait(self, *updates: dict | None, timeout: float = 30.0) -> None:
        """Return once the bot has handled every one of ``updates`` (as the fake Bot API queued them)."""
        if any(u is None for u in updates):
            raise AssertionError("Telegram did not give the bot that update (privacy mode, a blocked chat?)")
        wanted = {u["update_id"] for u in updates}
        try:
            async with asyncio.timeout(timeout):
                while not wanted <= self._ids:
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(f"the bot did not finish handling updates {sorted(wanted - self._ids)} "
                               f"within {timeout}s") from None
