"""Questions answered and the feedback on them, kept only as far as the service needs.

A row keeps the question and answer (so 👍/👎 can be read with what they rate) linked to the
conversation; /forget removes the texts and the link and keeps only anonymous counts
(topic, mode, rating, time) for the statistics.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, Text, insert, select, update
from sqlalchemy.engine import Connection, Engine

from bot.clock import Clock, utc_now
from bot.db import metadata

interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), nullable=True, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("topic", String(40), nullable=True),
    Column("mode", String(20), nullable=False),
    Column("escalate", Boolean, nullable=False, default=False),
    Column("question", Text, nullable=True),
    Column("answer", Text, nullable=True),
    Column("citations", Text, nullable=True),
    Column("rating", Integer, nullable=True),  # +1 / -1
)


@dataclass(frozen=True, slots=True)
class Stats:
    today: int
    week: int
    top_topics: list[tuple[str, int]]
    no_match_share: float
    thumbs_up: int
    thumbs_down: int


class ActivityStore:
    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self.clock = clock
        self.engine = engine

    def record(self, *, conversation_id: str, question: str, answer: str, topic: str | None, mode: str,
               escalate: bool, citations: list[str], conn: Connection | None = None) -> int:
        """Store one answered question; return its id (carried by the feedback buttons). In ``conn``'s
        transaction when given (with the conversation state it answered)."""
        with contextlib.nullcontext(conn) if conn is not None else self.engine.begin() as conn:
            result = conn.execute(
                insert(interactions).values(
                    conversation_id=conversation_id, created_at=self.clock(), topic=topic, mode=mode,
                    escalate=escalate, question=question, answer=answer,
                    citations=json.dumps(citations, ensure_ascii=False),
                )
            )
            return int(result.inserted_primary_key[0])

    def rate(self, *, interaction_id: int, conversation_id: str, rating: int) -> bool:
        """Store 👍 (+1) or 👎 (-1) on the worker's own answer; return whether it was found."""
        with self.engine.begin() as conn:
            return bool(conn.execute(
                update(interactions)
                .where(interactions.c.id == interaction_id)
                .where(interactions.c.conversation_id == conversation_id)
                .values(rating=1 if rating > 0 else -1)
            ).rowcount)

    def forget(self, *, conversation_id: str, conn: Connection | None = None) -> int:
        """Remove the texts and the link to this conversation; return how many records were affected. In
        ``conn``'s transaction when given."""
        with contextlib.nullcontext(conn) if conn is not None else self.engine.begin() as conn:
            return conn.execute(
                update(interactions)
                .where(interactions.c.conversation_id == conversation_id)
                .values(conversation_id=None, question=None, answer=None, citations=None)
            ).rowcount

    def transcript(self, *, conversation_id: str, limit: int = 20) -> list[tuple[str, str, list[str]]]:
        """The conversation's last ``limit`` questions and answers, oldest first: (question, answer, citations)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(interactions.c.question, interactions.c.answer, interactions.c.citations)
                .where(interactions.c.conversation_id == conversation_id)
                .where(interactions.c.question.is_not(None))
                .order_by(interactions.c.id.desc()).limit(limit)
            ).all()
        return [(r.question, r.answer or "", json.loads(r.citations or "[]")) for r in reversed(rows)]

    def stats(self, *, now: datetime | None = None) -> Stats:
        now = now or self.clock()
        day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        week_start = now - timedelta(days=7)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(interactions.c.created_at, interactions.c.topic, interactions.c.mode, interactions.c.rating)
                .where(interactions.c.created_at >= week_start)
            ).all()
        def aware(d: datetime) -> datetime:
            return d if d.tzinfo else d.replace(tzinfo=UTC)
        questions = [r for r in rows if r.mode not in ("invalid",)]
        today = [r for r in questions if aware(r.created_at) >= day_start]
        answered_topics = Counter(r.topic for r in questions if r.topic)
        legal = [r for r in questions if r.mode in ("offline", "llm", "no_match")]
        no_match = sum(1 for r in legal if r.mode == "no_match")
        return Stats(
            today=len(today),
            week=len(questions),
            top_topics=answered_topics.most_common(5),
            no_match_share=no_match / len(legal) if legal else 0.0,
            thumbs_up=sum(1 for r in rows if r.rating == 1),
            thumbs_down=sum(1 for r in rows if r.rating == -1),
        )
