"""Compact per-conversation state (topic, facts, a calculator in progress) and its store.

The state is what the assistant must remember, not a transcript: a worker's follow-ups
("那我能要多少钱？", "我在上海") are understood from it, and it survives restarts because it is
kept in the project's database (SQLite by default, PostgreSQL by URL).

Only plausible facts are kept: a value the calculators would refuse ("干了999999个月", a date before
1950) is never stored, and one stored by an earlier release is dropped when the state is loaded or
next updated (logged by name, never by value), so it cannot fail every later question.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, field
from functools import cache
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from sqlalchemy import Column, DateTime, String, Table, Text, delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from bot.clock import Clock, utc_now
from bot.db import create_db_engine, metadata, migrate
from knowledge.calculators import CALCULATORS, InputSpec
from knowledge.calculators.laws import HOURS_PER_DAY, PAID_DAYS_PER_MONTH
from knowledge.facts import Facts
from knowledge.inputs import Refused, parse_input, shift_months

logger = logging.getLogger(__name__)

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
    estimated: list[str] = field(default_factory=list)  # unused since calculators state estimates; kept so stored states load


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
    replied_in: str | None = None  # the language of the last reply (kept when a message has no words)
    topic: str | None = None
    facts: dict[str, str] = field(default_factory=dict)  # calculator inputs known so far, as text
    known: dict = field(default_factory=dict)  # every fact read so far (knowledge.facts.Facts.to_dict)
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
    def from_json(cls, raw: str, *, today: date | None = None) -> ConversationState:
        """Read a stored state; facts that no longer validate are dropped (see :func:`valid_facts`),
        dates judged against ``today`` (by default the day the facts were last read)."""
        data = json.loads(raw)
        pending = data.pop("pending", None)
        intake = data.pop("intake", None)
        state = cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        state.pending = PendingCalculation(**pending) if pending else None
        state.intake = IntakeState.from_dict(intake) if intake else None
        state.known = Facts.from_dict(state.known).to_dict() if isinstance(state.known, dict) and state.known else {}
        facts = state.facts if isinstance(state.facts, dict) else {}
        state.facts = valid_facts(facts, today=today or _read_on(state.known) or date.today()) if facts else {}
        return state


_LEFT = frozenset({"left_job", "dismissed", "resigned", "contract_expired"})
# The job ends, done or planned, on the end date given: the annual leave is settled then.
_LEAVING = _LEFT | {"quitting"}


def remember_facts(state: ConversationState, facts: Facts) -> Facts:
    """Merge a message's facts into the conversation's and return the merged facts.

    ``state.known`` keeps every fact read so far (a later message wins); ``state.facts`` keeps the
    values calculators and the hand-over read, under their input names, as text. Only plausible
    values are kept (:meth:`Facts.plausible`, :func:`valid_facts`), whatever was stored before."""
    merged = (Facts.from_dict(state.known).merged(facts) if state.known else facts).plausible()
    state.known = merged.to_dict()
    today = merged.as_of or date.today()
    state.facts = valid_facts({**state.facts, **calculator_values(merged)}, today=today)
    return merged


@cache
def _input_specs() -> dict[str, InputSpec]:
    """Every calculator input by name (inputs of the same name are of the same kind)."""
    return {spec.name: spec for calc in CALCULATORS.values() for spec in calc.inputs}


def valid_facts(values: dict[str, str], *, today: date) -> dict[str, str]:
    """``values`` without the ones a calculator would refuse to read (logged by name, never by value).

    A value kept for a calculator input must read as that input ("999999" is no number of months of
    service); anything else kept must at least be text."""
    kept: dict[str, str] = {}
    dropped: list[str] = []
    for name, value in values.items():
        spec = _input_specs().get(name)
        if isinstance(value, str) and (spec is None or _reads(spec, value, today)):
            kept[name] = value
        else:
            dropped.append(name)
    if dropped:
        logger.warning("conversation state: dropped facts that no longer validate: %s", ", ".join(dropped))
    return kept


def _reads(spec: InputSpec, value: str, today: date) -> bool:
    parsed = parse_input(spec, value, today=today)
    return parsed is not None and not isinstance(parsed, Refused)


def _read_on(known: dict) -> date | None:
    """The day the stored facts were last read, if the state says."""
    try:
        return date.fromisoformat(str(known["as_of"])) if known.get("as_of") else None
    except ValueError:
        return None


def _day_before_monthiversary(start: date, end: date) -> date:
    """The last day of the whole months from ``start`` that end in ``end``'s month (start 11-01, end 11-01 → 10-31)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    last = shift_months(start, Decimal(months)) - timedelta(days=1)
    return last if last > start else end


def calculator_values(facts: Facts) -> dict[str, str]:
    """The facts as calculator inputs (and the hand-over's carried facts), as text."""
    out: dict[str, str] = {}
    if facts.monthly_wage is not None:
        out["monthly_wage"] = str(facts.monthly_wage)
    elif facts.hourly_wage is not None and "part_time" not in facts.flags:
        # 合同约定小时工资25元: the month's wage the hourly one converts to (月计薪天数21.75 × 8 hours, 关于职工全年月平均
        # 工作时间和工资折算问题的通知), so the overtime is paid on that very hourly rate
        out["monthly_wage"] = str((facts.hourly_wage * PAID_DAYS_PER_MONTH * HOURS_PER_DAY).quantize(Decimal("0.01")))
    if facts.start_date is not None and (facts.tenure_months is None or "start_date" not in facts.rough_dates
                                         or facts.start_refines_tenure()):
        out["start_date"] = facts.start_date.isoformat()
    elif facts.tenure_months is not None:
        # (a start told roughly gives way to the time worked told: 去年被派到家电厂…在派遣公司一共干了2年4个月)
        out["service_months"] = str(facts.tenure_months)
    today = facts.as_of or date.today()
    if facts.contract_end_date is not None and facts.end_date is not None and facts.end_date > facts.contract_end_date:
        # 合同9月30号到期，照常上班，今天让我别来了: the months without a written contract run from the expiry, the
        # years of work from the first day to the dismissal
        out["contract_end_date"] = facts.contract_end_date.isoformat()
        out["end_date"] = facts.end_date.isoformat()
    elif facts.end_date is not None and facts.end_date <= today and {"contract_expired", "still_employed"} <= facts.flags:
        # 合同去年12月31号到期，我照常上班到现在: the date is the contract's end, the job goes on; the months without a
        # written contract run from it (the double wages), the years of work from the first day (the compensation)
        out["contract_end_date"] = facts.end_date.isoformat()
        out["end_date"] = today.isoformat()
    elif facts.end_date is not None:
        end = facts.end_date
        if facts.start_date is not None and {"start_date", "end_date"} <= facts.rough_dates and end > facts.start_date:
            # Both told by the month (2024年11月入职, 这个月初被辞退): whole months, not the day the calendar arithmetic
            # adds (2024-11-01 to 2026-11-01 inclusive is two years and a day, half a month more severance).
            end = _day_before_monthiversary(facts.start_date, end)
        out["end_date"] = end.isoformat()
    elif facts.months_since_end is not None:
        out["months_since_end"] = str(facts.months_since_end)
    elif "still_employed" in facts.flags or (
            (facts.tenure_months is not None or facts.start_date is not None) and not facts.flags & _LEFT):
        # "还在干", or "入职8个月了" / "2月1号入职的" with nothing about leaving: the job goes on today.
        out["end_date"] = today.isoformat()
        if not facts.flags & _LEAVING:
            out.setdefault("leaving", "否")  # nor is this year's leave being settled on leaving
    elif "dismissed" in facts.flags and (facts.start_date is not None or facts.tenure_months is not None):
        # "经理直接发了解除通知", "这个月把我开了": a dismissal told without its day is taken as today's (the
        # figure shows the period it counts, and the worker can give the last day).
        out["end_date"] = today.isoformat()
    if facts.contract_signed_date is not None:
        out["contract_signed_date"] = facts.contract_signed_date.isoformat()
    if facts.injury_date is not None:
        out["accident_date"] = facts.injury_date.isoformat()
    if facts.knew_date is not None:
        out["knew_date"] = facts.knew_date.isoformat()
    if "piece_rate" in facts.flags and "wage_includes_overtime" not in facts.flags:
        out["piece_rate"] = "yes"  # 计件: the pay covers every hour at the piece price, the overtime's premium is owed
    if "wage_includes_overtime" in facts.flags and "inclusion_unwritten" not in facts.flags:
        out["wage_includes_overtime"] = "yes"  # 包薪: the overtime is backed out of the wage, not added to it
        # (not on the boss's word alone: without an agreement the wage is the normal hours' pay)
        if facts.base_wage is not None:  # 里面基本工资写的2600: the pay for normal hours the contract names
            out["base_wage"] = str(facts.base_wage)
    if facts.demand_date is not None:
        out["demand_date"] = facts.demand_date.isoformat()
    if facts.disability_grade is not None:
        out["disability_grade"] = str(facts.disability_grade)
    if facts.babies is not None:  # 双胞胎: 15 days more maternity leave for each baby past the first
        out["babies"] = str(facts.babies)
    if facts.leave_days is not None:  # 产假…一共178天: the leave in all (the province's days on the national 98)
        out["leave_days"] = str(facts.leave_days)
    if facts.amount_owed is not None and "wage_owed" in facts.flags:  # 两个月的钱没发（我是1万4）: the total told
        out["amount_owed"] = str(facts.amount_owed)
    if facts.workers is not None and facts.has("group", "small_group"):
        out["workers"] = str(facts.workers)  # 我们一共23个工人: the group's total beside each one's wages owed
    if facts.insured_months is not None:  # 失业保险交了8年: the longest unemployment benefit period
        out["insured_months"] = str(facts.insured_months)
    # 11月4号剖宫产: the maternity leave's days are counted from it (not from a month told without its day, 今年10月剖腹产:
    # the days are told, not an end a month's first day would make up)
    if facts.birth_date is not None and "birth_date" not in facts.rough_dates:
        out["birth_date"] = facts.birth_date.isoformat()
    if facts.leave_start_date is not None and "leave_start_date" not in facts.rough_dates:  # 10月20号开始休产假
        out["leave_start"] = facts.leave_start_date.isoformat()
    if "difficult_birth" in facts.flags:  # 难产, 剖宫产
        out["difficult_birth"] = "是"
    if "maternity_insured" in facts.flags:  # 公司一直给我交着生育保险: the fund pays, at the employer's average wage
        out["insured"] = "是"
    elif "no_social_insurance" in facts.flags:  # 一直没给我交社保，生育保险也没有: the employer pays, at her own wage
        out["insured"] = "否"
    if facts.monthly_shortfall is not None:  # 每月比男的少500 for as long as they have worked, or were owed
        out["monthly_shortfall"] = str(facts.monthly_shortfall)
        months = facts.owed_months or facts.tenure_months
        if months is None and facts.start_date is not None:
            # 3月1号去当学徒…每个月只给1000: the whole months worked since the start, each paid short
            until = facts.service_end() or today
            whole = (until.year - facts.start_date.year) * 12 + until.month - facts.start_date.month \
                - (until.day < facts.start_date.day)
            months = Decimal(whole) if whole >= 1 else None
        if months is not None:
            out["shortfall_months"] = str(months)
    if facts.owed_months is not None and "wage_owed" in facts.flags:  # 欠了3个月工资: the wage arrears' months
        out["owed_months"] = str(facts.owed_months)
    if facts.training_cost is not None:  # 培训费3万，签了5年服务期，干了3年
        out["training_cost"] = str(facts.training_cost)
    if facts.agreed_penalty is not None:
        out["agreed_penalty"] = str(facts.agreed_penalty)
    if facts.deduction is not None:  # 工资扣了我3000当赔偿: what the employer took for a loss
        out["deduction"] = str(facts.deduction)
    if facts.loss_claimed is not None:  # 修好要6000，这个月扣了800: the months to recover are the whole loss's
        out["loss"] = str(facts.loss_claimed)
    if facts.service_period_months is not None:
        out["service_period_months"] = str(facts.service_period_months)
    if facts.service_served_months is not None:
        out["served_months"] = str(facts.service_served_months)
    # A probation's pay beside the wage agreed (试用期每个月只发1600, 约定工资3500), its length and the contract's.
    if facts.probation_wage is not None:
        out["probation_wage"] = str(facts.probation_wage)
        if facts.monthly_wage is not None and facts.monthly_wage != facts.probation_wage:
            out["agreed_wage"] = str(facts.monthly_wage)
    if facts.leave_taken_days is not None:  # the year's annual leave, settled on leaving (年假只休了2天)
        out["taken_leave_days"] = str(facts.leave_taken_days)
    if facts.end_date is not None and (facts.flags & _LEAVING or facts.end_date > today):
        # (a last day still ahead, "my last day will be November 30": the job ends then, and the leave is settled)
        out["leaving"] = "是"
        out["leave_date"] = facts.end_date.isoformat()
    for name in ("minimum_wage", "local_avg_wage", "contract_months", "probation_months", "work_months",
                 "overtime_paid", "employer_avg_wage"):
        if (value := getattr(facts, name)) is not None:
            out[name] = str(value)
    # Overtime hours the message gives, a month for weekdays and rest days (每天加班3小时, 一个月4个周六) and in
    # all for holidays; the calculator asks the three kinds in one question when none was given.
    for kind, name in (("weekday", "weekday_hours"), ("restday", "rest_day_hours"), ("holiday", "holiday_hours")):
        hours = getattr(facts, f"{kind}_overtime_hours")
        if hours is not None:
            out[name] = str(hours)
    if "overtime_total" in facts.flags:
        out["hours_are_total"] = "yes"
    elif facts.overtime_months is not None:  # 1月到10月每个月加班50小时: the month's pay, times ten
        out["overtime_months"] = str(facts.overtime_months)
    if facts.day_clock_hours is not None:  # 每晚10点上到早上8点, no break told: counted an hour short, said so
        out["day_clock_hours"] = str(facts.day_clock_hours)
    if facts.overtime_days is not None:  # 连着上了28天班: the hours are those days'
        out["stretch_days"] = str(int(facts.overtime_days))
    if "no_written_contract" in facts.flags:
        out["written_contract"] = "no"
    if facts.province:
        out["province"] = facts.province
    return out


class ConversationStore:
    """Conversation states by id in a relational database."""

    def __init__(self, engine: Engine | str, *, clock: Clock = utc_now) -> None:
        self.clock = clock
        self.engine: Engine = create_db_engine(engine) if isinstance(engine, str) else engine
        self._owns_engine = isinstance(engine, str)
        if self._owns_engine:
            migrate(self.engine)

    def load(self, conversation_id: str, *, conn: Connection | None = None) -> ConversationState:
        """The conversation's state (a new one if none is stored); read in ``conn``'s transaction when given."""
        with contextlib.nullcontext(conn) if conn is not None else self.engine.connect() as conn:
            row = conn.execute(
                select(conversations.c.state).where(conversations.c.conversation_id == conversation_id)
            ).first()
        return ConversationState.from_json(row.state, today=self.clock().date()) if row else ConversationState()

    def save(self, conversation_id: str, state: ConversationState, *, conn: Connection | None = None) -> None:
        """Store the state; in ``conn``'s transaction when given (with the caller's other writes)."""
        now = self.clock()
        with contextlib.nullcontext(conn) if conn is not None else self.engine.begin() as conn:
            changed = conn.execute(
                update(conversations)
                .where(conversations.c.conversation_id == conversation_id)
                .values(state=state.to_json(), updated_at=now)
            ).rowcount
            if not changed:
                conn.execute(insert(conversations).values(conversation_id=conversation_id, state=state.to_json(), updated_at=now))

    def delete(self, conversation_id: str, *, conn: Connection | None = None) -> bool:
        """Forget a conversation; return whether there was anything stored. In ``conn``'s transaction when given."""
        with contextlib.nullcontext(conn) if conn is not None else self.engine.begin() as conn:
            query = delete(conversations).where(conversations.c.conversation_id == conversation_id)
            return bool(conn.execute(query).rowcount)

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()
