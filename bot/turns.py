"""Per-chat turns across replicas: one update of a chat handled at a time, oldest first, whichever replica has it.

Behind a load balancer two updates of one worker can reach two replicas at once (the chat is in the
request body, so nginx cannot route by it). Every replica has already stored the update in the shared
inbox (``bot/inbox.py``) before acknowledging it, so the inbox knows, for each chat, which updates are
waiting. An update is handled only when

* this replica holds the chat's turn: a PostgreSQL session advisory lock on the chat id, held on one
  connection per replica for as long as the handler runs (a replica killed mid-update loses its
  connection and with it the lock, so no lease has to run out), and no other task of this replica is
  handling the chat (advisory locks are re-entrant within a session, so that is checked here); and
* no earlier update of the chat is still unhandled in the inbox.

Otherwise the turn is not taken and the caller asks again shortly (:data:`WAIT`). The turn is released
only after the update is marked handled, so the next holder sees it done. An update another replica
has handled meanwhile (a replica starting up replays what the inbox holds, including updates a live
replica was busy with) is reported as :data:`DONE` and must not be handled again.

An earlier update may also stay unhandled because the replica that stored it died before handling it;
then the later one waits at most ``order_wait_s`` and goes ahead (logged), and the earlier one is
finished when a replica next starts (``handlers/inbox.py`` ``replay``).

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
WAIT = "wait"  # another update of the chat comes first or is being handled: ask again shortly
DONE = "done"  # the update was handled already (or deleted by /forget): do not handle it

# The oldest unhandled update of the chat up to this one: this one → go; an earlier one → wait; none → done.
_OLDEST = text("SELECT min(update_id) FROM inbox WHERE chat_id = :chat AND handled_at IS NULL "
               "AND update_id <= :update")


class ChatTurns:
    """Which replica handles a chat's next update, and when. Thread-safe; every call is short."""

    def __init__(self, engine: Engine, *, order_wait_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self.order_wait_s = order_wait_s
        self._clock = clock
        self._shared = engine.dialect.name == "postgresql"
        self._mutex = threading.Lock()  # the lock connection is used by one thread at a time
        self._conn: Connection | None = None
        self._held: set[int] = set()  # chats whose turn a task of this process holds
        self._waiting_since: dict[int, float] = {}  # update id → first WAIT, for the orphan timeout

    def try_turn(self, chat_id: int, update_id: int) -> str:
        """Take the chat's turn for ``update_id`` if it is due: return GO, WAIT or DONE."""
        with self._mutex:
            if chat_id in self._held:
                return WAIT
            conn = self._connection()
            if self._shared and not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": chat_id}).scalar():
                return WAIT
            try:
                oldest = conn.execute(_OLDEST, {"chat": chat_id, "update": update_id}).scalar()
            except BaseException:
                self._unlock(conn, chat_id)
                raise
            if oldest is None:
                verdict = DONE
            elif oldest == update_id:
                verdict = GO
            elif self._clock() - self._waiting_since.setdefault(update_id, self._clock()) >= self.order_wait_s:
                logger.warning("Update %s goes ahead of unhandled update %s of the same chat after %.0f s "
                               "(its replica is gone; it is finished when a replica starts)",
                               update_id, oldest, self.order_wait_s)
                verdict = GO
            else:
                verdict = WAIT
            if verdict != WAIT:
                self._waiting_since.pop(update_id, None)
            if verdict != GO:
                self._unlock(conn, chat_id)
                return verdict
            self._held.add(chat_id)
            return GO

    def release(self, chat_id: int) -> None:
        """Give up the chat's turn (after the update was marked handled)."""
        with self._mutex:
            if chat_id not in self._held:
                return
            self._held.discard(chat_id)
            if self._conn is not None:
                self._unlock(self._conn, chat_id)

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

    def _unlock(self, conn: Connection, chat_id: int) -> None:
        if not self._shared:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": chat_id})
        except Exception:  # the connection died: the session, and its locks, are gone with it
            logger.warning("turn lock connection lost; reconnecting", exc_info=True)
            try:
                conn.invalidate()
            finally:
                self._conn = None
