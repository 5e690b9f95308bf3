"""The outbox: everything a case change must tell a worker or the staff group, until it is delivered.

A change queues its messages here in its own transaction (``queue``), so nothing is lost between
the change and the courier (``handlers/courier.py``) that delivers them: it leases what is due,
then marks each item delivered or failed (retried with backoff). Unclaimed urgent cases are
announced again from here too. What changes here is how delivery behaves, not what a case is.

(The module is not called ``outbox``: that name is the table, which ``bot.cases`` exports.)
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from bot.cases import records
from bot.cases.records import CaseView, aware, case_messages, cases, dumps
from bot.clock import Clock, utc_now
from bot.db import metadata
from bot.locales import case_text, staff_text

logger = logging.getLogger(__name__)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("message_id", Integer, ForeignKey("case_messages.id", ondelete="CASCADE"), nullable=True),
    Column("target", String(10), nullable=False),  # worker | staff
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", records.TS, nullable=False),
    Column("next_attempt_at", records.TS, nullable=False),
    Column("lease_until", records.TS, nullable=True),
    Column("sent_at", records.TS, nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(300), nullable=True),
    Column("lease_owner", String(32), nullable=True),  # the courier holding the lease
    # A send of this item is under way: set before each Bot API call, cleared when Telegram's answer is
    # recorded. Still set when the lease has run out, the courier died during the call: outcome unknown.
    Column("attempt_at", records.TS, nullable=True),
    Column("accepted", Text, nullable=True),  # JSON: the message ids of the parts Telegram accepted, in order
)
Index("ix_outbox_pending", outbox.c.sent_at, outbox.c.next_attempt_at)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    case_id: int
    message_id: int | None
    target: str
    kind: str
    text: str
    payload: dict
    attempts: int
    accepted: list[int] = field(default_factory=list)  # parts Telegram accepted (message ids): never sent again
    owner: str = ""  # the courier's lease
    uncertain: bool = False  # a part was being sent when a courier died: it may be in the chat already


class Outbox:
    """Lease due deliveries to the courier, record how they went, re-announce unclaimed urgent cases."""

    def __init__(self, engine: Engine, *, clock: Clock = utc_now,
                 reannounce_after: timedelta = timedelta(minutes=30)) -> None:
        self.engine = engine
        self.clock = clock
        self.reannounce_after = reannounce_after

    def lease(self, *, limit: int = 20, lease: timedelta = timedelta(seconds=30), owner: str = "",
              now: datetime | None = None) -> list[OutboxItem]:
        """Lease up to ``limit`` deliveries that are due, oldest first, to courier ``owner`` (a leased item
        is not given to another courier until the lease runs out, so replicas do not send twice; the
        courier renews the leases of what it holds, :meth:`renew`, so a lease can be short).

        Order holds per case and target: an item is handed out only when every earlier undelivered
        item of the same case and target is handed out with it, so a retry never lets later
        messages overtake it.

        An item whose send was under way when its courier died (``attempt_at`` set, lease run out)
        may or may not be in the chat: Telegram has no way to ask. To a worker it is not sent again
        (a repeated message from a legal-aid person reads as a new one and is not taken back); it is
        closed as "outcome unknown" and the staff are told in the case's thread, where they can
        check with the worker and resend. Into the staff group it is sent again, marked as possibly
        repeated: a missing case packet would hide the case, a duplicate one costs a glance."""
        now = now or self.clock()
        taken: list[OutboxItem] = []
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(outbox).where(outbox.c.sent_at.is_(None)).where(outbox.c.next_attempt_at <= now)
                .where(or_(outbox.c.lease_until.is_(None), outbox.c.lease_until <= now))
                .order_by(outbox.c.id).limit(limit)
            ).all()
            if not rows:
                return []
            earlier = conn.execute(
                select(outbox.c.id, outbox.c.case_id, outbox.c.target).where(outbox.c.sent_at.is_(None))
                .where(outbox.c.case_id.in_({r.case_id for r in rows})).where(outbox.c.id < rows[-1].id)
            ).all()
            offered = {r.id for r in rows}
            blocked: set[tuple[int, str]] = set()
            for r in rows:
                lane = (r.case_id, r.target)
                if lane in blocked or any(e.id < r.id and (e.case_id, e.target) == lane and e.id not in offered
                                          for e in earlier):
                    blocked.add(lane)
                    offered.discard(r.id)
                    continue
                lapsed = or_(outbox.c.lease_until.is_(None), outbox.c.lease_until <= now)
                if r.attempt_at is not None and r.target == "worker":
                    if conn.execute(update(outbox).where(outbox.c.id == r.id).where(outbox.c.sent_at.is_(None))
                                    .where(lapsed).values(sent_at=now, lease_until=None, lease_owner=None,
                                                          last_error="outcome unknown: the courier stopped "
                                                                     "during the send")).rowcount:
                        self._outcome_unknown(conn, r, now)
                        continue  # not resent; what follows in its lane goes on
                    blocked.add(lane)
                    offered.discard(r.id)
                    continue
                won = conn.execute(update(outbox).where(outbox.c.id == r.id).where(outbox.c.sent_at.is_(None))
                                   .where(lapsed).values(lease_until=now + lease, lease_owner=owner)).rowcount
                if won:
                    taken.append(OutboxItem(r.id, r.case_id, r.message_id, r.target, r.kind, r.text,
                                            json.loads(r.payload), r.attempts, json.loads(r.accepted or "[]"),
                                            owner, uncertain=r.attempt_at is not None))
                else:  # another courier holds it: what follows in its lane waits
                    blocked.add(lane)
                    offered.discard(r.id)
        return taken

    def _outcome_unknown(self, conn: Connection, row, now: datetime) -> None:
        """Tell the staff a message to the worker may not have arrived (never resent by the bot)."""
        logger.warning("Delivery %s (%s to the worker): outcome unknown after a courier stopped; not resent",
                       row.id, row.kind)
        records.add_event(conn, row.case_id, "bot", "delivery_unknown", {"target": row.target, "kind": row.kind}, now)
        queue(conn, row.case_id, "staff", "notice", staff_text().delivery_unknown.format(text=row.text[:300]), now)

    def renew(self, ids: list[int], *, owner: str, lease: timedelta = timedelta(seconds=30),
              now: datetime | None = None) -> int:
        """Extend the leases ``owner`` still holds on ``ids``; return how many it holds."""
        if not ids:
            return 0
        now = now or self.clock()
        with self.engine.begin() as conn:
            return conn.execute(update(outbox).where(outbox.c.id.in_(ids)).where(outbox.c.lease_owner == owner)
                                .where(outbox.c.sent_at.is_(None)).values(lease_until=now + lease)).rowcount

    def attempt(self, item: OutboxItem, *, lease: timedelta = timedelta(seconds=30),
                now: datetime | None = None) -> bool:
        """Record that a part of ``item`` is about to be sent; False when the lease was lost (another
        courier took the item): the caller must not send."""
        now = now or self.clock()
        with self.engine.begin() as conn:
            return bool(conn.execute(update(outbox).where(outbox.c.id == item.id).where(outbox.c.sent_at.is_(None))
                                     .where(outbox.c.lease_owner == item.owner)
                                     .values(attempt_at=now, lease_until=now + lease)).rowcount)

    def accepted(self, item: OutboxItem, message_id: int) -> None:
        """Telegram accepted the part being sent: remember its message id, so it is never sent again."""
        item.accepted.append(message_id)
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == item.id)
                         .values(attempt_at=None, accepted=json.dumps(item.accepted)))

    def delivered(self, item: OutboxItem, *, staff_message_id: int | None = None, thread_id: int | None = None,
                  copied: list[int] | None = None, now: datetime | None = None) -> None:
        """Mark a delivery done; remember where the packet, a relayed message or a copied photo landed in
        the staff group (so that /forget can remove them)."""
        now = now or self.clock()
        values: dict = {"sent_at": now, "lease_until": None, "lease_owner": None, "attempt_at": None,
                        "attempts": item.attempts + 1}
        if copied:
            values["payload"] = dumps({**item.payload, "copied": copied})
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == item.id).values(**values))
            if item.message_id is not None:
                conn.execute(update(case_messages).where(case_messages.c.id == item.message_id)
                             .values(delivered_at=now, **({"staff_message_id": staff_message_id}
                                                          if item.target == "staff" and staff_message_id else {})))
            if item.kind == "packet":
                records.update_case(conn, item.case_id, packet_message_id=staff_message_id, staff_thread_id=thread_id)

    def set_thread(self, case_id: int, thread_id: int) -> None:
        """Remember the forum topic opened for the case (before its packet is sent into it)."""
        with self.engine.begin() as conn:
            records.update_case(conn, case_id, staff_thread_id=thread_id)

    def failed(self, item: OutboxItem, error: str, *, permanent: bool = False, quiet: bool = False,
               now: datetime | None = None) -> None:
        """Record a failed delivery; retry later with backoff (up to an hour), or give up if permanent.

        ``quiet``: the item was not tried (it waits behind an earlier one); retry it soon."""
        now = now or self.clock()
        if quiet:  # released; lease() holds it back until the earlier item is delivered
            with self.engine.begin() as conn:
                conn.execute(update(outbox).where(outbox.c.id == item.id).values(lease_until=None, lease_owner=None))
            return
        attempts = item.attempts + 1
        delay = timedelta(seconds=min(3600, 2 ** min(attempts, 12)))
        with self.engine.begin() as conn:
            # The call failed with Telegram's answer, so nothing is under way: attempt_at is cleared.
            values: dict = {"attempts": attempts, "lease_until": None, "lease_owner": None, "attempt_at": None,
                            "last_error": error[:300],
                            "next_attempt_at": now + delay}
            if permanent:
                values["sent_at"] = now  # never retried; the history says it was not delivered
            conn.execute(update(outbox).where(outbox.c.id == item.id).values(**values))
            if permanent:
                records.add_event(conn, item.case_id, "bot", "delivery_failed",
                                  {"target": item.target, "kind": item.kind, "error": error[:200]}, now)
        logger.warning("Delivery %s (%s to %s) failed, attempt %d%s: %s", item.id, item.kind, item.target, attempts,
                       " (giving up)" if permanent else "", error[:200])

    def pending(self) -> int:
        """How many deliveries are not done yet."""
        with self.engine.connect() as conn:
            unsent = select(func.count()).select_from(outbox).where(outbox.c.sent_at.is_(None))
            return int(conn.execute(unsent).scalar())

    def reannounce_due(self, *, now: datetime | None = None) -> list[CaseView]:
        """Queue a reminder in the staff group for urgent cases nobody has claimed for a while."""
        now = now or self.clock()
        cutoff = now - self.reannounce_after
        due: list[CaseView] = []
        with self.engine.begin() as conn:
            rows = conn.execute(select(cases.c.id, cases.c.announced_at).where(cases.c.status == "open")
                                .where(cases.c.priority == "urgent").where(cases.c.assignee_id.is_(None))
                                .where(cases.c.staff_chat_id.is_not(None)).where(cases.c.announced_at <= cutoff)).all()
            for r in rows:
                won = conn.execute(update(cases).where(cases.c.id == r.id)
                                   .where(cases.c.announced_at == r.announced_at).values(announced_at=now)).rowcount
                if not won:
                    continue  # another replica re-announced it
                case = records.load(conn, r.id)
                waited = int((now - aware(case.created_at)).total_seconds() // 60)
                reasons = "、".join(case_text("zh").reason_labels.get(x, x) for x in case.priority_reasons)
                queue(conn, r.id, "staff", "reannounce", staff_text().reannounce.format(
                    number=case.number, minutes=waited, reasons=reasons), now, payload={"buttons": "case",
                                                                                      "general": True})
                records.add_event(conn, r.id, "bot", "reannounced", {"waited_min": waited}, now)
                due.append(case)
        return due


# ---- inside the caller's transaction -------------------------------------------------------------


def queue(conn: Connection, case_id: int, target: str, kind: str, text: str, now: datetime, *,
          payload: dict | None = None, message_id: int | None = None) -> None:
    """Queue ``text`` for the worker or the staff group, due at once."""
    conn.execute(insert(outbox).values(case_id=case_id, message_id=message_id, target=target, kind=kind, text=text,
                                       payload=dumps(payload or {}), created_at=now, next_attempt_at=now, attempts=0))


def copies_in_staff_group(conn: Connection, case_id: int) -> list[int]:
    """Where the photos and files copied with delivered items landed in the staff group (message ids)."""
    return [m for r in conn.execute(select(outbox.c.payload).where(outbox.c.case_id == case_id)
                                    .where(outbox.c.target == "staff").where(outbox.c.sent_at.is_not(None)))
            for m in json.loads(r.payload).get("copied", [])]


def discard(conn: Connection, case_id: int) -> None:
    """Drop every item of the case, delivered or not."""
    conn.execute(delete(outbox).where(outbox.c.case_id == case_id))
