"""The courier: delivers what the case service queued (relays, notices, packets) over Telegram.

It runs beside the bot in the same event loop, wakes when a handler queued something and
otherwise polls the outbox (the web console, another replica or a restart may have left items).
A failed delivery is retried with backoff; one Telegram will never accept (the worker blocked
the bot, the chat is gone) is given up and the staff are told.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.cases import CaseService, CaseView, OutboxItem
from bot.intake import FACT_KINDS
from bot.locales import case_text, staff_text
from handlers.format import split_text, to_html
from handlers.staff import case_keyboard, closed_keyboard

if TYPE_CHECKING:
    from telegram import Bot

logger = logging.getLogger(__name__)

REANNOUNCE_CHECK_S = 5.0


class Courier:
    def __init__(self, bot: Bot, cases: CaseService, *, poll_s: float = 2.0, batch: int = 100, lanes: int = 16) -> None:
        self.bot = bot
        self.cases = cases
        self.poll_s = poll_s
        self.batch = batch
        self.lanes = lanes
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._forums: dict[int, bool] = {}
        self._reannounced = float("-inf")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="courier")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    def wake(self) -> None:
        self._wake.set()

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
        items = await asyncio.to_thread(self.cases.due_outbox, limit=self.batch)
        lanes: dict[tuple[int, str], list[OutboxItem]] = {}
        for item in items:
            lanes.setdefault((item.case_id, item.target), []).append(item)
        limit = asyncio.Semaphore(self.lanes)

        async def run(lane: list[OutboxItem]) -> None:
            async with limit:  # leave connections for the handlers answering workers
                await self._deliver_lane(lane)

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
            if item.target == "worker":
                await self._to_worker(item, case)
            else:
                await self._to_staff(item, case)
        except (_Permanent, Forbidden, BadRequest) as exc:
            reason = str(exc) if isinstance(exc, _Permanent) else f"{type(exc).__name__}: {exc}"
            await asyncio.to_thread(self.cases.failed, item, reason, permanent=True)
            if item.target == "worker" and item.kind == "relay" and case is not None:
                await self._tell_staff_not_delivered(case)
        except TelegramError as exc:  # network trouble, flood control: try again later
            await asyncio.to_thread(self.cases.failed, item, f"{type(exc).__name__}: {exc}")
            return False
        return True

    # ---- to the worker ------------------------------------------------------------------------

    async def _to_worker(self, item: OutboxItem, case: CaseView) -> None:
        if case.worker_chat_id is None:
            raise _Permanent("the worker has no chat (deleted their data)")
        markup = None
        t = case_text(case.language)
        if item.payload.get("feedback"):
            markup = InlineKeyboardMarkup([[
                InlineKeyboardButton(t.feedback_up, callback_data=f"cf:{case.id}:+"),
                InlineKeyboardButton(t.feedback_down, callback_data=f"cf:{case.id}:-"),
            ]])
        elif item.payload.get("fact"):
            rows = []
            if FACT_KINDS.get(item.payload["fact"]) == "yesno":
                rows.append([InlineKeyboardButton(t.yes_button, callback_data="in:yes"),
                             InlineKeyboardButton(t.no_button, callback_data="in:no")])
            rows.append([InlineKeyboardButton(t.unknown_button, callback_data="in:unknown"),
                         InlineKeyboardButton(t.skip_button, callback_data="in:skip")])
            markup = InlineKeyboardMarkup(rows)
        chunks = split_text(item.text)
        for i, chunk in enumerate(chunks):
            await self.bot.send_message(case.worker_chat_id, to_html(chunk), parse_mode=ParseMode.HTML,
                                        reply_markup=markup if i == len(chunks) - 1 else None)
        if item.payload.get("copy"):
            from_chat, message_id = item.payload["copy"]
            await self.bot.copy_message(case.worker_chat_id, from_chat, message_id)
        await asyncio.to_thread(self.cases.delivered, item)
        staff_message_id = item.payload.get("staff_message_id")
        if staff_message_id and case.staff_chat_id is not None:
            try:  # 👌 under the staff member's message: the worker has it
                await self.bot.set_message_reaction(case.staff_chat_id, staff_message_id, "👌")
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
                topic = await self.bot.create_forum_topic(chat_id, s.topic_name.format(
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
        for chunk in split_text(item.text):
            sent = await self.bot.send_message(chat_id, to_html(chunk), parse_mode=ParseMode.HTML,
                                               reply_markup=markup if first_id is None else None, **kwargs)
            first_id = first_id or sent.message_id  # the packet's buttons and replies attach to its first part
        copied = []
        if item.payload.get("copy"):
            from_chat, message_id = item.payload["copy"]
            copied.append((await self.bot.copy_message(chat_id, from_chat, message_id, **kwargs)).message_id)
        await asyncio.to_thread(self.cases.delivered, item, staff_message_id=first_id, thread_id=thread_id,
                                copied=copied)
        if case.packet_message_id is not None and ("claimed_by" in item.payload or item.payload.get("closed")):
            # Keep the packet's buttons true, whichever channel (Telegram or console) made the change.
            markup = closed_keyboard(case.id) if item.payload.get("closed") else \
                case_keyboard(case.id, claimed_by=item.payload["claimed_by"])
            try:
                await self.bot.edit_message_reply_markup(chat_id, case.packet_message_id, reply_markup=markup)
            except TelegramError as exc:  # "message is not modified" when Telegram's buttons already did it
                logger.debug("Packet buttons of case %s not updated: %s", case.id, exc)
        if item.payload.get("close_topic") and thread_id is not None:
            try:
                await self.bot.close_forum_topic(chat_id, thread_id)
            except TelegramError as exc:
                logger.info("Could not close the topic of case %s: %s", case.id, exc)

    async def _forget(self, item: OutboxItem, chat_id: int) -> None:
        """Remove a forgotten case's topic (or its messages) from the staff group, then tell staff."""
        try:
            if item.payload.get("delete_topic"):
                await self.bot.delete_forum_topic(chat_id, item.payload["delete_topic"])
            elif item.payload.get("delete_messages"):
                await self.bot.delete_messages(chat_id, item.payload["delete_messages"])
        except TelegramError as exc:  # too old to delete, already gone: the notice still goes out
            logger.info("Could not delete a forgotten case's messages: %s", exc)
        await self.bot.send_message(chat_id, to_html(item.text), parse_mode=ParseMode.HTML)
        await asyncio.to_thread(self.cases.delivered, item)

    async def _is_forum(self, chat_id: int) -> bool:
        if chat_id not in self._forums:
            chat = await self.bot.get_chat(chat_id)
            self._forums[chat_id] = bool(chat.is_forum)
        return self._forums[chat_id]

    async def _tell_staff_not_delivered(self, case: CaseView) -> None:
        if case.staff_chat_id is None:
            return
        try:
            await self.bot.send_message(case.staff_chat_id, staff_text().not_delivered,
                                        message_thread_id=case.staff_thread_id)
        except TelegramError as exc:
            logger.info("Could not tell staff about an undelivered message: %s", exc)


class _Permanent(Exception):
    """A delivery that can never succeed."""
