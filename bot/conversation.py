"""Compact per-conversation state (topic, facts, a calculator in progress) and its store.

The state is what the assistant must remember, not a transcript: a worker's follow-ups
("那我能要多少钱？", "我在上海") are understood from it, and it survives restarts because it is
kept in the project's database (SQLite by default, PostgreSQL by URL).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from sqlalchemy import Column, DateTime, String, Table, Text, delete, insert, select, update
from sqlalchemy.engine import Engine

from bot.clock import Clock, utc_now
from bot.db import create_db_engine, metadata, migrate
from knowledge.inputs import parse_date, parse_money, parse_months
from knowledge.query import QueryAnalysis

conversations = Table(
    "conversations",
    metadata,
    Column("conversation_id", String(100), primary_key=True),
    Column("state", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


@dataclass(slots=True)
class PendingCalculation:
    calculator: str
    values: dict[str, str] = field(default_factory=dict)  # input name → worker's text or ISO value
    awaiting: str = ""
    estimated: list[str] = field(default_factory=list)  # inputs inferred rather than stated


IntakeStage = Literal["consent", "phone", "facts", "supplement"]


@dataclass(slots=True)
class IntakeState:
    """A hand-over to legal-aid staff in progress (see bot/escalation.py), kept across restarts.

    ``stage`` is consent → phone → facts (then the case is created), or supplement: one question
    a staff member asked again (``asking``) about an existing case (``case_id``)."""

    stage: IntakeStage
    lang: str | None = None  # the language the hand-over was started in
    phone: str | None = None
    facts: dict[str, str] = field(default_factory=dict)  # fact name → value, as the case packet stores it
    pending: list[str] = field(default_factory=list)  # questions still to ask, the current one first
    question: str | None = None  # the problem in the worker's words, when asked during the hand-over
    case_id: int | None = None
    asking: str | None = None

    @property
    def collecting(self) -> bool:
        """Whether the worker's next message answers a question of the hand-over."""
        return self.stage in ("phone", "facts", "supplement")

    @classmethod
    def from_dict(cls, data: dict) -> IntakeState:
        """Read the stored form; states saved before this class existed are the same keys, some missing."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["facts"] = dict(known.get("facts") or {})
        known["pending"] = list(known.get("pending") or [])
        return cls(**known)


@dataclass(slots=True)
class ConversationState:
    language: str | None = None  # a preference set by the worker (/language); None = follow the message
    topic: str | None = None
    facts: dict[str, str] = field(default_factory=dict)
    pending: PendingCalculation | None = None
    last_question: str = ""
    turns: int = 0
    # Computed results worth handing to a legal-aid person (calculator, title, amount, deadline, summary, basis).
    calculations: list[dict] = field(default_factory=list)
    escalation: list[str] = field(default_factory=list)  # urgency codes seen in this conversation
    intake: IntakeState | None = None  # a hand-over to legal-aid staff in progress
    relay_noticed: int | None = None  # the case whose "passed on" notice the worker has had

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> ConversationState:
        data = json.loads(raw)
        pending = data.pop("pending", None)
        intake = data.pop("intake", None)
        state = cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        state.pending = PendingCalculation(**pending) if pending else None
        state.intake = IntakeState.from_dict(intake) if intake else None
        return state


_WAGE = re.compile(
    r"(?:月薪|月工资|工资|底薪|薪水|薪资|一个月|每个?月|月入|税前|到手)\s*(?:是|有|才|就|大概|差不多|约|为)?\s*"
    r"(?P<v>[0-9０-９一二两三四五六七八九十][0-9０-９.,一二两三四五六七八九十百千万kK]*\s*(?:元|块|k|K|千|万)?)"
)
_WAGE_EN = re.compile(r"(?:salary|wage|pay|earn)\D{0,20}?(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:k|yuan|rmb|元)?)", re.IGNORECASE)
_START = re.compile(r"(?P<d>[0-9０-９一二三四五六七八九十〇零两去今前上个年月日号.\-/]{2,14})\s*(?:入职|进厂|进的厂|开始上班|开始干|来的|上班的|进公司)")
_END = re.compile(r"(?P<d>[0-9０-９一二三四五六七八九十〇零两去今前上个年月日号.\-/]{2,14})\s*(?:离职|被辞退|被开除|被裁|解除|走的|不干了|最后一天)")
_SERVICE = re.compile(r"(?:干了|做了|上了|工作了|入职|上班|来了|干|做)\s*(?:了|有)?\s*(?P<v>[0-9一二两三四五六七八九十半]+\s*(?:年半?|个多?月|个月)(?:[0-9一二两三四五六七八九十]+个?月)?)")
_NO_CONTRACT = re.compile(r"(没|未|不)(跟我|和我|与我)?(签|订立|签订)(过)?(书面)?(劳动)?合同|没有(书面)?(劳动)?合同|\bno (written )?contract\b", re.IGNORECASE)
_HAS_CONTRACT = re.compile(r"(签了|签过|签订了)(书面)?(劳动)?合同")


def extract_facts(text: str, analysis: QueryAnalysis, *, today: date) -> dict[str, str]:
    """Return the facts a message states (wage, dates, contract status, province) as strings."""
    facts: dict[str, str] = {}
    for m in [*_WAGE.finditer(text), *_WAGE_EN.finditer(text)]:
        money = parse_money(m.group("v").rstrip(",."))
        if money is not None and money >= 100:
            facts["monthly_wage"] = str(money)
            break
    m = _START.search(text)
    if m and (d := parse_date(m.group("d"), today=today)):
        facts["start_date"] = d.isoformat()
    m = _END.search(text)
    if m and (d := parse_date(m.group("d"), today=today)):
        facts["end_date"] = d.isoformat()
    m = _SERVICE.search(text)
    if m and (months := parse_months(m.group("v"))):
        facts["service_months"] = str(months)
    if _NO_CONTRACT.search(text):
        facts["written_contract"] = "no"
    elif _HAS_CONTRACT.search(text):
        facts["written_contract"] = "yes"
    if analysis.provinces:
        facts["province"] = sorted(analysis.provinces)[0]
    return facts


def service_start(facts: dict[str, str], *, today: date) -> date | None:
    """Return the start date stated, or one estimated from "干了N个月" counted back from the end."""
    if "start_date" in facts:
        return date.fromisoformat(facts["start_date"])
    if "service_months" in facts:
        end = date.fromisoformat(facts["end_date"]) if "end_date" in facts else today
        months = Decimal(facts["service_months"])
        whole = int(months)
        days = int((months - whole) * 30)
        y, m = divmod(end.month - 1 - whole, 12)
        approx = date(end.year + y, m + 1, min(end.day, 28))
        return date.fromordinal(approx.toordinal() - days)
    return None


class ConversationStore:
    """Conversation states by id in a relational database."""

    def __init__(self, engine: Engine | str, *, clock: Clock = utc_now) -> None:
        self.clock = clock
        self.engine: Engine = create_db_engine(engine) if isinstance(engine, str) else engine
        self._owns_engine = isinstance(engine, str)
        if self._owns_engine:
            migrate(self.engine)

    def load(self, conversation_id: str) -> ConversationState:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(conversations.c.state).where(conversations.c.conversation_id == conversation_id)
            ).first()
        return ConversationState.from_json(row.state) if row else ConversationState()

    def save(self, conversation_id: str, state: ConversationState) -> None:
        now = self.clock()
        with self.engine.begin() as conn:
            changed = conn.execute(
                update(conversations)
                .where(conversations.c.conversation_id == conversation_id)
                .values(state=state.to_json(), updated_at=now)
            ).rowcount
            if not changed:
                conn.execute(insert(conversations).values(conversation_id=conversation_id, state=state.to_json(), updated_at=now))

    def delete(self, conversation_id: str) -> bool:
        """Forget a conversation; return whether there was anything stored."""
        with self.engine.begin() as conn:
            return bool(conn.execute(delete(conversations).where(conversations.c.conversation_id == conversation_id)).rowcount)

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()
