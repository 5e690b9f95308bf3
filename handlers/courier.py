"""The courier: delivers what the case service queued (relays, notices, packets) over Telegram.

It runs beside the bot in the same event loop, wakes when a handler queued something and
otherwise polls the outbox (the web console, another replica or a restart may have left items).
A failed delivery is retried with backoff; one Telegram will never accept (the worker blocked
the bot, the chat is gone) is given up and the staff are told. Telegram's flood control is not a
failure: when it answers 429 the courier waits the time it asks (see ``FloodGate``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
import uuid
import warnings
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.cases import CaseService, CaseView, OutboxItem
from bot.intake import FACT_KINDS
from bot.locales import case_text, staff_text
from handlers.callbacks import CaseFeedback, IntakeChoice
from handlers.format import split_text, to_html
from handlers.staff import case_keyboard, closed_keyboard

if TYPE_CHECKING:
    from telegram import Bot

logger = logging.getLogger(__name__)

REANNOUNCE_CHECK_S = 5.0
T = TypeVar("T")


class FloodGate:
    """Telegram's flood control, honoured as asked: after a 429 every call to that chat waits ``retry_after``.

    The call that was refused is retried in place once the wait is over, so a lane keeps its order
    (nothing later overtakes it), nothing already sent is sent again (a long message's first part),
    and the delivery is not counted as failed. The pause is per chat: the other lanes writing into
    the same staff group wait with it instead of drawing more 429s, while workers' chats go on.
    """

    def __init__(self, *, max_wait_s: float = 30.0, max_waits: int = 10) -> None:
        # The courier renews its leases while it waits, but a very long wait is better spent on other
        # chats: the item goes back to the outbox and is retried later.
        self.max_wait_s = max_wait_s
        self.max_waits = max_waits
        self._until: dict[int, float] = {}  # chat id -> loop time before which Telegram refuses

    async def call(self, chat_id: int, method: Callable[..., Awaitable[T]], *args, **kwargs) -> T:
        """Await ``method(*args, **kwargs)``, a Bot API call into ``chat_id``, waiting out flood control.

        A RetryAfter that asks for more than ``max_wait_s``, or the ``max_waits``-th in a row, is raised
        (the outbox then retries the item later)."""
        waits = 0
        while True:
            await self._wait(chat_id)
            try:
                return await method(*args, **kwargs)
            except RetryAfter as exc:
                seconds = retry_after_s(exc)
                waits += 1
                if seconds > self.max_wait_s or waits >= self.max_waits:
                    raise
                loop = asyncio.get_running_loop()
                self._until[chat_id] = max(self._until.get(chat_id, 0.0), loop.time() + seconds)
                logger.info("Telegram's flood control: waiting %.1f s before writing to that chat again", seconds)

    async def _wait(self, chat_id: int) -> None:
        loop = asyncio.get_running_loop()
        while (left := self._until.get(chat_id, 0.0) - loop.time()) > 0:
            await asyncio.sleep(left)
        self._until.pop(chat_id, None)  # the pause is over: keep no state for quiet chats


def retry_after_s(exc: RetryAfter) -> float:
    """Seconds Telegram asks to wait (PTB gives an int or, in newer versions, a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)  # the int form is deprecated; both are read
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class Courier:
    """Delivers the outbox, recording each Bot API call before it is made and Telegram's answer after it.

    A part Telegram accepted (its message id is recorded) is never sent again, whatever happens
    next; what is done with a part whose send was under way when a courier died is decided in
    :meth:`bot.cases.Outbox.lease`. Leases are short and renewed while the courier holds the items."""

    def __init__(self, bot: Bot, cases: CaseService, *, poll_s: float = 2.0, batch: int = 100, lanes: int = 16,
                 lease_s: float = 30.0) -> None:
        self.bot = bot
        self.cases = cases
        self.poll_s = poll_s
        self.batch = batch
        self.lanes = lanes
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._forums: dict[int, bool] = {}
        self._reannounced = float("-inf")
        self.flood = FloodGate()
        self.owner = uuid.uuid4().hex[:16]  # this courier's leases
        self.lease = timedelta(seconds=lease_s)
        self._held: set[int] = set()  # outbox items leased to this courier, renewed by the heartbeat
        self._heartbeat: asyncio.Task | None = None
        # The records around each send get a thread of their own (not the default pool, where they
        # would wait behind answers being computed): the shorter the time between Telegram's answer
        # and its record, the fewer deliveries a kill leaves with an unknown outcome.
        self._books = ThreadPoolExecutor(max_workers=1, thread_name_prefix="courier-records")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="courier")
        self._heartbeat = asyncio.create_task(self._renew(), name="courier-leases")

    async def stop(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            try:
                await self._heartbeat
            except asyncio.CancelledError:
                pass
            self._heartbeat = None
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        self._books.shutdown(wait=False)

    def wake(self) -> None:
        self._wake.set()

    async def _api(self, method: Callable[..., Awaitable[T]], chat_id: int, *args, **kwargs) -> T:
        """A Bot API call whose first argument is the chat it writes to, through the flood gate."""
        return await self.flood.call(chat_id, method, chat_id, *args, **kwargs)

    async def _renew(self) -> None:
        """Keep the leases of what this courier holds (a lane waiting behind a long message or a flood
        wait), so that a lease only runs out when the courier is gone."""
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                await asyncio.to_thread(self.cases.outbox.renew, list(self._held), owner=self.owner, lease=self.lease)
            except Exception:
                logger.exception("Could not renew the courier's leases")

    async def _run(self) -> None:
        while True:
            try:
                # Reminders count in minutes: look for them now and then, not on every wake-up.
                if time.monotonic() - self._reannounced >= REANNOUNCE_CHECK_S:
                    self._reannounced = time.monotonic()
                    await asyncio.to_thread(self.cases.reannounce_due)
                while await self.deliver_due():
                    pass
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("Courier round failed; retrying")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_s)
            except TimeoutError:
                pass
            self._wake.clear()

    async def deliver_due(self) -> int:
        """Deliver the items that are due now; return how many were handled.

        Cases are served concurrently; within a case (and target) items go out one after another,
        in the order they were queued, so a conversation never arrives shuffled."""
        items = await asyncio.to_thread(self.cases.outbox.lease, limit=self.batch, lease=self.lease, owner=self.owner)
        self._held.update(item.id for item in items)
        lanes: dict[tuple[int, str], list[OutboxItem]] = {}
        for item in items:
            lanes.setdefault((item.case_id, item.target), []).append(item)
        limit = asyncio.Semaphore(self.lanes)

        async def run(lane: list[OutboxItem]) -> None:
            try:
                async with limit:  # leave connections for the handlers answering workers
                    await self._deliver_lane(lane)
            finally:
                self._held.difference_update(item.id for item in lane)

        await asyncio.gather(*(run(lane) for lane in lanes.values()))
        return len(items)

    async def _deliver_lane(self, lane: list[OutboxItem]) -> None:
        case = await asyncio.to_thread(self.cases.get, lane[0].case_id)
        for i, item in enumerate(lane):
            if i and lane[i - 1].kind == "packet":  # the packet's thread and message id are now known
                case = await asyncio.to_thread(self.cases.get, item.case_id)
            if not await self._deliver(item, case):
                # Keep the order: what follows a failed item waits for its retry.
                for later in lane[lane.index(item) + 1:]:
                    await asyncio.to_thread(self.cases.failed, later, "an earlier message is waiting for a retry",
                                            quiet=True)
                return

    async def _deliver(self, item: OutboxItem, case: CaseView | None) -> bool:
        """Deliver one item; return False when it is to be retried."""
        try:
            if case is None:
                raise _Permanent("case is gone")
            if item.uncertain and item.target == "staff" and case.staff_chat_id is not None:
                await self._api(self.bot.send_message, case.staff_chat_id, staff_text().possibly_repeated,
                                **({"message_thread_id": case.staff_thread_id} if case.staff_thread_id else {}))
            if item.target == "worker":
                await self._to_worker(item, case)
            else:
                await self._to_staff(item, case)
        except (_Permanent, Forbidden, BadRequest) as exc:
            reason = str(exc) if isinstance(exc, _Permanent) else f"{type(exc).__name__}: {exc}"
            await asyncio.to_thread(self.cases.failed, item, reason, permanent=True)
            if item.target == "worker" and item.kind == "relay" and case is not None:
                await self._tell_staff_not_delivered(case)
        except _LeaseLost:
            logger.info("Delivery %s: lease lost to another courier; leaving it to that one", item.id)
            return False
        except TelegramError as exc:  # network trouble, a flood wait too long to sit out: try again later
            await asyncio.to_thread(self.cases.failed, item, f"{type(exc).__name__}: {exc}")
            return False
        return True

    async def _part(self, item: OutboxItem, index: int, send: Callable[[], Awaitable]) -> int:
        """Send the ``index``-th part of ``item`` unless Telegram already accepted it; return its message id.

        The attempt is recorded before the call and Telegram's answer after it (see Outbox.lease for a
        courier that dies in between)."""
        if index < len(item.accepted):
            return item.accepted[index]
        loop = asyncio.get_running_loop()
        if not await loop.run_in_executor(self._books, functools.partial(self.cases.outbox.attempt, item,
                                                                         lease=self.lease)):
            raise _LeaseLost
        sent = await send()
        await loop.run_in_executor(self._books, self.cases.outbox.accepted, item, sent.message_id)
        return sent.message_id

    # ---- to the worker ------------------------------------------------------------------------

    async def _to_worker(self, item: OutboxItem, case: CaseView) -> None:
        if case.worker_chat_id is None:
            raise _Permanent("the worker has no chat (deleted their data)")
        markup = None
        t = case_text(case.language)
        if item.payload.get("feedback"):
            markup = InlineKeyboardMarkup([[
                InlineKeyboardButton(t.feedback_up, callback_data=CaseFeedback(case.id, up=True).build()),
                InlineKeyboardButton(t.feedback_down, callback_data=CaseFeedback(case.id, up=False).build()),
            ]])
        elif item.payload.get("fact"):
            rows = []
            if FACT_KINDS.get(item.payload["fact"]) == "yesno":
                rows.append([InlineKeyboardButton(t.yes_button, callback_data=IntakeChoice("yes").build()),
                             InlineKeyboardButton(t.no_button, callback_data=IntakeChoice("no").build())])
            rows.append([InlineKeyboardButton(t.unknown_button, callback_data=IntakeChoice("unknown").build()),
                         InlineKeyboardButton(t.skip_button, callback_data=IntakeChoice("skip").build())])
            markup = InlineKeyboardMarkup(rows)
        chunks = split_text(item.text)
        for i, chunk in enumerate(chunks):
            await self._part(item, i, lambda: self._api(
                self.bot.send_message, case.worker_chat_id, to_html(chunk), parse_mode=ParseMode.HTML,
                reply_markup=markup if i == len(chunks) - 1 else None))
        if item.payload.get("copy"):
            from_chat, message_id = item.payload["copy"]
            await self._part(item, len(chunks), lambda: self._api(self.bot.copy_message, case.worker_chat_id,
                                                                  from_chat, message_id))
        await asyncio.to_thread(self.cases.delivered, item)
        staff_message_id = item.payload.get("staff_message_id")
        if staff_message_id and case.staff_chat_id is not None:
            try:  # 👌 under the staff member's message: the worker has it
                await self._api(self.bot.set_message_reaction, case.staff_chat_id, staff_message_id, "👌")
            except TelegramError as exc:
                logger.info("Could not mark a staff message delivered: %s", exc)

    # ---- to the staff group -------------------------------------------------------------------

    async def _to_staff(self, item: OutboxItem, case: CaseView) -> None:
        chat_id = case.staff_chat_id
        if chat_id is None:
            raise _Permanent("no staff chat configured")
        if item.kind == "forget":
            await self._forget(item, chat_id)
            return
        if item.kind != "packet" and case.packet_message_id is None:
            # Keep the case's messages in its own thread: wait until the packet has gone out.
            raise TelegramError("the case packet is not delivered yet")
        thread_id = case.staff_thread_id
        if item.kind == "packet" and thread_id is None and await self._is_forum(chat_id):
            s = staff_text()
            try:
                topic = await self._api(self.bot.create_forum_topic, chat_id, s.topic_name.format(
                    priority="🔴" if case.priority == "urgent" else "🟢", number=case.number,
                    topic=self.cases.topic_names.get(case.topic or "", case.topic or s.unknown_topic))[:128])
            except (BadRequest, Forbidden) as exc:
                # No right to manage topics: the case still gets announced, as a thread of replies.
                logger.warning("Could not open a forum topic for case %s (%s); using a reply thread", case.id, exc)
                self._forums[chat_id] = False
            else:
                thread_id = topic.message_thread_id
                await asyncio.to_thread(self.cases.set_thread, case.id, thread_id)
        general = item.payload.get("general")
        kwargs: dict = {}
        if thread_id is not None and not general:
            kwargs["message_thread_id"] = thread_id
        elif case.packet_message_id is not None and item.kind != "packet" and thread_id is None:
            # A group without topics: the case is the thread of replies under its packet.
            kwargs["reply_parameters"] = ReplyParameters(case.packet_message_id, allow_sending_without_reply=True)
        markup = case_keyboard(case.id) if item.payload.get("buttons") == "case" else None
        first_id = None
        chunks = split_text(item.text)
        for i, chunk in enumerate(chunks):
            sent_id = await self._part(item, i, lambda: self._api(
                self.bot.send_message, chat_id, to_html(chunk), parse_mode=ParseMode.HTML,
                reply_markup=markup if i == 0 else None, **kwargs))
            first_id = first_id or sent_id  # the packet's buttons and replies attach to its first part
        copied = []
        if item.payload.get("copy"):
            from_chat, message_id = item.payload["copy"]
            copied.append(await self._part(item, len(chunks), lambda: self._api(
                self.bot.copy_message, chat_id, from_chat, message_id, **kwargs)))
        await asyncio.to_thread(self.cases.delivered, item, staff_message_id=first_id, thread_id=thread_id,
                                copied=copied)
        if case.packet_message_id is not None and ("claimed_by" in item.payload or item.payload.get("closed")):
            # Keep the packet's buttons true, whichever channel (Telegram or console) made the change.
            markup = closed_keyboard(case.id) if item.payload.get("closed") else \
                case_keyboard(case.id, claimed_by=item.payload["claimed_by"])
            try:
                await self._api(self.bot.edit_message_reply_markup, chat_id, case.packet_message_id,
                                reply_markup=markup)
            except TelegramError as exc:  # "message is not modified" when Telegram's buttons already did it
                logger.debug("Packet buttons of case %s not updated: %s", case.id, exc)
        if item.payload.get("close_topic") and thread_id is not None:
            try:
                await self._api(self.bot.close_forum_topic, chat_id, thread_id)
            except TelegramError as exc:
                logger.info("Could not close the topic of case %s: %s", case.id, exc)

    async def _forget(self, item: OutboxItem, chat_id: int) -> None:
        """Remove a forgotten case's topic (or its messages) from the staff group, then tell staff."""
        try:
            if item.payload.get("delete_topic"):
                await self._api(self.bot.delete_forum_topic, chat_id, item.payload["delete_topic"])
            elif item.payload.get("delete_messages"):
                await self._api(self.bot.delete_messages, chat_id, item.payload["delete_messages"])
        except TelegramError as exc:  # too old to delete, already gone: the notice still goes out
            logger.info("Could not delete a forgotten case's messages: %s", exc)
        await self._part(item, 0, lambda: self._api(self.bot.send_message, chat_id, to_html(item.text),
                                                    parse_mode=ParseMode.HTML))
        await asyncio.to_thread(self.cases.delivered, item)

    async def _is_forum(self, chat_id: int) -> bool:
        if chat_id not in self._forums:
            chat = await self._api(self.bot.get_chat, chat_id)
            self._forums[chat_id] = bool(chat.is_forum)
        return self._forums[chat_id]

    async def _tell_staff_not_delivered(self, case: CaseView) -> None:
        if case.staff_chat_id is None:
            return
        try:
            await self._api(self.bot.send_message, case.staff_chat_id, staff_text().not_delivered,
                                        message_thread_id=case.staff_thread_id)
        except TelegramError as exc:
            logger.info("Could not tell staff about an undelivered message: %s", exc)


class _Permanent(Exception):
    """A delivery that can never succeed."""


class _LeaseLost(Exception):
    """Another courier holds the item now (this one's lease ran out): it must not be sent from here."""
