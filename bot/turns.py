"""Per-worker turns across replicas: one ordered update of a worker handled at a time, oldest first,
whichever replica has it.

Behind a load balancer two updates of one worker can reach two replicas at once (the chat is in the
request body, so nginx cannot route by it). Every replica has already stored the update in the shared
inbox (``bot/inbox.py``) before acknowledging it, so the inbox knows, for each user, which updates are
waiting. The handlers that keep a worker's messages in order (questions, calculator and intake steps,
their buttons: those that take ``BotData.locks``) go ahead only when

* this replica holds the worker's turn: a PostgreSQL session advisory lock on the user id, held on one
  connection per replica for as long as the handler holds it (a replica killed mid-update loses its
  connection and with it the lock, so no lease has to run out), and no other task of this replica has
  it (advisory locks are re-entrant within a session, so that is checked here); and
* no earlier update of the user is still unhandled in the inbox (it is marked handled only after its
  reply was sent, so the later one also waits for that reply).

Otherwise the turn is not taken and the caller asks again shortly (:data:`WAIT`). An update another
replica has handled meanwhile (a replica starting up replays what the inbox holds, including updates a
live replica was busy with) is reported as :data:`DONE` and must not be handled again.

An earlier update may stay unhandled for long: its replica died before handling it, or it is one that
does not wait for turns and takes its time (an admin's upload). The later one then waits at most
``order_wait_s`` and goes ahead (logged); an orphan is finished when a replica next starts
(``handlers/inbox.py`` ``replay``).

On SQLite (one process) the inbox check and the in-process exclusion are the whole mechanism.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

logger = logging.getLogger(__name__)

GO = "go"  # the turn is held: handle the update, then release
WAIT = "wait"  # another update of the user comes first or is being handled: ask again shortly
DONE = "done"  # the update was handled already (or deleted by /forget): do not handle it

# The oldest unhandled update of the user up to this one: this one → go; an earlier one → wait; none → done.
_OLDEST = text("SELECT min(update_id) FROM inbox WHERE user_id = :user AND handled_at IS NULL "
               "AND update_id <= :update")


class Turns:
    """Which replica handles a worker's next ordered update, and when. Thread-safe; every call is short."""

    def __init__(self, engine: Engine, *, order_wait_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self.order_wait_s = order_wait_s
        self._clock = clock
        self._shared = engine.dialect.name == "postgresql"
        self._mutex = threading.Lock()  # the lock connection is used by one thread at a time
        self._conn: Connection | None = None
        self._held: set[int] = set()  # users whose turn a task of this process holds
        self._waiting_since: dict[int, float] = {}  # update id → first WAIT, for the orphan timeout

    def try_turn(self, user_id: int, update_id: int) -> str:
        """Take the user's turn for ``update_id`` if it is due: return GO, WAIT or DONE."""
        with self._mutex:
            if user_id in self._held:
                return WAIT
            conn = self._connection()
            if self._shared and not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": user_id}).scalar():
                return WAIT
            try:
                oldest = conn.execute(_OLDEST, {"user": user_id, "update": update_id}).scalar()
            except BaseException:
                self._unlock(conn, user_id)
                raise
            if oldest is None:
                verdict = DONE
            elif oldest == update_id:
                verdict = GO
            elif self._clock() - self._waiting_since.setdefault(update_id, self._clock()) >= self.order_wait_s:
                logger.warning("Update %s goes ahead of unhandled update %s of the same user after %.0f s "
                               "(its replica is gone or it is slow; an orphan is finished when a replica starts)",
                               update_id, oldest, self.order_wait_s)
                verdict = GO
            else:
                verdict = WAIT
            if verdict != WAIT:
                self._waiting_since.pop(update_id, None)
            if verdict != GO:
                self._unlock(conn, user_id)
                return verdict
            self._held.add(user_id)
            return GO

    def release(self, user_id: int) -> None:
        """Give up the user's turn."""
        with self._mutex:
            if user_id not in self._held:
                return
            self._held.discard(user_id)
            if self._conn is not None:
                self._unlock(self._conn, user_id)

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                self._conn.invalidate()  # the session ends (not back to the pool): PostgreSQL drops its locks
                self._conn = None
            self._held.clear()

    def _connection(self) -> Connection:
        if self._conn is not None and self._conn.invalidated:
            self._conn = None
        if self._conn is None:
            # Autocommit: each inbox look-up sees the latest commits; the advisory locks are per session.
            self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._conn

    def _unlock(self, conn: Connection, user_id: int) -> None:
        if not self._shared:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": user_id})
        except Exception:  # the connection died: the session, and its locks, are gone with it
            logger.warning("turn lock connection lost; reconnecting", exc_info=True)
            try:
                conn.invalidate()
            finally:
                self._conn = None
