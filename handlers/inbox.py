"""The Telegram side of the inbox (``bot/inbox.py``): three PTB seams, and the replay at start-up.

* :class:`InboxQueue`, the Application's update queue: both the long-polling Updater and the webhook
  server ``await update_queue.put(update)`` before they acknowledge the update (the next
  ``getUpdates`` offset, the webhook's 200), so storing the update inside ``put`` stores it before
  Telegram is told. A re-delivered update id is dropped there.
* :class:`InboxProcessor`, the Application's update processor: runs each update's handlers inside
  :func:`bot.inbox.handling` (so their database writes mark it committed) and marks it handled after.
* :class:`TurnLocks`, the per-user locks the handlers take to keep a worker's messages in order, taken
  across replicas (``bot/turns.py``): one ordered update of a worker at a time, oldest first; an update
  another replica already handled is not handled again.
* :class:`RecordingRequest`, the bot's HTTP transport: records each output call a handler makes
  (send, edit, reaction, callback answer) before and after it, and while an update is handled again
  answers the calls Telegram already accepted from that record instead of sending them twice.
* :func:`replay`, at start-up: finishes what the last run left, including the replies that updates
  owed (stored with their effects) and never sent.
* :func:`owe_calls`, for the replies a :class:`~bot.replies.ChatReply` cannot say (the edit of a pressed
  message, the answer to a button press, a reply in a staff topic): a handler owes the Bot API calls
  themselves, in the transaction of the effects they report.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from telegram import CallbackQuery, MaybeInaccessibleMessage, Message, Update
from telegram.constants import ParseMode
from telegram.error import NetworkError, TelegramError
from telegram.ext import Application, ApplicationHandlerStop, SimpleUpdateProcessor
from telegram.request import HTTPXRequest, RequestData

from bot.inbox import Inbox, Pending, Send, current, handling, owe
from bot.ratelimit import UserLocks
from bot.replies import ChatReply
from bot.turns import DONE, GO, WAIT, Turns
from handlers.format import keyboard, messages

logger = logging.getLogger(__name__)

# The Bot API methods whose calls are a handler's visible output (lower case). Reads (getFile, getChat),
# "typing…" and file uploads are not recorded: they are harmless to repeat or not replayable.
OUTPUT_METHODS = frozenset({
    "sendmessage", "editmessagetext", "editmessagereplymarkup", "copymessage", "setmessagereaction",
    "answercallbackquery", "deletemessage",
})
PRUNE_EVERY = 1000  # handled updates between two clean-ups of old update ids
TURN_POLL_S = (0.01, 0.2)  # first and longest pause before asking again for a worker's turn


class InboxLink:
    """The inbox the seams use; None until ``post_init`` opens the services (nothing arrives before)."""

    def __init__(self) -> None:
        self.inbox: Inbox | None = None
        self.turns: Turns | None = None
        self.replayed: set[int] = set()  # update ids being handled again after a restart
        # The inbox's writes get threads of their own: in the default pool they would queue behind
        # answers being computed, and every millisecond between a handler's commit and the record of
        # its reply is a moment in which a kill loses that reply.
        self._threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="inbox")
        # Asking for a turn is a short call on one connection, repeated while an earlier update is handled:
        # a thread of its own keeps that polling out of the inbox's writes.
        self._turn_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="turns")

    def close(self) -> None:
        self._threads.shutdown(wait=False)
        self._turn_thread.shutdown(wait=False)
        if self.turns is not None:
            self.turns.close()

    async def try_turn(self, user_id: int, update_id: int) -> str:
        assert self.turns is not None
        return await asyncio.get_running_loop().run_in_executor(self._turn_thread, self.turns.try_turn, user_id,
                                                                update_id)

    async def take_turn(self, user_id: int, update_id: int) -> str:
        """Wait until the user's turn is this update's (GO) or the update proves handled already (DONE)."""
        pause = TURN_POLL_S[0]
        while (verdict := await self.try_turn(user_id, update_id)) == WAIT:
            await asyncio.sleep(pause)
            pause = min(pause * 2, TURN_POLL_S[1])
        return verdict

    async def release_turn(self, user_id: int) -> None:
        assert self.turns is not None
        await asyncio.get_running_loop().run_in_executor(self._turn_thread, self.turns.release, user_id)

    async def io(self, fn, /, *args: Any, **kwargs: Any) -> Any:
        """Run an inbox call on the inbox's own threads."""
        return await asyncio.get_running_loop().run_in_executor(self._threads, functools.partial(fn, *args, **kwargs))


class InboxQueue(asyncio.Queue):
    """The update queue: an update is stored in the inbox before ``put`` returns (and so before it is
    acknowledged to Telegram); an update id already stored is not queued again."""

    def __init__(self, link: InboxLink) -> None:
        super().__init__()
        self._link = link

    async def put(self, item: object) -> None:
        inbox = self._link.inbox
        if inbox is not None and isinstance(item, Update):
            user, chat = item.effective_user, item.effective_chat
            new = await self._link.io(inbox.receive, item.to_dict(), chat_id=chat.id if chat else None,
                                      user_id=user.id if user else None)
            if not new:
                logger.info("Update %s arrived again; it is handled (or queued) already", item.update_id)
                return
        await super().put(item)

    async def put_stored(self, item: Update) -> None:
        """Queue an update that is in the inbox already (handled again after a restart)."""
        await super().put(item)


class InboxProcessor(SimpleUpdateProcessor):
    """Handles each update as the inbox's ``handling`` of it and marks it handled when its handlers return."""

    def __init__(self, link: InboxLink, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._link = link
        self._count = 0

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        inbox = self._link.inbox
        if inbox is None or not isinstance(update, Update):
            await coroutine
            return
        cancelled = False
        with handling(update.update_id, replay=update.update_id in self._link.replayed) as h:
            try:
                await coroutine
            except asyncio.CancelledError:  # stopped mid-way: it stays in the inbox for the next start
                cancelled = True
                raise
            finally:
                h.done = True
                if not cancelled:  # an error in a handler was reported (error handler): done, not retried
                    await self._link.io(inbox.handled, update.update_id)
                    self._link.replayed.discard(update.update_id)
        self._count += 1
        if self._count % PRUNE_EVERY == 0:
            await self._link.io(inbox.prune)


class TurnLocks(UserLocks):
    """``async with locks(user_id):`` as in :class:`bot.ratelimit.UserLocks`, and across replicas: inside
    an update's handling the lock is held only with the worker's turn (``bot/turns.py``), taken when no
    earlier update of the worker is unhandled in the shared inbox. An update that proves handled by
    another replica meanwhile stops its handler (``ApplicationHandlerStop``) before it does anything."""

    def __init__(self, link: InboxLink) -> None:
        super().__init__()
        self._link = link

    def __call__(self, user_id: int) -> _TurnHeld:
        return _TurnHeld(self, user_id)


class _TurnHeld:
    __slots__ = ("_locks", "_user_id", "_local", "_turn")

    def __init__(self, locks: TurnLocks, user_id: int) -> None:
        self._locks = locks
        self._user_id = user_id
        self._local = None
        self._turn = False

    async def __aenter__(self) -> None:
        link, h = self._locks._link, current.get()
        pause = TURN_POLL_S[0]
        while True:
            local = UserLocks.__call__(self._locks, self._user_id)
            await local.__aenter__()  # this replica's tasks of the worker queue here first
            if link.turns is None or h is None or h.done:
                self._local = local
                return
            verdict = await link.try_turn(self._user_id, h.update_id)
            if verdict == GO:
                self._local, self._turn = local, True
                return
            # Not this update's turn yet: let this replica's other tasks of the worker look too (the earlier
            # update may be one of them), and ask again shortly.
            await local.__aexit__(None, None, None)
            if verdict == DONE:
                logger.info("Update %s was handled by another replica", h.update_id)
                raise ApplicationHandlerStop
            await asyncio.sleep(pause)
            pause = min(pause * 2, TURN_POLL_S[1])

    async def __aexit__(self, exc_type, exc, tb) -> None:
        local, self._local = self._local, None
        try:
            if self._turn:
                self._turn = False
                await self._locks._link.release_turn(self._user_id)
        finally:
            await local.__aexit__(exc_type, exc, tb)


# A connection that failed before any answer came back: refused, or closed under the request (a keep-alive connection
# the server or a proxy closed just as the request went out). Asked once more after a short pause; a timeout is not
# one (Telegram may be handling the request).
_DROPPED = (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
RETRY_DROPPED_S = 0.2


class RecordingRequest(HTTPXRequest):
    """The bot's HTTP transport, recording the output calls made while an update is handled, and asking once more
    when the connection drops before an answer (a dropped "typing…" or reply otherwise ended the update: the worker
    was never answered)."""

    def __init__(self, link: InboxLink, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._link = link

    async def _call(self, url: str, method: str, request_data: RequestData | None, **timeouts: Any) -> tuple[int, bytes]:
        try:
            return await super().do_request(url, method, request_data, **timeouts)
        except NetworkError as exc:
            if type(exc) is not NetworkError or not isinstance(exc.__cause__, _DROPPED):
                raise
            logger.info("Bot API connection dropped (%s); asking again", type(exc.__cause__).__name__)
            await asyncio.sleep(RETRY_DROPPED_S)
            return await super().do_request(url, method, request_data, **timeouts)

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         **timeouts: Any) -> tuple[int, bytes]:
        h, inbox = current.get(), self._link.inbox
        endpoint = url.rsplit("/", 1)[-1]
        if (h is None or h.done or inbox is None or endpoint.lower() not in OUTPUT_METHODS
                or (request_data is not None and request_data.contains_files)):
            return await self._call(url, method, request_data, **timeouts)
        seq = h.next_seq()
        if h.replay:
            before = await self._link.io(inbox.recorded, h.update_id, seq)
            if before is not None and before.response is not None and before.method == endpoint:
                return 200, before.response  # Telegram accepted this call before the restart
        params = request_data.json_parameters if request_data is not None else {}
        if not await self._link.io(inbox.attempt, h.update_id, seq, endpoint, params):
            return await self._call(url, method, request_data, **timeouts)
        code, payload = await self._call(url, method, request_data, **timeouts)
        if code == 200:
            await self._link.io(inbox.accepted, h.update_id, seq, payload)
        elif h.replay and endpoint.lower() == "answercallbackquery" and code == 400:
            # The button press is too old to answer now; its effect is what matters, not the popup.
            return 200, b'{"ok":true,"result":true}'
        return code, payload


async def replay(app: Application, link: InboxLink) -> int:
    """Finish what the inbox holds from before a stop, oldest first, before any new update is handled;
    return how many updates that was.

    An update whose handler committed nothing is handled again from the start (its calls Telegram
    accepted are answered from the record). One whose handler committed is not: the output calls it
    recorded but never saw answered are made now, then the messages of the reply it owed (stored with
    its effects) that were never recorded. An unanswered call's outcome is unknown (Telegram may have
    shown the message just before the crash); it is made again, because a worker left without the
    answer or the next calculator question would read their own next message against the wrong
    question, while a repeated message is only a repeat."""
    inbox = link.inbox
    assert inbox is not None
    pending: list[Pending] = await asyncio.to_thread(inbox.unhandled)
    for item in pending:
        if item.committed:
            await _finish_committed(app, link, item)
        else:
            link.replayed.add(item.update_id)
            await app.update_queue.put_stored(Update.de_json(item.update, app.bot))
    if pending:
        logger.info("Inbox: %d update(s) from before the restart finished or queued again", len(pending))
    return len(pending)


async def _finish_committed(app: Application, link: InboxLink, item: Pending) -> None:
    inbox = link.inbox
    user = Update.de_json(item.update, app.bot).effective_user
    turn = link.turns is not None and user is not None
    # Another replica may be finishing this very update: take the worker's turn, and skip it if it is done.
    if turn and await link.take_turn(user.id, item.update_id) == DONE:
        return
    try:
        if not item.sends and item.reply is None:  # a handler that wrote without owing a reply first
            logger.warning("Update %s: its effects were committed but no reply was recorded", item.update_id)
        await _send_unconfirmed(app, inbox, item)
        await _send_owed(app, item)
        await asyncio.to_thread(inbox.handled, item.update_id)
    finally:
        if turn:
            await link.release_turn(user.id)


async def _send_owed(app: Application, item: Pending) -> None:
    """Send the messages of the update's owed reply that its handler never got to record (killed between
    the commit and its first send, or between two parts). A recorded one was accepted or has just been
    made again (:func:`_send_unconfirmed`)."""
    if item.reply is None or item.chat_id is None:
        return
    if "calls" in item.reply:
        await _make_owed_calls(app, item, item.reply["calls"])
        return
    reply = ChatReply.from_record(item.reply)
    recorded = {s.params.get("text") for s in item.sends if s.method.lower() == "sendmessage"}
    owed = [(html, markup) for html, markup in messages(reply.text, keyboard(reply.actions)) if html not in recorded]
    if not owed:
        return
    logger.info("Update %s: %d message(s) of its reply sent after the restart", item.update_id, len(owed))
    with handling(item.update_id, replay=True) as h:
        h.seq = max((s.seq for s in item.sends), default=0)  # recorded after the handler's own calls
        for html, markup in owed:
            try:
                await app.bot.send_message(item.chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup)
            except TelegramError as exc:  # blocked by the worker, say: the rest cannot arrive either
                logger.warning("Update %s: its owed reply could not be sent: %s", item.update_id, exc)
                return


async def _make_owed_calls(app: Application, item: Pending, calls: list[list]) -> None:
    """Make the owed Bot API calls (:func:`owe_calls`) that the handler never got to record."""
    owed = [(method, params) for method, params in calls if not any(_made(s, method, params) for s in item.sends)]
    if not owed:
        return
    logger.info("Update %s: %d call(s) of its reply made after the restart", item.update_id, len(owed))
    with handling(item.update_id, replay=True) as h:
        h.seq = max((s.seq for s in item.sends), default=0)
        for method, params in owed:
            try:
                await _call(app, method, params)
            except TelegramError as exc:
                if method != "editMessageText" or "not modified" in str(exc).lower():
                    logger.warning("Update %s: an owed %s could not be made: %s", item.update_id, method, exc)
                    continue
                # The pressed message can no longer be edited (deleted, too old): the text comes as a new
                # message instead, as handlers.callbacks.show does.
                try:
                    await app.bot.send_message(params["chat_id"], params["text"])
                except TelegramError as again:
                    logger.warning("Update %s: its owed reply could not be sent: %s", item.update_id, again)


def _made(send: Send, method: str, params: dict) -> bool:
    """Whether a recorded call is the owed one: the same method saying the same text (the calls of one
    update all go to the chat, message or press it came with), or the message an edit became when the
    pressed message could not be edited."""
    same = send.method.lower() == method.lower() or (method, send.method) == ("editMessageText", "sendMessage")
    return same and send.params.get("text") == params.get("text")


async def _call(app: Application, method: str, params: dict) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # do_api_request warns that a named method exists
        return await app.bot.do_api_request(method, api_kwargs=params)


# ---- replies owed as Bot API calls ------------------------------------------------------------------

def owe_calls(*calls: tuple[str, dict]) -> None:
    """Owe the sender of the update being handled these Bot API calls (method, parameters), for replies a
    :class:`~bot.replies.ChatReply` cannot say. As :func:`bot.inbox.owe`: written with the next commit of
    the update's effects, so call it before the write whose outcome they report; made after a restart when
    the handler never got to record them (:func:`_make_owed_calls`). The handler still makes them itself."""
    owe({"calls": [[method, params] for method, params in calls]})


def edit_call(message: Message | MaybeInaccessibleMessage, text: str) -> tuple[str, dict]:
    """Replace the text of ``message`` (a pressed one) with ``text``, its buttons gone: what
    :func:`handlers.callbacks.show` does."""
    return "editMessageText", {"chat_id": message.chat.id, "message_id": message.message_id, "text": text}


def answer_call(query: CallbackQuery, text: str) -> tuple[str, dict]:
    """Answer a button press with ``text`` over the chat (``query.answer(text)``)."""
    return "answerCallbackQuery", {"callback_query_id": query.id, "text": text}


def reply_call(message: Message, text: str) -> tuple[str, dict]:
    """Send ``text`` in ``message``'s chat (and forum topic), replying to it (``message.reply_text``)."""
    params: dict = {"chat_id": message.chat_id, "text": text, "reply_parameters": {"message_id": message.message_id}}
    if message.is_topic_message and message.message_thread_id is not None:
        params["message_thread_id"] = message.message_thread_id
    return "sendMessage", params


async def _send_unconfirmed(app: Application, inbox: Inbox, item: Pending) -> None:
    for send in item.sends:
        if send.response is not None:
            continue
        with handling(item.update_id, replay=True) as h:
            h.seq = send.seq - 1  # the call takes its own place in the record
            try:
                await _call(app, send.method, send.params)
            except Exception as exc:  # a message that cannot be sent now (blocked, edited away) is given up
                logger.warning("Update %s: an unconfirmed %s could not be made again: %s", item.update_id,
                               send.method, exc)
