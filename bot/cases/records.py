"""Case records: the tables, the views read from them, and the queries staff run over them.

What changes here is the shape of the stored case (a column, a search filter, a statistic). The
lifecycle that decides what to write lives in ``bot.cases.service``; the functions below that take
a ``Connection`` run inside the caller's transaction, so a change and the deliveries it causes
commit together.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
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
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from bot.clock import Clock, utc_now
from bot.db import metadata
from bot.staff import staff
from bot.triage import LEGACY_CODES, SEVERITY

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

STATUSES = ("open", "claimed", "closed")
OUTCOMES = ("advice_given", "referred_arbitration", "aid_accepted", "not_eligible", "no_response", "withdrawn")
STAFF_OUTCOMES = OUTCOMES[:-1]  # "withdrawn" is set when the worker deletes their data
URGENT_REASONS = (*SEVERITY, *LEGACY_CODES)  # every triage code makes a case urgent


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


def aware(d: datetime | None) -> datetime | None:
    """``d`` with its UTC offset (SQLite hands back naive datetimes)."""
    return d if d is None or d.tzinfo else d.replace(tzinfo=UTC)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class CaseRecords:
    """Read cases, their messages and their history; search the queue; count for the stats page."""

    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.clock = clock

    def get(self, case_id: int) -> CaseView | None:
        with self.engine.connect() as conn:
            return load(conn, case_id)

    def by_number(self, number: str) -> CaseView | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(cases.c.id).where(cases.c.number == number.strip().upper())).first()
            return load(conn, row.id) if row else None

    def open_case_for(self, conversation_id: str) -> CaseView | None:
        """The worker's case that is not closed yet, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(select(cases.c.id).where(cases.c.conversation_id == conversation_id)
                               .where(cases.c.status != "closed").order_by(cases.c.id.desc())).first()
            return load(conn, row.id) if row else None

    def case_for_staff_message(self, chat_id: int, *, thread_id: int | None, reply_to: int | None) -> CaseView | None:
        """The case a message in the staff group belongs to: its forum topic, or a reply to its thread."""
        with self.engine.connect() as conn:
            if thread_id is not None:
                row = conn.execute(select(cases.c.id).where(cases.c.staff_chat_id == chat_id)
                                   .where(cases.c.staff_thread_id == thread_id)).first()
                if row:
                    return load(conn, row.id)
            if reply_to is not None:
                row = conn.execute(select(cases.c.id).where(cases.c.staff_chat_id == chat_id)
                                   .where(cases.c.packet_message_id == reply_to)).first()
                if row is None:
                    row = conn.execute(
                        select(case_messages.c.case_id.label("id")).join(cases, cases.c.id == case_messages.c.case_id)
                        .where(cases.c.staff_chat_id == chat_id).where(case_messages.c.staff_message_id == reply_to)
                    ).first()
                if row:
                    return load(conn, row.id)
        return None

    def messages(self, case_id: int) -> list[CaseMessage]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(case_messages).where(case_messages.c.case_id == case_id)
                                .order_by(case_messages.c.id)).all()
        return [CaseMessage(r.id, aware(r.created_at), r.sender, r.author, r.channel, r.text, aware(r.delivered_at))
                for r in rows]

    def events(self, case_id: int) -> list[CaseEvent]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(case_events).where(case_events.c.case_id == case_id)
                                .order_by(case_events.c.id)).all()
        return [CaseEvent(aware(r.created_at), r.actor, r.kind, json.loads(r.detail)) for r in rows]

    def search(self, *, status: str | None = None, priority: str | None = None, topic: str | None = None,
               assignee_id: int | None = None, unassigned: bool = False, older_than_days: int | None = None,
               newer_than_days: int | None = None, query: str | None = None, limit: int = 200,
               now: datetime | None = None) -> list[CaseView]:
        """Cases matching every given filter, urgent and oldest first; ``query`` matches the number,
        the worker's name or phone, the facts, the question and the messages."""
        now = now or self.clock()
        stmt = select(cases.c.id)
        if status == "active":
            stmt = stmt.where(cases.c.status != "closed")
        elif status:
            stmt = stmt.where(cases.c.status == status)
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
            stmt = stmt.where(or_(cases.c.number.ilike(like), cases.c.worker_name.ilike(like),
                                  cases.c.phone.ilike(like), cases.c.facts.ilike(like), cases.c.question.ilike(like),
                                  cases.c.id.in_(in_messages)))
        urgent_first = (cases.c.priority == "urgent").desc()
        stmt = stmt.order_by((cases.c.status == "closed").asc(), urgent_first, cases.c.created_at.asc()).limit(limit)
        with self.engine.connect() as conn:
            return [load(conn, r.id) for r in conn.execute(stmt).all()]

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
        waits = [(aware(r.first_response_at) - aware(r.created_at)).total_seconds() / 60
                 for r in rows if r.first_response_at is not None]
        s.responded = len(waits)
        if waits:
            s.first_response_median_min = round(median(waits), 1)
            s.first_response_mean_min = round(sum(waits) / len(waits), 1)
        return s


# ---- inside the caller's transaction -------------------------------------------------------------


def load(conn: Connection, case_id: int) -> CaseView | None:
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
        created_at=aware(row.created_at), updated_at=aware(row.updated_at), claimed_at=aware(row.claimed_at),
        first_response_at=aware(row.first_response_at), closed_at=aware(row.closed_at), outcome=row.outcome,
        feedback=row.feedback, anonymized=row.anonymized, conversation_id=row.conversation_id,
    )


def load_or_fail(conn: Connection, case_id: int) -> CaseView:
    case = load(conn, case_id)
    if case is None:
        raise CaseError("not_found", str(case_id))
    return case


def load_open(conn: Connection, case_id: int) -> CaseView:
    """The case, refused (CaseError closed) once it is closed."""
    case = load_or_fail(conn, case_id)
    if case.status == "closed":
        raise CaseError("closed", case.number)
    return case


def insert_case(conn: Connection, new: NewCase, *, priority: str, reasons: list[str], staff_chat_id: int | None,
                number_prefix: str, now: datetime) -> int:
    """Store a new open case numbered ``{prefix}-{year}-{id:05d}``; return its id."""
    case_id = conn.execute(insert(cases).values(
        number=f"tmp-{uuid.uuid4().hex[:20]}", status="open", priority=priority,  # numbered from the id below
        priority_reasons=dumps(reasons), topic=new.topic, language=new.language,
        conversation_id=new.conversation_id, worker_chat_id=new.worker_chat_id, worker_name=new.worker_name,
        phone=new.phone, facts=dumps(new.facts), question=new.question, answer_text=new.answer_text,
        citations=dumps(new.citations), calculations=dumps(new.calculations), staff_chat_id=staff_chat_id,
        created_at=now, updated_at=now, announced_at=now, anonymized=False,
    )).inserted_primary_key[0]
    conn.execute(update(cases).where(cases.c.id == case_id).values(number=f"{number_prefix}-{now.year}-{case_id:05d}"))
    return case_id


def update_case(conn: Connection, case_id: int, **values: Any) -> None:
    conn.execute(update(cases).where(cases.c.id == case_id).values(**values))


def add_message(conn: Connection, case_id: int, *, now: datetime, sender: str, channel: str, text: str | None,
                **values: Any) -> int:
    """Keep a message with the case; return its id."""
    return conn.execute(insert(case_messages).values(case_id=case_id, created_at=now, sender=sender, channel=channel,
                                                     text=text, **values)).inserted_primary_key[0]


def add_event(conn: Connection, case_id: int, actor: str, kind: str, detail: dict, now: datetime) -> None:
    conn.execute(insert(case_events).values(case_id=case_id, created_at=now, actor=actor, kind=kind,
                                            detail=dumps(detail)))


def ids_for_conversation(conn: Connection, conversation_id: str) -> list[int]:
    return [r.id for r in conn.execute(select(cases.c.id).where(cases.c.conversation_id == conversation_id))]


def rate(conn: Connection, case_id: int, conversation_id: str, feedback: int) -> bool:
    """Keep the worker's feedback on the case if it is theirs; return whether it was kept."""
    return bool(conn.execute(update(cases).where(cases.c.id == case_id)
                             .where(cases.c.conversation_id == conversation_id).values(feedback=feedback)).rowcount)


def relayed_to_staff(conn: Connection, case_id: int) -> list[int]:
    """Where the worker's relayed messages landed in the staff group (message ids)."""
    return [r.staff_message_id for r in conn.execute(
        select(case_messages.c.staff_message_id).where(case_messages.c.case_id == case_id)
        .where(case_messages.c.sender == "worker").where(case_messages.c.staff_message_id.is_not(None)))]


def anonymise(conn: Connection, case_id: int, *, now: datetime, withdraw: bool) -> None:
    """Drop the worker's personal data from the case, its messages and its history; ``withdraw``
    closes an open case as withdrawn. Kept: number, topic, priority and reasons, status, outcome,
    timestamps and who did what."""
    values: dict = {"conversation_id": None, "worker_chat_id": None, "worker_name": None, "phone": None,
                    "facts": "{}", "question": None, "answer_text": None, "calculations": "[]", "anonymized": True,
                    "updated_at": now}
    if withdraw:
        values.update(status="closed", outcome="withdrawn", closed_at=now)
    update_case(conn, case_id, **values)
    conn.execute(update(case_messages).where(case_messages.c.case_id == case_id).values(text=None))
    for ev in conn.execute(select(case_events).where(case_events.c.case_id == case_id)
                           .where(case_events.c.kind.in_(("fact_changed", "closed")))).all():
        detail = json.loads(ev.detail)
        if ev.kind == "fact_changed":
            detail.update(old=None, new=None)
        else:  # the closing note to the worker may restate their situation
            detail["note"] = ""
        conn.execute(update(case_events).where(case_events.c.id == ev.id).values(detail=dumps(detail)))
