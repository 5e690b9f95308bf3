"""Cases handed from the bot to legal-aid staff: the packet, the relay of messages, the history.

Channel-neutral and synchronous (handlers call it in a thread). Nothing here talks to Telegram:
everything that must reach a worker or the staff group is written to the ``outbox`` table in
the same transaction as the change that causes it, and a courier (``handlers/courier.py``)
delivers it. So a staff reply typed in the web console, or one accepted just before a restart,
is delivered when the bot runs again; nothing is lost between the two.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from statistics import median
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
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

from bot.activity import ActivityStore
from bot.conversation import ConversationStore
from bot.db import metadata
from bot.intake import FACT_ORDER, display_value, mask_phone
from bot.locales import case_text, staff_text
from bot.safety import urgency
from bot.staff import StaffDirectory, StaffMember, staff

logger = logging.getLogger(__name__)

TS = DateTime(timezone=True)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("number", String(24), nullable=False, unique=True),
    Column("status", String(20), nullable=False),
    Column("priority", String(10), nullable=False),
    Column("priority_reasons", Text, nullable=False),
    Column("topic", String(40), nullable=True),
    Column("language", String(5), nullable=False),
    Column("conversation_id", String(100), nullable=True, index=True),
    Column("worker_chat_id", BigInteger, nullable=True),
    Column("worker_name", String(200), nullable=True),
    Column("phone", String(32), nullable=True),
    Column("facts", Text, nullable=False),
    Column("question", Text, nullable=True),
    Column("answer_text", Text, nullable=True),
    Column("citations", Text, nullable=False),
    Column("calculations", Text, nullable=False),
    Column("assignee_id", Integer, ForeignKey("staff.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("staff_chat_id", BigInteger, nullable=True),
    Column("staff_thread_id", Integer, nullable=True),
    Column("packet_message_id", Integer, nullable=True),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
    Column("claimed_at", TS, nullable=True),
    Column("first_response_at", TS, nullable=True),
    Column("closed_at", TS, nullable=True),
    Column("outcome", String(40), nullable=True),
    Column("feedback", Integer, nullable=True),
    Column("announced_at", TS, nullable=True),
    Column("anonymized", Boolean, nullable=False, default=False),
)
Index("ix_cases_status_priority", cases.c.status, cases.c.priority)

case_messages = Table(
    "case_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", TS, nullable=False),
    Column("sender", String(10), nullable=False),  # worker | staff | bot | note
    Column("staff_id", Integer, ForeignKey("staff.id", ondelete="SET NULL"), nullable=True),
    Column("author", String(100), nullable=True),
    Column("channel", String(12), nullable=False),  # telegram | console | history
    Column("text", Text, nullable=True),  # None once the worker asked to forget
    Column("delivered_at", TS, nullable=True),
    Column("staff_message_id", Integer, nullable=True, index=True),  # its copy in the staff group
)

case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", TS, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("detail", Text, nullable=False),
)

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
    Column("created_at", TS, nullable=False),
    Column("next_attempt_at", TS, nullable=False),
    Column("lease_until", TS, nullable=True),
    Column("sent_at", TS, nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(300), nullable=True),
)
Index("ix_outbox_pending", outbox.c.sent_at, outbox.c.next_attempt_at)

STATUSES = ("open", "claimed", "closed")
OUTCOMES = ("advice_given", "referred_arbitration", "aid_accepted", "not_eligible", "no_response", "withdrawn")
STAFF_OUTCOMES = OUTCOMES[:-1]  # "withdrawn" is set when the worker deletes their data
URGENT_REASONS = ("crisis", "serious_injury", "deadline", "group_arrears", "violence", "pregnancy_dismissal",
                  "vanished_employer")


class CaseError(Exception):
    """A refused case operation; ``code`` names why (not_found, closed, not_staff, claimed, empty)."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(slots=True)
class CaseView:
    id: int
    number: str
    status: str
    priority: str
    priority_reasons: list[str]
    topic: str | None
    language: str
    worker_chat_id: int | None
    worker_name: str | None
    phone: str | None
    facts: dict[str, str]
    question: str | None
    answer_text: str | None
    citations: list[str]
    calculations: list[dict]
    assignee_id: int | None
    assignee_name: str | None
    staff_chat_id: int | None
    staff_thread_id: int | None
    packet_message_id: int | None
    created_at: datetime
    updated_at: datetime
    claimed_at: datetime | None
    first_response_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    feedback: int | None
    anonymized: bool
    conversation_id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True, slots=True)
class CaseMessage:
    id: int
    created_at: datetime
    sender: str
    author: str | None
    channel: str
    text: str | None
    delivered_at: datetime | None


@dataclass(frozen=True, slots=True)
class CaseEvent:
    created_at: datetime
    actor: str
    kind: str
    detail: dict


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


@dataclass(slots=True)
class CaseStats:
    by_status: dict[str, int] = field(default_factory=dict)
    by_topic: dict[str, int] = field(default_factory=dict)
    by_priority: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    closed_share: dict[str, float] = field(default_factory=dict)
    first_response_median_min: float | None = None
    first_response_mean_min: float | None = None
    responded: int = 0
    total: int = 0


@dataclass(slots=True)
class NewCase:
    """What the intake gathered, with the worker's consent, for a new case."""

    conversation_id: str
    worker_chat_id: int
    worker_name: str
    language: str
    topic: str | None
    facts: dict[str, str]
    phone: str | None = None
    question: str | None = None
    answer_text: str | None = None
    citations: list[str] = field(default_factory=list)
    calculations: list[dict] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    transcript: list[tuple[str, str]] = field(default_factory=list)  # (sender, text), oldest first


def _aware(d: datetime | None) -> datetime | None:
    return d if d is None or d.tzinfo else d.replace(tzinfo=UTC)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def priority_of(reasons: list[str]) -> str:
    return "urgent" if any(r in URGENT_REASONS for r in reasons) else "normal"


def deadline_reasons(calculations: list[dict], *, today: date) -> list[str]:
    """The urgency of the computed deadlines as of ``today`` (``bot.safety.urgency`` sets the window)."""
    reasons: list[str] = []
    for calc in calculations:
        if calc.get("deadline"):
            days = (date.fromisoformat(calc["deadline"]) - today).days
            reasons += [r for r in urgency("", days_to_deadline=days).reasons if r not in reasons]
    return reasons


class CaseService:
    """Create cases from a consented intake, let staff claim, reply, ask and close; keep the history."""

    def __init__(self, engine: Engine, *, staff_dir: StaffDirectory, conversations: ConversationStore,
                 activity: ActivityStore, staff_chat_id: int | None = None, topic_names: dict[str, str] | None = None,
                 number_prefix: str = "LA", response_hours: int = 24, urgent_response_hours: int = 4,
                 reannounce_after: timedelta = timedelta(minutes=30)) -> None:
        self.engine = engine
        self.staff = staff_dir
        self.conversations = conversations
        self.activity = activity
        self.staff_chat_id = staff_chat_id
        self.topic_names = topic_names or {}
        self.number_prefix = number_prefix
        self.response_hours = response_hours
        self.urgent_response_hours = urgent_response_hours
        self.reannounce_after = reannounce_after

    # ---- creation -------------------------------------------------------------------------------

    def create(self, new: NewCase, *, now: datetime | None = None) -> CaseView:
        """Store a consented case with its transcript; queue the packet for the staff group and the
        confirmation for the worker. Return the case."""
        now = now or datetime.now(UTC)
        reasons = list(dict.fromkeys(new.reasons + deadline_reasons(new.calculations, today=now.date())))
        priority = priority_of(reasons)
        with self.engine.begin() as conn:
            case_id = conn.execute(insert(cases).values(
                number=f"tmp-{uuid.uuid4().hex[:20]}", status="open", priority=priority,  # numbered from the id below
                priority_reasons=_dumps(reasons), topic=new.topic, language=new.language,
                conversation_id=new.conversation_id, worker_chat_id=new.worker_chat_id, worker_name=new.worker_name,
                phone=new.phone, facts=_dumps(new.facts), question=new.question, answer_text=new.answer_text,
                citations=_dumps(new.citations), calculations=_dumps(new.calculations), staff_chat_id=self.staff_chat_id,
                created_at=now, updated_at=now, announced_at=now, anonymized=False,
            )).inserted_primary_key[0]
            number = f"{self.number_prefix}-{now.year}-{case_id:05d}"
            conn.execute(update(cases).where(cases.c.id == case_id).values(number=number))
            for sender, text in new.transcript:
                conn.execute(insert(case_messages).values(
                    case_id=case_id, created_at=now, sender=sender, channel="history", text=text, delivered_at=now))
            self._event(conn, case_id, "worker", "created", {"priority": priority, "reasons": reasons}, now)
            case = self._get(conn, case_id)
            if self.staff_chat_id is not None:
                self._queue(conn, case_id, "staff", "packet", self.render_packet(case), now,
                            payload={"buttons": "case"})
        logger.info("Case %s created (priority %s, reasons %s)", case_id, priority, ",".join(reasons) or "-")
        return case

    # ---- reading ------------------------------------------------------------------------------

    def promised_hours(self, case: CaseView) -> int:
        """How soon the worker is told to expect a person's reply."""
        return self.urgent_response_hours if case.priority == "urgent" else self.response_hours

    def get(self, case_id: int) -> CaseView | None:
        with self.engine.connect() as conn:
            return self._get(conn, case_id)

    def by_number(self, number: str) -> CaseView | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(cases.c.id).where(cases.c.number == number.strip().upper())).first()
            return self._get(conn, row.id) if row else None

    def open_case_for(self, conversation_id: str) -> CaseView | None:
        """The worker's case that is not closed yet, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(select(cases.c.id).where(cases.c.conversation_id == conversation_id)
                               .where(cases.c.status != "closed").order_by(cases.c.id.desc())).first()
            return self._get(conn, row.id) if row else None

    def case_for_staff_message(self, chat_id: int, *, thread_id: int | None, reply_to: int | None) -> CaseView | None:
        """The case a message in the staff group belongs to: its forum topic, or a reply to its thread."""
        with self.engine.connect() as conn:
            if thread_id is not None:
                row = conn.execute(select(cases.c.id).where(cases.c.staff_chat_id == chat_id)
                                   .where(cases.c.staff_thread_id == thread_id)).first()
                if row:
                    return self._get(conn, row.id)
            if reply_to is not None:
                row = conn.execute(select(cases.c.id).where(cases.c.staff_chat_id == chat_id)
                                   .where(cases.c.packet_message_id == reply_to)).first()
                if row is None:
                    row = conn.execute(
                        select(case_messages.c.case_id.label("id")).join(cases, cases.c.id == case_messages.c.case_id)
                        .where(cases.c.staff_chat_id == chat_id).where(case_messages.c.staff_message_id == reply_to)
                    ).first()
                if row:
                    return self._get(conn, row.id)
        return None

    def messages(self, case_id: int) -> list[CaseMessage]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(case_messages).where(case_messages.c.case_id == case_id)
                                .order_by(case_messages.c.id)).all()
        return [CaseMessage(r.id, _aware(r.created_at), r.sender, r.author, r.channel, r.text, _aware(r.delivered_at))
                for r in rows]

    def events(self, case_id: int) -> list[CaseEvent]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(case_events).where(case_events.c.case_id == case_id)
                                .order_by(case_events.c.id)).all()
        return [CaseEvent(_aware(r.created_at), r.actor, r.kind, json.loads(r.detail)) for r in rows]

    def search(self, *, status: str | None = None, priority: str | None = None, topic: str | None = None,
               assignee_id: int | None = None, unassigned: bool = False, older_than_days: int | None = None,
               newer_than_days: int | None = None, query: str | None = None, limit: int = 200,
               now: datetime | None = None) -> list[CaseView]:
        """Cases matching every given filter, urgent and oldest first; ``query`` matches the number,
        the worker's name or phone, the facts, the question and the messages."""
        now = now or datetime.now(UTC)
        stmt = select(cases.c.id)
        if status:
            stmt = stmt.where(cases.c.status == status) if status != "active" else stmt.where(cases.c.status != "closed")
        if priority:
            stmt = stmt.where(cases.c.priority == priority)
        if topic:
            stmt = stmt.where(cases.c.topic == topic)
        if unassigned:
            stmt = stmt.where(cases.c.assignee_id.is_(None))
        elif assignee_id is not None:
            stmt = stmt.where(cases.c.assignee_id == assignee_id)
        if older_than_days is not None:
            stmt = stmt.where(cases.c.created_at <= now - timedelta(days=older_than_days))
        if newer_than_days is not None:
            stmt = stmt.where(cases.c.created_at >= now - timedelta(days=newer_than_days))
        if query and query.strip():
            like = f"%{query.strip()}%"
            in_messages = select(case_messages.c.case_id).where(case_messages.c.text.ilike(like))
            stmt = stmt.where(or_(cases.c.number.ilike(like), cases.c.worker_name.ilike(like), cases.c.phone.ilike(like),
                                  cases.c.facts.ilike(like), cases.c.question.ilike(like), cases.c.id.in_(in_messages)))
        urgent_first = (cases.c.priority == "urgent").desc()
        stmt = stmt.order_by((cases.c.status == "closed").asc(), urgent_first, cases.c.created_at.asc()).limit(limit)
        with self.engine.connect() as conn:
            return [self._get(conn, r.id) for r in conn.execute(stmt).all()]

    def topics(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(r.topic for r in conn.execute(select(cases.c.topic).distinct()) if r.topic)

    def stats(self) -> CaseStats:
        """Cases by status, topic and priority; time to first staff response; share closed per outcome."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(cases.c.status, cases.c.topic, cases.c.priority, cases.c.outcome,
                                       cases.c.created_at, cases.c.first_response_at)).all()
        s = CaseStats(total=len(rows))
        s.by_status = dict(Counter(r.status for r in rows))
        s.by_topic = dict(Counter(r.topic or "other" for r in rows).most_common())
        s.by_priority = dict(Counter(r.priority for r in rows))
        closed = [r for r in rows if r.status == "closed"]
        s.by_outcome = dict(Counter(r.outcome or "-" for r in closed).most_common())
        s.closed_share = {k: v / len(closed) for k, v in s.by_outcome.items()} if closed else {}
        waits = [(_aware(r.first_response_at) - _aware(r.created_at)).total_seconds() / 60
                 for r in rows if r.first_response_at is not None]
        s.responded = len(waits)
        if waits:
            s.first_response_median_min = round(median(waits), 1)
            s.first_response_mean_min = round(sum(waits) / len(waits), 1)
        return s

    # ---- staff actions -----------------------------------------------------------------------

    def claim(self, case_id: int, staff_id: int, *, now: datetime | None = None) -> CaseView:
        """Assign the case to this staff member and tell the worker who is helping; raise CaseError
        (claimed) when a colleague has it already."""
        now = now or datetime.now(UTC)
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            if case.assignee_id == staff_id:
                return case
            if case.assignee_id is not None:
                raise CaseError("claimed", case.assignee_name or "")
            self._assign(conn, case, member, now)
            return self._get(conn, case_id)

    def assign(self, case_id: int, by_staff_id: int, to_staff_id: int, *, now: datetime | None = None) -> CaseView:
        """Hand the case to a colleague (or take it over); the worker is told who helps them now."""
        now = now or datetime.now(UTC)
        by, to = self._member(by_staff_id), self._member(to_staff_id)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            if case.assignee_id == to.id:
                return case
            conn.execute(update(cases).where(cases.c.id == case_id).values(
                assignee_id=to.id, status="claimed", claimed_at=case.claimed_at or now, updated_at=now))
            self._event(conn, case_id, f"staff:{by.id}", "assigned",
                        {"by": by.display_name, "to": to.display_name, "from": case.assignee_name}, now)
            t = case_text(case.language)
            self._queue(conn, case_id, "worker", "notice", t.claimed.format(
                name=to.display_name, number=case.number, hours=self.promised_hours(case)), now)
            if case.staff_chat_id is not None:
                self._queue(conn, case_id, "staff", "notice", staff_text().assigned.format(
                    by=by.display_name, to=to.display_name), now, payload={"claimed_by": to.display_name})
            return self._get(conn, case_id)

    def reply(self, case_id: int, staff_id: int, text: str, *, channel: str, staff_message_id: int | None = None,
              copy: tuple[int, int] | None = None, now: datetime | None = None) -> CaseMessage:
        """Queue a staff message for the worker (claiming an unassigned case first); return it.

        ``copy`` (chat id, message id) is a file or photo the staff member sent in Telegram: it is
        copied to the worker after ``text``, which then describes it."""
        now = now or datetime.now(UTC)
        text = (text or "").strip()
        if not text:
            raise CaseError("empty")
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            if case.assignee_id is None:
                self._assign(conn, case, member, now)
            message_id = conn.execute(insert(case_messages).values(
                case_id=case_id, created_at=now, sender="staff", staff_id=staff_id, author=member.display_name,
                channel=channel, text=text, staff_message_id=staff_message_id)).inserted_primary_key[0]
            values: dict = {"updated_at": now}
            if case.first_response_at is None:
                values["first_response_at"] = now
            conn.execute(update(cases).where(cases.c.id == case_id).values(**values))
            t = case_text(case.language)
            payload: dict = {"staff_message_id": staff_message_id}
            if copy is not None:
                payload["copy"] = list(copy)
            self._queue(conn, case_id, "worker", "relay", t.staff_says.format(name=member.display_name, text=text),
                        now, message_id=message_id, payload=payload)
            if channel != "telegram" and case.staff_chat_id is not None:
                self._queue(conn, case_id, "staff", "mirror",
                            staff_text().console_reply.format(name=member.display_name, text=text), now)
        return self.messages(case_id)[-1]

    def note(self, case_id: int, staff_id: int, text: str, *, now: datetime | None = None) -> None:
        """Add an internal note (staff only, never sent to the worker)."""
        now = now or datetime.now(UTC)
        text = (text or "").strip()
        if not text:
            raise CaseError("empty")
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            self._get_or_fail(conn, case_id)
            conn.execute(insert(case_messages).values(case_id=case_id, created_at=now, sender="note", staff_id=staff_id,
                                                      author=member.display_name, channel="console", text=text))
            self._event(conn, case_id, f"staff:{staff_id}", "note", {"by": member.display_name}, now)

    def exported(self, case_id: int, staff_id: int, *, channel: str, now: datetime | None = None) -> None:
        """Record in the history that a staff member exported the case file (it holds personal data)."""
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            self._get_or_fail(conn, case_id)
            self._event(conn, case_id, f"staff:{staff_id}", "exported", {"by": member.display_name, "channel": channel},
                        now or datetime.now(UTC))

    def request_info(self, case_id: int, staff_id: int, fact: str, *, now: datetime | None = None) -> None:
        """Ask the worker one of the intake questions again on behalf of a staff member."""
        if fact not in FACT_ORDER:
            raise CaseError("unknown_fact", fact)
        now = now or datetime.now(UTC)
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            t = case_text(case.language)
            text = t.info_request.format(name=member.display_name, question=t.fact_questions[fact])
            self._queue(conn, case_id, "worker", "ask_fact", text, now, payload={"fact": fact})
            self._event(conn, case_id, f"staff:{staff_id}", "info_requested", {"fact": fact, "by": member.display_name},
                        now)
        state = self.conversations.load(case.conversation_id) if case.conversation_id else None
        if state is not None:
            state.intake = {"stage": "supplement", "case_id": case_id, "asking": fact, "pending": []}
            self.conversations.save(case.conversation_id, state)

    def set_fact(self, case_id: int, name: str, value: str, *, actor: str, actor_name: str,
                 now: datetime | None = None) -> None:
        """Correct or add a fact; the old and new values go into the case history."""
        if name not in FACT_ORDER and name != "province":
            raise CaseError("unknown_fact", name)
        now = now or datetime.now(UTC)
        value = (value or "").strip()[:200]
        with self.engine.begin() as conn:
            case = self._get_or_fail(conn, case_id)
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
            conn.execute(update(cases).where(cases.c.id == case_id).values(facts=_dumps(facts), updated_at=now))
            self._event(conn, case_id, actor, "fact_changed", {"fact": name, "old": old, "new": value, "by": actor_name},
                        now)
            if actor == "worker" and case.staff_chat_id is not None:
                t = case_text("zh")
                self._queue(conn, case_id, "staff", "notice", staff_text().fact_from_worker.format(
                    label=t.fact_labels.get(name, name), value=display_value(name, value, t.fact_labels)), now)

    def close(self, case_id: int, staff_id: int, outcome: str, *, note: str = "", now: datetime | None = None) -> CaseView:
        """Close with an outcome; tell the worker and ask for feedback; close the staff topic."""
        if outcome not in STAFF_OUTCOMES:
            raise CaseError("unknown_outcome", outcome)
        now = now or datetime.now(UTC)
        member = self._member(staff_id)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            if case.assignee_id is None:
                self._assign(conn, case, member, now, notify=False)
            conn.execute(update(cases).where(cases.c.id == case_id).values(  # closing tells the worker: a response
                status="closed", outcome=outcome, closed_at=now, updated_at=now,
                first_response_at=case.first_response_at or now))
            self._event(conn, case_id, f"staff:{staff_id}", "closed",
                        {"outcome": outcome, "note": note[:500], "by": member.display_name}, now)
            t = case_text(case.language)
            extra = t.closed_note.format(note=note.strip()) if note.strip() else ""
            self._queue(conn, case_id, "worker", "closed",
                        t.closed.format(number=case.number, outcome=t.outcomes[outcome], note=extra), now,
                        payload={"feedback": case_id})
            if case.staff_chat_id is not None:
                self._queue(conn, case_id, "staff", "closed", staff_text().closed.format(
                    number=case.number, name=member.display_name, outcome=staff_text().outcomes[outcome]), now,
                    payload={"close_topic": True, "closed": True})
            return self._get(conn, case_id)

    # ---- worker side -------------------------------------------------------------------------

    def worker_message(self, case_id: int, text: str, *, copy: tuple[int, int] | None = None,
                       now: datetime | None = None) -> bool:
        """Keep the worker's message with the case and queue it for the staff group; return whether
        the case is claimed (a person is reading). ``copy`` (chat id, message id) is a photo, file,
        voice note or location the worker sent, copied into the case's thread after ``text``."""
        now = now or datetime.now(UTC)
        with self.engine.begin() as conn:
            case = self._open(conn, case_id)
            message_id = conn.execute(insert(case_messages).values(
                case_id=case_id, created_at=now, sender="worker", channel="telegram", text=text[:4000],
                delivered_at=None if case.staff_chat_id is not None else now)).inserted_primary_key[0]
            conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=now))
            if case.staff_chat_id is not None:
                self._queue(conn, case_id, "staff", "relay", staff_text().worker_says.format(text=text[:3800]), now,
                            message_id=message_id, payload={"copy": list(copy)} if copy else None)
        return case.assignee_id is not None

    def feedback(self, case_id: int, conversation_id: str, rating: int) -> bool:
        with self.engine.begin() as conn:
            return bool(conn.execute(update(cases).where(cases.c.id == case_id)
                                     .where(cases.c.conversation_id == conversation_id)
                                     .values(feedback=1 if rating > 0 else -1)).rowcount)

    def forget(self, conversation_id: str, *, now: datetime | None = None) -> int:
        """Remove the worker's personal data from their cases; close open ones with a note to staff.

        Kept, anonymised: number, topic, priority and reasons, status, outcome, timestamps and the
        history of who did what (what the organisation must keep for its records and statistics).
        Return how many cases were anonymised."""
        now = now or datetime.now(UTC)
        with self.engine.begin() as conn:
            ids = [r.id for r in conn.execute(select(cases.c.id).where(cases.c.conversation_id == conversation_id))]
            for case_id in ids:
                case = self._get(conn, case_id)
                # Delivered items keep what was sent (texts, where copies landed): read, then drop them all.
                copies = [m for r in conn.execute(select(outbox.c.payload).where(outbox.c.case_id == case_id)
                                                  .where(outbox.c.target == "staff").where(outbox.c.sent_at.is_not(None)))
                          for m in json.loads(r.payload).get("copied", [])]
                conn.execute(delete(outbox).where(outbox.c.case_id == case_id))
                values: dict = {"conversation_id": None, "worker_chat_id": None, "worker_name": None, "phone": None,
                                    "facts": "{}", "question": None, "answer_text": None, "calculations": "[]", "anonymized": True,
                                    "updated_at": now}
                if case.status != "closed":
                    values.update(status="closed", outcome="withdrawn", closed_at=now)
                if case.staff_chat_id is not None:
                    # The worker's data also leaves the staff group: the case's topic (or, in a group
                    # without topics, the packet and the relayed messages) is deleted, staff are told.
                    relayed = [r.staff_message_id for r in conn.execute(
                        select(case_messages.c.staff_message_id).where(case_messages.c.case_id == case_id)
                        .where(case_messages.c.sender == "worker").where(case_messages.c.staff_message_id.is_not(None)))]
                    self._queue(conn, case_id, "staff", "forget", staff_text().forgotten.format(number=case.number),
                                now, payload={"delete_topic": case.staff_thread_id,
                                              "delete_messages": [m for m in [case.packet_message_id, *relayed, *copies]
                                                                  if m]})
                conn.execute(update(cases).where(cases.c.id == case_id).values(**values))
                conn.execute(update(case_messages).where(case_messages.c.case_id == case_id).values(text=None))
                for ev in conn.execute(select(case_events).where(case_events.c.case_id == case_id)
                                       .where(case_events.c.kind.in_(("fact_changed", "closed")))).all():
                    detail = json.loads(ev.detail)
                    if ev.kind == "fact_changed":
                        detail.update(old=None, new=None)
                    else:  # the closing note to the worker may restate their situation
                        detail["note"] = ""
                    conn.execute(update(case_events).where(case_events.c.id == ev.id).values(detail=_dumps(detail)))
                self._event(conn, case_id, "worker", "forgotten", {}, now)
        if ids:
            logger.info("Anonymised %d case(s) at the worker's request", len(ids))
        return len(ids)

    # ---- delivery (the courier) --------------------------------------------------------------

    def due_outbox(self, *, limit: int = 20, lease: timedelta = timedelta(seconds=60),
                   now: datetime | None = None) -> list[OutboxItem]:
        """Lease up to ``limit`` deliveries that are due, oldest first (a leased item is not given to
        another courier until the lease runs out, so replicas do not send twice).

        Order holds per case and target: an item is handed out only when every earlier undelivered
        item of the same case and target is handed out with it, so a retry never lets later
        messages overtake it."""
        now = now or datetime.now(UTC)
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
                won = conn.execute(update(outbox).where(outbox.c.id == r.id).where(outbox.c.sent_at.is_(None))
                                   .where(or_(outbox.c.lease_until.is_(None), outbox.c.lease_until <= now))
                                   .values(lease_until=now + lease)).rowcount
                if won:
                    taken.append(OutboxItem(r.id, r.case_id, r.message_id, r.target, r.kind, r.text,
                                            json.loads(r.payload), r.attempts))
                else:  # another courier holds it: what follows in its lane waits
                    blocked.add(lane)
                    offered.discard(r.id)
        return taken

    def delivered(self, item: OutboxItem, *, staff_message_id: int | None = None, thread_id: int | None = None,
                  copied: list[int] | None = None, now: datetime | None = None) -> None:
        """Mark a delivery done; remember where the packet, a relayed message or a copied photo landed in
        the staff group (so that /forget can remove them)."""
        now = now or datetime.now(UTC)
        values: dict = {"sent_at": now, "lease_until": None, "attempts": item.attempts + 1}
        if copied:
            values["payload"] = _dumps({**item.payload, "copied": copied})
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == item.id).values(**values))
            if item.message_id is not None:
                conn.execute(update(case_messages).where(case_messages.c.id == item.message_id)
                             .values(delivered_at=now, **({"staff_message_id": staff_message_id}
                                                          if item.target == "staff" and staff_message_id else {})))
            if item.kind == "packet":
                conn.execute(update(cases).where(cases.c.id == item.case_id)
                             .values(packet_message_id=staff_message_id, staff_thread_id=thread_id))

    def set_thread(self, case_id: int, thread_id: int) -> None:
        """Remember the forum topic opened for the case (before its packet is sent into it)."""
        with self.engine.begin() as conn:
            conn.execute(update(cases).where(cases.c.id == case_id).values(staff_thread_id=thread_id))

    def failed(self, item: OutboxItem, error: str, *, permanent: bool = False, quiet: bool = False,
               now: datetime | None = None) -> None:
        """Record a failed delivery; retry later with backoff (up to an hour), or give up if permanent.

        ``quiet``: the item was not tried (it waits behind an earlier one); retry it soon."""
        now = now or datetime.now(UTC)
        if quiet:  # released; due_outbox holds it back until the earlier item is delivered
            with self.engine.begin() as conn:
                conn.execute(update(outbox).where(outbox.c.id == item.id).values(lease_until=None))
            return
        attempts = item.attempts + 1
        delay = timedelta(seconds=min(3600, 2 ** min(attempts, 12)))
        with self.engine.begin() as conn:
            values: dict = {"attempts": attempts, "lease_until": None, "last_error": error[:300],
                            "next_attempt_at": now + delay}
            if permanent:
                values["sent_at"] = now  # never retried; the history says it was not delivered
            conn.execute(update(outbox).where(outbox.c.id == item.id).values(**values))
            if permanent:
                self._event(conn, item.case_id, "bot", "delivery_failed",
                            {"target": item.target, "kind": item.kind, "error": error[:200]}, now)
        logger.warning("Delivery %s (%s to %s) failed, attempt %d%s: %s", item.id, item.kind, item.target, attempts,
                       " (giving up)" if permanent else "", error[:200])

    def pending_deliveries(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(outbox).where(outbox.c.sent_at.is_(None))).scalar())

    def reannounce_due(self, *, now: datetime | None = None) -> list[CaseView]:
        """Queue a reminder in the staff group for urgent cases nobody has claimed for a while."""
        now = now or datetime.now(UTC)
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
                case = self._get(conn, r.id)
                waited = int((now - _aware(case.created_at)).total_seconds() // 60)
                reasons = "、".join(case_text("zh").reason_labels.get(x, x) for x in case.priority_reasons)
                self._queue(conn, r.id, "staff", "reannounce", staff_text().reannounce.format(
                    number=case.number, minutes=waited, reasons=reasons), now, payload={"buttons": "case",
                                                                                      "general": True})
                self._event(conn, r.id, "bot", "reannounced", {"waited_min": waited}, now)
                due.append(case)
        return due

    # ---- presentation ------------------------------------------------------------------------

    def render_packet(self, case: CaseView) -> str:
        """The case packet as staff read it in Telegram (plain text; the console renders its own)."""
        s = staff_text()
        t = case_text("zh")
        labels = t.fact_labels
        reasons = "、".join(t.reason_labels.get(r, r) for r in case.priority_reasons) or s.no_reasons
        lines = [
            s.packet_title.format(number=case.number),
            s.packet_priority.format(priority=s.priorities[case.priority], reasons=reasons),
            s.packet_topic.format(topic=self.topic_names.get(case.topic or "", case.topic or s.unknown_topic)),
            s.packet_contact.format(name=case.worker_name or "-", phone=mask_phone(case.phone) or s.no_phone,
                                    language=s.languages.get(case.language, case.language)),
            "",
            s.facts_heading,
        ]
        lines += [f"• {labels[n]}：{display_value(n, case.facts.get(n), labels)}" for n in FACT_ORDER]
        if case.facts.get("province"):
            lines.append(f"• {labels['province']}：{case.facts['province']}")
        if case.question:
            lines += ["", s.question_heading, case.question[:800]]
        if case.calculations:
            lines += ["", s.calculations_heading]
            for c in case.calculations:
                lines.append(f"• {c.get('title', c.get('calculator'))}：{c.get('summary', '')}"[:400])
        if case.citations:
            lines += ["", s.citations_heading, "、".join(case.citations[:12])]
        if case.answer_text:
            lines += ["", s.answer_heading, case.answer_text[:1200] + ("…" if len(case.answer_text) > 1200 else "")]
        lines += ["", s.packet_footer]
        return "\n".join(lines)

    def member_for_telegram(self, telegram_user_id: int | None) -> StaffMember | None:
        return self.staff.by_telegram_id(telegram_user_id)

    # ---- internals ---------------------------------------------------------------------------

    def _member(self, staff_id: int) -> StaffMember:
        member = self.staff.get(staff_id)
        if member is None or not member.active:
            raise CaseError("not_staff")
        return member

    def _assign(self, conn: Connection, case: CaseView, member: StaffMember, now: datetime, *, notify: bool = True) -> None:
        conn.execute(update(cases).where(cases.c.id == case.id).values(
            assignee_id=member.id, status="claimed", claimed_at=case.claimed_at or now, updated_at=now))
        self._event(conn, case.id, f"staff:{member.id}", "claimed", {"by": member.display_name}, now)
        if not notify:
            return
        t = case_text(case.language)
        self._queue(conn, case.id, "worker", "notice", t.claimed.format(
            name=member.display_name, number=case.number, hours=self.promised_hours(case)), now)
        if case.staff_chat_id is not None:
            self._queue(conn, case.id, "staff", "notice", staff_text().claimed.format(name=member.display_name), now,
                        payload={"claimed_by": member.display_name})

    def _open(self, conn: Connection, case_id: int) -> CaseView:
        case = self._get_or_fail(conn, case_id)
        if case.status == "closed":
            raise CaseError("closed", case.number)
        return case

    def _get_or_fail(self, conn: Connection, case_id: int) -> CaseView:
        case = self._get(conn, case_id)
        if case is None:
            raise CaseError("not_found", str(case_id))
        return case

    def _get(self, conn: Connection, case_id: int) -> CaseView | None:
        row = conn.execute(select(cases, staff.c.display_name.label("assignee_name"))
                           .select_from(cases.outerjoin(staff, staff.c.id == cases.c.assignee_id))
                           .where(cases.c.id == case_id)).first()
        if row is None:
            return None
        return CaseView(
            id=row.id, number=row.number, status=row.status, priority=row.priority,
            priority_reasons=json.loads(row.priority_reasons), topic=row.topic, language=row.language,
            worker_chat_id=row.worker_chat_id, worker_name=row.worker_name, phone=row.phone,
            facts=json.loads(row.facts), question=row.question, answer_text=row.answer_text,
            citations=json.loads(row.citations), calculations=json.loads(row.calculations),
            assignee_id=row.assignee_id, assignee_name=row.assignee_name, staff_chat_id=row.staff_chat_id,
            staff_thread_id=row.staff_thread_id, packet_message_id=row.packet_message_id,
            created_at=_aware(row.created_at), updated_at=_aware(row.updated_at), claimed_at=_aware(row.claimed_at),
            first_response_at=_aware(row.first_response_at), closed_at=_aware(row.closed_at), outcome=row.outcome,
            feedback=row.feedback, anonymized=row.anonymized, conversation_id=row.conversation_id,
        )

    @staticmethod
    def _event(conn: Connection, case_id: int, actor: str, kind: str, detail: dict, now: datetime) -> None:
        conn.execute(insert(case_events).values(case_id=case_id, created_at=now, actor=actor, kind=kind,
                                                detail=_dumps(detail)))

    @staticmethod
    def _queue(conn: Connection, case_id: int, target: str, kind: str, text: str, now: datetime, *,
               payload: dict | None = None, message_id: int | None = None) -> None:
        conn.execute(insert(outbox).values(case_id=case_id, message_id=message_id, target=target, kind=kind, text=text,
                                           payload=_dumps(payload or {}), created_at=now, next_attempt_at=now,
                                           attempts=0))
