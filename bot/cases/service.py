"""The case lifecycle: create from a consented intake, claim, assign, reply, note, ask, correct, close,
relay the worker's messages, take feedback, forget.

Each step is one transaction that changes the records (``bot.cases.records``) and queues what the
worker or the staff group must be told (``bot.cases.delivery``), so the two commit together. A new
staff action goes here. ``CaseService`` is also the one object the channels hold: it hands reads to
the records and the courier's calls to the outbox.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Connection, Engine

from bot.activity import ActivityStore
from bot.cases import delivery, records
from bot.cases.delivery import Outbox, OutboxItem
from bot.cases.packet import render_packet
from bot.cases.records import (
    STAFF_OUTCOMES,
    URGENT_REASONS,
    CaseError,
    CaseEvent,
    CaseMessage,
    CaseRecords,
    CaseStats,
    CaseView,
    NewCase,
)
from bot.clock import Clock, utc_now
from bot.conversation import ConversationStore, IntakeState
from bot.intake import FACT_ORDER, display_value
from bot.locales import case_text, staff_text
from bot.staff import StaffDirectory, StaffMember
from bot.triage import deadline_is_near

logger = logging.getLogger(__name__)


def priority_of(reasons: list[str]) -> str:
    return "urgent" if any(r in URGENT_REASONS for r in reasons) else "normal"


def deadline_reasons(calculations: list[dict], *, today: date) -> list[str]:
    """``deadline_near`` when a computed deadline falls within the triage window as of ``today``."""
    for calc in calculations:
        if calc.get("deadline") and deadline_is_near((date.fromisoformat(calc["deadline"]) - today).days):
            return ["deadline_near"]
    return []


class CaseService:
    """Create cases from a consented intake, let staff claim, reply, ask and close; keep the history."""

    def __init__(self, engine: Engine, *, staff_dir: StaffDirectory, conversations: ConversationStore,
                 activity: ActivityStore, staff_chat_id: int | None = None, topic_names: dict[str, str] | None = None,
                 number_prefix: str = "LA", response_hours: int = 24, urgent_response_hours: int = 4,
                 reannounce_after: timedelta = timedelta(minutes=30), clock: Clock = utc_now) -> None:
        self.engine = engine
        self.clock = clock
        self.staff = staff_dir
        self.conversations = conversations
        self.activity = activity
        self.staff_chat_id = staff_chat_id
        self.topic_names = topic_names or {}
        self.number_prefix = number_prefix
        self.response_hours = response_hours
        self.urgent_response_hours = urgent_response_hours
        self.records = CaseRecords(engine, clock=clock)
        self.outbox = Outbox(engine, clock=clock, reannounce_after=reannounce_after)

    # ---- creation -------------------------------------------------------------------------------

    def create(self, new: NewCase, *, now: datetime | None = None,
               within: Callable[[Connection, CaseView], None] | None = None) -> CaseView:
        """Store a consented case with its transcript; queue the packet for the staff group and the
        confirmation for the worker. Return the case. ``within``: the caller's own writes, made in the
        case's transaction once the case is stored (the end of the hand-over, the reply it owes)."""
        now = now or self.clock()
        reasons = list(dict.fromkeys(new.reasons + deadline_reasons(new.calculations, today=now.date())))
        priority = priority_of(reasons)
        with self.engine.begin() as conn:
            case_id = records.insert_case(conn, new, priority=priority, reasons=reasons,
                                          staff_chat_id=self.staff_chat_id, number_prefix=self.number_prefix, now=now)
            for sender, text in new.transcript:
                records.add_message(conn, case_id, now=now, sender=sender, channel="history", text=text,
                                    delivered_at=now)
            records.add_event(conn, case_id, "worker", "created", {"priority": priority, "reasons": reasons}, now)
            case = records.load(conn, case_id)
            if self.staff_chat_id is not None:
                delivery.queue(conn, case_id, "staff", "packet", self.render_packet(case), now,
                               payload={"buttons": "case"})
            if within is not None:
                within(conn, case)
        logger.info("Case %s created (priority %s, reasons %s)", case_id, priority, ",".join(reasons) or "-")
        return case

    # ---- reading (the records) ------------------------------------------------------------------

    def promised_hours(self, case: CaseView) -> int:
        """How soon the worker is told to expect a person's reply."""
        return self.urgent_response_hours if case.priority == "urgent" else self.response_hours

    def get(self, case_id: int) -> CaseView | None:
        return self.records.get(case_id)

    def by_number(self, number: str) -> CaseView | None:
        return self.records.by_number(number)

    def open_case_for(self, conversation_id: str) -> CaseView | None:
        """The worker's case that is not closed yet, if any."""
        return self.records.open_case_for(conversation_id)

    def case_for_staff_message(self, chat_id: int, *, thread_id: int | None, reply_to: int | None) -> CaseView | None:
        """The case a message in the staff group belongs to: its forum topic, or a reply to its thread."""
        return self.records.case_for_staff_message(chat_id, thread_id=thread_id, reply_to=reply_to)

    def messages(self, case_id: int) -> list[CaseMessage]:
        return self.records.messages(case_id)

    def events(self, case_id: int) -> list[CaseEvent]:
        return self.records.events(case_id)

    def search(self, *, status: str | None = None, priority: str | None = None, topic: str | None = None,
               assignee_id: int | None = None, unassigned: bool = False, older_than_days: int | None = None,
               newer_than_days: int | None = None, query: str | None = None, limit: int = 200,
               now: datetime | None = None) -> list[CaseView]:
        """Cases matching every given filter, urgent and oldest first; ``query`` matches the number,
        the worker's name or phone, the facts, the question and the messages."""
        return self.records.search(status=status, priority=priority, topic=topic, assignee_id=assignee_id,
                                   unassigned=unassigned, older_than_days=older_than_days,
                                   newer_than_days=newer_than_days, query=query, limit=limit, now=now)

    def topics(self) -> list[str]:
        return self.records.topics()

    def stats(self) -> CaseStats:
        """Cases by status, topic and priority; time to first staff response; share closed per outcome."""
        return self.records.stats()

    # ---- staff actions -----------------------------------------------------------------------

    def claim(self, case_id: int, staff_id: int, *, now: datetime | None = None) -> CaseView:
        """Assign the case to this staff member and tell the worker who is helping; raise CaseError
        (claimed) when a colleague has it already."""
        now = now or self.clock()
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            if case.assignee_id == staff_id:
                return case
            if case.assignee_id is not None:
                raise CaseError("claimed", case.assignee_name or "")
            self._assign(conn, case, member, now)
            return records.load(conn, case_id)

    def assign(self, case_id: int, by_staff_id: int, to_staff_id: int, *, now: datetime | None = None) -> CaseView:
        """Hand the case to a colleague (or take it over); the worker is told who helps them now."""
        now = now or self.clock()
        by, to = self._member(by_staff_id), self._member(to_staff_id)
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            if case.assignee_id == to.id:
                return case
            records.update_case(conn, case_id, assignee_id=to.id, status="claimed",
                                claimed_at=case.claimed_at or now, updated_at=now)
            records.add_event(conn, case_id, f"staff:{by.id}", "assigned",
                              {"by": by.display_name, "to": to.display_name, "from": case.assignee_name}, now)
            t = case_text(case.language)
            delivery.queue(conn, case_id, "worker", "notice", t.claimed.format(
                name=to.display_name, number=case.number, hours=self.promised_hours(case)), now)
            if case.staff_chat_id is not None:
                delivery.queue(conn, case_id, "staff", "notice", staff_text().assigned.format(
                    by=by.display_name, to=to.display_name), now, payload={"claimed_by": to.display_name})
            return records.load(conn, case_id)

    def reply(self, case_id: int, staff_id: int, text: str, *, channel: str, staff_message_id: int | None = None,
              copy: tuple[int, int] | None = None, now: datetime | None = None) -> CaseMessage:
        """Queue a staff message for the worker (claiming an unassigned case first); return it.

        ``copy`` (chat id, message id) is a file or photo the staff member sent in Telegram: it is
        copied to the worker after ``text``, which then describes it."""
        now = now or self.clock()
        text = (text or "").strip()
        if not text:
            raise CaseError("empty")
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            if case.assignee_id is None:
                self._assign(conn, case, member, now)
            message_id = records.add_message(conn, case_id, now=now, sender="staff", channel=channel, text=text,
                                             staff_id=staff_id, author=member.display_name,
                                             staff_message_id=staff_message_id)
            values: dict = {"updated_at": now}
            if case.first_response_at is None:
                values["first_response_at"] = now
            records.update_case(conn, case_id, **values)
            t = case_text(case.language)
            payload: dict = {"staff_message_id": staff_message_id}
            if copy is not None:
                payload["copy"] = list(copy)
            delivery.queue(conn, case_id, "worker", "relay", t.staff_says.format(name=member.display_name, text=text),
                           now, message_id=message_id, payload=payload)
            if channel != "telegram" and case.staff_chat_id is not None:
                delivery.queue(conn, case_id, "staff", "mirror",
                               staff_text().console_reply.format(name=member.display_name, text=text), now)
        return self.messages(case_id)[-1]

    def note(self, case_id: int, staff_id: int, text: str, *, now: datetime | None = None) -> None:
        """Add an internal note (staff only, never sent to the worker)."""
        now = now or self.clock()
        text = (text or "").strip()
        if not text:
            raise CaseError("empty")
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            records.load_or_fail(conn, case_id)
            records.add_message(conn, case_id, now=now, sender="note", channel="console", text=text,
                                staff_id=staff_id, author=member.display_name)
            records.add_event(conn, case_id, f"staff:{staff_id}", "note", {"by": member.display_name}, now)

    def exported(self, case_id: int, staff_id: int, *, channel: str, now: datetime | None = None) -> None:
        """Record in the history that a staff member exported the case file (it holds personal data)."""
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            records.load_or_fail(conn, case_id)
            records.add_event(conn, case_id, f"staff:{staff_id}", "exported",
                              {"by": member.display_name, "channel": channel}, now or self.clock())

    def request_info(self, case_id: int, staff_id: int, fact: str, *, now: datetime | None = None) -> None:
        """Ask the worker one of the intake questions again on behalf of a staff member."""
        if fact not in FACT_ORDER:
            raise CaseError("unknown_fact", fact)
        now = now or self.clock()
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            t = case_text(case.language)
            text = t.info_request.format(name=member.display_name, question=t.fact_questions[fact])
            delivery.queue(conn, case_id, "worker", "ask_fact", text, now, payload={"fact": fact})
            records.add_event(conn, case_id, f"staff:{staff_id}", "info_requested",
                              {"fact": fact, "by": member.display_name}, now)
            # The question and the state that reads the worker's answer to it commit together: killed
            # between two commits, the worker would be asked and their answer not taken as the fact.
            if case.conversation_id:
                state = self.conversations.load(case.conversation_id, conn=conn)
                state.intake = IntakeState(stage="supplement", case_id=case_id, asking=fact)
                self.conversations.save(case.conversation_id, state, conn=conn)

    def set_fact(self, case_id: int, name: str, value: str, *, actor: str, actor_name: str,
                 now: datetime | None = None) -> None:
        """Correct or add a fact; the old and new values go into the case history."""
        if name not in FACT_ORDER and name != "province":
            raise CaseError("unknown_fact", name)
        now = now or self.clock()
        value = (value or "").strip()[:200]
        with self.engine.begin() as conn:
            case = records.load_or_fail(conn, case_id)
            if case.anonymized:
                raise CaseError("closed")
            old = case.facts.get(name)
            if old == value:
                return
            facts = dict(case.facts)
            if value:
                facts[name] = value
            else:
                facts.pop(name, None)
            records.update_case(conn, case_id, facts=records.dumps(facts), updated_at=now)
            records.add_event(conn, case_id, actor, "fact_changed",
                              {"fact": name, "old": old, "new": value, "by": actor_name}, now)
            if actor == "worker" and case.staff_chat_id is not None:
                t = case_text("zh")
                delivery.queue(conn, case_id, "staff", "notice", staff_text().fact_from_worker.format(
                    label=t.fact_labels.get(name, name), value=display_value(name, value, t.fact_labels)), now)

    def close(self, case_id: int, staff_id: int, outcome: str, *, note: str = "",
              now: datetime | None = None) -> CaseView:
        """Close with an outcome; tell the worker and ask for feedback; close the staff topic."""
        if outcome not in STAFF_OUTCOMES:
            raise CaseError("unknown_outcome", outcome)
        now = now or self.clock()
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            if case.assignee_id is None:
                self._assign(conn, case, member, now, notify=False)
            records.update_case(conn, case_id, status="closed", outcome=outcome, closed_at=now, updated_at=now,
                                first_response_at=case.first_response_at or now)  # closing tells the worker: a response
            records.add_event(conn, case_id, f"staff:{staff_id}", "closed",
                              {"outcome": outcome, "note": note[:500], "by": member.display_name}, now)
            t = case_text(case.language)
            extra = t.closed_note.format(note=note.strip()) if note.strip() else ""
            delivery.queue(conn, case_id, "worker", "closed",
                           t.closed.format(number=case.number, outcome=t.outcomes[outcome], note=extra), now,
                           payload={"feedback": case_id})
            if case.staff_chat_id is not None:
                delivery.queue(conn, case_id, "staff", "closed", staff_text().closed.format(
                    number=case.number, name=member.display_name, outcome=staff_text().outcomes[outcome]), now,
                    payload={"close_topic": True, "closed": True})
            return records.load(conn, case_id)

    # ---- worker side -------------------------------------------------------------------------

    def worker_message(self, case_id: int, text: str, *, copy: tuple[int, int] | None = None,
                       now: datetime | None = None) -> bool:
        """Keep the worker's message with the case and queue it for the staff group; return whether
        the case is claimed (a person is reading). ``copy`` (chat id, message id) is a photo, file,
        voice note or location the worker sent, copied into the case's thread after ``text``."""
        now = now or self.clock()
        with self.engine.begin() as conn:
            case = records.load_open(conn, case_id)
            message_id = records.add_message(conn, case_id, now=now, sender="worker", channel="telegram",
                                             text=text[:4000],
                                             delivered_at=None if case.staff_chat_id is not None else now)
            records.update_case(conn, case_id, updated_at=now)
            if case.staff_chat_id is not None:
                delivery.queue(conn, case_id, "staff", "relay", staff_text().worker_says.format(text=text[:3800]),
                               now, message_id=message_id, payload={"copy": list(copy)} if copy else None)
        return case.assignee_id is not None

    def feedback(self, case_id: int, conversation_id: str, rating: int) -> bool:
        """Keep the worker's rating of their case (positive: helpful); return whether the case is theirs."""
        with self.engine.begin() as conn:
            return records.rate(conn, case_id, conversation_id, 1 if rating > 0 else -1)

    def forget(self, conversation_id: str, *, now: datetime | None = None, conn: Connection | None = None) -> int:
        """Remove the worker's personal data from their cases; close open ones with a note to staff.

        Kept, anonymised: number, topic, priority and reasons, status, outcome, timestamps and the
        history of who did what (what the organisation must keep for its records and statistics).
        Return how many cases were anonymised. In ``conn``'s transaction when given."""
        now = now or self.clock()
        with contextlib.nullcontext(conn) if conn is not None else self.engine.begin() as conn:
            ids = records.ids_for_conversation(conn, conversation_id)
            for case_id in ids:
                case = records.load(conn, case_id)
                # Delivered items keep what was sent (texts, where copies landed): read, then drop them all.
                copies = delivery.copies_in_staff_group(conn, case_id)
                delivery.discard(conn, case_id)
                if case.staff_chat_id is not None:
                    # The worker's data also leaves the staff group: the case's topic (or, in a group
                    # without topics, the packet and the relayed messages) is deleted, staff are told.
                    relayed = records.relayed_to_staff(conn, case_id)
                    delivery.queue(conn, case_id, "staff", "forget", staff_text().forgotten.format(number=case.number),
                                   now, payload={"delete_topic": case.staff_thread_id,
                                                 "delete_messages": [m for m in [case.packet_message_id, *relayed,
                                                                                 *copies] if m]})
                records.anonymise(conn, case_id, now=now, withdraw=case.status != "closed")
                records.add_event(conn, case_id, "worker", "forgotten", {}, now)
        if ids:
            logger.info("Anonymised %d case(s) at the worker's request", len(ids))
        return len(ids)

    # ---- delivery (the courier's calls, kept here so the channels hold one object) ----------------

    def due_outbox(self, *, limit: int = 20, lease: timedelta = timedelta(seconds=60),
                   now: datetime | None = None) -> list[OutboxItem]:
        """Lease up to ``limit`` deliveries that are due, oldest first, in order per case and target."""
        return self.outbox.lease(limit=limit, lease=lease, now=now)

    def delivered(self, item: OutboxItem, *, staff_message_id: int | None = None, thread_id: int | None = None,
                  copied: list[int] | None = None, now: datetime | None = None) -> None:
        """Mark a delivery done; remember where it landed in the staff group."""
        self.outbox.delivered(item, staff_message_id=staff_message_id, thread_id=thread_id, copied=copied, now=now)

    def set_thread(self, case_id: int, thread_id: int) -> None:
        """Remember the forum topic opened for the case (before its packet is sent into it)."""
        self.outbox.set_thread(case_id, thread_id)

    def failed(self, item: OutboxItem, error: str, *, permanent: bool = False, quiet: bool = False,
               now: datetime | None = None) -> None:
        """Record a failed delivery; retry later with backoff, or give up if permanent."""
        self.outbox.failed(item, error, permanent=permanent, quiet=quiet, now=now)

    def pending_deliveries(self) -> int:
        return self.outbox.pending()

    def reannounce_due(self, *, now: datetime | None = None) -> list[CaseView]:
        """Queue a reminder in the staff group for urgent cases nobody has claimed for a while."""
        return self.outbox.reannounce_due(now=now)

    # ---- presentation ------------------------------------------------------------------------

    def render_packet(self, case: CaseView) -> str:
        """The case packet as staff read it in Telegram (plain text; the console renders its own)."""
        return render_packet(case, topic_names=self.topic_names)

    def member_for_telegram(self, telegram_user_id: int | None) -> StaffMember | None:
        return self.staff.by_telegram_id(telegram_user_id)

    # ---- internals ---------------------------------------------------------------------------

    def _member(self, staff_id: int) -> StaffMember:
        member = self.staff.get(staff_id)
        if member is None or not member.active:
            raise CaseError("not_staff")
        return member

    def _assign(self, conn: Connection, case: CaseView, member: StaffMember, now: datetime, *,
                notify: bool = True) -> None:
        records.update_case(conn, case.id, assignee_id=member.id, status="claimed",
                            claimed_at=case.claimed_at or now, updated_at=now)
        records.add_event(conn, case.id, f"staff:{member.id}", "claimed", {"by": member.display_name}, now)
        if not notify:
            return
        t = case_text(case.language)
        delivery.queue(conn, case.id, "worker", "notice", t.claimed.format(
            name=member.display_name, number=case.number, hours=self.promised_hours(case)), now)
        if case.staff_chat_id is not None:
            delivery.queue(conn, case.id, "staff", "notice", staff_text().claimed.format(name=member.display_name),
                           now, payload={"claimed_by": member.display_name})
