"""The inbox: every incoming update is stored before the channel acknowledges it, until it is handled.

A bot killed while it handles a message must neither lose the message nor act on it twice. So:

1. An update is written here (its raw JSON, the chat and user it came from) *before* Telegram is
   told it arrived: before the next ``getUpdates`` offset in polling mode, before the 200 of a
   webhook request. An update id already here is a re-delivery and is dropped (:meth:`Inbox.receive`).
2. While a handler works on update N (:func:`handling`), every database transaction that writes
   also marks N ``committed`` in the same transaction (:func:`track_commits`). After a crash, an
   update that is not ``committed`` changed nothing and is simply handled again; one that is must
   not be (the conversation has moved on: the worker's "8000" was already read as their wage, and
   reading it again would take it for the next question).
3. The reply the update owes its sender is written in the transaction that commits the effects it
   answers (:func:`owe`, the ``reply`` column): a service that knows its reply before its last write
   hands it over first, so a kill after the commit cannot take the reply with it.
4. Each message the handler sends is recorded before the call (``sends``: the method and its
   parameters) and after it (Telegram's answer). Handling an uncommitted update again replays the
   answers Telegram already gave instead of sending again; for a committed one, the sends that
   were recorded but never confirmed are sent, and then the parts of its owed reply that were never
   recorded (see :meth:`Inbox.unhandled`).
5. When the handler returns the update is marked handled and its JSON, chat, user, reply and sends
   are dropped: only the bare update id stays, for a day, to recognise a re-delivery.

Nothing here knows Telegram: updates come in and go out as dicts (``handlers/inbox.py`` adapts).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import weakref
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    delete,
    event,
    false,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.clock import Clock, utc_now
from bot.db import metadata

logger = logging.getLogger(__name__)

TS = DateTime(timezone=True)

inbox = Table(
    "inbox",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("chat_id", BigInteger, nullable=True),  # while unhandled: replay order per chat
    Column("user_id", BigInteger, nullable=True),  # while unhandled: /forget finds them
    Column("payload", Text, nullable=True),  # the raw update, only while unhandled
    Column("received_at", TS, nullable=False),
    # A transaction of the handler that wrote something has committed (set inside that transaction).
    Column("committed", Boolean, nullable=False, server_default=false()),
    # The reply owed to the sender (channel-neutral JSON), written with the effects it answers; while unhandled.
    Column("reply", Text, nullable=True),
    Column("handled_at", TS, nullable=True),
)
Index("ix_inbox_unhandled", inbox.c.handled_at, inbox.c.update_id)
Index("ix_inbox_user_id", inbox.c.user_id)

inbox_sends = Table(
    "inbox_sends",
    metadata,
    Column("update_id", BigInteger, ForeignKey("inbox.update_id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),  # the handler's n-th output call
    Column("method", String(40), nullable=False),
    Column("params", Text, nullable=False),  # the call's parameters, as sent
    Column("attempted_at", TS, nullable=False),
    Column("response", LargeBinary, nullable=True),  # Telegram's answer once it accepted the call
)

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_OWN = re.compile(r"\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?inbox", re.IGNORECASE)


@dataclass(slots=True)
class Handling:
    """The update the current task (and the threads it starts) is handling."""

    update_id: int
    replay: bool = False  # handled again after a restart
    seq: int = 0  # output calls made so far
    done: bool = False  # the handler returned: later output (a background task it started) is not its reply
    owed: str | None = None  # the reply to write with the next commit of its effects (JSON; see :func:`owe`)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


current: ContextVar[Handling | None] = ContextVar("inbox_handling", default=None)


@contextlib.contextmanager
def handling(update_id: int, *, replay: bool = False) -> Iterator[Handling]:
    """Mark the database writes and output calls made inside as the handling of ``update_id``."""
    h = Handling(update_id, replay=replay)
    token = current.set(h)
    try:
        yield h
    finally:
        current.reset(token)


def owe(reply: dict) -> None:
    """Record ``reply`` (JSON-able, channel-neutral) as what the update being handled owes its sender.

    It is written in the next transaction that commits an effect of the update, with the ``committed``
    mark: call it before the last write whose outcome the reply reports. Outside an update's handling
    (the command line, a test calling a service) it does nothing."""
    h = current.get()
    if h is not None and not h.done:
        h.owed = json.dumps(reply, ensure_ascii=False)


@contextlib.contextmanager
def bookkeeping() -> Iterator[None]:
    """Writes made inside are not the handled update's effects (the inbox's own, a rate window): they
    neither mark it committed nor carry its reply."""
    token = current.set(None)
    try:
        yield
    finally:
        current.reset(token)


_tracked: weakref.WeakSet[Engine] = weakref.WeakSet()


def track_commits(engine: Engine) -> None:
    """Make every writing transaction committed while an update is handled mark it ``committed``, atomically.

    The mark is written in the transaction itself, just before its COMMIT, so the effect and the mark
    are both there after a crash or neither is."""
    if engine in _tracked:  # a restarted Application over the same engine
        return
    _tracked.add(engine)
    if engine.dialect.paramstyle == "qmark":
        mark = "UPDATE inbox SET committed = ? WHERE update_id = ? AND committed = ?"
        mark_owed = "UPDATE inbox SET committed = ?, reply = ? WHERE update_id = ?"
    else:
        mark = "UPDATE inbox SET committed = %s WHERE update_id = %s AND committed = %s"
        mark_owed = "UPDATE inbox SET committed = %s, reply = %s WHERE update_id = %s"

    @event.listens_for(engine, "before_cursor_execute")
    def _note_write(conn, cursor, statement, parameters, context, executemany) -> None:
        h = current.get()
        if h is not None and not h.done and _WRITE.match(statement) and not _OWN.match(statement):
            conn.info.setdefault("inbox_writes", {})[h.update_id] = h

    @event.listens_for(engine, "commit")
    def _mark(conn) -> None:
        writes = conn.info.pop("inbox_writes", None)
        if writes:
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                for update_id, h in writes.items():
                    if h.owed is not None:  # the reply goes in with the effects it reports
                        cursor.execute(mark_owed, (True, h.owed, update_id))
                    else:
                        cursor.execute(mark, (True, update_id, False))
            finally:
                cursor.close()

    @event.listens_for(engine, "rollback")
    def _forget_writes(conn) -> None:
        conn.info.pop("inbox_writes", None)


@dataclass(frozen=True, slots=True)
class Send:
    seq: int
    method: str
    params: dict
    response: bytes | None  # None: attempted, Telegram's answer never recorded


@dataclass(frozen=True, slots=True)
class Pending:
    """An update stored but not handled when the service stopped."""

    update_id: int
    chat_id: int | None
    update: dict
    committed: bool
    sends: list[Send] = field(default_factory=list)
    reply: dict | None = None  # the reply owed, recorded with the effects (see :func:`owe`)


class Inbox:
    """Incoming updates, from before they are acknowledged until they are handled."""

    def __init__(self, engine: Engine, *, clock: Clock = utc_now, keep_handled: timedelta = timedelta(days=1)) -> None:
        self.engine = engine
        self.clock = clock
        self.keep_handled = keep_handled

    def receive(self, update: dict, *, chat_id: int | None, user_id: int | None) -> bool:
        """Store an update; return False when its id is already here (a re-delivery: do not handle it)."""
        with bookkeeping():
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(inbox).values(
                        update_id=update["update_id"], chat_id=chat_id, user_id=user_id,
                        payload=json.dumps(update, ensure_ascii=False), received_at=self.clock(), committed=False))
            except IntegrityError:
                return False
        return True

    def handled(self, update_id: int) -> None:
        """The update's effects are in and its replies out: keep only its id (to drop re-deliveries)."""
        with bookkeeping(), self.engine.begin() as conn:
            conn.execute(delete(inbox_sends).where(inbox_sends.c.update_id == update_id))
            conn.execute(update(inbox).where(inbox.c.update_id == update_id)
                         .values(handled_at=self.clock(), payload=None, chat_id=None, user_id=None, reply=None))

    def unhandled(self) -> list[Pending]:
        """What was stored and not handled, oldest first (Telegram's update ids grow)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(inbox).where(inbox.c.handled_at.is_(None))
                                .order_by(inbox.c.update_id)).all()
            sends: dict[int, list[Send]] = {}
            for s in conn.execute(select(inbox_sends).order_by(inbox_sends.c.update_id, inbox_sends.c.seq)):
                sends.setdefault(s.update_id, []).append(Send(s.seq, s.method, json.loads(s.params), s.response))
        return [Pending(r.update_id, r.chat_id, json.loads(r.payload), bool(r.committed), sends.get(r.update_id, []),
                        json.loads(r.reply) if r.reply else None)
                for r in rows if r.payload is not None]

    # ---- the handler's output calls -----------------------------------------------------------

    def recorded(self, update_id: int, seq: int) -> Send | None:
        """The ``seq``-th output call of the update, if it was recorded."""
        with self.engine.connect() as conn:
            row = conn.execute(select(inbox_sends).where(inbox_sends.c.update_id == update_id)
                               .where(inbox_sends.c.seq == seq)).first()
        return Send(row.seq, row.method, json.loads(row.params), row.response) if row else None

    def attempt(self, update_id: int, seq: int, method: str, params: dict) -> bool:
        """Record an output call before it is made; False when the update is no longer in the inbox
        (handled, or deleted by /forget): the call is then not the handler's recorded reply."""
        with bookkeeping(), self.engine.begin() as conn:
            live = conn.execute(select(inbox.c.update_id).where(inbox.c.update_id == update_id)
                                .where(inbox.c.handled_at.is_(None))).first()
            if live is None:
                return False
            exists = conn.execute(select(inbox_sends.c.seq).where(inbox_sends.c.update_id == update_id)
                                  .where(inbox_sends.c.seq == seq)).first()
            values = {"method": method, "params": json.dumps(params, ensure_ascii=False),
                      "attempted_at": self.clock()}
            if exists:
                conn.execute(update(inbox_sends).where(inbox_sends.c.update_id == update_id)
                             .where(inbox_sends.c.seq == seq).values(**values))
            else:
                conn.execute(insert(inbox_sends).values(update_id=update_id, seq=seq, **values))
        return True

    def accepted(self, update_id: int, seq: int, response: bytes) -> None:
        """Telegram accepted the call: a replay answers with this instead of calling again."""
        with bookkeeping(), self.engine.begin() as conn:
            conn.execute(update(inbox_sends).where(inbox_sends.c.update_id == update_id)
                         .where(inbox_sends.c.seq == seq).values(response=response))

    # ---- privacy and housekeeping -------------------------------------------------------------

    def forget(self, user_id: int, *, before: int | None = None) -> int:
        """Delete the user's stored, unhandled updates that came before update ``before`` (the one asking;
        all of them when None); return how many.

        Only those before it: update ids grow in the order the user made them, and a message sent after
        the request (typed while the bot was down or busy, and stored while the request waited its turn)
        is a new one to answer, not part of what was asked to be deleted. Deleted, it would be dropped
        unanswered as if another replica had handled it."""
        with bookkeeping(), self.engine.begin() as conn:
            query = delete(inbox).where(inbox.c.user_id == user_id).where(inbox.c.handled_at.is_(None))
            if before is not None:
                query = query.where(inbox.c.update_id < before)
            return conn.execute(query).rowcount

    def prune(self, *, now: datetime | None = None) -> int:
        """Drop the ids of updates handled longer ago than Telegram would re-deliver them; return how many."""
        cutoff = (now or self.clock()) - self.keep_handled
        with bookkeeping(), self.engine.begin() as conn:
            return conn.execute(delete(inbox).where(inbox.c.handled_at.is_not(None))
                                .where(inbox.c.handled_at < cutoff)).rowcount
