"""Facts from a worker's message, read once: who they work for, what happened, when, how much, how many.

One extractor for the whole answer path: the situation rules read its flags (``requires`` /
``excludes``), the calculators read its amounts, dates and durations (an input the worker already
gave is never asked again), and triage reads its counts, dates and flags. Pure: text in, facts
out, the clock passed in.

Numbers, money, dates and durations are read by ``knowledge.inputs`` / ``knowledge.numerals``;
this module only finds *where* in the message they are and *what* they are about (月薪 vs. 欠,
入职 vs. 离职). Every reading refuses what it cannot read with confidence and absurd values
(2099年13月, 1e309, 999999个月), so a caller asks rather than computes with a guess. Facts read back
from a stored conversation pass the same bounds (:meth:`Facts.from_dict`, :meth:`Facts.plausible`): a
value stored by an earlier release that no longer validates is dropped, never raised on every turn.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from knowledge.inputs import (
    EARLIEST_DATE,
    MAX_MONTHS,
    latest_date,
    parse_date,
    parse_days,
    parse_money,
    parse_months,
    shift_months,
)
from knowledge.calculators.probation import probation_limit
from knowledge.numerals import read_number
from knowledge.rules import FACT_FLAGS, QUESTION_KINDS

__all__ = ["Facts", "extract_facts", "normalize_text", "states"]

logger = logging.getLogger(__name__)

# Bounds of the plausible: anything outside is refused rather than computed with.
_MAX_TENURE_MONTHS = MAX_MONTHS  # 50 years
_MAX_WAGE = Decimal(1000000)
_MIN_WAGE = Decimal(100)
_MAX_OWED = Decimal(1000000000)  # what a whole site of workers may be owed, not only one of them
_MAX_WORKERS = 100000
_MAX_HOSPITAL_DAYS = 3650
_MAX_OVERTIME_HOURS = Decimal(744)  # a month of 31 days around the clock
_OVERTIME_HOURS = frozenset({"weekday_overtime_hours", "restday_overtime_hours", "holiday_overtime_hours"})
_MAX_TOTAL_OVERTIME_HOURS = Decimal(1300)  # overtime told in all (overtime_total): 160 rest days of 8 hours
_MAX_PLACE_CHARS = 40
_EARLIEST = EARLIEST_DATE
# Statutory averages used to turn "每天加班3小时" into hours a month (劳社部发〔2008〕3号: 21.75 working
# days a month, so 4.35 weeks).
_WORKDAYS_PER_MONTH = Decimal("21.75")
_WEEKS_PER_MONTH = Decimal("4.35")
_RESTDAYS_PER_MONTH = Decimal(104) / 12
_HOURS_PER_DAY = Decimal(8)
_MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})

_DECIMAL_BOUNDS = {  # the rest are durations in months, 0 to a working life
    "monthly_wage": (_MIN_WAGE, _MAX_WAGE),
    "amount_owed": (Decimal(0), _MAX_OWED),
    "monthly_shortfall": (Decimal(1), _MAX_WAGE),
    "training_cost": (Decimal(1), _MAX_OWED),
    "agreed_penalty": (Decimal(0), _MAX_OWED),
    "compensation_paid": (Decimal(1), _MAX_OWED),
    "deduction": (Decimal(1), _MAX_OWED),
    "loss_claimed": (Decimal(1), _MAX_OWED),
    "probation_wage": (_MIN_WAGE, _MAX_WAGE),
    "base_wage": (_MIN_WAGE, _MAX_WAGE),
    "hourly_wage": (Decimal(5), Decimal(1000)),
    "minimum_wage": (Decimal(500), Decimal(10000)),
    "local_avg_wage": (Decimal(1000), Decimal(50000)),
    "overtime_paid": (Decimal(0), _MAX_OWED),
    "employer_avg_wage": (Decimal(1000), Decimal(100000)),
    "contract_months": (Decimal(1), Decimal(120)),
    "overtime_months": (Decimal(1), Decimal(36)),  # (five weeks of it: 1.15 months)
    "overtime_days": (Decimal(7), Decimal(62)),
    "day_clock_hours": (Decimal(9), Decimal(20)),
    "probation_months": (Decimal("0.1"), Decimal(24)),
    **{f"{kind}_overtime_hours": (Decimal(0), _MAX_OVERTIME_HOURS) for kind in ("weekday", "restday", "holiday")},
}
_DATE_FIELDS = ("start_date", "end_date", "injury_date", "contract_signed_date", "ruling_date", "assessment_date",
                "knew_date", "demand_date", "contract_end_date", "birth_date", "leave_start_date")
_DECIMAL_FIELDS = ("monthly_wage", "amount_owed", "monthly_shortfall", "tenure_months", "months_since_end",
                   "owed_months", "weekday_overtime_hours", "restday_overtime_hours", "holiday_overtime_hours",
                   "training_cost", "agreed_penalty", "service_period_months", "service_served_months",
                   "probation_wage", "minimum_wage", "local_avg_wage", "contract_months", "probation_months", "work_months",
                   "leave_taken_days", "overtime_paid", "employer_avg_wage", "overtime_months", "hourly_wage",
                   "insured_months", "overtime_days", "deduction", "loss_claimed", "base_wage", "compensation_paid",
                   "day_clock_hours")
_INT_FIELDS = ("workers", "disability_grade", "hospital_days", "babies", "leave_days")
_TEXT_FIELDS = ("city", "province")


@dataclass(frozen=True, slots=True)
class Facts:
    """What one message (or a conversation, merged) states. Unknown values are None.

    ``flags`` are names from ``knowledge.rules.FACT_FLAGS``; ``asks`` from ``QUESTION_KINDS``.
    Durations are in months (Decimal, 一年半 → 18), overtime in hours a month, ``as_of`` is the
    day the message was read (relative dates and durations are counted from it)."""

    flags: frozenset[str] = frozenset()
    asks: frozenset[str] = frozenset()
    language: str = "zh"
    as_of: date | None = None
    monthly_wage: Decimal | None = None
    amount_owed: Decimal | None = None
    start_date: date | None = None
    end_date: date | None = None
    injury_date: date | None = None
    contract_signed_date: date | None = None
    ruling_date: date | None = None
    assessment_date: date | None = None  # the day a work-capacity (disability) assessment conclusion came
    knew_date: date | None = None  # the day the worker found out their right was infringed (才发现没交社保)
    birth_date: date | None = None  # the day the worker gave birth (11月4号剖宫产生了双胞胎): maternity leave runs from it
    leave_start_date: date | None = None  # the first day of maternity leave (10月20号开始休产假)
    # The last day the worker claimed the right from the employer, complained to an authority, or the employer
    # agreed to pay (今年8月还去找老板要过, 9月投诉到劳动监察, 老板6月答应年底给): the arbitration time limit is
    # interrupted then and runs a new year from it (劳动争议调解仲裁法第二十七条第二款).
    demand_date: date | None = None
    # The day a fixed-term contract ended when the work went on past it (合同9月30号到期了，我就照常上班; then 今天让我
    # 别来了): the months without a written contract run from it, the years of work from the first day.
    contract_end_date: date | None = None
    tenure_months: Decimal | None = None
    months_since_end: Decimal | None = None
    owed_months: Decimal | None = None
    monthly_shortfall: Decimal | None = None  # paid this much less a month (每月比男的少500, 降薪1500)
    training_cost: Decimal | None = None  # what the employer spent on training tied to a service period (培训费3万)
    agreed_penalty: Decimal | None = None  # the penalty a training agreement sets (违约金10万)
    compensation_paid: Decimal | None = None  # what the employer paid on ending the job (只给了4个月工资补偿, 给了2万补偿)
    deduction: Decimal | None = None  # taken from pay for a loss the worker caused (工资扣了我3000当赔偿)
    loss_claimed: Decimal | None = None  # the whole loss claimed, told beside what is taken a month (修好要6000，每月扣800)
    service_period_months: Decimal | None = None  # the training service period (签了5年服务期)
    service_served_months: Decimal | None = None  # how much of it was served (服务期还差2年 → period − 2 years)
    probation_wage: Decimal | None = None  # what is paid a month in probation (试用期每个月只发1600)
    # the pay for normal hours named beside a larger wage that includes the overtime (月薪5600包含加班费，基本工资2600)
    base_wage: Decimal | None = None
    hourly_wage: Decimal | None = None  # a wage agreed by the hour (合同约定小时工资25元, 25 yuan an hour)
    # how long social (unemployment) insurance has been paid in all (失业保险交了8年; 干了6年社保一直交着: the 6 years)
    insured_months: Decimal | None = None
    minimum_wage: Decimal | None = None  # the local minimum wage as the worker gives it (我们这最低工资2100)
    local_avg_wage: Decimal | None = None  # the local average monthly wage as the worker gives it (社平工资1.1万)
    contract_months: Decimal | None = None  # the term of a fixed-term contract (合同签了一年, 三年的合同)
    probation_months: Decimal | None = None  # the probation agreed (试用期搞了三个月, 6个月试用期)
    work_months: Decimal | None = None  # cumulative work with every employer (累计工作8年, 工作12年了，去年跳槽…)
    leave_taken_days: Decimal | None = None  # this year's annual leave already taken (年假只休了2天; 一天都没休: 0)
    workers: int | None = None
    disability_grade: int | None = None
    hospital_days: int | None = None
    babies: int | None = None  # babies of one birth, when more than one (双胞胎 2, 三胞胎 3): 15 days more leave each
    leave_days: int | None = None  # the days of maternity leave in all, told (产假…一共178天, 158 days of maternity leave)
    city: str | None = None
    province: str | None = None
    weekday_overtime_hours: Decimal | None = None
    restday_overtime_hours: Decimal | None = None
    holiday_overtime_hours: Decimal | None = None
    overtime_months: Decimal | None = None  # the months a month's overtime went on (今年1月到10月每个月加班50小时: 10)
    # the days of a stretch worked without a day off (连着上了28天班一天没休): the overtime hours are that stretch's
    overtime_days: Decimal | None = None
    # a working day by the clock with no break told, of which an hour for meals was taken (每晚10点上到早上8点: 10, counted 9)
    day_clock_hours: Decimal | None = None
    overtime_paid: Decimal | None = None  # what was paid for that overtime (只多给了500块的加班补贴, 加班费只给了800)
    employer_avg_wage: Decimal | None = None  # the employer's average wage last year (公司去年人均月工资1.2万)
    # The dates whose day the worker did not give (上个月, 去年3月, 离职10个月了): a time limit counted from
    # them is stated as approximate, from the earliest day they can mean.
    rough_dates: frozenset[str] = frozenset()

    def has(self, *flags: str) -> bool:
        """Whether any of ``flags`` holds."""
        return any(f in self.flags for f in flags)

    def service_end(self) -> date | None:
        """The last day of the job: the end date stated, or counted back from "离职10个月了"; None while
        the worker is still employed or when the message does not say."""
        if self.end_date is not None and not (self.as_of is not None and self.end_date <= self.as_of
                                              and {"contract_expired", "still_employed"} <= self.flags):
            return self.end_date
        if self.end_date is not None:
            return None  # 合同去年8月31号到期，我一直照常上班到现在: the contract's end, the job goes on
        if self.months_since_end is not None and self.as_of is not None:
            return _months_before(self.as_of, self.months_since_end)
        return None

    def service_start(self) -> date | None:
        """The first day of the job: the start date stated, or counted back from "干了13年" from the end
        of the job (or from today while it goes on)."""
        if self.start_date is not None:
            return self.start_date
        end = self.service_end() or self.as_of
        if self.tenure_months is not None and end is not None:
            return _months_before(end, self.tenure_months)
        return None

    def start_refines_tenure(self) -> bool:
        """Whether a start month told beside whole years worked is the finer of the two: "2015年10月进厂，干了11年了"
        and "从2014年9月干到现在12年了" count the years from the month told (11年1个月, 12年2个月), as long as the two
        agree (the months from that start are the years told and less than one more)."""
        if self.tenure_months is None or self.tenure_months % 12:
            return False
        months = _months_between(self.start_date, self.service_end() or self.as_of)
        return months is not None and self.tenure_months <= months < self.tenure_months + 12

    def known(self) -> dict[str, object]:
        """Every value the message stated, by fact name (the names rules list under ``facts``)."""
        return {name: getattr(self, name) for name in (*_DATE_FIELDS, *_DECIMAL_FIELDS, *_INT_FIELDS, *_TEXT_FIELDS)
                if getattr(self, name) is not None}

    def merged(self, newer: Facts) -> Facts:
        """These facts updated by a later message: its values win, flags add up (a later "还在干" drops an
        earlier "离职"), its questions and language replace these."""
        values = {name: value for name, value in newer.known().items()}
        flags = set(self.flags)
        for a, b in _EXCLUSIVE:
            if a in newer.flags:
                flags.discard(b)
            if b in newer.flags:
                flags.discard(a)
        rough = (self.rough_dates - set(values)) | newer.rough_dates
        return replace(self, **values, flags=frozenset(flags | newer.flags), asks=newer.asks,
                       language=newer.language, as_of=newer.as_of or self.as_of, rough_dates=frozenset(rough))

    def plausible(self) -> Facts:
        """These facts without any value outside the bounds of the plausible (a tenure past a working
        life, a date before 1950 or years ahead, an amount no worker is owed); each dropped one is
        logged by name, never by value."""
        total = "overtime_total" in self.flags
        dropped = [name for name, value in self.known().items()
                   if not _plausible(name, value, self.as_of, overtime_total=total)]
        if not dropped:
            return self
        logger.warning("facts: dropped values outside the plausible: %s", ", ".join(dropped))
        return replace(self, **dict.fromkeys(dropped))

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (dates ISO, amounts as strings) for the conversation state."""
        out: dict[str, object] = {"flags": sorted(self.flags), "asks": sorted(self.asks), "language": self.language}
        if self.rough_dates:
            out["rough_dates"] = sorted(self.rough_dates)
        if self.as_of is not None:
            out["as_of"] = self.as_of.isoformat()
        for name, value in self.known().items():
            out[name] = value.isoformat() if isinstance(value, date) else value if isinstance(value, int | str) \
                else str(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Facts:
        """Read :meth:`to_dict`'s form back; unknown names and unknown flags are dropped, and so is a
        value that cannot be read or is not plausible (stored by an earlier release, or edited by
        hand), so that a stored conversation never raises on every later message."""
        values: dict[str, object] = {}
        unreadable: list[str] = []
        for f in fields(cls):
            raw = data.get(f.name)
            if raw is None:
                continue
            try:
                values[f.name] = _read_stored(f.name, raw)
            except (ValueError, TypeError, ArithmeticError):
                unreadable.append(f.name)
        if unreadable:
            logger.warning("facts: dropped stored values that cannot be read: %s", ", ".join(unreadable))
        return cls(**values).plausible()  # type: ignore[arg-type]


def _read_stored(name: str, raw: object) -> object:
    """One value of :meth:`Facts.to_dict`'s form as its type; ValueError, TypeError or an
    ArithmeticError when it is not of that form."""
    if name in ("flags", "asks", "rough_dates"):
        if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
            raise TypeError(name)
        allowed = {"flags": FACT_FLAGS, "asks": QUESTION_KINDS, "rough_dates": frozenset(_DATE_FIELDS)}[name]
        return frozenset(str(x) for x in raw if x in allowed)
    if isinstance(raw, list | dict | bool):
        raise TypeError(name)
    if name in (*_DATE_FIELDS, "as_of"):
        return date.fromisoformat(str(raw))
    if name in _DECIMAL_FIELDS:
        value = Decimal(str(raw))
        if not value.is_finite():
            raise InvalidOperation(name)
        return value
    if name in _INT_FIELDS:
        return int(str(raw))
    return str(raw)


def _plausible(name: str, value: object, as_of: date | None, *, overtime_total: bool = False) -> bool:
    """Whether a fact's value lies within the bounds a message can state (what extract_facts reads); with
    ``overtime_total`` the overtime hours are all the job's (一共150个周六: three years of Saturdays), not a month's."""
    if isinstance(value, date):
        return _EARLIEST <= value <= latest_date(as_of or value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return False
        low, high = _DECIMAL_BOUNDS.get(name, (Decimal(0), _MAX_TENURE_MONTHS))
        if overtime_total and name in _OVERTIME_HOURS:
            high = _MAX_TOTAL_OVERTIME_HOURS
        return low <= value <= high and (name != "amount_owed" or value > 0)
    if isinstance(value, int):
        low, high = {"disability_grade": (1, 10), "hospital_days": (1, _MAX_HOSPITAL_DAYS),
                     "babies": (2, 9), "leave_days": (_MIN_LEAVE_DAYS, _MAX_LEAVE_DAYS)}.get(name, (1, _MAX_WORKERS))
        return low <= value <= high
    return isinstance(value, str) and 0 < len(value) <= _MAX_PLACE_CHARS


# Pairs of flags a later message may contradict.
# Flags a later message replaces rather than adds to: "其实我还在干" after "离职了"; "公司把我辞退了" after "我想辞职".
_EXCLUSIVE = (("still_employed", "left_job"), ("still_employed", "dismissed"), ("still_employed", "resigned"),
              ("quitting", "dismissed"), ("resigned", "dismissed"))


def _months_before(day: date, months: Decimal) -> date:
    """``day`` less a number of months (a fraction as 30-day months, the day clamped to the month)."""
    return shift_months(day, -months)


def _clamped(year: int, month: int, day: int) -> date:
    for d in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, d))
        except ValueError:
            continue
    raise ValueError(f"no day in {year}-{month}")


# ---------------------------------------------------------------------------------------------
# The text: NFKC (full-width digits and letters folded), lower case for English, clauses


_CLAUSE_BREAK = re.compile(r"[,;!?。！？；\n]|\.(?!\d)")


# A thousands separator groups at most three digits before it and exactly three after (8,000 and
# ８，０００, not the clause break of "月薪5000，300块补贴").
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


# A year told in two digits before a month or its end (20年2月15号, 23年底, 98年3月): 2000-2049 or 1950-1999. (Not a
# duration: 干了10年3个月 has 个 before its months.)
_SHORT_YEAR = re.compile(r"(?<![0-9.])(?P<yy>[0-9]{2})\s*年(?=\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!份?\s*工资)|"
                         r"底|末|初|年底|年初|年末))")


def normalize_text(text: str) -> str:
    """Return the message as the readers here match it: NFKC (full-width digits and punctuation folded),
    lower case, thousands separators dropped, a year told in two digits before a month written in four."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _SHORT_YEAR.sub(lambda m: f"{2000 + int(m['yy']) if int(m['yy']) < 50 else 1900 + int(m['yy'])}年", text)
    return _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text).lower()


def _clause_before(text: str, start: int, width: int) -> str:
    """The text before ``start`` in the same clause, at most ``width`` characters."""
    left = text[max(0, start - width):start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    return left[breaks[-1].end():] if breaks else left


def _sentence_before(text: str, start: int, width: int) -> str:
    """The text before ``start`` in the same sentence, at most ``width`` characters."""
    left = text[max(0, start - width):start]
    breaks = list(_SENTENCE_BREAK.finditer(left))
    return left[breaks[-1].end():] if breaks else left


def _sentence_after(text: str, end: int, width: int) -> str:
    right = text[end:end + width]
    m = _SENTENCE_BREAK.search(right)
    return right[:m.start()] if m else right


_SENTENCE_BREAK = re.compile(r"[;!?。！？；\n]|\.(?!\d)")


def _clause_after(text: str, end: int, width: int) -> str:
    right = text[end:end + width]
    m = _CLAUSE_BREAK.search(right)
    return right[:m.start()] if m else right


# A word is not the fact when the worker says it did not happen, or asks about it as a possibility.
_NEGATION = re.compile(
    # (趁没人摸我的腰, 在没人的时候: when nobody is around, not a denial)
    r"(?:(?<![趁等当])(?<!趁着)(?<![^现正实还存]在)没有?|未曾?|不是|不算|并非|并没有?|从没有?|从来没有?|从未|没能|不用|不需要|无需|差点|险些|差一点|还没有?|"
    r"不|\bnot|\bno|\bnever|n't|\bwithout)\s*"
    # 没人来骚扰我, HR没说让我走: nobody came to, nobody said
    r"(?:(?:有)?人(?:来|去)?|说(?:过|要)?|写(?:明|着|过)?|注明|约定|提到)?"
    # 我不想辞职, 不愿意走: a step the worker will not take
    r"(?:被|有|是|再|怎么|曾经?|过|受到?|遭到?|人|在|想|愿意?|肯|打算|准备|being|been|be|get|got|getting|a|an|any|ever)?"
    r"\s*$")
# Words that tell what follows as a rumour (都在传, 有传言说, rumours say).
# (not 传染病医院, 传票, 传真, 传菜: no rumour)
_RUMOUR_WORDS = (r"(?<![上宣外遗流])传(?!染|真|单|送|递|授|播|承|票|唤|统|菜|动|感|输|达|给|话)(?:言|闻)?|谣言|谣传|\brumou?rs?\b|"
                 r"people say|word is")
_HYPOTHETICAL = re.compile(
    r"(?:想(?!问|咨询|了解|知道|请教)|打算|准备|要不要|能不能|可不可以|可以|能否|是否|是不是|如果|要是|假如|万一|会不会|(?:我|我们)能|"
    # 他真能开除我吗: what the employer may do, asked
    r"真(?:的)?能|"
    r"防止|以防|防着|预防|避免|免得|省得|"
    r"怕|担心|若|(?<![例比假譬])如(?![今此何下])|\bif|\bwant to|\bplan to|\bthinking of|\bcan|\bcould|\bwould|"
    r"\bwill they|\bmay|\bshould|\bshall|\bmight)"
    r"[^\s,.;!?。，、]{0,4}\s*$|"
    # a plan or a question told earlier in the clause: 我打算过完年就回老家不干了, 能不能以拖欠工资为理由辞职
    r"(?:打算|准备|计划|能不能|可不可以|能否|可否|防止|以防|防着|预防|避免|免得|省得)[^\s,.;!?。，、]{0,12}$|"
    # 我好怕老板以后找理由把我开了: feared, not done (我一害怕就写了辞职信: done, out of fear)
    r"(?:(?<![恐哪不害])怕|(?<!一)害怕|担心)[^\s,.;!?。，、就]{0,12}$|"
    # 我怕他们一走就找不到人了: what is feared once something happens (一…就), not what happened
    r"(?:(?<![恐哪不害])怕|(?<!一)害怕|担心)[^\s,.;!?。，、就]{0,8}一[^\s,.;!?。，、就]{1,3}就[^\s,.;!?。，、]{0,3}$|"
    # a rumour is not a fact: 群里都在传老板要跑路, 有传言说厂子要卖
    rf"(?:{_RUMOUR_WORDS})[^,.;!?。，、]{{0,8}}$|"
    # English puts the subject between: "if I quit", "whether the company can fire", "can I quit", "should we resign"
    r"\b(?:if|whether|in case)\b[^,.;!?]{0,20}$|"
    # "is it too late to have it recognised", "I may have a lasting disability": asked, or feared
    r"\bto (?:have|get) (?:it|this|that|my \w+)\s*$|\b(?:may|might|could) (?:have|get|be|suffer|end up with)\b[^,.;!?]{0,24}$|"
    r"\b(?:can|could|may|might|should|shall|would|will|do|does)\s+(?:i|we|you|they|he|she|my \w+|the \w+)"
    r"(?:\s+(?:just|still|now|also|simply|legally|then))?\s*$|"
    # the consequence of a condition: 补不上的话大家就一起辞职; a threat's: 再不签就让我走人, 不签就开除 (not 否则视为自动离职,
    # a clause the employer invokes)
    r"的话[^\s,.;!?。，、]{0,8}\s*$|"
    # whoever does or does not (谁不愿意加班明年就别来了, 谁敢请假就开除): a rule announced, not done to the worker
    r"谁[^\s,.;!?。，、]{0,10}就\s*$|"
    # a rule of conduct's consequence: 旷工三次直接开除, 迟到3次就辞退
    r"(?:旷工|迟到|早退)(?:满|超过|累计|连续)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:次|天|回)(?:以上)?(?:就|直接|便|会|要)+\s*$|"
    r"再不[^\s,.;!?。，、]{0,8}\s*$|不签(?:字|合同)?(?:的话)?(?:下个?月|下周|明天|月底|年底|以后|马上)?就\s*$|"
    # 老板说不装就开除, 不加班就辞退: the employer's condition (not 干了不到三个月就被开除了, a time told)
    r"(?:^|[，,。；;：:\s]|说|要是|如果)(?:你|我|我们|你们|谁)?不(?![到满够久过出几少足止多])[\u4e00-\u9fff]{1,3}(?:的话)?"
    r"(?:就|直接|马上)\s*$")


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(_clause_before(text, start, 14)))


def _hypothetical(text: str, start: int) -> bool:
    # English says in words what Chinese says in characters ("if they refuse and let me go")
    width = 28 if text[max(0, start - 1):start].isascii() else 16
    return bool(_HYPOTHETICAL.search(_clause_before(text, start, width)))


# A step asked about by what follows it: 辞职能拿到补偿吗, 辞职的话有没有补偿, 辞职后可以领失业金吗.
_ASKED_AFTER = re.compile(r"(?:的话|能|可以|会|还能|能不能|可不可以|有没有|要不要|算不算|后(?:能|可以|会|还能|有没有)|"
                          r"吗|么|嘛)")


# Managed like staff, whatever the contract is called (每天要打卡, 开早会, 有底薪, 底薪3000, clock in every day, a base
# salary): the signs of a labour relation a commission agent or a "partner" may show. A contract 签到明年6月 is signed
# up to a day, no clocking in.
_MANAGED_AS_STAFF = re.compile(r"(?:打卡|考勤|签到(?!明年|今年|去年|后年|年底|月底|[0-9０-９]|[一二三四五六七八九十两〇零]+[年月])|"
                               r"坐班|(?:开|参加)早会|早会点名)|(?:有|发|拿)底薪|底薪(?:是|有)?\s*[0-9一二三四五六七八九两]|"
                               r"clock(?:s|ed|ing)? in|(?:a|my|get a|with a) base (?:salary|pay)|morning meetings?", re.I)


# The worker's own information made known to others (把我残疾证照片发到全厂大群里, 在部门群里说我得了抑郁症, 工资表发到群里,
# 贴在公告栏, posted my medical report in the group chat): a disclosure, whatever the information is about.
_INFO_DISCLOSED = re.compile(
    r"(?:把|将)(?:我|我们|员工|大家)[^,，。；？?]{0,14}?(?:发|贴|公布|公开|晒|转发)(?:到|在|给)(?:了)?[^,，。；？?]{0,8}?(?:群|公告栏|朋友圈|网上|微博|抖音)|"
    r"(?:在|往)[^,，。；？?]{0,8}?群里(?:公布|说|发|晒)(?:了)?(?:我|我的)|泄露(?:了)?(?:我|我们)的?|"
    # 把我的全名、照片、年龄、老家，还有入职体检报告都发到了好几个客户群里: a list of the worker's details posted
    r"(?:把|将)(?:我|我们)的[^。；？?]{0,50}?(?:都|全)?(?:发|贴|公布|公开|晒|转发)(?:到|在|给)(?:了)?[^,，。；？?]{0,8}?(?:群|公告栏|朋友圈|网上)|"
    # 人事把体检结果表直接发到车间大群里: a health or identity record posted, whoever's it is said to be
    r"(?:把|将)[^,，。；？?]{0,6}?(?:体检|病历|诊断|化验|检查|核酸|身份证|户口本|工资条)[^,，。；？?]{0,6}?(?:直接)?(?:发|贴|公布|公开|晒|转发)"
    r"(?:到|在|给)(?:了)?[^,，。；？?]{0,8}?(?:群|公告栏|朋友圈|网上)|"
    # 截了我跟男朋友的聊天发到公司群里: a screenshot of the worker's own chats posted
    r"(?:截|拍)(?:了|下)?(?:我|我们)[^,，。；？?]{0,12}?(?:发|贴|转|晒)(?:到|在|给)(?:了)?[^,，。；？?]{0,8}?(?:群|朋友圈|网上)|"
    r"(?:posted|shared|leaked|published) my [\w\s-]{0,30}?(?:in|to|on) (?:the |a )?(?:\w+ )?(?:group|chat|notice board|online)",
    re.I)
# The worker left when the contract ran out (合同到期走的, 到期就离职了, left when my contract ended): no work after it.
_LEFT_AT_EXPIRY = re.compile(r"到期(?:了)?(?:就|后|以后|之后)?(?:我)?(?:就)?(?:走的|走了|离职|离开|不干了|没再干|没干了|回家)|"
                             r"(?:left|quit|stopped working) when (?:my|the) contract (?:ended|expired|ran out)|"
                             r"contract (?:ended|expired|ran out) and I left", re.I)
# Engaged as an agent on commission (保险个人代理合同, 我是保险代理人, 营销员, 经纪人合作协议, an agency contract, an
# insurance agent): the agency rules of 民法典 decide unless the worker is managed like staff.
_AGENT_CONTRACT = re.compile(r"代理(?:合同|协议)|(?:保险)?(?:个人)?代理人|保险营销员|营销员|经纪人(?:合作)?(?:合同|协议)|"
                             r"agen(?:cy|t) (?:contract|agreement)|insurance agent|sales agent", re.I)


def states(pattern: re.Pattern, text: str, *, negatable: bool = True, actual: bool = False,
           asked_after: bool = False) -> bool:
    """Return whether ``text`` (as :func:`normalize_text` gives it) states ``pattern``: a match that is not
    negated (没受伤) and, when ``actual``, not a possibility asked about (能不能辞退, 想辞职); with
    ``asked_after``, not one the words after it ask about either (辞职能拿到补偿吗)."""
    for m in pattern.finditer(text):
        if negatable and _negated(text, m.start()):
            continue
        if actual and _hypothetical(text, m.start()):
            continue
        if asked_after and _ASKED_AFTER.match(text, m.end()):
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Flags


# Whether to sign what the employer puts in front of the worker (要不要签, 该不该签, 能签吗, should I sign): the fact
# flag asked_to_sign and the answers that tell the worker whether to sign (bot.answering.grounding) read it alike.
SIGN_QUESTION = (r"(?:要不要|该不该|能不能|可不可以|敢不敢|应不应该|需不需要|是否(?:应该|可以)?)(?:先|马上|现在)?签|"
                 r"(?:能|可以|该|应该|要|敢)签吗|\bshould (?:i|we) sign|(?:is it|would it be) (?:safe|wise|ok) to sign")


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def pushed_only(text: str) -> bool:
    """Whether the message tells the worker pushed to resign (让我签自愿离职, 逼我辞职) and no dismissal made or leaving
    done: the ``dismissed`` flag then stands for a push, and the worker is still at work."""
    s = normalize_text(text)
    return (states(_PRESSURED, _masked(TOLD_TO_GO, s), actual=True)
            and not states(_FLAG_PATTERNS["dismissed"][0], s, actual=True)
            and not states(_FORCED_TO_LEAVE, s, actual=True) and not _LEFT_ALREADY.search(s))


# Gone already (已经走了, 离职了, 不干了, 已经没去上班了): the push worked.
_LEFT_ALREADY = re.compile(r"(?:已经|早就|早)(?:走了|离职了|不干了|没去了?|没上班了?)|"
                           r"(?:签|写|交|递)(?:了|过)(?:字)?[^。；;]{0,12}(?:辞职|离职|自愿)|(?:辞职|离职)[^。；;]{0,12}(?:签了字|签字了)|"
                           r"\b(?:I|we) (?:left|resigned|signed)", re.IGNORECASE)


# What the worker heard of resigning (听说自己辞职啥补偿都没有, 据说主动离职拿不到钱): a rule heard, not a resignation made.
_RESIGNING_HEARD = re.compile(r"(?:听说|据说|听人说|听别人说|网上说|有人说)(?:我们?)?(?:自己|主动)?(?:辞职|辞工|离职)")


# A labour contract signed with the company (签了劳动合同, 合同是跟公司签的), and the terms that put a platform's
# arrangement in doubt all the same (合作协议, 众包, 承揽, 劳务, 个体户).
_LABOUR_CONTRACT_SIGNED = re.compile(r"(?:签了|签过|签的是|签订了|签的)(?:正式|书面)?(?:的)?劳动合同|"
                                     r"(?:劳动)?合同(?:是)?(?:跟|和|与)(?:公司|单位|厂里|站点公司)签的|"
                                     r"(?:跟|和|与)(?:公司|单位)签(?:了|过|的)(?:正式|书面)?(?:的)?劳动合同|"
                                     r"\b(?:signed|have|had) (?:a |an )?(?:formal |written )?(?:labou?r|employment) contract with")
_PLATFORM_TERMS = re.compile(r"合作协议|众包|承揽|劳务(?:协议|合同)|个体(?:工商)?户|服务协议|合作关系|"
                             r"\b(?:partner|cooperation|service) agreement|crowd-?sourc")


def _masked(pattern: re.Pattern, text: str) -> str:
    """``text`` with what ``pattern`` matches blanked out, the same length (so spans found after still hold)."""
    return pattern.sub(lambda m: "某" * len(m.group()), text)


_HOUSEHOLD = _re(r"保姆|家政(?!公司)|育儿嫂|月嫂|住家阿姨|住家(?:保洁|做饭|帮工|护工)|家庭(?:护工|保洁|帮工)|雇主家|主人家|东家|"
                 # 给一户人家做住家保洁, 在一户人家里带孩子, 女主人说不用来了: hired by the household itself
                 r"(?:给|替|在)(?:(?:一|这|那)户(?:人家)?|一家人家|别人家|有钱人家|人家家里)(?:家里|家)?(?:做|当|带|看|干|打扫)|女主人|男主人|"
                 # 把我请到他们家做住家陪护: hired into the family's home (not 老板叫我去他家干点活, an errand for a company's boss)
                 r"住家陪护|(?:请|招|雇)(?:了)?我?(?:到|去)(?:他们|她们|人家|他|她|雇主)家(?:里)?(?:做|当|去|照顾|带|干)|"
                 r"\bnanny\b|\bnannies\b|domestic (?:worker|helper)|\bhousekeeper\b|\bmaid\b|\bbabysitter\b|"
                 r"\bau pair\b|live-in")
# 女儿私下找我，让我晚上去她家陪护王大爷: a private job for a family beside the worker's own employer (the centre that
# employs them by day is not the employer of the night's care).
_PRIVATE_HOUSEHOLD_JOB = _re(r"私下(?:找|请|雇)(?:了)?我[^。！？!?]{0,12}?(?:去|到)(?:她|他|他们|她们)家(?:里)?"
                            r"(?:陪护|照顾|陪|做饭|带孩子|打扫)")
# A housekeeper of a hotel, hospital or company (I'm a housekeeper at a hotel): room staff, not a household's helper.
_NOT_A_HOUSEHOLD = _re(r"\bhousekeep(?:er|ing)\b[^.;?!]{0,20}\b(?:hotel|motel|hostel|resort|inn|hospital|cruise|ship|"
                       r"company|office|building|mall|airline)|\b(?:hotel|motel|hostel|resort|cruise|hospital) housekeep")
# The worker's employer is an individual craftsman or a rural contracting household (种苹果的大户, 个人承包的果园, 跟着个体
#木匠当学徒): no labour dispute (解释（一）第二条第五、六项).
# A farm's land or ponds (果园, 鱼塘, 胶林, 甘蔗地, 草场): what a rural household contracts and hires people to work.
_FARM_LAND = r"(?:果园|果林|鱼塘|虾塘|蟹塘|藕塘|山林|林地|林子|胶林|橡胶林|胶园|竹林|大棚|茶园|菜地|甘蔗地|烟田|稻田|桑园|草场|草原|牧场|" \
             r"海域|滩涂|一片海|片海)"
_CRAFT_OR_FARM = _re(r"农户|种植户|养殖户|专业户|(?:种|养)[^,，。；]{0,6}的(?:大户|农户)|(?:种|养)[^,，。；的]{1,3}大户|"
                     # 村里老林家的茶园, 那个茶园是他自己承包的: a village household's own farm
                     # 帮村里一户人家割胶: farm work for a village household
                     r"(?:帮|给|替)村里(?:的)?(?:一户|一家|[\u4e00-\u9fff]家)(?:人家)?[^,，。；]{0,4}"
                     r"(?:割胶|种|收|摘|采|养|插秧|砍|放牛|放羊|放牧|喂)|"
                     # 给一家牧民放牦牛: herding for a herders' household
                     r"(?:给|帮|替)(?:一家|一户|一个|村里的?|人家)?牧(?:民|户)(?:家|人家)?[^,，。；]{0,4}"
                     r"(?:放|挤|剪|接|喂|赶|看)|"
                     r"村里[^,，。；]{1,6}家的(?:地|"
                     rf"{_FARM_LAND})|"
                     r"(?:地|"
                     rf"{_FARM_LAND})(?:是)?(?:他|她|他们|人家)?(?:家)?(?:自己|个人)承包的|"
                     # 他家承包了一片海搞养殖: a household's own sea farm
                     r"(?:个人|自己|他|她|老(?!板|总)[\u4e00-\u9fff])(?:家)?(?:自己)?承包(?:了)?的?[^,，。；]{0,4}(?:地|"
                     rf"{_FARM_LAND})|"
                     # 跟村里一个贴瓷砖的师傅当学徒; 油漆师傅自己接活，没公司也没营业执照: a craftsman on his own
                     r"(?:跟|跟着)(?:村里的?|一个|个体的?)(?![^,，。；]{0,6}(?:公司|厂|单位|店|车间|工地)(?:里)?的)"
                     r"[^,，。；]{0,8}(?:师傅|手艺人|工匠)[^,，。；]{0,4}(?:当|做)(?:学徒|帮工|小工)|"
                     r"师傅[^。！？!?]{0,12}(?:自己|一个人)接活[^。！？!?]{0,8}(?:没|无)(?:有)?(?:开)?(?:公司|店|执照|营业执照)|"
                     r"承包(?:了)?[^,，。；]{0,4}"
                     rf"{_FARM_LAND}的(?:农户|老板|人|大户)|"
                     # 承包大棚的老张，他就是个人，没有营业执照
                     r"承包(?:了)?[^,，。；]{0,4}"
                     rf"{_FARM_LAND}的老[\u4e00-\u9fff]"
                     r"(?=[^。！？!?]{0,20}(?:个人|没有营业执照|没(?:有)?(?:注册|开)?公司))|"
                     r"(?:个体|村里的|村里|一个)(?:木匠|瓦工|泥瓦匠|裁缝|手艺人|工匠|木工)(?:师傅)?|(?:个体|村里)(?:的)?(?:装修)?师傅|"
                     r"跟(?:着)?[^,，。；]{0,6}(?:木匠|瓦工|泥瓦匠|木工|裁缝|手艺人)[^,，。；]{0,4}(?:当|做)(?:学徒|帮工|小工)|"
                     # 他就是一个人干的手艺人，没有营业执照: a craftsman working alone, unregistered
                     r"(?:一个人干|自己单干|单干)的(?:老)?(?:手艺人|师傅|木匠|裁缝|工匠)|"
                     r"(?:手艺人|老师傅|工匠)[^。！？!?]{0,16}(?:没有|没|无)(?:办)?(?:营业)?执照|"
                     r"(?:没有|没|无)(?:办)?(?:营业)?执照的(?:手艺人|老师傅|师傅|工匠)|"
                     r"(?:farming|farm|rural contracting) household|(?:village|farm|farming|rural) family|"
                     r"(?:worked|work|working|hired) (?:for|by) a (?:local |village )?farmer\b|"
                     r"(?:family|household) (?:who|that) (?:contracts?|rents?|leases?) (?:the )?(?:land|orchard|fish ?pond|fields?)|"
                     r"(?:apprentice|helper) (?:to|of|for) (?:a|an) "
                     r"(?:self-employed|local|village|individual) "
                     r"(?:\w+ )?(?:carpenter|bricklayer|tailor|craftsman|mason)")
_VIA_COMPANY = _re(r"家政公司(?:的)?(?:员工|派|安排|签|发|招|给我交|交社保)|员工制|"
                   # 在一家家政公司做保洁，是公司员工，签了合同: employed by the company that sends the worker out
                   r"家政(?:服务)?公司[^。]{0,16}(?:是公司(?:的)?(?:正式)?员工|签了(?:劳动)?合同|公司(?:每月|每个月)?发工资)|"
                   r"在家政公司(?:上班|工作|干活|做事|打工)|"
                   # 在一家月子中心当月嫂（跟中心签的劳动合同）: a centre or home that employs its carers is no household
                   r"(?:月子中心|月子会所|母婴(?:护理)?中心|养老院|敬老院|护理院|福利院|托育(?:中心|机构)|早教中心)[^,，。；]{0,3}"
                   r"(?:当|做|上班|工作|干)|(?:跟|和|与)(?:中心|公司|机构|单位|会所|店里?)签(?:的|了)?(?:劳动)?合同|"
                   r"(?:confinement|maternity|postnatal|postpartum) (?:care )?(?:cent(?:er|re)|clinic)|"
                   r"care home|nursing home|"
                   r"agency (?:employs|pays|hired) me|employed by (?:an|the) agency|"
                   # 通过一个家政APP做保洁，平台给我排班、管考勤: the platform manages the cleaner, no household hires her
                   r"(?:通过|在|用)[^,，。；]{0,6}(?:APP|app|App|平台|软件|小程序)[^,，。；]{0,4}(?:做|接单|干|上班)|"
                   r"(?:平台|APP|app)(?:给我|对我)?(?:排班|派单|管考勤|考勤|抽成|发工资|罚款)|"
                   r"\b(?:through|via|on) (?:an?|the) (?:\w+ )?(?:app|platform)\b")
# A foreign worker telling their nationality or country (I'm a Canadian teacher, I'm from Kazakhstan).
_NATIONALITY = (r"(?:american|british|english|canadian|australian|new zealander|irish|russian|ukrainian|kazakh|uzbek|"
                r"korean|japanese|indian|pakistani|bangladeshi|vietnamese|filipina|filipino|thai|indonesian|malaysian|"
                r"burmese|german|french|italian|spanish|portuguese|brazilian|mexican|nigerian|ghanaian|kenyan|"
                r"south african|egyptian|moroccan|turkish|iranian|polish)")
_COUNTRY = (r"(?:the (?:us|usa|uk|united states|united kingdom|philippines)|america|britain|england|canada|australia|"
            r"new zealand|ireland|russia|ukraine|kazakhstan|uzbekistan|korea|japan|india|pakistan|bangladesh|vietnam|"
            r"thailand|indonesia|malaysia|myanmar|germany|france|italy|spain|portugal|brazil|mexico|nigeria|ghana|"
            r"kenya|south africa|egypt|morocco|turkey|iran|poland)")
# What a worker breaks or loses of the employer's, and how (把货弄坏了, 餐具被我打碎了): a loss caused, not a fine.
_LOST_THINGS = r"(?:餐具|碗|盘|杯|货|东西|设备|机器|车|产品|零件|材料|工具|包裹|商品|玻璃|[^,，。；？?]{0,3}(?:柜|锅|炉|灶|箱)|仪器|模具)"
_BROKE = r"(?:打碎|摔碎|摔坏|弄坏|弄丢|碰坏|撞坏|刮坏|刮花|刮伤|刮了|蹭坏|划花|划伤|烧坏|烧毁|损坏)"
# A side job beside the worker's own (禁止兼职, 在外面兼职, 下班后做兼职被发现): moonlighting, not part-time work.
_MOONLIGHTING = _re(r"(?:禁止|不准|不许|不得|严禁|不能|不让|在外(?:面)?|私下|偷偷|外面|业余|下班后?|晚上|周末)(?:做|搞|干|接|找)?"
                    r"(?:(?:了|个|份|点)(?:儿)?)?兼职|兼职(?:规定|条款|行为)|moonlight\w*|side (?:job|gig)s?")
# A work station (不准离开流水线, 上班不许离开岗位): a rule of the job, not confinement.
_WORK_STATION = r"(?:流水线|生产线|产线|岗位|工位|座位|机台|柜台|收银台|前台|工作台)"
# Hours averaged over a week, month, quarter or year (综合工时, 综合计算工时制, 综合公时, a comprehensive working-hours system):
# the scheme named, as a fact and where the overtime is read.
_COMPREHENSIVE = _re(r"综合(?:计算)?(?:工|公)时|comprehensive (?:working[- ])?hours?|averaged (?:working[- ])?hours?")
# Kept from leaving by a threat or by where the work is (谁敢偷偷走就找人打断腿, 没有他的船我们根本上不了岸): forced labour,
# and the worker held by force (held_by_threats) whatever papers are kept besides.
_KEPT_BY_THREAT = (r"(?:敢|要是|谁)[^,，。]{0,6}(?:走|跑|离开)[^,，。]{0,3}就(?:找人|叫人)?(?:打|揍|弄死|收拾|砍)|"
                   r"上不了岸|下不了船")
_FLAG_PATTERNS: dict[str, tuple[re.Pattern, bool, bool]] = {
    # flag: (pattern, negatable, actual-only)
    # One match for "外卖骑手", so that 不是 before it negates the whole; a 外卖店's cook is no rider.
    "platform_worker": (_re(r"(?:美团|饿了么|(?<!往)外卖(?!店|餐厅|档口|窗口|打包)|滴滴|网约车|货拉拉|闪送|众包)"
                            r"(?:外卖|平台|众包)?(?:的)?(?:骑手|小哥|员|司机|配送员)?|骑手|跑单|"
                            r"平台(?:派单|接单|封号|抽成|算法|用工)|"
                            # work taken through an app: 拉货的APP上跑车, 跑腿平台, 在App上接单, 网课平台给我排课
                            r"(?:拉货|货运|跑腿|送货|配送|代驾|家政|保洁|维修|安装|网课|家教|外卖)(?:的)?(?:APP|app|App|平台)|"
                            r"(?:APP|app|App)(?:上)?(?:跑车|跑单|接单|抢单|派单|派的单)|平台(?:给我)?排(?:的)?课|"
                            # 做代驾快三年了，跟平台签的是合作协议
                            r"(?:做|跑|干|当|开)(?:了)?代驾|(?:跟|和|与)平台签(?:的|了)?(?:是)?(?:合作|服务|承揽)?协议|"
                            r"delivery rider|food delivery|ride-hailing|ride hailing|\bgig\b|platform worker|\buber\b|\bdidi\b|"
                            r"meituan|courier app|(?:delivery|errand|ride[- ]hailing|driving|moving|cleaning) app|"
                            r"deliver\w* (?:food|meals|groceries|parcels|packages) (?:for|through|on|via) (?:an? )?app"), True, False),
    # 被派到上海出差 is a business trip, not a dispatch. Not negatable: 没有劳务派遣许可证 is still a dispatch
    # (see _NOT_DISPATCHED for 不是派遣工).
    "dispatched": (_re(r"劳务派遣|派遣(?:公司|工|员工|单位)|"
                       r"被(?:派遣公司|劳务公司|中介)?派(?:到|去)(?:别的|另一家|其他|这家|那家)?"
                       r"(?:用工单位|单位|公司|工厂|厂)|"
                       r"用工单位|派遣制|dispatch(?!ers?\b)|agency worker|staffing agency|labou?r hire|"
                       # 被公司派到龙岗一家电子厂做门卫: sent to work at another firm (not a posting within the company)
                       r"被[^,，。；]{0,6}?派(?:到|去)[^,，。；]{0,6}?(?:一家|另一家|别的|其他)[^,，。；]{0,6}?"
                       r"(?:单位|公司|工厂|厂|医院|酒店|商场|超市|银行|小区)|"
                       # 我是派遣到医院的护士, 派遣合同, 说是“派遣”, 劳务公司派到汽配厂, 人力公司派去药店, 再派回超市
                       r"派遣(?:到|去|合同|协议|身份|的|人员|员|期)|说是[“\"']?派遣|"
                       r"(?:劳务|人力|人力资源|中介)[^,，。；;]{0,8}?派(?:到|去|回|往|过去|过来)|派回(?:原|超市|厂|公司|单位)|"
                       r"sent (?:us |me |them )?by an? (?:staffing |labou?r |employment |temp )?agency|"
                       r"agency (?:that |which |who )?(?:sent|placed|assigned|sends|places) (?:me|us|him|her|them)\b"), False, False),
    # a leaving paper already signed (我已经签了离职协议, 协商解除协议签了, signed the termination agreement): what it is worth,
    # not whether to sign
    "leaving_paper_signed": (_re(r"(?:离职|解除|协商解除|辞职|补偿|赔偿|和解|私了)(?:协议|书|信|申请)?[^,，。；？?]{0,6}?(?:已经|已|都)?签(?:了|过|好了)(?![^,，。；？?]{0,3}吗)|"
                                 r"(?:已经|已|都)签(?:了|过)(?:字)?[^,，。；？?]{0,4}?(?:离职|解除|协商|辞职|补偿|赔偿|和解)|"
                                 # (not "签了字就两清": the employer's terms, the signature not yet given; 我签了协议就走了 is)
                                 r"(?:我|我们|她|他)签了(?:字|离职|解除|协商|辞职|补偿|赔偿)|"
                                 r"签了(?:字|离职|解除|协商|辞职|补偿|赔偿)(?![^,，。；？?]{0,4}就)|"
                                 # an agreement signed is a leaving paper only where the sentence says what it settles (not
                                 # 琴行出9000块学费送我去学…签了协议，服务期3年: a training agreement)
                                 r"(?:离职|解除|辞职|补偿|赔偿|私了|和解|一次性|了结|两清|买断)[^。；？?]{0,16}?签了(?:个|份|一份)?协议|"
                                 r"签了(?:个|份|一份)?协议(?![^,，。；？?]{0,4}就)[^。；？?]{0,16}?(?:离职|解除|辞职|补偿|赔偿|私了|和解|"
                                 r"一次性|了结|两清|买断)|(?:我|我们|她|他)?签了(?:个|份|一份)?(?:协商)?(?:离职|解除|和解|赔偿|补偿|私了)协议|"
                                 r"(?:我|我们|她|他)签了(?:个|份|一份)?协议(?=[^。；？?]{0,4}?(?:走了|离开了|离职了))|"
                                 r"\b(?:i|we|already) signed (?:a |the |an )?(?:mutual )?(?:termination|separation|leaving|"
                                 r"resignation|settlement) (?:agreement|letter|form)"), True, False),
    # hurt at the workplace on the worker's own time, doing their own thing (没排课，我自己上高级道练活儿; 下班后自己在球场
    # 打球): not plainly "因工作原因" (工伤保险条例第十四条), unless the employer required or arranged it
    "own_time_at_work": (_re(r"(?:没(?:有)?(?:排|安排)(?:课|班|活|我的班)|不(?:当班|上班|值班)(?:的)?(?:时候)?|"
                             r"休息(?:日|天|时间)|下(?:了)?班(?:以)?后|轮休)[^。？?]{0,20}?(?:我)?(?:自己|自个儿|私下)"
                             r"[^。？?]{0,8}?(?:练|玩|滑|打球|踢球|锻炼|健身|游泳)|"
                             r"\b(?:on my own time|off[- ]duty|no (?:class|lesson|shift) (?:was )?scheduled)\b"
                             r"[^.?]{0,60}"
                             r"\b(?:practi[cs]|train|play|ski|skat|swim|exercis)"),
                         False, False),
    # never had access to trade secrets (接触不到商业秘密, 普通陪练, never had access to any business data): a non-compete
    # does not bind them (解释（二）第十三条)
    "no_secret_access": (_re(r"(?:接触不到|没(?:有)?接触(?:过)?|不(?:接触|掌握|知道))(?:任何|什么)?(?:公司的?|单位的?)?"
                             r"(?:商业)?(?:秘密|机密|核心|客户资料|客户名单|经营数据|技术资料)|"
                             # 从来没碰过配方和工艺文件: never touched the formulas or process files
                             r"(?:从来|根本|从)?没(?:有)?(?:碰|摸|接触|看|见)(?:过|到)(?:任何|什么)?(?:公司的?|单位的?)?"
                             r"(?:配方|工艺|技术|图纸|客户资料|客户名单|核心|机密|秘密)|"
                             # 客户资料都在店里系统，我也拿不到: the records out of the worker's reach
                             r"(?:秘密|机密|客户资料|客户信息|客户名单|资料|数据|配方|图纸|技术)[^,，。；]{0,10}"
                             r"(?:拿不到|接触不到|看不到|碰不到|没权限|没有权限|不让(?:我)?(?:看|碰|接触))|"
                             # 客户资料和报价都是老板自己管，我根本碰不到: the records kept by the boss, out of reach
                             r"(?:客户资料|客户信息|客户名单|报价|配方|图纸|技术资料)[^。；]{0,12}?(?:老板|领导|经理)(?:自己|亲自)(?:管|拿着|掌握)"
                             r"[，,]?\s*(?:我)?(?:根本|完全|从来|都|也)?(?:拿不到|接触不到|看不到|碰不到|不知道)|"
                             r"\b(?:never|not) (?:had|have|got) (?:any )?access to|"
                             r"\bno access to (?:any )?(?:trade secrets|confidential|business|client|customer)|"
                             r"don'?t (?:have|get) access to (?:any )?(?:trade secrets|confidential|business|client|"
                             r"customer)"),
                         False, False),
    # the employer's own agency dispatching its staff back to it (乐园自己投资成立的一家人力资源公司…再派遣回乐园; 老板另开的派遣
    # 公司): forbidden self-dispatch (劳动合同法第六十七条), not a change of employer's name
    # The employer told to be treating the worker well, no push to leave (公司没为难我，领导也挺照顾; Nobody said anything
    # about firing me): a worry about the job is the worker's own, not pressure
    "not_pushed": (_re(r"(?:公司|单位|厂里|店里|医院|学校|领导|老板|主管|经理|上级)(?:也|倒|都|一直)?(?:没(?:有)?(?:为难|刁难|逼|赶|说要?(?:辞退|开除|让我走))|"
                       r"(?:挺|很|都|还算|蛮|特别)(?:照顾|关照|体谅|好说话))|"
                       r"(?:nobody|no one|they|the company|my (?:boss|manager)) (?:has |have )?(?:said|mentioned) "
                       r"(?:anything|nothing) about (?:firing|dismissing|letting me go)|(?:nobody|no one) (?:has )?"
                       r"(?:said|mentioned) (?:anything )?about (?:firing|dismissing|letting me go)"), False, False),
    # The worker's ID card, passport or certificates kept by the employer (身份证被收走了, 扣着我的护照, took my passport…never
    # gave it back): unlawful in itself (劳动合同法第九条), whatever else the message asks
    "documents_withheld": (_re(r"(?:扣押|扣着|收走|没收|拿走|扣下|扣了|收了|押着|不还|不给|不退)(?:了)?(?:我们?的?|工人的?|大家的?)?"
                               r"(?:身份证|证件|护照|毕业证|学位证|资格证)|(?:身份证|证件|护照|毕业证)[^,，。；]{0,6}(?:被)?(?:扣|收走|没收|押)|"
                               # 把我的海员证、护照、身份证都“统一保管”不还: kept "for safekeeping", not given back
                               r"(?:身份证|证件|护照|海员证|毕业证)[^。；]{0,12}(?:统一保管|代为保管|保管)[^。；]{0,6}(?:不还|不给|不退|拿不回)|"
                               r"(?:kept|keeps?|keeping|holding|holds|took|taken|confiscated) (?:my|our|all (?:the )?(?:\w+ )?(?:staff|"
                               r"workers?|employees?)'?s?) (?:passports?|id cards?|identity cards?|ids?)\b"), False, False),
    "own_agency": (_re(r"(?:自己|自家|另|新|单位|公司|厂里?|集团|老板)[^,，。；]{0,6}?(?:投资|出资|开|设立|成立|注册)(?:的|了)?"
                       r"[^,，。；]{0,4}?(?:人力(?:资源)?|劳务|派遣)(?:公司|派遣)|"
                       r"\b(?:set up|registered|owns?|owned by|funded by)\b[^.;]{0,30}(?:staffing|dispatch|labou?r) "
                       r"(?:agency|company|firm)"),
                   False, False),
    # a loss the worker caused the employer (打碎了一套餐具, 把货弄坏了, 收银短款, damaged the van): what may be taken from
    # pay for it (工资支付暂行规定第十六条), not a fine
    "caused_loss": (_re(r"(?:打碎|摔碎|摔坏|弄坏|弄丢|弄脏|损坏|刮(?:花|坏)?了|撞坏|碰坏|报废|烫坏|砸坏|压坏|洗坏|烧坏)(?:了)?[^,，。；？?]{0,12}?"
                        r"(?:店里|公司|厂里|单位|老板|客户|酒店)?(?:的)?(?:餐具|碗|盘|杯|货|东西|设备|机器|车|产品|手机|电脑|零件|材料|工具|包裹|快递|商品|玻璃|"
                        r"床单|被套|衣服|布草)|"
                        rf"(?:把|将)(?:店里|公司|厂里|单位|老板|客户)?(?:的)?{_LOST_THINGS}[^,，。；？?]{{0,4}}?"
                        rf"(?:{_BROKE}|报废)|短款|(?:丢|弄丢)(?:了)?(?:一个|个|一件|件)?(?:包裹|快递|货)|"
                        rf"{_LOST_THINGS}(?:被我|让我)(?:给)?{_BROKE}|"
                        # 说是我巡塘不到位，要我赔1万，每月从工资扣2000: a loss laid on the worker and taken from the wages
                        r"(?:要|让|叫|逼)(?:我|我们)(?:赔|赔偿)(?![^,，。；]{0,8}(?:违约金|培训费|礼|罪))[^。；？?]{0,30}?"
                        r"(?:从|在)[^,，。；]{0,8}工资(?:里|中)?(?:扣|出)|"
                        # 把一托盘成品啤酒撞翻了, 熨一件客人的皮衣熨坏了: knocked over, or spoilt in the worker's own trade
                        r"(?:把|将)[^,，。；？?]{1,12}?(?:撞|打|碰|弄)翻(?:了)?|(?:熨|烫)(?:坏|焦|破)了|洗(?:坏|缩水|褪色|串色)了|"
                        # 说我扎坏了一批灯笼扣1000, 车坏了两件衣服: work spoilt in the making
                        r"(?:扎|做|缝|车|织|焊|切|裁|印|烤|蒸)(?:坏|废|错|歪)(?:了)?[^,，。；？?]{0,8}?(?:一批|一些|几个|几件|[0-9一二两三四五六七八九十几百]+(?:个|件|批|块|张|套|条))|"
                        # 客户的红木柜子被我们磕掉一块漆: something damaged by the worker, told in the passive
                        r"(?:被|让)(?:我|我们)(?:给)?(?:不小心)?(?:磕|碰|撞|刮|摔|砸|弄|打|烫|压)(?:掉|坏|破|花|碎|伤|丢)|"
                        r"\b(?:broke|damaged|smashed|scratched|dented|dropped|lost)\b (?:a |an |the |some |\w+'s )?(?:\w+ ){0,2}?"
                        r"(?:goods|dishes|plates?|glass(?:es)?|van|car|truck|parcels?|packages?|phone|laptop|equipment|tools?|"
                        r"machine|products?|stock|crockery)\b|(?:till|cash register) was short|"
                        # "some cargo got damaged on my last trip": told in the passive
                        r"\b(?:cargo|goods|parcels?|packages?|products?|equipment|machine|stock|van|truck|car|load|shipment)"
                        r" (?:got|was|were|had been|has been) (?:damaged|broken|lost|smashed)\b"), True, False),
    # a franchised shop (加盟店, 加盟商, a franchise store): who employs its staff, the franchisee or the brand
    "franchise": (_re(r"加盟|特许经营|franchis"), False, False),
    # the same work as colleagues for less pay (干的活跟医院自己招的护工一模一样…他们6500我只有4800, same job as the regular
    # staff but paid less): equal pay is the question (劳动合同法第十一、六十三条), not the pay item named
    "paid_less_than_peers": (_re(r"(?:跟|和|与)(?:医院|厂里|公司|单位|银行|酒店|学校|店里)?(?:自己招的|本单位的?|正式的?)?[^,，。；？?]{0,8}?"
                                 r"(?:正式工|正式员工|员工|同事|护工|工人|柜员|别人|他们|合同工|在编|老员工|男同事|男的)"
                                 r"[^。；？?]{0,12}?(?:一模一样|一样|相同|同样|没区别)[^；？?]{0,50}?(?:少|低|只有|才|没有|差)|"
                                 r"(?:同一个?岗位|同样的岗位|同类岗位|同岗)[^。；？?]{0,30}?(?:少|低|只有|才|没有|差)|同工不同酬|"
                                 r"\b(?:the )?same (?:job|work|post|position|duties|tasks) as (?:the )?(?:regular|permanent|"
                                 r"direct|their own|in-house|other|full-time)[^.?!]{0,60}?(?:less|lower|only|no |not )"),
                             True, False),
    # sent back by the host to the agency (退回派遣公司, 把我们退回劳务公司, returned me to the staffing agency): the
    # return's lawfulness is the question (劳动合同法第六十五条), not the work itself
    "returned_to_agency": (_re(r"退回(?:到|给)?(?:了)?(?:原)?(?:派遣|劳务|人力|中介)|(?:把|将)(?:我|我们|她|他|他们|她们|我们几个)[^,，。；]{0,6}?退回|"
                               r"被(?:用工单位|用工方|医院|厂里|工厂|仓库|酒店|银行|超市|门店)退回|"
                               # 保安公司说是客户退的人，让我先回家等岗位
                               r"(?:客户|用工单位|用工方|甲方)退(?:回)?(?:的|了)(?:人|我)|"
                               r"(?:returned|sent) (?:me|us|her|him|them) back to (?:the |my |our )?(?:\w+ )?agency|"
                               r"['‘\"]?returned['’\"]? (?:me|us|her|him|them) to (?:the |my |our )?(?:\w+ )?agency"),
                           True, False),
    # followed, waited for or turned up on at home by someone (not a location app by itself)
    # (天天在我小区门口等我, 跟着我去地铁站: waiting where she lives, following her about)
    "stalked": (_re(r"跟踪|尾随|盯梢|跟着我回家|(?:天天|每天|一直|总是|老是|经常|偷偷)(?:都)?(?:在)?跟着我|(?:有人|陌生人|几个人|他|她|经理|老板|主管|领导|队长|组长|店长|同事|管理员)[^,。，]{0,10}"
                    r"(?:出现在|守在|等在|蹲在|堵在|在|到|来)(?:了)?(?:我家|我们家|我住的|我租的|我(?:们)?(?:的)?小区|我(?:的)?宿舍)[^,。，]{0,4}(?:楼下|门口|小区|附近|等我|堵我)|"
                    r"(?:天天|每天|一直|总是|老是|经常)[^,。，]{0,4}(?:在|到)(?:我家|我(?:们)?(?:的)?小区|我(?:的)?宿舍|我住的地方)[^,。，]{0,4}(?:等我|堵我)|"
                    r"你[^,。，]{0,4}(?:去哪|在哪|去了哪)(?:了|儿|里)?我都知道|"
                    r"follow(?:s|ed|ing)? me home|stalk|turn(?:s|ed)? up (?:at|outside) my (?:home|house|flat|apartment)|"
                    r"i know where you (?:live|are|went)"), True, False),
    # 名为外包: the contract is with an outsourcing or staffing firm while another company runs the work day to day
    "outsourced_staff": (_re(r"(?:外包|人力(?:资源|科技|服务)?公司|劳务公司)[^。！？!?]{0,60}(?:排班|考勤|考核|派活|工作指令|调度|"
                             r"工牌|工服|主管在管|管理)|(?:排班|考勤|考核|派活|工作指令|调度)[^。！？!?]{0,40}(?:外包公司|外包的|"
                             r"人力(?:资源|科技)?公司)|outsourc\w*[^.]{0,80}(?:supervis|roster|attendance|assign)|"
                             # 在外包公司上班，被派到银行做客服: sent to work at the client's
                             r"外包(?:公司)?[^。！？!?]{0,20}?(?:派(?:到|去|驻|往)|驻场)"),
                         False, False),
    "construction": (_re(r"工地|建筑|包工头|项目部|施工|钢筋|木工|架子工|泥瓦|装修队|搅拌站|楼盘|盖楼|修路|铺路|脚手架|砌墙|"
                         r"浇筑|混凝土|工程(?:款|队|项目|上)|总包|分包|劳务分包|项目(?:被)?转包|construction|building site|"
                         # 给一条市政路划标线，活是路桥公司包下来再分给我们孙老板的: road works, a road-and-bridge contractor
                         r"市政(?:工程|道路|路|项目|管网)|路桥公司|道路(?:施工|工程)|(?:划|画)(?:标)?线队|标线|"
                         r"general contractor|main contractor|project (?:was |has been |got )?subcontracted|"
                         r"\bforeman\b|scaffold"), False, False),
    "individual_contractor": (_re(r"我是个体户|个体经营|自由职业|independent contractor|self-employed|freelancer"),
                              True, False),
    "civil_servant": (_re(r"公务员|参公|事业编|civil servant"), True, False),
    # rest days told as falling on weekdays (周一周二休, 平时轮休, 工作日调休两天, days off are Monday and Tuesday): weekend
    # work is then an ordinary shift
    "weekday_rest_days": (_re(r"(?:周|星期|礼拜)[一二三四五](?:(?:和|、|跟|到|至)?(?:周|星期|礼拜)?[一二三四五])?(?:固定)?(?:休息|休|轮休|调休|放假)|"
                              r"(?:平时|工作日|周中|平常)(?:轮休|调休|休息|休)(?:两|2|二)天|轮休(?:两|2|二)天|"
                              r"\bdays? off (?:are|is|on) (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)|"
                              r"\b(?:rotating|two) (?:rest )?days? off (?:during|in) the week"), True, False),
    # a training service period or bond agreed (服务期, 培训协议, 培训费, a training bond)
    "service_period": (_re(r"服务期|培训协议|培训费|违约金[^。]{0,10}培训|培训[^。]{0,10}违约金|"
                           r"\bservice period|\btraining (?:bond|agreement|costs?|fees?)\b|"
                           # a service agreement signed for training (a 5-year service agreement after a training programme)
                           r"service (?:agreement|bond|commitment)[^.;]{0,60}\b(?:train|course)|"
                           r"\b(?:train|course)[^.;]{0,100}service (?:agreement|bond|commitment)"), True, False),
    # an employer abroad with no company or office in China (国内没有公司, 境外公司直接发工资, no entity in China)
    "employer_abroad": (_re(r"(?:国内|境内|中国|大陆)(?:没有|没|无)(?:任何)?(?:公司|分公司|子公司|机构|办事处|代表处|实体|主体|法人)|"
                            r"(?:在)?(?:中国|国内|境内)(?:也)?(?:没有|没|无)(?:注册|设立|设)(?:公司|机构|分公司)?|"
                            r"(?:境外|海外|国外)(?:的)?公司(?:直接)?(?:把工资)?(?:打|汇|发)|"
                            r"\bno (?:entity|company|office|branch|subsidiary|presence) in china\b|"
                            r"\b(?:has|have) no (?:entity|company|office|branch|subsidiary|presence) (?:here|in china)\b|"
                            r"\bpays? me (?:directly )?from abroad\b"), True, False),
    # the worker objected to a change of post, place or pay at the time (在群里说了不同意, 书面提出异议): going along with
    # it afterwards is then no agreement by conduct (解释（一）第四十三条)
    "objected_to_change": (_re(r"(?:我|在群里|在工作群里|当场|当面|书面|微信上?)[^。；，,没未不]{0,6}?(?:表示|提出|说|回复|回)(?:了|过)?"
                               r"(?:我)?(?:明确)?(?:不同意|反对|异议|不接受)|"
                               r"我(?:明确|一直|当时就?|当场|当天就?|马上)?(?:就)?(?:不同意|反对|不接受)(?!的话)|"
                               r"我(?:一直|从来|根本|压根)?没(?:有)?同意(?:过)?|"
                               r"从来没(?:有)?答应|\bi (?:objected|refused|did not agree|didn't agree|never agreed)\b"),
                           True, False),
    # A change of post, place or pay gone along with for months (调到县里的新厂…已经在新厂干了快3个月, 降薪后按新工资领了
    # 四个月, moved to the new site and have worked there for three months): 解释（一）第四十三条's agreement by conduct.
    # (Dropped below when the worker objected at the time.)
    "change_performed": (_re(r"(?:调|换|转|派|降|改)[^？?]{0,100}?(?:已经|到现在|现在|至今|一直)(?:都)?(?:在新[^。；，,]{0,4}?|在那边|按新[^。；，,]{0,4}?)?"
                             r"(?:干|做|上班|工作|领|拿)(?:了)?(?:快|将近|差不多|有|超过|一)?"
                             r"(?:[2-9两三四五六七八九十]|一个多|一年)(?:多)?(?:个)?(?:多)?(?:月|年)|"
                             r"(?:moved|transferred|reassigned|cut)[^.?!]{0,80}?\b(?:have|has|I've)\s+(?:been\s+)?"
                             r"(?:worked|working|done|taken|accepted)[^.?!]{0,30}?\bfor\s+(?:almost\s+|nearly\s+|about\s+|over\s+)?"
                             r"(?:two|three|four|five|six|several|[2-9])\s+months"),
                         True, False),
    # Out on the employer's errand: 公司派我上门做入户问卷, 出差, 外出送货, 领导让我去见客户, sent me to a client.
    "work_errand": (_re(r"(?:公司|单位|老板|领导|经理|主管|店长|站长|队长|厂里)(?:派|安排|让|叫)(?:我|他|她|我们)[^。；？?，,]{0,16}?"
                        r"(?:去|到|上门|外出|出差)|出差|因工外出|外出(?:办事|送货|采购|维修|送材料|跑业务)|上门(?:做|服务|维修|送|安装|"
                        r"入户|拜访)|入户(?:调查|问卷|访问|维修|安装)|business trip|(?<!agency that )(?<!agency which )(?<!agency )(?:sent|assigned) (?:me|him|her|us) to|"
                        r"on an errand|on (?:a )?(?:work|company) errand|"
                        # 从社区医院送血样去实验室的路上, 给公司送样品路上: on the way with the job's goods
                        r"(?:送|取|收|拉|运)(?:货|件|样|样品|标本|血样|材料|快递|文件|餐|单据)[^。；？?，,]{0,14}?(?:的)?(?:路上|途中)"),
                    True, True),
    # An accident of force at work (摔下来, 掉下去, 被砸, 触电, 爆炸, 氨气泄漏, 放炮时出事, fell from, crushed, electrocuted):
    # a death by it is an injury by accident (工伤保险条例第十四条), not a sudden illness at the post (第十五条).
    "work_accident": (_re(r"(?:从|在)[^,，。；]{0,12}(?:摔|掉|坠|跌)(?:了)?(?:下来|下去|落)|(?:摔|掉|坠|跌)(?:了)?(?:下来|下去)|坠落|高处坠|"
                          r"被[^,，。；]{0,8}(?:砸|压|轧|卷|绞|夹|碾|埋|撞|烫|烧|割|划|扎|刺|咬)(?:伤|了|破|到|出)|"
                          # 右手和小臂被卷进滚筒: caught and drawn into a machine
                          r"被[^,，。；]{0,8}(?:卷|绞|轧|夹)(?:进|入)|"
                          r"被[^,，。；]{0,8}(?:蜂|蛇)[^,，。；]{0,4}(?:蛰|蜇|咬)|(?:蛰|蜇)(?:伤|了)|(?:砸|压|轧|绞|电|炸|烧|淹|闷|摔)死|触电|"
                          r"漏电|爆炸|炸(?:伤|死|了)|"
                          # 示范动作的时候左脚崴了, 搬货扭伤了腰, 拖完地滑倒: a sprain or a slip at work is an accident too
                          r"(?<!以前)(?<!以前就)崴(?:了|到|伤)|扭伤|(?:脚|腰|脚踝|手腕|脖子)(?:给)?(?:扭|崴)(?:了|伤|到)|滑倒|"
                          # 劈竹子的时候刀滑了，左手掌割了一道口子; 剃刀一滑，把手掌划了个口子: a cut at the task
                          r"(?:刀|剪|锯)(?:子|片)?(?:一)?滑(?!板|雪|冰|轮|梯)|(?:割|划|切)(?:了|破|伤|开)(?:了)?(?:一道|一个|个|道)?(?:大)?口子|"
                          r"塌方|坍塌|冒顶|(?:氨气|毒气|煤气|瓦斯|有毒气体)[^,，。；]{0,6}(?:泄漏|中毒|爆)|中毒|窒息|溺水|淹(?:死|了)|"
                          r"放炮|爆破[^,，。；]{0,6}(?:出事|事故)|起火|火灾|"
                          r"\bfell (?:from|off|down|into)\b|\bcrush(?:ed)?\b|electrocut|explosion|\bblast\b|gas leak|"
                          r"\bburied\b|\bdrown|struck by|hit by (?:a |the )?(?:falling|crane|beam|machine)"), True, True),
    # A contract for the length of a task (以完成本剧拍摄为期限, 完成一定工作任务为期限): it ends lawfully with the task
    # (劳动合同法第十五条、第四十四条), not by a termination clause that is void.
    "task_contract": (_re(r"以完成[^,，。；]{0,14}?为(?:期限|限)|完成一定工作任务为期限|项目制(?:劳动)?合同|"
                          r"(?:task|project)-based (?:labou?r |employment )?contract|"
                          r"contract (?:lasts |runs )?until the (?:project|task|job) "
                          r"(?:is )?(?:done|completed|finished|ends)"),
                      False, False),
    # The canteen, site or shop run by a company that took it on (承包食堂的餐饮公司, 外包给一家保洁公司): the employer is
    # that company, not an individual contractor the letting unit answers for (劳动合同法第九十四条).
    "company_contractor": (_re(r"(?:承包|外包)(?:了)?[^,，。；]{0,10}?的[^,，。；的]{0,6}?(?:公司|集团|企业)|"
                               r"(?:公司|集团|企业)(?:承包|包下|接手)(?:了)?[^,，。；]{0,6}?(?:食堂|项目|车间|门店|工程)|"
                               r"外包给(?:了)?[^,，。；]{0,8}?(?:公司|集团|企业)"), False, False),
    # The business runs under another's licence or name (执照是借的, 借用别人的执照, 挂靠在运输公司名下): the lender is
    # liable with it (解释（二）第二条, 解释（一）第三十条), not an employer with no licence at all.
    # the company that employed the worker is deregistered or being so (公司上个月已经“简易注销”了, 查到公司状态是注销,
    # deregistered): the shareholders' and liquidators' liability, not a change of name
    # (not one planned or rumoured: 听说老厂准备注销, 公司要注销了吗)
    "company_deregistered": (_re(r"(?<!听说)(?<!听说老)(?:公司|厂|工厂|企业|单位|店)(?:(?!准备|打算|计划|想|要|快|可能|会|听说)[^,，。；]){0,12}"
                                 r"(?:已经|已|早就|都|被|给|刚)?(?:办(?:理)?了?)?"
                                 r"[“\"'「]?(?:简易)?注销(?:了|掉)?|简易注销|(?:状态|显示|查到)[^,，。；]{0,6}(?:是|为)?[“\"'「]?注销|"
                                 r"\b(?:was|has been|had been|got|been) (?:deregistered|struck off|dissolved)\b|"
                                 r"\bderegistered\b"), True, True),
    "borrowed_licence": (_re(r"(?:营业)?执照(?:是|都是|也是)?(?:借|租|用)(?:的|来的|别人的|人家的)|借(?:了|用)?(?:别人|别家|人家|朋友|亲戚|一家|"
                             r"其他|另一家)?[^,，。；]{0,10}?(?:的)?(?:营业执照|执照|资质|名义)|挂靠|"
                             r"挂(?:在|到)[^,，。；]{0,10}?(?:公司|单位|企业|厂|合作社|驾校|学校|医院|车队)(?:的)?名(?:下|义下)|"
                             r"用(?:的)?(?:别人|别家|人家|一家)[^,，。；]{0,8}"
                             r"(?:的)?(?:执照|资质|名义)|(?:borrowed|rented|uses?) (?:a |an |another |someone else'?s |the )?"
                             r"(?:[a-z]+ )?(?:company'?s )?(?:business )?licen[cs]e|operates? under (?:a|another) company'?s"), False, False),
    # The accident happened in the employer's dormitory (宿舍着火, 在员工宿舍洗澡滑倒, the staff dorm): a rest break on the
    # premises (工间休息去吸烟点) or heatstroke on a site is no dormitory accident.
    "in_dormitory": (_re(r"宿舍|寝室|集体宿舍|员工公寓|\bdorm(?:itory|itories|s)?\b"), False, True),
    # Death after more than 48 hours of treatment (抢救了三天还是没了, 前后三天左右, died five days later): a sudden illness
    # is then no deemed work injury (工伤保险条例第十五条第一项).
    "died_after_48h": (_re(r"(?:抢救|住院|ICU|icu|重症)[^。！？!?]{0,12}(?:[三四五六七八九十]|[3-9]|1\d|好几|十几)\s*(?:多)?(?:天|日)|"
                           r"(?:前后|一共|总共|坚持了|撑了|过了)(?:大概|大约|差不多)?\s*(?:[三四五六七八九十]|[3-9]|1\d)\s*(?:多)?"
                           r"(?:天|日)(?:左右|多)?|(?:[三四五六七八九十]|[3-9]|1\d)\s*(?:天|日)(?:后|之后|以后)[^。！？!?]{0,8}"
                           r"(?:去世|走了|没了|死亡|离世|过世)|\b(?:three|four|five|six|seven|eight|nine|ten|[3-9]|1\d) "
                           r"days (?:later|after)\b|more than 48 hours|超过48小时|48小时(?:以|之)?后"), False, True),
    # the employer says the worker cannot do the job (说我业绩不好, 考核不合格, 不胜任, 能力不行, failed a performance review):
    # the dismissal for incompetence, with its training or transfer first (劳动合同法第四十条第二项); ranking last has
    # its own rule (末位淘汰)
    "unfit_alleged": (_re(r"不能胜任|不胜任|胜任不了|(?:业绩|绩效|成绩|销量|业务)(?:不好|不行|太差|差|不达标|没达标|不合格)|"
                          r"(?:考核|考评|绩效)(?:不合格|不达标|没达标|不过|没过)|(?:能力|水平)(?:不行|不够|太差|差|不足)|"
                          r"干不了这|没完成(?:业绩|指标|任务|销售)|完不成(?:业绩|指标|任务)|"
                          r"\b(?:underperform\w*|poor(?:ly)? perform\w*|(?:failed|bad|poor) (?:a |my |the )?performance review|"
                          r"not (?:capable|competent|up to the job)|incompeten\w*|unfit for the job|"
                          r"missed (?:my |the |our )?(?:sales )?(?:targets?|quotas?))\b"), False, False),
    # pay told as less than it should be (只发底薪2000, 应发4200只发了1800, 扣了2500, 降到3800, 老板不认了, 比最低工资还低,
    # pays me only 5,000): the rule on pay short of what was agreed needs it (a wage told and nothing short of it is no claim
    # for a difference)
    "pay_shortfall_told": (_re(r"少发|少给|少算|少了|只发|只给|只按|只转|只有|才发|才给|到手(?:只|才)|扣|压着|拖着不给|不给|没给|没发|"
                               r"降到|降了|降为|砍到|打折|不认|不承认|变卦|按[0-9一二两三四五六七八九十百千]+(?:块|元)?算|"
                               r"不一样|对不上|低于|比[^，。,；]{0,10}(?:少|低)|最低工资|最底工资|"
                               r"\b(?:only|less than|short|deduct\w*|docked|cut|withh[eo]ld|denies|below)\b"), False, False),
    # Overtime pay waived or said to be voluntary (自愿放弃加班费承诺书, 奋斗者协议, 本人自愿加班不要求支付, "I give up overtime
    # pay"): the rule on such waivers needs it; a worker only unpaid for overtime signed nothing.
    "overtime_waiver": (_re(r"放弃[^，。,；;]{0,4}加班(?:费|工资)|不要(?:求)?(?:公司|单位|厂里)?(?:支付)?(?:任何)?加班(?:费|工资)|"
                            r"奋斗者(?:自愿)?(?:协议|承诺)|自愿加班|加班(?:是|属于|算)?(?:员工|个人)?自愿|"
                            r"不(?:支付|给)任何加班费|\bwaiv\w*[^.;?]{0,20}overtime|overtime[^.;?]{0,20}\bwaiv|"
                            r"give up (?:my |any |all |the )?overtime|overtime (?:is|was) (?:['\"‘“]?)voluntary|"
                            r"\bstriver\b"), False, False),
    # Heat told (中暑, 热射病, 高温, heatstroke): the rule on heatstroke at work needs it.
    "heatstroke": (_re(r"中暑|热射病|热痉挛|热衰竭|高温(?:作业|天气|天|下)|\bheat ?stroke|heat exhaustion"), False, False),
    # The worker works under someone else's identity (用我表姐的身份证进的厂, 借老乡的身份证上班, 冒用别人身份, using my
    # cousin's ID): the card is not the employer's to hold; the pay for work done is owed all the same (劳动合同法第二十八条).
    "borrowed_identity": (_re(r"(?:用|借|拿|冒用|顶)(?:了|着|的)?(?:我|他|她)?(?:的)?(?:表姐|表哥|表妹|表弟|堂哥|堂姐|哥|姐|弟|妹|"
                              r"老乡|朋友|亲戚|同学|邻居|别人|人家|他人|妈|爸|嫂子|姐夫)(?:的)?(?:身份证|身份|名字|证件)"
                              r"(?!号(?:码)?(?:被|让))|冒用[^,，。；]{0,6}身份|冒名顶替|假身份证|"
                              r"(?:using|used|borrowed|with) (?:my |his |her |a |an )?(?:cousin|brother|sister|friend|relative|"
                              r"someone else|another person|other person)'?s? (?:id|identity|id card|name)\b"), False, True),
    # An award or judgment already won and in force (仲裁赢了, 裁决生效了公司不给, I won my arbitration): what is left is to
    # enforce it (劳动争议调解仲裁法第五十一条), not to bring a claim within the arbitration limit.
    "award_won": (_re(r"仲裁(?:我们?|都)?(?:已经)?(?:赢了|胜了|打赢了)|(?:打赢了?|赢了|胜诉了?)(?:劳动)?(?:仲裁|官司)|胜诉|"
                      r"(?:裁决书?|判决书?|调解书|裁决|判决)[^,，。；？?]{0,8}?(?:已经|就|早就|早)?(?:生效|下来)(?:了)?[^；？?]{0,80}?(?:不给|不付|不履行|不执行|没给|"
                      r"没付|拒不|一分)|(?:裁决|判决|判|裁)(?:了)?(?:公司|单位|老板|厂里|厂方|对方)[^。；？?]{0,12}?(?:赔|付|给|支付|补发)"
                      r"[^。；？?]{0,24}?(?:不给|不付|不履行|不执行|没给|没付|拒不|一分|还不)|"
                      r"\bwon (?:the |my |our |a )?(?:labou?r )?(?:arbitration|case|award)|"
                      r"(?:award|judgment|judgement|ruling)[^.?!]{0,60}?(?:became effective|took effect|in force|is final|"
                      r"became final)|(?:award|judgment|ruling)[^.?!]{0,40}?(?:ordered|said) (?:them|the company|the employer|"
                      r"it) (?:must |to )?pay"), True, True),
    # Working abroad now: 派到沙特的工地, 在国外的项目上, 外派到非洲, sent to work in Saudi Arabia, at a camp overseas.
    "working_abroad": (_re(r"(?:派|外派|送|去|到|在)(?:我们?|他|她)?(?:到|去)?(?:了)?(?:国外|海外|境外|中东|东南亚|南美|中亚|沙特|阿联酋|迪拜|卡塔尔|科威特|阿曼|伊拉克|"
                           r"马来西亚|柬埔寨|缅甸|老挝|印尼|印度尼西亚|菲律宾|非洲|安哥拉|尼日利亚|阿尔及利亚|肯尼亚|埃塞俄比亚|赞比亚|"
                           r"巴基斯坦|哈萨克斯坦|俄罗斯|蒙古|塞尔维亚|日本|韩国|新加坡|以色列)[^。；？?]{0,12}?(?:工地|项目|厂|营地|矿|干活|工作|"
                           r"打工|上班|劳务)|出国(?:劳务|打工|务工|干活)|外派(?:劳务|务工|出国)|"
                           r"\b(?:sent|posted|working|work|stuck|stranded)\b[^.?!]{0,60}?\b(?:abroad|overseas|in (?:saudi arabia|"
                           r"the uae|dubai|qatar|kuwait|iraq|malaysia|cambodia|myanmar|laos|indonesia|the philippines|africa|"
                           r"angola|nigeria|algeria|kenya|ethiopia|zambia|pakistan|kazakhstan|russia|serbia|israel))\b"),
                       True, False),
    # A road accident: 追尾, 车祸, 交通事故, 被车撞, 翻车 (a death by it is no sudden illness at the post).
    "traffic_accident": (_re(r"追尾|车祸|交通事故|被[^,，。]{0,6}车撞|撞车|翻车|相撞|(?:car|traffic|road) (?:crash|accident)|"
                             r"\bcrash(?:ed)? into|hit by a (?:car|truck|lorry|bus|van)|collided|rear-ended"), True, False),
    # Worked on past the contract's end: 合同9月30号到期了，厂里一直没说续签，我就照常上班; 到期后继续干了半年; my contract
    # expired in June and I kept working.
    "kept_on_after_expiry": (_re(r"(?:到期|过期|期满)(?!前|之前|以前)(?:了|后|以后|之后)?[^。？?]{0,30}?(?:照常|继续|一直|照样|接着|还在)(?:来)?"
                                 r"(?:上班|干|做|工作|上岗)(?![^,，。;；]{0,3}(?:吗|么|嘛|\?|？))|"
                                 r"(?:到期|过期|期满)(?:了|后|以后|之后)?[。，,][^？?]{0,24}?没(?:人)?(?:提|说|找我|跟我)?(?:过)?续签?"
                                 r"[^。？?]{0,16}?(?:照常|继续|一直|照样|接着|还在)(?:来)?(?:上班|干|做|工作|上岗)|"
                                 r"(?:到期|过期|期满)(?:了|后|以后|之后)?[。，,][^？?]{0,16}?先(?:干|做|上班|干活)着|"
                                 r"(?:contract|it)(?: \([^)]{0,20}\))? (?:expired|ran out|ended)[^?!]{0,80}?\b(?:kept|continued|still) "
                                 r"(?:working|on|going to work)|kept working after (?:it|the contract|my contract) "
                                 r"(?:expired|ran out|ended)"), True, False),
    # A pregnancy lost or ended: 流产, 小产, 胎停, 引产, 宫外孕, a miscarriage (特别规定第七条第二款's leave).
    "miscarriage": (_re(r"流产|小产|胎停|引产|宫外孕|人流|miscarri|lost (?:the|my|our) (?:baby|pregnancy)|pregnancy loss|"
                        r"ectopic pregnancy|stillbirth"), True, False),
    # Working from home (居家办公, 在家远程上班, work remotely from home): a camera there films a home, not a workplace.
    "works_from_home": (_re(r"居家办公|居家上班|在家(?:里)?(?:远程)?(?:办公|上班|工作|干活)|在家(?:里)?远程|远程(?:办公|上班|工作)|线上办公|"
                            r"work(?:ing)? (?:remotely|from home)|remote work|home office|\bWFH\b"), True, False),
    # hurt in the middle of the job itself (给会员示范杠铃动作时手腕扭了, 搬货的时候闪了腰, hurt my wrist while lifting a
    # patient): an accident at work, not on a break or on the way
    "hurt_doing_the_job": (_re(r"(?:干活|工作|上班|做事|搬货|搬东西|搬运|卸货|装货|操作|示范|教|送货|送餐|打扫|清洁|维修|修|抬|扛|"
                               r"搬|拉|推|切|炒|烤|炸|用|使用|开)[^,，。；]{0,10}(?:时|的时候|(?<!途)(?<!路)中|过程中)[^,，。；]{0,8}"
                               r"(?:扭|摔|伤|砸|烫|割|划|夹|闪|撞|拉伤|挫伤)(?:伤|了|到|倒|断)?|"
                               # 把老人从床上抱到轮椅上，腰一下子扭了: the back strained by the lift itself
                               r"(?:抱|搬|抬|扛|扶|背)[^。；;]{0,20}?(?:腰|后背|肩膀|手腕)(?:一下子?|突然)?(?:就)?(?:扭|闪|拉伤|抻)|"
                               r"\b(?:hurt|injured|sprained|twisted|cut|burned|burnt) (?:my|his|her) \w+ "
                               r"(?:while|when) "
                               r"(?:lifting|carrying|working|moving|demonstrating|unloading|loading|cleaning|repairing|"
                               r"cooking|serving|operating)"), True, True),
    # hurt on a break at the workplace (活干到一半去店里厕所…滑了一跤, 午休在食堂打饭摔了, slipped in the staff toilet during my
    # shift): a need of the working day, so the rule on breaks (not the general accident rule) answers
    "on_a_break": (_re(r"(?:去|上|在)(?:了)?(?:店里|厂里|公司|单位|车间|厂区|工地)?(?:的)?(?:厕所|卫生间|洗手间|茅房)|如厕|"
                       r"工间休息|午休(?:时|的时候|期间)|(?:吃饭|打饭|吃夜宵|喝水|打水)(?:时|的时候|途中|中途)|"
                       r"\b(?:toilet|restroom|bathroom|lunch|tea|coffee) break\b|\bin the (?:staff |workplace |factory |company )?"
                       r"(?:toilet|restroom|bathroom|canteen)\b"), True, True),
    # hurt away from work (在家摔伤了腰, hurt my back at home, 周末打球扭伤): sick leave and the medical period, no work injury
    "injured_off_work": (_re(r"(?:在家|家里)(?!属|具|政|电|纺|乐|居|禽|畜|装|私)[^,，。；]{0,8}(?:摔|扭|弄|磕|碰|烫|闪|砸|割|划)(?:伤|倒|了|到|断)|"
                             r"(?:周末|休息日|放假|休假|下班后)[^,，。；]{0,10}(?:打球|踢球|爬山|骑车|跑步|健身|滑雪|玩)[^,，。；]{0,8}"
                             r"(?:摔|扭|伤|骨折)|非因工(?:负伤|受伤)|不是在(?:单位|公司|厂里|工作时)(?:受|弄|摔)的伤|"
                             r"\b(?:hurt|injured|broke|sprained|twisted) (?:my|his|her) \w+ at home\b|"
                             r"\b(?:got )?(?:hurt|injured) at home\b|"
                             r"\b(?:playing|skiing|cycling) [^.]{0,30}(?:hurt|injured|broke)"),
                         True, True),
    # a ship's crew (船员, 海员, 渔船上的水手): the maritime lien is theirs
    "ship_crew": (_re(r"船员|海员|水手|轮机|大副|二副|三副|船长|(?:渔|货|运输|远洋|内河|客)船上|在船上|上船|跑船|"
                      r"\bseafarers?\b|\bseam[ae]n\b|\bcrew (?:of|on) (?:a|the) (?:ship|vessel|boat)|\bon (?:a|the) (?:ship|vessel|fishing boat)"),
                  True, False),
    # A ship of inland waters (长江上跑散货船, 内河货船, a Yangtze barge): no sea-going ship, so no maritime lien
    # (海商法第三条: 本法所称船舶，是指海船和其他海上移动式装置).
    "inland_vessel": (_re(r"内河|长江|黄河|珠江|运河|湘江|汉江|闽江|松花江|淮河|(?:江|河|湖)上(?:跑|开|的)(?:船|货船|客船|散货船)|"
                          r"(?:江|河|湖)(?:船|轮|渡)|"
                          r"\b(?:inland|river) (?:ship|vessel|barge|boat|freighter|waterway)|"
                          r"\bon the (?:yangtze|pearl river|grand canal)"), True, False),
    # An IOU for the wages the employer signed (老板给我打了欠条): not 没打欠条, not 要不要让他打个欠条.
    "wage_iou": (_re(r"(?:(?:打|写|签|开|出具)(?:了|过)?(?:个|张|一张)?(?:工资)?)?(?:欠条|欠款条|白条)|"
                     r"打(?:了)?(?:个|张)?条(?:子)?|写(?:了)?(?:个|张)?(?:欠)?条子|\biou\b|i\.o\.u|"
                     r"signed (?:a )?note (?:saying|that)"), True, True),
    "foreigner": (_re(r"外国人|外籍|外国(?:员工|籍|老师|工人)|老外|外教|工作签证|工作许可|foreigner|foreign national|"
                      r"work permit|work (?:and|&) residence permit|work visa|"
                      r"(?:美国|英国|加拿大|澳大利亚|新西兰|俄罗斯|乌克兰|哈萨克斯坦|韩国|日本|印度|巴基斯坦|越南|菲律宾|缅甸|老挝|"
                      r"泰国|印尼|马来西亚|德国|法国|意大利|西班牙|巴西|尼日利亚|南非)(?:籍|人)|"
                      rf"\b(?:i'?m|i am|as) (?:a |an )?{_NATIONALITY}\b|"
                      rf"\b(?:i'?m|i am|i come) from {_COUNTRY}\b"), True, False),
    # A foreigner allowed to work here: a work permit, a work visa or permanent residence (not 没办工作证).
    # (开工作证明: a certificate of employment, not a foreigner's permit)
    "work_permit": (_re(r"(?:办(?:了|好了)?|有|持有?|拿到(?:了)?)?(?:工作许可(?:证)?|工作证(?!明)|工作签证?|永久居留|"
                        r"\bZ(?:字)?签证|work permit|work (?:and|&) residence permit|work visa|(?<!spouse )(?<!family )(?<!dependent )(?<!dependant )(?<!reunion )(?<!student )"
                        r"residence permit|permanent residen)"), True, True),
    "still_employed": (_re(r"还在(?:干|做|上班|职|厂|公司|工地|单位|岗|那|这)|"
                           r"在职|仍在职|目前在职|没离职|还没离职|还没走|现在还在|"
                           # 合同到期了，我就照常上班到现在: the contract ended, the job goes on
                           # (not 一直干到今年2月26号走的: a day this year, then gone)
                           r"(?:照常|照样|继续|一直|接着)(?:在)?(?:上班|干|做|工作|上岗)(?:着)?(?:到|至)(?:现在|今天|今(?![年天])|目前)|"
                           # 从5月6号干到现在: the job since a day, going on
                           r"(?:号|日)(?:起|开始)?(?:一直)?(?:干|做|上班|工作|打工)(?:到|至)(?:现在|今天|如今|目前)|"
                           r"kept (?:on )?working (?:there )?(?:until now|since|ever since)|still going to work|"
                           # 进去的，到现在8个月了: a tenure counted up to today (not 拖到现在快一年了: a debt's age)
                           r"(?<![拖欠等压])到现在(?:已经|都|一共|快|快要|将近|差不多|有)?(?:干了|做了|上了)?[0-9一二三四五六七八九十两半]+\s*(?:多)?(?:个)?(?:多)?(?:月|年)|"
                           r"(?:照常|照样)(?:上班|干活|跑车|出车|开车|送货|工作|上岗|打卡|排班)|"
                           r"still (?:work|employed|there|at the)|currently (?:work|employed)|"
                           r"i (?:still )?work (?:at|for|in) "), True, False),
    # The employer ends the job, or pushes the worker to resign (see _PRESSURED). 我提出解除 is the worker's own.
    "dismissed": (_re(r"辞退|开除|被裁|裁员|裁掉|炒了我|炒鱿鱼|(?:把|将)(?:我|我们)[^,，。]{0,10}(?:都|全|也)?裁了|"
                      r"(?:把|将)(?:我|我们|大家)(?:都|全|也)?打发(?:走)?了|"
                      # 一下子裁了我们车间30个人: a layoff told with its count
                      r"裁了(?:我们|我|大家|[^,，。]{0,8}?[0-9一二两三四五六七八九十几百]+\s*(?:多|来|余)?\s*(?:个|名)?(?:人|员工|工人|师傅))|"
                      # 一下子裁了12个, 裁掉30名: the count without the word for people
                      r"裁(?:了|掉了?)\s*[0-9一二两三四五六七八九十几百]+\s*(?:多|来|余)?\s*(?:个|名)(?![^,，。]{0,2}(?:月|岗|部门|门店|店))|"
                      # 说产能过剩要裁200多人，我们车间四十多个人全在名单上: a layoff announced, the worker on its list
                      r"(?:要|准备|计划|打算)裁(?:员|掉)?\s*[0-9一二两三四五六七八九十几百]+|(?:都|全|也)在(?:裁员)?名单(?:上|里)|"
                      # laying off 40 people, made redundant, they cut 30
                      r"\blay(?:ing|s)? off\b|made redundant|\bredundanc(?:y|ies)\b|\bthey cut \d+\b(?!\s*%)|"
                      r"(?:把我|被(?:公司)?|我被)(?:给)?优化(?:了|掉)|"
                      # 项目组43个人全部“优化”: the whole team let go under the word
                      r"(?:全部|全都|都|全)(?:被|给)?[“\"']?优化(?:掉)?[”\"']?(?:了|掉|，|,|。)|"
                      r"(?<!我提出)(?<!我要求)(?<!我主动)(?<!我申请)(?<!我想)(?<!我要)(?<!被迫)(?<!为由)解除(?:了)?(?:我的?)?(?:劳动)?"
                      r"(?:合同|关系)|(?<!不)(?<!没)(?<!没有)(?<!不会)(?<!不能)(?<!不想)(?:跟|和|与)(?:我|我们)解除(?![^,，。；]{0,4}(?:吗|么))|(?:让|叫|要)(?:我|我们|大家)(?:都|全部)?(?:当天|当场|今天|马上|立刻|立即|明天|下个?月|月底|这个?月底|下周|下礼拜|年底)?(?:就)?(?:走人|卷铺盖|收拾东西走)|(?:当场|当天|直接|马上|立刻)(?:就)?(?:让|叫|要)(?:我|我们)滚(?:蛋)?(?!回)|(?:一句话)?(?:就)?不让(?:我|我们)(?:再)?(?:干|做|来|上班)了|(?:就|直接|马上)?(?:让|叫|赶)(?:我|我们)走(?=[，,。！!？?；;]|$|了|人)|不(?:要|用)(?:我|我们)了|劝退|把(?:我|我们|大家)(?:都|全|全部)?(?:给)?开(?:除)?了|"
                      # 让我滚，第二天就不让进仓库了: told to go and shut out the next day
                      r"(?:第二天|次日|隔天|然后|之后)(?:就|也)?不让(?:我|我们)?进(?:门|厂|厂门|仓库|店|公司|车间|工地|大门)(?:了)|"
                      # 把我们几个泊车员都辞了
                      r"把(?:我|我们|大家)(?:几个|这几个|[0-9一二两三四五六七八九十]+个)?[^,，。]{0,4}?(?:都|全|全部)?(?:给)?辞(?:退)?了|"
                      # 没活了你自己找: no work and told to find their own, the job ended without a word of it
                      r"没(?:有)?活(?:了|干了?)?[，, ]*(?:你|你们|我|我们)?(?:就)?自己(?:去)?(?:另)?找(?:活|工作|出路|下家)?|"
                      # told for a relative (我弟…厂长把他辞了, 把我老婆开了): the one the worker asks for
                      r"把(?:他|她|他们|我(?:弟|哥|姐|妹|爸|妈|老婆|老公|媳妇|儿子|女儿|爱人)[弟哥姐妹]?)(?:都|也)?(?:给)?(?:辞(?:退)?|开(?:除)?|炒)了|"
                      r"被(?:公司|老板|厂里|单位|店里)?开了(?![^,。]{0,3}(?:罚|证明|单|票|会|药))|"
                      # 被主管以旷工3天为由开了: ended on a ground the employer named
                      r"为由(?:把我|将我|给我)?(?:开|炒)了|"
                      r"(?:明天|以后|下周|下个月)?(?:不用|别|不要)(?:再)?来(?:上班)?了|"
                      # 按规章严重违纪解除, 以旷工为由解除了: ended by the employer on a ground it names
                      r"(?:按|以|依据?|根据)[^,，。；]{0,10}(?:严重违纪|违纪|旷工|违反规章|规章制度|不胜任|不能胜任|不符合录用条件|"
                      r"试用期不合格|考核不合格)[^,，。；]{0,6}(?<!要)(?<!想)(?<!会)(?:解除|辞退|开除)|"
                      # 经理直接发了解除通知, 收到公司的解除劳动合同通知书: the employer's notice of termination
                      r"(?<!(?<!给)我)(?<!我给公司)(?<!我向公司)(?<!我给单位)(?<!我向单位)(?<!我给老板)(?<!我给厂里)(?:发|下|给|寄|收到)(?:了)?(?:我)?(?:[^,，。]{0,6}的)?(?:一?[份张封个])?(?:书面)?(?:的)?解除(?:劳动)?"
                      r"(?:合同|关系)?(?:的)?通知|"
                      r"\bfired\b|dismiss|laid off|let (?:me )?go|terminated|sacked|termination (?:notice|letter)|"
                      r"\b(?:they|company|employer|boss|hr) (?:now |just )?terminat(?:e|es) (?:my|our) (?:contract|employment|job)|"
                      # "they emailed me that they're ending it on 30 November": the employer ending the worker's agreement
                      r"\b(?:they|company|employer|boss|hr|studio|school|agency)(?:'re| are| were| is| was| will be)? "
                      r"(?:now |just )?end(?:ing|ed|s)? (?:it|my (?:contract|agreement|job|employment)|the (?:contract|agreement)|"
                      r"our (?:contract|agreement)) (?:on|from|at the end|as of|effective)|"
                      # 机构就按这条把我终止了: the employer ended the worker's contract
                      r"(?:把|将)(?:我|我们)(?:给)?(?:终止|解除)了|"
                      # 11月5号又发个短信说合同解除了; 发通知说…30号是最后一天: the employer's word that the job ends
                      r"(?:说|通知|短信|信息|微信)[^,，。]{0,6}(?:劳动)?合同(?:被)?(?:已经|已)?(?:解除|终止)了|"
                      r"通知[^。]{0,30}(?:是|为)(?:我们|大家)?(?:的)?最后(?:一个)?(?:工作日|一天)|"
                      # 发书面通知说…我这个岗位取消了，12月31号最后一天: a post abolished, the last day told
                      r"(?:岗位|职位)(?:被)?(?:取消|撤销|撤掉|砍掉|裁撤)(?:了)?[^。]{0,6}?[0-9一二三四五六七八九十]{1,3}(?:号|日)(?:是|为)?(?:我|我们)?(?:的)?最后(?:一个)?(?:工作日|一天)|"
                      # 开会通知，说11月30号最后一天: the last day told by its date
                      r"(?:通知|说)[^。]{0,12}?[0-9一二三四五六七八九十]{1,3}(?:号|日)(?:是|为)?(?:我们|大家)?(?:的)?最后(?:一个)?(?:工作日|一天)|"
                      # 经理开会说公司不安排去别的店，月底大家直接走人: everyone told to go
                      r"(?:说|通知)[^。]{0,24}(?:月底|下个?月|年底|明天|这周|下周)?(?:大家|我们|所有人|全部|全体)(?:都|就)?(?:直接)?走人|"
                      r"notice of termination|"
                      # they are "ending the freelance cooperation" and I had to leave the same day
                      r"\b(?:i|we) had to leave (?:the same day|that day|immediately|at once|on the spot)|"
                      r"\b(?:are|were|is|was) ending (?:the|our|my) (?:\"|“|')?(?:freelance |service )?(?:cooperation|contract|employment)|"
                      r"told (?:me|him|her|us) (?:not to come (?:back|in|to work|tomorrow|any ?more|again)|to stop coming)(?! if| unless| or)|"
                      # a message from the boss: "don't come tomorrow", "no need to come in any more"
                      r"(?:don'?t|do not|no need to) come (?:in |back |to work )?(?:tomorrow|any ?more|from tomorrow)"),
                  True, True),
    "resigned": (_re(r"(?<![逼让劝])(?<!要我)(?<!逼我)(?<!让我)辞职|辞工|主动离职|提出离职|递交(?:了)?辞呈|离职申请|"
                     # 让我们都签'自愿离职': a paper put to the worker, not a resignation made
                     r"(?<!签)(?<!签['‘“「\"])(?<!签个)(?<!签份)(?<!签一份)自愿离职|裸辞|我?自己(?:主动)?(?:走的(?!话)|走了|要走|不干的(?!话)|不干了|提的离职|辞的职)|"
                     r"\bi quit\b|resigned|"
                     r"handed in my notice|"
                     r"gave notice"), True, True),
    # The worker leaves, or means to, of their own accord (我想辞职, 不想干了, 我要解除合同): what rules on
    # resigning are written for, whether or not it has happened.
    "quitting": (_re(r"(?:想|要|准备|打算)(?:马上|立刻|立即|直接|赶紧|现在就?)?(?:辞职|辞工|离职|走(?!程序|流程|仲裁|法律|工伤|司法|诉讼|途径|路子|关系))|"
                     # (离职前12个月平均工资: the wage base before leaving, no leaving planned)
                     r"(?<![逼让劝])(?<!要我)(?<!逼我)(?<!让我)(?:辞职|辞工|离职)"
                     r"(?!前(?:的)?(?:十二|12|一年|[0-9一二三四五六七八九十两]+个?月|平均|工资|月))|"
                     r"不(?:想)?干了|不想做了|(?<!大家)(?<!我们)(?<!所有人)(?<!全部)(?:直接|自己)走人|(?:干|做)到[^,，。？?]{0,14}就走(?![路访])|"
                     r"(?:能|可以|能不能)(?:直接)?走(?!程序|流程|仲裁|法律|工伤|司法|诉讼|途径|路子|关系)|"
                     r"以[^，,。？?]{0,14}(?:为由|理由)?(?:提出)?解除(?:劳动)?(?:合同|关系)|被迫解除|"
                     r"(?:我|我们)(?:想|要|准备|打算)?(?:提出|单方)?解除(?:劳动)?(?:合同|关系)|提出解除|"
                     r"\bquit\b|\bquitting\b|\bresign|\bto leave\b|leave (?:the|my|this) (?:job|company)|"
                     r"hand in my notice"), True, False),
    "left_job": (_re(r"(?<!自愿)(?<!申请)离职(?!书)|离开(?:了)?(?:公司|厂|单位|那家)|不干了|不做了|走人了|已经走了|不(?:再)?在职(?!时|期间)|"
                     r"没(?:有)?工作(?:期间|的时候|了)|失业(?:了|期间|在家)|(?:新工作)?还没找到(?:新)?工作|新工作还没找到|"
                     r"between jobs|out of work|\bunemployed\b|"
                     r"\bquit\b|left (?:the|my|that) "
                     r"(?:job|company|factory|employer)|no longer work|my last day"), True, True),
    # Not a probation that is over: 试用期已经过了, 过了试用期才被辞退.
    "probation": (_re(r"(?<!过了)试用期(?!(?:已经|早就|早已|都|也)?(?:过了|结束|满))|(?<!过了)学徒期(?!(?:已经|都)?(?:过了|结束|满))|"
                      r"probation(?! (?:is|was|has) (?:over|ended|finished))"), True, False),
    "no_written_contract": (_re(r"(?:没|未|不|没有)(?:(?:跟|和|与|给)(?:我们?|他们?|她们?))?(?:签|订立|签订|签署)(?:过|"
                                r"任何)?(?:书面)?(?:的)?"
                                r"(?:劳动)?合同|没有(?:书面|劳动)?合同|没合同|无合同|no (?:written )?contract|"
                                # 包吃不包住，合同没签: the contract told first
                                r"(?<!物业)(?<!服务)(?<!外包)(?<!承包)(?<!租赁)(?<!采购)(?<!项目)"
                                r"(?:劳动|书面)?合同(?:也|都|一直|从来|至今|到现在)?(?:还)?(?:没|没有|未)(?:签|订)(?![完好字])|"
                                r"(?:never|didn't|did not|hasn't|has not|haven't) (?:\w+ )?sign(?:ed)? (?:a|any|the|"
                                r"my)? ?"
                                r"(?:(?:written|labou?r|employment) ){0,2}contract|"
                                r"without a (?:written )?contract|"
                                r"(?:never|didn't|did not|hasn't|has not|haven't|don't|do not) (?:ever )?(?:had|have|got|get|"
                                r"received?) (?:a |any )?(?:written |labou?r |employment )?contract|"
                                r"(?:never|didn't|did not|hasn't|has not|haven't) (?:\w+ )?(?:gave|give|given|provided|"
                                r"issued) (?:me |us |him |her )?(?:a |any )?(?:written |labou?r |employment )?contract"),
                           False, False),
    # 合同明明到明年8月才到期 is a term still running (a dismissal dressed as 不续聘), not an expiry.
    # (这个小区的物业合同到期不续了: the client's contract with the employer, not the worker's)
    "contract_expired": (_re(r"(?<!物业)(?<!外包)(?<!服务)(?<!承包)(?<!租赁)(?<!采购)(?<!项目)(?<!商场)(?<!场地)(?<!房租)(?<!租房)(?<!门面)(?<!店面)(?<!铺面)(?<!合作)(?<!加盟)合同(?:(?!还没|没|未|不到|明年|才到期|还有)[^,。]){0,14}(?<!才)到期|合同(?:已经|早就|都)?过期|合同期满|不(?:给我|跟我|和我)?续(?:签|约)|不再续签|"
                             r"(?:contract|(?:second|first|last|latest|current|previous) one) (?:has )?(?:expired|ended|"
                             r"ends|expires)|contract (?:is )?(?:about to|going to|due to|set to) (?:expire|end)|"
                             r"contract (?:is )?expiring|contract (?:has )?(?:ran|runs|run|running) out|"
                             r"(?:it|the contract) (?:ran|runs) out on|contract (?:is|was) up\b|"
                             r"not (?:be )?renew|won't renew|(?:didn't|did not|refused to|decided not to) renew"), True, False),
    "pregnant": (_re(r"怀孕|孕期|怀了|孕妇|身孕|有孕|孕检|产检|保胎|预产期|孕\d+周|孕[早中晚]期|孕吐|孕\d+个?月|"
                     r"pregnan|expecting a baby"), True, False),
    "maternity_leave": (_re(r"(?<!陪)产假|休产|生孩子|(?:剖腹|剖宫|顺)产|生了(?:一?[个对])?(?:双胞胎|三胞胎|龙凤胎|儿子|女儿|宝宝|"
                            r"孩子|小孩)|生完孩子|生小孩|坐月子|分娩|生产后|maternity(?! (?:nanny|nannies|nurse|matron|carer|care worker|helper))|gave birth|having a baby"),
                        True, False),
    # Maternity insurance paid for her (公司一直给我交着生育保险): the fund pays the allowance (社会保险法第五十四条).
    "maternity_insured": (_re(r"(?<!没)(?<!未)(?<!不)(?<!没给我)(?<!没有给我)(?<!没帮我)(?<!没给)(?<!停)(?<!停了)"
                              r"(?:交|缴|买|上)(?:着|了|的)?(?:有)?生育(?:保险|险)(?![^,，。]{0,4}(?:吗|没|么))|"
                              r"生育(?:保险|险)(?:一直|都|也)?(?:有|交|缴|在交)(?![^,，。]{0,4}(?:吗|么))|"
                              r"(?:pays?|paid|paying|has|have|had) (?:for )?(?:my |the )?maternity insurance|"
                              r"maternity insurance (?:is|was|has been) paid"), False, False),
    # 女职工劳动保护特别规定第七条: 难产 adds 15 days; most provinces count a caesarean (剖宫产) as one.
    "difficult_birth": (_re(r"难产|剖腹产|剖宫产|剖腹生|剖的|顺转剖|caesarean|cesarean|c-section"), True, False),
    "nursing": (_re(r"哺乳|喂奶|背奶|breastfeed|breast-feed|nursing (?:mother|period|my baby|a baby)"), True, False),
    "injured": (_re(r"受伤|受了伤|负伤|工伤(?!保险|险)|(?:摔|砸|压|轧|割|划|扭|挫|擦|烫|烧|撞|夹|绞|碾|刺)伤|骨折|软组织|"
                    r"缝了?[几\d一二三四五六七八九十]+针|车祸|被[^,。]{0,12}车[^,。]{0,3}撞(?!见)|"
                    # 开水溅出来，手背烫起好大一片泡…浅二度
                    r"烫(?:起|出)(?:了)?[^,。]{0,6}泡|(?:浅|深)?[二三]度(?:烫伤|烧伤)?(?=[,，。；]|$)|(?:开水|热油|热水|沸水)[^,。]{0,6}(?:溅|泼|洒)(?:到|在|出)|"
                    r"摔(?:了|下|倒|断|的|跤)|"
                    r"被(?![套子褥单罩])[^,。]{0,6}(?:砸|压(?!抑|力|迫|榨|价|货|单|着干)|轧|卷|夹|绞|撞(?!见)|烫|电击|电到)|(?:蛰|蜇)(?:伤|了)|被[^,。]{0,6}(?:蜂|蛇)[^,。]{0,4}(?:蛰|蜇|咬)|"
                    r"(?:手|脚|腿|胳膊|手臂|手指|指头|脚趾|骨头|肋骨|腰椎|颈椎|脊椎)[^,。]{0,3}断了|截肢|伤(?:到|了)(?:手|脚|腰|腿|头|眼)|"
                    r"injur|\bhurt\b|accident|broke my|burned|crushed"), True, False),
    # (not a condition said: 老板说要住院才算工伤)
    "hospitalized": (_re(r"住院(?!才)|住了[^,。]{0,6}院|医院住了|躺在医院|(?:还|仍|现在)在医院|在医院(?:里)?(?:躺|住|治疗|养伤)|"
                         r"(?:还|仍|现在|一直)(?:在)?[^,，。]{0,4}医院(?:里)?(?:住|躺)着|"
                         r"(?<![a-z])icu(?![a-z])|重症监护|抢救|做了?手术|hospitali[sz]ed|"
                         r"in (?:the )?hospital|"
                         r"admitted to (?:the )?hospital|intensive care|surgery"), True, False),
    # (not a beating threatened: 谁敢偷偷走就找人打断腿, 要打断你的腿)
    "fracture": (_re(r"骨折|骨裂|(?:摔|砸|压|轧|撞|踢)断|(?<!找人)(?<!叫人)(?<!让人)(?<![就要敢会])打断(?!话|我说话|别人|工作)|断了(?:\w{0,2})?(?:腿|手|胳膊|肋骨|骨头|脚)|(?:腿|手|胳膊|"
                     r"肋骨|骨头|脚|腰椎)"
                     r"(?:也)?断了|fracture|broke (?:my|his|her) (?:(?:left|right) )?(?:arm|leg|wrist|ankle|hand|ribs?|back|hip|"
                     r"collarbone|elbow|shoulder|foot|shin|tibia|fibula|femur|kneecap|knee|pelvis|spine|skull|jaw|nose|"
                     r"forearm|"
                     r"fingers?|toes?|thumb|heel)|"
                     r"broken (?:arm|leg|wrist|ankle|hand|rib|bone|back|hip|tibia|fibula|femur|collarbone|"
                     r"pelvis|spine|finger|foot|toe|kneecap|jaw|nose|skull)|"
                     r"\b(?:my|his|her|the) (?:(?:left|right) )?(?:arm|leg|wrist|ankle|hand|ribs?|hip|collarbone|foot|"
                     r"pelvis|spine|skull|jaw|kneecap|fingers?) (?:was|were|got|is|are) (?:broken|fractured|"
                     r"crushed)"), True, False),
    "head_injury": (_re(r"头部|脑震荡|颅脑|颅内|脑出血|脑外伤|头(?:也|还|都)?(?:被)?(?:砸|撞|摔)|头破|(?:砸|打|撞)(?:到|在|中)?(?:了)?(?:我|他|她)的?(?:头|脑袋|额头)|额头[^,。]{0,4}(?:缝|破|流血)|头上[^,。]{0,3}缝|head injur|hit (?:my|his|"
                        r"her) head|"
                        r"concussion|skull|brain injur"), True, False),
    "amputation": (_re(r"截肢|断指|断掌|手指(?:[^,。肌筋韧神]{0,6}(?<![肌筋韧神经])(?:断|没了|切掉|压掉|截))|"
                       r"(?:指头|[食中拇小]指|无名指)[^,。]{0,8}(?:切|轧|绞|压|卷|砸|锯|剁)断|(?:切|轧|绞|压|卷)断(?:了)?(?:\w{0,2})?"
                       r"(?:手|指|脚|腿|胳膊)|amputat|lost (?:a|my|his|her|two|three|\d+) fingers?|(?:finger|thumb|toe|hand|arm|leg|foot)s? (?:was |were |got )?(?:cut|chopped|sliced|torn|ripped|crushed|severed) off|severed|lost (?:my|his|her) "
                       r"(?:hand|arm|leg|foot)"), True, False),
    "death": (_re(r"(?:摔|砸|压|电|淹|烧|撞|轧|闷|毒|猝)死|死亡|身亡|去世|过世|遇难|丧命|丧生|离世|没抢救过来|"
                  r"工亡(?!补助|待遇|保险|赔偿标准|的标准)|(?:缺氧|窒息|中毒|触电|溺水|淹)(?:而)?(?:死|身亡|死亡)|"
                  r"(?<![累快要都])死在(?:了)?[^,，。]{0,8}(?:里|上|下|中|边)|没(?:能)?(?:跑|逃)出来[^。]{0,6}人(?:就)?(?:走|没)了|"
                  r"因工死亡|人(?:就|当场|已经){0,2}没了|出(?:了)?(?:事|事故|意外)(?:了)?(?:就|人)?没了(?![工钱收活])|(?<![我得])当场(?:就)?(?:没了|走了|不行了)|还是没了|没能救回来|抢救无效|(?:抢救|送医|送(?:到|去|进)[^,，。]{0,6}(?:医院|卫生院))[^,。]{0,12}没了|(?:掉|摔|砸|压|电|淹|撞)(?:下来|下去|倒)?(?:了)?(?:就|当场)?没了|(?:人|爸|父亲|丈夫|老公|儿子|女儿|哥哥?|弟弟?|工友|同事|妻子|老婆|母亲|妈|亲人|家人)"
                  r"[^,。]{0,8}(?<![想如气累烦热饿笑吓忙困冷急穷])死了|\bdied\b|\bdeath\b|killed|passed away|"
                  r"咽气|断气|停止(?:了)?呼吸|心跳(?:骤)?停(?:止)?了|宣告死亡|脑死亡|身故|罹难|殒命|(?:出了|一条)人命|"
                  r"火化|遗体|尸体|追悼会|殡仪馆|办(?:完)?(?:了)?后事|\bfuneral\b|\bcremat|\bhis body\b|\bher body\b|"
                  r"\bis dead\b|\bwas dead\b|lost (?:his|her) life|"
                  r"fatal"), True, True),
    "disability": (_re(r"伤残|残疾|评残|致残|劳动能力鉴定|丧失劳动能力|瘫痪|disabilit|disabled"), True, False),
    "commuting": (_re(r"上下班(?:途中|路上)|(?:上班|下班)(?:的)?(?:路上|途中)|下班[^,。]{0,10}回家|通勤|commut|on (?:my|the) way "
                      r"(?:to|home from|back from) work"), True, False),
    # (not a relative's illness: 照顾生病的妈妈, 孩子生病了)
    "sick_leave": (_re(r"病假|医疗期|请了?病|(?<!妈)(?<!爸)(?<!母亲)(?<!父亲)(?<!孩子)(?<!老人)(?<!家人)(?<!老婆)(?<!老公)(?<!爱人)(?<!女儿)(?<!儿子)"
                       r"生病了?(?!的(?:妈|爸|母亲|父亲|孩子|老人|家人|老婆|老公|爱人|女儿|儿子|奶奶|爷爷|外婆|外公))|病休|"
                       r"sick leave|medical leave|medical period|\bill\b|"
                       r"\billness\b"), True, False),
    # (not a question about a pension to come: 到时候还能领退休金吗, 可以领养老金吗)
    "retired_pensioner": (_re(r"(?<![能以到])(?:领|拿)(?:取)?(?:着)?(?:[0-9一二两三四五六七八九十千百万.]+\s*(?:块|元)?(?:钱)?(?:的)?)?(?:退休金|养老金|退休工资)(?![^,，。]{0,3}[吗？?])|"
                              # 2022年从厂里正式退休, 前年办了退休 (not 明年正式退休, 等我办了退休)
                              r"(?:(?:已经|早就|早已|去年|前年|[0-9一二两三四五六七八九十]+年前)[^,，。]{0,8}?|(?:19|20)\d\d\s*年(?:就)?(?:从|在)[^,，。]{0,8}?)"
                              r"(?:正式)?(?:办(?:理)?(?:了)?)?退休(?!以?后才|年龄)|"
                              r"已经退休|(?<![快要将就备近即上迟])退休了|"
                              # 退休金每个月都在领, 退休后在小区当保安 (not 退休金还没领, 等我退休后)
                              r"(?:退休金|养老金|退休工资)(?:每个?月|一个月)?(?:都|也)?(?:在|照常|按时)?领(?:着|取)?|"
                              # 退休金每个月2千多一直在领: the pension's amount told between
                              r"(?:退休金|养老金|退休工资)(?:每个?月|一个月)?[0-9一二两三四五六七八九十千百万.]+\s*(?:多|块|元)*"
                              r"(?:钱)?[^,，。]{0,4}(?:一直|都|照常|按时)?(?:在)?领(?:着|取)?|"
                              r"(?<!等我)(?<!等到)(?<![快要将等就])退休(?:以)?后(?:又|就|一直)?(?:在|去|到|出来)?[^,，。]{0,8}(?:干|做|当|打工|上班)|"
                              r"退休返聘|返聘|退休人员|享受(?:基本)?养老保险待遇|draw(?:ing)? (?:a|my) pension|"
                              r"receiv(?:e|ing) (?:a|my) pension|pensioner|i(?:'m| am) retired|"
                              # retired from a factory in 2023 and gets a pension
                              r"\bretired (?:from|in (?:19|20)\d\d)\b|"
                              r"\b(?:gets?|getting|collects?|collecting|draws?|living on) (?:a |his |her |my )?(?:state )?pension\b"),
                          True, False),
    "over_retirement_age": (_re(r"超过(?:了)?(?:法定)?退休年龄|超龄|过了退休年龄|到了退休年龄|已到退休年龄|"
                                r"(?:past|over|above) (?:the )?(?:statutory )?retirement age"), True, False),
    # 实习期 is what some employers call a probation; 实习期间 is an internship's time.
    "student_intern": (_re(r"实习(?!期(?!间))|在校(?:学生|生)|学生工|暑假工|寒假工|勤工俭学|大学生|在读|"
                           r"(?:还)?没(?:有)?毕业|未毕业|(?<!孩子)(?<!儿子)(?<!女儿)(?<!小孩)(?<!弟弟)(?<!妹妹)(?<!孙子)(?<!孙女)还在(?:上学|读书|念书)|\bintern(?:s|ship|ships|ing)?\b|"
                           r"\bstudent\b"), True, False),
    "part_time": (_re(r"兼职|非全日制|小时工(?!资)|钟点工|按小时(?:算|计|结)|part-time|part time|hourly (?:job|worker|pay)"),
                  True, False),
    "no_social_insurance": (_re(r"(?:没|未|没有)(?:给我们?|帮我|替我)?参(?:加)?(?:社保|保)|(?:漏交|漏缴)(?:了)?(?:社保|保险)?|没有五险|"
                                r"(?:没|未|没有)(?:给(?:我们?|他们?|她们?|员工|工人)|帮(?:我|他|她)|替(?:我|他|她))?(?:交|缴|买|上)(?:过)?(?:工伤|生育|失业|养老|医疗)保险|(?:没|未|不|没有)(?:给我们|给我|帮我|替我|给员工|给)?(?:交|缴|缴纳|买|上|"
                                r"办)(?:过)?(?:任何)?"
                                r"(?:社保|五险|社会保险|养老保险|医保|保险)|社保(?:一直|都|也)?(?:没|未|不)(?:交|缴|买|"
                                r"上|给)(?![够满足齐])|"
                                r"没社保|无社保|没有社保|断缴|(?:不交|不缴)社保|no social insurance|"
                                # 以前没交的社保, 欠了我两年社保, 欠缴, 要它补缴, 社保中间断了半年是单位没交
                                r"(?:没|未|没有)(?:给我们?|帮我|替我)?(?:交|缴)的(?:社保|保险|五险)|欠(?:了)?(?:我们?)?[^,。]{0,6}社保|"
                                r"欠缴|(?:补缴|补交|补上)[^,。]{0,4}(?:社保|保险|五险|社会保险)|(?:社保|保险)[^,。]{0,6}(?:补缴|补交)|"
                                r"社保[^,。]{0,8}断了|"
                                # 以前的公司给我交了7年养老保险，现在这家4年都没给我交: the insurance named before, in the sentence
                                r"(?:社保|养老保险|医保|医疗保险|五险|社会保险)[^。？?；;]{0,24}?(?:都|也|一直|从来|就)?(?:没|未|没有)"
                                r"(?:给我们?|帮我|替我)(?:交|缴)(?!满|够|足|齐|接|清)|"
                                # 自愿放弃社保承诺书 (a waiver: nothing paid), 停缴了, 没给我们30多个工人交过社保
                                r"放弃(?:缴纳|缴|交|购买|参加)?(?:社保|社会保险|五险)|停缴|"
                                r"(?:没|未|没有)(?:给|帮|替)[^,。社保]{1,12}(?:交|缴|买)(?:过)?(?:社保|五险|社会保险)|"
                                r"(?:give|gave|giving) up (?:my |our )?social insurance|waive[ds]? (?:my |our )?social insurance|"
                                # HR told me foreigners don't need to join Chinese social insurance, an allowance instead
                                r"\b(?:hr|company|boss|employer|manager|they|the agency)\b (?:says?|said|told me|tells me)"
                                r"[^.]{0,30}(?:don'?t|do not|doesn'?t|does not) need to (?:join|pay into|pay|have|be in) (?:the )?"
                                r"(?:chinese |china'?s )?social insurance|(?:instead of|in lieu of) (?:paying )?social insurance|"
                                # because I'm a foreigner I'm not in Chinese work injury insurance
                                r"\b(?:i'?m|i am|we'?re|we are|he'?s|she'?s) not (?:in|covered by|enrolled in|insured (?:by|under|in)) "
                                r"(?:the )?(?:chinese |china'?s )?(?:work[- ]injury|social|medical|pension) insurance|"
                                # there is no contribution record at all for me; never paid any contributions for me
                                r"\bno (?:social insurance )?contribution records?\b|\bno record of (?:any )?(?:social insurance )?"
                                r"contributions?\b|\bnever (?:paid|made|registered) (?:any )?(?:social insurance|contributions)|"
                                r"social insurance (?:it|they|the company|my employer|the employer) (?:owes|owed|missed|"
                                r"never paid)|(?:unpaid|owed|missed|missing) (?:social insurance|(?:pension |insurance )?"
                                r"contributions)|contributions (?:it|they|the company) (?:missed|never paid|owes?)|"
                                r"back-?pa(?:y|id|yment)[^.]{0,20}social insurance|social insurance[^.]{0,20}back-?pa(?:y|id|yment)|"
                                r"(?:doesn't|didn't|never|not|hasn't|has not|does not) (?:\w+ )?pa(?:y|id) (?:my |"
                                r"any |our )?"
                                r"social insurance|without social insurance"), False, False),
    "wage_owed": (_re(r"欠薪|拖欠|欠(?:了)?(?:我们?|大家|工人|员工)?[^,。]{0,16}(?:工资|工钱|钱|薪|血汗钱)|"
                      r"欠(?:了)?(?:我|我们|大家|工人)[^,。]{0,8}\d[^,。]{0,3}(?:块|元|万)|"
                      r"(?:不发|没发|没给|不给|拖着不给|扣着|压着|没结|不结)[^,。]{0,6}(?:工资|工钱|钱|薪|加班费|提成)|"
                      r"(?:工资|工钱|薪水)(?:[（(][^）)]{0,15}[）)])?[^,。]{0,6}(?:没发|不发|没给|不给|拖|没结|没拿到|拿不到|要不到)|"
                      # 10月工资每人4500，按说11月15号发，到现在一分没发: the month's pay told, then nothing of it paid
                      r"(?:工资|工钱|薪水)[^。；;？?]{0,30}一分(?:钱)?(?:都|也)?(?:没|没有)(?:发|给|拿到|到账)|"
                      # 工资9000，9月10月都没发: the wage told, then the months of it not paid
                      r"(?:工资|工钱|薪水)[^。；;？?]{0,16}?(?:[0-9一二三四五六七八九十两]+月)(?:份)?(?:的)?(?:工资)?(?:都|也|还|一直)?"
                      r"(?:没发|没给|没结|没拿到|没到账)|"
                      r"讨薪|要工资|(?:工资|工钱)(?:也|就)?没(?:了|有了)|少(?:发|给)(?:了)?(?:我|我们)?[^,。]{0,8}(?:工资|工钱|钱|薪|加班费|提成)|"
                      r"未(?:及时)?足额支付|(?:工资|工钱|薪水)[^,。]{0,4}[\"“'‘]?缓发|"
                      # 9月10月工资都只发一半，说另一半年底才给: half held back
                      r"(?:工资|工钱|钱)(?:都|也)?只(?:发|给)(?:了)?(?:一半|一部分|[一二三四五六七八九]成)|"
                      r"另(?:外)?一半[^,。]{0,8}(?:年底|过年|以后|干满|走的时候|离职)(?:才|再)(?:给|发|结)|"
                      r"\bno wages\b|must pay (?:our|my) wages|behind (?:on|with) (?:my |our )?(?:wages|pay|salary)|"
                      r"paying (?:me|us) late|\bshort(?:ed|changed)? (?:me|us)\b|(?:wasn't|was not|weren't|not) paid in full|"
                      r"(?:hasn't|has not|haven't|have not|hadn't|didn't|did not|won't|doesn't|don't|never|still not) (?:yet |even )?"
                      r"paid (?:me|us)\b(?! (?:any |my |the |our )?(?:social|pension|medical|insurance|contributions?))|"
                      r"(?:didn't|did not|don't|doesn't|won't|will not|refuse[sd]? to|never) pay (?:me|us)\b"
                      r"(?! (?:any |my |the |our )?(?:social|pension|medical|insurance|contributions?|overtime))|"
                      r"\bunpaid\b(?! (?:leave|holiday|vacation|break|internship|trial|overtime|social))|owe[sd]? (?:me|us)|(?:not|never) (?:been )?paid(?! (?:any |my |the |our )?(?:social|pension|medical|"
                      r"maternity|unemployment|housing|insurance|contributions?|into))|haven't been paid|"
                      # "March pay never came", "my last salary never arrived"
                      r"\b(?:pay|salary|wages?|paycheck)\b (?:\w+ )?(?:never|still hasn't|hasn't|has not|didn't|did not) "
                      r"(?:come|came|arrive[sd]?|show(?:ed)? up|come through)|"
                      r"withh[eo]ld(?:ing)? "
                      r"(?:my |our )?(?:wages?|salary|pay)"), True, False),
    # (not a wage told without it: 不含加班费, 基本工资（不算加班）, base pay (overtime excluded), excluding overtime)
    "overtime": (_re(r"(?<!不含)(?<!不包括)(?<!不算)(?<!不包含)(?<!除去)(?<!除了)加班(?!费除外|不算在内)|超时|996|单休|大小周|周末(?:也)?(?:要)?上班|"
                     r"(?<!excluding )(?<!not including )(?<!without )(?<!before )overtime(?! excluded| not included)|extra hours|work(?:ed|ing)? (?:on )?"
                     r"(?:weekends|holidays|sundays|saturdays)"), True, False),
    "vanished_employer": (_re(r"跑路|(?<!算)(?<!视为)(?<!当作)(?<!算作)(?<!算“)(?<!算\")失联|联系不上|人去楼空|玩失踪|逃匿|卷款|(?:卷|携)(?:了)?(?:钱|款)(?:跑|逃|溜)|(?:老板|包工头|承包人|工头|负责人|老总|厂长|经理|站长)(?:已经|也|都|早就)?(?:跑了|溜了|逃了|不见了)|电话(?:也)?打不通|"
                              r"(?:手机|电话)(?:一直)?关机|"
                              # 老板电话也不接三个礼拜了: out of reach for weeks, not a call missed
                              r"(?:电话|微信|消息)(?:也|都)?(?:一直)?不(?:接|回)(?:了)?[^,，。；]{0,3}?(?:好几天|好多天|一个多?(?:星期|礼拜|月)|"
                              r"(?:[0-9]+|[两三四五六七八九十]+)\s*(?:个)?\s*(?:多)?(?:星期|礼拜|周|月))(?:了)?|"
                              r"(?:老板|包工头|负责人|老板娘|工头|老总|厂长|法人|经理|公司)[^,。]{0,6}"
                              r"(?:跑了|不见了|找不着|找不到|失踪|没影|消失)|人(?:也|都|已经)?找不(?:到|着)|找不到人|"
                              r"\b(?:boss|employer|owner|manager|contractor|company)\b[^.,;]{0,25}\b(?:vanished|"
                              r"disappeared|ran away|ran off|fled|can't be reached|cannot be reached|unreachable|"
                              r"skipped town)"), True, True),  # not 担心他以后跑路, 老板是不是要跑路了
    "moving_assets": (_re(r"搬走(?:了)?(?:设备|机器|货物?|东西|原材料)|"
                          r"(?:办公室|公司|厂里|厂房|仓库|店里|车间)[^,。]{0,8}(?:东西|设备|电脑|家具|机器|货)[^,。]{0,3}"
                          r"(?:都|全|全部)?(?:被)?(?:搬走|搬空|拉走|运走)|(?:偷偷|连夜|半夜)[^,。]{0,6}搬(?:走|空|厂|机器|设备|东西)|"
                          r"(?:设备|机器|厂房|货物?|货架|车辆|[面货轿卡]包?车|车子|库存)[^,。]{0,6}(?:搬走|拉走|运走|卖了|卖掉|变卖)|"
                          r"(?:往外|偷偷|连夜|半夜)(?:搬|运|拉|卖|转)|(?:快|已经|早就?|都)?(?:成|变成|只剩)(?:了)?(?:个|一个)?空壳|"
                          # 把设备和车都往新公司转: assets moved to a new company or a relative's name
                          r"(?:设备|机器|车|货|资产|财产|钱|厂房|房子)[^,。]{0,6}(?:都|全|全部)?(?:往|转到|转给|转去|过户到|过户给|挪到)"
                          r"[^,。]{0,6}(?:新公司|新注册|别的公司|另一家|另一个公司|亲戚|老婆|儿子|名下)|"
                          r"(?:老板|老板娘|他|她|公司|包工头|厂长|经理)[^,。我]{0,8}(?:想|要|准备|打算)跑路|看样子是?(?:想|要)跑路|"
                          r"转移(?:财产|资产|设备|机器|货物|资金)|(?:账上|公司|厂里)?的?(?:钱|资金|款)(?:都|全|全部|已经)?(?:被)?(?:转到|转走|转给|转移到|挪到)|(?:往外|偷偷|连夜|半夜)拉[^,。]{0,4}(?:机器|设备|货)|卖(?:掉)?(?:厂房|设备|机器)|卖厂|把厂(?:子|房)?卖|变卖|拉走(?:设备|机器)|"
                          r"连夜搬|"
                          r"搬厂|清空(?:仓库|厂房)|(?:moving|moved|removing|shipping) (?:out )?(?:all |the |our |of )*"
                          r"(?:equipment|machines|machinery|assets|stock)|selling (?:off )?(?:the )?(?:factory|"
                          r"equipment|"
                          r"machines|assets)|transferring (?:the )?assets|emptying the (?:factory|"
                          r"warehouse)"), True, False),
    # the worker mainly or wholly to blame in a traffic accident (交警说我主要责任, 认定我全责): no commuting injury
    "own_main_fault": (_re(r"(?<!对方)(?<!对面)(?<!他)(?<!她)(?:交警|警察)?(?:说|认定|判|定)?(?:是)?我(?:负|担|承担)?(?:全责|全部责任|主责|主要责任)|"
                           r"\bi was (?:mainly|fully|wholly|entirely) (?:at fault|responsible|to blame)\b|"
                           r"\bi(?:'m| am) (?:mainly|fully|wholly|entirely|primarily) (?:at fault|responsible|to blame)\b|"
                           r"(?:police|traffic police)(?: report)? (?:says|said|found|shows|showed)[^.;]{0,40}\bi (?:ran|jumped) (?:a|the) "
                           r"red light|"
                           r"\b(?:police|they) (?:said|found|ruled) (?:it was )?(?:me|i was|my) (?:mainly |fully )?(?:at fault|fault|responsible)"),
                       True, False),
    "not_own_fault": (_re(r"对方(?:负)?(?:全责|全部责任|主责|主要责任|同等责任)|(?:判|定|认定)(?:的是|为|了)?对方(?:全责|主责|负主要|"
                          r"负全部|负同等)|我(?:负)?(?:次要责任|无责|没有责任)|(?:被|让)[^,，。]{0,8}(?:追尾|撞(?!见))|"
                          r"(?:other|the) (?:driver|party|car)[^.,;]{0,20}(?:fully|mainly|entirely|wholly|at fault|"
                          r"responsible)|not (?:my|at) fault|hit (?:me|my)"), True, False),
    "violence": (_re(r"殴打|动手打|挨打|挨揍|打伤|扇(?:了)?(?:我)?(?:耳光|巴掌)|揍(?:了)?我|踢(?:了)?我|"
                     r"打(?:了)?我(?![^,。]{0,4}(?:电话|手机|微信))|被[^,。]{0,5}打(?:了|伤|得|成)|拿刀|砍伤|被[^,。]{0,4}砍(?:了|伤|成)?(?![^,。]{0,2}(?:项目|预算|工资|提成|奖金|一半|[0-9一二两三四五六七八九十]+\s*%))|砍(?:了)?(?:我|他|她|人|工友)(?:一刀|几刀|好几刀|[0-9一二两三四五六七八九十]+刀)?(?![^,。]{0,1}(?:项目|预算|工资|提成|奖金))|体罚|"
                     r"beat (?:me|us|him|her)|"
                     r"(?<!car )(?<!bus )(?<!van )(?<!truck )\bhit me\b|punched|assaulted|attacked (?:me|us)|slapped|kicked me"),
                 True, False),
    "harassment": (_re(r"性骚扰|动手动脚|毛手毛脚|咸猪手|摸(?:了)?(?:我的?)?(?:屁股|胸|大腿|腿|腰|脸)|摸我|搂我|抱我|"
                       r"亲我|强吻|"
                       r"黄段子|开黄腔|(?:发|传)(?:了)?(?:黄色|色情|裸|不雅)|陪(?:他)?睡|陪(?:他)?过夜|开房|潜规则|"
                       r"猥亵|"
                       r"强奸|非礼|性侵|性暗示|sexual(?:ly)? harass|groped|touched me|unwanted (?:touching|advances)|"
                       r"sexual advances|molest|\brape\b|sexual assault|indecent|lewd|sleep with (?:him|her|the boss)|"
                       r"(?:explicit|nude|naked|pornographic) (?:photos|pictures|images|videos|messages)"),
                   True, False),
    "hidden_camera": (_re(r"偷拍|针孔|隐藏(?:的)?摄像|暗藏(?:的)?摄像|偷装(?:了)?(?:摄像头|监控)|"
                          r"(?:更衣室|厕所|卫生间|宿舍|浴室|洗手间|女厕)(?:(?!没|未|不)[^,。]){0,10}(?:摄像头|监控|摄像)|"
                          r"(?:摄像头|监控)(?:(?!没|未|不)[^,。]){0,10}(?:更衣室|厕所|卫生间|宿舍|浴室|洗手间|女厕)|hidden camera|"
                          r"secretly (?:film|record)|"
                          r"cameras? (?:in|inside|installed in) [^.]{0,20}(?:changing|toilet|bathroom|"
                          r"dorm|restroom|locker|shower)"),
                      True, False),
    "forced_labour": (_re(r"强迫劳动|强迫(?:我们?)?(?:干活|上班|劳动)|限制(?:我的?|我们的?)?人身自由|"
                          # (not asked: 我不干了他们能不让我走吗)
                          r"(?<!能)(?<!会)(?<!可以)(?<!候场)(?<!候场时)(?<!等活)(?<!待命)不让(?:我们?)?(?:走(?!开?" + _WORK_STATION + r")|离开(?!" + _WORK_STATION + r")|出门|"
                          r"出厂|回家)(?![^,，。？?]{0,3}[吗？?])|关(?:起来|在[^,。]{0,6}里)|锁在|"
                          # 把车间门锁了关了一晚上说没人承认就不放: locked in until someone owns up
                          r"锁(?:了|上)?[^,，。]{0,2}关了(?:我们?|大家)?(?:一|两|三|几|整|一整)(?:个)?(?:晚上|夜|宿)|(?:把|将)(?:我们?|大家|工人|学徒)(?:几个|[0-9一二三四五六七八九十两]+个)?(?:人)?(?:都|全)?(?:关|锁)(?:了|在|起来)|"
                          r"(?:承认|交代|认账|赔钱|赔)[^,，。]{0,4}就不(?:放|让走)|(?<!自己)(?<!感觉)(?<!觉得)(?<!好像)(?<!像是)被困|黑(?:工厂|砖窑|煤窑)|不干(?:活)?就打|"
                          + _KEPT_BY_THREAT + "|"
                          r"(?:扣押|收走|没收)[^,。]{0,4}(?:身份证|证件|护照)[^,。]{0,12}(?:不让|走不了|不能走)|"
                          # 证件“统一保管”不还…没证件哪儿也去不了: papers kept so the worker cannot leave
                          r"没(?:有)?(?:证件|护照|身份证|海员证)[^,，。；]{0,4}(?:哪儿?也去不了|哪里也去不了|走不了|回不了家|回不了国)|"
                          r"forced (?:labou?r|to work)|won't let (?:me|us) leave|(?<!b)locked (?:me|us) in|"
                          r"(?:confiscated|took) (?:my|our) (?:passports?|id cards?)[^.]{0,30}(?:leave|"
                          r"go home)"), True, False),
    # An occupational disease already diagnosed (诊断为矽肺二期, 确诊了噪声聋, 拿到了职业病诊断证明书, diagnosed with silicosis):
    # what is left is the work-injury route, not how to get a diagnosis (怀疑, 疑似, 让去做诊断 are not this).
    "disease_diagnosed": (_re(r"确诊(?:为|了|是|出|[\"“「])|(?<!去)(?<!要)(?<!能)(?<!来)确诊(?=[^,，。；？?]{0,8}(?:病|肺|中毒|聋|白内障|职业))|(?:已经|已|被)确诊|诊断(?:为|我是|我为|他是|他为|出了|结果是)|"
                              r"诊断证明书|(?:出|开|拿到)了(?:职业病)?诊断证明|"
                              # 市职业病防治院给我出了诊断书，写的职业性尘肺病壹期
                              r"(?:出|开|下|拿到)(?:了)?(?:一份|一张)?(?:职业病)?诊断书|诊断书(?:上)?(?:写|说|认定)(?:的|着|了|是)|"
                              r"(?:was|been|got|were|am|is) diagnosed with|"
                              # "an occupational disease clinic diagnosed it on Nov 10": the diagnosis made
                              r"\b(?:clinic|hospital|doctor|institute|centre|center|institution)s? (?:has |have )?"
                              r"(?:officially )?diagnosed (?:it|me|him|her|them|this)\b|\bgot (?:a|the|my) diagnosis\b"),
                          True, True),
    # Unemployment benefit named (失业金, 失业保险, unemployment benefit): the benefit's rules answer only a message that
    # names it.
    "unemployment_named": (_re(r"失业|unemploy"), False, False),
    # The ways to claim compared (12333、劳动监察、仲裁这几个有啥区别, 先投诉还是先仲裁, 走哪个途径最快, which is faster)
    "routes_compared": (_re(r"(?:12333|12345|监察|劳动局|人社局|仲裁|法院|起诉|投诉)[^？?！!]{0,40}?(?:有(?:什么|啥|何)区别|区别|"
                            r"不一样|哪个(?:更)?(?:快|好|管用|有用|靠谱)|选哪个|走哪个|找哪个|哪条路|哪个途径|什么途径最快|到底找谁)|"
                            r"(?:走|用|找)(?:什么|啥|哪种|哪条)(?:程序|途径|办法|路子|渠道|部门)(?:最|更|比较)?(?:快|有用|管用)|"
                            r"先(?:去)?(?:投诉|仲裁|找监察|找劳动局|报警)[^。？?！!]{0,8}还是(?:先)?(?:去)?(?:投诉|仲裁|起诉|找监察|"
                            r"去法院|找劳动局|申请仲裁)|(?:走|找)哪个(?:途径|部门)(?:最|更)?快|"
                            r"\bdifference between\b[^?]{0,80}\b(?:12333|inspection|arbitration|court)|"
                            r"\bwhich is (?:faster|quicker|better)\b[^?]{0,60}"
                            r"\b(?:inspection|arbitration|complaint|court)|"
                            r"\b(?:complain|go) to (?:the )?labou?r (?:bureau|inspection)[^?]{0,40}"
                            r"\bor (?:go to |apply for )?"
                            r"arbitration"), False, False),
    # Social insurance paid, but on a base below the wage (按最低基数交, 按3000的基数, based on only 3000): a shortfall to
    # make up (社会保险法第六十三条), not insurance unpaid.
    "low_contribution_base": (_re(r"按(?:照)?[^,，。；？?]{0,9}?最低(?:的)?(?:缴费)?(?:基数|档|标准)|"
                                  r"按(?:照)?(?:每月)?[0-9一二三四五六七八九两千万.]+(?:多)?(?:块|元)?(?:钱)?的?(?:缴费)?基数|"
                                  r"基数(?:偏低|太低|很低|低于|比[^,，。]{0,6}低|不对|不足)|没(?:有)?按(?:照)?(?:实际|真实)(?:工资|收入)?(?:交|缴)|"
                                  r"按(?:照)?(?:底薪|基本工资|最低工资)(?:交|缴|给我交|给我缴)|(?:minimum|lowest) (?:contribution )?base|"
                                  r"(?:insurance|contributions?)[^.?!]{0,30}based on (?:only |just )?(?:about )?[0-9,]+|"
                                  r"(?:contribution )?base (?:is |was )?(?:too |very )?low"), False, False),
    # Overtime refused, asked about refusing, or pushed back on (不想加, 跟主管说这周不能加, 只能加到8点, 不服从安排 told of
    # overtime, refused overtime): kept only beside overtime (extract_facts), it is the refusal and its consequences that
    # are asked, not the hours' limits.
    "refused_overtime": (_re(r"(?:拒绝|不(?:想|愿|愿意|肯|同意|去)(?:再)?|没(?:有)?(?:去)?|不|不能)加(?!班?(?:费|工资|补|的钱|钱|时间|时长|小时|点))(?:班)?|"
                             r"只(?:能)?(?:干|加)到|最多(?:只能)?加到|不服从(?:工作|加班)?(?:安排|管理|排班)|吃不消|扛不住|"
                             # 理由是“拒不服从加班安排”…拒绝了两回: the refusal the dismissal names
                             r"拒不服从(?:加班)?(?:安排)?|拒绝(?:了)?[一二两三几0-9]+(?:回|次)|"
                             r"refus\w* (?:to work )?(?:the )?overtime|(?:didn't|did not|won't|wouldn't|couldn't|can't) "
                             r"(?:do |work )?(?:the )?(?:extra hours|overtime)|said no to (?:the )?overtime|"
                             # I refused to stay for another 4-hour overtime shift
                             r"refus\w* to (?:stay|work|do)\b[^.;]{0,30}?\b(?:overtime|extra (?:shift|hours)|late)"),
                         False, False),
    # The criminal route asked about (报警, 能告他坐牢吗, 是不是犯法了, call the police) — or opened by an order to pay the
    # employer ignored (added in extract_facts): when the conditions of the wage-refusal crime are what the worker needs.
    "criminal_route": (_re(r"报警|报案|公安|(?<!交)警察|派出所|犯罪(?!记录|前科)|犯法|(?<!像)(?<!跟)(?<!和)坐牢(?!一样|似的|一般)|判刑|刑事|拘留|(?:抓|关)(?:起来|进去|他|老板)|入刑|"
                           r"刑法|拒不支付劳动报酬|\bpolice\b(?! report)|\bcrime\b|criminal|\bjail|prison|arrest"), False, False),
    "official_order_ignored": (_re(r"(?:责令|限期(?:支付|整改|改正|发放)|指令书|整改通知)[^。]{0,24}(?:还是|仍然?|依然|"
                                   r"照样|还|也|都)"
                                   r"(?:不|没)(?:给|发|付|支付|理|执行|管)|(?:劳动监察|监察大队|劳动局|人社局|监察|"
                                   r"政府)"
                                   r"[^。]{0,16}(?:责令|下了?(?:通知|整改|指令)|要求[^。]{0,8}(?:支付|发|"
                                   r"付))[^。]{0,24}"
                                   r"(?:还是|仍然?|依然|照样|还|也)(?:不|没)|(?:ordered|"
                                   r"order from)[^.]{0,40}(?:labou?r "
                                   r"(?:inspect|bureau|authorit)|government)[^.]{0,40}(?:still|yet|refus|ignor)|"
                                   r"(?:labou?r (?:inspect\w*|bureau)|"
                                   r"authorities)[^.]{0,40}ordered[^.]{0,60}(?:still|refus|"
                                   r"ignor)|ignored the (?:order|inspectorate)"), False, False),
    # a mediation agreement already reached with the employer (签了调解协议, 达成调解协议, a signed mediation agreement)
    "mediation_agreed": (_re(r"签(?:了|过|订了?)?(?:一份)?调解(?:协议|书)|调解(?:协议|书)[^。]{0,12}(?:签|写|约定|说好|答应|承诺)|"
                             r"达成(?:了)?(?:一份)?调解协议|\b(?:signed|reached|have|had) (?:a |the )?mediation "
                             r"(?:agreement|settlement)|mediation agreement (?:says|said|set|requires)"), False, False),
    # the worker declined the written contract offered (人事拿合同给我签…我一直拖着, 这合同我不签): no double wages
    # An offer accepted, the first day not come yet (or the offer withdrawn before it): no labour relation has begun
    # (劳动合同法第七条), so nothing of a dismissal or of double wages; 民法典第五百条 is the route.
    "not_started": (_re(r"还没(?:有)?(?:正式)?(?:入职|上班|上岗|报到|开始上班)|尚未(?:入职|上岗|报到)|入职前(?:一天|两天|几天|夕)|"
                        r"没来得及(?:入职|上班)|(?:撤回|取消|收回)(?:了)?(?:我的)?(?:录用|offer|聘用)|(?:录用|offer)[^,，。]{0,8}"
                        r"(?:被|给)?(?:撤回|取消|作废|收回)|"
                        r"before (?:my|the) (?:start date|first day)|(?:hadn't|had not|haven't|have not) (?:yet )?started|"
                        r"offer (?:was |has been |is )?(?:withdrawn|rescinded|cancell?ed|revoked|pulled)|"
                        r"(?:withdrew|withdrawn|rescinded|cancell?ed|revoked|pulled) (?:my|the) (?:job )?offer"), False, False),
    # (not asked whether one may refuse: 我们能不签吗)
    "refused_to_sign": (_re(r"(?:我|自己)[^。；;，,]{0,8}(?<!能)(?<!可以)(?:不签|不肯签|不愿意?签|拒绝签|拒签|拖着(?:没|不)签)|"
                            r"(?:合同|协议)我(?:就)?(?:不签|不肯签)|我都拖着|(?:就|一直|我)(?:一直)?拖着(?:没|不)签|"
                            # 店长两次拿合同让我签…我都回“再看看”
                            r"(?:都|就|只)回(?:复)?(?:说)?[\"“”']?再(?:看看|考虑|想想)|"
                            # 两次书面通知让签，我都没签; 两次让我签合同我都没签 (asked, and the worker did not)
                            r"(?:让|叫|要|催|通知)(?:我|我们)?签[^。]{0,30}?我(?:就|一直|都|也)(?:一直)?没签(?!过|到)|"
                            # 店长拿合同让我签，我嫌试用期太长…就没签
                            r"(?:拿|给|发)(?:了)?(?:我)?(?:份|一份)?(?:劳动)?(?:合同|协议)[^。]{0,6}?(?:让|叫|要|催)我签[^。]{0,40}?"
                            r"(?:我|就|也|都|一直)(?:没|不)(?:签|理)|"
                            r"\bI (?:refused|declined|won'?t|didn'?t want) (?:to )?sign"), True, True),
    # the worker asks whether to sign a paper put to them, so has not signed it yet (该不该签, 签还是不签, should I sign):
    # the rules on what a signed paper is worth do not answer them
    "asked_to_sign": (_re(rf"{SIGN_QUESTION}|签(?:还是不签|不签[？?]|了会不会)|"
                          r"(?:不签的话|要是不签|如果不签|签之前|签字之前)|还没(?:有)?签(?!合同|劳动合同|书面)|"
                          # 我要是签了这个是不是就没了？不签会不会被开除？
                          r"(?:要是|如果|假如|万一)签了(?:这个|这份|它|字)?[，,]?(?:以后|之后)?[^。？?]{0,12}?(?:是不是|会不会|还能|能不能|就)|"
                          # (not the employer refusing: 他们硬不签能拿多少, 单位不签的话)
                          r"(?<!硬)(?<!他们)(?<!公司)(?<!单位)(?<!老板)(?<!厂里)(?<!店里)"
                          r"不签(?:字)?(?:的话)?[，,]?(?:他|他们|公司|厂里|单位|老板)?(?:会不会|的话会|能|会|可以)|"
                          # 签了会有什么影响, what do I lose if I sign
                          r"签了(?:以后|之后)?(?:会有|会|有)?(?:什么|啥)(?:影响|后果|风险|问题|损失)|"
                          r"\bwhat (?:do|would|will) i lose if i sign|\bif i sign\b[^.?]{0,40}\?"), False, False),
    # the second fixed-term contract running out (签了两次合同, 第二份合同到期, 续签过一次, two fixed-term contracts):
    # on a third the worker may ask for an open-ended contract (劳动合同法第十四条第二款第三项)
    "second_fixed_term": (_re(r"(?:签|订|续签|续订|签订|订立)(?:了|过)?(?:两|2|二)(?:次|回)|"
                              r"(?:两|2|二)次(?:的)?(?:固定期限|[一二两三四五1-5]年期?)?(?:的)?(?:劳动)?合同|"
                              r"连续(?:签|订|签订|订立)(?:了|过)?(?:两|2|二)(?:份|个)|(?:两|2|二)(?:份|个)固定期限|"
                              r"第(?:二|2)(?:次|份|个)(?:固定期限|[一二两三四五1-5]年期?)?(?:的)?(?:劳动)?合同|"
                              r"续签(?:过|了)(?:一次|1次)|第(?:二|2)次(?:签|续签|续)|"
                              # 签的第一份合同3年，…又续了4年: the first contract renewed once
                              r"第一份[^。；]{0,30}又续(?:签|订)?(?:了)?(?:一次|[一二两三四五六1-6]年)|"
                              # 第一份合同2020年1月1号到2022年12月31号，第二份2023年1月1号到…: the second term told by its days
                              r"第(?:一|1)(?:份|次)(?:劳动)?合同[^。；]{0,40}第(?:二|2)(?:份|次)|"
                              r"\b(?:two|2) (?:consecutive |successive )?(?:fixed-term |fixed term )?contracts|"
                              r"\bsecond (?:fixed-term |fixed term )?contract|renewed (?:it |my contract )?once|"
                              r"\bfirst (?:fixed-term |fixed term )?contract\b[^.]{0,80}\b(?:the|a|my) second\b"), False, False),
    # retirement near or said to be reached (快退休了, 马上就退休, 说我到退休年龄了, about to retire): the employer's reason
    # to stop insurance or end the contract, which the rising age may not bear out
    # 计件, 按件算钱, 一件上衣车工8毛, paid by the piece: the month's pay is the pieces' (the overtime's premium is owed on it)
    "piece_rate": (_re(r"计件|按件(?:数)?(?:计|算|拿|给|结)|一件[^,，。；]{0,8}?(?:[0-9.]+|[一二两三四五六七八九十几]+)\s*(?:毛|块|元|分钱)|"
                       r"\bpiece[- ]?(?:rate|work)|\bper piece\b|\bby the piece\b"), True, False),
    # 包薪, 合同里写着“含加班费”, 工资包干, all-inclusive salary: the wage is said to cover the overtime
    "wage_includes_overtime": (_re(r"包薪|含(?:了)?(?:全部|所有)?加班费|包含(?:了)?(?:全部|所有)?加班费|加班费(?:已经)?(?:包含|包)在(?:工资)?里|"
                                   r"(?:工资|月薪)[^,，。；]{0,6}包干|"
                                   r"[“\"]包干[”\"]|综合(?:月)?薪|all-inclusive (?:salary|wage|pay)|includes? (?:all )?overtime|"
                                   # 已经包括加班费, 一个月4000全包, 月薪8000包加班, pay is all-inclusive, 8,000 covers overtime
                                   r"包括(?:了)?加班费|(?:[0-9０-９]|千|万|块|元)全包|包加班|"
                                   # 补贴就是包了加班费的: an allowance said to be the overtime pay
                                   r"包了(?:全部|所有)?加班费|(?:补贴|津贴)(?:就是|就算|算是|就当|当作)(?:是)?加班费|"
                                   r"(?:pay|salary|wage) is all-inclusive|all-inclusive so|"
                                   r"(?:salary|wage|pay|a month|per month)[^.;]{0,12}covers (?:the |all )?overtime|"
                                   r"overtime (?:is )?included"), True, False),
    "near_retirement": (_re(r"快(?:要)?退休|马上(?:就)?(?:要)?退休|就要退休|要退休了|快到退休|到(?:了)?退休年龄|"
                            r"退休年龄(?:快)?到了|临近退休|(?:离|距)退休(?:不到|只有|只剩|还有)|到(?:了)?年龄(?:了|就)|"
                            r"(?:过了|满了?|到了)(?:50|55|60|五十|五十五|六十)(?:周)?岁?(?:了|就)|"
                            r"about to retire|close to retirement|near(?:ing)? retirement|reached (?:the )?retirement age"),
                        False, False),
    # the agency that sent the worker holds no dispatch licence (没有劳务派遣许可证): the host pays the wages it owes
    # (保障农民工工资支付条例第十八条), whatever the agency's contract says
    "unlicensed_agency": (_re(r"(?:没有|没|无|未取得|未经|不具备|没办)(?:劳务)?派遣(?:经营)?(?:许可|资质|执照)|"
                              r"(?:劳务)?派遣(?:经营)?(?:许可证?|资质)[^,，。；]{0,4}(?:没有|都没|也没|没办|是假的)|"
                              r"(?:no|without a|without any|doesn'?t have a|does not have a) (?:labou?r )?dispatch(?:ing)? "
                              r"(?:licen[cs]e|permit)|unlicensed (?:labou?r )?(?:dispatch|staffing) agency"), False, False),
    # the arbitration commission refused the case, or left an application unanswered (仲裁委说不予受理, 交了仲裁申请一直不立案,
    # 半个多月了一直没通知受不受理, refused to accept my case): not a worker who has applied nowhere yet
    # hours averaged over a week, month, quarter or year (公司说我们是综合工时, 综合计算工时制, 综合公时): the scheme's
    # approval decides the overtime, not the standard day's limits
    "comprehensive_hours": (_COMPREHENSIVE, True, False),
    "arbitration_refused": (_re(r"不予受理|不受理|不(?:给|予)?立案|没(?:有)?(?:给)?立案|(?:受不受理|立不立案)|"
                                r"(?:仲裁委|仲裁院|仲裁庭|窗口)[^。；;？?]{0,20}(?:不收|退回|没有?(?:给我|给)?(?:任何)?(?:答复|回复|通知|决定)|"
                                r"不给(?:书面)?(?:答复|回复))|(?:refused|declined|won'?t|will not|wouldn'?t) (?:to )?accept "
                                r"(?:my|our|the) (?:case|application|claim)|hasn'?t (?:told me|decided) whether it accepts|"
                                r"(?:not|no) (?:a )?labou?r dispute"), False, False),
    # an arbitration award the worker says is not final (裁决书上写的是非终局裁决): the final-award rules do not apply
    "non_final_award": (_re(r"非终局|不是终局|不属于终局|non-?final"), False, False),
    # 已经认定了工伤, 工伤认定书下来了, 鉴定为九级 (an assessment follows a recognition), recognised as a work injury
    "injury_recognised": (_re(r"(?:已经|已|早就|都)(?:被)?认定(?:为|成|了)?工伤|工伤(?:已经|已|都)?(?:被)?认定(?:下来|好了|了|完了|过了)|"
                              # 去年认定了工伤, 今年3月评了十级伤残: recognised, and graded since
                              r"(?:去年|前年|今年|上个?月|[0-9一二三四五六七八九十]+月(?:份)?|当时|后来)(?:就|也)?(?:被)?认定(?:了|为|成)工伤|"
                              r"评(?:了|为|上|定(?:为|了)?)?(?:[0-9]{1,2}|[一二三四五六七八九十])\s*级(?:伤残|残疾|工伤)|"
                              # 公司给报了工伤，认定书也下来了
                              r"(?:工伤)?认定(?:书|决定书)(?:已经|都|也)?(?:已经)?(?:下来|拿到|到手|发下来|收到)|"
                              r"(?:拿到|收到)(?:了)?(?:工伤)?认定(?:书|决定书)|"
                              r"(?:伤残|劳动能力)(?:等级)?鉴定(?:结果)?(?:是|为|出来|下来|做了)|鉴定(?:为|成|是)[一二三四五六七八九十]级|"
                              r"recogni[sz]ed as (?:a )?work(?:-related)?[- ]injury|"
                              r"work[- ]injury (?:recognition|determination|decision) (?:was |has been |came )?(?:approved|granted|issued|"
                              r"through)|(?:got|received) (?:the |my )?(?:work[- ]injury )?recognition|"
                              r"assessed (?:at|as) (?:disability )?grade"), True, True),
    # 公司说不服要去法院起诉, 单位去中级法院申请撤销裁决了, 告到法院拖死我, they'll take it to court
    "award_challenged": (_re(r"(?:公司|单位|老板|厂里|厂方|厂长|经理|店长|校长|园长|院长|老总|主任|站长|对方|医院|学校|用人单位|那边|他们)"
                             # (公司说我严重违纪，我不服: the worker's own objection, not the employer's)
                             r"[^。；;？?]{0,10}?(?<!我)(?<!我也)(?<!我们)(?:不服(?!从)|起诉|上诉|告到|告我|"
                             r"去法院|到法院|申请撤销|撤销(?:仲裁)?裁决)|放话[^。；;？?]{0,10}(?:起诉|告|法院|中院|撤销)|"
                             r"(?:不服|起诉|上诉|告到法院|去法院告|申请撤销)[^。；;？?]{0,6}(?:裁决|仲裁)|"
                             r"(?:take|taking|took) (?:it|me|this|the (?:case|award)) to court|\bappeal(?:ed|ing|s)?\b|"
                             r"set (?:it |the award )?aside|challeng(?:e|es|ed|ing) the award|"
                             r"(?:they|company|employer)(?:'ll| will| is going to| says it will| said it would)? sue\b|"
                             r"went to court"), False, False),
    "self_harm": (_re(r"自杀|轻生|跳楼|跳河|跳江|跳海|卧轨|跳下去|不想活|活不下去|活着没意思|一了百了|一死了之|死了一了百了|"
                      r"寻短见|结束(?:自己的?)?生命|割腕|上吊|烧炭|"
                      r"喝农药|"
                      r"吃安眠药|想死|去死算了|死了算了|不如死了|suicid|kill myself|end my life|don'?t want to "
                      r"(?:live|be alive)|want to die|hurt myself"), True, False),
}

# Broader wordings of the same facts, by kind of expression rather than by example sentence: how workers
# tell violence (按在地上踢), a death (送医院当晚就走了), an amputation (截了肢), harassment (要我的照片),
# pressure on a pregnant worker's job (岗位有人了), a confinement (宿舍从外面反锁), an employer gone silent
# (微信删了, 手机停机), assets taken out at night (半夜在拉设备). Same (pattern, negatable, actual-only) form.
_BODY = r"(?:手|脚|腿|胳膊|手臂|手掌|手指|指头|脚趾|小腿|大腿|胳臂|[食中拇小]指|大拇指|无名指)"
_BROADER_PATTERNS: dict[str, tuple[re.Pattern, bool, bool]] = {
    "violence": (_re(r"按在地上|按倒在地|摁在地上|拳打脚踢|打得?我?(?:鼻青脸肿|头破血流|住院)|"
                     # (把我派到假肢厂做打磨: a trade, 打磨 打胶 打蜡 打孔 打样, no blow)
                     r"(?:把|将)(?:我|他|她|我们)[^,。]{0,10}(?:打(?![卡印款车电包扫工听算字针饭水杂理招磨胶蜡孔样板发])|踢(?![出开掉走])|揍|推倒|掐)(?:了|得|伤|一顿|倒)?|"
                     r"(?:踢|揍|打)(?:了)?(?:我|我们)(?:一顿|几脚|几拳|几下)|"
                     # 拿对讲机砸我头, 抄起凳子砸他: a blow with something in hand
                     r"(?:拿|抄起|抡起|举起|用)[^,。]{1,6}(?:砸|抽|捅|打)(?:了)?(?:我|他|她|我们)(?![^,。]{0,2}(?:电话|微信))|被[^,。]{0,6}(?:踢(?!开|出|掉|走|皮球|来踢去)|揍|殴打|围殴|暴打|推倒)|"
                     r"(?:beat|beaten|punched|kicked|shoved|pushed) (?:me|us)(?: up| down)?|"
                     r"(?:got|was|were) (?:beaten|punched|kicked|assaulted)|pinned me (?:down|to)|choked me"),
                 True, False),
    "self_harm": (_re(r"不想活|活着(?:还)?有什么意思|没有活下去|撑不下去了|想结束这一切|"
                      r"end(?:ing)? it all|end(?:ing)? my life|take my (?:own )?life|no reason to live|"
                      r"better off dead|not worth living|do ?n'?t want to (?:live|be alive|go on)|"
                      r"can'?t go on (?:anymore|like this)|thinking about (?:dying|suicide)|"
                      r"(?:everyone|everybody|they|my family)(?: would)? (?:be )?better off without me|"
                      r"do ?n'?t want to be (?:here|around) (?:anymore|any more)|no point (?:in )?(?:living|going on)"),
                  True, False),
    "death": (_re(r"没(?:能|有)?(?:救|抢救)(?:回来|过来|活)|"
                  r"(?:医院|抢救|急救|送医|(?<![a-z])icu(?![a-z])|重症监护|倒在|晕倒|昏倒|猝死|心脏骤停|120)[^。]{0,24}"
                  r"(?:人|就|还是|也|当场|当晚|当天|第二天|没几天|没多久)(?:就)?走了|"
                  r"(?:人|他|她)(?:已经|就|当场)?(?:走了|不在了)[^。]{0,12}(?:厂里|公司|单位|老板|项目部|赔|"
                  r"丧葬|工亡)|"
                  # 送医院说是心梗已经不行了: gone by the time of the hospital
                  r"(?:送(?:到|去)?医院|抢救|急救|120)[^。]{0,16}(?:已经|人已经|早就)不行了|叫不醒[^。]{0,20}不行了|"
                  # 系缆绳的时候掉进湖里，21号才找到人: someone in the water found only days later
                  r"(?:掉|落|摔|跌|滑)(?:进|到|入|下)(?:了)?[^,，。]{0,6}(?:湖|河|江|海|水库|水塘|池塘|水池|水)(?:里|中)?"
                  r"[^。]{0,16}(?:才|最后|后来)(?:被)?(?:找到|捞|打捞)|"
                  r"(?:didn'?t|did not|never) (?:make it|survive|wake up)|was killed|lost his life|lost her life"),
              True, True),
    "amputation": (_re(rf"截(?:了|掉)?(?:[一二两三四五六七八九十0-9]+\s*(?:根|个|节))?(?:肢|手指|指头|脚趾|手|脚|腿|"
                       rf"胳膊|手臂)|截了肢|"
                       # 食指和中指断了两截: fingers cut in pieces (a broken bone is 骨折)
                       rf"(?:手指|指头|[食中拇小]指|无名指)(?:和|跟|、)?(?:[食中拇小]指|无名指)?(?:都|各)?断(?:了|掉)?(?:[一二两三半0-9]+\s*)?(?:截|节)|(?:手指|指头|[食中拇小]指|无名指|脚趾)[^,。]{{0,6}}截(?:掉|去|了)|"
                       rf"截(?:掉|去)(?:了)?[一二两三四五六七八九十0-9半]+\s*(?:节|根|个)|{_BODY}(?:被)?[^,。]{{0,4}}(?:(?:切|压|轧|绞|锯|剁|卷|砍|削|铡|冲)掉|没了)|"
                       # 被切片机切掉了两根手指: the part named after the blade
                       # (切掉了右手食指中指各两节, 切掉了右手两根手指: the side named first)
                       rf"(?:切|压|轧|绞|锯|剁|卷)(?:掉|断|去)(?:了)?(?:[左右](?:手|脚)(?:的)?)?(?:[一二两三四五六七八九十0-9半]+\s*(?:根|个|节))?(?:[左右](?:手|脚)(?:的)?)?{_BODY}|"
                       r"(?:lost|cut off|severed|crushed off|took off|sliced off|tore off) (?:\w+ )?(?:fingers?|thumb|hand|arm|leg|foot|toes?)|"
                       r"had to (?:have|be) (?:\w+ )?amputated"), True, False),
    "harassment": (_re(r"荤段子|被[^,。]{0,6}(?:性)?骚扰|(?:主管|经理|老板|领导|组长|同事|上司|主任|店长|老总|师傅|班长|他)[^,。]{0,10}"
                       r"(?:骚扰|发骚扰)|骚扰(?:我|短信|信息|微信)|"
                       r"(?:要|索要|问我要|找我要)(?:我的?)?(?:私人|私密|穿着?\w{0,3}的)?(?:照片|私照|自拍|裸照)|"
                       r"要我(?:发|拍|传)(?:些|点|几张)?(?:照片|自拍|私照|裸照)|"
                       r"(?:晚上|夜里|下班后|半夜)[^,。]{0,4}(?:去|到|来)(?:他|我)(?:的)?(?:房间|宿舍|酒店|家里)|"
                       r"(?:非要|硬要|逼我|要求我?|坚持)[^,。]{0,6}(?:跟|和|与)我(?:住|睡)(?:在)?(?:一个|同一个|一间|"
                       r"同一间)?(?:房间|屋|床)?|(?:抱住|搂住|亲了|摸了)我|"
                       r"(?:keeps?|kept|always|constantly|keep on) (?:touching|grabbing|groping|hugging|kissing|"
                       r"rubbing) (?:me|my)|"
                       r"(?:touch(?:es|ed|ing)?|grabb?(?:ed|ing|s)?|grope[sd]?|corner(?:ed|ing|s)?) me|"
                       r"grabb(?:ed|ing) my|(?:asks?|asked|asking) (?:me )?for (?:my )?(?:photos|pictures|nudes)|"
                       r"(?:insists?|insisted) on sharing (?:a|my) (?:room|bed)|"
                       r"(?:dirty|sexual|sexy|lewd) (?:jokes|messages|texts|comments)|"
                       # 老在微信上发暗示性的话，出差时还叫我去他房间"对稿"; put his hand on my thigh, tried to kiss me
                       r"暗示性|(?:叫|让|喊)我(?:晚上)?(?:去|到)他(?:的)?(?:房间|屋里|宿舍)|"
                       r"(?:put|placed|rested) his hand on my (?:thigh|leg|waist|knee|bottom|chest)|tried to kiss me|"
                       r"messages? about my (?:body|figure|breasts|legs)"), True, False),
    "pregnant": (_re(r"(?:i'm|i am|im|she's|she is|i was|she was|wife is) expecting(?! to| that| (?:a |my |the |"
                     r"some )?(?:raise|pay|payment|bonus|salary|money|wages|call|reply|answer))|怀上(?:了)?|有了身孕"),
                 True, False),
    "forced_labour": (_re(r"反锁|从外面锁|锁(?:住|上)(?:了)?(?:宿舍|大门|门|我们)|"
                          # (不准离开流水线, 上班不许离开岗位: a rule of the work station, not confinement)
                          r"(?<!能)(?<!会)(?<!可以)(?<!候场)(?<!候场时)(?<!等活)(?<!待命)不(?:准|许|让|给)(?:我们?|工人)?(?:离开(?!" + _WORK_STATION + r")|走(?!开?" + _WORK_STATION + r")|"
                          r"出去|出门|出厂|"
                          r"回家|辞职)(?![^,，。？?]{0,3}[吗？?])|"
                          r"(?:扣押|扣着|收走|没收|拿走|扣下|扣了)(?:了)?(?:我们?的?|工人的?)?(?:身份证|证件|护照)|"
                          r"(?:不还|不给)(?:我们?)?(?:身份证|证件|护照)|(?:手机|电话)(?:也|都)?(?:被)?(?:收|没收)(?:了|走)|"
                          # 不让下船回国 (a crew kept at sea), 不让他回国 (a passport taken alone, 把身份证收走了, is no
                          # confinement: the rule on withheld papers answers it)
                          r"不(?:准|许|让)(?:我|他|她|我们|他们|工人)?(?:下船|上岸|回国)|"
                          r"\block(?:s|ed)? (?:the |our )?(?:dorm\w*|doors?|gate|us|me)(?: doors?)?[^.]{0,20}(?:outside|at night|in)|"
                          r"(?:can'?t|cannot|not allowed to|don'?t let (?:us|me)) (?:go out|leave)|"
                          r"(?:take|took|takes|taken|keep|keeps|kept) (?:away )?(?:our|my) (?:phones?|mobiles?)|"
                          r"(?:not|aren'?t|isn'?t|never) allowed to (?:leave|go out|go home)|can'?t leave until|"
                          r"(?:kept|keeps?|holding|holds|took|taken) (?:my|our) (?:passports?|id cards?|ids?|"
                          r"identity cards?)"), True, True),
    "vanished_employer": (_re(r"(?:把我|将我|把我们)(?:的)?(?:微信|电话|手机号?)?(?:也|都|全|全部|都给|给)?(?:删了|拉黑|删除|屏蔽)|"
                              # 校长微信把所有人都拉黑了, 老板把我们老师都拉黑了; 人躲到外地去了
                              r"(?:把|将)(?:所有人|大家|全部人|员工|工人|老师|我们[^,，。]{0,4}?)(?:们)?(?:都|全|全部)?(?:给)?(?:拉黑|删了|删除|屏蔽)|"
                              r"(?:人|老板|他)(?:已经|也|都)?躲(?:到|去|回|起来)|"
                              r"(?:关门|关了门|跑了|走了)?不见人(?:了|影)|(?:人|老板)(?:也|都)?不见了|"
                              r"(?:微信|电话|手机号?)(?:也|都)?(?:被)?(?:删了|拉黑了|删除了)|"
                              r"(?:手机|电话|号码)(?:也|都)?(?:停机|停了|成了空号|是空号|注销)|"
                              r"(?:办公室|公司|厂门|大门|工厂|厂房|店门?|门店)(?:的门)?(?:也|都|已经)?(?:锁(?:了|着|上了)|"
                              r"关门了|大门紧锁|没人了|搬空了)|(?:人|老板)(?:也|都)?联系不(?:上|到)|"
                              r"(?:一直|好几天|好多天|几天|好久|一个多?月|几个星期|半个月|再也|从此)(?:都)?不(?:接电话|"
                              r"回消息|回微信|回电话)|不接电话(?:也)?不回|"
                              # out of reach for days or weeks (as 电话不接三个礼拜了), not a message left unanswered
                              r"(?:hasn'?t|has not|haven'?t|have not|not|stopped) (?:answered|answering|picked up|"
                              r"returned|replied|responding|replying)[^.]{0,30}(?:calls?|phone|messages|texts)"
                              r"[^.]{0,12}?\b(?:for (?:(?:over |more than |about |almost )?(?:a|one|two|three|four|"
                              r"five|six|several|many|\d+) )?(?:days|weeks?|months?)|since)\b|"
                              # 换了手机号, 店突然关门了: the boss's number changed, a shop shut overnight
                              r"(?:老板|他|人|包工头|工头|负责人)(?:也|都|已经)?换了(?:手机|电话)?号(?:码)?|"
                              r"(?:突然|一夜之间|悄悄|说关就)(?:就)?关(?:门|店|厂)(?:了)|"
                              r"(?:office|factory|shop|workshop|gate)s? (?:is |are |was |were |has been )?"
                              r"(?:locked|closed|empty|shut|deserted)|blocked (?:me|us)(?! (?:in|inside|into|from)\b)|deleted (?:me|us)|"
                              r"(?:number|phone) (?:is )?(?:disconnected|no longer in service|switched off|"
                              r"dead)|(?:vanished|disappeared|gone missing|can'?t be found|nowhere to be found)"), True, False),
    "moving_assets": (_re(r"(?:叫|找|开)(?:了)?[^,，。]{0,4}(?:大货车|货车|卡车|车)[^,，。]{0,20}?(?:全|都|全部)?(?:拉走|搬走|运走|拉空|搬空)|"
                          r"(?:设备|机器|机械|打包机|机床|车辆|货车|叉车|存货|库存|原材料|厂房)[^,，。]{0,4}(?:也|都)?"
                          r"(?:被(?:他|老板|老板娘|厂长|包工头)?)?(?:偷偷)?(?:卖|变卖|转卖|低价卖|抵押)(?:了|掉)|"
                          r"(?:把|将)[^,，。]{0,8}(?:设备|机器|打包机|机床|货车|叉车|存货|库存|厂房)(?:都|也)?"
                          r"(?:卖|变卖|转卖|抵押|过户)(?:了|掉|给)|"
                          r"(?:偷偷|连夜|半夜|深夜|夜里|趁夜|凌晨|晚上)[^,。]{0,10}(?:拉|搬|运|装车|拆)[^,。]{0,4}"
                          r"(?:机器|设备|原材料|库存|生产线|机床|货物)|"
                          r"(?:偷偷|连夜|半夜|深夜|夜里|趁夜|凌晨|晚上)[^,。]{0,12}(?:机器|设备|原材料|库存|生产线|机床|货物|缝纫机|冲床|"
                          r"注塑机|车床)[^,。]{0,8}(?:拉|搬|运|装车|拆)|"
                          r"(?:公司|厂|工厂|店)[^,。]{0,8}(?:在办|正在办|在|正在|办理|申请|已经)(?:理)?注销|"
                          # 换了个新公司名字开了新店，原来的锅和桌椅全搬过去了: the old business's things carried to the new
                          r"新(?:店|公司|厂)[^。]{0,30}(?:全|都|全部)?(?:搬|拉|运|转)(?:过去|到新)|"
                          r"(?:拉|搬|运|拆)(?:走|出去|出)?(?:了)?(?:厂里的?)?(?:机器|设备|原材料|库存|生产线|机床)|"
                          r"(?:trucks?|lorr(?:y|ies))[^.]{0,30}(?:machines|machinery|equipment|stock)|"
                          r"(?:taking|carrying|hauling|loading) (?:away |out )?(?:the |all the |our )?"
                          r"(?:machines|machinery|equipment|stock|inventory)"), True, False),
    "official_order_ignored": (_re(r"(?:责令|限期|指令书|整改通知|(?:劳动监察|监察大队|劳动保障监察|人社局|人社部门|"
                                   r"劳动局|监察)[^。]{0,20}(?:决定书|通知书|决定|指令|通知))[^？?]{0,80}?"
                                   r"(?:一分(?:钱)?(?:都|也)?(?:不|没有?)(?:给|发|付|支付)|"
                                   r"(?:还是|仍然?|依然|照样|还|也|都|到现在|至今|一直)(?:一分(?:钱)?)?(?:都|也)?(?:不|没有?)(?:给|发|付|支付|理|"
                                   r"执行|管|兑现|打钱)|拒不(?:支付|执行|履行|整改)|置之不理|不予理睬|不当回事|(?:期限|限期|"
                                   r"期)(?:已经|都|早)?(?:过了|到了|届满)|(?:过了|超过了?|超了)(?:期限|限期))|"
                                   r"(?:order|decision|notice)[^?!]{0,80}(?:deadline|time limit)[^.]{0,20}"
                                   r"(?:passed|expired|came and went)|(?:order|decision)[^.]{0,60}(?:still|yet) "
                                   r"(?:hasn'?t|has not|haven'?t|not|refus|won'?t)"), False, False),
}
# A death told about family leave, read in the news, or with nothing of the work around it (我爸去年去世了，
# 养老保险个人账户) is not a death at work.
_BEREAVEMENT_LEAVE = _re(r"丧假|奔丧|bereavement leave|compassionate leave|funeral leave")
_FAMILY_ELDER = _re(r"爷爷|奶奶|外公|外婆|姥姥|姥爷|祖父|祖母|grand(?:father|mother|pa|ma)|"
                    r"(?:同事|朋友|邻居|亲戚|领导|老板)的(?:父亲|母亲|爸|妈|家人|亲人|老人)|"
                    r"(?:colleague|coworker|friend|neighbou?r|boss)'s (?:father|mother|dad|mum|mom|parent)")
_AT_WORK = _re(r"工地|车间|厂里|在厂|工位|上班时|工作时|干活时|工亡|因工|事故|at work|on the job|on site")
_NEWS = _re(r"新闻|报道|热搜|网上(?:看到|说)|刷到|听说(?:有个|有人|一个|某)|in the news|news (?:story|report|article)|"
            r"read (?:about|that|an article|a story)|saw (?:a|an|on the) (?:news|article|video|post|story)")
# Worn out, not dead: 感觉自己快猝死了, 再这样下去要猝死, I feel like I'm going to die of overwork.
_NEAR_DEATH = _re(r"(?:快|要|快要|会|怕|担心|差点|都快|早晚|迟早)(?:被)?(?:累|熬)?(?:到)?猝死|猝死(?:的感觉|的节奏|边缘)|"
                  # 差点就被撞死了 (only grazed), 险些被砸死: a death escaped
                  r"(?:差点|差一点|险些|几乎)儿?(?:就|都)?(?:被|让)?[^，。,.！!？?]{0,4}?(?:摔|砸|压|电|淹|烧|撞|轧|闷|毒)死|"
                  r"(?:感觉|觉得)(?:自己|我)?(?:快|要)?(?:被)?(?:累|熬)死了|"
                  r"(?:going to|gonna|about to|will) (?:die|drop dead)(?: of| from)? (?:overwork|exhaustion)?")
_WORK_DEATH = _re(r"工地|车间|厂里|在厂|工位|上班|工作时|加班|夜班|值班|当班|检修|作业|施工|干活|井下|站里|"
                  r"工亡|因工|事故|车祸|工伤|项目部|工友|同事|送外卖|跑单|出差|"
                  r"途中|路上|送餐|外卖|骑手|配送|快递|平台|站点|抚恤|丧葬|赔|老板|公司|单位|包工头|at work|on the job|factory|company|employer|boss|"
                  r"(?:building|construction|job|work) ?site|at the site|scaffold|warehouse|workplace|shift|accident|coworker|colleague|"
                  r"compensat|\bworked\b|\bworking\b|on duty|work injury|work-related")
# An occupational disease told as an illness and the exposure that caused it (白血病 + 苯, 长期接触 …),
# unless the worker only heard of the risk (听说容易得尘肺, 没有症状).
# (给棉花打脱叶剂和杀虫剂…有机磷农药中毒: pesticides sprayed at work, 职业性急性有机磷杀虫剂中毒 a listed disease)
_EXPOSURE = _re(r"苯|甲醛|粉尘|石棉|铅|汞|锰|镉|油漆|喷漆|胶水|有机溶剂|化学品|化工|有毒|噪声|噪音|放射|辐射|长期接触|"
                r"农药|杀虫剂|除草剂|有机磷|pesticides?|insecticides?|herbicides?|"
                r"benzene|\bdust\b|asbestos|\blead (?:exposure|fumes|dust)|solvents?|chemicals?|toxic|fumes|"
                r"long-term exposure|exposed to")
_ILLNESS = _re(r"白血病|血液病|再生障碍|肺纤维化|肺(?:部)?(?:阴影|结节)|肺病|咳血|呼吸困难|耳聋|听力(?:下降|受损|损失|严重)|"
               r"神经(?:损伤|病变)|癌|肿瘤|血铅超标|白细胞(?:偏低|低|减少|下降)|中毒|leuk(?:a)?emia|lung (?:disease|damage|fibrosis)|cancer|"
               r"poisoning|hearing loss|fibrosis|lead levels|aplastic anemia")
_HEARSAY = _re(r"听说|据说|容易得|会不会得|怕得|担心得|预防|没有(?:任何)?症状|没症状|heard (?:that|it)|is it common|"
               r"risk of|no symptoms|prevent")
_DIAGNOSIS = _re(r"查出|确诊|诊断(?:为|出|是)|得了|患(?:上|了|有)|疑似|怀疑|咳嗽|咳血|喘不上|diagnosed|suspected|"
                 r"tested positive|coughing")

# The worker's own symptoms of a lung, hearing or poisoning disease (老是咳嗽, 爬两层楼就喘, 胸闷, 耳朵嗡嗡响, short of breath).
_SYMPTOM = _re(r"咳嗽|咳(?:得|个不停)|咳血|咳痰|(?<!不)喘(?:不上|不过|得|气)?|胸闷|气短|气急|呼吸困难|听力(?:下降|不好|变差)|耳鸣|"
               r"\bcough(?:ing)?\b|short of breath|breathless|wheez")

# Others found ill (好几个老工友退下来查出尘肺，咳得喘不上气), the worker only afraid: no disease of the worker's own yet. In
# each sentence an illness told before the others are named is the worker's (上个月查出尘肺，同事也有得了的).
_OTHERS = _re(r"工友|同事|别人|其他人|老乡|有的人|他们|coworkers?|colleagues?|others")
_AFRAID = _re(r"怕|担心|害怕|afraid|worried|scared")


def _others_ill_only(text: str) -> bool:
    if not _AFRAID.search(text):
        return False
    own = others = False
    for sentence in re.split(r"[。！？!?\n]", text):
        named = _OTHERS.search(sentence)
        for m in _DIAGNOSIS.finditer(sentence):
            if named is not None and m.start() > named.start():
                others = True
            else:
                own = True
    return others and not own


# Threats of harm (not "老板说要告我" or "威胁说不签就开除": a legal or employment threat is no danger).
_HARM_THREAT = _re(r"恐吓|扬言|(?<!我要)(?<!我会)(?<!我非)(?<!我得)(?<!我一定要)(?:让|叫)(?:你|谁|我)们?好看|"
                   r"弄死|打死|砍(?:死|你|我)|(?<![封抹扼])杀(?:了|死)?(?:你|我)|(?:找人|叫人)(?:来)?(?:收拾|打|弄|教训|"
                   r"堵)|收拾(?:你|我)|"
                   r"(?:威胁|说要|放话)[^,。]{0,12}(?:打(?!官司|电话|款|钱|卡|招呼|工|听|算|包|碎|破|扫|印|车|折)|弄(?!坏|丢|脏|错|破|掉|混|清|明|好|完|到)|砍|(?<![封抹扼])杀|报复|好看|对我家人|找我家人|找上门|出不了门|废了|"
                   r"弄残)|"
                   # (where the worker lives, posted, is a danger; an ID card, a photo or a phone number posted to a
                   # group is a privacy wrong and a smear, answered as such, not a threat to life)
                   r"人身威胁|死亡威胁|跟踪(?:我|她|他)|尾随|人肉|堵(?:在)?(?:我)?(?:家|门口)|"
                   # (再上门闹就报警抓我: the worker's own visits, warned off with the police, no danger)
                   r"(?<!再)(?<!敢)(?<!别)(?<!我去)(?<!我们去)上门(?:闹|堵)(?![^,，。]{0,3}就)|"
                   # 陌生男的在我家楼下转悠问我住几楼
                   r"(?:陌生|不认识的)[^,，。]{0,6}(?:在|到)(?:我家|我住的|我们家)?(?:楼下|门口|小区)[^,，。]{0,4}(?:转悠|徘徊|打听|蹲)|"
                   r"问(?:我|人)?住(?:几楼|哪(?:里|儿|个门)?)|"
                   # 有人说要去我老家找我, 扬言上我家堵我: someone coming to the worker's (family's) home
                   r"(?:要|说要|扬言|会|准备)(?:去|到|来|上)(?:我|你)(?:的)?(?:老家|家里|家|父母家)(?:里)?(?:找|堵|闹)|"
                   # 让大家有空去我家问候一下 (the address posted to a group): a call to turn up at the door
                   r"(?:让|叫|号召)(?:大家|群里的?人|别人|群友|兄弟们|人)[^,，。]{0,6}(?:去|到|上)(?:我|她|他)(?:的)?"
                   r"(?:老家|家里|家|父母家)(?:里)?(?:问候|拜访|坐坐|看看|找)|"
                   # 还有人说要上门找我 (strangers after the worker's address was posted)
                   r"(?:说要|扬言|放话(?:说)?要?)(?:来|去)?上门(?:来)?(?:找|堵|闹|收拾)(?:我|你)|"
                   r"threaten(?:ed|s|ing)? (?:to )?(?:kill|hurt|beat|harm|hit|find)|threat(?:s)? (?:to|against) my "
                   r"(?:life|family|safety)|intimidat|stalk|\bdox|follow(?:s|ed|ing)? me (?:home|around|after)|"
                   r"wait(?:s|ed|ing)? outside my (?:home|house|building|door)|showed up at my (?:home|house)|"
                   r"(?:have|get) (?:me|us|you) (?:beaten|beaten up|hurt|killed)|beat (?:me|us|you) up|"
                   r"(?:will|gonna|going to) (?:kill|hurt|harm) (?:me|us|my)|"
                   r"(?:showed|shows|turned) up at my (?:parents'?|family'?s?|mother'?s|hometown|village|work|dorm)|"
                   r"(?:keeps?|has been|have been|is|was|been|started) (?:following|stalking) me")
# Threats and stalking told in other words: 打断我的腿, "if I report it he'll have someone break my legs",
# 天天在楼下蹲我, 他也跟着, 找到我老家, 派人去我家.
_HARM_THREAT_MORE = _re(
    r"打断(?:我|你|他|她)?的?(?:腿|手|胳膊|骨头)|废了(?:我|你)|(?:弄|打)残(?:我|你)|让(?:我|你)(?:在这里)?混不下去|"
    r"(?:不会|别想)(?:让(?:我|你))?好过|(?:卸|剁)(?:了)?(?:我|你)的?(?:手|腿|胳膊)|"
    r"(?:楼下|门口|家门口|宿舍外|小区|厂门口)[^,。]{0,6}(?:蹲|守|堵)(?:着)?(?:我|守)|蹲(?:守)?我|"
    # 天天晚上在我小区楼下等我, "你躲不掉的": waiting for someone day after day, and telling them so
    r"(?:天天|每天|一直|总是|老是|经常)[^,。]{0,10}(?:楼下|门口|外面|路口)等(?:着)?我|你(?:是)?躲不(?:掉|了|过)|"
    # 让我出门小心点, 晚上走路小心点: a warning that is a threat
    r"(?:出门|走路|晚上|夜里|回家|下班)(?:的时候)?(?:给我|最好|可)?(?:小心|当心)(?:点|些|一点)|小心(?:你的?)?(?:腿|手|家人|孩子|老婆)|"
    # 你儿子上学路上小心点, 你老婆下班当心点: a warning aimed at the family
    r"(?:你|你的|你家)(?:儿子|女儿|孩子|小孩|老婆|媳妇|老公|家人|爸妈|父母)[^,，。]{0,8}(?:小心|当心)(?:点|些|一点)|"
    r"(?:上学|放学|路上)[^,，。]{0,3}(?:小心|当心)(?:点|些|一点)|"
    # 堵在我出租屋门口, 堵到我宿舍楼下
    r"堵(?:在|到)(?:了)?(?:我|我们)(?:的)?[^,，。]{0,5}?(?:家|门口|楼下|宿舍|住处)|"
    r"watch your back|"
    r"(?:天天|一直|总是|老是|偷偷|也|还|又)(?:在后面)?跟着(?:我(?![^,。]{0,3}(?:干|做|学|上班|工作))|(?=[,，。！!？?；;]|$)|"
    r"(?=回家|进门|出门|上楼|下楼|到我))|跟踪|盯梢|"
    r"找到(?:了)?我(?:的)?(?:老家|家里|住处|父母)|(?:派|叫|找)(?:了)?(?:人|几个人|一帮人)(?:去|到|上|来)(?:了)?"
    r"(?:我|你)?的?(?:租的)?(?:家|老家|父母家|住处|宿舍|房子|出租屋|住的地方)|把(?:你|我)收拾(?:了|一顿)|上(?:我)?家(?:里)?(?:来)?(?:闹|堵|找麻烦)|"
    # (a threat to break a leg, not "I broke my leg" told of an injury)
    r"(?:(?:will|'ll|gonna|going to|would|threaten(?:ed|s|ing)? to) )(?:break|smash) (?:my|your|his|her) "
    r"(?:legs?|arms?|neck|bones|face|hands?)|(?:break|smash) your (?:legs?|arms?|neck|bones|face|hands?)|"
    r"(?:he|she|they|the boss)(?:'ll| will| would| is going to| are going to|'d) (?:have someone |get someone to |"
    r"send (?:people|someone|guys) to )?(?:hurt|kill|beat|harm|hit|come after|find|break|deal with|get) (?:me|us|my)|"
    r"(?:i|we) know where (?:you|your (?:family|parents|kids|children|wife|husband|mother|father|mom|dad))"
    r" (?:li?ves?|stays?)|知道你(?:家)?住(?:在)?哪|知道你家在哪|"
    # 我找人在你下班路上堵你，你住哪我都知道
    r"(?:找人|叫人|派人)[^,，。]{0,10}(?:堵|打|收拾|弄|教训)(?:你|我)|你(?:家)?住(?:在)?哪(?:里|儿)?[^,，。]{0,3}我(?:都)?知道|"
    # 要是我不撤诉，就把…私密截图和照片发给我老公: private images held over someone (extortion)
    r"就(?:把|将)[^。]{0,16}(?:私密|裸|不雅|隐私|床照|艳照)[^。]{0,10}(?:发给|发到|曝光|公开|传到|挂到)|"
    r"(?:不给|不转|不打)(?:他|她|我们?|钱)?[^,，。]{0,8}(?:就)?(?:发到|发出去|发给|曝光|公开|挂到|传到)|"
    r"(?:he|she|they|the boss|my boss|the foreman)(?:'ll| will| would| is going to| are going to|'d) "
    r"(?:come|go|show up) "
    r"(?:to|at) (?:my|our) (?:home|house|place|door|family)[^.;!?]{0,20}(?:hurt|harm|kill|beat|deal with)|"
    r"(?:have|get|send) (?:someone|people|guys|his men) (?:to )?(?:hurt|beat|break|deal with|come after|visit) "
    r"(?:me|us|my)|(?:waiting|hanging around|lurking) (?:for me )?(?:outside|near|at) my|followed me|"
    r"found (?:out )?where (?:i|my family) live|came to my (?:home|house|hometown|parents)")
_THREAT_WORD = _re(r"威胁|\bthreat")
# A message about someone else's job: it opens with the person (我老公在…, my father works…) and says nothing of
# the asker's own work.
_ON_BEHALF = _re(r"^[^。！？!?，,]{0,10}?(?:我|俺)(?:的|家)?(?:老公|老婆|丈夫|妻子|爱人|媳妇|男人|爸|妈|父亲|母亲|儿子|女儿|哥|姐|"
                 r"弟|妹|亲戚|老乡|朋友|表哥|表弟|堂哥|舅舅|叔叔|侄子|外甥)|^(?:老公|老婆|丈夫|媳妇|孩子他爸)|"
                 r"^(?:hi,? |hello,? )?my (?:husband|wife|father|dad|mother|mom|son|daughter|brother|sister|friend|"
                 r"cousin|uncle|nephew|relative)\b")
# The facts of a pregnancy, a birth and the leave after it: none is told by a husband or by someone trying for a child.
_MOTHERHOOD_FLAGS = frozenset({"pregnant", "maternity_leave", "nursing", "difficult_birth", "maternity_insured"})
# Others' pregnancy or nursing told by their count (还有两个在哺乳期的女工, 其中三个怀孕的同事, 有个工友老婆怀孕了 is no
# worker's), and the asker's own (我怀孕, 我在哺乳期) told anywhere else
_MOTHERHOOD_WORDS = r"(?:孕期|哺乳期|怀孕|怀着孕|怀孕了|休产假|产假|刚生完孩子)"
_OTHERS_MOTHERHOOD = _re(rf"(?:[一两二三四五六七八九十几]|\d{{1,3}})\s*(?:个|名|位)(?:正)?(?:在)?{_MOTHERHOOD_WORDS}[^,，。；;]{{0,4}}?的?"
                         r"(?:女工|女职工|女同事|同事|姐妹|工友|员工|人|孕妇|宝妈)")
_OWN_MOTHERHOOD = _re(r"(?:我|本人|俺)[^,，。；;]{0,6}(?:怀孕|怀了|孕|哺乳|喂奶|背奶|产假|生(?:了|完)?(?:孩子|宝宝))|"
                      r"\b(?:i'm|i am|i was) (?:pregnant|expecting|nursing|breastfeeding|on maternity)")
# Trying for a child, not yet pregnant: IVF (做试管, 取卵, 促排), 备孕; against a pregnancy told (怀上了, 已经怀孕).
_TRYING_TO_CONCEIVE = _re(r"做试管|试管婴儿|取卵|促排|移植胚胎|胚胎移植|人工授精|备孕|\bIVF\b|egg retrieval|fertility treatment|"
                          r"trying to (?:get pregnant|conceive)")
_CONCEIVED = _re(r"怀上了|已经怀孕|怀孕了|验出怀孕|确认怀孕|移植成功|(?:I'm|I am|I was|am now) pregnant")
# The wife's pregnancy or childbirth told by her husband (我老婆生孩子, 媳妇坐月子, my wife gave birth).
_SPOUSE_BIRTH = _re(r"(?:老婆|媳妇|妻子|爱人|太太|孩子他妈|\bmy wife\b|\bwife\b)[^,，。；;.]{0,10}?(?:生孩子|生小孩|生产|生了|分娩|"
                    r"坐月子|剖腹产|剖宫产|顺产|怀孕|怀上|预产期|待产|产检|gave birth|had (?:a|our) baby|is pregnant|is due|"
                    r"delivered)")
# The asker's own pregnancy told beside it (我也怀孕了, 我自己怀孕): a woman asking, not a husband. (Not _OWN_PREGNANCY
# below, which tells a pregnancy real from one imagined, whoever's it is.)
_ASKER_PREGNANT = _re(r"(?<![老爸妈哥姐弟妹])我(?:自己|本人)?(?:也)?(?:怀孕|怀上|怀了|生孩子|生完孩子|休产假|在哺乳期|"
                     r"刚生完)|\bI(?:'m| am| was)? (?:pregnant|on maternity leave|gave birth)")
_MY_OWN_JOB = _re(r"(?<![老爸妈哥姐弟妹])我(?:也)?(?:在|是|被|的工资|干了|上班|入职|辞职|离职|怀孕|受伤)|俺(?:在|是|被)|"
                  # 把我开了, 我跟班长请了两天假, 我2019年4月1号入职: the asker's own job, whoever else is named first
                  r"把我(?:给)?(?:开|炒|辞|开除|辞退|解雇)|我(?:跟|向|找)[^,，。]{0,4}请(?:了)?[^,，。]{0,4}假|我\d{4}年[^,，。]{0,8}入职|"
                  r"\bI (?:work|worked|was fired|got fired|am employed|quit)")
# A work permit named only as missing: "never applied for a work permit", "promised to handle the work permit later
# but never did", "on a business (M) visa", 没办工作证, 工作证一直没办.
_NO_PERMIT = _re(r"(?:never|not|n't|\bno\b|without)[^.;,!?]{0,30}(?:work permit|work visa)|"
                 r"(?:work permit|work visa)[^.;!?]{0,40}\b(?:never|not yet|still not|didn'?t|did not|hasn'?t|has not)\b|"
                 r"(?:business|tourist|student|visitor)\s*(?:\([a-z]\)\s*)?visa|\b[flmx][12]? visa|(?:旅游|商务|学生|探亲|访问|(?<![a-z])[FLMXflmx]字?)签|"
                 r"promis\w* to (?:sort out|get|apply for|arrange|process) (?:my |a |the )?work permit|"
                 r"没(?:有)?(?:给我)?(?:办|拿到|申请)?[^,。]{0,6}(?:工作许可|工作证|工作签)|"
                 r"(?:工作许可|工作证|工作签证?)[^。]{0,12}(?:没办|没有办|还没|一直没|没下来|没给)")
# A permit held, said outright (work permit is fine, I have a work permit, 工作证办好了): a threat that the worker will
# "never get another work permit" does not take it away.
_HAS_PERMIT = _re(r"(?:work permit|work visa) (?:is|'s|are) (?:fine|ok|okay|valid|in order|all good)|"
                  r"\b(?:i|we) (?:finally |now |already |eventually |then |later )?(?:have|hold|got|had|received|obtained) (?:a |my |valid |proper )*(?:work permit|work (?:and|&) residence permit|work visa|z visa)|"
                  r"\b(?:and|then|later) (?:finally |then |later )?(?:got|received|obtained) (?:a |my |the |valid )*(?:work permit|work (?:and|&) residence permit|work visa|z visa)|"
                  # The school applied for my work permit and residence permit: the employer arranged it
                  r"\b(?:school|company|employer|studio|agency|they|boss|hr) (?:has |have |had )?(?:applied for|got|obtained|arranged|sorted out|processed|handled) (?:me )?(?:my|a|the|our|his|her) (?:work permit|work (?:and|&) residence permit|work visa|z visa)|"
                  r"(?:工作许可(?:证)?|工作证|工作签证?)(?:都|也)?(?:办好了|齐全|正常|没问题)|(?<![没未无])(?:有|持有?|拿到了?)(?:工作许可|工作证|工作签)")
_EMPLOYMENT_THREAT = _re(r"开除|辞退|扣|不发|起诉|告我|仲裁|违约金|赔偿|罚款|差评|黑名单|解除|不签|离职证明|档案|不给|"
                         r"报警|警察|派出所|遣返|举报|移民局|"
                         # 让我在这行混不下去, 谁敢用我: the worker's name blackened in the trade, no harm to the body
                         r"混不下去|待不下去|找不到(?:工作|活)|封杀|(?:谁|没人)(?:敢|还敢|会)?(?:用|要|请)(?:我|你|他|她)|"
                         r"fire|sue|lawsuit|court|dock|withhold|penalt|blacklist|reference|police|deport|immigration|"
                         r"report (?:me|us|you) to")


_CARED_FOR_DISABLED = _re(r"(?:照顾|护理|伺候|陪护|看护|照看|带)[^，。,；]{0,12}(?:瘫痪|残疾|失能|卧床|偏瘫)|"
                          r"(?:瘫痪|残疾|失能|卧床|偏瘫)[^，。,；]{0,6}(?:的)?(?:老人|老太太|老爷子|老大爷|孩子|病人|雇主)|"
                          r"(?:care|caring|look(?:ing)? after) (?:for )?(?:a |an |the |my )?(?:disabled|paralysed|paralyzed|"
                          r"bedridden)")
_OWN_DISABILITY = _re(r"伤残|评残|致残|劳动能力鉴定|(?:我|我的)[^，。,；]{0,6}(?:瘫痪|残疾)|i (?:am|was) (?:disabled|paralys)")


def disability_of_the_cared_for(text: str) -> bool:
    """Whether the paralysis or disability a message tells is that of the person the worker looks after (照顾瘫痪在床
    的老太太), not the worker's own."""
    return bool(_CARED_FOR_DISABLED.search(text)) and not _OWN_DISABILITY.search(text)


_OWED_TO = _re(r"我|大家|工人|\bme\b|\bus\b")
_INSURANCE_WORD = _re(r"社保|保险|公积金|social insurance|contributions")
_WAGE_WORD = _re(r"工资|工钱|薪|加班费|提成|\bwages?\b|salary|\bpay\b")
# Months of something else unpaid (社保断了三个月; 竞业协议没写给补偿…三个多月一分钱没给过: the non-compete's compensation):
# no months of wages owed.
_OWED_NOT_WAGES = _re(r"社保|保险|公积金|补偿|补助|竞业|social insurance|contributions|compensation|non-?compete")
# A month's pay unpaid told by its sum alone (我10月的4200没发, 11月干了15天的2100也没拿到).
_MONTHS_PAY_UNPAID = _re(r"(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?[^,，。；]{0,8}?的\s*(?P<v>[0-9]+(?:\.[0-9]+)?)\s*(?:块|元)?"
                         r"(?:也|都|还|一直)?(?:没发|没给|没拿到|没结|不给|不发)")
# A graduate kept on as an "intern" (毕业证7月1号拿到了，毕业后接着干) is no student: the labor relation applies in full.
_GRADUATED = _re(r"(?:已经|已)毕业|(?<![没未])毕业(?:了|后|以后|之后)(?:[^,，。]{0,6})?(?:接着|继续|一直|留|入职|上班|干)|"
                 r"毕业证(?:书)?(?:已经)?(?:拿到|发了|下来|到手)|毕业(?:快)?(?:一年|半年|[一二两三四五六七八九十\d]+个月)|"
                 r"\b(?:already |have |had |just )?graduated\b")
_STILL_STUDYING = _re(r"在校|还没(?:有)?毕业|未毕业|在读|还在(?:上学|读书|念书)|学校安排|暑假工|寒假工|still (?:a student|in school)")


# The employer still reachable (老板人还在，电话能打通, I can still reach the owner): a shop closed is not a boss gone.
_REACHABLE = _re(r"(?:老板|老板娘|负责人|包工头|经理|他|她)(?:人)?(?:也)?还在(?![^,，。]{0,3}(?:时|的时候))|"
                 r"电话(?:能|可以|还能|还|也能)打(?:得)?通|(?:还|能|可以)联系(?:得)?(?:上|到)|联系得上|找得到(?:人|他|她)|"
                 r"\b(?:can|could) still (?:reach|contact|call)\b|still (?:answers|picks up|replies|in touch)")
# "a car ran a red light and hit me": a traffic accident, not violence.
_TRAFFIC_HIT = _re(r"\b(?:car|truck|lorry|van|bus|taxi|vehicle|motorbike|motorcycle|scooter|e-bike|driver|"
                   r"tractor|forklift|"
                   r"crane|trolley|cart|loader|excavator)\b[^.;!?]{0,40}?"
                   r"\bhit (?:me|him|her|us)\b")


# The employer is a registered business (营业执照, 个体工商户): an individual economic organization (劳动合同法第二条), not a
# craftsman with a helper (解释（一）第二条第五项); unless it is the worker who was made to register as one.
_REGISTERED_EMPLOYER = _re(r"(?<!没)(?<!没有)(?<!无)(?<!不是)(?<!没办)营业执照|个体(?:工商)?户|registered (?:business|shop)|business licen[cs]e")
_WORKER_REGISTERED = _re(r"(?:让我|要我|逼我|我|叫我|给我)[^。]{0,12}注册(?:了|成)?(?:一个)?(?:个体(?:工商)?户|营业执照)|"
                         r"我是个体户|registered (?:me|myself) as")


def _told_apart_from(phrase: re.Pattern, flag: str, text: str) -> bool:
    """Whether ``text`` still states ``flag`` once the look-alike ``phrase`` is taken out (感觉自己快猝死了 and a
    death besides; a car that hit me and a punch besides)."""
    rest = phrase.sub("，", text)
    return any(states(pattern, rest, negatable=negatable, actual=actual)
               for table in (_FLAG_PATTERNS, _BROADER_PATTERNS) if flag in table
               for pattern, negatable, actual in (table[flag],))


# A resignation letter the employer demands (让我这周写辞职信, 逼我交辞职报告): pressure to go, not a resignation made.
_PUT_RESIGNATION = _re(r"(?:让|逼|要|叫|劝|催)(?:我|我们|她|他)[^，,。！!？?]{0,6}(?:写|交|签|打|递)(?:个|一份|一封|份|封)?"
                       r"(?:辞职|离职)(?:信|书|报告|申请)|"
                       # 还暗示让我“主动离职”: leaving of one's own accord, suggested by the employer
                       r"(?:暗示|示意|劝|逼|让|要|叫)(?:我|我们|她|他)[^，,。！!？?]{0,3}[“\"'‘「]?(?:主动|自愿|自己)(?:离职|辞职|走人|走)|"
                       # 老板让我签个协议自愿离职: a paper put to sign that says the leaving is the worker's own
                       r"(?:让|逼|要|叫|劝|催)(?:我|我们|她|他)(?:签|写)(?:个|一个|一份|份)?(?:协议|文件|承诺书?|声明)?[“\"'‘「]?"
                       r"(?:自愿|主动|个人原因)(?:离职|辞职)")


def _owners_only(flag: str, text: str) -> bool:
    """Whether ``flag`` is told only of the owner who died (老板上个月出车祸走了): not of the worker."""
    return bool(_OWNER_DIED.search(text)) and not _told_apart_from(_OWNER_DIED, flag, text)


# 包工头 (a foreman) is the only building word told, and the work named is another trade's (a bike-share maintenance crew,
# a factory workshop, a farm): a gang boss outside construction, where the building-project rules do not reach.
_GANG_BOSS = _re(r"包工头|\bforeman\b")
_OTHER_TRADE = _re(r"共享单车|单车|电单车|运维|工厂|厂里|厂子|车间|流水线|仓库|分拣|快递|外卖|农场|果园|茶园|养殖|大棚|酒店|"
                   r"餐厅|饭店|保洁|物业|超市|商场|景区|码头|港口|矿|船厂|造船|船坞|钢厂|化工厂|电厂|"
                   r"factory|warehouse|farm|orchard|hotel|restaurant|shipyard|steel mill")


# The employer's threat to sue over the award lapsed (结果也没见动静, 后来也没起诉): the award stands unpaid.
_CHALLENGE_DROPPED = _re(r"(?:结果|后来|最后|到现在)[^,，。；？?]{0,8}?没(?:有)?(?:见)?(?:动静|下文|起诉|去告|告|去法院)|"
                         r"(?:公司|单位|厂里|厂方|老板|对方|诊所|医院|学校|店里|双方|我们俩|两边)(?:也|都)?没(?:有)?(?:去)?(?:法院)?(?:起诉|上诉|申请撤销)|"
                         # 公司一分没给，也没听说去法院: no suit heard of
                         r"(?:也|都|还)?没(?:听说|见|看到)(?:过)?(?:他们|公司|单位|老板|对方)?(?:去|到)?(?:法院|起诉|上诉|申请撤销)|"
                         r"(?:never|didn't|did not) (?:actually )?(?:sue|file|go to court)|"
                         # Neither side went to court, and the award became effective
                         r"\b(?:neither (?:side|party|of us)|nobody|no one|no party) (?:went|has gone|appealed|sued|challenged)")


# The employer's owner died (老板去世了, my boss died of a heart attack): a change of owner, not a death at this work.
_OWNER_DIED = _re(r"(?:老板|老总|董事长|厂长|法人|店主|东家|包工头)(?:本人)?(?:(?!说|讲|嫌|怪|叫|让|要|骂|我)[^,，。；？?]){0,10}(?:去世|过世|病逝|死了|走了|没了|离世)|"
                  r"\b(?:my|our|the) (?:boss|owner|employer|manager)\b[^.;?]{0,30}?\b(?:died|passed away)\b")


# A fact asked about, not told: 老板跑了吗？, 是不是跑路了？ (the words right after it ask whether it happened).
_ASKED_WHETHER = _re(r"\s*(?:了)?(?:吗|么|嘛|没有?(?=\s*[？?]))")
_WHETHER_BEFORE = _re(r"(?:是不是|是否)\s*$")


# An injury only supposed (万一受伤了算谁的, 要是在工地摔了, if I get hurt on site, am I covered?).
INJURY_SUPPOSED = _re(r"(?:万一|要是|如果|假如|假设)(?:我|我们|他|她)?(?:在[^，,。？?]{0,8})?(?:受伤|摔(?:伤|了)?|出事|出了事故)(?:了)?|"
                       r"\bif (?:i|we|he|she|someone|anyone) (?:get|gets|got|am|are|is|were|was)(?: ever)? (?:hurt|injured)\b")


def _only_asked_whether(pattern: re.Pattern, text: str) -> bool:
    """Whether every telling of ``pattern`` in ``text`` is a question whether it happened (老板跑了吗？)."""
    found = list(pattern.finditer(text))
    return bool(found) and all(_ASKED_WHETHER.match(text, m.end()) or _WHETHER_BEFORE.search(text, 0, m.start())
                               for m in found)


# The funeral trade's words (遗体接运, 殡仪馆, 火化工): a worker's job there tells of no death at work.
_FUNERAL_TRADE = _re(r"殡仪(?:服务)?(?:公司|馆)|殡葬(?:公司|服务|行业)?|遗体(?:接运|运送|整容|化妆|防腐|搬运)|火化(?:工|车间|炉)|"
                     # 接运工, 上周接到一个传染病人的遗体…让我直接去搬: a body handled as the work
                     r"接运工|(?:接|搬|运|抬|拉)[^,，。；]{0,8}(?:遗体|尸体)|"
                     r"funeral (?:home|parlou?r|service|company)|mortuary|crematorium")


# What signing would bring, asked (签了协商解除协议还能领失业金吗, 签了会不会影响…).
_SIGN_ASKED = _re(r"[^，,。！!；;？?]{0,16}?(?:还能|还可以|能不能|可不可以|会不会|影响|算不算|还有没有)[^。！!；;]{0,14}?(?:吗|么|\?|？)")
# A threat to break a bone (再来闹就打断你的腿), and the employer's account of a resignation (公司说是我自己不干的).
_BODY_THREAT = _re(r"(?:就|要|会|给你|把你|我)?打断(?:你|他|她|你们|他们)的?(?:狗)?(?:腿|手|胳膊)")
_EMPLOYER_SAYS_QUIT = _re(r"(?:公司|单位|老板|厂里|店里|带班的|主管|经理|HR|人事)[^,，。；]{0,4}(?:说|称|硬说|非说|咬定)"
                          r"(?:是)?(?:我|我们)(?:自己)?(?:主动)?(?:不干的|不干了|辞职的?|走的|自动离职|自离)|"
                          # "or is it treated like I quit?": how a leaving may be counted, asked, not a resignation made
                          r"\b(?:treated|counted|seen|considered|regarded) (?:like|as)(?: if)? (?:i|we) "
                          r"(?:quit|resigned)\b|"
                          r"\bas if (?:i|we) (?:quit|resigned)\b|"
                          # the leaving certificate's words (wrote 'resigned for personal reasons' on it; 证明上写的是个人原因辞职)
                          r"\b(?:they|he|she|hr|the company|the employer|the club|the boss|my boss|the manager|but|and)\b (?:then |also |just )?"
                          r"(?:wrote|put|stated|marked|recorded)\b[^.]{0,12}?['\"‘“]?(?:resigned|quit)\b|"
                          r"\b(?:certificate|letter)\b[^.;]{0,20}?\b(?:says|said|states|stated)\b[^.;]{0,6}?['\"‘“]?(?:i )?(?:resigned|quit)\b|"
                          r"(?:证明|系统|档案|离职单|退工单)(?:上|里)?(?:却|竟然|居然)?(?:写(?:的是|着|成)?|标(?:的是|成)?|填(?:的是|成)?)[“\"'‘]?"
                          r"(?:因)?(?:个人原因)?(?:主动)?(?:辞职|离职|自动离职|自离)")


# A figure of speech for how hard or infuriating things are, not a plan to die (要跳楼的心都有了, 想死的心都有; said in
# anger: 气得我都想跳楼了, 气得我真想跳楼, 气得想死). A plain "想跳楼" or "不想活了" stays a crisis.
FIGURE_OF_SPEECH = _re(r"(?:要|想)?(?:跳楼|去死|死|跳河|撞墙)的心(?:都|也)?有(?:了)?|"
                       r"气得(?:我)?(?:都|真|真的|简直|直|差点)?(?:想|要)(?:去)?(?:跳楼|跳河|撞墙|死)(?:了)?")


def _flags(text: str) -> set[str]:
    flags = {name for name, (pattern, negatable, actual) in _FLAG_PATTERNS.items()
             if states(pattern, text, negatable=negatable, actual=actual)}
    if "injured" in flags and INJURY_SUPPOSED.search(text) and not states(
            _FLAG_PATTERNS["injured"][0], INJURY_SUPPOSED.sub("，", text), negatable=True):
        flags.discard("injured")  # If I get hurt during a site inspection, am I covered?: an injury supposed, not had
    if "self_harm" in flags and FIGURE_OF_SPEECH.search(text) and not states(
            _FLAG_PATTERNS["self_harm"][0], FIGURE_OF_SPEECH.sub("，", text), negatable=True):
        flags.discard("self_harm")  # 气得我都想跳楼了: anger said, answered with a line on where to talk
    if "resigned" in flags and not states(_FLAG_PATTERNS["resigned"][0], _masked(_RESIGNING_HEARD, text), actual=True,
                                          asked_after=True):
        # 我现在直接辞职能拿到经济补偿吗: a resignation asked about, not made; 听说自己辞职啥补偿都没有: a rule heard of
        flags.discard("resigned")
    if "vanished_employer" in flags and _WORKER_SMEARED_AS_GONE.search(text) and not states(
            _FLAG_PATTERNS["vanished_employer"][0], _WORKER_SMEARED_AS_GONE.sub("", text), negatable=True, actual=True):
        flags.discard("vanished_employer")  # 发到群里说"此人欠钱跑路": the employer's smear of the worker, not a boss gone
    if "vanished_employer" in flags and _only_asked_whether(_FLAG_PATTERNS["vanished_employer"][0], text):
        flags.discard("vanished_employer")  # 老板跑了吗？照相馆说装修关门两周: a fear asked about, not a boss gone
    if "objected_to_change" in flags:
        flags.discard("change_performed")  # went along only after objecting: no agreement by conduct
    if "leaving_paper_signed" in flags and all(_SIGN_ASKED.match(text, m.end())
                                               for m in _FLAG_PATTERNS["leaving_paper_signed"][0].finditer(text)):
        flags.discard("leaving_paper_signed")  # 签了协商解除协议还能领失业金吗: signing asked about, not done
    if "award_won" in flags and AWARD_DISPUTED.search(text):
        flags.discard("award_won")  # "they gave me only part … I want to challenge it": an award the worker contests
    if "platform_worker" in flags and _every_match(
            "platform_worker", text, lambda m: _HIT_BY_PLATFORM.search(text, max(0, m.start() - 8), m.end() + 10)):
        flags.discard("platform_worker")  # 被一辆外卖电动车撞了: a rider who hit the worker, not the worker's job
    if "platform_worker" in flags and states(_LABOUR_CONTRACT_SIGNED, text) and not _PLATFORM_TERMS.search(text):
        # 骑手公司干了两年，合同是跟公司签的，有底薪: a rider on a labour contract with the company is its employee;
        # whether a platform's rider is one is not the question
        flags.discard("platform_worker")
    if "difficult_birth" in flags and _every_match(
            "difficult_birth", text, lambda m: _SUPPOSED.search(text, max(0, m.start() - 6), m.start())):
        flags.discard("difficult_birth")  # 如果是剖腹产能多休吗: a caesarean asked about, not had
    if "dismissed" in flags and _every_match(
            "dismissed", text, lambda m: _FEARED_EN.search(text, max(0, m.start() - 24), m.start())):
        flags.discard("dismissed")  # "how do I get it without getting fired": a dismissal feared, not one that happened
    if "leaving_paper_signed" in flags and _every_match(
            "leaving_paper_signed", text,
            lambda m: m.group().startswith("签了字") and _IOU_SIGNER.search(_sentence_before(text, m.start(), 40))):
        flags.discard("leaving_paper_signed")  # 老板给我写了张欠条，签了字按了手印: the boss's IOU signed, no paper of leaving
    if "wage_owed" in flags and _every_match(
            "wage_owed", text, lambda m: _ON_CONDITION.search(text, max(0, m.start() - 14), m.start())):
        flags.discard("wage_owed")  # 先把2万拿来，不然这个月工资就扣了不发: a threat on a condition, no wages owed yet
    if "wage_owed" in flags and "service_period" in flags and _every_match(
            "wage_owed", text, lambda m: _OFFSET_AFTER.match(text, m.end())):
        # 说我11月工资8千一分都不发了，直接抵违约金: pay held against the employer's penalty, not arrears the worker
        # left over (劳动合同法实施条例第二十六条)
        flags.discard("wage_owed")
    if "fracture" in flags and not states(_FLAG_PATTERNS["fracture"][0], _masked(_BODY_THREAT, text)):
        flags.discard("fracture")  # "再来闹就打断你的腿": a threat (its own flag), no bone broken
    if "resigned" in flags and not states(_FLAG_PATTERNS["resigned"][0], _masked(_EMPLOYER_SAYS_QUIT, text), actual=True):
        flags.discard("resigned")  # 公司说是我自己不干的: the employer's account, which the worker disputes
    flags |= {name for name, (pattern, negatable, actual) in _BROADER_PATTERNS.items()
              if states(pattern, text, negatable=negatable, actual=actual)}
    if "comprehensive_hours" in flags and _scheme_approved(text):
        flags.add("scheme_approved")  # the scheme's approval told: overtime is what the period's total exceeds
    if "official_order_ignored" in flags:
        flags.add("criminal_route")  # an order to pay ignored opens the criminal route (刑法第二百七十六条之一)
    if "moving_assets" in flags and _only_rumoured(_FLAG_PATTERNS["moving_assets"][0], text):
        # 群里都在传老板要跑路: a rumour, not assets moving (a boss gone, read as an actual fact, is dropped by the
        # hypothetical reading's rumour words already)
        flags.discard("moving_assets")
    for flag in ("resigned", "quitting"):
        if flag in flags and _PUT_RESIGNATION.search(text) and not _told_apart_from(_PUT_RESIGNATION, flag, text):
            flags.discard(flag)  # 让我这周写辞职信，我不想辞职: pushed to resign, not resigning
    if "violence" in flags and _TRAFFIC_HIT.search(text) and not _told_apart_from(_TRAFFIC_HIT, "violence", text):
        flags.discard("violence")  # a car that hit the worker, and no blow besides
    if "construction" in flags and _GANG_BOSS.search(text) and _OTHER_TRADE.search(text) and not states(
            _FLAG_PATTERNS["construction"][0], _GANG_BOSS.sub("，", text)):
        flags.discard("construction")  # 运维公司转给个人包工头: a gang boss outside construction
    if "dismissed" in flags and _SPARED.search(text) and not _ME_LET_GO.search(text):
        flags -= {"dismissed", "left_job"}  # 公司裁了20个人，没裁到我: others laid off, the worker kept on
        flags.add("still_employed")
    if "injured_off_work" in flags and (flags & {"works_from_home", "commuting"} or _HOME_STORY.search(text)):
        flags.discard("injured_off_work")  # 老板让我说是在家摔的, hurt working from home: the employer's story, or work
    if "injured_off_work" in flags:
        flags -= {"work_accident", "hurt_doing_the_job"}  # 在家炒菜的时候被油烫伤了: an accident, but not at work
    if "commuting" in flags:
        flags.discard("hurt_doing_the_job")  # 上班的时候路上摔了: on the way, which has its own rule
    if flags & {"hurt_doing_the_job", "injured_off_work", "commuting"} or "injured" not in flags:
        flags.discard("on_a_break")  # hurt in the task itself, away from work or on the way; or no one hurt on a break
    if "hurt_doing_the_job" in flags:
        flags |= {"work_accident", "injured"}  # 示范动作时手腕扭了: an accident in the work itself
    if "part_time" in flags and _MOONLIGHTING.search(text) \
            and not _FLAG_PATTERNS["part_time"][0].search(_MOONLIGHTING.sub("", text)):
        flags.discard("part_time")  # 员工手册禁止兼职, 下班后接私单: a side job beside a full-time one, not part-time work
    if "part_time" in flags and _CALLED_PART_TIME.search(text) and _MONTHLY_BASE.search(text) \
            and not _FLAG_PATTERNS["part_time"][0].search(_CALLED_PART_TIME.sub("", text)):
        # 老板说我是“兼职飞手”按场结算。其实每个月固定给4000底薪: the employer's label, a monthly base paid all the same
        flags.discard("part_time")
    if "wage_includes_overtime" in flags and (
            (_INCLUSION_SAID.search(text) and not _INCLUSION_WRITTEN.search(_INCLUSION_DENIED.sub("", text)))
            or _INCLUSION_DENIED.search(text)):
        flags.add("inclusion_unwritten")  # 老板说工资里已经包含加班费了: the boss's word, no agreement in writing
    if states(_OWNER_DIED, text, actual=True):
        flags.add("owner_died")  # 老板上个月出车祸走了, 包工头病逝了: his debts pass to his estate
    # 老板突发心梗去世了，儿子接手, 老板上个月出车祸走了: the owner's death or accident, not the worker's
    flags -= {flag for flag in ("death", "traffic_accident", "injured") if flag in flags and _owners_only(flag, text)}
    if "death" in flags and _FUNERAL_TRADE.search(text) and not any(
            states(table["death"][0], _FUNERAL_TRADE.sub("", text)) for table in (_FLAG_PATTERNS, _BROADER_PATTERNS)):
        flags.discard("death")  # 在殡仪服务公司做遗体接运: the worker's trade, not a death at work
    if "death" in flags and (_BEREAVEMENT_LEAVE.search(text) or _NEWS.search(text)
                             or not _WORK_DEATH.search(text)
                             or (_FAMILY_ELDER.search(text) and not _AT_WORK.search(text))):
        flags.discard("death")  # 爷爷去世请丧假, a courier's death in the news: not a death at this work
    if "death" in flags and _NEAR_DEATH.search(text) and not _told_apart_from(_NEAR_DEATH, "death", text):
        flags.discard("death")  # 感觉自己快猝死了: exhaustion, not a death; unless a death is told too
    if "death" not in flags and _COLLAPSE_OR_ILLNESS.search(text) and states(_SURVIVED, text, actual=True):
        flags.add("collapse_survived")  # 晕倒了送急诊，住了两天院，现在已经出院: a sudden illness lived through
    if _REGISTERED_EMPLOYER.search(text) and not _WORKER_REGISTERED.search(text):
        flags.add("registered_business")
    if _GRADUATED.search(text) and not _STILL_STUDYING.search(text):
        flags.discard("student_intern")  # a graduate called an intern is an employee
        flags.add("graduated")
    if (states(_HOUSEHOLD, text) and not _VIA_COMPANY.search(text) and not _NOT_A_HOUSEHOLD.search(text)) \
            or _PRIVATE_HOUSEHOLD_JOB.search(text):
        flags.add("household_employer")
    if _CRAFT_OR_FARM.search(text) and not _REGISTERED_EMPLOYER.search(text):
        flags.add("craft_or_farm_employer")
    if _threatened(text):
        flags.add("threat")
    if _takes_own_jobs(text):
        flags.add("job_contractor")
    if states(_INFO_DISCLOSED, text):
        flags.add("info_disclosed")  # 把我残疾证照片发到全厂大群里: the worker's own information made known
    if _LEFT_AT_EXPIRY.search(text) and "kept_on_after_expiry" not in flags:
        flags.add("left_at_expiry")  # 去年12月31号合同到期走的: the job ended with the contract, no work after it
    if states(_AGENT_CONTRACT, text):
        flags.add("agent_contract")  # 保险个人代理合同, 我是保险代理人: engaged as an agent on commission
    if states(_MANAGED_AS_STAFF, text, actual=True):
        flags.add("managed_as_staff")  # 每天要打卡开早会, 有底薪: managed like staff whatever the contract is called
    if _IN_BANKRUPTCY.search(text):
        flags.add("bankruptcy")  # 10月法院受理了破产, 破产管理人: the court's proceedings, not the boss's word
    if "asked_to_sign" in flags and _BACKDATED.search(text):
        flags.add("backdated_contract")  # 拿了份合同让我签，落款日期写的是1月15号: a contract put to sign, dated back
    if _PART_TIME_WORD.search(text) and _over_part_time_hours(text):
        flags.add("over_part_time_hours")  # called part-time, but more than 4 hours a day or 24 a week
    if "sick_leave" in flags and not _OWN_SICKNESS.search(text):
        flags.discard("sick_leave")  # 家里老人常年生病: a relative's illness, not the worker's leave

    if _ON_BEHALF.search(text) and not _MY_OWN_JOB.search(text):
        flags.add("on_behalf")  # 我老公在五金厂开冲床…: asking about someone else's job
    if "work_permit" in flags and _NO_PERMIT.search(text) and not _HAS_PERMIT.search(text):
        flags.discard("work_permit")  # "the company never applied for a work permit", 商务签来的
    told = states(_OCCUPATIONAL_DISEASE, text, actual=True) or (states(_ILLNESS, text, actual=True)
                                                                and _EXPOSURE.search(text))
    if told and (_DIAGNOSIS.search(text) or not _HEARSAY.search(text)) and not _others_ill_only(text):
        flags.add("occupational_disease")  # not 听说干工地容易得尘肺 with no symptoms, nor 老工友查出尘肺，我怕
    elif _OCCUPATIONAL_DISEASE.search(text) and _EXPOSURE.search(text) and states(_SYMPTOM, text) \
            and not _others_ill_only(text):
        # 粉尘很大…老是咳嗽，爬两层楼就喘…会不会是矽肺: the worker's own symptoms after the exposure, the disease asked
        # about: a suspected occupational disease (职业病防治法第五十五条 protects it while it is diagnosed)
        flags.add("occupational_disease")
    if _CAMERA.search(text) and _PRIVATE_ROOM.search(text) and _CONCEALED.search(text):
        flags.add("hidden_camera")  # a camera hidden in a dorm, toilet or changing room, however told
    elif "hidden_camera" in flags and _CAMERA_SIGNED.search(text) and not _INSIDE_PRIVATE.search(text):
        flags.discard("hidden_camera")  # 宿舍走廊装了监控，门口贴了"监控区域": announced, in the common parts
    elif "hidden_camera" in flags and (_CAMERA_SIGNED.search(text) or _CAMERA_OPEN.search(text)) \
            and not _BODY_PRIVATE.search(text):
        # 宿舍屋里装了个摄像头，正对着床…是明着装的，贴了提示: put in the room where people sleep, openly (no secret
        # filming to report to the police), still a private space the employer may not film; not a toilet, a shower or
        # a changing room, where filming bodies is the police's matter however announced
        flags.discard("hidden_camera")
        flags.add("camera_in_private_space")
    if "disability" in flags and disability_of_the_cared_for(text):
        flags.discard("disability")  # 照顾瘫痪在床的老太太: the person cared for, not the worker
    if "died_after_48h" in flags and ("death" not in flags or flags & {"work_accident", "traffic_accident"}):
        # 住院5天 with nobody dead is a stay, not a death after 48 hours; crushed, died in ICU three days later: the
        # 48 hours are a sudden illness's
        flags.discard("died_after_48h")
    if "vanished_employer" in flags and _REACHABLE.search(text):
        flags.discard("vanished_employer")  # 店关门了, but 老板人还在，电话能打通: a closed shop, not a boss gone
    if "vanished_employer" in flags and not _EMPLOYER.search(text) and not _PAID_BY_PERSON.search(text):
        flags.discard("vanished_employer")  # "对方跑了，找不到人" after a road accident: not the employer
    if "dispatched" in flags and _NOT_DISPATCHED.search(text):
        flags.discard("dispatched")  # 我不是派遣工, 不是劳务派遣的
    if _PRESSURED.search(text) or _FORCED_TO_LEAVE.search(text):
        flags.discard("resigned")  # a resignation pushed for, or forced by the employer's fault, is not voluntary
        flags.discard("quitting")
        if states(_PRESSURED, _masked(_TAUNT, _masked(TOLD_TO_GO, text)), actual=True):
            # (not the boss's words alone, "不上夜班就自己写辞职报告走人", nor his taunt to workers asking for their pay,
            # "爱干不干": the job goes on)
            flags.add("dismissed")
        if states(_FORCED_TO_LEAVE, text, actual=True):
            flags.add("left_job")
    if "dismissed" in flags and _FEARED_DISMISSAL.search(text) \
            and not states(_FLAG_PATTERNS["dismissed"][0], _masked(_FEARED_DISMISSAL, text)):
        flags.discard("dismissed")  # 举报了被开除怎么办: a dismissal feared for reporting, asked about, not had
    if flags & {"dismissed", "resigned"}:
        flags.add("left_job")
    if "forced_labour" in flags and _RESIGNATION_HELD.search(text) and not _CONFINED.search(text):
        flags.discard("forced_labour")  # 提交辞职信30天了，公司不让走: a resignation not approved, not confinement
    if "forced_labour" in flags and "documents_withheld" in flags \
            and not (_PASSPORT.search(text) and ("working_abroad" in flags or _AT_SEA.search(text))) \
            and not _HELD_IN.search(text):
        # 一直扣着我身份证原件不给…敢走就去法院告我: an ID card kept, nobody held in; so is a passport kept in China (The
        # owner keeps my passport … I want to quit: unlawful, 劳动合同法第八十四条, but nobody held in); abroad, a passport
        # kept holds the worker in a foreign country
        flags.discard("forced_labour")
    if "forced_labour" in flags and states(_HELD_BY_THREATS, text, actual=True):
        flags.add("held_by_threats")  # 谁敢偷偷走就找人打断腿, 把门锁了关了一晚上: held by force, not only papers kept
    if "forced_labour" in flags and _NOT_CONFINED.search(text) \
            and not _HELD_IN.search(_masked(_NOT_CONFINED, text)):
        # Nobody locks me in, I can go out and travel around town: a passport kept for "safekeeping" is unlawful, but the
        # worker tells they move freely, so it is no forced labour (the rule on withheld papers answers it)
        flags.discard("forced_labour")
    if "individual_contractor" in flags and not states(_FLAG_PATTERNS["individual_contractor"][0],
                                                       _masked(_CALLED_SELF_EMPLOYED, text)):
        flags.discard("individual_contractor")  # the manager says I'm just like a freelancer: the employer's word only
    if "task_contract" in flags and _NO_TASK_WRITTEN.search(text):
        flags.discard("task_contract")  # 说我们签的是项目制合同…合同上写的是…根本没写什么项目: the employer's word only
    if "award_challenged" in flags and (not _AN_AWARD.search(text) or _CHALLENGE_DROPPED.search(text)
                                        or (_THREAT_IF_CLAIMING.search(text) and not _AWARD_WORD.search(text))):
        # 公司起诉我要求退还培训费: a suit, but over no award; 公司当时说要去法院告，结果也没见动静: a threat that lapsed;
        # 老板放话说我敢去仲裁就告我偷东西: a threat against a claim not yet brought
        flags.discard("award_challenged")
    if "award_challenged" in flags:
        flags.discard("award_won")  # an award the employer is suing over: whether it can, before any enforcement
        if AWARD_MADE.search(text):
            flags.add("award_contested")  # (仲裁裁决学校付我6.8万，学校不服起诉了: made, not a suit only feared)
    if "construction" in flags and _NOT_BUILDING_WORK.search(text) and not _FLAG_PATTERNS["construction"][0].search(
            text.replace("包工头", "")):
        flags.discard("construction")  # 跟着包工头去砍甘蔗, 包工头招来养草坪: a gang boss, but no building work
    if "still_employed" in flags and flags & {"left_job", "dismissed", "resigned"}:
        flags.discard("still_employed")  # "还在职时被辞退" ends in a dismissal
    if flags & {"fracture", "head_injury", "amputation"}:
        flags.add("injured")
    if ("on_behalf" not in flags and _SPOUSE_BIRTH.search(text) and not _ASKER_PREGNANT.search(text)) or (
            _TRYING_TO_CONCEIVE.search(text) and not _CONCEIVED.search(text)):
        # 我老婆11月6号生孩子，我请假陪产，厂里把我开了: the wife's childbirth, the husband's job (paternity leave);
        # 在做试管，要去医院打针、取卵: trying for a child, not yet pregnant. No pregnancy's or maternity's rules.
        flags -= _MOTHERHOOD_FLAGS
    if flags & _MOTHERHOOD_FLAGS and _OTHERS_MOTHERHOOD.search(text) and not _OWN_MOTHERHOOD.search(
            _OTHERS_MOTHERHOOD.sub(lambda m: " " * len(m.group()), text)):
        # 名单里还有两个在哺乳期的女工: colleagues counted among those let go; the asker is no nursing mother
        flags -= _MOTHERHOOD_FLAGS
    if flags & {"pregnant", "maternity_leave", "nursing"} and not (
            "miscarriage" in flags and not flags & {"maternity_leave", "nursing", "dismissed", "resigned", "quitting",
                                                    "left_job"}):
        # (怀孕3个月的时候流产了，这半个月工资不给: the pregnancy is over, and the leave for its loss answers; the rules
        # written for a pregnant worker do not. Pushed out or let go after it, they still speak to the job's end.)
        flags.add("pregnancy_period")
    if "pregnant" in flags and _LATE_PREGNANCY.search(text):
        flags.add("late_pregnancy")  # 怀孕7个半月: no overtime or night shifts at all (女职工劳动保护特别规定第六条)
    elif "pregnant" in flags and _EARLY_PREGNANCY.search(text):
        flags.add("early_pregnancy")  # 怀孕4个多月: night shifts not barred yet; lighter work on a doctor's note
    return flags


# Seven months pregnant or more (怀孕7个半月, 孕8月, 孕晚期, 8 months pregnant)
_LATE_PREGNANCY = _re(r"(?:怀孕|怀了|孕)(?:已经|快|都)?(?:有)?(?:[7-9]|七|八|九)\s*(?:个)?(?:多|半)?月|孕晚期|"
                      r"\b(?:[7-9](?:\.5)?|seven|eight|nine)(?: and a half)? months pregnant\b")
# Under seven months told (怀孕4个多月, 孕20周, 5 months pregnant): the bar on night shifts and overtime does not hold yet.
_EARLY_PREGNANCY = _re(r"(?:怀孕|怀了|孕)(?:已经|快|都|才|刚)?(?:有)?(?:[1-6]|一|两|二|三|四|五|六)\s*(?:个)?(?:多|半)?月|"
                       r"(?:怀孕|孕)(?:已经|才|刚)?(?<![\d.])(?:[1-9]|1\d|2[0-7])\s*周|(?<![\d.])\b(?:[1-6]|one|two|three|four|five|six)"
                       r"(?: and a half)? months pregnant\b")


# A worker who takes a job on their own account (承揽): each sign alone is weak (a foreman's crew is also paid 包干), two
# together say the worker, not the client, runs the work: 自己带徒弟接活, 工具都是自己的, 一栋楼包干8000, 怎么干他们不管,
# 干完验收给钱.
_OWN_JOB_SIGNS = (
    _re(r"(?:我|自己)(?:自己)?(?:带|领)?[^，,。；]{0,8}?(?:接|揽)(?:了|的|过)?[^，,。；]{0,12}?(?:活|单|工程|项目)|自己接单|"
        r"\b(?:i|we) (?:take|took|do|did) (?:a |the |this )?(?:job|jobs|contract|contracts)\b|"
        # 自由译者接稿, 自由职业, a freelance translator
        r"接稿|自由(?:译者|职业|撰稿|设计师|摄影师|翻译)|\bfreelanc"),
    _re(r"(?:工具|设备|绳子|吊板|梯子|机器|家伙什|车)[^，,。；]{0,10}?(?:都是|全是|是)?(?:我|我们)?自(?:己|个儿)(?:带|买|的)|"
        r"自带(?:工具|设备|家伙)|\b(?:my|our) own (?:tools|equipment|gear|van)\b"),
    _re(r"包干|一口价|按(?:栋|户|套|单|件|项目|工程|字数|千字|篇|稿|张|集)(?:算|结|给|包|付|计)|\b(?:lump sum|flat fee|per job|fixed price)\b"),
    _re(r"不用坐班|不坐班|不用打卡|时间(?:自己|自由)安排|怎么(?:干|做|弄)(?:他们|对方|人家|物业|老板|客户|甲方)?(?:都)?不管|(?:干|做)完(?:了)?(?:验收|检查)|"
        r"验收(?:合格)?(?:后|了|完)?(?:才)?(?:给钱|付款|结账|结钱|结算|付钱)|"
        r"\b(?:how i do it|how we do it) is up to (?:me|us)\b|\bthey (?:don't|do not) (?:tell|care) how\b"),
)
_EMPLOYED_BY_FOREMAN = _re(r"包工头|班组长|工头|项目部|老板(?:让|安排|叫)我|\bforeman\b")


def _takes_own_jobs(text: str) -> bool:
    """Whether the worker tells of taking a job on their own account (two signs or more, and no foreman above them)."""
    signs = sum(1 for pattern in _OWN_JOB_SIGNS if pattern.search(text))
    return signs >= 2 and not _EMPLOYED_BY_FOREMAN.search(text)


_NO_INJURY = _re(r"没(?:有)?受伤|没伤")
# A minor crash told as such (出了个小追尾, 轻微剐蹭): with no hurt told, no injury
_MINOR_CRASH = _re(r"小追尾|小剐蹭|轻微(?:追尾|剐蹭|刮蹭|碰撞)|剐蹭|刮蹭|小事故|"
                   # 倒车时蹭到货架，砸坏一批货: goods damaged, nobody hurt
                   r"(?:砸|撞|压|刮|蹭|碰|摔)(?:坏|碎|烂)(?:了)?[^,，。]{0,6}(?:货|货架|东西|设备|机器|玻璃|产品|商品)")
# The boss's condition or "advice" to go (不上夜班就自己写辞职报告走人, 不如主动辞职): words said, not a day the job ended.
TOLD_TO_GO = _re(r"不(?:能|肯)?(?:上|干|去|做|加|同意|愿意|服从)[^,，。！!？?就]{0,4}?(?:的话)?(?:你)?就(?:自己)?"
                 r"(?:(?:写|交|提)(?:个|份|一份)?)?(?:(?:辞职|离职)(?:报告|信|书|申请)?(?:走人|走)?|辞呈|走人|滚)|"
                 r"不如(?:你)?(?:主动|自己)?(?:辞职|离职|走人)|(?:我们|公司|这里|店里|厂里)?不养闲人|"
                 # 休三天就回来，不来就别干了
                 r"不(?:能|肯)?(?:来|回来|过来|上班|上|干|去|做|加)[^,，。！!？?就]{0,4}?(?:的话)?(?:你)?就(?:别|不用|甭)(?:再)?"
                 r"(?:干|来|做)了")
# The employer pushing the worker out by a "resignation" (逼我辞职, 让我主动离职, 要我写自愿离职申请): the
# employer ends the job, and the worker keeps the claims of a dismissal.
_PRESSURED = _re(r"(?:逼|逼迫|强迫|迫使|劝|让|叫|要|硬要|非要)(?:我|员工|我们|大家)(?:都|也|全)?(?:主动|自己|自愿)?"
                 r"(?:(?:写|签|交|提)(?:了)?(?:个|一个|一份|一封)?)?['‘“「\"]?"
                 r"(?:自愿)?(?:辞职|离职|走人|辞呈)|逼(?:我|我们)走|"
                 # 还说要么自己辞职走人: the employer's either-or
                 r"要么(?:你|我)?(?:就)?(?:自己|主动)?(?:(?:写|交|提)(?:个|份)?)?(?:辞职|离职)|"
                 # in the boss's words: "不想干可以辞职", "干不了就走", "爱干不干"
                 r"不想干(?:了)?(?:就|可以|你就|的话)?(?:辞职|走人|走|滚)|"
                 # 不上(夜班)就自己写辞职报告走人, 不如主动辞职: the boss's condition or "advice"
                 rf"{TOLD_TO_GO.pattern}|干不(?:了|动)(?:了)?(?:你)?就(?:自己)?(?:(?:写|交|提)(?:个|份)?)?(?:辞职|辞呈|走人|走|滚)|爱干不干|"
                 r"(?:forced|pressured|pushed|made|told|asked) (?:me|us) (?:to|into) (?:resign|quit|leave)|"
                 r"(?:forced|pressured) (?:to resign|out)")
_TAUNT = _re(r"爱干不干")
# A dismissal feared for reporting or claiming, asked about (举报了被开除怎么办, 仲裁后被辞退吗): not one had.
_FEARED_DISMISSAL = _re(r"(?:举报|投诉|仲裁|维权|告)(?:了|后|之后)?(?:要是|如果)?被(?:开除|辞退|开掉|炒)(?:了)?(?:怎么办|咋办|吗|？|\?)")
# The contract's term still running (合同明年6月才到期, 合同还没到期): its end is ahead, whatever ends the job first.
_TERM_RUNS_ON = _re(r"合同[^,，。；]{0,12}(?:才|还没|还未|没)到期|(?:才|还没|还未)到期|contract (?:only )?(?:runs|ends|expires) "
                    r"(?:until|in|next)")
# Part-time in the employer's words only (老板说我是“兼职飞手”, 公司说我们算兼职, they call me part-time), and a fixed
# monthly base told beside it (每个月固定给4000底薪, a monthly base salary).
_CALLED_PART_TIME = _re(r"(?:说|称|认为|当|把)(?:我|我们)(?:是|算|就是|当成|当作)?(?:个)?[“\"'「]?[^，,。；”\"'」]{0,4}?兼职[^，,。；]{0,6}|"
                        r"(?:calls?|called|says? I'?m|said I was|treats? me as) (?:a )?part[- ]time[a-z ]{0,12}")
_MONTHLY_BASE = _re(r"(?:每个?月|月)(?:固定)?(?:给|发|拿)?[^，,。；]{0,4}底薪|底薪[^，,。；]{0,3}(?:每个?月|一个月|月)|"
                    r"monthly (?:base|salary)|base (?:salary|pay) (?:of|a month)")
# The employer calling the worker self-employed (the manager says I'm just like a freelancer, 老板说我是自由职业): its word.
_CALLED_SELF_EMPLOYED = _re(r"(?:says?|said|claims?|claimed|calls? me|called me|told me|treats? me as|treated me as)"
                            r"[^.?!]{0,90}?(?:freelancer|self-employed|independent contractor)|"
                            r"(?:说|称|认为|当|把)我(?:是|算|就是|当成|当作)?(?:个)?(?:自由职业|个体户|个体经营)")
_NOT_DISPATCHED = _re(r"(?:不是|并非|不属于|不算)(?:劳务)?派遣|not (?:a |an )?(?:dispatched|agency) worker")
# The worker leaving because of the employer's fault (被迫辞职: 劳动合同法第三十八条), not of their own will.
_FORCED_TO_LEAVE = _re(r"被迫(?:辞职|离职|解除|走人|离开)")
_CAMERA = _re(r"摄像头|镜头|针孔|监控|\bcamera")
_PRIVATE_ROOM = _re(r"宿舍|寝室|更衣室|换衣服|换衣间|换工作服|厕所|卫生间|浴室|洗手间|女厕|淋浴|\b(?:dorm|toilet|bathroom|changing room|shower|"
                    r"restroom|locker room|changing (?:corner|area|space|cubicle)|change (?:our |my |their )?clothes|"
                    r"(?:put|putting) on (?:our |my |their |the )?uniforms?)")
# A camera announced (门口贴了监控区域, 有提示牌, signs say the area is monitored): not hidden.
_CAMERA_SIGNED = _re(r"贴(?:了|着)?[^,，。]{0,6}(?:监控|摄像)|监控区域|提示牌|告知(?:了)?[^,，。]{0,6}(?:监控|摄像)|"
                     r"signs? (?:say|says|saying|that)|posted (?:a )?(?:sign|notice)")
# Filmed inside a room where people undress or sleep (装在卫生间里, 对着床, 在寝室里面): private whatever the notice says.
_INSIDE_PRIVATE = _re(r"(?:厕所|卫生间|浴室|洗手间|女厕|更衣室|换衣间|淋浴)|(?:装在|装到|安在)(?:了)?(?:宿舍|寝室|房间)(?:里|内)|对着(?:床|铺)|"
                      r"\b(?:toilet|bathroom|changing room|shower)")
_CONCEALED = _re(r"藏|偷(?!懒|闲)|暗|拆开|里面有|插座|充电头|烟雾报警|发现|hidden|secret|concealed|found")
_BODY_PRIVATE = _re(r"厕所|卫生间|浴室|洗手间|女厕|更衣室|换衣间|淋浴|\b(?:toilet|bathroom|changing room|shower|restroom|"
                    r"locker room|changing (?:corner|area|space|cubicle))")
# A camera put up openly, its purpose given (明着装的, 公开装, 说是为了防盗, 说是“生物安全监控”, openly, told us it is for
# security): the employer's own camera, not a hidden one.
_CAMERA_OPEN = _re(r"明着(?:装|安)|明装|公开(?:装|安装)|(?:装|安)[^。；;]{0,14}?(?:说是|说为了|称是|理由是)|"
                   r"\bopenly\b|(?:told|tell|telling) us (?:it'?s|it is|they are) (?:for|to)")
# Someone who employs or pays the worker: the one whose vanishing makes a claim urgent.
_EMPLOYER = _re(r"老板|包工头|工头|承包人|网点|公司|厂|单位|老总|负责人|领导|班组长|站长|店长|平台|雇主|派遣|劳务|项目部|总包|校长|园长|院长|机构|"
                r"\b(?:boss|employer|company|contractor|agency|owner|manager|factory|foreman)\b")
# The person the worker works for or is paid by, named (给'车主'老周干的, 工资是老周每月微信转给我): an employer too.
_PAID_BY_PERSON = _re(r"工资(?:是|都是|一直是|由)[^,，。；？?]{1,8}?(?:转|发|给|付)|给[^,，。；？?]{1,8}?(?:干活|干的|打工)")
_OCCUPATIONAL_DISEASE = _re(
    r"尘肺|矽肺|硅肺|石棉肺|(?:苯|铅|汞|锰|镉|砷|正己烷|甲醛|一氧化碳|化学|职业性|职业)中毒|噪声聋|职业性|白血病.{0,6}(?:苯|"
    r"车间)|"
    # the listed occupational infections (职业病分类和目录: 布鲁氏菌病 of slaughter and herding, 炭疽, 森林脑炎, 莱姆病)
    r"布病|布鲁氏?菌病?|炭疽病?|森林脑炎|莱姆病|brucellosis|anthrax|"
    r"(?:得|患|查出|确诊|诊断|鉴定|认定|怀疑(?:是)?|疑似|是|得了|排查|筛查)[^,。]{0,6}职业病|职业病(?:诊断|鉴定|认定|病人)|"
    r"pneumoconiosis|silicosis|black lung|asbestosis|occupational (?:disease|illness|poisoning)")


_RUMOUR = _re(_RUMOUR_WORDS)


# The pay actually received, told as such (到手就3100了, 实发2800, take-home pay of 3,100).
_TAKE_HOME = _re(r"(?:到手|实发|实际(?:发|拿)(?:到)?|拿到手)(?:的)?(?:工资)?(?:就|只有|才|只|也就)?(?:剩)?(?:了)?\s*"
                 r"(?P<v>\d[\d,]*(?:\.\d+)?)|"
                 r"take-home (?:pay )?(?:of |was |is )?(?:only )?(?:rmb|¥)?\s*(?P<e>\d[\d,]*)")


# Asking whether to quit, or meaning to (能不能直接辞职, 要不要辞职, 我想辞职, can I quit): the job goes on today.
_MEANS_TO_QUIT = _re(r"(?:能不能|能否|可不可以|可以|能|要不要|该不该|是不是该|我想|想要|打算|准备)(?:直接|马上|现在)?"
                     r"(?:辞职|离职|辞工|走人|解除(?:劳动)?合同)|"
                     r"\b(?:can|should|may|could) I (?:just )?(?:quit|resign|leave (?:the|my) job)\b|"
                     r"\bI (?:want|plan|intend|am planning) to (?:quit|resign)\b")


# A job ended the very day of the event just told (公司当天下午就以…为由把我开除了, fired me the same day).
_SAME_DAY_END = _re(r"(?:当天|当场|那天|同一天)(?:上午|下午|晚上)?(?:就)?[^。！？!?]{0,24}?(?:开除|辞退|解除|开了|辞了|炒了|"
                    r"让我走人?|不让我干了|走人)|\b(?:fired|dismissed|let go) (?:me|us) (?:the same day|that (?:same )?day)")
# The worker contests the award (我不服, 只支持了一部分, only part of, I want to challenge it), or it is not said final:
# no award won to enforce, and the fifteen days to sue are the worker's (bot.triage).
# An award or judgment told as made (裁决, 判决, the award): not an arbitration only applied for
AWARD_MADE = re.compile(r"裁决|判决|仲裁(?:委)?(?:的时候)?[^。；;，,]{0,6}?(?:支持了|裁了|判了)|(?:仲裁|官司)[^。；;]{0,12}?(?:我赢了|赢了)|"
                        r"\baward|\bjudge?ment|\bruling", re.IGNORECASE)
AWARD_DISPUTED = _re(r"(?<!公司)(?<!单位)(?<!老板)(?<!对方)(?<!厂里)(?:我|我们)(?:也|还是|对[^,，。]{0,6})?(?:不服|不满意|不认可|"
                     r"想起诉|要起诉|想上诉|要上诉)|支持了?(?:一部分|部分)|只支持了?|没(?:有)?支持|驳回了?(?:我|我们)|"
                     r"(?:钱|金额)(?:太少|少了)|\bonly (?:part|partly|some)\b|partially|"
                     r"\bI (?:want|plan|intend) to (?:challenge|appeal|sue)\b|\bI (?:disagree|am not satisfied)\b|"
                     r"\bnot satisfied\b|(?:doesn'?t|does not|didn'?t|did not) say (?:it is|it's) final")
# Work a gang boss (包工头) hires for that is no building work: harvests, farms, lawns and gardens, cleaning, loading.
_NOT_BUILDING_WORK = _re(r"砍甘蔗|甘蔗|收割|割稻|采棉|摘棉花|摘(?:茶|果|苹果|橘子|葡萄)|果园|茶园|农场|种植|养殖|草坪|割草|园林|绿化|保洁|"
                         r"搬运|装卸|采摘|sugar ?cane|harvest|lawn|landscap")
# An arbitration's outcome told in words AWARD_MADE does not hold (仲裁输了, 仲裁结果不满意, 被驳回, lost my arbitration).
AWARD_TOLD = _re(r"仲裁(?:委)?(?:的)?(?:结果|输了|败诉|没赢|驳回|只支持|支持了|结果出来|下来了|出来了|书)|驳回|不予支持|没(?:有)?支持|"
                  r"lost (?:my|the|our) (?:labou?r )?(?:arbitration|case)|arbitrat\w* (?:tribunal |committee |commission )?"
                  r"(?:rejected|dismissed|ruled|decided|sided|turned down|went against|only gave|gave me)")


def award_told(text: str) -> bool:
    """Whether the message tells of an arbitration award or outcome (仲裁裁决, 仲裁输了, 驳回了我的请求, lost my arbitration):
    only then is there one to take to court. Not a fact flag: the rules' situation profiles stay as they were."""
    s = normalize_text(text)
    return bool(AWARD_MADE.search(s) or AWARD_TOLD.search(s))


_HIT_BY_PLATFORM = _re(r"被[^,，。]{0,4}(?:外卖|美团|饿了么|滴滴|网约车|快递)[^,，。]{0,6}(?:撞|刮|蹭|碰)|"
                       # 有个顾客在外卖平台给了差评: a customer's review on the app, not the worker's job on it
                       r"(?:顾客|客人|客户|买家)[^,，。]{0,4}(?:在)?(?:外卖|美团|饿了么)(?:平台)?(?:上)?[^,，。]{0,4}(?:差评|投诉|评价|留言)")
_SUPPOSED = _re(r"(?:如果|要是|假如|万一|若|\bif\b)(?:是|我是|要|需要|I (?:have|need|get) a)?\s*$")
_PROBATION_ENDS_EN = _re(r"probation(?: period)? (?:ends|will end|is over|finishes|runs out)(?: on)?\s*$")
# A dismissal feared or avoided, not told as done: without getting fired, afraid of being let go.
_FEARED_EN = _re(r"\b(?:without|avoid|avoiding|afraid of|worried about|scared of|risk|risking|before)\s+"
                 r"(?:getting|being)\s*$")


# An IOU or its writer before "签了字": the debtor signed it (老板给我写了张欠条…签了字)
_IOU_SIGNER = _re(r"欠条|借条|白条|欠款单|结算单|工资条")


def _every_match(flag: str, text: str, holds) -> bool:
    """Whether ``holds`` is true of every place the words of ``flag`` match (a flag told only as feared, supposed or
    about someone else goes)."""
    return all(holds(m) for m in _FLAG_PATTERNS[flag][0].finditer(text))


def _only_rumoured(pattern: re.Pattern, text: str) -> bool:
    """Whether every match of ``pattern`` is told as a rumour (都在传老板要跑路), none as a fact."""
    matches = list(pattern.finditer(text))
    return bool(matches) and all(_RUMOUR.search(_clause_before(text, m.start(), 16)) for m in matches)


_FAMILY = r"(?:老人|父母|爸|妈|孩子|老婆|老公|家人|家里人|母亲|父亲|爷爷|奶奶|儿子|女儿|公公|婆婆|岳父|岳母|丈夫|妻子|爱人)"
# The worker's own sickness: any sick-leave word but a relative's 生病 (家里老人常年生病, 照顾生病的父亲)
_OWN_SICKNESS = _re(r"病假|医疗期|请了?病|病休|sick leave|medical leave|medical period|my illness|(?<!" + r")(?<!".join(
    ["老人", "父母", "爸", "妈", "孩子", "老婆", "老公", "家人", "母亲", "父亲", "爷爷", "奶奶", "儿子", "女儿", "丈夫",
     "妻子", "爱人", "常年", "的"]) + r")生病|\bill\b")
# A pregnancy that is, not one imagined or forbidden: 要是我明年怀孕了, 以后怀孕, 合同期内不得怀孕
_OWN_PREGNANCY = _re(r"(?<!要是我)(?<!如果我)(?<!假如我)(?<!万一我)(?<!以后)(?<!将来)(?<!明年)(?<!不得)(?<!不准)(?<!不能)"
                     r"(?<!不许)(?<!禁止)(?<!要是)(?<!如果)(?<!万一)(?<!假如)(?<!打算)(?<!准备)(?<!计划)"
                     r"(?:怀孕|孕期|怀了|孕妇|身孕|有孕|孕检|产检|保胎|预产期|孕\d+周|孕[早中晚]期|孕吐|孕\d+个?月)|"
                     r"(?<!if i get )(?<!if i become )(?<!if i'm )(?<!if i am )(?<!get )(?<!getting )(?<!become )"
                     r"pregnan|expecting a baby")


def pregnancy_imagined(text: str) -> bool:
    """Whether ``text`` speaks of a pregnancy only as one imagined or forbidden (要是我明年怀孕了, 合同写着不得怀孕).
    The rules for pregnant workers still answer it (如果怀孕了能辞退吗: no); the triage's urgency does not."""
    return bool(_FLAG_PATTERNS["pregnant"][0].search(text)) and not _OWN_PREGNANCY.search(text)


# Where the worker lives, posted (曝光住址, 把家庭住址发到群里, posted my home address): a danger when people turn on the
# worker after it (陌生人打电话骂我, 说要上门, 不敢回家, strangers call, I'm scared), or the posting itself calls them to
# (让粉丝去找我) or it went out for anyone to find (发到网上, 抖音); posted alone to a staff or members' group as a smear,
# it is a privacy wrong answered as such.
_ADDRESS_POSTED = _re(r"(?:曝光|公开|发|挂|贴)[^,。]{0,14}(?:住址|家庭地址|家的地址|家里(?:的)?地址|租房的地址|住哪)|"
                      r"(?:住址|地址)[^,。]{0,14}(?:发到|挂到|贴到|(?<!上)传到|曝光|公开)|"
                      # an ID card's photo carries the holder's address (身份证正反面照片…发到好几个群里)
                      r"身份证(?:的)?(?:正反面|正面|照片|复印件|扫描件)[^,。]{0,14}(?:发到|挂到|贴到|(?<!上)传到|曝光|公开)|"
                      r"(?:曝光|公开|发|挂|贴)(?:了)?(?:我的?)?身份证(?:的)?(?:正反面|正面|照片|复印件|扫描件)|"
                      r"\b(?:posted|shared|published|leaked)\b[^.]{0,80}\b(?:address|id card)")
_HOSTILE_AFTER = _re(r"(?:陌生人|有人|好多人|不少人|一些人|天天有人|很多人)[^。；]{0,12}(?:打电话|发消息|发短信|短信|私信|电话)[^。；]{0,8}"
                     r"(?:骂|威胁|找|吓)|上门|找我|(?:家|住的地方)(?:附近|楼下|门口)|教训|害怕|不敢(?:回|出|一个人)|"
                     r"让[^,，。]{0,6}(?:去)?找(?:我|他|她)|打(?:我|他|她)|\b(?:scared|afraid|frightened|threat\w*|come to my|"
                     r"outside my|strangers?)\b")


# Posted for anyone to find (发到网上, 抖音, 朋友圈, online): doxxing whatever follows.
_PUBLIC_OUTLET = _re(r"网上|网络上|抖音|快手|微博|朋友圈|小红书|贴吧|公众号|\b(?:online|internet|social media|douyin|weibo|tiktok)\b")


# "这么/这样 威胁" points back to the threat told before.
_THIS_THREAT = re.compile(r"(?:这么|这样|这种|如此)(?:子)?(?:的)?(?:[^,，。；？?！!]{0,2})$")


def _threatened(text: str) -> bool:
    if states(_HARM_THREAT, text) or states(_HARM_THREAT_MORE, text):
        return True
    if (m := _ADDRESS_POSTED.search(text)) is not None and (
            _HOSTILE_AFTER.search(text, max(0, m.start() - 40)) or _PUBLIC_OUTLET.search(text, max(0, m.start() - 20))):
        return True
    for m in _THREAT_WORD.finditer(text):
        clause = _clause_before(text, m.start(), 20) + _clause_after(text, m.start(), 30)
        if _THIS_THREAT.search(text, 0, m.start()):  # 他这么威胁我怎么办: the threat told in the sentences before
            clause += text[max(0, m.start() - 80):m.start()]
        if not _negated(text, m.start()) and not _EMPLOYMENT_THREAT.search(clause):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Question kinds

_ASKS: dict[str, re.Pattern] = {
    # whether what someone else said holds: 主管说外国人不受劳动法保护，是真的吗 / HR says …, is that true?
    "heard_claim": _re(r"是真的吗|是不是真的|真的是这样吗|(?:他|她|他们|老板|公司|HR|人事|主管|经理)(?:说|讲)(?:的|得)(?:对|没错)"
                       r"(?:吗|不)|is (?:it|this|that) (?:really )?true|is (?:he|she|they|hr|my boss|my manager|the company|"
                       r"the manager) right"),
    "is_legal": _re(r"合法吗|违法吗|合理吗|对吗|对不对|算不算|(?:这|这个|这样|他|她|我)(?:也)?算(?:是)?[^,，。?？]{1,6}吗|是不是(?:违法|合法|合理)|有没有道理|可以这样吗|"
                    r"这样(?:做)?(?:对|合法|行|可以)吗|"
                    # 听说干满15年的不能随便辞退？ a protection asked about
                    r"(?:不能|不可以|不得)随便[^,，。？?]{0,4}(?:辞退|开除|解除|裁|炒|让[^,，。？?]{0,2}走)|"
                    # 朋友说一年合同试用期6个月太长了，是真的吗: whether what the worker heard holds
                    r"是真的吗|是不是真的|is (?:it|this|that) true|"
                    # 受伤了还要扣钱？凭什么扣我工资: a deduction contested
                    r"(?:还|也|就)(?:要|能|可以|得)扣(?:我)?(?:的)?(?:钱|工资)|凭什么|能扣(?:我)?(?:的)?(?:钱|工资)吗|"
                    r"允许吗|犯法|\blegal\b|\blawful\b|\billegal\b|allowed to|is (?:it|this|that) (?:right|ok|fair|allowed|permitted)|"
                    # Is this binding if I switch?, does that bind me: whether a clause holds
                    r"\b(?:is|are) (?:it|this|that|they|the (?:clause|term|agreement|contract)) (?:still )?(?:binding|enforceable|valid)\b|"
                    r"\bdoes (?:it|this|that|the clause) (?:still )?bind (?:me|us)\b|"
                    r"can (?:they|the company|my (?:boss|employer))"),
    "can_i": _re(r"能不能|能否|可不可以|该不该|应不应该|可以[^,。?]{0,14}吗|能[^,。?]{0,14}吗|有没有权|是否可以|有权|"
                 # 自己辞职还有补偿吗, 有没有赔偿: an entitlement asked about
                 r"(?:还)?有(?:经济)?(?:补偿|赔偿|补偿金|赔偿金)(?:吗|么|没有?)|有没有(?:经济)?(?:补偿|赔偿)|"
                 r"(?<!what )(?<!how )\bcan i\b|"
                 r"am i (?:entitled|"
                 r"allowed)|do i have (?:the )?right|\bmay i\b|\bcould i\b|entitled to"),
    "how_much": _re(r"多少|能拿多少|怎么算|怎么计算|如何计算|几倍|赔多少|标准是|几个月工资|how much|calculat|"
                    r"what amount|what (?:can|could|should) (?:i|we) (?:claim|get|ask(?: for)?|demand)\b|what am i owed|"
                    r"what (?:am i|are we) (?:owed|entitled to)|what do they owe|"
                    r"how many months"),
    "how_long": _re(r"多久|多长时间|期限|还来得及|(?:领|拿|发|休)(?:几个月|多少个月)|(?:能|可以|可|要|得|一共|总共)?休(?:多少|几)天|到哪(?:一)?天|哪天(?:结束|到期|截止|为止)|"
                    r"到什么时候(?:结束|为止)?|when does (?:it|my leave|the leave) end|还能[^,。?]{0,14}吗|过期|时效|几天内|截止|来不来得及|(?:已经)?来不及了|how long|"
                    r"deadline|"
                    r"too late|time limit|still (?:claim|apply|sue|file)|how many days"),
    # whether the worker is still in time: their own computed limit answers it, first
    "time_limit": _re(r"时效|过期|过了(?:一年|期限|时间)|时间限制|时限|有没有(?:什么)?期限|有(?:什么)?期限吗|期限(?:是)?多(?:久|长)|"
                      # 是不是已经过了？, 早就过了吧: whether the limit the worker heard of has run
                      r"(?:是不是|是否|会不会|是不)(?:已经|早就?|都)?过(?:了|期)(?=\s*(?:吧|啊|呀)?\s*(?:[？?！!。，,]|$))|"
                      r"(?:已经|早就?)过了(?:吗|么|没|吧)|超(?:过)?(?:了)?(?:时效|期限|时间)|还来得及|来不来得及|(?:已经)?来不及了|晚了吗|太晚|"
                      # 是不是已经晚了？
                      r"(?:是不是|是否|会不会)(?:已经|都)?(?:太)?晚了|"
                      r"还能(?:不能)?(?:去)?(?:申请)?(?:仲裁|告|起诉|申请|认定)[^,。?？]{0,10}吗|还能(?:不能)?(?:再)?(?:去)?(?:仲裁|告|起诉)|"
                      r"截止|too late|time limit|deadline|still (?:claim|apply|sue|file|go to arbitration)|expired|"
                      r"run out|ran out"),
    "where": _re(r"去哪|找谁|哪里|(?:该|应该|是)?去[\u4e00-\u9fff]{2,8}还是(?:去)?[\u4e00-\u9fff]{2,8}[？?]|哪个部门|怎么投诉|向谁|到哪(?!天|一天|年|月|个月|为止)|投诉|举报|哪儿|where|who (?:do|should|can|will) (?:i|we)|who (?:should|will|has to|must) pay|which "
                 r"(?:office|department|agency|authority)|report (?:it|this|them|my)|complain"),
    "evidence": _re(r"证据|怎么证明|如何证明|取证|录音|截图|evidence|prove|proof"),
    # What asserting the right costs: 仲裁要交钱吗, 去哪告，要钱吗, 要不要请律师, is it free, do I need a lawyer
    # (not 能要钱吗 / 找公司要钱吗: claiming money from the employer).
    "cost": _re(r"(?:^|[，,。？?！!；;\s]|仲裁|告|起诉|立案|律师)(?:还)?(?:要|需要|得)(?:不要)?(?:交|花|收|出)?(?:多少)?钱吗|"
                r"(?:仲裁|官司|起诉|立案|律师|法律援助)[^。？?！!]{0,6}?(?:收(?:不收)?费|交费|花(?:多少|很多|不少|大)?钱|费用)|收不收费|"
                r"花(?:多少)?钱(?:请|找)律师|律师费|请(?:得起|不起)律师|(?:要不要|需不需要|用不用)(?:交|花|出)钱(?=[？?。，,！!]|$)|"
                r"(?:要不要|需不需要|需要|必须|得|要)(?:花钱)?(?:请|找)(?:个)?律师|"
                r"\bfree (?:lawyer|legal|of charge)|is (?:it|arbitration) free|"
                r"(?:need|hire|get|afford|pay for|find)(?: a| an)?(?: [a-z]+)? (?:lawyer|attorney)|"
                r"(?:does|will|would) (?:it|arbitration|this) cost|cost (?:money|anything)|"
                r"filing fee|legal fees?|lawyer(?:'s)? fees?"),
    "what_next": _re(r"怎么办|咋办|怎么处理|该怎么|怎么做|如何维权|怎么维权|what (?:should|can|do) i do|what now|"
                     r"next step"),
}


# "还能要吗" asks whether it is still in time only when the message tells time gone by (都离职快一年了，这些钱还能要吗);
# 签了字还能要加班费吗 and 被辞退还能要赔偿吗 ask whether the claim stands. (还能去仲裁吗, 还能申请工伤吗 ask the limit.)
_STILL_CLAIM = _re(r"还能(?:不能)?要回?[^,。?？]{0,10}吗")
_TIME_GONE_BY = _re(r"(?:离职|辞职|走了|不干了|被辞|被开除|出事|受伤|过去|拖)[^。？?！!]{0,12}?(?:[0-9一二两三四五六七八九十几半多]+(?:个)?(?:年|月)|"
                    r"多久|这么久|好久|很久|快一年|一年多|半年)|(?:过了|已经)[^。？?！!]{0,6}(?:年|个月|多月)|"
                    r"(?:几|两|三|好几)年前|前几年|很多年|这么多年|早就|去年|前年|这一年|一年了|年多了|现在还能|到现在还能|时间长了|"
                    r"拖了|拖到|耽误|没顾上|当时(?:不懂|没(?:去|告|要|申请|想))")


def _asks(text: str) -> set[str]:
    asks = {kind for kind, pattern in _ASKS.items() if pattern.search(text)}
    if "time_limit" not in asks and _STILL_CLAIM.search(text) and _TIME_GONE_BY.search(text):
        asks.add("time_limit")
    return asks


# ---------------------------------------------------------------------------------------------
# Money: the amounts of the message, each told apart by its context (月薪 vs. 欠)

# An amount is Arabic digits with an optional unit and trailing digit (8千5, 1万2, 1万5000, 8k) or Chinese
# numerals (一万二); "5000一个月" is 5000, not a numeral run 5000一.
_MONEY_RUN = _re(r"(?<![0-9a-z.])(?:\d+(?:\.\d+)?\s*(?:(?:千万|[千万kw])\s*(?:\d+|[一二两三四五六七八九](?![十百千万]))?)?|"
                 r"[零〇一二两三四五六七八九十百千万]+)(?![0-9a-z])")
_HAS_DIGIT = _re(r"[0-9一二两三四五六七八九十]")
_NOT_MONEY_AFTER = _re(r"\s*(?:年|月|日|号|天|个|岁|人(?!民币)|名|位|倍|小时|点|%|周|星期|次|级|余|几|层|楼|亿|条|分|"
                       r"公斤|斤|米|平|项|家|件|"
                       r"间|台|辆|套|张|号|[-/]\d|:\d|hours?|days?|years?|months?|weeks?|people|workers|times|%)")
_MANY_AFTER = _re(r"\s*多\s*(?:个|人|名|位|天|年|月|岁|小时|次)")
_MONEY_UNIT = _re(r"[千万kw]|^\s*(?:元|块|rmb|yuan|¥)")
_CURRENCY_AFTER = _re(r"^\s*(?:多)?\s*(?:元|块|rmb|yuan)")
_CURRENCY_BEFORE = _re(r"(?:¥|rmb|yuan|cny)\s*$")
_OWED_BEFORE = _re(r"欠|拖欠|没发|没给|不给|没结|未付|未发|少发|少给|克扣|扣了|扣我|还差|差我|"
                   # (not 月薪一共6200: a month's pay told with what is added to it; 每个月多给600块补贴，工资一共6000:
                   # the month's pay with the allowance)
                   # (not 10月算下来一共11800: one month's pay as it came out, commission and all)
                   r"(?<!月薪)(?<!(?<![的个])工资)(?<!月算下来)(?<!月算起来)(?:总共|一共|共计|累计|合计)|"
                   r"讨|要回|"
                   r"owe|unpaid|owed|withh[eo]ld|back pay|outstanding|total")
_OWED_AFTER = _re(r"^\s*(?:元|块|块钱|rmb|yuan)?\s*(?:多|左右)?\s*(?:的)?\s*(?:工资|工钱|钱|薪水|血汗钱)?\s*(?:还|都|"
                  r"一直)?\s*"
                  r"(?:没|未|不|拿不到|要不到)|^[^,。]{0,12}(?:unpaid|owed|outstanding)")
_MONTHLY_BEFORE = _re(
                      # 月薪加野外补贴9000, 底薪连提成一共8000: the month's pay told with what comes on top of it (first:
                      # the longest reading at a place wins)
                      r"(?<!欠)(?<!欠我)(?:月薪|底薪|基本工资)(?:加上?|连|带|含)[^,，。；;\d]{0,6}?(?:补贴|津贴|提成|奖金|绩效)(?:一共|总共|合计|共|是)?|"
                      r"(?<![0-9一二三四五六七八九十])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:的)?(?:工资)?(?:算下来|算起来)(?:一共|总共|合计|是)?|"
                      r"月薪|转正(?:后|以后)?(?:的)?(?:工资)?|(?:学徒期|试用期|[0-9一二两三四五六]个月)(?:满)?(?:以后|之后|后)(?:的)?(?:工资)?(?:是|就|涨到|给)?|(?<![个0-9一二三四五六七八九十两几])月(?:的)?工资|月收入|底薪|一个月|每个?月|月入|一月|基本工资|平均工资|"
                      r"月平均|平均每个?月|平均一个月|税前|到手|monthly|per month|"
                      # 每月保底3000加提成，平均能拿5000左右: the month's average, told by what it comes to
                      r"平均(?:下来)?(?:每个?月|一个月)?(?:能|可以|大概|差不多)?(?:拿|挣|赚|有)(?:到)?|"
                      r"a month")
_WAGE_BEFORE = _re(r"工资|薪水|薪资|收入|月均|月入|salary|wages?|earn|paid|\bpay\b|\bmake\b")
_WAGE_AFTER = _re(r"^\s*(?:元|块|块钱|rmb|yuan)?\s*(?:多|左右)?\s*(?:/月|每月|每个月|一个月|一月|的月薪|的工资|月薪|"
                  r"a month|per month|"
                  r"/month|monthly)")
_OTHER_KIND_BEFORE = _re(r"日薪|日工资|一天|每天|时薪|一小时|每小时|年薪|年终奖|奖金|补偿|赔偿|罚款|违约金|押金|提成|补贴|"
                         r"退休金|养老金|社保|公积金|管理费|服装费|体检费|培训费|pension|"
                         r"医药费|医疗费|"
                         # a difference, not the wage: 每月比男的少500, 低了800, 扣了300 (至少5000, 差不多5000 are)
                         r"(?<!至)少(?:了|发了?|给了?)?|差(?!不多)|相差|低了?|降了|涨了|扣了?|多出|高出|"
                         r"per (?:day|hour)|a day|an hour|a year|per year|annual|bonus|compensation|deposit|fine")


# 1.1万一个月, 8000一月: a month's money (a day's or a year's is not a wage); 8千一分都不发了, 5000一分没给: not a cent of it
_PER_ONE = re.compile(r"个月|月(?![份])|分(?:钱)?(?:都|也|没|不)")


# an English month name just before a number (10 November 2026, November 10, 2026): the number is the year
_MONTH_NAME_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$",
                                re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Amount:
    value: Decimal
    kind: str  # "wage", "owed" or ""
    basis: str = ""  # a wage's kind: "base" (底薪3000) or "average" (平均每月到手7200)


def _amounts(text: str, *, english: bool = False) -> list[_Amount]:
    found: list[_Amount] = []
    width = 40 if english else 14  # English says in words what Chinese says in characters
    training_told = bool(_TRAINING_TOLD.search(text))
    for m in _MONEY_RUN.finditer(text):
        run = m.group().strip(".")
        if not _HAS_DIGIT.search(run) or not run:
            continue
        end = m.end()
        if run.endswith("一") and _PER_ONE.match(text, end) and _HAS_DIGIT.search(run[:-1]):
            run, end = run[:-1], end - 1  # 1.1万一个月, 5000一个月: the 一 counts the month, not the money
        after = text[end:end + 8]
        if _NOT_MONEY_AFTER.match(after) or _MANY_AFTER.match(after):
            continue
        if text[end:end + 1] == "亿":
            continue
        before_char = text[max(0, m.start() - 1):m.start()]
        if before_char in ("-", "/", ":", "第"):
            continue
        value = parse_money(run, maximum=_MAX_OWED)
        if value is None:
            continue
        if english and 1900 <= value <= 2100 and _MONTH_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # on 10 November 2026: a year, not money
        before = _clause_before(text, m.start(), width)
        tail = _clause_after(text, end, 20 if english else 12)  # (" yuan a month" is 13 characters)
        currency = bool(_MONEY_UNIT.search(run) or _CURRENCY_AFTER.match(tail) or _CURRENCY_BEFORE.search(before))
        if not currency and value < 100:
            continue
        wide = _clause_after(text, end, 24)
        # "my average monthly income over the last year was about 8,000": an average told further from its amount
        average_en = english and bool(_AVERAGE_PAY_EN.search(_clause_before(text, m.start(), 70)))
        total_of_training = training_told and bool(_TOTAL_ONLY.fullmatch(before)) and bool(
            _COST_BEFORE_ANYWHERE.search(_sentence_before(text, m.start(), 40)))
        if training_told and _TRAINING_EXTRA_BEFORE.search(before) and not _TRAINING_AFTER.match(wide):
            found.append(_Amount(value, "training", "extra"))  # 培训费6000、路费住宿1500: the travel is a cost of it too
            continue
        if _TRAINING_AFTER.match(wide) or (training_told and _COST_BEFORE.search(before)) or total_of_training:
            kind = "training"  # 3万的培训费, 30,000 yuan of training, 培训…发票加起来2万, 培训费16800、路费1200…一共18000
        elif _PENALTY_AFTER.match(wide) or (_REFUSED_BEFORE.search(before) and _SUIT_THREAT_AFTER.match(wide)):
            kind = "penalty"  # 要赔5万违约金; 不给3万就去法院告我
        elif _OVERTIME_PAID_AFTER.match(tail) and _PAID_BEFORE.search(before) or _OVERTIME_PAID_BEFORE.search(before):
            kind = "overtime_paid"  # 只多给了500块的"加班补贴", 加班费只给了800
        elif _EMPLOYER_AVERAGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            kind = "employer_average"  # 公司去年人均月工资1.2万: the base of the maternity allowance
        elif _AVERAGE_BEFORE.search(_clause_before(text, m.start(), 40)):
            kind = "average"  # 我们这社平工资大概1.1万一个月
        elif _MINIMUM_BEFORE.search(sentence := _sentence_before(text, m.start(), 40)):
            kind = "minimum"  # 我们这最低工资2100, minimum wage here is 2300
        elif _PROBATION_PAY.search(sentence) or _PROBATION_PAY_AFTER.match(wide):
            kind = "probation"  # 试用期搞了三个月，每个月只发1600; 试用期工资2000; salary 4000 during probation
        elif _BILL_AFTER.match(wide):
            kind = ""  # 26,000 RMB hospital bill, 2万的医药费: a cost, not the wage
        elif _EXTRA_BEFORE.search(before):
            kind = ""  # 每月多给两百块 (for waiving insurance): an addition to the wage, not the wage
        else:
            kind = _amount_kind(before, tail) or ("wage" if average_en else "")
        basis = ""
        if kind == "wage":
            basis = "average" if _AVERAGE_PAY_BEFORE.search(before) or average_en else "base" if (
                _BASE_PAY_BEFORE.search(before) or _BASE_PAY_AFTER.match(tail)) else ""
        if total_of_training:
            basis = "total"
        found.append(_Amount(value, kind, basis))
    return found


# 培训费16800、住宿路费1200都有发票，一共18000: the sum of what the training cost, told after its parts
_TOTAL_ONLY = _re(r"\s*(?:加起来|合计|一共|总共|共计|总计)(?:是|有)?\s*")
_COST_BEFORE_ANYWHERE = _re(r"培训费|学费|发票|费用|花费|路费|住宿费")
# 不给3万就去法院告我: a sum the employer demands on pain of a lawsuit (the penalty it claims), not wages owed
_REFUSED_BEFORE = _re(r"(?:不给|不交|不赔|不拿出|不掏)\s*$")
_SUIT_THREAT_AFTER = _re(r"^\s*(?:元|块|块钱|万)?\s*(?:的话)?(?:就|便)(?:要)?(?:去|到|上)?(?:法院)?(?:告|起诉)")


_EXTRA_BEFORE = _re(r"(?:多|另|额外|另外)(?:给|发|补|加)(?:了)?(?:我|我们)?\s*$|(?:extra|additional|on top)\s*$")
_BILL_AFTER = _re(r"^\s*(?:元|块|块钱|rmb|yuan)?\s*(?:多|左右)?\s*(?:的)?\s*(?:医药费|医疗费|住院费|手术费|治疗费|药费|"
                 r"(?:in |of )?(?:hospital|medical|treatment|surgery|surgical|doctor'?s?|repair)\s+(?:bills?|costs?|"
                 r"expenses|fees?))")
# 底薪3000加提成…平均每月到手7200: the average is the wage that compensation and the claims count on (实施条例第二十七条)
_BASE_PAY_BEFORE = _re(r"(?:底薪|基本工资|基础工资|保底|basic (?:salary|pay|wage)|base (?:salary|pay))[^，,。；]{0,12}$")
# 只给我发3千基本工资: a base pay named after its amount
_BASE_PAY_AFTER = _re(r"^\s*(?:元|块|块钱)?(?:的)?(?:底薪|基本工资|基础工资|保底工资)")
_AVERAGE_PAY_BEFORE = _re(r"(?:平均|到手|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:的)?(?:工资)?(?:算下来|算起来)|实发|实际拿|综合|(?:总共|一共|合计|总计|加起来)(?:每个?月|一个月)|正常(?:工资|月薪|收入)|平时(?:工资|月薪|到手)|"
                          # 我平时一个月工资7千左右, 原来的工资8000
                          r"(?:平时|平常|正常|原来)(?:的)?(?:一个月|每个?月)(?:的)?(?:工资|月薪|收入|到手)|原来(?:的)?(?:工资|月薪)|"
                          # 底薪5000加提成，平时一个月7500左右
                          r"(?:平时|平常|一般)(?:的)?(?:一个月|每个?月)|"
                          r"(?:normal|usual|regular|average|actual|full) (?:monthly )?(?:pay|salary|wage|income)|take-home)"
                          r"[^，,。；]{0,12}$")
# "my average monthly income over the last year was about 8,000": the average told further from its amount in English
_AVERAGE_PAY_EN = _re(r"\b(?:average|usual|normal) (?:monthly )?(?:pay|salary|wage|income|earnings)\b[^.;!?]{0,40}$")


def _last(pattern: re.Pattern, text: str) -> int:
    ends = [m.end() for m in pattern.finditer(text)]
    return ends[-1] if ends else -1


_OTHER_KIND_AFTER = _re(r"^\s*(?:元|块|块钱)?\s*(?:多|左右)?\s*(?:的)?\s*[\"“”「」『』']?\s*(?:现金|社保|交通|餐|饭|话费|住房|高温)?(?:补贴|津贴|管理费|押金|服装费|体检费|培训费|"
                        r"退休金|养老金|罚款|提成|奖金|年终奖|违约金)|"
                        r"^\s*(?:元|块|块钱)?\s*(?:当|作为|算|做)(?:是)?(?:经济)?(?:补偿|赔偿|遣散费)")
# 给了我3个月工资16800: several months' pay in one sum, not a month's wage
_MONTHS_OF_PAY_BEFORE = _re(r"(?<![0-9一二两三四五六七八九十半])(?!一\s*个月)[0-9一二两三四五六七八九十半]+\s*个月(?:的)?(?:工资|薪水)"
                            # 9、10两个月工资两个人加起来1万6, 两个月工资（每人大概9000）: the sum, for one or more
                            r"(?:[^，,。；0-9]{0,8}?(?:一共|总共|共|合计|加起来|每人|每个人)(?:大概|大约|约|差不多)?)?\s*$")
# (一个月工资7千 is a month's wage)
_PENSION_BEFORE = _re(r"退休金|养老金|pension")
# Paid less each month than is owed: 比男的少, 少发了, 降了, 低了 right before the amount (not 至少, 差不多).
_SHORT_BEFORE = _re(r"(?:(?<!至)少(?:了|发了?|给了?)?|(?<!不)差(?:了)?|相差|低(?:了)?|降(?:了)?)\s*$")
_PAY_CUT_BEFORE = _re(r"降薪|降工资|工资(?:被)?(?:降|减|砍)|扣(?:了)?(?:我)?(?:的)?(?:工资|绩效)")


# The training cost and the penalty of a service-period agreement (培训费花了3万, 违约金写的10万, 3万的培训费).
_TRAINING_BEFORE = _re(r"(?:培训费(?:用)?(?:(?:加|和|连同|含)[^,，。；]{0,6}?)?(?:发票|收据|票据|凭证)?(?:上)?(?:写的|写着|开的)?|"
                       r"培训(?:花了|花费|成本|用了|花销)|training (?:costs?|fees?)|training(?: (?:program(?:me)?|course|classes))? (?:that|which) "
                       r"cost(?:s)?(?: me| us| the company| them)?)"
                       r"(?:(?:只|才|就|总共|一共|共)?(?:是|花了|用了|有|为)|共|一共|总共|大概|约|of|:|：)?\s*"
                       r"(?:about |around )?$")
_TRAINING_AFTER = _re(r"^\s*(?:元|块|块钱|万|yuan|rmb)?\s*(?:多|左右)?\s*(?:的|of|in)?\s*(?:培训费|training)|"
                      # 公司出8000块送我考了特种作业证: what the employer paid to send the worker to train
                      r"^\s*(?:元|块|块钱|万)?\s*(?:钱)?\s*(?:的)?\s*(?:学费|费用)?\s*送(?:我|我们|他|她)(?:去)?[^,，。；]{0,8}?(?:考|学|培训|进修|参加|读)")
# (公司送俺去济南考登高证、学光纤熔接，花了6000块…签了个服务期协议: sent to learn, a service period for it)
_TRAINING_TOLD = _re(r"培训|进修|服务期|(?:送|派)(?:我|俺|我们|俺们)?(?:去|到)[^。；;，,]{0,8}?(?:学|考)|training")
# The travel and lodging of a training told beside its fee (培训费6000、路费住宿1500): 劳动合同法实施条例第十六条 counts
# 培训期间的差旅费用 in the training cost.
# (学费加差旅一共18000: the sum of both, not travel beside a fee)
_TRAINING_EXTRA_BEFORE = _re(r"(?<![加和连含])(?:路费|住宿费?|差旅费?|食宿费?|交通费|车费|机票|考试费|报名费|考证费|鉴定费)"
                             r"(?:和|、|加|跟)?(?:路费|住宿费?|差旅费?|食宿费?|交通费|车费|机票)?(?:是|花了|有)?\s*$")
_COST_BEFORE = _re(r"(?:发票|票据|学费|费用|花费|花了|开销)(?:(?:加|和|连同|含|还有)[^,，。；;\d]{0,6}?)?(?:的)?(?:加起来|合计|一共|总共|共|大概|约)?(?:是|有|为)?\s*$|"
                  r"\bcost(?:s|ing)?(?: me| us| them| the company| the airline)?(?: about| around| over)?\s*(?:rmb|cny|¥)?\s*$")
_PENALTY_AFTER = _re(r"^\s*(?:元|块|块钱|万)?\s*(?:的)?\s*违约金|"
                    r"^\s*(?:yuan|rmb)?\s*(?:as|in|of)\s+(?:a\s+)?(?:liquidated damages|penalty|breach(?:-of-contract)? penalty)")
# The pay of a probation (试用期工资2000, 试用期三个月，每个月只发1600) and the local minimum wage (最低工资2100).
_PROBATION_PAY = _re(
    r"(?:试用期|学徒期)(?:的|期间|内|里)?(?:工资|薪资|薪水|月薪|每个?月|一个月)(?:只|才|就)?(?:有|是|为|发|给|拿|开)?(?:了|我)?\s*$|"
    r"(?:试用期|学徒期)(?:的|期间|内|里)?(?:只|才|就)?(?:发|给|拿|开)(?:了|我)?\s*$|"
    r"(?:试用期|学徒期)(?:(?!转正|约定|合同)[^。？！?!]){0,16}?(?:只|才|就)(?:发|给|拿|开)(?:了|我)?\s*$|"
    # 试用期工资只发70%也就是4200: the share told, then its sum
    r"(?:试用期|学徒期)(?:(?!转正|约定|合同)[^。？！?!，,]){0,16}?(?:也就是|就是|即|合|算下来)\s*$|"
    # 说好前三个月学徒期一个月1800，三个月以后3500
    r"前(?:[0-9]|[一二两三四五六])个月(?:的)?(?:学徒期|试用期)?(?:的)?(?:工资|一个月|每个?月)(?:只|才|就)?(?:有|是|为|发|给|拿)?\s*$|"
    r"probation(?:ary)?(?: period)? (?:pay|salary|wages?)(?: is| was| of)?(?: only)?\s*(?:rmb|¥|cny)?\s*$|"
    r"(?:during|in) (?:the |my )?probation[^.?!]{0,30}?(?:pay|paid|paying|gave|give|giving|get|got|receive|received)"
    r"s?(?: me)?(?: only)?\s*(?:rmb|¥|cny)?\s*$")
# A wage agreed by the hour: 小时工资25元, 时薪30, 每小时25块, 25元一小时, hourly wage is 25 yuan, 25 yuan an hour.
_HOURLY_WAGE = _re(r"(?:小时工资|时薪|每小时(?:工资)?|一小时|hourly (?:wage|rate|pay)|pay per hour)(?:是|为|只有|才|就|:|：|\s|is|was|of)*"
                   # (the figure is money: a unit, or nothing after it — not 每小时送20单, 一小时60公里)
                   r"(?:rmb|¥)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?)(?![0-9.])\s*(?:元|块|yuan|rmb|(?=[,，。;；!！?？\s)）]|$))|"
                   r"(?<![0-9.])(?P<v2>\d{1,3}(?:\.\d{1,2})?)\s*(?:元|块钱?|yuan|rmb)\s*(?:/|每|一个?|per |an |a )\s*(?:小时|hour)")
# The probation's pay told before the word: salary 4000 during probation (and 5000 after), 4000 a month in probation.
_PROBATION_PAY_AFTER = _re(r"^\s*(?:yuan|rmb|元|块)?\s*(?:a month |per month |monthly )?(?:during|in|for) (?:the |my )?"
                           r"probation")
# The months insurance was paid, told as a span (失业保险从2022年3月一直交到2026年10月)
_INSURED_SPAN = _re(r"(?:失业保险|社保|保险)[^。；;？?]{0,8}?从\s*(?P<y1>(?:19|20)\d\d)\s*年\s*(?P<m1>\d{1,2})\s*月(?:份)?"
                    r"[^。；;？?]{0,8}?(?:交|缴)(?:纳)?(?:到|至)\s*(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m2>\d{1,2})\s*月")
_MINIMUM_BEFORE = _re(r"最低工资(?:标准)?(?:好像|应该|差不多|据说|听说|我听说|听人说|说是)?(?:是|才|为|有|只有|大概|大约|约|就)?\s*"
                      r"(?:一个月|每个月|每月|一月)?\s*$|"  # 最低工资是一个月2490
                      r"minimum wage(?: here| in [a-z]+)?"
                      r"(?: is| of)?\s*(?:rmb|¥|cny)?\s*$")
# 我们这社平工资大概1.1万一个月, 当地职工月平均工资9000, the local average wage is about 11,000: the base of the cap on
# severance (three times it) that the calculator otherwise asks for.
# What was paid for the overtime: 只多给了500块的"加班补贴", 加班费只给了800, 加班费一共发了1200.
_OVERTIME_PAID_AFTER = _re(r"^\s*(?:元|块|块钱)?\s*(?:钱)?\s*(?:的)?\s*[\"“”']?\s*(?:加班费|加班补贴|加班工资|加班钱|值班费|加班补助)|"
                           # The boss only gave me a 600 RMB 'overtime bonus'
                           r"^\s*(?:rmb|yuan|cny)?\s*(?:in\s+)?(?:as\s+)?(?:an?\s+)?[\"“”'‘]?\s*overtime\s+(?:bonus|pay|allowance|subsidy|money)")
# (English only with "only"/"just": "they gave me 6,000 RMB overtime pay" may be an award's)
_PAID_BEFORE = _re(r"(?:给|发|付|补)(?:了)?(?:我|我们)?\s*$|"
                   r"\b(?:only|just)\s+(?:gave|paid|gives|pays?)\s+(?:me|us)\s+(?:an?\s+)?(?:rmb\s*|¥\s*|cny\s*)?$|"
                   r"\b(?:gave|paid|gives|pays?)\s+(?:me|us)\s+(?:only|just)\s+(?:an?\s+)?(?:rmb\s*|¥\s*|cny\s*)?$")
_OVERTIME_PAID_BEFORE = _re(r"(?:加班费|加班补贴|加班工资|值班费)(?:只|就|才|一共|总共|共)?(?:给|发|付|补)(?:了)?(?:我|我们)?\s*$")
# The employer's own average wage (公司去年人均月工资1.2万, 单位上年度职工月平均工资9000): the maternity allowance's base.
_EMPLOYER_AVERAGE_BEFORE = _re(r"(?:公司|单位|厂里|我们公司|用人单位|(?:我们|我们的|这家)(?:诊所|医院|门店|店|厂|学校|酒店|机构|工厂|工地|超市))"
                               r"(?:去年|上年度|上一年|前一年)?(?:的)?(?:职工)?(?:月)?(?:人均|平均)(?:月)?(?:工资)?"
                               # 我们公司人均挺高，大概1.8万
                               r"(?:挺高|很高|比较高|不低|挺低|很低|不高)?(?:的)?\s*[,，]?\s*"
                               r"(?:说|据说|听说|好像|应该)?(?:是|为|有|大概|大约|约|差不多|只有|才)*\s*$|"
                               r"(?:company|employer)'?s? (?:average|mean) (?:monthly )?(?:wage|salary|pay)"
                               r"(?: is| was| of)?(?: about| around| roughly)?\s*$")
# A bare 平均工资 is the worker's own (前12个月平均工资11000, my average salary): the local one is named as such.
_AVERAGE_BEFORE = _re(r"(?:社平(?:工资)?|社会平均工资|职工(?:月)?平均(?:月)?工资|"
                      r"(?:当地|本地|本市|全市|全省|我们这|我们那|这边|那边|城市|地区|上年度)(?:的)?(?:职工)?(?:月)?平均(?:月)?工资)"
                      r"(?:标准)?(?:好像|应该|似乎|据说|听说|估计|可能)?(?:是|才|为|有|只有|大概|大约|约|差不多|将近|就|一个月|每月)*\s*$|"
                      r"(?:(?:local|city|regional|social|provincial|municipal|"
                      r"the (?!company|firm|team|department)[a-z]+|"
                      r"[a-z]+'s) average (?:monthly )?(?:wage|salary)(?: here| in [a-z]+)?|"
                      r"average (?:monthly )?(?:wage|salary) (?:here|in [a-z]+))(?: is| of)?"
                      r"(?: about| around| roughly)?\s*(?:rmb|¥|cny)?\s*$")
_PENALTY_BEFORE = _re(r"违约金(?:是|写的?|写了|约定(?:的|了)?|定了?|为|要|高达|有)?(?:是)?\s*$|penalty (?:of |is )?$")


# A wage agreed, then less paid each month: 说好一个月3000，结果每个月只给1000; 合同上写的月薪6000，实际每个月只发4500.
_AGREED_BEFORE = _re(r"(?:说好|讲好|谈好|讲定|约定|定好|承诺|答应|招聘(?:时|的时候)?(?:说|写)|合同(?:上)?(?:写|签|定)|"
                     r"promised|agreed|contract says)")
_PAID_LESS_BETWEEN = _re(r"(?:只|才|仅|就)(?:给|发|拿|开|到手|付|转|打)|实际(?:上)?(?:只|才)?(?:给|发|拿|到手|开|转)|only (?:paid|pay|gave|got)")
# A number that is a date, a count or a duration (3月, 10号, 8个月), not money: passed over between the two wages
_NOT_WAGE_AFTER = _re(r"\s*(?:月|号|日|年|点|天|个|岁|小时|周|星期|%)")


def _wage_runs(text: str) -> list[tuple[re.Match, Decimal | None]]:
    """The sums of money in ``text`` that could be a month's wage, each with its match (not 3月, 10号, 8个月)."""
    return [(m, parse_money(m.group().strip("."), maximum=_MAX_WAGE)) for m in _MONEY_RUN.finditer(text)
            if _HAS_DIGIT.search(m.group()) and not _NOT_WAGE_AFTER.match(text, m.end())]


def _agreed_but_paid_less(text: str) -> Decimal | None:
    """The monthly shortfall when the message tells an agreed wage and then a smaller one paid, or None."""
    # (说好的月薪4500，可老板从今年3月到10月每个月只转1500: the months between are no wage)
    runs = _wage_runs(text)
    for (m1, agreed), (m2, paid) in zip(runs, runs[1:]):
        between = text[m1.end():m2.start()]
        if agreed is None or paid is None or len(between) > 30 or re.search(r"[。；;？?！!]", between):
            continue
        if (_AGREED_BEFORE.search(_clause_before(text, m1.start(), 12)) and _PAID_LESS_BETWEEN.search(between)
                and _MIN_WAGE <= agreed <= _MAX_WAGE and 0 < paid < agreed):
            return agreed - paid
    return None


# An amount taken from pay (工资扣了我3000, 扣了3000块赔偿, took 3,000 out of my pay, deducted 3,000 from my wages).
_DEDUCTED = _re(r"扣(?:了|掉|走)?(?:我)?(?:的)?(?:工资)?\s*(?P<v>\d+(?:\.\d+)?\s*(?:[千万kw])?)\s*(?:块|元)?|"
                r"\b(?:took|deducted|docked|withheld|kept) (?:rmb |¥|cny )?(?P<v2>\d[\d,]*(?:\.\d+)?)")
# The sum taken, told before where it was taken from (补漆花了2400，全部从我这个月工资扣), and the month's gross pay it was taken
# from (这个月本来应发4200): the 20% is of that month's wage (工资支付暂行规定第十六条)
_DEDUCTED_BEFORE = _re(r"(?P<v>\d+(?:\.\d+)?\s*[千万kw]?)\s*(?:块|元)?[,，]?\s*(?:全部|都|全|直接)?(?:从|在)(?:我)?(?:的)?"
                       # (要我赔1500，直接从10月工资里扣: a month named)
                       r"(?:这个月|这月|当月|本月|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?)?(?:的)?工资(?:里|中)?(?:扣|出)")
# The whole month's pay kept for the loss (这个月工资一分没发，说全扣了; 工资全被扣光了)
_ALL_PAY_TAKEN = _re(r"(?:全|都|全部)(?:给|被)?扣(?:了|光|掉|完)|扣(?:光|完)了|一分(?:钱)?(?:都|也)?没发[^。；;？?]{0,8}扣")
_GROSS_THIS_MONTH = _re(r"(?:(?:这个月|这月|当月|本月|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:工资)?)(?:本来|原本)?应(?:该)?发|最后一个月(?:的)?工资(?:是|有|就)?)\s*"
                        r"(?P<v>\d+(?:\.\d+)?)\s*(?:块|元)?")


# The whole loss the employer claims (修好要6000, 维修费花了6000, 要我赔6000, 损失6000, the repair costs 6,000): told beside
# a smaller sum taken a month, the months the claim takes at the lawful pace are the whole loss's.
_LOSS_TOTAL = _re(r"(?:修好|修理|维修|修复|赔偿|赔|损失|换新的?|重买)(?:费|费用)?(?:要|需要|得|花了|花|共|一共|总共|是|了|说)?\s*"
                  r"(?P<v>\d+(?:\.\d+)?\s*[千万kw]?)\s*(?:块|元)?|"
                  # 每个月接着扣，扣满8000为止: the sum the deductions run to
                  r"扣(?:满|够|到|完)\s*(?P<v3>\d+(?:\.\d+)?\s*[千万kw]?)\s*(?:块|元)?(?:为止|才停|就不扣)|"
                  r"\b(?:repairs?|loss|damage|replacement)(?: costs?)?(?: (?:is|was|are|were|of|comes? to|came to))? "
                  r"(?:rmb |¥|cny )?(?P<v2>\d[\d,]*(?:\.\d+)?)")


def _loss_claimed(text: str, taken: Decimal) -> Decimal | None:
    """The whole loss the employer claims when the message tells one larger than the sum taken (None otherwise)."""
    for m in _LOSS_TOTAL.finditer(text):
        loss = parse_money((m.group("v") or m.group("v3") or m.group("v2").replace(",", "")).strip("."),
                           maximum=_MAX_OWED)
        if loss is not None and loss > taken:
            return loss
    return None


def _deducted_for_loss(text: str) -> re.Match | None:
    """The sum taken from pay for a loss the worker caused: the first told after the loss (迟到罚了800…把模具弄坏了，要从
    工资里扣3000: the 3000, not the fine), else the first told anywhere; after 扣 or before where it was taken from."""
    loss = _FLAG_PATTERNS["caused_loss"][0].search(text)
    for start in dict.fromkeys((loss.start() if loss is not None else 0, 0)):
        if (m := _DEDUCTED.search(text, start) or _DEDUCTED_BEFORE.search(text, start)) is not None:
            return m
    return None


_PEERS_BEFORE = _re(r"(?:他们|她们|正式工|正式员工|正式的|自己招的|本单位的|人家|别人|同事)[^。；;？?]{0,10}$")
_MINE_BEFORE = _re(r"(?:我|我们)(?:的|每月|一个月)?(?:只有|才|就|只拿|才拿|只给|才给)(?:到)?\s*$")


def _peers_and_own_pay(text: str) -> tuple[Decimal, Decimal] | None:
    """The peers' wage and the worker's own when the message compares them (他们每月6500…我只有4800), or None."""
    runs = _wage_runs(text)
    for (m1, theirs), (m2, mine) in zip(runs, runs[1:]):
        if theirs is None or mine is None or m2.start() - m1.end() > 30:
            continue
        if (_PEERS_BEFORE.search(text, max(0, m1.start() - 14), m1.start())
                and _MINE_BEFORE.search(text, max(0, m2.start() - 8), m2.start())
                and _MIN_WAGE <= mine < theirs <= _MAX_WAGE):
            return theirs, mine
    return None


def _amount_kind(before: str, after: str) -> str:
    if _TRAINING_BEFORE.search(before):
        return "training"
    if _PENALTY_BEFORE.search(before):
        return "penalty"
    if _OTHER_KIND_AFTER.match(after) or _PENSION_BEFORE.search(before) or (
            _MONTHS_OF_PAY_BEFORE.search(before) and not _OWED_BEFORE.search(before)):
        return ""  # 300块社保补贴, 扣100块管理费, 退休金每个月2800: not the wage
    if _SHORT_BEFORE.search(before) and (_MONTHLY_BEFORE.search(before) or _PAY_CUT_BEFORE.search(before)):
        return "short"  # 每月比男的少500, 工资降了1500: paid this much less each month
    owed, monthly = _last(_OWED_BEFORE, before), _last(_MONTHLY_BEFORE, before)
    other = _last(_OTHER_KIND_BEFORE, before)
    # (>= other: 月薪加野外补贴9000 ends on the allowance, told as part of the month's pay)
    if _WAGE_AFTER.match(after) or (monthly >= 0 and monthly > owed and monthly >= other):
        return "wage"
    if owed >= 0 and owed > other or _OWED_AFTER.match(after):
        return "owed"
    if other >= 0:
        return ""
    if _WAGE_BEFORE.search(before):
        return "wage"
    return ""


# ---------------------------------------------------------------------------------------------
# Dates: where they are, then what happened on them

_CN = "0-9一二三四五六七八九十两〇零"
_PART = r"(?:底|末|初|中旬|上旬|下旬)"  # 11月底: the end of November
_EN_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
_HOLIDAY_DAYS = {"圣诞": (12, 25), "平安夜": (12, 24), "元旦": (1, 1), "国庆": (10, 1), "劳动节": (5, 1),
                 "五一": (5, 1), "妇女节": (3, 8), "儿童节": (6, 1), "情人节": (2, 14), "christmas eve": (12, 24),
                 "christmas": (12, 25), "new year's day": (1, 1), "new year's eve": (12, 31)}
_HOLIDAY = (r"(?:(?:前年|去年|今年)(?:的)?\s*(?:圣诞节?|平安夜|元旦|国庆节?|劳动节|五一|妇女节|儿童节|情人节)|"
            r"(?:圣诞节|平安夜|元旦|国庆节|劳动节|妇女节|儿童节|情人节)(?=那天|当天|那晚|前后|[^,。]{0,6}(?:受伤|摔|砸|"
            r"出事|被|离职|辞退|开除|入职))|"
            r"(?:last |this )?(?:christmas(?: eve| day)?|new year'?s (?:day|eve))(?: last year| this year)?)")
_DATE_CANDIDATE = _re(
    _HOLIDAY + "|"
    rf"[0-9〇零一二三四五六七八九]{{4}}\s*年\s*(?:[{_CN}]{{1,3}}\s*月(?:\s*[{_CN}]{{1,3}}\s*[日号]|{_PART})?|底|末|初)?"
    r"|(?<!\d)\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?!\d)"
    rf"|(?:前年|去年|今年|明年)\s*(?:[{_CN}]{{1,3}}\s*月(?:\s*[{_CN}]{{1,3}}\s*(?:[日号]|(?![{_CN}]|\s*[月个]))|{_PART})?|年底|年末|年初|底|末|初)?"
    rf"|(?:上上个?月|上个?月|这个月|本月)\s*(?:[{_CN}]{{1,3}}\s*[日号]|底|初|末)?"
    rf"|下个?月\s*(?:[{_CN}]{{1,3}}\s*[日号]|底|初|末)"
    # (10月11月一分钱没发: October and November, not October 11th)
    rf"|(?<![{_CN}个])[{_CN}]{{1,3}}\s*月\s*(?:[{_CN}]{{1,3}}\s*(?:[日号]|(?![{_CN}]|\s*[月个]))|{_PART})?"
    rf"|(?<![{_CN}])[{_CN}]{{1,3}}\s*[日号](?!线|楼|门|床|机)"
    r"|(?<![0-9.])\d{1,2}\.\d{1,2}(?![0-9.万千kw元块])"
    r"|今天|今日|昨天|前天|上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末])|last week"
    r"|(?:这|本|上)(?:个)?(?:周|星期|礼拜)[一二三四五六日天]"
    rf"|(?<![a-z]){_EN_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}}|,?\s+(?:of\s+)?(?:last|this)\s+year)?|\d{{4}}|(?:of\s+)?(?:last|"
    rf"this)\s+year)"
    rf"|(?<![\d.])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH},?(?:\s+\d{{4}})?"
    rf"|\blast\s+{_EN_MONTH}"
    r"|\byesterday\b|\btoday\b|\blast month\b"
)
_PART_DAY = {"底": 31, "末": 31, "初": 1, "中": 15, "中旬": 15, "上旬": 5, "下旬": 25}
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# A collapse (突然倒下, 晕倒, 猝死, collapsed): a day an injury's time limits count from, though no injury was suffered
_COLLAPSE_WORDS = r"(?:突然|当场)?(?:倒下|倒地|晕倒|昏倒|倒在|发病|猝死|晕在|昏在|晕过去|昏过去|心脏骤停|心跳骤停|呼吸心跳骤停)|\bcollapsed\b"
# Death told as going (抢救没过来，当天就走了): no leaving of the job.
_DIED_AS_GONE = _re(r"(?:(?<=抢救没过来)|(?<=没抢救过来)|(?<=没救过来)|(?<=抢救无效))[，,]?(?:当天|当场|第二天|没多久|很快)?(?:人)?(?:就|也)?(?:走了|没了)")
_COLLAPSE = _re(_COLLAPSE_WORDS)
# A death ending a story told from its date (叫不醒…人已经没了, 心源性猝死, 抢救无效去世). Narrower than the ``death``
# flag's words on purpose: those would date four more deaths in the older sets (淹死, 缺氧死在舱里, 人走了) and move one
# lead, a change not yet read.
_DEATH_AT_END = _re(_COLLAPSE_WORDS + r"|人(?:已经|就)?没了|(?:抢救无效|没抢救过来|没救过来)|去世|身亡")
_COLLAPSE_OR_ILLNESS = _re(_COLLAPSE_WORDS + r"|突发|心梗|脑梗|脑溢血|脑出血|中风|休克|心脏病|\bstroke\b|heart attack")
# Lived through it: out of hospital, brought round, recovering at home (not 还在ICU, 抢救到现在).
_SURVIVED = _re(r"(?:已经|已|现在)?出院|抢救(?:了)?(?:过来|回来)(?!.{0,4}没)|救(?:过来|回来)了|醒(?:过来)?了|人没事|"
                r"(?:现在|已经)(?:在家)?(?:休息|休养|恢复)|(?:was|been|got) discharged|\bsurvived\b|\brecover(?:ed|ing)\b")
_EVENTS: tuple[tuple[str, re.Pattern], ...] = (
    ("contract_signed_date", _re(r"签(?:了|的|订|过)?(?:一份|[0-9一二两三四五六七八九十]+年(?:期)?的?)?(?:劳动|书面|固定期限)?合同|"
                                 r"签的|补签|(?<!re)signed(?! for)")),
    ("ruling_date", _re(r"裁决|判决|仲裁结果|ruling|award|judgment|judgement|signed for (?:it|the award|the ruling)")),
    ("knew_date", _re(r"才(?:发现|知道|得知)|发现|得知|查了?(?:一下)?才|found out|discovered|reali[sz]ed")),
    # 找老板要过, 讨薪, 催了工资, 投诉到劳动监察, 老板答应年底给, 打了欠条: the limitation interrupted that day
    ("demand_date", _re(r"(?:找|问|跟|向|去)[^,，。；;？?]{0,10}?(?:要|讨|催)(?:过|了|钱|工资|工钱|说法|(?:这|那)笔|欠款|补偿|赔偿|加班费)|"
                        # 2月10号我微信找他要，他回了句'过完年再说': asked, the clause ending there
                        r"(?:找|问|跟|向)[^,，。；;？?]{0,10}?(?:要|讨|催)(?=[，,。；;！!]|$)|"
                        r"讨(?:过|了)?(?:薪|工资|工钱|欠款)|"
                        r"讨要|催(?:过|了)?(?:要|讨|付|发|款|工资|工钱)|催告|"
                        # 2026年3月8号我又在微信上催了一次: a demand told without its object
                        r"催(?:过|了)(?:一次|一下|一遍|几次|好几次|[两三四五]次|他|她|老板)|(?:投诉|举报)(?:过|了|到)|"
                        # 去年告了原来的健身房: the claim brought that year (not the award's day)
                        r"(?<![报警广忠转宣预被])告(?:了|过)(?!诉)|"
                        # 1月8号我打过12333投诉，还去区劳动监察大队递了材料: a complaint to an authority
                        r"(?:打|拨)(?:过|了)?(?:一次)?(?:12333|12345|12348)|递(?:了|过|交了?)(?:材料|申请|投诉)|(?:打|写|签|出具)(?:了|过)?(?:一张)?欠条|"
                        r"(?:答应|承诺)(?:了|过)?|保证(?:了)?(?:会)?(?:给|付|还|发|结|补)|"
                        # the employer's reply that owns the debt (他回了句"再等等", 说过段时间给): a promise to pay
                        r"(?:回|说|答)(?:了)?(?:句|一句|我)?[\"“”‘’']?(?:[^,，。；;“”\"']{1,4}?)?(?:再等等|等等再说|过段时间(?:再)?(?:给|结|发|付)|"
                        # (说"年底前一定给你": a promise with a day to pay by)
                        r"(?:过几天|回头|下个?月|年底|月底|等[^,，。；]{1,6})(?:前|之前|以前)?(?:一定|肯定|保证|马上)?"
                        r"(?:再|就)?(?:给|结|发|付|还))|"
                        # 院长还回我'学校在走流程，会给你的'
                        r"(?:回|答)(?:了)?(?:句|一句|我)[\"“‘']?[^\"”’'。；;]{0,12}?(?:在走流程|会给|会付|会发|会结|会还)|"
                        # 老板还在微信里回我'知道欠你的，等这批蚝卖了就给': the debt owned
                        r"知道(?:是)?欠(?:你|您|你们)|(?:承认|认)(?:了)?(?:是)?欠(?:你|您|你们|我|我们)?(?:的)?(?:钱|工资|工钱)|"
                        r"demanded|asked (?:him|her|them|the boss|my boss|the company|the employer) (?:for|to pay)|"
                        r"complained to|filed a complaint|promised to pay|wrote (?:me )?an IOU")),
    ("assessment_date", _re(r"鉴定(?:结论|结果|书|出来|下来)|(?:disability|capacity) assessment|assessment (?:result|"
                            r"conclusion)")),
    # (轧 only as an accident: 轧伤, 轧断, 被…轧; not 轧花厂 or 轧钢厂, a cotton gin or a rolling mill)
    ("injury_date", _re(r"受伤|受的伤|伤的|出事|出的事|摔|砸|压伤|轧(?:伤|断|到|了|掉|烂|住|坏)|工伤|事故|烫伤|烧伤|骨折|injur|accident|(?:蛰|蜇)(?:了|伤)|"
                        r"追尾|车祸|被车撞|被[^,。]{0,12}车[^,。]{0,3}(?:撞(?!见)|蹭|刮|碰|挂)|(?:撞|蹭|刮|碰)倒|擦伤|缝了?[几\d一二三四五六七八九十]+针|"
                        r"[扭挫拉割划烫烧撞夹绞碾刺]伤|(?:开水|热油|热水|沸水)[^,。]{0,6}(?:溅|泼|洒)|烫(?:起|出)(?:了)?[^,。]{0,6}泡|"
                        # 抬冰箱的时候把腰扭了, 闪了腰, 崴了脚: a strain or sprain
                        r"把(?:腰|脚|脚踝|手|手腕|腿|膝盖|脖子|胳膊|肩膀?|手指)(?:给)?(?:扭|闪|崴|拉|抻)(?:伤|到|坏)?了|"
                        r"(?:扭|闪|崴|抻)(?:了|到|伤)(?:腰|脚|脚踝|脖子)|被[^,。]{0,6}(?:砸|压|轧|卷|夹|挤|绞|撞(?!见)|烫|割|电)|"
                        r"\bcrush(?:ed|es)?\b|\bcrashed\b|\b(?:was|were|got) (?:broken|fractured)\b|"
                        r"fell (?:on|off|from)|\bfell\b|trapped|caught in|ran over|run over|struck by|hit by|"
                        r"\blost (?:two |three |four |a |one |his |her |my )?(?:fingers?|hand|arm|leg|foot|eye)\b|"
                        r"\b(?:hit|knocked (?:down|over)) (?:me|him|her)\b|"
                        r"amputat|\bhurt\b|slipped|tripped|cut off|chopped off|severed|broke (?:my|his|her)|burn(?:ed|t)\b|"
                        r"scalded|electrocuted|切断|压断|轧断|截肢|断指|滑倒|摔倒|冒顶|塌方|坍塌|爆炸|触电|坠落|"
                        r"掉(?:了)?(?:下去|下来|进(?:了)?[^,，。]{0,4}(?:里|中))|落水|溺水|"
                        r"(?:切|压|轧|绞|砸|截)掉|(?:手|胳膊|腿|脚|头发|衣服|袖子)[^,，。]{0,3}(?:卷|绞)进(?:去|了)|"
                        # an occupational disease counts from its diagnosis (工伤保险条例第十七条)
                        r"诊断(?:为|出|是|证明|书)|确诊|diagnos|"
                        # a collapse at work (突然倒下, 晕倒在岗位上, collapsed): the day a sudden illness or death counts from
                        rf"{_COLLAPSE_WORDS}")),
    # (a 自愿离职申请 put to sign is no leaving; a 辞职信 handed in is the notice, its day no end)
    ("end_date", _re(r"离职(?!书|申请|报告)|离的职|辞职(?!信|书|申请|报告)|辞的职|辞工(?!书|单|申请|报告)|辞的工|辞退|辞了|开除|就走(?![路访])|(?:把我|给我|被|给)(?:开|炒)了|炒鱿鱼|(?:把|将)(?:我|我们|大家)(?:都|全|也)?打发(?:走)?了|"
                     # 10月5号被开的, 我10月31号已经走了, 打算11月30号走
                     r"被(?:开|炒|辞)(?:的|掉)|(?:已经|早就|早)走了|^\s*(?:就|再)?走(?:人)?(?=[，,。！!？?；;\s]|$)|"
                     r"为由(?:把我|将我|给我)?(?:开|炒)了|(?:当场|当天|直接|马上|立刻)(?:就)?(?:让|叫|要)(?:我|我们)滚(?:蛋)?(?!回)|"
                     # 当着大家面让我滚 (not a threat's consequence: 再不识相就让我滚蛋); 第二天就不让进仓库了
                     r"(?<![就再])(?:让|叫)(?:我|我们)滚(?:蛋)?(?!回)|"
                     r"不让(?:我|我们)?进(?:门|厂|厂门|仓库|店|公司|车间|工地|大门)(?:了)|倒闭|"
                     # 10月15号老板说停业，欠我两个月工资，补偿也没给: a closure for good (not 停业装修, 停业期间, 回家等通知)
                     r"停业(?!装修|整顿|期间|通知|协议|改造|升级|检修|待岗)(?=[^。]{0,24}(?:补偿|关门|注销|解散|散伙|不干了|不开了))|(?:别|不用|不要)(?:再)?来(?:上班)?了|不让(?:我|我们)(?:再)?(?:干|做|来|上班)了|不(?:要|用)(?:我|我们)了|不(?:干|做)的|(?:让|叫|赶)(?:我|我们)走(?![路访])|被裁|裁员|解除|终止|走的|走人|不干了|不做了|(?<!还)(?<!都)没(?:再)?(?:干|做)(?:了|下去)|最后一天|最后(?:一个)?工作日|最后上班|到期|"
                     # (not a stoppage's agreement, pay or time: 谁也没签过什么停工协议, 停工期间)
                     r"离开|停工(?!协议|期间|留薪|停产|待岗|通知|工资|生活费)|"
                     # not "his left hand"
                     r"\bquit\b|\bleft\b(?! (?:hand|arm|leg|foot|eye|ear|side|knee|shoulder|wrist|ankle|thumb|index|"
                     r"fingers?|hip|elbow|lung|kidney))|fired|dismissed|laid off|terminated|termination notice|"
                     r"(?:a|my|the|his|her) termination\b(?! (?:agreement|clause|terms))|last day|resigned|"
                     r"let go|"
                     r"expire|ended|"
                     r"not to come back")),
    # A birth and a maternity leave begun (11月4号剖宫产生了双胞胎, 10月20号开始休产假): the leave's days run from them.
    ("birth_date", _re(r"(?:剖宫|剖腹|顺)产|分娩|(?<![出发])生(?:了|下|的)?(?:一?[个对])?(?:孩子|小孩|宝宝|娃|双胞胎|三胞胎|龙凤胎|"
                       r"儿子|女儿|二胎|三胎)|生完|生产(?:了|完)|gave birth|\bdelivered\b|(?:baby|twins|son|daughter) "
                       r"(?:was|were) born|c-section")),
    ("leave_start_date", _re(r"开始休(?:的)?产假|(?:产假|maternity leave) (?:started|began)|started (?:my )?maternity leave|"
                             r"休产假(?:的)?(?:第一天)|产假(?:从|是从)")),
    ("start_date", _re(r"入职|"
                       r"(?<![早晚白夜])上的班(?=[,，。；;]|$)|"  # 去年12月1号上的班: the first day
                       r"进厂|进的厂|进公司|进(?:馆|校|园|矿|队|团|院|所|店)(?![长内里])|跳槽(?:过)?(?:到|来|去)|(?<![心蹦])跳过来|(?:调|换|转)过来的|换(?:工作)?(?:到|来)(?:了)?(?:现在)?(?:这|这家|这个)|开始上班|开始干|开始工作|开始做|(?<![不没未])(?<!不能)(?<!无法)(?:上岗|到岗)|(?<![下上出回过起拿送带借掉搬运原后将未本])来的|来上班|进去的|(?:^\s*|(?<=[0-9号日月年份]))进去(?=[,，。；;]|$|去年|今年|前年|[0-9]{1,2}\s*月)|(?<=[就才])来了(?=[,，。；;]|$)|"
                       # 去年2月10号去的，去年12月15号走的: the day the worker went there
                       r"(?<![下上出回过起拿送带借掉搬运])去的(?=[,，。；;]|$)|"
                       r"(?<!车)(?<!早上)(?<!上午)(?<!下午)(?<!晚上)(?<!公交)(?<!地铁)(?<!走路)(?<!步行)"  # 骑摩托车去站点上班: the commute
                       r"去[^,，。；？?]{1,12}?(?:当|上班|打工|干活|做工)(?![,，]?(?:在)?(?:路上|的路上|途中|时|的时候|去))|"
                       # 过完年2月16号到成都一家川菜馆当学徒: the day the worker came to the job
                       r"(?<![干做忙加等直送搬运开跑拉熬撑拖延推拿收找遇想听看接见得])到(?!期|点|手|账|位)(?:(?!以后|之后|还是|一直)[^,，。；？?到]){1,12}?(?:当学徒|当|上班|打工|做工)(?![,，]?(?:在)?(?:路上|的路上|途中|时|的时候))|"
                       r"进的(?!医院|ICU|icu|急诊)|进(?:了)?(?:这家|那家|这个|那个)|(?<![下上出回过起拿送带借掉搬运原后将未本])来(?:到)?(?:这家|那家|这个|那个)(?=[^,，。；]{0,6}?(?:是|在))|(?<![住送])进(?:了)?一家(?![^,，。；]{0,6}(?:医院|诊所|派出所))|started|"
                       # 8月3号进诸暨大唐一家袜厂做质检: the place named between 进 and 一家
                       r"(?<![住送走])进(?:了)?[\u4e00-\u9fff]{2,6}?一家(?![^,，。；]{0,6}(?:医院|诊所|派出所))|"
                       r"joined|"
                       r"hired|began|start date|"
                       r"\b(?:work(?:ed|ing)?|teach(?:ing)?|taught|employed|driv(?:ing|en)|deliver(?:ing|ed)|clean(?:ing|ed)|cook(?:ing|ed)|"
                       # (not "after work, a car hit me from behind": a direction, not when the job began)
                       r"serv(?:ing|ed))\b[^.;]{0,80}?\b(?:since|from(?!\s+(?:behind|above|below|the (?:side|front|back|"
                       r"rear|left|right|top)|(?:a |the )?(?:ladder|scaffold\w*|height|roof|truck|platform|crane))))\b|"
                       r"\b(?:contract|employee|staff|full-time|part-time|there|with (?:them|the company|the firm))\b[^.;]{0,20}?"
                       r"\bsince\b|"
                       # on a contract with a research institute from March 1, 2021: the employer, then when it began
                       r"\b(?:institute|company|factory|firm|hospital|school|university|college|restaurant|shop|store|"
                       r"hotel|agency|plant|mill|shipyard|studio|centre|center|clinic|bank)(?:\s+in\s+[A-Za-z]+)?\s+(?:from|since)\s*$|"
                       r"签(?:了)?(?:第一份|头一份|首份|第一次)|开始(?:还|就|一直)?在[^,，。；]{0,8}(?:干|上班|做|工作)|"
                       # 2025年3月1号起在朝阳区一家配音工作室干: the day the job began
                       r"(?<![一对看想说记了兴崛早])起(?:就|一直)?在[^,，。；]{0,12}(?:干|上班|做|工作)|"
                       r"毕业(?:后|以后|之后)?(?:就|一直)?(?:在|进|去)[^,，。；]{0,10}(?:干|上班|做|工作)")),
)
_INJURY_EVENT = dict(_EVENTS)["injury_date"]
# The claim named (算不算工伤, a work-injury claim), not an injury suffered
_CLAIM_NAMED = _re(r"工伤|work[- ]injur\w*|injury (?:claim|insurance|benefits?)")


def _holiday_date(s: str, *, today: date) -> date | None:
    """去年圣诞节 → 12-25 of last year; a holiday without a year is the latest one past."""
    name = next((n for n in _HOLIDAY_DAYS if n in s), None)
    if name is None:
        return None
    month, day = _HOLIDAY_DAYS[name]
    if "前年" in s:
        return date(today.year - 2, month, day)
    if "去年" in s or "last year" in s:
        return date(today.year - 1, month, day)
    found = date(today.year, month, day)
    if "今年" in s or "this year" in s:
        return found
    return found if found <= today else date(today.year - 1, month, day)


def _read_date(candidate: str, *, today: date) -> date | None:
    s = candidate.strip()
    if re.search(r"圣诞|平安夜|元旦|国庆|劳动节|五一|妇女节|儿童节|情人节|christmas|new year", s):
        return _holiday_date(s, today=today)
    part = re.search(r"月\s*(底|末|初|中旬|上旬|下旬)$", s)
    if part:
        month_start = _read_date(s[:part.start() + 1], today=today)
        if month_start is None:
            return None
        return _clamped(month_start.year, month_start.month, _PART_DAY[part.group(1)])
    m = re.fullmatch(r"(上上个?月|上个?月|这个月|本月|下个?月)\s*(?:(\S{1,3})\s*[日号]|(底|末)|初)?", s)
    if m:
        back = 2 if m.group(1).startswith("上上") else 1 if m.group(1).startswith("上") else 0
        first = _months_before(today.replace(day=1), Decimal(back))
        if m.group(1).startswith("下"):  # 合同下个月10号到期: a day still to come
            first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        if m.group(3):
            return _clamped(first.year, first.month, 31)
        if m.group(2):
            day = read_number(m.group(2))
            return _day_in(first.year, first.month, day)
        return first
    m = re.fullmatch(r"(前年|去年|今年)\s*(年底|年末|底|末|年初|"
                     r"初)", s) or re.fullmatch(r"(\d{4})\s*年\s*(底|末|初)", s)
    if m:
        offset = {"前年": -2, "去年": -1, "今年": 0}.get(m.group(1))
        year = today.year + offset if offset is not None else int(m.group(1))
        return date(year, 12, 31) if m.group(2).endswith(("底", "末")) else date(year, 1, 1)
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", s)
    if m:
        found = _day_in(today.year, int(m.group(1)), Decimal(m.group(2)))
        if found is not None and found > today:
            found = _day_in(today.year - 1, int(m.group(1)), Decimal(m.group(2)))
        return found
    if s in ("上周", "上个周", "上星期", "上个星期", "上礼拜", "上个礼拜", "last week"):
        # the earliest day it can be (last week's Monday), as 上个月 is the month's first: a limit counted
        # from it is never later than the real one
        return today - timedelta(days=today.weekday() + 7)
    m = re.fullmatch(r"(这|本|上)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])", s)
    if m:  # 这周一: this week's Monday; 上周五: last week's Friday
        monday = today - timedelta(days=today.weekday()) - timedelta(days=7 if m.group(1) == "上" else 0)
        return monday + timedelta(days="一二三四五六日".index(m.group(2).replace("天", "日")))
    if s == "前天":
        return today - timedelta(days=2)
    if s in ("yesterday",):
        return today - timedelta(days=1)
    if s in ("today",):
        return today
    if s == "last month":
        return _months_before(today.replace(day=1), Decimal(1))
    m = re.fullmatch(r"last\s+(\w+)", s)
    if m and m.group(1) not in ("week", "month", "year"):
        month = next((i + 1 for i, name in enumerate(_EN_MONTHS) if m.group(1).startswith(name)), None)
        if month is None:
            return None
        return date(today.year if month < today.month else today.year - 1, month, 1)  # the latest one past
    if re.match(r"[a-z\d]", s) and re.search(r"[a-z]{3}", s):
        return _read_english_date(s, today=today)
    return parse_date(s, today=today)


def _day_in(year: int, month: int, day: Decimal | None) -> date | None:
    if day is None or day != day.to_integral():
        return None
    try:
        return date(year, month, int(day))
    except ValueError:
        return None


def _next_of(value: date, told: str) -> date | None:
    """The next time the day told comes round after ``value``: a month on for a day of the month alone (30号是最后一天
    said on 27 November is 30 November, not 30 October), a year on for a month and day."""
    if _DAY_ONLY.fullmatch(told.strip()):
        month, year = (value.month % 12) + 1, value.year + (value.month == 12)
        return _day_in(year, month, Decimal(value.day))
    return _day_in(value.year + 1, value.month, Decimal(value.day))


def _read_english_date(s: str, *, today: date) -> date | None:
    month = next((i + 1 for i, name in enumerate(_EN_MONTHS) if re.search(rf"\b{name}", s)), None)
    if month is None:
        return None
    year_m = re.search(r"\d{4}", s)
    rest = re.sub(r"\d{4}", "", s)
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", rest)
    day = int(day_m.group(1)) if day_m else 1
    if year_m:
        year = int(year_m.group())
    elif "last year" in s:
        year = today.year - 1
    else:
        year = today.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not year_m and "year" not in s and found > today:
        found = found.replace(year=today.year - 1) if not (month == 2 and day == 29) else found
    return found


_DAY_GIVEN = re.compile(
    r"[日号]|(?:周|星期|礼拜)[一二三四五六天]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}\.\d{1,2}$|今天|今日|昨天|前天|圣诞|平安夜|元旦|国庆|劳动节|五一|"
    r"妇女节|儿童节|情人节|christmas|new year|yesterday|today|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}|"
    r"[a-z]{3}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d{2})")


_AGE_AFTER = re.compile(r"\s*(?:都|已经|就|刚|才)?\s*[0-9一二三四五六七八九十]{1,3}\s*(?:岁|周岁|了)")
_FUTURE = re.compile(r"^[^,，。;；]{0,4}(?:就要|快要|将要|即将|要|准备|打算|会)|\bwill\b|going to|\bis due\b|"
                     r"^[^,，。;；]{0,4}就(?:走人|走(?!人)|离职|离开|解除|终止|结束|不干|不做)(?![了的])")  # 说11月30号就走人
# "最后工作日是11月30号" said on 23 November: the last day is a week ahead, not a year ago (a day months past stays past).
# "11月30号我就离职了" said on 25 November: 就…了 after a day a few days ahead is the leaving to come (said of a day a
# year past it would be "already then"; the worker would name the year).
_DONE_SOON = re.compile(r"^[^,，。;；]{0,4}就(?:要)?(?:走人|走|离职|辞职|离开|不干|不做)了|"
                        # "我11月30号离职" said on 26 November, no 了: the leaving a few days ahead
                        r"^\s*(?:正式)?(?:离职|辞职|走人|离开|不干|不做)(?![了过])")
_DONE_SOON_DAYS = 14
# "让我11月30号以后不用来了", "12月1号起不用来了" said in late November: the day the employer set for the end, still ahead.
_NO_LONGER_COMING = re.compile(r"^[^,，。;；]{0,3}(?:以后|之后|后|起|开始)(?:就)?(?:不用|别|不要|不准|不让|不必)(?:再)?"
                               r"(?:来|上班|过来|到岗)")
_LAST_DAY_BEFORE = re.compile(r"最后(?:一个)?(?:工作日|一天|上班的?日子)(?:是|为|定在|定的)?\s*$")
# A dismissal told as a consequence, not done: 旷工三次直接开除, 不签就辞退 (not 当天就开除了)
_END_THREATENED = re.compile(r"(?:再?不[^，。,；;]{1,6}|(?:旷工|迟到|早退)[^，。,；;]{0,4}(?:次|天|回)(?:以上)?)"
                             r"(?:就|直接|便)+(?:会|要)?(?:被)?(?:开除|辞退|解除(?:合同|劳动合同)?)(?![了掉])")
# 说12月20号是最后一天: the last day, told after it
_LAST_DAY_AFTER = re.compile(r"^\s*(?:就)?(?:是|为|算)?(?:我们|大家)?(?:的)?最后(?:一个)?(?:工作日|一天|上班的?日子)")
_LAST_DAY_AHEAD = 92
# (a day counted from now, 上个月底 / 上周五 / 昨天 / last month, is where it is told: never moved to next year)
_YEAR_GIVEN = re.compile(r"\d{4}|年|year|上个?月|上周|上个?星期|上个?礼拜|昨天|前天|last (?:month|week)|yesterday")
# A last day the worker plans (打算干到11月30号就不干了, 准备做到12月15号): still to come.
_PLANNED = re.compile(r"(?:打算|准备|计划|想|决定)(?:再)?(?:干|做|上班|待|呆)?到\s*$|"
                      # 要是我12月15号辞职: a leaving supposed, still to come
                      r"(?:要是|如果|假如|假设|万一)(?:我)?(?:在|于)?\s*$|"
                      r"(?:打算|准备|计划|想|决定|如果(?:我)?|要是(?:我)?)(?:在|于)?(?:这个)?(?:月底|月末|年底)"
                      r"\s*[（(]\s*$|(?:打算|准备|计划|决定)(?:在)?\s*$|"
                      # 现在想年底12月31号走: the end of the year the worker means to leave at
                      r"(?:想|打算|准备|计划|决定)(?:在|于)?(?:这个|今)?(?:月底|月末|年底)\s*$|"
                      # 现在我想12月1号辞职: a day the worker means to leave on
                      r"(?:我|现在|本来|正)想(?:在|于)?\s*$|想(?:在|于)\s*$|"
                      # 真的干不下去了，想12月1号走: a clause that opens with 想
                      r"^\s*想\s*$|"
                      # 交了辞职信…说好12月1号走: the leaving day agreed after the notice
                      r"(?:说好|讲好|约好|定好|商量好|批了)(?:了)?(?:在|于)?\s*$|(?:plan(?:ning)?|going|intend(?:ing)?|wants?|"
                      r"would like|'d like|hope) to (?:quit|leave|resign|work until)[^.;]{0,30}$")
# A leaving the worker plans, told earlier in the sentence (我打算明天跟老板说辞职，12月15号走): the day after it is the
# leaving's, still to come.
# A leaving the worker plans (打算12月底走, 想下个月辞职, I plan to quit), not one refused (不想走); also read by the answer for
# the day written notice is due (bot.answering.assessment).
PLAN_TO_LEAVE = _re(r"(?<!不)(?:打算|准备|计划|决定|想)[^。；;？?]{0,12}(?:辞职|离职|辞工|不干|走人|走|跳槽)|"
                    r"\b(?:plan|want|intend|am going|decided) to (?:quit|resign|leave)\b")
_LEAVING_AFTER = _re(r"\s*(?:就|再)?(?:正式)?(?:走人|走|离职|辞职|离开|不干|不做)(?![了过])")
# 我12月15号离职，准备去另一家翻译公司: the leaving and the plan after it are still to come.
_LEAVING_THEN_PLAN = _re(r"\s*(?:就|再)?(?:正式)?(?:离职|辞职|走人|离开|走)[，,]?\s*(?:然后|之后|以后|再)?"
                         r"(?:准备|打算|计划|要去|想去|就去)")
# 去年合同快到期的时候…结果12月10号一到期就…: a day of last year's, told without its year, stays there.
_LAST_YEAR_BEFORE = _re(r"去年|前年|上一年|last year")
# (1964年3月生): the worker's birth date, neither a day of the job nor of a claim.
_BORN_AFTER = _re(r"\s*(?:出生|生人|生(?![产病活意气日效])|年生)")
# 月底11月30号就辞职了 said on 25 November: this month's end, told by its date, is still to come (not a year ago).
_THIS_MONTH_END = re.compile(r"(?<!上)(?<!上个)(?<!前)(?:这个|本|今)?(?:月底|月末)(?:的)?\s*[（(]?\s*$")
# A contract that expires on a day (合同12月31号到期), said in words that put the expiry ahead (到期就不续了).
_EXPIRES = re.compile(r"^[^,，。;；]{0,3}(?:快|要|就要|即将)?到期(?!了)")
_EXPIRY_AHEAD = re.compile(r"到期(?:就|后|以后|之后|前|时)|(?:就|要|会)?不(?:再)?续(?:签|了)?|(?:快|要|即将)到期")
# 合同12月31号就到期了, 马上就到期了: the expiry is near, not past.
_EXPIRES_SOON = re.compile(r"^[^,，。;；]{0,3}(?:就|快|马上就?|眼看就?)(?:要)?到期了")
# The contract's end is past when the work went on after it or it is said to have ended long ago.
# The work went on past a contract's expiry: 到期后没人提续签我就照常上班, 到期以后一直在干, kept working after it expired
_KEPT_ON = _re(r"(?<!能)(?<!可以)(?<!能不能)(?<!想)(?:照常|继续|一直|照样|接着|还在)(?:来)?(?:上班|干|做|工作|上岗)(?![^,，。;；]{0,3}(?:吗|么|嘛|\?|？))|"
               r"到期(?:以后|后|之后)[^,，。；;]{0,12}?(?:一直|还|继续|照常|照样)|"
               r"(?:kept|continued|went on) (?:on )?(?:working|going to work)|continued to work|"
               r"(?:i'm|i am|we're|we are) still (?:working|there|at work|on the job)")
# A contract's end told as past: the work went on after it, or it is said to have run out already (早就到期了).
# (到期就让我走了, 到期后把我辞了: the expiry and what followed it are told as done; not 一直没谈续签, said of one ahead too)
_EXPIRED_PAST = _re(rf"{_KEPT_ON.pattern}|早(?:就)?(?:已经)?到期|已经到期|"
                    r"到期(?:就|后|以后|之后)?[^,，。；;]{0,6}?(?:让|叫|要|把)?(?:我|我们)(?:走|离开|回家|辞|辞退|开)了(?![吗么嘛])")


# A day an arbitration or a suit was applied for (8月10号我申请了仲裁, 3月5号去仲裁委立的案).
_APPLIED_ON = _re(r"^\s*(?:份|底|初)?(?:我|我们)?(?:就|才|又)?(?:(?:去|到|向|在)[^,，。；;离辞走退]{0,8}?(?:仲裁委(?:员会)?|法院|人社局|劳动局))?(?:去|就)?(?:申请(?:了)?(?:劳动)?仲裁|提起(?:了)?仲裁|立(?:了)?案|"
                  r"起诉(?:了)?|递(?:交)?(?:了)?(?:仲裁)?申请)")
_GRADUATED_ON_EN = _re(r"\bgraduat\w*(?: from [\w ]{1,40}?)?\s+(?:in|on)\s*$")


# "Since March 2021 I've hosted …": a sentence opened by "since" and the date, then the work done since, in the present
# perfect (not "Since March I haven't been paid": what has not happened since).
_SINCE_OPENING = re.compile(r"(?:^\s*|[.;!?]\s*)since\s*$", re.IGNORECASE)  # (a sentence's opening after a space)
# (Since 1 March 2024 I worked at the Hangzhou office: the past told plainly too)
_WORKED_SINCE_AFTER = re.compile(r"\s*,?\s*(?:i|we)(?:(?:'ve| have)\s+)?\s*(?:been\s+)?(?:work|host|teach|taught|driv|drove|clean|cook|"
                                 r"serv|deliver|run|ran|manag|sell|sold|employ|present|edit|report|design|guard|nurs|car(?:ed|ing)|"
                                 r"look|do|did|done|operat|install|repair|sew|pack|load|build|built|lead|led|stock|answer)",
                                 re.IGNORECASE)


def _dates(text: str, *, today: date, english: bool = False) -> tuple[dict[str, date], set[str]]:
    """The dates of the message, each named by the event next to it (入职, 离职, 受伤 …), and the names of
    those whose day it does not say (上个月, 去年3月)."""
    width = 32 if english else 14  # English says in words what Chinese says in characters
    spans = list(_DATE_CANDIDATE.finditer(text))
    found: dict[str, date] = {}
    rough: set[str] = set()
    range_end = -1  # the second date of a span of work told as 3月10号到9月30号在…做
    term_start: date | None = None  # the first day of a contract's term told as a span (合同是2024年6月1日至2027年5月31日)
    term_ends: set[date] = set()  # the last days of the terms told as spans
    until_ends: set[date] = set()  # the last days of terms told as 签到… / 合同到…
    english_term = False  # the span is an English contract's ("My contract runs from 2025-03-01 to 2026-02-28")
    for i, m in enumerate(spans):
        if m.group().strip() in ("今年", "去年", "前年", "明年") and _AGE_AFTER.match(text, m.end()):
            continue  # 今年60了: an age, not a date
        if i + 1 < len(spans) and _BRACKET_OPEN.fullmatch(text, m.end(), spans[i + 1].start()) \
                and _DAY_NAMED.search(spans[i + 1].group()) and not _DAY_NAMED.search(m.group()):
            continue  # 上礼拜四（11月20号）: the day written out in brackets is the one meant
        value = _read_date(m.group(), today=today)
        if value is None or value < _EARLIEST:
            continue
        if _BORN_AFTER.match(text, m.end()) and value.year < today.year - 14:
            continue  # (1964年3月生): the worker's own birth, not a day of the job (a child's birth is an event)
        said_then = i > 0 and bool(_TODAY_WORD.fullmatch(m.group().strip())) and _in_quotation(text, m.start())
        if said_then:
            # "On 18 November HR messaged me: 'your contract is terminated effective today.'": the day of the quoted
            # message, the date told before it, not the day the worker writes (and not one still to come)
            value = _read_date(spans[i - 1].group(), today=today) or value
        if i > 0 and (day_only := _DAY_ONLY.fullmatch(m.group().strip())) and m.start() - spans[i - 1].end() <= 40 \
                and _DAY_NAMED.search(spans[i - 1].group()):
            # "去年12月20号…第二天（21号）公司就发了解除通知": a day without its month, told just after a date with one,
            # is of that month (or the next, when it is an earlier day), not of this month
            before = _read_date(spans[i - 1].group(), today=today)
            if before is not None:
                day = int(day_only.group(1))
                month_start = date(before.year, before.month, 1) if day >= before.day else \
                    (date(before.year, before.month, 28) + timedelta(days=4)).replace(day=1)
                value = _day_in(month_start.year, month_start.month, Decimal(day)) or value
        # A date's event is next to it, not past a neighbouring date (a bare year opening a quotation is no date of its
        # own: 12月20号场长一句“明年不用来了”就把我打发了).
        following = [n for n in spans[i + 1:] if not (n.group().strip() in ("今年", "明年") and
                                                       _QUOTE_OPENS.search(text, max(0, n.start() - 3), n.start()))]
        next_start = following[0].start() if following else len(text)
        prev_end = spans[i - 1].end() if i > 0 else 0
        if i > 0 and _BRACKET_OPEN.fullmatch(text, spans[i - 1].end(), m.start()):
            prev_end = spans[i - 2].end() if i > 1 else 0  # (仲裁裁决书上周五（11月20号）收到的: the words before both)
        after = _clause_after(text[:next_start], m.end(), width - 2)
        before = _clause_before(text[prev_end:], m.start() - prev_end, width)
        if _AFTER_EVENT.search(before):
            before = ""  # 到期后2022年1月1日又签了4年: the day after the expiry is not the expiry's
        if english and _GRADUATED_ON_EN.search(before):
            continue  # "I graduated in June 2026 and started … on July 6": the graduation, not a day of the job
        if english and _PROBATION_ENDS_EN.search(before):
            continue  # "before probation ends on 30 Nov": the probation's last day, not the job's
        if _BY_DAY_TO_DO.match(after) or (english and _BY_DAY_TO_DO_EN.search(before)) or _PAYDAY_AFTER.match(after):
            continue  # 在12月10号前签“自愿离职申请”: a day the employer set for an answer, not a day of the job
        if not english and _APPLIED_ON.match(after):
            continue  # 8月10号我申请了仲裁，要违法解除赔偿金: the day of the application, not of the dismissal it claims for
        if _WRITTEN_ON_PAPER.search(before) or (english and _WRITTEN_ON_PAPER_EN.search(before)):
            continue  # 落款日期写的是1月15号: the date a paper put to sign bears, not the day it was (or will be) signed
        # A plan told around a date word (打算这个月底(11月30号)辞职: 这个月 is a date of its own) is read past it.
        planned = bool(_PLANNED.search(before) or _PLANNED.search(_clause_before(text, m.start(), width + 16))
                       or (_LEAVING_AFTER.match(after)
                           and PLAN_TO_LEAVE.search(_sentence_before(text, m.start(), 40)))
                       or bool(_LEAVING_THEN_PLAN.match(text, m.end())))
        # Chinese names the event after the date (3月入职), English before it (started on March 3).
        if english and _FROM_BEFORE.search(before) and _UNTIL_AFTER.match(after) and _WORK_VERB_EN.search(
                _sentence_before(text[prev_end:], m.start() - prev_end, 100)):
            event = "start_date"  # "I worked … from March 2022 until I resigned on …": the span's first day
        elif english and _SINCE_OPENING.search(before) and _WORKED_SINCE_AFTER.match(after):
            event = "start_date"  # "Since March 2021 I've hosted a night show at a radio station": the job's first month
        elif english:
            event = _nearest_event(before, first=False) or _nearest_event(after, first=True)
            if event is None:
                # "I quit my job at a logistics company in Chengdu on 1 Dec 2025": the verb opens a long sentence
                event = _nearest_event(_sentence_before(text[prev_end:], m.start() - prev_end, 80), first=False)
            if event is None:
                # "On Sept 30 I was riding to the office when a car ran a red light and hit me": it ends the sentence
                event = _nearest_event(_sentence_after(text[:next_start], m.end(), 120), first=True)
        else:
            event = _nearest_event(after, first=True) or _nearest_event(before, first=False)
            if event is None and _LAST_TIME.search(before):
                # "隔三差五找他要，最后一次是今年6月18号": the last time of what the sentence told before it
                event = _nearest_event(_sentence_before(text[prev_end:], m.start() - prev_end, 60), first=False)
            if event is None:
                # "7月15号公司说我迟到三次严重违纪把我开了": the event ends a longer clause, before the sentence ends
                # (not a dismissal threatened: "这个月…班长说…旷工三次直接开除")
                rest = _sentence_after(text[:next_start], m.end(), 60)
                # (10月28号到区法院起诉了，起诉状里说我离职超过一年: a leaving the other side speaks of, not on this day)
                event = _nearest_event(_SAID_OF_LEAVING.sub(lambda w: " " * len(w.group()), rest), first=True)
                if event == "end_date" and (_END_THREATENED.search(rest) or _TALK_AFTER.match(after)):
                    # (11月24号人事找我谈，说合同到期就不续了…让我12月15号办离职: the day of the talk, not of the end)
                    event = None
            if event is None and _DEATH_AT_END.search(_sentence_after(text[:next_start], m.end(), 140)):
                # "11月10号凌晨，他和搭档拉一车冻货去上海，在…服务区停车轮换休息…120来了说人已经没了，医生说是心源性猝死": a
                # night's story told from its date, the death at its end
                event = "injury_date"
        if english and event == "end_date" and _OTHER_EXPIRY_EN.search(
                _sentence_before(text[prev_end:], m.start() - prev_end, 80)):
            continue  # "all 2026 leave is cancelled and expires on 31 December": the leave's expiry, not the job's end
        later_term = False  # a contract's term told after an earlier one's (the second one 2024-01-01 to 2026-12-31)
        if english and i + 1 < len(spans) and _RANGE_TO_EN.match(text, m.end()) and _CONTRACT_BEFORE_EN.search(
                _sentence_before(text, m.start(), 80)):
            # "My contract runs from 2025-03-01 to 2026-02-28": the term's first day (a signing day stays one)
            range_end, term_start, english_term = i + 1, value, True
            event = event if event == "contract_signed_date" else None
            if _FIRST_TERM_BEFORE.search(before) and "start_date" not in found:
                event = "start_date"  # "My first contract was 1 Nov 2020 to 31 Oct 2023": the job's first day
        elif english and event is None and i + 1 < len(spans) \
                and _RANGE_TO_EN.fullmatch(text, m.end(), spans[i + 1].start()) \
                and _WORK_VERB_EN.search(_sentence_before(text[prev_end:], m.start() - prev_end, 100)):
            event = "start_date"  # "worked at a ski resort Dec 2025 to Mar 31 2026": the job's first day, then its last
            range_end = i + 1
        elif event is None and i + 1 < len(spans) and _RANGE_TO.match(text, m.end()) \
                and _RANGE_WORK.match(text, spans[i + 1].end()):
            event = "start_date"  # 今年3月10号到9月30号在一家农业公司做季节工: the job's first day, then its last
            range_end = i + 1
        elif event is None and i + 1 < len(spans) and _RANGE_WORKED.fullmatch(text, m.end(), spans[i + 1].start()) \
                and not _DAY_ONLY.fullmatch(spans[i + 1].group().strip()):
            event = "start_date"  # 去年10月20号干到今年1月20号: the job's first day, then its last
            range_end = i + 1
        elif event is None and _WORKED_TO_NOW.match(text, m.end()):
            event = "start_date"  # 从5月6号干到现在: the job's first day, and it goes on
        elif (event is None or (event == "contract_signed_date" and _TERM_SIGNED_AS.search(before))) \
                and i + 1 < len(spans) and _RANGE_TO.match(text, m.end()) and (
                _TERM_BEFORE.search(before) or _SIGNED_COMMA.search(text, max(0, m.start() - 3), m.start())
                or (i > 0 and i - 1 == range_end and term_start is not None
                                                 and _NEXT_TERM_BETWEEN.fullmatch(text, spans[i - 1].end(), m.start()))):
            # (合同签了两次（2020.1.1-2022.12.31、2023.1.1-2026.12.31）: the second span, listed after the first, a term too)
            range_end = i + 1  # 第二次2023年1月到2025年12月31号: a contract's term, its last day the second date
            term_start = value
            if event == "contract_signed_date":
                event = None  # 合同签的是2026年4月1号到2027年3月31号: the term's span, not a signing day
            if _FIRST_TERM_BEFORE.search(before) and "start_date" not in found:
                event = "start_date"  # 第一次2018年12月1号到2021年11月30号: the first term's first day is the job's
        elif i == range_end:
            event = "end_date"  # whatever the words after it name: they tell what the span was
            if term_start is not None and value >= term_start:
                # the term's last day, by the end of its month when only the month is told (2025年3月到2026年2月)
                later_term = "end_date" in found and found["end_date"] < term_start
                found["_term_start"] = term_start
                found["_term_end"] = value if _DAY_GIVEN.search(m.group()) else _clamped(value.year, value.month, 31)
                term_ends.add(value)
                if english_term and value <= today and i + 1 < len(spans):
                    event = None  # "First contract was April 2021 to March 2024, then renewed … ending March 31, 2027"
        elif event is None and _TERM_UNTIL.search(text, max(prev_end, m.start() - 20), m.start()):
            event = "end_date"  # 又签了3年，到2025年12月31号: the term's last day
            until_ends.add(value)  # (a dismissal told after it, 11月5号又发短信说合同解除了, ends the job first)
        elif event is None and _WORKED_UNTIL.search(text, max(prev_end, m.start() - 12), m.start()) \
                and not _DAY_ONLY.fullmatch(m.group().strip()):  # (从10月1号一直干到7号: a holiday's days)
            event = "end_date"  # 去年从5月一直干到11月30号: the last day worked
        if event is None and "ruling_date" in found and _RECEIVED_AFTER.match(after):
            event = "ruling_date"  # 11月13号出的裁决，11月19号收到的: the award's receipt
        renewed = bool(_RENEWAL.search(text, prev_end, m.start()))
        if event is not None and not _DAY_GIVEN.search(m.group()) and _WAGE_MONTH_AFTER.match(text, m.end()):
            continue  # 走的时候11月和12月的工资没给: the months of the wages, not the day of leaving
        # After a contract's term told as a span, its end gives way to a job's end before it (合同到2028年…上周辞退了我)
        # and to a later day told by its month (这份合同2026年12月31号到期): the term was not the job's last
        # (not a notice, last week, that the contract will not be renewed at its end: 上周通知我合同到期不续了)
        after_term = event == "end_date" and found.get("end_date") in term_ends and (
            (value <= today and value < found["end_date"] and not _AT_EXPIRY_AFTER.search(after))
            or (value > found["end_date"] and bool(_DAY_NAMED.search(m.group()))))
        # 派遣合同签到明年4月底…11月5号又发个短信说合同解除了: a term's end told as 签到…, then the job ended before it
        # (第一次到24年1月31号，第二次明年1月31号到期: a later term's end told after it)
        after_term = after_term or (event == "end_date" and found.get("end_date") in until_ends and (
            (value <= today < found["end_date"] and bool(_ENDED_DONE.search(_sentence_after(text, m.end(), 30))))
            or (value > found["end_date"] and bool(_DAY_NAMED.search(m.group())))))
        # 合同续签到2027年7月11号…说我不能胜任，11月30号解除合同 (told on 29 November), 合同签到2028年3月底…我打算12月31号走:
        # the dismissal's day or the planned leaving, weeks ahead, ends the job before the term told as 签到… does
        # (合同签到2027年2月底…想干到今年12月31号就走: a planned leaving told with its year, ahead already)
        ends_ahead = event == "end_date" and found.get("end_date") in until_ends \
            and (bool(_ENDS_THEN.match(after)) or planned) \
            and (ahead_end := (value if value > today else None) if _YEAR_GIVEN.search(m.group())
                 else _next_of(value, m.group())) is not None \
            and 0 < (ahead_end - today).days <= _LAST_DAY_AHEAD and ahead_end < found["end_date"]
        if ends_ahead:
            value, after_term = ahead_end, True
        if event is None and "end_date" not in found and value <= today and _DAY_GIVEN.search(m.group()) \
                and _SAME_DAY_END.search(text, m.end(), m.end() + 80):
            # "11月20号公司说我上个月一次夜班…睡着了…当天就解除了合同": the day told is the one the job ended (the
            # month told inside what the employer said is the misconduct's, not the dismissal's)
            event = "end_date"
        # 上周公司说…给了我一张通知书，说11月30号解除劳动合同 (told on 28 November): the day the notice names, a few days
        # ahead, over the rough day of the talk
        named_after_rough = event == "end_date" and "end_date" in rough and bool(_DAY_GIVEN.search(m.group())) \
            and not _YEAR_GIVEN.search(m.group()) and (ahead_named := _next_of(value, m.group())) is not None \
            and 0 < (ahead_named - today).days <= 31
        if named_after_rough:
            value = ahead_named  # ("Last week they told me my last day is Nov 30": this November's, not last year's)
        if event is None or (event in found and not (event == "end_date"
                                                     and (later_term or after_term or named_after_rough
                                                          or _later_end(found[event], value, today, m.group(),
                                                                        renewed=renewed)))
                             and not (event == "ruling_date" and _RECEIVED_AFTER.match(after))
                             # (3月16号投诉过…5月20号又找经理要过: the limitation runs again from the last claim)
                             # (not the day a promise names to pay by: 答应10月31号前付清, 答应'5月底前一定给')
                             and not (event == "demand_date" and value > found[event]
                                      and not _BY_DAY_AFTER.match(text, m.end()))):
            continue  # (裁决是13号出的，我19号才收到: the days to sue count from the award's receipt)
        if event in ("end_date", "injury_date") and _YEAR_ONLY.match(m.group()):
            continue  # 今年辞职, 去年受的伤: a year is not a day a time limit can be counted from
        # 这次的合同12月31号到期 said on 26 November: an expiry told plainly (not 到期了) a few weeks ahead is ahead
        next_one = _next_of(value, m.group())
        expiring = (_EXPIRES.match(after) and (_EXPIRY_AHEAD.search(text[m.end():m.end() + 40]) or (
            next_one is not None and 0 < (next_one - today).days <= _LAST_DAY_AHEAD))) or _EXPIRES_SOON.match(after) \
            or (english and bool(_EXPIRES_EN.search(before)))  # "My contract expires on 31 December": ahead
        last_day = (_LAST_DAY_BEFORE.search(before) or _LAST_DAY_AFTER.match(after)) \
            and _next_of(value, m.group())
        soon_last_day = bool(last_day) and (last_day - today).days <= _LAST_DAY_AHEAD
        # "贴了张通知，说11月30号全部解除合同" said on 24 November: an end the employer announced, a week ahead
        # (老板突然宣布11月30号关门不干了 said on the 26th: 了 after a day days ahead is the announcement's, not done)
        next_close = _next_of(value, m.group())
        close_ahead = next_close is not None and 0 < (next_close - today).days <= 31
        # (the notice may be told before another date of the sentence: 人事通知我说我10月份满60了，合同11月30号终止)
        # (11月20号单位给了我书面通知，说…岗位没了，依据劳动合同法40条第3项12月20号跟我解除: the notice told early in a long
        # sentence)
        if not soon_last_day and ((_ANNOUNCED.search(_sentence_before(text, m.start(), 60))
                                   and (close_ahead or not _DONE_AFTER.match(after))) or _SAID_NOW.search(before)):
            ahead = _next_of(value, m.group())
            soon_last_day = ahead is not None and 0 < (ahead - today).days <= _LAST_DAY_AHEAD
        # The day named is the next one to come: this month's end, told by its date (月底11月30号 on 25 November), or a
        # leaving a few days ahead (11月30号我就离职了)
        ahead = _next_of(value, m.group())
        coming = (bool(_THIS_MONTH_END.search(before)) and value.month == today.month and value.day >= today.day) or (
            bool(_DONE_SOON.match(after)) and ahead is not None and 0 < (ahead - today).days <= _DONE_SOON_DAYS) or (
            bool(_NO_LONGER_COMING.match(after)) and ahead is not None and 0 < (ahead - today).days <= _LAST_DAY_AHEAD)
        # 工厂说12月1号开始不用我了 said on 26 November: the end from a day a few days ahead
        coming = coming or (bool(_FROM_THAT_DAY.match(after)) and ahead is not None
                            and 0 < (ahead - today).days <= _LAST_DAY_AHEAD)
        if (event == "end_date" and value <= today and (_FUTURE.search(after) or expiring or planned
                                                        or soon_last_day or coming)
                and not _YEAR_GIVEN.search(m.group()) and not said_then
                and not (_LAST_YEAR_BEFORE.search(_sentence_before(text, m.start(), 40)) and not planned)):
            # "合同12月31号到期，HR说到期就不续了": the contract's end is still to come
            # "12月5日就要离职了": a day without its year, of a job that ends later, is the next one to come
            later = _next_of(value, m.group())
            if _EXPIRED_PAST.search(text, m.end()) and not (_FUTURE.search(after) or planned):
                later = None  # "8月31号就到期了，…我就一直照常上班": the work went on after it, so it is past
            if later is not None and (later - today).days > _FAR_AHEAD_DAYS and (today - value).days <= _RECENT_DAYS \
                    and not _FUTURE.search(after) and _DECIDED_AFTER.search(text, m.end(), m.end() + 30):
                later = None  # 举办人决定10月31号停办 told on 28 November: four weeks ago, not eleven months ahead
            value = later if later is not None and later <= latest_date(today) else value
        if (event == "end_date" and value <= today and (today - value).days > _SET_DAY_PAST_DAYS
                and _SET_BY_EMPLOYER.search(before) and not _YEAR_GIVEN.search(m.group()) and not said_then
                and not _LAST_YEAR_BEFORE.search(_sentence_before(text, m.start(), 40))):
            # 让我12月15号办离职 (told on 27 November): the day the employer set, still to come, not last December's
            later = _next_of(value, m.group())
            value = later if later is not None and later <= latest_date(today) else value
        if event != "end_date" and value > today:
            continue  # nobody is injured, hired or ruled against tomorrow
        if event == "end_date" and value > latest_date(today):
            continue
        found[event] = value
        rough.discard(event)  # a later end told supersedes the first, with its own precision
        if not _DAY_GIVEN.search(m.group()):
            rough.add(event)
        if event != "end_date" and "end_date" not in found and value <= today \
                and _SAME_DAY_END.search(text, m.end(), min(next_start, m.end() + 80)):
            found["end_date"] = value  # 4月28号…蹭了一辆车…公司当天下午就把我开除了: dismissed that same day
            if not _DAY_GIVEN.search(m.group()):
                rough.add("end_date")
    if "end_date" not in found:
        # 去年12月8号路上出了个小追尾…老板第二天在电话里说“你明天不用来了”: dismissed the day after the day told
        for i, m in enumerate(spans):
            if not _DAY_GIVEN.search(m.group()) or (value := _read_date(m.group(), today=today)) is None:
                continue
            told = _NEXT_DAY_END.search(text, m.end(), m.end() + 60)
            if told and not re.search(r"[。！？!?]", text[m.end():told.start()]) and value < today \
                    and not (i + 1 < len(spans) and spans[i + 1].start() < told.start()):
                found["end_date"] = value + timedelta(days=1)
                rough.discard("end_date")
                break
    if "end_date" not in found:
        # 去年12月10号递交了书面辞职信，理由是单位降薪: with no other leaving told, the letter's day is the end (a letter
        # on the employer's fault ends the contract at once, 劳动合同法第三十八条; one of notice, thirty days on)
        for i, m in enumerate(spans):
            next_start = spans[i + 1].start() if i + 1 < len(spans) else len(text)
            if _LETTER_AFTER.match(text[:next_start], m.end()) \
                    and (value := _read_date(m.group(), today=today)) is not None and _EARLIEST <= value <= today \
                    and not _YEAR_ONLY.match(m.group()):
                found["end_date"] = value
                if not _DAY_GIVEN.search(m.group()):
                    rough.add("end_date")
                break
    return found, rough


# The dismissal told the day after (第二天在电话里说“你明天不用来了”, 次日就把我开除了)
_NEXT_DAY_END = _re(r"(?:第二天|次日|隔天|第二日)[^。！？!?]{0,16}?(?:不用来了|别来了|不要来了|开除|辞退|解除|走人|不要(?:你|我)了|"
                    r"开了|炒了)")
# A resignation letter handed in after a date (12月10号递交了书面辞职信, 写了辞职信走了)
_LETTER_AFTER = _re(r"[^，,。；;]{0,16}?(?:辞职信|辞职书|辞职报告|辞职申请)")


_BRACKET_OPEN = re.compile(r"\s*[（(]\s*")
# A contract signed for a term (签了两年合同, 签了3年的合同): the job under it began no later
_SIGNED_TERM = _re(r"签(?:了|的)?(?:一份|个)?(?:[0-9一二两三四五]|半)\s*年(?:的)?(?:劳动)?合同")
# A leaving someone else speaks of (起诉状里说我离职超过一年, 公司称我已经离职)
_SAID_OF_LEAVING = _re(r"(?:说|称|认为|主张|写着?)(?:我|你|他|她)?(?:已经|早就)?(?:离职|辞职|走)(?:了)?"
                      # 上个礼拜厂里说要"优化"，拿了份协商解除协议让我签: an agreement offered to sign, not an end made
                      r"|(?:拿|给|递|发|甩)(?:了|过来|出)?(?:我)?(?:一)?(?:份|张|个)?[^，,。；;]{0,8}?(?:解除|离职|终止)(?:劳动)?(?:合同)?"
                      r"(?:协议|协议书|确认书|通知书?)[^，,。；;]{0,4}?(?:让|叫|要)(?:我|我们)签")
_LAST_TIME = _re(r"(?:最后|最近|上)一次(?:是|在)?\s*$")
_FROM_THAT_DAY = _re(r"\s*(?:起|开始|以后|之后)(?:就)?(?:不(?:用|要|让)|停(?:工|止)|解除|终止|退回)")
# The award received that day (11月19号收到的, 19号才拿到裁决书): the day the fifteen days to sue run from.
_RECEIVED_AFTER = _re(r"\s*(?:才|我才|我)?(?:收到|拿到|签收|领到|送达)")
# A month named for its wages (11月和12月的工资, 9、10月份工资): the pay of that month, not a day of the job.
_WAGE_MONTH_AFTER = _re(r"\s*(?:份)?\s*(?:(?:和|、|,|，|到|至|-|~)\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*月(?:份)?\s*)*(?:的)?\s*"
                        # (11月、12月两个月工资: the months counted too)
                        r"(?:(?:共|一共|整整)?(?:\d|[一二两三四五六七八九十])\s*个(?:多)?月(?:的)?\s*)?"
                        r"(?:工资|工钱|薪水|薪资|加班费|绩效|奖金|提成|wages?|salary|pay\b)")
# What a wage is said to include, in brackets (月工资（含那500）6千, (incl. 300 bonus), 月平均工资（底薪加提成）9000): not the
# wage itself.
_INCLUDED_ASIDE = _re(r"[（(](?:含|包括|包含|including|incl\.?)[^（()）]{0,20}[）)]|"
                      r"[（(][^（()）0-9]{0,8}(?:底薪|提成|奖金|绩效|补贴|津贴|税前|税后|到手|实发|应发|加班费)[^（()）0-9]{0,8}[）)]")
_AN_AWARD = _re(r"裁决|仲裁|\baward|arbitrat")
_AWARD_WORD = _re(r"裁决|仲裁(?:结果|下来|赢|胜|判)|(?:打)?赢了|\baward")
# a threat against the worker if they claim (敢去仲裁就告我, 要是去告他就…, if I go to arbitration he will sue me)
_THREAT_IF_CLAIMING = _re(r"(?:敢|要是|如果|若是?|只要)(?:去|再)?(?:申请)?(?:仲裁|告|投诉|起诉|举报)[^。；;？?]{0,6}?(?:就|他就|便)|"
                          r"\bif (?:i|we) (?:go to|file for|apply for) arbitration\b")
# A resignation the employer will not let go (不批辞职, 不让走，说要等招到人) against the marks of confinement or force.
_RESIGNATION_HELD = _re(r"(?:辞职|离职|辞工|辞呈|resign|notice)[^。！？!?]{0,30}?(?:不让(?:我们?)?走|不准(?:我们?)?走|不批|不同意|"
                        r"won't let (?:me|us) (?:leave|go|quit))|(?:不让(?:我们?)?走|不批|不放人)[^。！？!?]{0,20}?(?:招到人|交接|"
                        r"找到人|接替|顶岗|辞职|离职)|"
                        # 我想辞职，要提前多久说？公司不批不让走怎么办: a leave refused, told after the question
                        r"(?:不批|不同意)(?:准)?[^。！？!?]{0,6}(?:不让|不准|不放)(?:我们?)?(?:走|离开)")
# A domestic ID card kept is a wrong the labour inspectorate puts right (劳动合同法第八十四条); it is forced labour when
# the worker is held in by it or by more (怕我跑了, 干满一年才还, 锁门, 不让出去, 打断腿) — or a passport, far from home.
_PASSPORT = _re(r"护照|海员证|\bpassports?\b")
# Held in by locks, blows, threats or a phone taken: the words both readings of confinement share.
_HOLDING_IN = (r"锁|关(?:起来|在)|限制[^,，。]{0,4}人身自由|打(?:我|人)|出不去|手机[^,，。]{0,4}(?:收|没收)|"
               # (not a locksmith or a lock company: locked in, locks the door)
               r"\block(?:ed|s)? (?:me|us|them|him|her|the (?:door|gate|dorm)|in|up)\b|\blocked\b|\bbeat|threat")
_HELD_IN = _re(rf"{_HOLDING_IN}|打断|威胁(?![^,，。]{{0,6}}(?:告|起诉|仲裁))|"
               # (not asked: 我不干了他们能不让我走吗)
               r"(?<!能)(?<!会)(?<!可以)不(?:让|准|许|放)(?:我们?)?(?:出门|出厂|出去|回家|走|离开)(?![^,，。？?]{0,3}[吗？?])|不放人|才(?:还|放人|能走|让走|给证)|怕(?:我|我们|人)?跑|"
               r"走不了|回不了|看着|强迫|黑(?:工厂|砖窑|煤窑)|不(?:让|准|许)[^,，。]{0,3}(?:下船|上岸|回国)|"
               r"\blocks? (?:our|the|my) (?:dorm\w*|doors?|gates?|rooms?)|"
               r"not allowed to (?:leave|go)|(?:can'?t|cannot) (?:leave|go (?:out|home))|won'?t let (?:me|us) (?:leave|go)|"
               r"confin|trapped|\bforced\b")
# Aboard a ship, where papers kept leave no way off (船上, 远洋渔船, a cruise ship's crew).
_AT_SEA = _re(r"渔船|货船|远洋|船上|船员|海员|\b(?:ship|cruise|vessel|crew|seafarers?|at sea|on board|aboard)\b")
# The worker says the contract names no task (合同上写的是2024年4月8号到2027年4月7号，根本没写什么项目).
_NO_TASK_WRITTEN = _re(r"(?:根本|并|也|都|从来)?没(?:有)?写(?:过)?(?:什么|任何)?(?:项目|任务)|不是(?:什么)?项目制|"
                       r"\bnot (?:a )?(?:project|task)-based")
# The worker tells they are free to move (没人关着我, 可以自由出入, 人身自由没受限制, nobody locks me in, I can go out):
# whatever papers are kept, they are not held in.
_NOT_CONFINED = _re(r"(?:没人|没有人|也没)(?:关着?|锁着?|看着|限制)(?:我们?)?|(?:可以|能)(?:自由|随便)(?:出入|出门|进出|走动|外出)|"
                    r"人身自由(?:没|没有|并没|不)(?:受)?(?:限制|受限)|出门(?:也)?(?:没人管|不受限制|自由)|"
                    r"\b(?:nobody|no one|no-one|they don'?t|they do not|they never) (?:locks?|locked|keeps?|holds?) "
                    r"(?:me|us) (?:in|inside|locked)|"
                    r"\bi(?:'m| am)? (?:can|could|free to|am free to) (?:go out|leave|move|come and go|travel)")
# Held by force (not only papers kept): a beating threatened for leaving, a lock, no way off the site.
_HELD_BY_THREATS = _re(_KEPT_BY_THREAT + r"|"
                       r"不干(?:活)?就打|反锁|从外面锁|锁在|关起来|关在[^,。]{0,6}里|锁(?:了|上)?[^,，。]{0,2}关了|就不放|不放人|"
                       r"黑(?:工厂|砖窑|煤窑)|(?:有人|保安|打手)(?:在)?(?:门口)?(?:看守|看着|守着)|"
                       # 宿舍晚上锁门不让出去: locked in at night
                       r"锁(?:上)?(?:宿舍)?(?:大)?门[^,，。]{0,3}不(?:让|准|许)(?:我们?)?(?:出|走)|"
                       r"(?:beat|hurt|kill) (?:me|us|anyone) if (?:i|we|they) (?:leave|go|run)|(?<!b)locked (?:me|us) in|guards? at the gate|"
                       # "locks our dorm at night and says if I leave he'll call police": shut in, and held by a threat
                       r"\block(?:s|ed)? (?:the |our )?(?:dorm\w*|doors?|gate)(?: doors?)? (?:at night|from (?:the )?outside|on us)|"
                       r"\bif (?:i|we) (?:leave|go|quit|run)\b[^.]{0,16}?\b(?:call|report (?:me|us) to) (?:the )?police")
_CONFINED = _re(rf"{_HOLDING_IN}|扣(?:押|着|了|下)?[^,，。]{{0,4}}(?:身份证|证件|护照)|威胁|不让(?:我们?)?(?:出门|出厂|回家)|passport")
_TODAY_WORD = _re(r"今天|今日|today")
# An open quotation before a point: “… or 「… not yet closed, or a ' or " opened after a space or a colon (not an
# apostrophe: I'm, don't) and not closed.
_OPEN_QUOTE = _re(r"[“「『‘][^”」』’]*$|(?:^|[\s:：,，])['\"][^'\"]*$")


def _in_quotation(text: str, at: int) -> bool:
    """Whether the point ``at`` of ``text`` is inside a quotation (what someone said or wrote, at their own time)."""
    return bool(_OPEN_QUOTE.search(text[max(0, at - 300):at]))


# A span of work told in English: "worked … from March 2022 until/to …".
_FROM_BEFORE = _re(r"\bfrom\s+(?:the\s+)?$")
_UNTIL_AFTER = _re(r"\s*(?:,\s*)?(?:until|till|to|through|[-–—])\s")
_WORK_VERB_EN = _re(r"\b(?:work(?:ed|ing)?|employed|hired|teach(?:ing)?|taught|driv(?:ing|en)|serv(?:ing|ed)|was a|as an?)\b")


# A day by which something is to be signed, handed in or answered (厂里让12月10号前签, 月底前答复): not a job's date.
# A day told as the one to do something by (10月31号前付清, 在12月10号前签): a term set, not a day anything was done.
_BY_DAY = r"\s*(?:之前|以前|前)"
_BY_DAY_AFTER = _re(_BY_DAY)  # (答应'5月底前一定给': the day a promise names to pay by)
_BY_DAY_TO_DO = _re(rf"{_BY_DAY}[^,，。；;]{{0,4}}?(?:签|交|答复|回复|确认|表态|决定|选择|报名|提交|填|回话|给答复)")
# 要等11月25号统一发, 说12月10号再给: a day the employer names to pay, not a day of the job
_PAYDAY_AFTER = _re(r"\s*(?:左右|前后|那天|当天)?(?:统一|才|再|一起|一块|一并|集中)(?:发|结|付|给|打)|\s*(?:发|结|付|打)(?:工资|工钱|钱|款)(?!的时候|时|那天|当天)")
_BY_DAY_TO_DO_EN = _re(r"\b(?:sign|reply|respond|answer|decide|submit|confirm)\b[^,.;]{0,40}\b(?:by|before)\s*(?:the\s*)?$")


# A contract's term told up to its last day: 又签了3年，到2025年12月31号; 签到2026年6月
_ENDED_DONE = _re(r"(?:解除|终止)(?:劳动)?(?:合同)?了|合同(?:被)?(?:解除|终止)了|(?:辞退|开除|裁)(?:了|掉了)|被(?:开|辞|炒)了")
# A contract's expiry told in the present tense, so still ahead ("my contract expires on 31 December", "it ends on").
_EXPIRES_EN = re.compile(r"\b(?:expires|ends|runs out|is up|finishes|will (?:end|expire|run out|finish))\b[^.;,]{0,12}$",
                         re.I)
# Wages themselves said unpaid (工资没发, 欠工资, 拖欠工资), beside a non-compete's pay unpaid.
_WAGES_UNPAID_NAMED = _re(r"(?:工资|工钱|薪水|薪资)[^。；;]{0,12}(?:没发|不发|没给|不给|拖|欠|没结|没到账)|"
                          r"(?:没发|不发|没给|不给|拖欠|欠|没结)[^。；;，,]{0,8}(?:工资|工钱|薪水|薪资)|欠薪")
_QUOTE_OPENS = re.compile(r"[“\"「‘]$|说[:：]?$")
# Something other than the job expiring on a day (leave, a permit, a visa): "leave … expires on 31 December".
_OTHER_EXPIRY_EN = re.compile(r"\b(?:leave|holidays?|days? off|permit|visa|passport|licen[cs]e|certificate)\b"
                              r"(?:(?!contract)[^.;]){0,40}\bexpir\w*(?:\s+(?:on|by|at the end of))?\s*$", re.I)
# The words after a day that end the job on it (11月30号解除合同, 12月5号辞退).
_ENDS_THEN = re.compile(r"^[^,，。;；]{0,3}(?:解除|终止|辞退|开除|裁员)")
_TERM_UNTIL = _re(r"(?:签(?:了|的)?[^,，。；;]{0,8}(?:年|合同)[,，]?\s*(?:到|至)|签到|(?:合同|期限)(?:到|至)|"
                  # 签了两次三年的合同，第二次是到2025年12月15号
                  r"(?:第[一二两三四]次|这次|上次|最后一次|后一次|第二份|这一份)(?:的)?(?:是|签)?(?:的)?(?:到|至)|"
                  # 三次合同：16年到19年、19年到22年、22年到2025年8月31号: the last of terms listed by their years
                  r"[0-9]{2}年[、，,]\s*[0-9]{2}年(?:到|至))\s*$")


_DAY_ONLY = _re(r"(\d{1,2})\s*[号日]")  # 21号: a day of the month, the month not told
# A date told by its month (上个月10号 too), not 今天 or 上周
_DAY_NAMED = _re(r"[0-9一二三四五六七八九十]\s*月|\d{4}-\d|(?:上上?个?|这个|本)月\s*[0-9一二三四五六七八九十]")


# A date told as past by itself (a year, 去年, 上个月), not a bare month that may be the coming one (让我1月走人).
# 今年3月31号 counts too where it is read: only for a day already passed this year
_PAST_TOLD = _re(r"\d{4}\s*(?:年|[-./]\s*\d)|今年|去年|前年|上上?个?月|昨天|前天|上(?:个)?(?:周|星期|礼拜)")


def _later_end(first: date, value: date, today: date, told: str, *, renewed: bool = False) -> bool:
    """Whether a second end told in the message supersedes the first: the later of two past ends (a contract renewed
    then not, 2022年12月到期…又签了3年…2025年12月31号到期), a past end told as past over one still to come
    (上个月离职了，合同本来明年6月才到期; not 明年1月…让我1月走人, the same end told again without its year), or the end
    of a renewal told after the first term's (``renewed``: 第一份合同签到23年底，后来又续签了3年，到今年12月31号到期)."""
    if value > today and renewed and first <= today and _DAY_NAMED.search(told):
        return True
    if value > today or not _DAY_NAMED.search(told):
        return False  # a day still to come, or one not told by its month (今天, 上周): not a second end
    if first > today:
        return bool(_PAST_TOLD.search(told))
    return value > first


# The job's contract told signed (签了合同, 签的3年合同, 合同是25年3月签的): not a mediation agreement, a service period, a
# settlement or a receipt signed.
_JOB_CONTRACT_SIGNED = _re(r"签(?:了|的|订|过)?(?:一份|个)?(?:[0-9一二两三四五六七八九十]+\s*年(?:期)?的?)?(?:劳动|书面|固定期限)?合同|"
                           r"合同(?:是|在)?[^,，。；;]{0,16}签(?:的|了|订)")
# A contract signed some time after the job began (补签, 入职半年才签, 干了三个月后来才签, later): its day is not the first.
_SIGNED_LATE = _re(r"补签|才(?:跟我|和我|给我)?签|后来(?:才)?(?:又)?(?:跟我|和我)?签|之后(?:才)?(?:跟我|和我)?签|"
                   r"\b(?:later|afterwards|only) signed\b|\bsigned [^.]{0,20}\blater\b")
_FIRST_CONTRACT_SIGNED = _re(r"签(?:了|的)?(?:第一份|头一份|首份|第一次)|first contract")
# A contract's term told as a span of dates (签过两次合同，第一次2020年1月到2022年底): the words just before its first date.
# The first of the contracts (第一次, 第一份, 头一份合同): its first day is the job's first day.
_FIRST_TERM_BEFORE = _re(r"(?:第一次|第一份|头一份|first contract|签(?:了|过)?(?:两|2|三|3)(?:次|份|回))[^,，。；;\d]{0,6}$")
# A day the employer set for the worker to go (让我12月15号办离职, 要我们月底走人), told without its year.
_SET_BY_EMPLOYER = _re(r"(?:让|要|叫|通知|要求)(?:我|我们|她|他)(?:在|于)?\s*$")
_SET_DAY_PAST_DAYS = 180
# A talk on the day (人事找我谈, 领导约谈我): what was said of the job's end is the plan, not this day's event.
_TALK_AFTER = _re(r"^\s*(?:人事|HR|hr|老板|领导|经理|主管|园长|院长|校长|厂长|公司|单位)?(?:突然)?(?:找我谈(?:话)?|约谈|找我聊|跟我谈|"
                  r"和我谈|找我)\s*$")
# 合同签的是2026年4月1号到2027年3月31号: "signed" naming the term that follows, not the day it was signed
_TERM_SIGNED_AS = _re(r"合同(?:签的是|签的|签了|签)\s*$")
# 让我跟另一个公司签，2023年7月1号到2026年12月31号: the term told just after the signing, past a comma
_SIGNED_COMMA = _re(r"签[，,]\s*$|(?<!没签)(?<!未签)(?<!没签劳动)(?<!未签劳动)(?<!没有劳动)(?<!没有)合同[，,]\s*$")
# Between two contract terms listed one after the other (2020.1.1-2022.12.31、2023.1.1-2026.12.31).
_NEXT_TERM_BETWEEN = _re(r"\s*(?:、|，|,|；|;|和|及|以及|and)\s*(?:第[二三四]次|第[二三四]份)?\s*")
_TERM_BEFORE = _re(r"(?:合同|第[一二两三四五]次|第[一二两三四五]份|期限|签(?:了|的)?)[^,，。；;\d]{0,6}$")
# A renewal told between two ends of a contract (后来又续签了3年, 又签了一份, renewed it for two years).
_RENEWAL = _re(r"续签|续订|续了|又签|再签|重新签|renew")
# A span of work: 3月10号到9月30号在一家农业公司做季节工, 2023年5月至2024年8月在工地干活
_WORKED_UNTIL = _re(r"(?:一直|连续|一口气)?(?:干|做|上班|工作|打工|干活)(?:了)?(?:到|至)\s*$")
_RANGE_TO = _re(r"\s*(?:签)?(?:到|至|－|-|—|~|～)\s*(?=\d|[一二三四五六七八九十]|今年|去年|明年|前年)")
# 去年10月20号干到今年1月20号: a job told from one day to another
_RANGE_WORKED = _re(r"\s*(?:一直|连续|一口气)?(?:干|做|上班|工作|打工|干活)(?:了)?(?:到|至)\s*")
_WORKED_TO_NOW = _re(r"\s*(?:起|开始)?(?:一直|连续)?(?:干|做|上班|工作|打工|干活)(?:了)?(?:到|至)(?:现在|今天|如今|目前|今)")
_RANGE_WORK = _re(r"[^,，。；;]{0,4}?(?:在|去|跟|给)[^,，。；;]{0,20}?(?:做|干|上班|工作|打工|当|帮工)")
_YEAR_ONLY = _re(r"\s*(?:今年|去年|前年|大前年|明年|\d{4}\s*年)\s*$")
# An English contract's term told as a span: "My contract runs from 2025-03-01 to 2026-02-28", "a contract from 1 March
# 2025 to 28 February 2026".
_AT_EXPIRY_AFTER = _re(r"到期|期满|不续|expir|not (?:be )?renew|won't renew")
_CONTRACT_BEFORE_EN = _re(r"\bcontracts?\b[^.;!?]{0,60}$")
_RANGE_TO_EN = _re(r"\s*(?:until|till|to|through|[-–—~])\s*")
# An end the employer announced (贴了张通知, 宣布, 公告): the day it names may be ahead; not when told as done (…解除了).
_ANNOUNCED = _re(r"通知|宣布|公告|名单|(?:要|准备|打算)裁|announc|notice")
# The employer's words reported now (现在又说, 老板刚说): "11月30号就解除了" said a week before is that day ahead.
_SAID_NOW = _re(r"(?:现在|今天|刚刚?|最近|这两天|昨天|前两天|上周|又|还)(?:又|还)?(?:跟我|和我|对我)?(?:说|讲|通知|告诉我)[^,，。;；]{0,12}$")
_DONE_AFTER = _re(r"^[^,，。;；]{0,10}了")
# A day without its year a few weeks past is that one, not the same day most of a year ahead (told as decided or planned).
_RECENT_DAYS, _FAR_AHEAD_DAYS = 90, 180
# ...when what the day brought is told as decided or done (公司说不续签了, 停办, 合同都终止了), not still open (还没想好续不续).
_DECIDED_AFTER = _re(r"不(?:再)?续(?:签|约)?了|停办|关门|倒闭|解散|终止了|解除了")
# An event told just before a date as what the date follows (到期后, 离职以后, 入职之后): not the date's own.
_AFTER_EVENT = _re(r"(?:后|以后|之后)\s*$")


_EXPIRES_THEN = _re(r"\s*(?:就|已经|已)?(?:到期|期满)")  # 合同2025年12月31号到期: the day told is the expiry


def _expiry_before(text: str, end: date, today: date) -> date | None:
    """The contract's expiry told before ``end``, when ``end`` is a later day (合同2025年12月31号到期…今年4月30号公司说不用
    我了): the dismissal's own day, not the expiry's."""
    expiries = [day for m in _DATE_CANDIDATE.finditer(text)
                if _DAY_GIVEN.search(m.group()) and _EXPIRES_THEN.match(text, m.end())
                and (day := _read_date(m.group(), today=today)) is not None]
    earlier = [day for day in expiries if day < end]
    return max(earlier) if earlier and end not in expiries else None


# The date a document bears (落款日期写的是1月15号, 签订日期写成入职那天, 日期倒签到3月10号, "the contract is dated March
# 10"): what the paper says, not when anything happened; a backdated contract's real signing day is another.
_PAPER_DATE = r"(?:落款|签订|签字|签署|签名)(?:的)?(?:日期|时间)(?:上)?"
_WRITTEN_ON_PAPER = _re(rf"{_PAPER_DATE}(?:写的是|写成|写着|写的|填的是|填成|填的|填|是|为)?\s*$|"
                        r"(?:日期|时间)(?:写的是|写成了?|写着|填的是|填成了?|倒签(?:到|成)?|往前写到|写到)\s*$|倒签(?:到|成)\s*$")
_WRITTEN_ON_PAPER_EN = _re(r"\b(?:dated|backdated to|dates? (?:it|them) (?:back )?to|with the date)\s*(?:of\s*)?$")


# The employer in a court's bankruptcy proceedings (法院受理了破产, 破产清算, 破产管理人, 宣告破产, bankruptcy proceedings,
# administrator): claims go through the administrator's list, not a complaint or arbitration. Not 老板说要破产.
_IN_BANKRUPTCY = _re(r"(?:法院|人民法院)[^。；;，,]{0,6}?受理(?:了)?[^。；;，,]{0,6}?破产|破产清算|破产重整|破产管理人|管理人[^。；;]{0,10}申报|"
                     r"宣告(?:了)?破产|进入(?:了)?破产程序|\bbankruptcy (?:proceedings|administrator|liquidation|court)|"
                     r"\bdeclared bankrupt")
# A contract put to sign bearing an earlier date (倒签, 落款日期写的是入职那天, 日期往前写, backdated, dated back to)
_BACKDATED = _re(rf"倒签|{_PAPER_DATE}(?:写的是|写成|写着|写的|填的是|填成|是)|"
                 r"日期(?:要|让我|叫我)?(?:写的是|写成|往前写|倒签|填成)|backdat|\bdated (?:back )?to\b|contract dated\b")


# The condition the employer sets before what it will do (不同意就…, 不签就…, 不交钱就…, 否则…, 不然…): a threat, not done.
_IF_NOT = (r"(?:不同意|不答应|不接受|不签(?:字)?|不(?:交|给|赔)(?=(?:的话)?[,，]?就)|否则|要不然|不然|要不)(?:的话)?"
           r"[,，]?")
# ...before pay withheld (不然这个月工资就扣了不发, 否则工资不发): no wages owed yet.
_ON_CONDITION = _re(rf"{_IF_NOT}[^,，。；;！!？?]{{0,10}}$")
# ...followed by the use the pay is held for: set against a penalty or training cost (工资不发了，直接抵违约金)
_OFFSET_AFTER = _re(r"[^。；;！!？?]{0,12}?(?:抵|顶|冲抵|抵扣|抵消|扣作|当作)[^,，。]{0,4}?(?:违约金|培训费|服务期|赔偿)")
# A signing denied (一直没签合同, 从来没跟我签过合同, 不肯签合同): not the day of one.
_NOT_SIGNED_BEFORE = _re(r"(?:没|未|没有|不肯|不给|不愿|拒绝)(?:跟我|和我|给我|跟我们|和我们|给我们)?(?:补)?\s*$")
# ...before an end (不同意就到期走人, 不签就走人, 否则就解除): no end has happened or been set; nor one said to follow of
# itself, later (再过一个月没活合同就自动解除).
_THREAT_BEFORE = _re(rf"{_IF_NOT}(?:就|就得|就要)?(?:合同)?(?:到期)?\s*$|就(?:会)?自动\s*$")




def _nearest_event(window: str, *, first: bool) -> str | None:
    best: tuple[int, str] | None = None
    for name, pattern in _EVENTS:
        for m in pattern.finditer(window):
            if name == "end_date" and _THREAT_BEFORE.search(window, max(0, m.start() - 12), m.start()):
                continue
            if name == "contract_signed_date" and _NOT_SIGNED_BEFORE.search(window, max(0, m.start() - 8), m.start()):
                continue  # 干到3月31号…一直没签合同: no contract was signed that day
            pos = m.start() if first else -m.end()
            if best is None or pos < best[0]:
                best = (pos, name)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------
# Durations: 干了13年, 入职8个月, 离职10个月了, 欠了三个月工资, 受伤半年了

_EN_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_APPROX = r"(?:已经|已|都|有|了|快|快要|将近|差不多|接近|马上|就要|大概|大约|约|才|刚|刚好|满|足足|整整|整|总共|一共|\s)*"
# A duration starts where its number starts (the look-behind keeps a long digit run linear to scan).
_DUR = (r"(?<![0-9.一二两三四五六七八九十百半几])"
        # months only after years (1年2个月): "9月和10月两个月" is October, then two months, not twelve
        r"(?P<dur>(?:[0-9.]+|[一二两三四五六七八九十百半几]+)\s*(?:多|几|来)?\s*(?:个)?\s*(?:多|半)?\s*(?:(?:年半?|周年)(?:\s*(?:零|又)?\s*"
        r"(?:[0-9]+|[一二两三四五六七八九十]+)\s*个?\s*月)?|个?月|周|星期|礼拜|天)(?:多|半)?)")
# A number of months counted with 个 (两个月, 3个多月): never a month of the calendar (11月).
_DUR_COUNTED = (r"(?<![0-9.一二两三四五六七八九十百半几])"
                r"(?P<dur>(?:[0-9.]+|[一二两三四五六七八九十百半几]+)\s*(?:多|几|来)?\s*个\s*(?:多|半)?\s*月(?:多|半)?)")
# 2 years 4 months, 2 years, 7 months, three years and two months, two and a half years, a year and a half
_DUR_EN = (r"(?<![0-9.a-z])"
           r"(?P<dur>(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
           r"(?:\s+and\s+a\s+half)?\s*(?:years?|yrs?\b|months?|weeks?|days?)(?:\s+and\s+a\s+half)?"
           r"(?:,?\s+(?:and\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)?)")
_ALMOST = _re(r"(?:快|快要|将近|差不多|接近|马上|就要|almost|nearly|close to)\s*$")
_CONDITION_AFTER = _re(r"\s*(?:才|后|以后|之后|再|就(?:可以|能|会|给|签|转正))")

_TENURE = (
    # (连着上了12天, 连续干了20天: a run of days without rest, not how long the worker has been there)
    # (周六上了2天, 周末干了两天: rest days worked, not the job's length)
    # (11月干了15天: the days of a month worked, not the job's length)
    _re(r"(?<!连着)(?<!连续)(?<!一连)(?<!一口气)(?<!接连)(?<![六日天末])"
        r"(?!(?<=月)(?:干了|做了|上了)[0-9一二三四五六七八九十两]{1,3}\s*(?:多)?天)(?:干了|做了|上了|待了|呆了|工作了|上班了?|入职(?:了)?|来了|来这(?:里|儿)?(?:已经)?(?:有)?|(?<![周期拜月天])干|(?<![周期拜月天])做|工龄|在(?:这|那|公司|厂|单位|这家|那家|"
        r"该)[^,。]{0,8}?"
        rf"(?:干|做|上班|工作)(?:了)?){_APPROX}{_DUR}"),
    _re(rf"{_DUR}(?:的)?工龄"),
    # 当收银员3年了, 做保洁五年多了, 干保安两年了: the job named between the verb and how long.
    _re(rf"(?:(?<![每一])当(?![月天时地场面初年])|担任|(?<![去再])(?:做|干)(?![了过完活])|开)[^,，。；;\d{{}}]{{1,8}}?{_APPROX}{_DUR}了"),
    _re(rf"(?:worked|been working|been employed|employed)(?: there| here| for (?:them|him|her|the company|this company|"
        rf"my employer|the factory))?\s+(?:for\s+)?(?:almost |nearly |about |over |more than )?{_DUR_EN}"
        # (not "worked 6 days a week": a rota, not the job's length)
        r"(?![a-z])(?!,? (?:a|per|each|every) (?:week|month|fortnight)\b)"),
    _re(rf"{_DUR_EN} of (?:service|employment|work)"),
    # I've worked at a restaurant in Beijing for 5 years, working as a cleaner at the hospital for three years
    _re(rf"(?:worked|been working|been employed|working)\s+(?:at|for|in|as)\b[^.;?!]{{1,50}}?\bfor\s+"
        rf"(?:almost |nearly |about |over |more than )?{_DUR_EN}(?! ago| (?:of )?(?:unpaid|no pay|without pay|sick))"),
    # I've been there three years, six years with the company, I've been with them for 4 years
    _re(rf"\b(?:i'?ve|i have|i'd|i had) been (?:there|here|with (?:them|the company|this company|my employer|the "
        rf"(?:firm|school|hospital|factory|centre|center|hotel|restaurant|shop|store)))\s+(?:for\s+)?"
        rf"(?:almost |nearly |about |over |more than )?{_DUR_EN}"),
    _re(rf"{_DUR_EN} (?:with|at) (?:the|this|my) (?:company|firm|employer|school|hospital|factory|centre|center|hotel|"
        rf"restaurant|shop|store)"),
    # a mechanic at a repair shop; 3 years there, 7,000 yuan a month
    _re(rf"(?:^|[;,:(]\s*|\band\s+){_DUR_EN} (?:there|here|in the job|on the job)\b"),
    # "6 yrs front desk supervisor at a Sanya golf club": the message opens with the years and the post held
    _re(rf"^\W*{_DUR_EN}\s+(?:as\s+(?:a|an|the)\s+)?[a-z][a-z /-]{{2,40}}?\s(?:at|in|with|for)\s+(?:a|an|the|my)\b"),
    # fired after 3 years, laid off after two and a half years there
    _re(rf"\b(?:fired|dismissed|laid off|let go|sacked|terminated)\b[^.;?!]{{0,40}}?\bafter "
        rf"(?:almost |nearly |about |over |more than )?{_DUR_EN}(?! (?:of )?(?:unpaid|no pay|not being paid|sick))"),
)
_SINCE_END = (
    _re(r"(?:离职|离开(?:公司|厂|单位)?|辞职|被辞退|被开除|被裁|走了|不干了|不做了|合同到期|解除(?:劳动)?合同)"
        # 离职到现在十个半月了, 离职至今11个月
        # (not 走了两年内不能在深圳任何修表店干: a non-compete's span)
        rf"(?:的)?(?:时间)?(?:到现在|到今天|到目前|至今|到如今)?(?:为止)?{_APPROX}{_DUR}(?!\s*(?:内|之内|以内))"),
    _re(rf"{_DUR}(?:以?前|之前)(?:就)?(?:被)?(?:离职|离开|辞职|辞退|开除|裁|走|不干|解除)"),
    _re(rf"(?:left|quit|was fired|got fired|was dismissed|was laid off|resigned|lost my job|"
        rf"stopped working)[^.,;]{{0,20}}?"
        rf"\s(?:almost |nearly |about |over )?{_DUR_EN} ago"),
)
# The months since leaving told as exact (到今天刚好离职11个月, 正好离职半年): the day counted back is the day.
_EXACTLY = _re(r"(?:刚好|正好|整整|恰好|足足|刚满|整)(?:离职|离开|辞职|走了|不干了)(?:有)?\s*(?:[0-9]+|[一二两三四五六七八九十半]+)"
               r"\s*(?:个)?\s*(?:月|年)|(?:离职|离开|辞职|走了|不干了)(?:刚好|正好|整整|恰好|足足|刚满|整)(?:有)?\s*"
               r"(?:[0-9]+|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(?:月|年)|\bleft (?:exactly|just) \w+ months? ago\b")
# Cumulative work with every employer, for the annual leave (累计工作8年, 参加工作12年, 工龄加起来10年), and the years
# of work told beside a change of employer (我工作12年了，2024年跳槽到现在这家公司).
_CUMULATIVE_WORK = (
    _re(rf"(?:累计|总共|一共|前后|加起来|参加)(?:了)?(?:工作|上班|干)(?:了)?(?:加起来|累计|一共|总共|前后)?{_APPROX}{_DUR}"),
    _re(rf"(?:工龄|工作年限)(?:加起来|累计|总共|一共)(?:是|有)?{_APPROX}{_DUR}"),
    _re(rf"(?:worked|working) (?:for )?{_DUR_EN} (?:in total|altogether|overall|in all)"),
    _re(rf"{_DUR_EN} of (?:total|cumulative) (?:work|service)"),
)
# The days of a holiday worked (国庆10月1号到3号上了三天班): not the time with the employer.
_HOLIDAY_SHIFTS = _re(r"(?:国庆|十一|春节|过年|五一|劳动节|元旦|中秋|端午|清明|节假日|法定假日|假期)[^。；;，,]{0,14}?"
                      r"(?:上|干|加)了[^。；;，,]{0,4}?天(?:的)?班?")
_SUM_TOLD = (_re(rf"(?:加起来|累计|总共|一共|前后)(?:有|是|算)?{_APPROX}{_DUR}"),)
_WORKED_YEARS = (_re(rf"(?:^|[。，,；;（(])[^。，,]{{0,4}}(?:我)?(?:参加)?(?:工作|上班)(?:了)?{_APPROX}{_DUR}"),)
# This is the worker's first job: 毕业后就在这家公司上班, 毕业就进了这个厂, my first job
_FIRST_JOB = _re(r"毕业(?:后|以后|之后)?(?:就|一直)(?:在|进|去|来)|毕业就(?:在|进|去|来)|第一份工作|头一份工作|"
                 r"\bmy first job\b|straight (?:out of|after|from) (?:school|college|university)")
# The years with earlier employers, told beside this one's: 之前在别的酒店也干了8年
_PRIOR_WORK = (_re(rf"(?:之前|以前|原来|此前|前面|先前|早先|来这(?:儿|里)?之前)(?:在|还在)(?:别的|其他|另一家|上一家|别家|老家的?)[^,，。；]{{0,8}}?(?:也|还)?"
                   rf"(?:干|做|工作|上班|打工|上)(?:了|过)?{_APPROX}{_DUR}"),
               # 2024年8月来的这家幼儿园，之前在县城饭店干了10年: another employer named after the job here
               _re(rf"(?:来|进)(?:的)?(?:这家|这个|这里|这儿)[^。；]{{0,12}}?[，,]\s*(?:之前|以前|此前)(?:在|还在)(?!这|本|现在)"
                   rf"[^,，。；]{{1,10}}?(?:也|还)?(?:干|做|工作|上班|打工)(?:了|过)?{_APPROX}{_DUR}"),)
# 说我在B才干了5个月: the employer's count, which the worker disputes, not the time worked
# Days worked in a month or a week (一个月差不多干26天, 每周上6天): a rota, not how long the job has lasted; a month's
# days make a day's pay a month's.
_ROTA_DAYS = _re(r"(?:一|每)(?:个)?(?P<period>月|周|星期|礼拜)(?:里|中)?[^,，。；;\d]{0,6}?(?:干|做|上|上班|工作|出工)(?:了)?\s*"
                 r"(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*(?:多)?\s*(?:天|个?班)")
_CLAIMED_TENURE = _re(rf"(?:说|称|认为|算)(?:我|我们)(?:在[^,，。；]{{1,8}})?(?:只|才|就)(?:干|做|工作|上班)(?:了|过)?{_APPROX}{_DUR}")
_OTHER_EMPLOYER = _re(r"跳槽|换(?:了)?(?:工作|单位|公司)|(?:之前|以前|原来)在(?:别的|其他|另一家|上一家)|现在这家|"
                      r"(?:来|进)(?:的)?(?:这家|这个)[^。；]{0,12}?[，,]\s*(?:之前|以前)在(?!这|本|现在)|"
                      r"前[0-9一二两三四五六七八九十]+年在(?:别的|其他|另一家|上一家|别家)|在这家(?:才)?(?:干|做|上班|工作)了|"
                      r"previous (?:employer|job|company)|changed jobs")
# This year's annual leave taken: 年假只休了2天, 今年休了3天年假; none: 一天年假都没休, 年假一天都没休过.
_LEAVE_TAKEN = (
    _re(r"年假[^,，。；]{0,4}?(?:只|才|已经|已|一共|总共)?(?:休|请)了?(?P<n>[0-9]+|[一二两三四五六七八九十]+)天"),
    _re(r"(?:只|才|已经|已|一共|总共)?(?:休|请)了?(?P<n>[0-9]+|[一二两三四五六七八九十]+)天(?:的)?年假"),
    _re(r"took (?:only )?(?P<n>\d+|one|two|three|four|five) days? of (?:my )?(?:annual|paid) leave"),
)
_LEAVE_NONE = _re(r"(?:一天)?年假(?:一天)?(?:都|也|还)?没(?:有)?(?:让我?|给我|准我|批)?(?:休|请)|没(?:有)?休过(?:一天)?年假|"
                  r"(?:haven't|have not|never|didn't|did not) (?:taken|take|used|use) (?:any|a single day of) "
                  r"(?:annual|paid) leave")


def _leave_taken(text: str) -> Decimal | None:
    for pattern in _LEAVE_TAKEN:
        if m := pattern.search(text):
            token = m.group("n")
            value = Decimal(_EN_NUMBER_WORDS[token]) if token in _EN_NUMBER_WORDS else read_number(token)
            if value is not None and 0 <= value <= 30:
                return value
    if _LEAVE_NONE.search(text) or (_LEAVE_WORD.search(text) and _NO_DAY_OFF_THIS_YEAR.search(text)):
        return Decimal(0)
    return None


_LEAVE_WORD = _re(r"年假|年休假|annual leave")
# 年假只有5天，而且今年到现在一天都没让休: not one day of it taken this year
_NO_DAY_OFF_THIS_YEAR = _re(r"今年[^,，。；]{0,6}一天(?:都|也)?没(?:有)?(?:让我?|给我|准我|批)?(?:休|请)")


# A training service period (签了5年服务期, 服务期三年), and what is left of it (服务期还差2年).
_SERVICE_PERIOD = (
    # not the part served (服务期刚满2年, 服务期已经干了3年)
    _re(rf"服务期(?!(?:已经|已|才|刚|刚刚|正好|只)?(?:满|到|干|做|履行|服务|过)(?:了)?[^,，。；]{{0,3}}?(?:[0-9.]+|[一二两三四五六七八九十半几]+)\s*个?\s*[年月])(?:协议|合同)?"
        rf"(?:[,，]\s*)?(?:是|为|约定(?:了|的)?|签(?:了|的)?|定(?:了|的)?|写(?:了|的)?|要求|要)?{_APPROX}{_DUR}"),
    _re(rf"{_DUR}(?:的)?服务期"),
    # 服务期从2025年4月1号算3年: the day it runs from, then its length
    _re(rf"服务期(?:从|自)[^。；;，,]{{0,16}}?(?:开始算|起算|算起|开始|算|起){_APPROX}{_DUR}"),
    # 签了个服务期协议，从2025年5月1号开始服务3年 (从2025年6月1号培训完开始算要服务满2年)
    _re(rf"服务期(?:协议|合同)[^。；;]{{0,24}}?(?:开始|起)(?:算)?(?:要|需要|必须|得)?服务(?:满)?{_APPROX}{_DUR}"),
    # 签了服务期协议：要服务满3年; 服务期协议，从2025年10月1号到2028年9月30号，三年
    _re(rf"服务期(?:协议|合同)?[^。；;]{{0,4}}?(?:要|需要|必须|得)?服务(?:满)?{_APPROX}{_DUR}"),
    _re(rf"服务期(?:协议|合同)[^。；;]{{0,40}}?[，,]\s*{_DUR}[，,。；;]"),
    # 报了培训班…签了协议说培训结束后（去年9月1号起）要服务满3年: a bond told without the word 服务期
    _re(rf"(?:培训|进修|学习)[^。；;]{{0,40}}?(?:协议|合同)[^。；;]{{0,30}}?(?:要|需要|必须|得)服务(?:满)?{_APPROX}{_DUR}"),
    _re(rf"service (?:period|commitment|term) of {_DUR_EN}"),
    _re(rf"{_DUR_EN}(?:-long)? service (?:period|commitment|term)"),
)
_SERVICE_LEFT = (
    _re(rf"服务期[^,。；]{{0,8}}?(?:还|只)(?:差|剩下?|剩余|有)(?:了)?{_APPROX}{_DUR}"),
    _re(rf"服务期(?:还|只)?(?:差|剩下?|剩余|没满的?|有)(?:了)?{_APPROX}{_DUR}"),
    _re(rf"(?:还差|还剩)(?:下)?{_APPROX}{_DUR}(?:的)?服务期"),
)
# The term of the contract and the probation agreed (合同签了一年, 三年的合同; 试用期搞了三个月, 6个月试用期).
_CONTRACT_TERM = (
    _re(rf"(?:劳动)?合同(?:期|期限)?(?:只)?(?:签了|签的|签|是|为|定了|定的|约定(?:了|的)?){_APPROX}{_DUR}(?!前|以前|之前|了)"),
    # 合同期10个月: the term told without a verb
    _re(rf"(?:劳动)?合同(?:期|期限)(?:只)?{_APPROX}{_DUR}(?!前|以前|之前|了|内|里)"),
    _re(rf"签(?:了|的)?{_APPROX}{_DUR}(?:期)?(?:的)?(?:劳动)?合同"),
    _re(rf"(?<![干做待呆了])(?<!工作){_DUR}(?:期)?的(?:劳动)?合同"),
    _re(rf"(?<![干做待呆了]){_DUR}期(?:劳动)?合同"),
    _re(rf"(?:contract|term) (?:term )?of {_DUR_EN}"),
    # my contract with the agency is only 6 months, a 6-month contract
    _re(rf"\bcontract (?:with [\w\s'-]{{1,30}}? )?(?:is|was|runs) (?:only |just )?(?:for )?{_DUR_EN}"),
)
_CONTRACT_YEARS_EN = _re(r"(?<![0-9.])(\d{1,2}|one|two|three|four|five)-year "
                         r"(?:fixed-term |labou?r |employment )?contract|"
                         # my contract is 1 year, the contract is for two years
                         r"\bcontract (?:is|was|runs) (?:for )?(\d{1,2}|one|two|three|four|five) years?\b")
_PROBATION_TERM = (
    _re(rf"试用期(?:搞了|定了|定的|约定(?:了|的)?|签了|签的|写的?|写了|是|为|要|有|长达|居然|竟然|就|足足|给我定了?)?"
        rf"(?:是)?{_APPROX}{_DUR}"),  # 试用期写的是3个月
    _re(rf"{_DUR}(?:的)?试用期"),
    # probation of 6 months, probation is 6 month, a probation period lasting three months
    _re(rf"probation(?:ary period| period)?(?: is| was| of| for| lasts?| lasted| lasting)(?: only| just)? {_DUR_EN}"),
)
# The whole of a package said to cover the overtime (不管加多少都是6500, 一共6500).
_PACKAGE_TOTAL = _re(r"(?:都是|一共(?:是)?|总共(?:是)?|合计|加起来(?:是|一共)?)\s*(?P<v>[0-9][0-9,.]*)\s*(?:元|块)?")
# A probation prolonged (又给我延长了1个月试用期, 试用期又延长两个月, 试用期延了一个月): the months added to the agreed ones.
_PROBATION_EXTENDED = (
    _re(rf"(?:延长|延|加|多加|顺延)(?:了)?{_APPROX}{_DUR}(?:的)?试用期"),
    _re(rf"试用期(?:又|再)?(?:被)?(?:延长|延|加|顺延)(?:了)?{_APPROX}{_DUR}"),
)
# Social insurance paid so long in all: 失业保险交了8年, 社保累计缴了6年, 缴费满5年, paid social insurance for 6 years.
_INSURED_FOR = (
    _re(rf"(?:社保|社会保险|失业保险|失业金|五险一金|五险|保险)(?:已经|都|也|还|一共|总共|累计|连续|前后|只|才|就)*(?:交|缴)(?:了|过|费)?"
        rf"{_APPROX}{_DUR}"),
    _re(rf"(?:交|缴)(?:了|过)?{_APPROX}{_DUR}(?:的)?(?:社保|社会保险|失业保险|五险)"),
    _re(rf"(?:累计)?缴费(?:年限|时间)?(?:已经|已|有|是|满|达到|一共|总共)*{_APPROX}{_DUR}"),
    _re(rf"(?:paid|contributed|paying)(?: into| in| to)? (?:social|unemployment) insurance (?:for )?{_DUR_EN}"),
    # Unemployment insurance was paid for me for 3 years and 8 months
    _re(rf"(?:social|unemployment) insurance (?:was|has been|had been) paid (?:for me |for us )?(?:for )?{_DUR_EN}"),
)
# Social insurance paid all along the job: 社保一直交着, 一直有交社保, they always paid my social insurance.
_ALWAYS_INSURED = _re(r"(?:社保|五险|保险)(?:也)?一直(?:都)?(?:有)?(?:在)?(?:交|缴)|一直(?:都)?(?:有)?(?:在)?(?:给我们?|给)?(?:交|缴)(?:着)?(?:社保|五险|保险)|"
                      r"(?:always|has|have) paid (?:my |our )?social insurance|social insurance (?:was|has been) (?:always )?paid")
# Insurance paid at an earlier job besides this one (之前在别的厂也交过3年社保): a separate stretch, not the total.
_PRIOR_INSURED = _re(r"(?:之前|以前|原来|早先|上一家|前一家|别的(?:厂|公司|单位))[^。；;]{0,10}也(?:交|缴)(?:过|了)")
_PROBATION_MONTHS_EN = _re(r"(?<![0-9.])(\d{1,2}|one|two|three|six)-month probation")
_SERVICE_YEARS_EN = _re(r"(?<![0-9.])(\d{1,2})-year (?:service|training|bond)")
# The day a service period began (服务期3年，去年6月1号开始算; 从2024年3月起算服务期).
# The day of the training the service period pays for (去年11月店里送我去外面学, 2024年9月1号拿的证)
_TRAINED_ON = _re(r"(?P<e>" + _DATE_CANDIDATE.pattern + r")\s*[^。；;，,\d]{0,8}?(?:出钱|送我|派我|让我去|安排我去)[^。；;]{0,16}?"
                  r"(?:培训|考|学|进修|课|班|教培)|"
                  r"(?P<f>" + _DATE_CANDIDATE.pattern + r")\s*(?:拿的证|拿到(?:了)?证|取得(?:了)?证)")
# 服务满3年（到2028年3月31号）: the service period's last day
_SERVICE_UNTIL = _re(r"服务[^。；;！？?]{0,12}?(?:到|至)(?P<d>" + _DATE_CANDIDATE.pattern + r")")
_SERVICE_BEGUN = _re(r"服务期[^。；;！？?]{0,16}?(?P<a>" + _DATE_CANDIDATE.pattern + r")\s*(?:开始算|起算|算起|开始|起|算|到|至)|"
                     r"(?:从|自)(?P<b>" + _DATE_CANDIDATE.pattern + r")\s*(?:开始|起)(?:算|计算)?[^。；;]{0,6}服务期|"
                     # 培训结束后（去年9月1号起）要服务满3年: the day the service runs from, then what is owed from it
                     # (从2025年6月1号培训完开始算要服务满2年: the training's end between)
                     r"(?P<d>" + _DATE_CANDIDATE.pattern + r")\s*(?:培训(?:结束|完成?)(?:后|以后)?|学完(?:回来)?)?\s*"
                     r"(?:开始|起)(?:算|计算)?[）)]?[^。；;]{0,6}?(?:要|需要|必须|得)?服务(?:满)?|"
                     # a 3-year service agreement starting 1 Nov 2025
                     r"service (?:period|agreement|bond|commitment)[^.;]{0,20}?\b(?:starting|from|beginning|began|"
                     r"begins|started|starts|running from)(?: on)?\s+(?P<c>" + _DATE_CANDIDATE.pattern + r")")


def _service_start(text: str, *, today: date, period: Decimal | None = None) -> date | None:
    m = _SERVICE_BEGUN.search(text)
    if m is None and (t := _TRAINED_ON.search(text)) is not None:
        # 去年9月馆里出钱让我去上了个教培, 2024年9月1号拿的证: the service counts from the training, not the hiring
        told = t.group("e") or t.group("f")
        value = _read_date(told, today=today) if re.search(r"月|[-/.]\d", told) else None  # (去年 alone: no month)
        return value if value is not None and value <= today else None
    if m is None:
        if period is not None and (end := _SERVICE_UNTIL.search(text)) is not None:
            # 要服务满3年（到2028年3月31号）: its last day told, its first the period before the day after it
            last = _read_date(end.group("d"), today=today) if _YEAR_GIVEN.search(end.group("d")) else None
            first = shift_months(last + timedelta(days=1), -period) if last is not None else None
            return first if first is not None and first <= today else None
        return None
    value = _read_date(m.group("a") or m.group("b") or m.group("c") or m.group("d"), today=today)
    return value if value is not None and value <= today else None


_SERVICE_DONE = (
    _re(rf"服务期(?:已经|才|只)?(?:干|做|履行|服务|过)了{_APPROX}{_DUR}"),
    _re(rf"服务期(?:已经|才|只|刚|刚刚|正好)?(?:干|做)?(?:满|到)(?:了)?{_APPROX}{_DUR}"),  # 服务期刚满2年, 服务期才干满1年
)

_SINCE_INJURY = (
    _re(rf"(?:受伤|受的伤|出事|工伤|摔伤|事故)(?:的)?(?:时间)?{_APPROX}{_DUR}"),
    _re(rf"{_DUR}(?:以?前|之前)(?:就)?(?:受(?:了)?伤|出(?:了)?事|摔)"),
    _re(rf"{_DUR}(?:以?前|之前)[^。]{{0,16}}?(?:受(?:了)?伤|出(?:了)?事|摔|[扭挫拉割划烫烧撞夹绞碾刺砸压]伤|骨折|"
        rf"被[^,。]{{0,8}}(?:砸|压|轧|卷|夹|绞|撞(?!见)|烫|割|电))"),
    _re(rf"(?:injured|hurt|accident|crushed|fell|broke|trapped|caught in)[^.,;]{{0,30}}?\s(?:almost |nearly |about |"
        rf"over )?{_DUR_EN} ago"),
    _re(rf"(?<![a-z])(?:almost |nearly |about |over )?{_DUR_EN} ago[^.;]{{0,40}}?(?:injured|hurt|accident|crushed|"
        rf"fell|broke|trapped|caught in)"),
)
_SINCE_RULING = (
    _re(rf"(?:收到|拿到)(?:了)?(?:仲裁)?(?:裁决书?|判决书?){_APPROX}{_DUR}"),
    _re(rf"(?:裁决书?|判决书?)(?:下来|出来)(?:了)?{_APPROX}{_DUR}"),
    _re(rf"(?:ruling|award|judgment)[^.,;]{{0,30}}?\s(?:almost |nearly |about )?{_DUR_EN} ago"),
)
_OWED = (
    _re(rf"(?:欠|拖欠|拖|压)(?:了)?(?:我们?|大家|工人)?{_APPROX}{_DUR}(?:的)?(?:工资|工钱|薪水|钱)"),
    # (欠了我们13个人9月10月两个月工资: the people and the calendar months told before the months counted)
    _re(rf"(?:欠|拖欠|拖|压)(?:了)?(?:我们?|大家|工人)?(?:[0-9一二三四五六七八九十两]+个人)?"
        rf"(?:(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:份)?[、和跟]?)+{_APPROX}{_DUR_COUNTED}(?:的)?(?:工资|工钱|薪水|钱)"),
    _re(rf"(?:欠|拖欠)(?:了)?(?:我们?|大家|工人)?{_APPROX}{_DUR}(?![^,。]{{0,3}}(?:房租|贷款|水电|话费))"),
    _re(rf"{_DUR}(?:的)?(?:工资|工钱|薪水)(?:都|一直|还|也)?(?:没|未|不)(?:发|给|结|付)"),
    # (三个月工资一分没发, 三个月一分钱都没给: not a penny of it; months counted, not 11月工资一分不发)
    _re(rf"{_DUR_COUNTED}(?:的)?(?:工资|工钱|薪水)(?:都|一直|还|也)?一分(?:钱)?(?:都|也)?(?:没|未|不)(?:发|给|结|付)"),
    _re(rf"{_DUR}(?:了)?(?:都|一直|还|也)?(?:没|未|不)(?:发|给|结|拿到|领到)(?:过)?(?:工资|工钱|钱)"),
    _re(rf"{_DUR_COUNTED}(?:了)?(?:都|一直|还|也)?一分(?:钱)?(?:都|也)?(?:没|未)(?:发|给|结|拿到|领到)(?!货)"),
    _re(rf"(?:工资|工钱|薪水)(?:已经|都|被)?(?:拖欠|欠|拖|压)(?:了)?{_APPROX}{_DUR}"),
    # 公司拖欠工资两个月了, 欠我们工钱三个月
    _re(rf"(?:拖欠|欠|压)(?:了)?(?:我们?|大家|工人)?(?:的)?(?:工资|工钱|薪水){_APPROX}{_DUR}"),
    # "3 months of unpaid wages", "owes me two months' pay", "four months' salary still unpaid"; not "pay one month
    # salary instead of notice"
    _re(rf"{_DUR_EN} (?:of )?(?:unpaid|back|owed|outstanding) (?:wages|salary|pay)"),
    _re(rf"\bowe[sd]? (?:me|us|him|her) (?:about |nearly |almost )?{_DUR_EN} (?:of )?(?:wages|salary|pay)"),
    _re(rf"{_DUR_EN} (?:of )?(?:wages|salary|pay) (?:still |are |is )?(?:unpaid|owed|outstanding|not paid|in arrears)"),
    _re(rf"(?:haven't|have not|hasn't|has not|not) been paid (?:for|in) (?:almost |nearly |about |over )?{_DUR_EN}"),
)


# Months of the calendar whose wages are unpaid: 9月10月工资都没发, 8月、9月的工资没给, 7到10月的工资一直拖着 (a month named
# without 个 is a month of the year, not a number of months: "10月工资没发" is October's pay, not ten months')
_MONTH_NO = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"  # 1 to 12, in figures or words
_CAL_MONTH = rf"{_MONTH_NO}\s*月(?:份)?"
_CAL_MONTHS_TOLD = (rf"(?<![0-9一二三四五六七八九十个.])(?<![0-9〇零]年)(?P<months>(?:{_MONTH_NO}\s*(?:到|至|-|~)\s*)?(?:{_MONTH_NO}\s*、\s*)*"
                    rf"{_CAL_MONTH}(?:\s*(?:[、和跟与及,，]|到|至|-|~)?\s*{_CAL_MONTH})*)"
                    # 9月10月两个月工资: the months named, then how many they are
                    r"(?:(?:这|共|一共)?[两二三四五六七八九十2-9]个月)?(?:的)?(?:工资|工钱|薪水|钱)")
# 9月10月工资都没发, 还欠我9月10月两个月工资: the months named with wages unpaid (told after them or before)
_CAL_MONTHS_OWED = _re(rf"{_CAL_MONTHS_TOLD}(?:都|一直|还|也|全)?(?:没|未|不|拖|欠)")
_CAL_MONTHS_OWED_AFTER = _re(rf"(?:欠|拖欠|拖|压|没发|没给|没结)(?:了)?(?:我们?|大家|工人|他|她)?(?:的)?{_CAL_MONTHS_TOLD}")
_CAL_MONTH_NUMBER = _re(rf"(?P<n>{_MONTH_NO})(?=\s*(?:月|到|至|-|~|、))")  # (11、12月: both months)
# 今年2月开始工资也不发了: unpaid from a month of this year to now
_OWED_SINCE = _re(rf"(?:今年|从)\s*(?P<n>{_MONTH_NO})\s*月(?:份)?(?:开始|起|以来)[^，。；;,]{{0,6}}?(?:工资|工钱|薪水)(?:也|就|都|一直)?"
                  r"(?:不发|没发|停发|没给|不给)")
_MONTHS_COUNTED = _re(r"[两二三四五六七八九十2-9]\s*个月")
# 9月的和10月上半月的工资: a whole month named before the half (not the half alone)
_MONTH_AND_BEFORE = _re(r"月(?:份)?(?:的)?\s*(?:和|、|跟|还有|加上|以及)\s*$")
_HALF_MONTH_OWED = _re(rf"(?<![0-9一二三四五六七八九十])(?P<n>{_MONTH_NO})\s*月(?:份)?(?:的)?(?:上|下|前|后)半(?:个)?月(?:的)?"
                       r"(?:工资|工钱|薪水)[^，。；;,]{0,8}?(?:都|一直|还|也|全)?(?:没|未|不|拖|欠)")
# 11月的工资6500和12月上半个月的工资都没给: whole months named, then half of the next one (1.5 months, not the half alone)
_CAL_MONTHS_AND_HALF_OWED = _re(rf"{_CAL_MONTHS_TOLD}[^，。；;,]{{0,10}}?(?:和|、|跟|还有|加上|以及)\s*{_CAL_MONTH}(?:的)?"
                                r"(?:上|下|前|后)半(?:个)?月(?:的)?(?:工资|工钱|薪水)?[^，。；;,]{0,4}?"
                                r"(?:都|一直|还|也|全)?(?:没|未|不|拖|欠)")


_EN_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")
_EN_MONTH_NAME = r"(?:" + "|".join(_EN_MONTH_WORDS) + r")"
# "hasn't paid me for September and October", "my wages for August, September and October are unpaid"
_CAL_MONTHS_OWED_EN = _re(rf"(?:paid (?:me|us)|(?:wages?|salary|pay)) (?:for|in) (?P<months>{_EN_MONTH_NAME}"
                          rf"(?:(?:,\s*|\s+and\s+|\s*(?:to|through|-)\s*){_EN_MONTH_NAME})*)")


def _months_spanned(first: int, last: int) -> int:
    """The months from one month of the year to another, both counted (7到10月: 4; 11月到2月: 4, over the new year)."""
    return (last - first) % 12 + 1


def _calendar_months_owed(text: str) -> tuple[Decimal, frozenset[Decimal]] | None:
    """How many calendar months' wages are unpaid when the months are named (9月10月工资都没发: 2; 7到10月: 4;
    hasn't paid me for September and October: 2), with the months' numbers (what a month read as a duration would give
    instead), or None."""
    if half := _CAL_MONTHS_AND_HALF_OWED.search(text):
        numbers = [int(read_number(n.group("n"))) for n in _CAL_MONTH_NUMBER.finditer(half.group("months"))]
        return Decimal(len(numbers)) + Decimal("0.5"), frozenset(Decimal(n) for n in numbers) | {Decimal("0.5")}
    if (h := _HALF_MONTH_OWED.search(text)) is not None and not _CAL_MONTHS_OWED.search(text) \
            and not _MONTH_AND_BEFORE.search(text, max(0, h.start() - 8), h.start()):
        # 12月上半个月的工资3600也没给: half a month's pay, alone
        return Decimal("0.5"), frozenset({Decimal(int(read_number(h.group("n")))), Decimal("0.5")})
    m = _CAL_MONTHS_OWED.search(text) or _CAL_MONTHS_OWED_AFTER.search(text)
    if not m and (en := _CAL_MONTHS_OWED_EN.search(text)):
        named = [_EN_MONTH_WORDS.index(w) + 1 for w in re.findall(_EN_MONTH_NAME, en.group("months"))]
        if len(named) == 2 and re.search(r"\b(?:to|through)\b|-", en.group("months")):
            return Decimal(_months_spanned(*named)), frozenset(Decimal(n) for n in named)
        return Decimal(len(named)), frozenset(Decimal(n) for n in named)
    if not m:
        return None
    told = m.group("months")
    numbers = [int(read_number(n.group("n"))) for n in _CAL_MONTH_NUMBER.finditer(told)]
    named = frozenset(Decimal(n) for n in numbers)
    if len(numbers) == 2 and re.search(r"到|至|-|~", told):
        return Decimal(_months_spanned(*numbers)), named
    return Decimal(len(numbers)), named


def _duration(raw: str) -> tuple[Decimal | None, int | None]:
    """(months, days) of a duration as written; months for 年/月, days for 周/天."""
    s = re.sub(r"(?<=\d)\s*yrs?\b|\s+yrs?\b", " years", raw.strip())  # 6 yrs, 3yr
    half = re.search(r"\band a half\b", s)
    s = re.sub(r"\s*\band a half\b", "", s)
    for word, value in _EN_NUMBER_WORDS.items():
        s = re.sub(rf"\b{word}\b", str(value), s)
    if re.search(r"天|周|星期|礼拜|week|day", s) and not re.search(r"年|月|year|month", s):
        days = parse_days(s.replace("weeks", "周").replace("week", "周").replace("days", "天").replace("day", "天")
                          .replace(" ", ""))
        return None, days
    # 十几年 counts its lower bound; 三年多 is more than three years, so at least a month past them (for
    # severance, more than three years counts three and a half); 一年零三个月 is 一年三个月
    over_years = bool(re.search(r"年多|多年|over|more than", s)) and not re.search(r"月|month", s)
    s = re.sub(r"(?<=[年月个])(?:零|又)", "", s.replace("多", "").replace("几", "").replace("来", ""))
    months = parse_months(s)
    if months is not None and half:
        months += 6 if re.search(r"年|year", s) else Decimal("0.5")
    if months is not None and over_years and months >= 12:
        months += 1
    return months, None


# A rule the worker heard of (听说干满15年的…, 据说满一年就…, I heard that after 10 years…): its durations are the rule's
_RULE_HEARD = _re(r"听说|据说|听人说|听别人说|听同事说|网上说|有人说|\bi(?:'ve)? heard\b|\bthey say\b")


def _first_duration(patterns: Iterable[re.Pattern], text: str, *,
                    not_after: re.Pattern | None = None) -> tuple[Decimal | None, int | None, bool]:
    """The first duration ``patterns`` find (months, days, whether "almost"); none whose sentence up to it names
    ``not_after`` after the last wage word (月薪8千，社保…断了，欠了14个月: insurance owed, not wages)."""
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _negated(text, m.start()):
                continue
            if not_after is not None:
                told = _sentence_before(text, m.start(), 40) + m.group(0)
                if _last(not_after, told) > _last(_WAGE_WORD, told) and not _OWED_TO.search(m.group(0)):
                    continue  # the nearest thing named before it is the insurance, and nobody is owed it
            if "满" in text[m.start():m.start("dur")] and _CONDITION_AFTER.match(text, m.end()):
                continue  # 干满一个月才签合同: a condition, not how long they have worked
            if _RULE_HEARD.search(_clause_before(text, m.start(), 12)):
                continue  # 听说干满15年、快退休的不能随便辞退: a rule heard of, not how long they have worked
            months, days = _duration(m.group("dur"))
            if months is None and days is None:
                continue
            almost = bool(_ALMOST.search(text[m.start():m.start("dur")]))
            return months, days, almost
    return None, None, False


def _months_value(months: Decimal | None, days: int | None, almost: bool) -> Decimal | None:
    if months is None and days is not None:
        months = (Decimal(days) / 30).quantize(Decimal("0.1"))
    if months is None or months < 0 or months > _MAX_TENURE_MONTHS:
        return None
    if almost and months >= 2:
        months -= 1 if months >= 12 else Decimal("0.5")  # 快一年 is about eleven months, not twelve
    return months


def _day_back(today: date, months: Decimal | None, days: int | None, almost: bool) -> date | None:
    if days is not None and months is None:
        return today - timedelta(days=max(days - (1 if almost else 0), 0)) if days <= 3650 else None
    value = _months_value(months, None, almost)
    return _months_before(today, value) if value is not None else None


# ---------------------------------------------------------------------------------------------
# Counts: workers, disability grade, hospital days, age

_CN_COUNT = "0-9一二两三四五六七八九十百千"
_WORKERS = (
    _re(rf"(?<![第{_CN_COUNT}])(?P<n>[{_CN_COUNT}]+)\s*(?P<approx>余|多|几|来)?\s*(?:个|名|位|号)?\s*"
        r"(?:老|新|一线|临时|外地|女|男|正式|合同|代课|临聘|编外|在编|外包|劳务|派遣|农民|装修|建筑|本地|"
        r"[\u4e00-\u9fff]{1,3}来的)?"
        r"(?:人(?!民|事|社|身|力|家|情|格)|工友|工人|员工|同事|农民工|兄弟|师傅|老乡|职工|骑手|保安|女工|司机|保洁|"
        r"老师|教师|护士|医生|护工|店员|服务员|厨师|学徒|快递员|外卖员|配送员|主播|技术员|技工|焊工|电工|民工|"
        r"装卸工|搬运工|销售|文员|职员|教练|营业员|收银员|矿工|船员|渔民|导游|程序员|工程师|"
        # 12个收费员, 十几个检票员: any "…员" trade (not 会员, 委员, 官员, nor 2个月员工's month)
        r"(?![个月年天周])[\u4e00-\u9fff]{1,2}(?<![会委官党议月])员|"
        # 14个技师, 五个美甲师, 3名按摩师: a "…师" trade counted by 个, 名 or 位 (not 每月5千是导师)
        r"(?<=[个名位])[\u4e00-\u9fff]{1,2}师(?![范傅兄姐弟妹父母])|"
        # (not 每人70个工: a day's work counted, 个工 the unit of a day's pay)
        r"(?<!个)工(?!资|钱|作|期|龄|伤|时|日|地|厂|种|号|友|人))"),
    _re(rf"(?<![第{_CN_COUNT}])(?P<n>[{_CN_COUNT}]+)\s*(?P<approx>余|多|几|来)\s*个(?=\s*(?:都|一起|全|一块|人))"),
    # 我们是…环卫工，一共四十来个: a head count told after the people it counts
    _re(rf"(?:一共|总共|共有|我们(?:有|一共)?)\s*(?P<n>[{_CN_COUNT}]+)\s*(?P<approx>余|多|几|来)?\s*(?:个|名|位)"
        r"(?![^,，。]{0,1}(?:月|年|小时|星期|礼拜|钟|工作日|天|项目|厂|店|工地|休息日|日|周|晚上|夜班|次|单|批))"),
    # 车间里这样的有20多个, 像我这种情况的一共十几个: the people in the worker's position, counted
    _re(rf"(?:这样的|这种情况的|像我(?:们)?这样的|像我(?:们)?这种(?:情况)?的|同样情况的)(?:人)?(?:有|一共有|共有|还有|总共)?\s*"
        rf"(?P<n>[{_CN_COUNT}]+)\s*(?P<approx>余|多|几|来)?\s*(?:个|名|位)"),
    _re(r"(?<![\d.])(?P<n>\d+)\+?\s*(?:of us|(?:other |fellow |migrant |construction |delivery )?(?:workers|coworkers|"
        r"co-workers|colleagues|people|employees|riders|drivers|staff|cleaners|guards))"),
)
# 几十块钱, 三百来块, 上百个小时: an amount or a length, not people
_NOT_PEOPLE = (r"(?![多来余]?(?:块|元|万|千|斤|公斤|吨|公里|里|米|平|亩|天|次|趟|年|个月|月|个小时|小时|分钟|岁|度|页|张|件|箱|单|"
               # 蛰了几十下, 缝了几十针, 被咬了几十口: blows and stitches, not people
               r"台|毛|票|车|遍|下|针|口|刀|拳|脚|处|秒|回|kg|km))")
_THINGS_COUNTED_BEFORE = _re(r"电话|短信|消息|信息|微信|私信|评论|留言|\b(?:calls?|messages?|texts?)\b")
_WORKERS_WORDS = (
    (_re(rf"(?<![一二两三四五六七八九十百\d])(?:几十|数十){_NOT_PEOPLE}|dozens of"), 20),
    (_re(rf"(?<![一二两三四五六七八九十\d])(?:上百|成百|百来){_NOT_PEOPLE}|hundreds of"), 100),
    (_re(r"\ba dozen\b"), 12),
)
_GROUP_WORDS = _re(r"全厂|全体(?:员工|工人|职工|工友|人员)|整个(?:厂|车间|工地|公司|项目|班组|工程队)|"
                   r"所有(?:的)?(?:工人|工友|员工|人|师傅)|"
                   r"集体(?:讨薪|维权|仲裁|上访|停工|罢工|被欠)|all (?:the |of the )?workers|all of us|"
                   r"whole (?:factory|crew|"
                   r"team|workforce|site)|entire (?:factory|crew|team|workforce)")
# What makes a number of workers one claim (wages, a layoff, insurance, a collective action), not a count of
# people in a chat group or everyone asked to install software.
_SHARED_CLAIM = _re(r"欠|拖|没发|不发|没给|讨薪|讨要|要钱|维权|仲裁|起诉|告(?!栏|示|诉|知)|裁员|被裁|辞退|开除|解散|没交|没缴|不交|断缴|停缴|"
                    r"补偿|加班费|停工|罢工|"
                    r"上访|集体|联名|跑路|失联|unpaid|wages?|owed|salar|laid off|fired|sue|claim|arbitrat|"
                    r"strike|compensation|pa(?:y|id|ying)\b|insurance|dismiss|没拿到|拿不到")
_CHAT_GROUP_COUNT = _re(r"(?:\d+|几|[一二两三四五六七八九十]+)\s*(?:多|几)?(?:十|百|千)?(?:个)?人的[^,，。]{0,12}群|"
                        # 群里好几百人: the members of a chat group the worker was smeared in
                        r"群(?:里|内)?(?:有|一共|共)?(?:好)?(?:\d+|几|[一二两三四五六七八九十]+)\s*(?:十|百|千)?(?:多)?(?:个)?人|"
                        r"(?:group chat|chat group|wechat group|group)(?: chat)? (?:of|with) "
                        r"(?:about |around |over |nearly |almost |some |more than )?\d+")


# No wage for a first stretch, an allowance instead, agreed (第一年不发工资只给每月500生活费, 学徒期不发工资，管吃住给生活费800).
_NO_PAY_ARRANGED = _re(r"(?:第一年|头(?:一|两|三|半)?年|头[0-9一二两三四五六]+个月|前[0-9一二两三四五六]+个月|学徒期(?:间|内)?)"
                       r"(?:都|是)?(?:不发|没有|不给|不拿)工资[^。；？?]{0,12}?(?:只|就)?(?:给|发)(?:每月|每个月|一个月)?"
                       r"(?:(?P<v>\d+(?:\.\d+)?)\s*(?:块|元)?(?:的)?)?生活费(?:(?P<v2>\d+(?:\.\d+)?))?")
# The worker named before the others counted (我跟另外4个同事, 我和其他9个工友, me and 4 coworkers): one more.
_WITH_ME_BEFORE = _re(r"(?:我|俺)(?:跟|和|与|同|带着?|叫上|还有)(?:另外|其他|其余|别的)(?:的)?\s*$|"
                      r"(?:我|俺)(?:跟|和|与|同)(?=\s*$)|\b(?:me|I) and (?:the |my )?(?:other )?\s*$")
_IN_FRONT_OF = _re(r"(?:当着|对着)(?:我们)?\s*$")


def _group_claim_sentence(text: str) -> bool:
    """全厂 / 所有工人 / 集体讨薪 in a sentence that is about a claim."""
    for m in _GROUP_WORDS.finditer(text):
        if _negated(text, m.start()) or _hypothetical(text, m.start()) or _GROUP_DATA_AFTER.match(text, m.end()):
            continue
        if _EVERYONE_MADE_TO.search(text, max(0, m.start() - 3), m.start()) and not _GRIEVANCE.search(
                text, m.end(), m.end() + 12):
            continue  # 老板让所有人签一个竞业协议: everyone asked to do something, not ten in one claim
        if _IN_FRONT_OF.search(text, max(0, m.start() - 4), m.start()):
            continue  # 经理当着所有人面骂我: the onlookers, not ten in one claim
        if _MOVES_AWAY.match(text, m.end()):
            continue  # 明年1月1号整个厂搬到广西梧州: the workplace moving, not ten workers in one claim
        starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        end = _SENTENCE_END.search(text, m.end())
        if _SHARED_CLAIM.search(text[starts[-1] if starts else 0:end.start() if end else len(text)]):
            return True
    return False


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")  # an English sentence ends at ". " too
_MOVES_AWAY = re.compile(r"(?:都|要|将|就|准备|打算|会)?(?:整体)?(?:搬|迁|转移)")
# The worker smeared as gone (此人欠钱跑路, 说我卷款跑了): the words are about the worker.
# The wage said to include overtime only in the boss's words (老板说工资里已经包含加班费了, the boss says my pay covers
# overtime), against an agreement in writing (合同写着含加班费, my contract says): without one the wage agreed is the
# normal hours' pay, and the overtime is owed on top of it (the employer must prove an all-in agreement).
_INCLUSION_SAID = _re(r"(?:老板|公司|单位|厂里|店里|院里|所里|园里|馆里|场里|队里|站里|HR|人事|经理|主管|老板娘)[^,，。；]{0,4}"
                      r"(?:说|称|口头|讲|跟我说)"
                      r"[^。；]{0,12}(?:(?:包含|含|包括|包)(?:了)?加班|加班费?[^。；]{0,6}?(?:算在|算进|包在)(?:了)?(?:里面|里头|工资里))|"
                      r"\b(?:boss|employer|manager|company|hr)\b[^.;]{0,10}\b(?:says|said|claims|claimed|told me)\b"
                      r"[^.;]{0,30}(?:includes?|covers?|included)[^.;]{0,6}overtime")
# (the inclusion itself in writing: 合同上只写了“日薪400元”，别的没写 is a wage written, not overtime included)
_INCLUSION_WRITTEN = _re(r"(?:合同|协议|劳动合同|offer|工资条|规章|制度)[^,，。；]{0,8}(?:写|约定|注明|签|规定|载明)"
                         r"[^。；]{0,24}?(?:加班|包含|含|包括|综合|包薪)|"
                         r"(?:合同|协议)[^,，。；]{0,6}(?:也|都|上|里)?(?:是)?(?:这么|这样)(?:写|约定|规定|签)|"
                         r"\b(?:contract|agreement|offer letter|payslip)\b[^.;]{0,20}"
                         r"\b(?:says|said|states|stated|written)")
# The contract says no such thing (也没写工资里含加班费), or sets the standard hours (合同上写的是标准工时): no inclusion in
# writing, whatever was said.
_INCLUSION_DENIED = _re(r"(?:没(?:有)?|并没(?:有)?|从没|也没|都没)(?:写|约定|注明|规定|提)(?:过)?[^。；]{0,10}?(?:包含|含|包括|包)(?:了)?加班|"
                        # 合同写的是标准工时: the contract sets the standard hours, so its wage is the normal hours' pay
                        r"合同[^。；，,]{0,4}(?:写|约定|签|定)(?:的是|着|了|的)?(?:是)?标准工时|"
                        r"\b(?:contract|agreement)\b[^.;]{0,30}\b(?:doesn'?t|does not|never) (?:say|mention|state)\b[^.;]{0,30}overtime")
# Others laid off, the worker kept (没裁到我, 我还在上班, I wasn't laid off), unless the worker says they were let go too.
_SPARED = _re(r"没(?:有)?(?:被)?裁(?:到)?(?:我|我们)|(?:我|我们)(?:没(?:有)?被裁|留下来了|被留下)|"
              r"(?:我|我们)(?:还|暂时|目前)在(?:上班|干|做|厂里|公司|岗)?(?=[，。,！!？?；;]|$)|"
              r"\bI (?:wasn'?t|was not|haven'?t been) (?:laid off|let go|fired)|\bkept me on\b")
_ME_LET_GO = _re(r"(?:把|将)我[^,，。]{0,8}(?:裁|辞|开)|我(?:也|就)?被(?:裁|辞退|开除)|裁了我(?!们)|"
                 r"\bI was (?:laid off|let go|fired)")
# The employer's account that the injury happened at home (让我说是在家摔的, claims I got hurt at home), not the worker's.
_HOME_STORY = _re(r"(?:说|说成|写成|报成|写|非说|硬说|咬定|认为)(?:我|是|我是)?[^,，。；]{0,4}在家(?:里)?[^,，。；]{0,6}(?:伤|摔|弄)|"
                  r"\b(?:say|says|said|claim|claims|claimed|write|wrote)\b[^.]{0,30}\bat home\b")
# (说我'偷快递、欠钱跑路': the smear quoted)
_WORKER_SMEARED_AS_GONE = _re(r"(?:此人|该人|这人|该员工|该司机|说我|称我)[“\"'‘]?[^,，。；“”\"'’]{0,8}(?:跑路|卷款|逃匿|失联|跑了)")
_EVERYONE_MADE_TO = _re(r"(?:让|叫|要求|要|逼|通知)\s*$")
# 全体员工的身份证号…发错到群里: everyone's data, one worker's claim (not ten in one claim).
_GROUP_DATA_AFTER = _re(r"(?:的)?(?:身份证|个人信息|信息|资料|工资条|工资表|手机号|电话|照片|名单|档案|数据|银行卡|邮箱|聊天记录|"
                        r"考勤|体检)|'s (?:data|ids?|id numbers|personal|phone|bank|salar)")
_TOGETHER = _re(r"一起|一块|联名|集体|共同|together|as a group|jointly")
_COLLECTIVE = _re(r"我们|咱们|大家|工友|一起|都|全|集体|共同|一块|联名|\bwe\b|\bus\b|\bour\b|together|\ball\b|"
                  r"coworkers|"
                  r"colleagues|fellow")
_GRIEVANCE = _re(r"没发|没给|没结|欠|拖|讨薪|没交|没缴|没签|被辞|被裁|受伤|中毒|unpaid|not (?:been )?paid|owed")
_OURS = _re(r"我们|咱们|\bour\b")
# The message calls the people it counted one claim, with no count of its own: 我们这么多人能一起去哪里告
_MANY_OF_US = _re(r"(?:我们|咱们)(?:这么多人|这些(?:人|工人|工友)|大家)|这么多(?:工人|工友|人)[^,，。]{0,4}(?:一起|都|怎么)|"
                  r"(?:大家|我们|咱们)[^,，。？?]{0,4}一起(?:去)?(?:仲裁|告|讨|要|投诉|维权|申请)|"
                  # 整个部门60个人…我们的岗位都没了，让我们本月底前全部签: the whole department is the claim
                  r"(?:我们|咱们|大家)(?:的)?(?:岗位|工作|饭碗)(?:都|全)(?:没了|取消了|撤了)|"
                  r"(?:让|要|逼)(?:我们|咱们|大家)[^,，。？?]{0,10}(?:全部|全都|都|一起)(?:签|走|离职|辞职|解除)")
_ONLY_ME = _re(r"就我|只有我|只我|只是我|其中我|就(?:把)?我一个|only me|just me|only i\b")
_COMPANY_SIZE = _re(r"(?:公司|厂|单位|企业|工厂|车间|部门|门店|店里|学校|医院|团队|小组|集团|仓库|工地|项目部|网点|站点|超市|"
                   r"酒店|餐厅|诊所)(?:里)?"
                   r"(?:一共|总共|大概|有|规模|员工|职工|大约|差不多)*\s*$|"
                   r"(?:company|factory|firm|employer|business|workplace|plant|shop|store|school|hospital)(?: that)? "
                   r"(?:has|have|of|with|employs|employing)(?: about| around| over| more than| nearly| some| roughly|"
                   r" almost| approximately)? $|"
                   # a game studio in Chengdu (about 60 people): the size in brackets after the workplace
                   r"\b(?:studio|company|firm|factory|business|shop|store|school|hospital|restaurant|hotel|team|"
                   r"start-?up|office|plant|centre|center|agency|warehouse|site)\b[^()]{0,40}\(\s*(?:about|around|roughly|"
                   r"some|over|nearly|approximately|almost|~)?\s*$")
# 我们是个食品厂，一共60来号人: the size told in the clause after the workplace is named
# (家庭作坊那种，十几个人: the workshop's size too)
_SIZE_NEXT_CLAUSE = _re(r"(?:公司|厂|单位|企业|工厂|车间|部门|门店|学校|医院|集团|仓库|工地|超市|酒店|餐厅|诊所)(?:里)?[，,]\s*"
                        r"(?:一共|总共|大概|差不多|大约|规模)+\s*$|作坊(?:那种|这种|那样的?)?[，,]\s*(?:一共|总共|大概|差不多|大约|就|才)*\s*$")
_SIZE_AFTER = _re(r"\s*(?:的|规模的)\s*(?:企业|公司|厂|单位|工厂|集团|学校|医院)|-(?:employee|person|worker|staff) "
                  r"(?:company|firm|factory|business)")
_GRADE = (
    _re(r"(?:伤残|残疾|工伤|评残|鉴定|评定|评了|定了|评为|认定为|等级)[^,。]{0,6}?(?<![0-9一二三四五六七八九十])"
        r"(?P<g>[0-9]{1,2}|十|[一二三四五六七八九])\s*级"),
    # 伤残鉴定结果出来了，是五级: the grade told in the next clause of the assessment
    _re(r"(?:伤残|残疾|评残|劳动能力|工伤)(?:等级)?(?:鉴定|评定|等级)[^。]{0,14}?(?<![0-9一二三四五六七八九十])"
        r"(?P<g>[0-9]{1,2}|十|[一二三四五六七八九])\s*级(?![工员])"),
    _re(r"(?<![0-9一二三四五六七八九十])(?P<g>[0-9]{1,2}|十|[一二三四五六七八九])\s*级\s*(?:伤残|残疾|工伤)"),
    _re(r"(?:grade|level|class)\s*(?P<g>\d{1,2})\s*(?:disability|disabled|injury)"),
    _re(r"disability (?:grade|level|rating|class)(?: of| is|:)?\s*(?P<g>\d{1,2})"),
    # "disability maybe grade 7", "the doctor thinks it could be level 8"
    _re(r"disab\w*[^.]{0,20}?(?:grade|level|class)\s*(?P<g>\d{1,2})\b"),
)
# The categories of a disabled person's certificate (残疾人证: 视力、听力、言语、肢体、智力、精神、多重残疾, grades one to four).
_CERTIFIED_DISABILITY = _re(r"(?:视力|听力|言语|智力|精神|多重)[^,，。]{0,3}?(?:[0-9一二三四]\s*级)?残疾|残疾(?:人)?证")
_HOSPITAL = (
    _re(rf"住(?:了)?院(?:治疗)?(?:了)?{_APPROX}(?P<d>[{_CN_COUNT}]+\s*(?:个)?\s*(?:多)?\s*(?:天|日|周|星期|礼拜|月))"),
    _re(rf"(?:住了|医院(?:里)?(?:住|躺)了|(?<!家)(?<!家里)(?<!宿舍)躺了){_APPROX}(?P<d>[{_CN_COUNT}]+\s*(?:个)?\s*(?:多)?\s*(?:天|日|周|星期|"
        rf"礼拜|月))"),
    _re(r"(?:hospitali[sz]ed|in (?:the )?hospital|admitted to (?:the )?hospital)\s+for\s+(?:almost |nearly |about |"
        r"over )?"
        r"(?P<d>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?|months?)"),
    # 3 weeks in hospital
    _re(r"(?P<d>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?|months?)\s+(?:in|at) "
        r"(?:the )?hospital"),
)
_AGE = _re(r"(?<![0-9])(?P<n>[0-9]{2}|[五六七八九]十[一二三四五六七八九]?)\s*(?:多)?\s*(?:周)?岁|(?:i am|i'm|"
           r"aged?)\s*(?P<e>\d{2})\b")


_CN_DIGIT = "一二三四五六七八九"


def _range_lower(text: str) -> Decimal | None:
    """The lower bound of a spoken range: 十五六 → 15, 二三十 → 20, 三四十 → 30 (None for anything else)."""
    m = re.fullmatch(rf"十([{_CN_DIGIT}])([{_CN_DIGIT}])", text)
    if m and _CN_DIGIT.index(m.group(2)) == _CN_DIGIT.index(m.group(1)) + 1:
        return Decimal(10 + _CN_DIGIT.index(m.group(1)) + 1)
    m = re.fullmatch(rf"([{_CN_DIGIT}])([{_CN_DIGIT}])十", text)
    if m and _CN_DIGIT.index(m.group(2)) == _CN_DIGIT.index(m.group(1)) + 1:
        return Decimal((_CN_DIGIT.index(m.group(1)) + 1) * 10)
    return None


_OUT_OF = _re(r"out of(?: about| around| some| roughly| nearly| over)? $")
_ALIKE = _re(r"这样的|这种情况的|像我|同样情况的")
# (三个骑手群里（加起来一千多人）: the groups' size told in brackets after them)
_CHAT_GROUP_BEFORE = _re(r"群(?:里|中)?[（(](?:加起来|一共|总共|共|大概|差不多)?[^,，。；）)]{0,4}$")
_CHAT_GROUP_AFTER = _re(r"\s*(?:多|来|余)?\s*(?:人)?的?[^,，。；]{0,6}?(?:群|大群|工作群|微信群|chat group|group chat)")


def _workers(text: str) -> tuple[int | None, bool]:
    """(the largest count of people named, whether it is a shared claim)."""
    best: int | None = None
    shared = False
    # "我们这么多人", "大家要不要一起去仲裁" make a workplace's head count the claim's, unless the message counts the
    # claimants themselves apart (我们3个人一起去仲裁)
    many_of_us = bool(_MANY_OF_US.search(text)) and not any(
        (v := read_number(m.group("n")) or _range_lower(m.group("n"))) is not None and v < 10
        for m in _WORKERS[0].finditer(text))
    for pattern in _WORKERS:
        for m in pattern.finditer(text):
            value = read_number(m.group("n")) or _range_lower(m.group("n"))
            if value is None or value != value.to_integral() or not 0 < value <= _MAX_WORKERS:
                continue
            n = int(value)
            before = _clause_before(text, m.start(), 10)
            around = before + _clause_after(text, m.end(), 12) + m.group()
            after = _clause_after(text, m.end(), 12)
            # "我们厂五十多号人" counts the workers of a claim; "我们公司有500人" is still the company's size
            ours = _OURS.search(before) and not re.search(r"(?:有|一共|总共|规模|大概)\s*$", before)
            sized = (_COMPANY_SIZE.search(before) or _COMPANY_SIZE.search(_clause_before(text, m.start(), 40))
                     or _SIZE_AFTER.match(text, m.end()) or _SIZE_NEXT_CLAUSE.search(text, 0, m.start()))
            alike = bool(_ALIKE.match(m.group()))  # 车间里这样的有20多个: the people in the worker's position
            if sized and not (ours or alike or _COLLECTIVE.search(after) or _GRIEVANCE.search(after) or many_of_us):
                continue  # "公司有500人" is the company's size, not the people of a claim
            if _OUT_OF.search(_clause_before(text, m.start(), 24)):
                continue  # "nine of us (out of about 150 staff)": the whole staff, not the claim
            if _CHAT_GROUP_AFTER.match(text, m.end()) or _CHAT_GROUP_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # 发到两百多人的司机群里, 三个骑手群里（加起来一千多人）: a chat group's size, not a claim's people
            if "号" in m.group() and text[:m.start()].rstrip().endswith("月"):
                continue  # 9月30号工务段说…: a day of the month, not thirty workers (五十多号人)
            if _WITH_ME_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                n += 1  # 我跟另外4个同事一起去投诉: the worker and four others, five
            if best is None or n > best:
                best = n
            if n >= 10 and (_COLLECTIVE.search(around) or not _ONLY_ME.search(text)):
                shared = True
    for pattern, lower in _WORKERS_WORDS:
        # (骚扰电话一天几十个: calls, not people)
        if any(not _THINGS_COUNTED_BEFORE.search(text, max(0, m.start() - 8), m.start()) for m in pattern.finditer(text)):
            best = max(best or 0, lower)
            shared = True
    return best, shared


def _grade(text: str) -> int | None:
    for pattern in _GRADE:
        for m in pattern.finditer(text):
            if _CERTIFIED_DISABILITY.search(text, max(0, m.start() - 4), m.end() + 3):
                continue  # 视力二级残疾, 残疾证上是肢体三级: a disabled person's certificate grade, not a work injury's
            value = read_number(m.group("g"))
            if value is not None and 1 <= value <= 10 and value == value.to_integral():
                return int(value)
    return None


# The days of maternity leave in all, told with their number (产假…一共178天, 休了158天产假, 158 days of maternity leave).
_LEAVE_DAYS = _re(r"产假[^。；;？?]{0,24}?(?:一共|总共|共|合计|总计|是|有)(?:是|有|休了?|能休)?\s*(?P<d>[0-9]{2,3})\s*天|"
                  r"(?:休了?|请了?)\s*(?P<e>[0-9]{2,3})\s*天(?:的)?产假|"
                  r"(?P<d2>[0-9]{2,3})[- ]days?(?: of)? maternity leave")
_MIN_LEAVE_DAYS, _MAX_LEAVE_DAYS = 60, 400
_MULTIPLE_BIRTH = ((_re(r"双胞胎|双胞|龙凤胎|双生|一对(?:儿子|女儿|宝宝)|twins\b"), 2),
                   (_re(r"三胞胎|triplets\b"), 3), (_re(r"四胞胎|quadruplets\b"), 4))


def _babies(text: str) -> int | None:
    """The babies of one birth when more than one (双胞胎, twins): 15 days more maternity leave each."""
    for pattern, n in reversed(_MULTIPLE_BIRTH):
        if pattern.search(text):
            return n
    return None


def _hospital_days(text: str) -> int | None:
    for pattern in _HOSPITAL:
        for m in pattern.finditer(text):
            if "u" in pattern.groupindex:
                n = _EN_NUMBER_WORDS.get(m.group("d")) or int(m.group("d"))
                unit = m.group("u")
                days = n * (30 if unit.startswith("month") else 7 if unit.startswith("week") else 1)
            else:
                days = parse_days(m.group("d").replace("多", ""))
            if days is not None and 0 < days <= _MAX_HOSPITAL_DAYS:
                return days
    return None


_NOT_YET_AGE = _re(r"(?:不到|未满|没到|没满|不满|快|快要|将近|接近|还差|差)\s*$")
_AGE_BOUND_AFTER = _re(r"\s*(?:以下|以内|之前|不到)")


# 公司说我满60岁了…可我听说退休年龄延迟了，我还没到退休年龄: the worker disputes the age the employer relies on.
_BELOW_RETIREMENT = _re(r"(?:还)?(?:没|没有|未|不)(?:到|满|够)(?:法定)?退休年龄|退休年龄(?:已经|都)?(?:延迟|推迟|延后|提高)|"
                        r"延迟退休|渐进式(?:延迟)?退休|not (?:yet )?(?:reached|at) (?:the )?(?:statutory )?retirement age|"
                        r"retirement age (?:has been |was )?(?:raised|delayed|postponed)")


_RELATIVE_AGED = _re(r"母亲|父亲|老母|老父|妈妈?|爸爸?|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|岳父|岳母|丈母娘|老人|父母|"
                     r"\b(?:mother|father|mom|mum|dad|parents?|grandmother|grandfather|in-laws?)\b")


def _over_retirement_age(text: str, *, by_birth_or_plain_age: bool = False) -> bool:
    if _BELOW_RETIREMENT.search(text):
        return False  # the employer's "满60岁" is disputed by the reform the worker cites: not taken as fact
    if by_birth_or_plain_age and (born := _BIRTH_MONTH.search(text)) is not None \
            and int(born.group("y") or born.group("y2")) <= _OLD_AGE_REACHED_BY:
        return True  # 1963年4月生的: 60 before the reform began (2025), whoever it is
    if by_birth_or_plain_age and (m := _AGE_THIS_YEAR.search(text)) is not None and _PAST_ANY_AGE <= int(m.group("n")) < 100 \
            and not _RELATIVE_AGED.search(_clause_before(text, m.start(), 8)):
        return True  # 我今年63了: past even a man's raised age (born 1964 or earlier)
    for m in _AGE.finditer(text):
        if _NOT_YET_AGE.search(_clause_before(text, m.start(), 6)) or _AGE_BOUND_AFTER.match(text, m.end()):
            continue  # 还不到60岁, 快60岁了, 60岁以下
        if _RELATIVE_AGED.search(_clause_before(text, m.start(), 8) + "|" + _clause_after(text, m.end(), 10)):
            continue  # 60多岁没收入的老母亲, 婆婆70多了: a relative's age, not the worker's
        value = read_number(m.group("n") or m.group("e"))
        if value is not None and 60 <= value < 100:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Overtime hours, by kind, a month

_HOURS = (r"(?<![0-9.一二两三四五六七八九十半])(?P<h>[0-9.]+|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(?:半)?\s*"
          r"(?:小时|钟头|(?<=个)钟(?![点表])|h\b|hours?)")  # 每天11个钟: hours, as said in the south
_DAYS = r"(?<![0-9一二两三四五六七八九十])(?P<d>[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(?:天|日|days?)"
_WEEKDAY_OT = (
    _re(rf"(?:平时|工作日|平日|周一到周五|每天|每日|天天|晚上)(?:都|要|得|还)*(?:下班后|下班以后|下班之后|晚上)?(?:要)?(?:加班|加)"
        rf"(?:了)?(?:一共|总共|共|合计|累计|加起来)?(?:差不多|大概|大约|约|将近|有)?\s*{_HOURS}"),
    _re(rf"(?:overtime|extra)[^.]{{0,12}}?{_HOURS} (?:a|per|every|each) (?:weekday|working day|day)"),
    _re(rf"{_HOURS} (?:of )?overtime (?:a|per|every|each) (?:weekday|working day|day)"),
)
# Both rest days worked, each day's hours told (周六周日每天干14个钟头, 周末两天各干了10小时); told of one weekend (上周, 这个周末,
# 11月20号到周日) or of every one (每个周末).
_WEEKEND_DAYS_HOURS = _re(rf"(?:(?:周六|星期六|礼拜六)(?:和|、|跟)?(?:周日|周天|星期天|星期日|礼拜天|礼拜日)|周末)(?:两天)?"
                          rf"(?:也)?(?:每天|各|都|一天)(?:都)?(?:干|上|做|工作|上班)?(?:了)?(?:满)?\s*{_HOURS}")
# A named working day's hours past its end (周五正常8小时干完又连着干了6个钟头, 星期三下班后又加了3小时).
_NAMED_WEEKDAY_EXTRA = _re(rf"(?:周[一二三四五]|星期[一二三四五]|礼拜[一二三四五])[^,，。；]{{0,10}}?(?:干完|下班|做完)(?:了)?(?:以后|之后|后)?"
                           rf"(?:又|还)(?:连着|接着)?(?:加|干|做|上)(?:了)?(?:班)?\s*{_HOURS}")
# A week or day named (上周, 这个周末, 11月20号, 那几天): the hours told are that time's, not every week's.
_WEEK_NAMED = _re(r"上周|上个?星期|上个?礼拜|这周|本周|这个?星期|这个?礼拜|那周|那个?星期|那个?礼拜|上个?周末|这个?周末|"
                  r"那个?周末|[0-9一二三四五六七八九十]+\s*(?:号|日)|那几天|那两天|这几天|这两天")
_EVERY_WEEKEND_WORD = _re(r"每(?:个)?(?:周末|星期|礼拜|周)|天天|一直")

# (not the weekend's days: 周六周日每天干14个钟头 is two rest days' hours)
_WEEKDAY_LONG_DAY = _re(rf"(?<!周六周日)(?<!周末)(?<!周日)(?<!周天)(?<!星期天)(?<!星期日)(?<!礼拜天)(?<!礼拜日)(?<!两天)(?:每天|一天|天天|每日)(?:都|要|得|是|基本|基本上|差不多)*(?:净|实打实|实实在在|足足|整整|至少|起码)?(?:地)?(?:工作|干|上班|做|上)?(?:满)?\s*{_HOURS}")
# A working day told by the clock (每天早8点到晚9点，中间吃饭1小时; 8:00-21:00): its length less the meal break.
_CLOCK = r"(?P<{0}>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:点|时|:00|：00)(?:半|30|:30|：30)?"
_CLOCK_DAY = _re(r"(?:每天|天天|平时|上班时间|工作时间|一般)?[^,，。；]{0,6}?(?P<ap>早上|早晨|上午|早|中午|下午|晚上|晚)?\s*"
                 + _CLOCK.format("a")
                 # 早上6点出车到晚上8点收车, 8点上班到晚上10点: the start's verb between the clock and 到
                 + r"\s*(?:出车|上班|开工|出门|到岗|开门|进厂|上工|开店|营业|开始)?\s*"
                 + r"(?:到|至|-|~|—|～|[干上做播值站]到)\s*(?:第二天|次日)?(?:晚上|下午|中午|晚|夜里|夜间|凌晨|早上|早晨|早)?\s*"
                 + _CLOCK.format("b"))
_EVENING = _re(r"(?:到|至|-|~|—|～|[干上做播值站]到)\s*(?:晚上|下午|晚|夜里|夜间)|^早(?:上)?\s*[0-9一二三四五六七八九十]{1,3}\s*(?:点)?(?:半)?\s*晚")
# 早9晚9, 早八晚十: a day told by its two ends without 到
_CLOCK_SHORT = _re(r"早(?:上)?\s*(?P<a>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:点)?(?:半)?\s*晚(?:上)?\s*"
                   r"(?P<b>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:点)?(?:半)?")
_MEAL_BREAK = _re(r"(?:吃饭|午饭|午休|休息|中间|歇|各休)[^,，。；]{0,6}?(?P<h>[0-9.]+|[一二两半])\s*(?:个)?\s*(?P<and_half>半)?\s*"
                  r"(?:小时|钟头|钟|h\b)|"  # (中间吃饭半个钟, 歇两个钟: hours as 钟)
                  r"(?:吃饭|午休|中间休息)[^,，。；]{0,3}?(?P<half>半小时|半个小时|半个钟头|半个钟)")
# Weekday overtime counted by the month: 每个月工作日加班差不多40小时, 平时一个月加班30个小时
# (上个月加班80个小时, 这个月加班已经超过80个小时了: one month's hours, told of the month named)
_WEEKDAY_OT_MONTH = _re(rf"(?:(?:每个?月|一个月|上个?月|这个?月|本月)(?:的)?(?:工作日|平时|平日)?|(?:工作日|平时|平日)(?:每个?月|一个月))"
                        rf"(?:都|要|得|还|已经|也)*(?:加班|加)(?:了)?(?:时间)?(?:已经)?(?:超过|超了|差不多|大概|大约|约|将近|至少|有)?"
                        rf"\s*{_HOURS}")
# 一个月算下来平时加班大概60个小时: a month's weekday hours told with the month a few words before
_WEEKDAY_OT_MONTH_BEFORE = _re(rf"(?:每个?月|一个月)[^。；;？?]{{0,10}}?(?:平时|工作日|平日)(?:的)?(?:加班|加)(?:时间)?"
                               rf"(?:差不多|大概|大约|约|将近|至少|有|一共)*\s*{_HOURS}")
# about 40 hours of overtime a month (on weekdays), 40 extra hours a month
_WEEKDAY_OT_MONTH_EN = _re(r"(?P<h>\d{1,3}(?:\.\d)?) (?:(?:extra|overtime) hours|hours of overtime|hours overtime|"
                           r"hours extra) (?:a|per|each|every) month(?! on (?:weekends?|saturdays?|sundays?|rest days?))")
# In October I did 30 hours overtime after my shift on weekdays: one month's weekday hours, the month named
_WEEKDAY_OT_NAMED_MONTH_EN = _re(rf"\b(?:in|during) (?:{_EN_MONTH_NAME}|last month|this month)\b[^.;]{{0,30}}?"
                                 r"(?P<h>\d{1,3}(?:\.\d)?) (?:hours? (?:of )?overtime|overtime hours|extra hours)"
                                 r"[^.;]{0,30}?\b(?:on )?(?:weekdays|working days|workdays|weeknights|evenings)\b")
# Every month about 100 hours of overtime: roughly 60 hours on weekday evenings and 40 on Saturdays (a month's hours
# told by kind, in one sentence)
_OT_SPLIT_MONTH_EN = _re(r"\b(?:every|each|a|per) month\b[^.?!]{0,80}?(?P<h>\d{1,3}(?:\.\d)?) (?:hours?|hrs?) "
                         r"(?:of overtime )?"
                         r"on (?:weekdays?|workdays?|working days?)(?: evenings| nights)?"
                         r"(?:[^.?!]{0,12}?\band (?P<r>\d{1,3}(?:\.\d)?)(?: hours?| hrs?)? on "
                         r"(?:saturdays|sundays|weekends|"
                         r"rest days))?")
# Last month I worked 22 weekdays with about 3 extra hours each day
# 10月份平时晚上还被叫出去6次，每次干了3个小时左右: times called out on working days, hours each
_WEEKDAY_CALLS = _re(rf"(?:平时|工作日|平日|下班后|晚上)[^。；;]{{0,12}}?(?P<n>[0-9]{{1,2}}|[一二两三四五六七八九十]+)\s*(?:次|回|趟)"
                     rf"[，,]?\s*每(?:次|回|趟)(?:都)?(?:干|加|加班|干活|出活|工作)?(?:了)?(?:差不多|大概|大约|约)?\s*{_HOURS}")
_WEEKDAY_OT_COUNT_EN = _re(r"(?P<n>\d{1,2}) (?:weekdays|working days|workdays|days)[^.]{0,20}?(?:with |of )?"
                           r"(?:about |around |roughly )?(?:(?P<h>\d{1,2}(?:\.\d)?) (?:extra|more|overtime) hours?|"
                           r"(?P<h2>\d{1,2}(?:\.\d)?) hours? (?:extra|of overtime|overtime))")
_RESTDAY_OT_MONTH = (
    _re(rf"(?:每个?月|一个月)[^,。]{{0,6}}(?:周末|休息日|双休日?|周六|周日|星期六|星期天|星期日)[^,。]{{0,4}}(?:加班|"
        rf"上班)\s*"
        rf"(?:{_HOURS}|{_DAYS})"),
    _re(rf"(?:周末|休息日|双休日?)(?:加班|上班)(?:每个?月|一个月)(?:差不多|大概|大约|约|将近|至少|有|一共)*\s*"
        rf"(?:{_HOURS}|{_DAYS})"),
)
# 一个月4个周六，每天8小时; 4 Saturdays of 11 hours each: rest days a month times their hours
_RESTDAY_COUNT = (
    _re(rf"(?:每个?月|一个月)[^。；;]{{0,4}}?(?P<n>[0-9]|[一二两三四五六七八九])\s*个\s*(?:周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|"
        rf"休息日|周末)[^。；;]{{0,8}}?(?:每天|每次|一天|每个)?(?:都|要|得)?(?:干|上|上班|工作|加班)?\s*{_HOURS}"),
    _re(rf"(?P<n>\d) (?:saturdays|sundays|rest days|weekend days|days off) (?:of |at |for )?(?:about |around )?"
        rf"{_HOURS}"),
)
# worked 2 saturdays (16 hours), worked three Sundays: rest days counted, their hours in all when told, else 8 each
_RESTDAY_COUNT_EN = _re(r"\bwork(?:ed)? (?:on )?(?P<n>\d|two|three|four|five|six) "
                        r"(?:full |whole |entire )?(?:saturdays|sundays|"
                        r"weekend days|rest days|days off)"
                        r"(?:\s*\((?:total |in total |about )?(?P<h>\d{1,3}) (?:hours?|h)\))?"
                        # four full Saturdays (8 hours each)
                        r"(?:\s*\((?P<e>\d{1,2}) (?:hours?|h) each\))?")
# 一共加了大概25个周六的班，每次8小时; I worked about 25 Saturdays, 8h each: rest days counted over the whole period (more
# than a month holds), their hours in all, each 8 unless told
_RESTDAY_TOTAL_COUNT = _re(r"(?<![0-9])(?P<n>[1-9][0-9]{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?)\s*(?:多)?\s*个\s*(?:周六|周日|星期六|星期天|"
                           r"星期日|礼拜六|礼拜天|休息日|周末)(?:的班)?(?:[^。；;0-9]{0,8}?(?:每天|每次|每个|一天|各)\s*"
                           r"(?:都|要|得)?(?:干|上|上班|工作|加班)?\s*(?P<e>[0-9]{1,2})\s*(?:个)?\s*(?:小时|钟头))?")
_RESTDAY_TOTAL_COUNT_EN = _re(r"\bworked (?:on )?(?:about |around |roughly |some )?(?P<n>[1-9][0-9]{1,2}) (?:saturdays|sundays|"
                              r"weekend days|rest days|days off)(?:[^.;]{0,6}?(?P<e>[0-9]{1,2}) ?(?:hours?|h|hrs?) each)?")
# "two Saturdays every month (12 so far)": the rest days worked in all, told in brackets after the month's
_RESTDAY_SO_FAR_EN = _re(r"\b(?:saturdays|sundays|weekend days|rest days|days off)\b[^.;]{0,40}?\((?:about |around )?"
                         r"(?P<n>[1-9][0-9]{1,2})(?: of them)? (?:so far|in total|in all|altogether|total)"
                         r"(?:, (?P<e>[0-9]{1,2}) ?(?:hours?|h) each)?\)|"
                         # "every Saturday, 8 hours each, 12 Saturdays in total": the count told after the hours
                         r"(?:(?P<e2>[0-9]{1,2}) ?(?:hours?|h) each,\s*)?\b(?P<n2>[1-9][0-9]{0,2}) (?:saturdays|sundays|"
                         r"weekend days|rest days) (?:in total|in all|altogether|so far)\b")
# 周六加了4天每天8小时, 周末上了3天班: rest days counted in the month told, each 8 hours unless told
_RESTDAY_DAYS_COUNT = _re(r"(?:周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|休息日|周末|双休日?)(?:也|都|还|又)?"
                          r"(?:加班|加|上班|上|干)(?:了)?(?P<n>[0-9]|[一二两三四五六七八九])\s*(?:个)?\s*(?:天|次)(?:班)?"
                          rf"(?:[^。；;,，]{{0,2}}?[，,]?(?:每天|每次|一天)(?:都)?(?:干|上|加|加班|工作)?{_HOURS})?")
# 两个周末4天也都上班, 有3个周六都去加班了: rest days counted by the days or by the Saturdays, 8 hours each
_RESTDAY_WEEKENDS_DAYS = _re(r"(?<![0-9])(?:[0-9]|[一二两三四五])\s*个\s*(?:周末|双休日?)(?:的)?\s*(?P<n>[0-9]|[一二两三四五六七八九十])\s*天"
                             r"(?:也|都|全|还)*(?:去|来|要)?(?:上班|加班|上了?班?|干了?|做了?)")
_RESTDAY_NAMED_COUNT = _re(r"(?<![0-9])(?P<n>[0-9]|[一二两三四五])\s*个\s*(?:周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|休息日)"
                           # 4个周六也全天上了12小时: the whole day
                           r"(?:也|都|全天|整天|全|还|各)*(?:去|来|要|被叫去|让我)?(?:上班|加班|上了?班|干活|值班|"
                           # 两个周六各上了8小时: each day's hours told
                           rf"(?:上|干|做|加|加班)(?:了)?\s*{_HOURS})|"
                           # 两个周六都要求全员参加(团建、培训): days the employer required, worked
                           r"(?<![0-9])(?P<n2>[0-9]|[一二两三四五])\s*个\s*(?:周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|休息日)"
                           r"(?:也|都|全|还)*(?:被)?(?:要求|强制|规定|安排|让|叫)(?:全员|大家|我们|我|所有人|员工)?(?:都|必须|要|得)*"
                           r"(?:参加|参与|去|到|出勤)")
_TOTAL = _re(r"一共|总共|共|合计|累计|加起来")
_RESTDAY_OT_WEEK = (
    _re(rf"(?:每周|每个?星期|每个?礼拜)(?:的)?(?:周末|休息日|周六|周日|星期六|星期天|星期日|礼拜六|礼拜天)?(?:也|都|"
        rf"还)?(?:要)?"
        rf"(?:加班|上班)\s*(?:{_HOURS}|{_DAYS})"),
    # 3 hours of overtime every Saturday; roughly 2 hours of real work every Saturday
    _re(rf"{_HOURS} (?:of (?:overtime|(?:real |actual |extra )?work) )?(?:on|every) (?:weekends?|saturdays?|sundays?|rest days?)"),
)
_RESTDAY_EVERY_WEEKEND = _re(r"(?:每个?)?(?:周末|双休日?)(?:都|也)(?:要)?(?:上班|加班)|work (?:every|all) weekends?|"
                             # 周六周日也都上, 星期六星期天都要干: both rest days worked
                             r"(?:周六(?:周日|周天|日)|星期六(?:星期天|星期日|日|天)|礼拜六(?:礼拜天|礼拜日|日|天))(?:也|都){1,2}"
                             r"(?:要|得)?(?:上班|加班|上(?![午面])|干|做|来)")
_RESTDAY_EVERY_SATURDAY = _re(r"(?:每|一)(?:个)?(?:周|星期|礼拜)(?:只|就|才)(?:能)?(?:休|歇)(?:息)?(?:一|1)天|"  # 每周只休一天
                              r"单休|(?:一|每)(?:个)?(?:周|星期|礼拜)(?:都|要|得)?(?:干|上|做|工作|上班|跑|出车|开|出工|营业)?(?:满)?(?:6|六)(?:天(?!假)|个(?:晚上|夜班|班)|个?夜)|(?<!大周)(?<!单周)(?<!双周)(?<!隔周)(?:每(?:个)?)?(?:周|星期|礼拜)(?:六|日|天)(?:基本(?:上)?|一般|几乎)?(?:都|也|还)(?:要|得)?"
                              r"(?:上班|加班|上(?![午面])|干|做|工作|来)|work (?:every|all) saturdays?|"
                              # they send me to clients' homes every Saturday (8 hours)
                              r"\b(?:send|sends|sent|make|makes|made|have|has|had|schedule|schedules|scheduled) (?:me|us)\b"
                              r"[^.;]{0,40}\bevery saturday\b|"
                              r"(?<![0-9])(?:6|six) (?:days|nights|shifts) (?:a|per|each|every) week|(?:and|plus|also|including) (?:every |all )?saturdays?|"
                              r"saturdays (?:too|as well)|"
                              # I work Monday to Saturday; Mon-Sat; from Monday through Saturday
                              r"\b(?:mon(?:day)?)\.?\s*(?:to|through|thru|till|until|-|–)\s*sat(?:urday)?\b|"
                              # Tuesday to Sunday, so only Monday off
                              r"\b(?:tue(?:s|sday)?)\.?\s*(?:to|through|thru|till|until|-|–)\s*sun(?:day)?\b|"
                              r"\bonly (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|one day) off\b|"
                              r"(?:周|星期|礼拜)二(?:到|至|—|-)(?:周|星期|礼拜)?(?:日|天)|"
                              # 周一到周六每天干11个小时，只有周日休息
                              r"(?:周|星期|礼拜)一(?:到|至|—|-)(?:周|星期|礼拜)?六|只有(?:周日|星期天|星期日|礼拜天)(?:能)?休")
_MOST_SATURDAYS = _re(r"\bmost saturdays\b")
# 周六也要干一整天11个小时: the hours of that day, right after it
_DAY_HOURS_AFTER = _re(rf"[^。；;，,]{{0,8}}?{_HOURS}")
_RESTDAYS_OFF = _re(r"(?:每个?月|一个月)(?:只|就|才|也就|只能)?(?:在[^,，。；]{1,8}?)?(?:休息?|放|歇)(?:了)?\s*(?P<d>[0-9]+|[一二两三四五六七八九十])\s*天")
# 一个月上26天: the days worked in a month; those past the 21.75 working days are rest days
_MONTH_DAYS_WORKED = _re(r"(?:每个?月|一个月)(?:要|得|都|基本)?(?:上|干|做|工作|上班|出勤)(?:了)?\s*"
                         r"(?P<d>2[2-9]|3[01]|二十[二三四五六七八九]|三十一?)\s*(?:个)?(?:天|个班|班)")
_HOLIDAY_OT = (
    _re(rf"(?:法定(?:节)?假日|节假日|国庆|春节|过年|五一|十一|中秋|元旦|端午|清明)(?:期间)?(?:也|都|还)?(?:要)?(?:加班|"
        rf"上班|值班)(?:了)?\s*"
        rf"(?:{_HOURS}|{_DAYS})"),
    _re(r"worked (?:on )?(?P<n>\d+) (?:public|statutory|national) holidays?"),
)


# Statutory holidays worked, counted as days (全国年节及纪念日放假办法, as amended in 2024: 元旦 1 day, 春节 4,
# 劳动节 2, 国庆节 3; 清明, 端午, 中秋 1 each). Only the statutory days earn 300%: the rest of a "golden week"
# is rest days moved around it, so 国庆7天全上了 counts 3 holiday days. Fixed dates are read as dates
# (10月1、2、3号, 10月1日到3日, October 1, 2 and 3); the others only by name with a count.
_STATUTORY_DATES = {(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)}
_HOLIDAY_LENGTH = {"国庆": 3, "十一": 3, "春节": 4, "过年": 4, "五一": 2, "劳动节": 2, "元旦": 1, "清明": 1,
                   "端午": 1, "中秋": 1}
_WORKED_ON = _re(r"上班|加班|值班|干活|上工|开工|出勤|上了|全上|都上|照样上|照常上|照上|(?:照样|照常|照旧)(?:在)?(?:干|做)|没休|没放|不放假|让我们|叫我们|排了班|排(?:了)?(?:我的?)?班|在岗|"
                 r"(?:每天|天天)(?:都)?(?:要|得)?(?:干|做|工作)|"
                 r"\bwork|\bshifts?\b|\b(?:taught|teaching|on duty|performed|served|drove|cooked)\b")
_NOT_WORKED = _re(r"(?:没|没有|不用|不)(?:让|叫)?(?:我们?)?(?:上班|加班|值班)(?!费|工资|补贴|钱)|放假了|休息了|didn'?t work|did not work|"
                  r"was off|were off")
_CN_DAY_LIST = _re(r"(?<![0-9一二三四五六七八九十])(?P<m>10|十|5|五|1|一)月\s*"
                   r"(?P<first>[0-9]{1,2}|[一二三](?!直|起|共|样|定|般|些|点|切|下|边|天|个|次))"
                   r"\s*(?:号|日)?"
                   r"(?P<rest>(?:\s*[、，,和及跟与]\s*(?:(?:10|十|5|五|1|一)月)?\s*(?:[0-9]{1,2}|[一二三])\s*(?:号|日)?|"
                   r"(?<=[号日])\s*(?:[0-9]{1,2}|[一二三])\s*(?:号|日))*)"  # 10月1号2号3号: the days run on, each named
                   r"(?:\s*(?:到|至|-|~|—|～)\s*(?:(?:10|十|5|五)月)?\s*(?P<to>[0-9]{1,2}|[一二三])\s*(?:号|日)?)?")
_NAMED_DAY_LIST = _re(r"(?P<name>国庆|十一|五一|劳动节|元旦)(?:节|长假|假期|期间)?(?:的)?\s*(?P<first>[0-9]{1,2}|[一二三])\s*(?:号|日|(?=\s*(?:到|至|-|~|—|～)\s*[0-9一二三]))"
                      r"(?P<rest>(?:\s*[、，,和及跟与]?\s*(?:[0-9]{1,2}|[一二三])\s*(?:号|日))*)"
                      r"(?:\s*(?:到|至|-|~|—|～)\s*(?P<to>[0-9]{1,2}|[一二三])\s*(?:号|日)?)?")
_NAMED_MONTH = {"国庆": 10, "十一": 10, "五一": 5, "劳动节": 5, "元旦": 1}
_EN_MONTH_DAYS = _re(r"(?P<m>october|oct\.?|may|january|jan\.?)\s+(?P<first>\d{1,2})(?:st|nd|rd|th)?"
                     r"(?P<rest>(?:\s*(?:,|and|&)\s*(?:and\s+)?\d{1,2}(?:st|nd|rd|th)?)*)"
                     r"(?:\s*(?:-|–|to|through)\s*(?P<to>\d{1,2})(?:st|nd|rd|th)?)?")
_EN_DAY_OF_MONTH = _re(r"(?P<first>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>october|oct\.?|may|january|jan\.?)\b"
                       r"(?P<rest>)(?P<to>)")
_EN_DAYS_MONTH = _re(r"(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*(?P<to>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                     r"(?P<m>october|oct\.?|may)")
_NAMED_HOLIDAY_DAYS = _re(r"(?P<name>国庆|十一|春节|过年|五一|劳动节)(?:节|长假|假期|黄金周|期间|放假)?(?:的)?[^，,。；;]{0,4}?"
                          r"(?P<n>[0-9]|[一二两三四五六七八])\s*天|"
                          r"(?P<n2>\d|three|two|four|seven)\s+(?:days|public holidays|holidays) of (?:the )?"
                          r"(?P<name2>national day|golden week|spring festival|chinese new year|labou?r day|may day)")
# A holiday worked told without its days (国庆那几天也照常上班, 五一期间都在上班): its statutory days.
# (春节和国庆那几天: each holiday named before it, joined by 和、跟, is worked too)
_NAMED_HOLIDAY_WHOLE = _re(r"(?P<before>(?:(?:国庆|春节|过年|五一|劳动节)(?:节)?(?:和|、|跟|及|与|还有))*)"
                           r"(?P<name>国庆|春节|过年|五一|劳动节)(?:节)?(?:那几天|那些天|那三天|那两天|期间|长假|假期|黄金周)")
_HOLIDAY_NAME = _re(r"国庆|春节|过年|五一|劳动节")
_SAME_HOLIDAY = {"过年": "春节", "劳动节": "五一", "十一": "国庆"}
# The Spring Festival told by its lunar days (初一到初三, 除夕和初一, 大年三十到初二): of them 除夕 and 初一–初三 are the
# statutory holiday (as amended in 2024); 初四 on are rest days moved around it.
_LUNAR_DAYS = _re(r"(?P<a>除夕|大年三十|年三十|(?:大年)?初[一二三四五六七])(?:(?P<sep>[、和及跟与,，]|到|至|-|~)(?P<b>(?:大年)?初[一二三四五六七]))?"
                  r"(?:(?:[、和及跟与,，])(?P<c>(?:大年)?初[一二三四五六七]))?")
_JOB_EVENT_AFTER = _re(r"\s*(?:就|才|正式)?(?:跳槽|入职|进厂|进(?:的)?公司|上岗|到岗|开始上班|开始干|来的|离职|辞职|走的|被辞退|"
                       r"签(?:的|了)?合同)")
_NEW_YEAR = _re(r"春节|过年|大年|除夕|正月|新年|年三十")
_LUNAR_ORDER = {"除夕": 0, "三十": 0, "年三十": 0, "初一": 1, "初二": 2, "初三": 3, "初四": 4, "初五": 5, "初六": 6,
                "初七": 7}


def _lunar_holiday_days(sentence: str) -> int:
    """How many statutory Spring Festival days (除夕, 初一–初三) a sentence names as lunar days."""
    named: set[int] = set()
    for m in _LUNAR_DAYS.finditer(sentence):
        if not m.group("b") and not _NEW_YEAR.search(sentence):
            continue  # 初一就辍学了: the first year of middle school, not New Year's Day
        a = _LUNAR_ORDER[m.group("a").removeprefix("大年")]
        b = _LUNAR_ORDER[m.group("b").removeprefix("大年")] if m.group("b") else None
        if b is not None and m.group("sep") in ("到", "至", "-", "~") and a <= b:
            named |= set(range(a, b + 1))
        else:
            named |= {a, *((b,) if b is not None else ())}
        if m.group("c"):
            named.add(_LUNAR_ORDER[m.group("c").removeprefix("大年")])
    return len(named & {0, 1, 2, 3})


# A day a period is counted from (从2025年1月1号算, 自1月1日起): not a day worked
_COUNTED_FROM_BEFORE = _re(r"(?:从|自)\s*(?:\d{4}\s*年)?\s*$")
_COUNTED_FROM_AFTER = _re(r"\s*(?:开始)?(?:算|起算|算起|起|计算)")
_MONTHS = {"10": 10, "十": 10, "october": 10, "oct": 10, "oct.": 10, "5": 5, "五": 5, "may": 5,
           "1": 1, "一": 1, "january": 1, "jan": 1, "jan.": 1}
_EN_HOLIDAY_LENGTH = {"national day": 3, "golden week": 3, "spring festival": 4, "chinese new year": 4,
                      "labour day": 2, "labor day": 2, "may day": 2}
_EN_COUNT = {"two": 2, "three": 3, "four": 4, "seven": 7}


# Where a sentence ends, for the readings that look at one sentence at a time (a full stop in English only after a
# word, so 1.5 and 3.5万 stay whole; a semicolon ends one too). Its own name: the group claim's _SENTENCE_END above
# (no semicolon) was shadowed by this pattern while both had that name.
_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]|(?<=[a-z])\.\s")


def _sentences(text: str) -> list[str]:
    return _SENTENCE_SPLIT.split(text)


def _holiday_days_worked(text: str) -> int | None:
    """Statutory holiday days the worker says they worked (None when not said)."""
    best: int | None = None
    for sentence in _sentences(text):
        if not _WORKED_ON.search(sentence) or _NOT_WORKED.search(sentence):
            continue
        days: set[tuple[int, int]] = set()
        for pattern in (_CN_DAY_LIST, _EN_MONTH_DAYS, _EN_DAYS_MONTH, _EN_DAY_OF_MONTH, _NAMED_DAY_LIST):
            for m in pattern.finditer(sentence):
                if _JOB_EVENT_AFTER.match(sentence, m.end()):
                    continue  # 今年1月1号跳槽到一家4S店: the day the job began, not a holiday worked
                if _AHEAD_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
                    continue  # 明年1月1号整个厂搬到梧州: a day still to come, not a holiday worked
                if _COUNTED_FROM_AFTER.match(sentence, m.end()) and _COUNTED_FROM_BEFORE.search(sentence, 0, m.start()):
                    continue  # 服务期5年，从2025年1月1号算: the day a period is counted from, not a holiday worked
                month = (_NAMED_MONTH[m.group("name")] if "name" in pattern.groupindex
                         else _MONTHS.get(m.group("m").lower()))
                numbers = [m.group("first"), *re.findall(r"[0-9]{1,2}|[一二三]", m.groupdict().get("rest") or "")]
                values = [int(read_number(n) or 0) for n in numbers]
                if m.group("to"):
                    end = int(read_number(m.group("to")) or 0)
                    values += list(range(values[0], end + 1)) if 0 < values[0] <= end <= 31 else []
                days |= {(month, d) for d in values if (month, d) in _STATUTORY_DATES}
        count = (len(days) + _lunar_holiday_days(sentence)) or None
        if not count and (whole := _NAMED_HOLIDAY_WHOLE.search(sentence)):
            # 国庆那几天也照常上班: the holiday's statutory days, worked (春节和国庆那几天: both holidays')
            names = {_SAME_HOLIDAY.get(n, n) for n in _HOLIDAY_NAME.findall(whole.group("before") + whole.group("name"))}
            count = sum(_HOLIDAY_LENGTH[n] for n in names)
        for m in _NAMED_HOLIDAY_DAYS.finditer(sentence):
            if m.group("name"):
                n, most = read_number(m.group("n")), _HOLIDAY_LENGTH[m.group("name")]
            else:
                raw = m.group("n2").lower()
                n, most = (Decimal(_EN_COUNT[raw]) if raw in _EN_COUNT else read_number(raw)), \
                    _EN_HOLIDAY_LENGTH[m.group("name2").lower()]
            if n:
                count = max(count or 0, min(int(n), most))
        if count:
            best = max(best or 0, count)
    return best


_AHEAD_BEFORE = _re(r"(?:明年|下个?月|next (?:year|month))\s*$")
_SATURDAY_HOURS = _re(rf"(?:周六|星期六|礼拜六)(?:也|都|还)?(?:是|要|得)?(?:干|上|上班|工作)?(?:一整天)?\s*{_HOURS}")
_SATURDAY_SAME = _re(r"(?:周六|星期六|礼拜六)(?:也|都)(?:是|一样|照样|同样)(?:[0-9一二两三四五六七八九十]+\s*(?:个)?\s*(?:小时|钟头))?"
                     r"(?![^,，。]{0,2}(?:休|半天))")
_BIG_SMALL_WEEK = _re(r"大小周|单双休|隔周(?:单休|休一天)|every other (?:saturday|week)")


_PART_TIME_WORD = _re(r"非全日制|小时工|钟点工|兼职|part[- ]time|hourly")
_EN_DAY_HOURS = _re(r"(?<![0-9.])(?P<h>\d{1,2}(?:\.\d)?) hours? (?:a|per|each|every) day")
_DAYS_A_WEEK = _re(r"(?:一周|每周|每个?星期|一个星期|每个?礼拜)(?:要|得|都)?(?:上|干|做|工作|来)?\s*(?P<d>[1-7]|[一二三四五六七])\s*天|"
                   r"(?P<d2>[1-7]|one|two|three|four|five|six|seven) days (?:a|per|each|every) week")


def _over_part_time_hours(text: str) -> bool:
    """More than part-time work allows (劳动合同法第六十八条: on average 4 hours a day, 24 a week): 5 hours a day, 6 days
    a week; 每天干5个小时; 每周30个小时."""
    day = _day_hours(text)
    if day is None and (m := _EN_DAY_HOURS.search(text)):
        day = Decimal(m.group("h"))
    week = None
    if (m := _WEEK_HOURS.search(text)) is not None:
        week = _number(m.group("h") or m.group("h2"))
    if week is None and day is not None and (m := _DAYS_A_WEEK.search(text)) is not None:
        token = m.group("d") or m.group("d2")
        days = Decimal(_EN_NUMBER_WORDS[token.lower()]) if token.lower() in _EN_NUMBER_WORDS else read_number(token)
        week = day * days if days is not None else None
    if week is None and (m := _LESSONS_A_WEEK.search(text)) is not None:
        week = _number(m.group("n") or m.group("n2"))  # 一周要带30节左右的课: a lesson is about an hour
    return (day is not None and day > 4) or (week is not None and week > 24) or bool(_ALL_DAY_THERE.search(text))


# Lessons or classes a week (一周要带30节左右的课, 每周上28节课, 30 classes a week): about an hour each.
_LESSONS_A_WEEK = _re(r"(?:每周|一周|每个?星期|一个星期|每个?礼拜)(?:都)?(?:要|得)?(?:带|上|教|排)?(?:了)?(?:差不多|大概|大约|将近|至少)?\s*"
                      r"(?P<n>[0-9]{2}|[二三]十[一二三四五六七八九]?)\s*(?:节|堂|次)(?:左右)?(?:的)?课|"
                      r"(?P<n2>[0-9]{2}) (?:classes|lessons|sessions) (?:a|per|each|every) week")
# At the workplace all day (早上到晚上都在馆里, 从早到晚都在店里, 全天在岗): no part-time day.
_ALL_DAY_THERE = _re(r"(?:早上|早晨|一早)(?:到|一直到)晚上?(?:都|一直)?(?:在|守在|待在)|从早到晚(?:都|一直)?(?:在|守在|待在)|"
                     r"全天(?:都)?(?:在岗|在店|在馆|坐班)|\b(?:there|at the (?:studio|shop|gym|store)) (?:all day|from morning till night)")


_WATCHED_AFTER = _re(r"(?:都|全)?(?:在)?(?:被|让人|给人)(?:盯|监控|监视|看着|定位|跟踪|偷拍|拍)")


def _day_hours(text: str) -> Decimal | None:
    """How long a working day is, as told (每天干10个小时, 12-hour shifts) or by the clock (less the meal break): as the
    weekday's overtime reads it."""
    for m in _WEEKDAY_LONG_DAY.finditer(text):
        if _ON_PAPER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 合同写每天8小时，可实际上…早上7点干到晚上8点: the paper's day, not the day worked
        if _WATCHED_AFTER.match(text, m.end()):
            continue  # 一天24小时被盯着: the hours the worker is watched, not worked
        if (h := _number(m.group("h"))) is not None and 0 < h <= 24:
            return h
        break
    if (m := _EN_DAY_HOURS.search(text)) and 0 < (h := Decimal(m.group("h"))) <= 24:
        return h  # 12 hours a day
    return _clock_day_hours(text) or _shift_hours(text)


_ON_PAPER_BEFORE = _re(r"(?:合同|协议|制度|规定)(?:上|里)?(?:写|写的|写着|约定|规定|定的|签的)(?:的|是|了)?\s*$")


# 12-hour day shifts, a 10-hour shift, 一个班12小时: the length of each shift
_SHIFT_HOURS = _re(r"(?P<h>\d{1,2})[- ]hour (?:day |night |long )?shifts?|shifts? of (?P<h2>\d{1,2}) hours|"
                   r"(?:一个班|每个班|每班)(?:都)?(?:要|得)?(?:实打实|实实在在|足足|整整|起码|至少)?(?:地)?(?:要|得)?(?:上|干|做)?(?:满)?\s*(?P<h3>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个)?\s*(?:小时|钟头)|"
                   # 上12休12, 做十二休十二: so many hours on, so many off
                   r"(?:上|做|干|值|工作)\s*(?P<h4>9|1[0-6]|九|十[一二三四五六]?)\s*(?:个)?(?:小时)?\s*休\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9天])")
# One day on, one day off (做一休一, 上一天休一天, 24 hours on and 24 off): half the year's days worked, at the shift's length
_ONE_ON_ONE_OFF = _re(r"做一休一|上一休一|干一休一|值一休一|(?:上|做|干|值)一天(?:班)?休一天|隔(?:一)?天(?:上|值)(?:一)?(?:次)?班|"
                      r"(?:上|做|干|值)\s*24\s*(?:个)?(?:小时)?\s*休\s*24|"
                      r"\b24 hours on,? (?:and )?24 (?:hours )?off|one day on,? (?:and )?one day off|every other day")
_SHIFT_OF_DAY = _re(r"(?:一班|每班|一个班|每个班|一次班)(?:是|要|得)?\s*24\s*(?:个)?\s*(?:小时|钟头)|24\s*(?:个)?\s*(?:小时|钟头)(?:一班|一个班)|"
                    r"24[- ]hour shifts?|shifts? of 24 hours|\b(?:24|二十四)\s*(?:个)?小时(?:班|值班|倒班)|"
                    # 早上8点接班干到第二天早上8点: from one morning's hour to the next's (not 晚上8点…到第二天早上8点, a
                    # night of twelve)
                    r"(?<!晚上)(?<!夜里)(?<!夜间)(?<!下午)(?<!傍晚)(?<![晚夜0-9])(?P<from>[0-9]{1,2})\s*点(?:钟)?"
                    r"(?:接班|上班|交班|开始)?[^,，。；]{0,4}?到(?:第二天|次日|隔天)(?:早上|上午|早晨)?\s*(?P=from)\s*点")
_DAYS_PER_MONTH = Decimal(365) / 12
# The standard month's working hours: 20.83 days of 8 hours (劳社部发〔2008〕3号: 250 working days a year ÷ 12).
_STANDARD_MONTH_HOURS = Decimal("166.64")
# A rota's shifts a month: told (一个月大概上20个班, 每月排22个班), or from its pattern (做两休一: two days in three; 上12休24:
# a 12-hour shift every 36 hours; 做三休一: three in four).
_SHIFTS_TOLD = _re(r"(?:一个月|每个月|每月|一月)(?:大概|差不多|大约|要|得|一般|基本)?(?:上|值|干|排|跑)?\s*"
                   r"(?P<n>1[0-9]|2[0-9]|30|[一二]?十[一二三四五六七八九]?|二十)\s*(?:多)?\s*(?:个)?(?:班|个夜班|个白班)")
_ROTA_PATTERNS = (
    (_re(r"(?:做|上|干|值)(?:两|二|2)休(?:一|1)"), Decimal(2) / 3),
    (_re(r"(?:做|上|干|值)(?:三|3)休(?:一|1)"), Decimal(3) / 4),
    (_re(r"(?:做|上|干|值)\s*12\s*(?:个)?(?:小时)?\s*休\s*24(?![0-9])"), Decimal(24) / 36),
    (_re(r"(?:做|上|干|值)\s*12\s*(?:个)?(?:小时)?\s*休\s*36(?![0-9])"), Decimal(24) / 48),
)


def _rota_shifts(text: str) -> Decimal | None:
    """The shifts a month the worker's rota gives (None when no rota or count is told)."""
    if (m := _SHIFTS_TOLD.search(text)) is not None and (n := _number(m.group("n"))) is not None and 10 <= n <= 31:
        return n
    for pattern, share in _ROTA_PATTERNS:
        if pattern.search(text):
            return (_DAYS_PER_MONTH * share).quantize(Decimal("0.01"))
    return None
# 60 hours a week, 每周干60个小时: the week's hours
_WEEK_HOURS = _re(r"(?P<h>\d{2,3}) hours (?:a|per|each|every) week|(?:每周|一周|每个?星期|一个星期|每个?礼拜)(?:都|要|得)?"
                  r"(?:工作|干|上班|上)?(?:差不多|大概|大约|将近|超过|至少)?\s*(?P<h2>[0-9]{2,3}|[二三四五六七八九十]{2,4})\s*(?:个)?\s*(?:小时|钟头)")
# No rest day at all: 一周7天都得播, 连续两个月一天没休过, seven days a week
_NO_DAY_OFF = _re(r"(?:一周|每周|(?:一|每)个?(?:星期|礼拜))(?:都)?(?:干|上|做|播|工作|上班)?(?:满)?(?:7|七)天(?!假)|"
                  # 两个月一天没休, 这三个星期一天都没歇
                  r"(?:个月|俩月|两月|个星期|个礼拜|[0-9一二两三四五六七八九十]周)[^,，。；]{0,3}一天(?:都|也)?没(?:有)?(?:休|歇)|"
                  r"(?:连续|一直|已经)[^,，。；]{0,8}(?:一天)?(?:都)?"
                  r"没(?:有)?(?:休|歇)(?:息)?(?:过)?|(?<!本来就是)(?<!本来就)(?<!本来是)(?<!营业)全年无休|没有休息日|(?:7|seven) days a week|"
                  # (not "got no day off back": no time off in lieu of the days worked)
                  r"no days? off(?! (?:back|in (?:return|lieu)|instead|to make up|for (?:it|them)))|"
                  r"without a (?:single )?day off(?! (?:back|in (?:return|lieu)|instead))")
# 两个月我们一天都没休过, 这三个月一天没歇: the months gone without a rest day, counted
_MONTHS_NO_DAY_OFF = _re(r"(?<![0-9])(?P<n>[0-9]{1,2}|[两二三四五六七八九十])\s*个月[^,，。；]{0,3}一天(?:都|也)?没(?:有)?(?:休|歇)")
_SO_FAR = _re(r"今年|到现在|到目前|至今|这[几两三四五六]个月|累计|so far|this year")
_A_MONTH_BEFORE = _re(r"(?:每个?月|一个月|月均|平均每月)(?:的)?(?:都|要|得|还)*$")
# 10月份工作日下班后加班30小时, 上个月平时加了40个小时: one month's hours, named (more than a day can hold)
_ONE_MONTH_BEFORE = _re(rf"(?:(?<![0-9]){_MONTH_NO}\s*月份?|上个?月|这个?月|本月)(?:的)?(?:里)?[，,]?\s*$")
# The months a month's overtime went on: 今年1月到10月我每个月…加班50个小时 (10), 这8个月每个月都加班, from January to
# October, for the past 6 months. Read only in a sentence about overtime or about every month.
_OT_MONTH_RANGE = _re(rf"(?<![0-9一二三四五六七八九十])(?P<a>{_MONTH_NO})\s*月(?:份)?\s*(?:到|至|-|~|—|～)\s*"
                      rf"(?P<b>{_MONTH_NO})\s*月(?:份)?(?!\s*[0-9一二三四五六七八九十]+\s*[号日])")
# 7月1号到8月31号: a span told by its days, read in whole months
_OT_DAY_RANGE = _re(rf"(?<![0-9一二三四五六七八九十])(?P<a>{_MONTH_NO})\s*月\s*(?P<ad>[0-9]{{1,2}})\s*[号日]\s*(?:到|至|-|~|—|～)\s*"
                    rf"(?P<b>{_MONTH_NO})\s*月\s*(?P<bd>[0-9]{{1,2}})\s*[号日]")
# 7、8月旺季: two months named one after the other (read only when the second follows the first)
_OT_MONTH_PAIR = _re(rf"(?<![0-9一二三四五六七八九十])(?P<a>{_MONTH_NO})\s*[、,，和跟与]\s*(?P<b>{_MONTH_NO})\s*(?:月(?:份)?|两个?月)"
                     rf"(?!\s*[0-9一二三四五六七八九十]+\s*[号日])")
# 俩月一天没歇: two months (俩 is always two)
_OT_TWO_MONTHS = _re(r"俩个?月")
_OT_MONTH_COUNT = _re(r"(?:这|近|最近|过去|连续|已经|前|整整)(?P<n>[0-9]{1,2}|[两二三四五六七八九十]|十[一二])\s*个月")
_OT_MONTH_RANGE_EN = _re(rf"\bfrom (?P<a>{_EN_MONTH_NAME}) (?:to|through|till|until) (?P<b>{_EN_MONTH_NAME})\b|"
                         # In July and August this year: two months running
                         rf"\b(?:in|during|over) (?P<c>{_EN_MONTH_NAME}) and (?P<d>{_EN_MONTH_NAME})\b")
_OT_MONTH_COUNT_EN = _re(r"\b(?:for|over|in) the (?:past|last) (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve) months\b")
# 从6月22号到9月13号整整12个礼拜: weeks running, a share of a month's overtime (4.35 weeks a month)
_OT_WEEK_COUNT = _re(r"(?:这|近|最近|过去|连续|已经|前|整整)(?P<n>[0-9]{1,3}|[两二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?)\s*个?(?:礼拜|星期|周)(?!末|六|日|天)")
_OT_SENTENCE = _re(r"加班|每个?月|一个月(?:就|只|才)?(?:休|歇)|overtime|every month|each month|a month|"
                   r"一天(?:假)?(?:都|也)?没(?:放|休|歇)|"
                   r"每天[^。；;，,]{0,6}(?:干|上班|工作)|\bdays a week\b|\bhours a day\b|"
                   # 每周一到周六都上班，每天早9点到晚9点: the week's days and the day by the clock
                   r"每(?:周|个?星期|个?礼拜)[^。；;，,]{0,6}(?:干|上班|工作)|每天(?:早上?|上午)?[0-9一二三四五六七八九十]+点")
# 离职前半年基本每个月…, 这半年每个月: six months
_OT_HALF_YEAR = _re(r"(?:这|近|最近|过去|前|离职前|走之前|辞职前|上)半年|\b(?:the )?(?:past|last) (?:six months|half[- ]year)\b")
# 一年里基本一个月就休2天: the whole year's twelve months
_OT_YEAR = _re(r"(?:一年|整年|全年|一整年)(?:里|来|下来|到头|中|当中)?(?:基本|基本上|都|一直|几乎)")


def _overtime_months(text: str) -> Decimal | None:
    """How many months a month's overtime went on, when the message names them (1月到10月: 10; 这8个月: 8; from
    January to October: 10), in a sentence about overtime or every month; None when not told or only one."""
    for sentence in _sentences(text):
        if not _OT_SENTENCE.search(sentence):
            continue
        months = None
        if (m := _OT_WEEK_COUNT.search(sentence)) and (weeks := read_number(m.group("n"))) is not None \
                and 5 <= weeks <= 156:
            # 从6月22号到9月13号整整12个礼拜: the weeks told, as a share of months (not rounded to whole ones)
            return (Decimal(weeks) / _WEEKS_PER_MONTH).quantize(Decimal("0.01"))
        if m := _OT_MONTH_RANGE.search(sentence):
            months = _months_spanned(int(read_number(m.group("a"))), int(read_number(m.group("b"))))
        elif m := _OT_DAY_RANGE.search(sentence):
            # 旺季7月1号到8月31号…每天干11个小时: the days' span, in whole months (rounded)
            a, b = (int(read_number(m.group(g))) for g in ("a", "b"))
            ad, bd = (int(read_number(m.group(g))) for g in ("ad", "bd"))
            first, last = _clamped(2001, a, ad), _clamped(2001 if b >= a else 2002, b, bd)
            months = Decimal(round(((last - first).days + 1) / 30.44))
        elif (m := _OT_MONTH_PAIR.search(sentence)) and read_number(m.group("b")) == read_number(m.group("a")) + 1:
            months = Decimal(2)  # 7、8月旺季: July and August
        elif _OT_TWO_MONTHS.search(sentence):
            months = Decimal(2)
        elif m := _OT_MONTH_RANGE_EN.search(sentence):
            first, last = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
            months = _months_spanned(_EN_MONTH_WORDS.index(first), _EN_MONTH_WORDS.index(last))
            if m.group("c") and months != 2:
                months = None  # (in March and October: two months apart, not a run)
        elif m := (_OT_MONTH_COUNT.search(sentence) or _OT_MONTH_COUNT_EN.search(sentence)):
            n = m.group("n").lower()
            months = _EN_NUMBER_WORDS.get(n) or read_number(n)
        elif _OT_YEAR.search(sentence):
            months = Decimal(12)
        elif _OT_HALF_YEAR.search(sentence):
            months = Decimal(6)  # 离职前半年基本每个月有两个周六要上班: six months of it
        if months is not None and 1 < int(months) <= 36:
            return Decimal(int(months))
    return None


# The schedule told for a part of the job only (这两个月演出扎堆, 旺季, 暑假, In July and August): not the whole job's
# (最近才听人说加班费可以要: the worker's learning lately, not the hours)
_PART_OF_THE_JOB = _re(r"这(?:[0-9一二两三四五六七八九十几]+)个?(?:月|星期|礼拜|周)|最近(?!才|听|刚|看|知道|了解|有人|问|查|在网上|网上)|近期|这段(?:时间|日子)|旺季|淡季|"
                       r"暑假|寒假|夏天|冬天|春节前|年底|赶工|赶货|赶订单|双十一|(?:今年|去年)?[0-9一二三四五六七八九十]{1,2}月(?:份)?"
                       r"(?:到|至|和|、)|\bin (?:january|february|march|april|may|june|july|august|september|october|"
                       r"november|december)\b|\bthis (?:month|week|summer|season)|\blast (?:month|week)|recently|"
                       r"\b(?:summer|peak season|rush)\b|\b\d{1,2} weeks\b")
_MONTH_HOURS_TOLD = _re(r"(?:每个?月|一个月|上个?月|这个?月|本月)[^。；;，,]{0,10}?(?:加班|加)[^。；;，,]{0,6}?[0-9一二两三四五六七八九十]+\s*"
                        r"(?:个)?\s*(?:小时|钟头)|(?:hours?|overtime) (?:a|per|each|every) month")


def _standing_schedule_months(text: str, values: Mapping[str, object], today: date) -> Decimal | None:
    """The whole months the job has run, when the hours are told as its day by the clock (每天早10点到晚10点) with its first
    day told and nothing limiting them to a part of it: the months a month's overtime went on (2 to 36), else None."""
    start, end = values.get("start_date"), values.get("end_date")
    if not isinstance(start, date) or not (_CLOCK_DAY.search(text) or _CLOCK_SHORT.search(text)) \
            or _PART_OF_THE_JOB.search(text) or _MONTH_HOURS_TOLD.search(text):
        return None
    span = _months_between(start, end if isinstance(end, date) and end <= today else today)
    if span is None or span < 2:
        return None
    # (4月1号入职到现在, on 29 November: 7.95 months, eight months' overtime, not seven)
    return Decimal(min(36, int(span.quantize(Decimal(1), rounding=ROUND_HALF_UP))))


def _shift_hours(text: str) -> Decimal | None:
    m = _SHIFT_HOURS.search(text)
    if not m:
        return None
    h = _number(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4"))
    return h if h is not None and 0 < h <= 24 else None


def _shift_length(text: str) -> Decimal | None:
    """A rota's shift: a day-long one (一个班24小时, 早上8点接班干到第二天早上8点), or the hours told of it."""
    return Decimal(24) if _SHIFT_OF_DAY.search(text) else _shift_hours(text)


_ALL_WORKED = _re(r"全(?:上|在|部上|都上)|都(?:上|在)|一天(?:都)?没(?:休|歇|放)|没休|天天|all (?:seven|7) days")
_HOLIDAY_GIVEN = _re(r"放(?:了)?|休(?:了)?")


_DAYS_OF_THEM = _re(r"\s*(?:了)?(?:班)?(?:其中)?(?P<n>[一两二三四1-4])\s*天")
_NATIONAL_DAY = _re(r"国庆|十一(?:黄金周|长假|假期|期间)|10月1[号日]")
# 4号5号放假那两天也干了, 4号到7号也照样上: the golden week's later days, told as worked
_GOLDEN_LATER_DAYS = _re(r"(?<![0-9])(?P<a>[4-7])\s*[号日]?\s*(?:[、,，和跟与及]\s*|(?P<to>到|至|-|~)\s*)?(?:(?P<b>[4-7])\s*)?[号日]"
                         r"[^。；;，,？?]{0,10}?(?:也|都|照样|还)(?:让我们?|叫我们?|要)?(?:干|上|加班|上班|做|开工)")


def _golden_week_rest_days(text: str) -> int:
    """The rest days of a golden week worked besides its statutory days (国庆7天全上了: 7 − 3 = 4; 10月1号到7号天天上班:
    the 4th to the 7th), 0 when not told."""
    # (国庆1号到7号一天没休: the holiday named instead of its month)
    for m in (*_CN_DAY_LIST.finditer(text), *_NAMED_DAY_LIST.finditer(text)):
        month = m.group("m") if m.re is _CN_DAY_LIST else str(_NAMED_MONTH[m.group("name")])
        if month in ("10", "十") and m.group("to") and _ALL_WORKED.search(text[m.end():m.end() + 12]):
            first, last = read_number(m.group("first")), read_number(m.group("to"))
            if first is not None and last is not None and first <= 3 < last <= 7:
                return int(last) - 3
    if _NATIONAL_DAY.search(text) and (m := _GOLDEN_LATER_DAYS.search(text)) is not None:
        # 国庆10月1号到3号都让我们下地，4号5号放假那两天也干了: the later days of the week, named, are rest days worked
        a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
        told = _DAYS_OF_THEM.match(text, m.end())  # 后面4号到7号也上了两天: two of those days
        if told is not None and (n := read_number(told.group("n"))) is not None and 0 < n <= b - a + 1:
            return int(n)
        if a <= b:
            return b - a + 1 if m.group("to") else 1 + (b != a)
    for m in _NAMED_HOLIDAY_DAYS.finditer(text):
        if m.group("name") and (n := read_number(m.group("n"))) is not None:
            most = _HOLIDAY_LENGTH[m.group("name")]
            window = text[m.start():m.end() + 20]
            if most < int(n) <= 7 and _ALL_WORKED.search(window) and not _NOT_WORKED.search(window) \
                    and not _HOLIDAY_GIVEN.search(m.group(0)):
                return int(n) - most
    return 0


def _number(token: str | None) -> Decimal | None:
    if not token:
        return None
    if token == "半":
        return Decimal("0.5")
    return read_number(token)


# A stretch worked without a day off (连着上了28天班, 一连干了20天, 28天一天没休, 28 days straight): the overtime
# told is that stretch's, its rest days counted two in seven (not a month's 21.75 working days and 8.7 rest days).
_STRETCH = _re(r"(?:连着|连续|一连|一口气|连轴转)(?:上|干|做|工作|上班|出勤)了?(?:整整)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
               r"\s*(?:多)?(?:个)?\s*(?:天|个班)(?!假)|"
               r"(?P<n2>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*天(?:了)?(?:，|,)?(?:一天)?(?:都|也)?没(?:有)?(?:休|歇|放过假)|"
               r"(?P<n3>\d{1,2}) (?:days? (?:straight|in a row|without (?:a|any) (?:day|break|days) off)|"
               r"straight days|consecutive days)")


def _stretch_days(text: str) -> Decimal | None:
    """The days of a stretch worked without a day off, a week to two months (None when not told)."""
    m = _STRETCH.search(text)
    if not m:
        return None
    n = _number(m.group("n") or m.group("n2") or m.group("n3"))
    return n if n is not None and 7 <= n <= 62 else None


# The month's working days told with the day's hours (11月…22个工作日每天都干10个小时): the days, not the 21.75 average.
_WORKDAYS_TOLD = _re(r"(?<![0-9])(?P<n>1[5-9]|2[0-3])\s*个工作日[^。；;]{0,6}?(?:每天|天天|都|每一天)")
# More working days than a month holds, counted over a crunch (I worked 35 weekdays from 10:00 to 23:00, 赶工那阵子35个工作日
# 每天干到11点): the hours they give are that stretch's total, not a month's.
# (not a period counted in working days: 劳动监察60个工作日内办完)
_WORKDAYS_COUNTED = _re(r"(?<![0-9.])(?P<n>2[4-9]|[3-9][0-9]|1[0-9]{2})\s*个工作日(?![内里])[^。；;]{0,6}?(?:每天|天天|都|每一天)|"
                        r"\bworked (?:about |around |some )?(?P<e>2[4-9]|[3-9][0-9]|1[0-9]{2}) (?:weekdays|working days|workdays)\b")


# The month's calendar the worker counts by (按一个月30天、22个工作日、8个休息日算，我上28天班): the working days and rest days
# of their month, in place of the average month's 21.75 and 8.67.
_MONTH_CALENDAR = _re(r"(?<![0-9])(?P<w>1[89]|2[0-3])\s*(?:个)?工作日[、，,和及]?\s*(?P<r>[4-9]|1[0-2])\s*(?:个|天)?休息日")
_DAYS_WORKED_TOLD = _re(r"(?:我|实际|每月|一个月)?(?:上|干|出勤|做)(?:了)?\s*(?P<d>2[2-9]|3[01])\s*(?:天|个班)(?:班)?")


def _overtime(text: str, *, approved_scheme: bool = False) -> tuple[Decimal | None, Decimal | None, Decimal | None, bool,
                                                                    Decimal | None]:
    """A month's overtime hours by kind (weekday, rest day, statutory holiday; None: not told), whether the hours
    told are a total so far (今年到现在加了60个小时) rather than a month's, and the days of a stretch worked without a
    day off when the hours are that stretch's (连着上了28天班，每天12个小时: 20 working days of 4 hours over and 8 rest
    days of 12, not a month's). ``approved_scheme``: the message tells an approved comprehensive scheme (the flag
    ``scheme_approved``), whose period's hours past the standard are the overtime."""
    weekday = restday = holiday = None
    total = scheme_excess = False
    told = _WORKDAYS_TOLD.search(text)
    calendar = _MONTH_CALENDAR.search(text)
    month_workdays = Decimal(calendar.group("w")) if calendar else _WORKDAYS_PER_MONTH
    month_restdays = Decimal(calendar.group("r")) if calendar else _RESTDAYS_PER_MONTH
    workdays = Decimal(told.group("n")) if told else month_workdays
    counted = None if told else _WORKDAYS_COUNTED.search(text)
    if counted is not None:
        workdays, total = Decimal(counted.group("n") or counted.group("e")), True
    if not told and _ONE_ON_ONE_OFF.search(text):
        # 做一休一, 每天晚上8点干到早上8点: every other day worked, about 15.2 shifts a month, not 21.75
        workdays = (_DAYS_PER_MONTH / 2).quantize(Decimal("0.01"))
    for pattern in _WEEKDAY_OT:
        m = pattern.search(text)
        if m and (h := _number(m.group("h"))) is not None and 0 <= h <= 16:
            weekday = h * workdays
            break
        if m and h is not None and 16 < h <= 200 and (_TOTAL.search(m.group(0))
                                                     or _A_MONTH_BEFORE.search(text[max(0, m.start() - 8):m.start()])
                                                     or _ONE_MONTH_BEFORE.search(text[max(0, m.start() - 8):m.start()])):
            weekday = h  # 平时晚上加班一共40个小时, 每个月工作日加班大概50个小时: the month's total, not a day's
            break
        if m and h is not None and 16 < h <= 400 and _SO_FAR.search(_clause_before(text, m.start(), 16) + m.group(0)):
            weekday, total = h, True  # 今年到现在加了大概60个小时: all the hours so far, not a month's
            break
    if weekday is None and _COMPREHENSIVE.search(text) and (m := _SCHEME_EXCESS.search(text)):
        # 季度标准工时500小时，7到9月我一共干了600个小时: an averaged scheme's period, the hours past its standard are
        # the overtime (工资支付暂行规定第十三条), all of that period's
        standard, worked = _number(m.group("std")), _number(m.group("worked"))
        if standard is not None and worked is not None and 0 < standard < worked <= 3000:
            weekday, total, scheme_excess = worked - standard, True, True
    if weekday is None and (m := _WEEKDAY_OT_MONTH.search(text)):
        h = _number(m.group("h"))
        if h is not None and 0 <= h <= 200:
            weekday = h
    if weekday is None and (m := _WEEKDAY_OT_MONTH_BEFORE.search(text)):
        h = _number(m.group("h"))
        if h is not None and 16 < h <= 200:  # a month's hours, not a day's (每天加班3小时 is read above)
            weekday = h
    if weekday is None and (m := _WEEKDAY_OT_MONTH_EN.search(text)):
        h = _number(m.group("h"))
        if h is not None and 0 < h <= 200:
            weekday = h
    if weekday is None and (m := _WEEKDAY_OT_NAMED_MONTH_EN.search(text)):
        h = _number(m.group("h"))
        if h is not None and 0 < h <= 200:
            weekday = h
    if weekday is None and (m := _OT_SPLIT_MONTH_EN.search(text)):
        h, r = _number(m.group("h")), _number(m.group("r")) if m.group("r") else None
        if h is not None and 0 < h <= 200:
            weekday = h
            if r is not None and 0 < r <= 200:
                restday = r
    if weekday is None and (m := _WEEKDAY_OT_COUNT_EN.search(text)):
        n, h = _number(m.group("n")), _number(m.group("h") or m.group("h2"))
        if n is not None and h is not None and 1 <= n <= 31 and 0 < h <= 16:
            weekday = n * h
    if weekday is None and (m := _WEEKDAY_CALLS.search(text)):
        n, h = _number(m.group("n")), _number(m.group("h"))
        if n is not None and h is not None and 1 <= n <= 31 and 0 < h <= 16:
            weekday = n * h  # 平时晚上还被叫出去6次，每次干了3个小时左右: 18 hours
    if weekday is None and (m := _NAMED_WEEKDAY_EXTRA.search(text)) and _WEEK_NAMED.search(
            _sentence_before(text, m.end(), 60)):
        h = _number(m.group("h"))
        if h is not None and 0 < h <= 16:
            weekday = h  # 上周五…周五正常8小时干完又连着干了6个钟头: that one day's hours past its eight
    told_weekday = weekday  # the hours told as overtime, before any read from the day's length
    by_rota, daily_excess = False, Decimal(0)
    if weekday is None and (shifts := _rota_shifts(text)) is not None and (h := _shift_length(text)) is not None \
            and _HOURS_PER_DAY < h <= 24 and shifts * h > _STANDARD_MONTH_HOURS:
        # 上12休24，一个月大概上20个班，每班12小时; 做两休一，一个班12个小时: the month's hours on the rota against the
        # standard month (20.83 days of 8 hours), the hours past it counted as weekday overtime (the least the rota
        # yields, and what an approved comprehensive scheme counts over its period)
        weekday, by_rota = (shifts * h - _STANDARD_MONTH_HOURS).quantize(Decimal("0.01")), True
        daily_excess = (shifts * (h - _HOURS_PER_DAY)).quantize(Decimal("0.01"))
    if weekday is None and (m := _WEEKDAY_LONG_DAY.search(text)) and not _WATCHED_AFTER.match(text, m.end()):
        h = _number(m.group("h"))  # (not 一天24小时被盯着: the hours watched)
        if h is not None and 8 < h <= 24:
            weekday = (h - _HOURS_PER_DAY) * workdays
    if weekday is None and (m := _EN_DAY_HOURS.search(text)) and _HOURS_PER_DAY < (h := Decimal(m.group("h"))) <= 24:
        weekday = (h - _HOURS_PER_DAY) * workdays  # 12 hours a day
    if weekday is None and (extra := _stayed_past(text)) is not None:
        weekday = extra * workdays  # 合同早9点到晚6点，每天都要干到晚上8点半: 2.5 hours past the day's end, each day
    if weekday is None and (h := _clock_day_hours(text)) is not None and h > _HOURS_PER_DAY:
        weekday = (h - _HOURS_PER_DAY) * workdays
    if weekday is None and _ONE_ON_ONE_OFF.search(text):
        h = _shift_length(text)
        if h is not None and _HOURS_PER_DAY < h <= 24:
            # 做一休一, 一班24小时: half a month's days of 24 hours (about 365 a month) against 174 standard hours; the
            # hours past them counted as weekday overtime (the least a rota of rest days given in turn yields)
            weekday = (_DAYS_PER_MONTH / 2 * h - _WORKDAYS_PER_MONTH * _HOURS_PER_DAY).quantize(Decimal("0.01"))
    if weekday is None and (h := _shift_hours(text)) is not None and h > _HOURS_PER_DAY:
        weekday = (h - _HOURS_PER_DAY) * workdays  # 12-hour day shifts
    if weekday is None and (m := _WEEK_HOURS.search(text)):
        h = _number(m.group("h") or m.group("h2"))
        if h is not None and 40 < h <= 100:
            weekday = (h - 40) * _WEEKS_PER_MONTH  # 60 hours a week: the hours past the 40-hour week
    for patterns, scale in ((_RESTDAY_OT_MONTH, Decimal(1)), (_RESTDAY_OT_WEEK, _WEEKS_PER_MONTH)):
        if restday is not None:
            break
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                hours = _hours_or_days(m)
                if hours is not None:
                    restday = hours * scale
                    break
        if restday is not None:
            break
    if restday is None:
        for m in filter(None, (pattern.search(text) for pattern in _RESTDAY_COUNT)):
            n, h = _number(m.group("n")), _number(m.group("h"))
            if n is not None and h is not None and 1 <= n <= 10 and 0 < h <= 24:
                restday = n * h
                break
    if restday is None and (m := _RESTDAY_COUNT_EN.search(text)):
        token = m.group("n").lower()
        n = Decimal(_EN_NUMBER_WORDS[token]) if token in _EN_NUMBER_WORDS else _number(token)
        told = _number(m.group("h"))
        each = _number(m.group("e")) if m.group("e") else None
        if each is not None and 0 < each <= 24:
            told = n * each if n is not None else None
        if n is not None and 1 <= n <= 10:
            restday = told if told is not None and 0 < told <= 24 * n else n * _HOURS_PER_DAY
    if restday is None and (m := _RESTDAY_DAYS_COUNT.search(text)):
        n, h = _number(m.group("n")), _number(m.group("h")) if m.group("h") else _HOURS_PER_DAY
        if n is not None and h is not None and 1 <= n <= 10 and 0 < h <= 24:
            restday = n * h
    if restday is None and (m := _RESTDAY_WEEKENDS_DAYS.search(text) or _RESTDAY_NAMED_COUNT.search(text)):
        n = _number(m.group("n") or m.groupdict().get("n2"))
        each = _number(m.group("h")) if m.groupdict().get("h") else None
        if n is not None and 1 <= n <= 10:
            # 两个周末4天也都上班: four rest days of 8 hours; 两个周六各上了8小时: their hours as told
            restday = n * (each if each is not None and 0 < each <= 24 else _HOURS_PER_DAY)
    if restday is None and (m := _RESTDAY_TOTAL_COUNT.search(text) or _RESTDAY_TOTAL_COUNT_EN.search(text)) \
            and not _A_MONTH_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
        n = _number(m.group("n"))
        each = _number(m.group("e")) if m.group("e") else None
        if n is not None and 10 < n <= 160:
            # more rest days than a month holds: all the rest days worked, not a month's (一共150个周六: three years')
            restday, total = n * (each if each is not None and 0 < each <= 24 else _HOURS_PER_DAY), True
    # 一个月上26天 told: the days worked a month, however long the worker says they went without a day off
    if restday is None and (m := _MONTH_DAYS_WORKED.search(text) or (calendar and _DAYS_WORKED_TOLD.search(text))):
        worked = _number(m.group("d"))
        if worked is not None and month_workdays < worked <= 31:
            restday = (worked - month_workdays) * _rest_day_length(text)
    if restday is None and (_RESTDAY_EVERY_WEEKEND.search(text) or _NO_DAY_OFF.search(text)):
        restday = 2 * _rest_day_length(text) * _WEEKS_PER_MONTH  # both rest days worked
        if weekday is None and (m := _MONTHS_NO_DAY_OFF.search(text)) and (n := read_number(m.group("n"))) is not None \
                and 2 <= n <= 12 and n == int(n) and _overtime_months(text) is None:
            # 暑期档7月8月两个月我们一天都没休过: those months' rest days in all (a holiday told beside them stays once; months
            # read as the overtime's own, 已经连续两个月一天没休过, count a month's hours over them instead)
            restday, total = restday * Decimal(int(n)), True
    if restday is None and (m := _RESTDAY_EVERY_SATURDAY.search(text) or _SATURDAY_SAME.search(text)):
        told = _DAY_HOURS_AFTER.match(text, m.end()) or _SATURDAY_HOURS.search(text)
        h = _number(told.group("h")) if told else None
        if (_SATURDAY_SAME.search(text) or told is None) and (day := _day_hours(text)) is not None:
            h = day  # 周六也是12小时 / 周六一样 / 周一到周六都上 with the day told: the weekday's own length
        restday = (h if h is not None and 0 < h <= 24 else _HOURS_PER_DAY) * _WEEKS_PER_MONTH
    if restday is None and (m := _WEEKEND_DAYS_HOURS.search(text)):
        h = _number(m.group("h"))
        if h is not None and 0 < h <= 24:
            # 周六周日每天干14个钟头: both rest days at the hours told; a weekend named (上周, 这个周末, 11月21号) is that
            # weekend's, one told without a day is every weekend's
            one = _WEEK_NAMED.search(_sentence_before(text, m.start(), 40)) and not _EVERY_WEEKEND_WORD.search(
                text[max(0, m.start() - 6):m.start()])
            restday = 2 * h * (Decimal(1) if one else _WEEKS_PER_MONTH)
    if restday is None and _MOST_SATURDAYS.search(text):
        restday = 3 * _rest_day_length(text)  # most Saturdays: three of a month's four or five
    if restday is None and _BIG_SMALL_WEEK.search(text):
        restday = _rest_day_length(text) * _WEEKS_PER_MONTH / 2  # 大小周: a sixth day every other week
    if restday is None and (m := _RESTDAYS_OFF.search(text)):
        off = _number(m.group("d"))
        if off is not None and off < month_restdays:
            restday = (month_restdays - off) * _rest_day_length(text)
    if weekday is None and (m := _RESTDAY_SO_FAR_EN.search(text)) and 1 <= (n := int(m.group("n") or m.group("n2"))) <= 160:
        # "two Saturdays every month (12 so far)": all the rest days worked, over the month's count told before them
        each = _number(m.group("e") or m.group("e2")) if (m.group("e") or m.group("e2")) else None
        restday, total = n * (each if each is not None and 0 < each <= 24 else _HOURS_PER_DAY), True
    for pattern in _HOLIDAY_OT:
        m = pattern.search(text)
        if m:
            hours = _hours_or_days(m)
            if hours is None and "n" in pattern.groupindex and m.group("n"):
                hours = Decimal(m.group("n")) * _HOURS_PER_DAY
            if hours is not None:
                holiday = hours
                break
    if holiday is None and (days := _holiday_days_worked(text)):
        day = _day_hours(text)  # every hour of a statutory holiday worked is paid at 300%: a 12-hour day is 12
        holiday = days * (day if day is not None and _HOURS_PER_DAY <= day <= 24 else _HOURS_PER_DAY)
        if weekday is not None and not scheme_excess and _holiday_days_only(text):
            weekday = None  # 国庆10月1号到3号装台，每天干14个小时: those days' length, not every working day's
        moved = _golden_week_rest_days(text)
        if restday is None and moved:
            # 国庆7天全上: the 4 days besides the 3 statutory ones are rest days, each as long as the days told
            # (国庆10月1号到7号一天没休每天10小时: 40 hours, not 32)
            restday = moved * (day if day is not None and _HOURS_PER_DAY <= day <= 24 else _HOURS_PER_DAY)
    if by_rota and not approved_scheme and weekday is not None:
        # no approved comprehensive scheme: the standard day holds, so each shift's hours past 8 are overtime whatever
        # the month's total (做二休二，一个月15个班，每班12小时: 60 hours, not the 13 past the standard month)
        weekday = max(weekday, daily_excess)
    if told_weekday is None and weekday is not None and not by_rota and approved_scheme:
        # a comprehensive-hours scheme the worker says is approved (has government approval for 综合计算工时, 12-hour
        # shifts): a long day is no overtime by itself; only the period's hours past the standard are, which the
        # day's length does not tell (not the boss's word alone: 公司说我们是综合工时, unapproved, is the standard week)
        weekday = None
    stretch = None if total else _stretch_days(text)
    if stretch is not None and stretch <= 7 and holiday is not None and _golden_week_rest_days(text):
        # 国庆7天一天没休: the golden week itself, its statutory days and the rest days moved into it (read above), no
        # working day among them (not two rest days in seven)
        stretch = None
    if stretch is not None:
        rest = (stretch * 2 / 7).quantize(Decimal(1))  # two rest days in seven
        day = _day_hours(text)
        weekday = (stretch - rest) * (day - _HOURS_PER_DAY) if day is not None and _HOURS_PER_DAY < day <= 24 else None
        restday = rest * (day if day is not None and 0 < day <= 24 else _HOURS_PER_DAY)
    # (told in all, up to 160 rest days of 8 hours: 一共150个周六 over three years is 1,200 hours)
    return (*(None if v is None or v > (_MAX_TOTAL_OVERTIME_HOURS if total else 744) else _tidy(v)  # type: ignore[return-value]
              for v in (weekday, restday, holiday)), total, stretch)


# Ordinary working days told beside holiday work (平时, 工作日, 周一到周五, every weekday): their hours are their own.
_ORDINARY_DAYS = _re(r"平时|平常|平日|工作日|周一到周五|礼拜一到礼拜五|星期一到星期五|每个月|每月|一个月|每周|每个星期|"
                     r"weekdays?|every (?:day|week|month)|a month|per month")


def _holiday_days_only(text: str) -> bool:
    """Whether the day's length is told only of the statutory holiday days worked: it sits in the sentence naming
    them and no ordinary working day is told."""
    if _ORDINARY_DAYS.search(text):
        return False
    for sentence in _sentences(text):
        if _day_hours(sentence) is not None and _holiday_days_worked(sentence):
            return True
    return False


# An averaged scheme's standard for its period and the hours worked in it (季度标准工时500小时，7到9月我一共干了600个小时)
_SCHEME_EXCESS = _re(r"(?:标准工时|标准工作时间|标准工时是|标准)[^。；;？?]{0,6}?(?P<std>[0-9]{2,4})\s*(?:个)?\s*(?:小时|钟头)"
                     r"[^。；;？?]{0,30}?(?:一共|总共|共|实际|累计)?(?:干|上|工作|做)了\s*(?P<worked>[0-9]{2,4})\s*(?:个)?\s*(?:小时|钟头)")
_APPROVAL_TOLD = _re(r"\b(?:has|have|got|with) (?:government |official |an? )?approval|\b(?:was|been|is) approved|"
                     r"(?:经过|通过)(?:了)?(?:人社|劳动)[^,，。]{0,8}(?:审批|批准)|有(?:人社局?的?|正式的?)?(?:审批|批文)")
_HEARSAY_BEFORE = _re(r"说|称|讲|\bsays?\b|\bclaims?\b|\btold us\b")


def _scheme_approved(text: str) -> bool:
    """Whether the message tells a comprehensive-hours scheme the labour authority approved, in the worker's own words
    (有人社局的批文, has approval from the labour bureau; not 公司说批了, nor 从来没拿出过审批)."""
    approved = any(not _HEARSAY_BEFORE.search(text, max(0, m.start() - 10), m.start())
                   for m in _APPROVAL_TOLD.finditer(text))
    return bool(_COMPREHENSIVE.search(text) and approved and not _NOT_APPROVED.search(text))
_NOT_APPROVED = _re(r"(?:没|没有|未|从来没|从没)(?:经过|拿出过?|看到过?|有)?(?:人社|劳动部门|政府)?(?:的)?(?:审批|批准|批文)|"
                    r"(?:审批|批准|批文)[^,，。]{0,6}(?:没有|没|拿不出)|(?:never|not|wasn't|isn't|without)(?: been)? (?:officially )?"
                    r"approv")


def _rest_day_length(text: str) -> Decimal:
    """The hours of a rest day worked: as long as the working day when the message tells it, else 8."""
    day = _day_hours(text)
    return day if day is not None and 0 < day <= 24 else _HOURS_PER_DAY


_NEXT_DAY = _re(r"第二天|次日|隔天")


def _clock_span(m: re.Match) -> tuple[Decimal, Decimal] | None:
    """The start and end hour (on a 24-hour clock, the end past the start) of a span told by the clock."""
    start, end = read_number(m.group("a")), read_number(m.group("b"))
    if start is None or end is None or not (0 <= start <= 24 and 0 <= end <= 24):
        return None
    told = m.group(0)
    start += _half_hour(told, m.end("a") - m.start())
    end += _half_hour(told, m.end("b") - m.start())
    if m.groupdict().get("ap") in ("中午", "下午", "晚上", "晚") and start < 12:
        start += 12  # 下午3点
    if end <= 12 and _EVENING.search(told):
        end += 12  # 晚9点; 干到晚上12点 is midnight
    if end <= start and _NEXT_DAY.search(told):
        end += 24  # 早上8点到第二天早上8点: a whole day (晚上8点到第二天早上8点 stays twelve hours)
    while end <= start and end < 36:
        end += 12  # 8点到6点; a night shift past midnight (晚上8点到早上8点)
    return start, end


# The day's end told, then the hour the worker actually stays to (每天都要干到晚上8点半, stay … until about 20:30).
_STAY_UNTIL = _re(r"(?:干|做|加班|待|留|忙|上班|弄)到(?P<ev>晚上|夜里|半夜)?\s*(?P<h>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*"
                  r"(?:点|:|：)(?P<half>半|30)?")
_SPAN_EN = _re(r"(?<![\d:])(?P<a>\d{1,2})[:.](?P<am>\d{2})\s*(?:am|a\.m\.)?\s*(?:-|–|—|to)\s*"
               r"(?P<b>\d{1,2})[:.](?P<bm>\d{2})")
_STAY_UNTIL_EN = _re(r"\b(?:until|till|to)\s+(?:about |around |roughly )?(?P<h>\d{1,2})[:.](?P<m>\d{2})\b")


def _stayed_past(text: str) -> Decimal | None:
    """Hours a day worked past the day's end told by the clock (合同9点到6点…每天都要干到8点半: 2.5), or None."""
    if (m := _CLOCK_DAY.search(text)) and (span := _clock_span(m)) is not None:
        end = span[1]
        if (u := _STAY_UNTIL.search(text, m.end())) is not None and (h := read_number(u.group("h"))) is not None:
            until = h + (Decimal("0.5") if u.group("half") else 0)
            if until <= 12 and (u.group("ev") or until + 12 > end):
                until += 12
            if 0 < until - end <= 8:
                return until - end
        return None
    if (m := _SPAN_EN.search(text)) and (u := _STAY_UNTIL_EN.search(text, m.end())) is not None:
        end = Decimal(m.group("b")) + Decimal(m.group("bm")) / 60
        until = Decimal(u.group("h")) + Decimal(u.group("m")) / 60
        if end <= 12:
            end += 12
        if until <= 12:
            until += 12
        if 0 < until - end <= 8:
            return (until - end).quantize(Decimal("0.01"))
    return None


# 早上4点半干到中午12点，下午2点到5点半: a second span of the same day, told right after the first
_SECOND_SPAN_GAP = 8


# 10am to 10pm, from 9 a.m. until 9 p.m., 8am-8pm: a working day told by an English clock (its end's am/pm is needed)
# (I clock in at 10am and out at 9pm, start at 8am and leave at 7pm: the day's two ends told apart)
_CLOCK_EN = _re(r"(?<![0-9:.])(?P<a>\d{1,2})(?::(?P<am>[03]0))?\s*(?P<ap1>[ap]\.?m\.?)?\s*(?:to|until|till|-|–|—|"
                r"and (?:clock(?:ing)? )?(?:out|off) at|and (?:leave|finish|knock off|get off(?: work)?|go home) at)\s*"
                r"(?P<b>\d{1,2})(?::(?P<bm>[03]0))?\s*(?P<ap2>[ap]\.?m\.?)(?![a-z])")


# A day told on the 24-hour clock (from 10:00 to 23:00, 08:30-17:30): no am or pm after it.
_CLOCK_24_EN = _re(r"(?<![0-9:.])(?P<a>[01]?\d|2[0-3]):(?P<am>[0-5]\d)\s*(?:to|until|till|-|–|—)\s*"
                   r"(?P<b>[01]?\d|2[0-4]):(?P<bm>[0-5]\d)(?!\s*[ap]\.?m)(?![0-9])")


def _clock_span_en(m: re.Match) -> tuple[Decimal, Decimal] | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    ap2 = m.group("ap2").replace(".", "")
    ap1 = m.group("ap1").replace(".", "") if m.group("ap1") else ("am" if ap2 == "pm" and a > b else ap2)
    start = Decimal(a % 12 + (12 if ap1 == "pm" else 0)) + (Decimal("0.5") if m.group("am") == "30" else 0)
    end = Decimal(b % 12 + (12 if ap2 == "pm" else 0)) + (Decimal("0.5") if m.group("bm") == "30" else 0)
    if end <= start:
        end += 24  # a night shift, 8pm to 8am
    return start, end


def _clock_day_hours(text: str) -> Decimal | None:
    """The hours of a working day told by the clock (早8点到晚9点 less 中间吃饭1小时 is 12; 早9晚9; 8点到7点半; a split
    shift 早上4点半到中午12点，下午2点到5点半 is 11; 10am to 10pm is 11), or None."""
    day = _clock_day(text)
    return day[0] if day is not None else None


def _clock_meal_hour_taken(text: str) -> Decimal | None:
    """The day's hours by the clock when an hour for meals was taken off them with no break told (每晚10点上到早上8点: 10,
    counted as 9), else None: the answer says so, and how to have it counted whole."""
    day = _clock_day(text)
    return day[0] + 1 if day is not None and day[1] else None


def _clock_day(text: str) -> tuple[Decimal, bool] | None:
    """The hours of a working day told by the clock, and whether an hour for meals was taken off them by default."""
    m = _CLOCK_DAY.search(text) or _CLOCK_SHORT.search(text)
    en = _CLOCK_EN.search(text)
    span = _clock_span_en(en) if en else None
    if not m and span is None and (en := _CLOCK_24_EN.search(text)) is not None:
        # "from 10:00 to 23:00": a day told on the 24-hour clock
        start = int(en.group("a")) + Decimal(int(en.group("am"))) / 60
        end = int(en.group("b")) + Decimal(int(en.group("bm"))) / 60
        span = (start, end) if 0 <= start < end <= 24 and end > 12 else None
    if not m and span is not None:
        hours = span[1] - span[0]
        if not 0 < hours <= 20:
            return None
        breaks = [_number(b.group("h")) if b.group("h") else Decimal(1) for b in _MEAL_BREAK_EN.finditer(text)]
        told = sum((b for b in breaks if b is not None), Decimal(0))
        if 0 < told < 4:
            return hours - told, False  # 9am to 9pm with 1h lunch and 1h dinner: ten hours
        # an hour for meals in a day of nine hours or more
        return (hours - 1, True) if hours >= 9 else (hours, False)
    if not m:
        return None
    span = _clock_span(m)
    if span is None:
        return None
    start, end = span
    hours = end - start  # read to the hour
    if not 0 < hours <= 20:
        return None
    nxt = _CLOCK_DAY.search(text, m.end())
    if nxt is not None and nxt.start() - m.end() <= _SECOND_SPAN_GAP and (second := _clock_span(nxt)) is not None:
        s2, e2 = second
        if s2 < end and s2 + 12 >= end:
            s2, e2 = s2 + 12, e2 + 12  # 下午2点 told as 2点
        if s2 >= end and 0 < hours + (e2 - s2) <= 20:
            return hours + (e2 - s2), False  # the gap between the two spans is the break
    brk = None
    if (b := _MEAL_BREAK.search(text)) is not None:
        brk = Decimal("0.5") if b.group("half") else _number(b.group("h"))
        if brk is not None and b.group("and_half"):
            brk += Decimal("0.5")  # 吃饭加起来一个半小时: an hour and a half
        if brk is not None and _EACH_BREAK.search(text, max(0, b.start() - 2), b.start() + 1):
            brk *= 2  # 中午和晚上各歇1小时
    if brk is not None and 0 < brk < 3:
        return hours - brk, False
    if hours >= 9:
        return hours - 1, True  # a day of nine hours or more without a break told (9点到6点) is taken to have an hour for meals
    return hours, False


_EACH_BREAK = _re(r"各")
# The breaks of an English working day told by the clock: "with 1h lunch and 1h dinner", "an hour for lunch".
_MEAL_BREAK_EN = _re(r"(?:(?P<h>\d(?:\.\d)?)\s*(?:h|hrs?|hours?)|an? hour|one hour)\s*(?:for |of )?"
                     r"(?:lunch|dinner|supper|"
                     r"meal|break)")
_HALF_AFTER = _re(r"\s*(?:点|时)?\s*(?:半|:30|：30)")


def _half_hour(told: str, end: int) -> Decimal:
    """Half an hour more when the clock read up to ``told[:end]`` is followed by 半 or :30 (晚上7点半)."""
    return Decimal("0.5") if _HALF_AFTER.match(told, end) else Decimal(0)


def _tidy(value: Decimal) -> Decimal:
    """65.25 stays 65.25, 34.80 becomes 34.8 and 40.00 becomes 40 (never an exponent)."""
    value = value.quantize(Decimal("0.01"))
    return Decimal(int(value)) if value == value.to_integral() else value.normalize()


def _hours_or_days(m: re.Match) -> Decimal | None:
    groups = m.groupdict()
    if groups.get("h"):
        return _number(groups["h"])
    if groups.get("d"):
        days = _number(groups["d"])
        return days * _HOURS_PER_DAY if days is not None else None
    return None


# ---------------------------------------------------------------------------------------------
# Place and language

_HAN = _re(r"[\u4e00-\u9fff]")
_LATIN_WORD = _re(r"[a-z]{2,}")


def _language(text: str) -> str:
    han = len(_HAN.findall(text))
    words = len(_LATIN_WORD.findall(text))
    if han == 0 and words:
        return "en"
    return "en" if words >= 3 and han * 2 < words else "zh"


def _place(text: str, places: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    if not places:
        return None, None
    best: tuple[int, int, str] | None = None
    for place in places:
        pos = text.find(place.lower())
        if pos >= 0 and (best is None or (pos, -len(place)) < (best[0], best[1])):
            best = (pos, -len(place), place)
    if best is None:
        return None, None
    place = best[2]
    province = places[place]
    city = place if place != province or place in _MUNICIPALITIES else None
    return city, province


# A day's pay agreed (日薪400, 说好一天150块, 工钱一天260, 每天工资300元), not a day's allowance, meal or fine
_DAILY_WAGE = _re(r"(?:日薪|日工资|(?:工钱|工资|薪水)(?:是|按)?(?:一天|每天)|(?<![补贴罚扣])(?:一天|每天)(?:的)?(?:工钱|工资)?)"
                  r"(?:是|为|只有|才|就|给|按|:|：|\s)*(?P<v>\d{2,4})\s*(?:元|块钱?|rmb)?"
                  r"(?![0-9.]|\s*(?:个|小时|次|单|件|斤|公里|趟|点|分|号|人|天|%|％))(?![^,，。；;]{0,3}(?:补贴|补助|餐|饭|伙食|住宿|罚|扣|押金|提成))")
_DAILY_BEFORE_NOT = _re(r"(?:病假|停工|待岗|停产|补贴|补助|罚款?|扣|饭钱|餐费|伙食费?|住宿费?|押金|提成|加班费|值班费)[^,，。；;]{0,4}$")


def _daily_wage(text: str) -> Decimal | None:
    """A day's pay agreed, 50 to 2,000 yuan; None when none is told plainly."""
    for m in _DAILY_WAGE.finditer(text):
        if _DAILY_BEFORE_NOT.search(text, max(0, m.start() - 10), m.start()):
            continue
        value = read_number(m.group("v"))
        if value is not None and Decimal(50) <= value <= Decimal(2000):
            return value
    return None


# The probation's pay told as a share of the wage agreed: 试用期工资按70%发, 试用期只拿80%
# (试用期工资按转正工资8000的70%发: the wage named between)
_PROBATION_SHARE = _re(r"试用期[^,，。；]{0,6}?(?:工资|薪水|薪资)?[^,，。；]{0,4}?(?:按|打|只拿|只发|拿|发)?\s*(?P<pct>[0-9]{2})\s*(?:%|％)|"
                       r"试用期[^,，。；]{0,4}?(?:工资|薪水|薪资)?按[^,，。；]{0,12}?的(?P<pct2>[0-9]{2})\s*(?:%|％)|"
                       r"试用期[^,，。；]{0,6}?(?:工资|薪水|薪资)?(?:按|打)?(?P<zhe>[六七八九])折")


# ---------------------------------------------------------------------------------------------
# The extractor


# The worker's birth month (1966年10月生的, 66年8月出生 as normalize_text writes it out, born in October 1966) and the old retirement age told
# (满60, 女工50岁就该退休): with the gradual rise of the statutory retirement age since 2025-01-01 (men from 60, by a
# month for every four months born after 1964; women retiring at 50 by a month for every two months born after 1974,
# at 55 by a month for every four born after 1969), whether the worker has reached their own age yet.
# Born by 1964, the worker reached even the oldest retirement age (60) before the reform began to raise it in 2025.
_OLD_AGE_REACHED_BY = 1964
# A retirement pension drawn (退休金, 办了退休): not a rural residents' pension (城乡居民养老金), which is no retirement.
_PENSION_DRAWN = _re(r"退休金|退休工资|办(?:理)?了退休|已经退休|退休了|(?<!居民)(?<!农)养老金|\bpension\b")
# 我今年63了 (no 岁): the worker's own age this year; 62 and over is past every retirement age, raised or not.
_PAST_ANY_AGE = 62
# The worker's own age, 55 to 59, told plainly (我58了, 本人今年57岁, I'm 56): near a man's statutory retirement age.
# (我今年58，在这家公司连续干了17年: the age told before a comma, after 今年)
_NEAR_RETIREMENT_AGE = _re(r"(?:^|[，,。；;！!？?\s])(?:我|本人)(?:今年|现在|已经)?(?:都)?(?:已经)?(?:快)?(?P<n>5[5-9])\s*(?:周)?(?:岁)?(?:了|啦|多了)|"
                           r"(?:^|[，,。；;！!？?\s])(?:我|本人)(?:今年|已经)(?:都)?(?P<n2>5[5-9])\s*(?:周)?(?:岁)?(?=[，,。；;！!？?])|"
                           r"\b(?:i am|i'm) (?P<e>5[5-9])(?: years old)?\b")
_AGE_THIS_YEAR = _re(r"(?:我|本人)(?:今年|现在|已经)(?:都)?(?:已经)?(?P<n>[5-9][0-9])(?:了|啦|多了)")
_BIRTH_MONTH = _re(r"(?<![0-9])(?P<y>19[4-9][0-9])\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:出)?生|"
                   r"\bborn in (?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
                   r"december),? (?P<y2>19[4-9][0-9])")
_OLD_AGE_TOLD = _re(r"(?<![0-9])(?P<a>60|50|55|六十|五十五|五十)\s*(?:周)?岁|满\s*(?P<b>60|50|55|六十|五十五|五十)|"
                    r"\bturn(?:ed|ing)? (?P<c>60|50|55)\b|\b(?P<d>60|50|55) years old")
_WOMAN = _re(r"女工|女职工|女的|女同志|我是女|阿姨|大姐|大妈|\bwoman\b|\bfemale\b")
_OLD_AGES = {"六十": 60, "五十": 50, "五十五": 55}


def _before_new_retirement_age(text: str, today: date) -> bool:
    """Whether the birth month told, with the old retirement age told (or a woman's 50), puts the worker past the old
    age but short of the new one: an employer's "you are 60, you retire" does not end the contract yet."""
    born = _BIRTH_MONTH.search(text)
    if born is None:
        return False
    year = int(born.group("y") or born.group("y2"))
    month = int(born.group("m")) if born.group("m") else _EN_MONTHS.index(born.group("mon")[:3]) + 1
    told = _OLD_AGE_TOLD.search(text)
    old = (int(raw) if (raw := next(g for g in told.groups() if g)).isdigit() else _OLD_AGES[raw]) if told else \
        (50 if _WOMAN.search(text) else 60)
    first, per, cap = {60: (1965, 4, 36), 55: (1970, 4, 36), 50: (1975, 2, 60)}[old]
    months_after = (year - first) * 12 + month - 1
    if months_after < 0:
        return False
    delay = min(cap, months_after // per + 1)
    at_old = year * 12 + month - 1 + old * 12  # the month the old age is reached, as a month count
    at_new = at_old + delay
    now = today.year * 12 + today.month - 1
    return at_old - 3 <= now < at_new


# What the employer paid on ending the job, told as months of pay or as a sum (只给了4个月工资补偿, 给了2万块补偿,
# 补偿只给了1万, paid me 20,000 as severance): the figure owed is set against it. Not an offer (说给3万让我走, 愿意给).
_PAID_MONTHS = _re(r"(?<!说)(?<!要)(?<!愿意)(?<!答应)(?:只|就|才|一共|总共)?(?:给|发|赔|补|付)(?:了)(?:我)?\s*(?P<n>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十半]+)"
                   r"\s*个?\s*月(?:的)?(?:工资)?(?:的|作为|当|做)?(?:经济)?(?:补偿|赔偿)")
_PAID_SUM = _re(r"(?<!说)(?<!要)(?<!愿意)(?<!答应)(?:只|就|才|一共|总共)?(?:给|发|赔|补|付)(?:了)(?:我)?\s*(?P<v>[0-9][0-9.,]*\s*(?:万|千|k)?|[一二两三四五六七八九十百千万]+)"
                r"\s*(?:块|元)?(?:钱)?(?:的)?(?:经济)?(?:补偿|赔偿)|"
                r"(?:补偿|赔偿)(?:金)?(?:只|就|才)(?:给|发|付)(?:了)\s*(?P<v2>[0-9][0-9.,]*\s*(?:万|千|k)?|[一二两三四五六七八九十百千万]+)\s*(?:块|元)?|"
                r"\bpaid (?:me |us )?(?:only |just )?(?:¥|rmb ?|cny ?)?(?P<v3>[0-9][0-9,]*)(?: yuan| rmb)? (?:as |in )?(?:severance|compensation)")


def _compensation_paid(text: str, wage: object) -> Decimal | None:
    if (m := _PAID_MONTHS.search(text)) is not None and isinstance(wage, Decimal):
        months = read_number(m.group("n"))
        if months is not None and 0 < months <= 24:
            return (wage * months).quantize(Decimal("0.01"))
    if (m := _PAID_SUM.search(text)) is not None:
        value = parse_money(m.group("v") or m.group("v2") or m.group("v3"), maximum=_MAX_OWED)
        if value is not None and value >= 100:
            return value
    return None


def extract_facts(text: str, *, today: date, places: Mapping[str, str] | None = None) -> Facts:
    """Return the facts ``text`` states (see :class:`Facts`), relative dates counted from ``today``.

    ``places`` maps city and county names to their province (``Vocabulary.place_to_province``).
    Values that cannot be read with confidence, or are absurd, are left None."""
    s = normalize_text(text)
    flags = _flags(s)
    if _before_new_retirement_age(s, today):
        flags.add("before_new_retirement_age")  # 1966年10月生的…满60了: short of the new statutory age
        flags.discard("retired_pensioner")  # (就该退休了, 退休返聘 said of one who cannot draw a pension yet)
    if not flags & {"near_retirement", "retired_pensioner", "over_retirement_age"} \
            and (age := _NEAR_RETIREMENT_AGE.search(s)) and not _RELATIVE_AGED.search(_clause_before(s, age.start(), 8)) \
            and not _WOMAN.search(s):
        flags.add("near_retirement")  # 我58了, 我今年57岁: within five years of a man's statutory age (a woman is past it)
    values: dict[str, object] = {"as_of": today, "language": _language(s), "asks": frozenset(_asks(s))}
    wage_basis = ""
    training_extra, training_total_told = Decimal(0), False

    for amount in _amounts(_INCLUDED_ASIDE.sub(lambda m: " " * len(m.group()), s), english=values["language"] == "en"):
        if amount.kind == "wage" and _MIN_WAGE <= amount.value <= _MAX_WAGE and (
                "monthly_wage" not in values or (amount.basis == "average" and wage_basis == "base")):
            values["monthly_wage"], wage_basis = amount.value, amount.basis
        elif amount.kind == "wage" and amount.basis == "base" and _MIN_WAGE <= amount.value \
                and isinstance(wage := values.get("monthly_wage"), Decimal) and amount.value < wage:
            values.setdefault("base_wage", amount.value)  # 月薪5600包含加班费，里面基本工资写的2600
        elif amount.kind == "owed" and "amount_owed" not in values and amount.value <= _MAX_OWED:
            values["amount_owed"] = amount.value
        elif amount.kind == "short" and "monthly_shortfall" not in values and amount.value <= _MAX_WAGE:
            values["monthly_shortfall"] = amount.value
        elif amount.kind == "probation" and _MIN_WAGE <= amount.value <= _MAX_WAGE:
            values.setdefault("probation_wage", amount.value)
        elif amount.kind == "minimum":
            values.setdefault("minimum_wage", amount.value)
        elif amount.kind == "average":
            values.setdefault("local_avg_wage", amount.value)
        elif amount.kind == "overtime_paid":
            values.setdefault("overtime_paid", amount.value)
        elif amount.kind == "employer_average":
            values.setdefault("employer_avg_wage", amount.value)
        elif amount.kind == "training" and amount.basis == "extra":
            training_extra += amount.value
        elif amount.kind in ("training", "penalty"):
            name = "training_cost" if amount.kind == "training" else "agreed_penalty"
            if amount.basis == "total":
                training_total_told = training_total_told or name == "training_cost"
                values[name] = amount.value  # the sum told after its parts (一共18000) is the cost
            else:
                values.setdefault(name, amount.value)
    if training_extra and not training_total_told and isinstance(fee := values.get("training_cost"), Decimal):
        values["training_cost"] = fee + training_extra  # 培训费6000、路费住宿1500: 7,500 (no sum told after them)
    if "wage_includes_overtime" in flags and wage_basis == "base" and "base_wage" not in values \
            and isinstance(base := values.get("monthly_wage"), Decimal) and (told := _PACKAGE_TOTAL.search(s)) \
            and (total := parse_money(told.group("v"), maximum=_MAX_WAGE)) is not None and base < total <= _MAX_WAGE:
        # 底薪4000，另外“综合补贴”2500，老板说补贴就是包了加班费的，不管加多少都是6500: the package, and the base in it
        values["monthly_wage"], values["base_wage"] = total, base
    if (m := _HOURLY_WAGE.search(s)) and (hourly := read_number(m.group("v") or m.group("v2"))) is not None:
        values["hourly_wage"] = hourly  # 小时工资25元, 25 yuan an hour: the base of the overtime pay itself
    elif "monthly_wage" not in values and (m := _ROTA_DAYS.search(s)) and m.group("period") == "月" \
            and (daily := _daily_wage(s)) is not None and (days := read_number(m.group("n"))) is not None \
            and 10 <= days <= 31:
        # 一天150块现金日结，一个月差不多干26天: the month's pay is the days worked in it at the day's pay
        values["monthly_wage"] = daily * days
    elif "monthly_wage" not in values and "overtime" in flags and (daily := _daily_wage(s)) is not None:
        # 日薪400…加班: a day's pay is eight hours' (劳动法第三十六条), so the hour's pay overtime is paid on
        values["hourly_wage"] = (daily / 8).quantize(Decimal("0.01"))
    if "probation_wage" not in values and "monthly_wage" in values and (m := _PROBATION_SHARE.search(s)):
        # 试用期工资按70%发 (or 打七折), 转正后6000: 4,200 a month in probation
        pct = m.group("pct") or m.group("pct2")
        share = read_number(pct) if pct else read_number(m.group("zhe")) * 10
        if share is not None and 0 < share < 100:
            pay = (values["monthly_wage"] * share / 100).quantize(Decimal("0.01"))  # type: ignore[operator]
            if _MIN_WAGE <= pay <= _MAX_WAGE:
                values["probation_wage"] = pay
    if "monthly_shortfall" not in values and (short := _agreed_but_paid_less(s)) is not None:
        values["monthly_shortfall"] = short  # 说好一个月3000，结果每个月只给1000: 2000 short a month
    if "caused_loss" in flags and _deducted_for_loss(s) is None and (wage := values.get("monthly_wage")) is not None \
            and _ALL_PAY_TAKEN.search(s):
        values["deduction"] = wage  # 这个月工资4800一分没发，说全扣了: the whole month's pay taken for the loss
        if (loss := _loss_claimed(s, wage)) is not None:  # type: ignore[arg-type]
            values["loss_claimed"] = loss
    if "caused_loss" in flags and (m := _deducted_for_loss(s)) is not None:
        taken = parse_money((m.group("v") or m.group("v2").replace(",", "")).strip("."), maximum=_MAX_OWED)
        if taken is not None and taken > 0:
            values["deduction"] = taken  # 工资扣了我3000当赔偿, took 3,000 out of this month's pay
            if (loss := _loss_claimed(s, taken)) is not None:
                values["loss_claimed"] = loss  # 修好要6000，这个月已经扣了我800: 800 a month against a loss of 6,000
        if (g := _GROSS_THIS_MONTH.search(s)) and (gross := parse_money(g.group("v"), maximum=_MAX_WAGE)) is not None \
                and gross >= _MIN_WAGE:
            values["monthly_wage"] = gross  # 底薪3000加提成…这个月本来应发4200: the month's wage the 20% is of
    if "monthly_shortfall" not in values and (pays := _peers_and_own_pay(s)) is not None:
        # 他们每月6500还有夜班补贴，我只有4800: the worker's own wage, and 1,700 short of the peers' a month
        values["monthly_wage"], values["monthly_shortfall"] = pays[1], pays[0] - pays[1]

    if (paid := _compensation_paid(s, values.get("monthly_wage"))) is not None:
        values["compensation_paid"] = paid  # 只给了4个月工资补偿: 28,000 on a wage of 7,000, to set against what is owed

    # the boss's words "不上就写辞职报告走人" name no day the job ended: read past them (the same length, so spans hold)
    dates, rough = _dates(_masked(_DIED_AS_GONE, _masked(TOLD_TO_GO, s)), today=today, english=values["language"] == "en")
    term_start, term_end = dates.pop("_term_start", None), dates.pop("_term_end", None)
    values.update(dates)
    if "before_new_retirement_age" not in flags and isinstance(ended := values.get("end_date"), date) \
            and _before_new_retirement_age(s, ended):
        if ended < today:
            # 今年3月31号公司说我满60了…给我办了终止…现在已经办了退休在领养老金了: the job ended short of the worker's
            # own retirement age, which has been reached since
            flags.add("ended_before_retirement_age")
        else:
            # 1967年3月出生…人事说我明年3月满60就到点退休了，合同到时候自动终止: an end set for the old age, short of the new
            flags.add("before_new_retirement_age")
            flags.discard("retired_pensioner")
    signed = values.get("contract_signed_date")
    if "start_date" not in values and isinstance(signed, date) and _FIRST_CONTRACT_SIGNED.search(s):
        values["start_date"] = signed  # 2020年1月1号签的第一份合同3年: the first contract's day is the job's first

    # 之前在别的厂干了10年 is the years before this employer, not the time with it
    masked = s
    for pattern in (*_PRIOR_WORK, _CLAIMED_TENURE, _HOLIDAY_SHIFTS, _ROTA_DAYS):
        masked = pattern.sub(lambda m: " " * len(m.group()), masked)
    tenure = _months_value(*_first_duration(_TENURE, masked))
    if tenure is not None:
        values["tenure_months"] = tenure
        if "start_date" not in values and isinstance(signed, date) and term_start is None \
                and not states(_RENEWAL, s) and values["language"] != "en" and _JOB_CONTRACT_SIGNED.search(s) \
                and not _SIGNED_LATE.search(s) and "no_written_contract" not in flags and "contract_signed_date" not in rough:
            # 干了两年多，2024年3月1号签的合同: the contract's day, as long ago as the time told (two years and more), is the
            # job's first day, a closer figure than the rough duration
            end = values.get("end_date")
            since = _months_between(signed, end if isinstance(end, date) else today)
            if tenure - 1 <= since < tenure + 12:
                values["start_date"] = signed
    elif term_start is not None and "start_date" not in values and not states(_RENEWAL, s):
        values["start_date"] = term_start  # 合同是2024年6月1日至2027年5月31日, the only one told: the job's first day
        if isinstance(signed, date) and signed < term_start and _SIGNED_TERM.search(s) and not _OTHER_EMPLOYER.search(s):
            # 2021年7月1号跟学校签了两年合同…2024年7月让我跟举办方下面的公司签合同，期限2024年7月1号到…: the first
            # contract told, before the later one the same job went on under
            values["start_date"] = signed
    elif "start_date" not in values and isinstance(signed, date) and term_start is None and not states(_RENEWAL, s) \
            and values["language"] != "en" and _JOB_CONTRACT_SIGNED.search(s) and not _SIGNED_LATE.search(s) \
            and "no_written_contract" not in flags:
        # 2024年4月8号进去签了合同, 合同是25年3月签的: the only day of the job told is its contract's, signed on joining (a
        # contract signed late, 入职半年才签, 后来补签, says so)
        values["start_date"] = signed
        if "contract_signed_date" in rough:
            rough.add("start_date")
    work = _months_value(*_first_duration(_CUMULATIVE_WORK, s))
    if work is None and _OTHER_EMPLOYER.search(s):
        # 我工作12年了，2024年跳槽到现在这家: the 12 years are all of it; 来这3年了，之前在别的林场干了9年，加起来12年: the sum told
        work = _months_value(*_first_duration(_WORKED_YEARS, s))
        if work is None:
            work = _months_value(*_first_duration(_SUM_TOLD, s))
    if tenure is None and isinstance(start := values.get("start_date"), date):
        # 之前在别的厂干了10年，前年3月跳槽到现在这个船厂: the time here from its first day, to add to the years before
        end = values.get("end_date")
        here = _months_between(start, end if isinstance(end, date) else today)
        tenure = here.quantize(Decimal("0.1")) if here is not None else None
    if work is None and tenure is not None:  # 在这家干了4年，之前在别的酒店也干了8年: 12 years in all
        prior = _months_value(*_first_duration(_PRIOR_WORK, s))
        if prior is not None:
            work = tenure + prior
    if work is not None:
        values["work_months"] = work
    taken = _leave_taken(s)
    if taken is not None:
        values["leave_taken_days"] = taken
    since_end = _months_value(*_first_duration(_SINCE_END, s))
    if since_end is not None:
        values["months_since_end"] = since_end
        told = values.get("end_date")
        if "end_date" in rough and isinstance(told, date) and since_end == since_end.to_integral_value():
            # 去年年底离职的，到今天刚好离职11个月: the months told put the day within the month told ("年底")
            back = _months_before(today, since_end)
            if (back.year, back.month) == (told.year, told.month):
                values["end_date"] = back
                if _EXACTLY.search(s):
                    rough.discard("end_date")
        if "still_employed" not in flags:  # 合同到期半年了，我还在上班: the contract ended, the job did not
            flags.add("left_job")
    period = _months_value(*_first_duration(_SERVICE_PERIOD, s))
    if period is None and (m := _SERVICE_YEARS_EN.search(s)):  # a 3-year service period
        period = Decimal(m.group(1)) * 12
    if period is not None and period > 0:
        values["service_period_months"] = period
        left = _months_value(*_first_duration(_SERVICE_LEFT, s))
        done = _months_value(*_first_duration(_SERVICE_DONE, s))
        if left is not None and left <= period:
            values["service_served_months"] = period - left
        elif done is not None:
            values["service_served_months"] = done
        elif (begun := _service_start(s, today=today, period=period)) is not None:
            # 服务期3年，去年6月1号开始算，打算12月1号走人: served from its first day to the leaving (or to today)
            end = values.get("end_date")
            served = _months_between(begun, end if isinstance(end, date) and end > begun else today)
            if served is not None and 0 <= served <= period:
                values["service_served_months"] = served.quantize(Decimal("1"))
        elif tenure is not None and tenure < period:
            # 签了5年服务期，干了3年: the time worked, when shorter than the period, is the time served (said so)
            values["service_served_months"] = tenure
    for name, patterns, english in (("contract_months", _CONTRACT_TERM, _CONTRACT_YEARS_EN),
                                    ("probation_months", _PROBATION_TERM, _PROBATION_MONTHS_EN)):
        months, days, _almost = _first_duration(patterns, s)
        if months is None and (m := english.search(s)):
            token = next(g for g in m.groups() if g)
            count = _EN_NUMBER_WORDS.get(token, None) or int(token)
            months = Decimal(count) * (12 if name == "contract_months" else 1)
        if months is not None and months > 0:
            values[name] = months
    extended, _days, _almost = _first_duration(_PROBATION_EXTENDED, s)
    if isinstance(agreed := values.get("probation_months"), Decimal) and extended is not None and 0 < extended <= agreed:
        values["probation_months"] = agreed + extended  # 试用期3个月…又给我延长了1个月试用期: four months in all
    if "contract_months" not in values and term_start is not None and term_end is not None and not states(_RENEWAL, s):
        # 合同期2025.3.1-2026.2.28: a term of twelve months (whole months when the span is within days of them; not
        # when a renewal is told: the contract in force is another)
        span = _months_between(term_start, term_end + timedelta(days=1))
        if span is not None and span >= 1:
            whole = span.quantize(Decimal("1"))
            values["contract_months"] = whole if abs(span - whole) <= Decimal("0.15") else span.quantize(Decimal("0.1"))
    insured, _days, _almost = _first_duration(_INSURED_FOR, s)
    if insured is None and _ALWAYS_INSURED.search(s) and values.get("tenure_months"):
        insured = values["tenure_months"]  # 干了6年，社保一直交着: paid all the years worked there
    elif insured is not None and _PRIOR_INSURED.search(s) and _ALWAYS_INSURED.search(s) and values.get("tenure_months"):
        insured += values["tenure_months"]  # 这里干了2年8个月一直交着，之前在别的厂也交过3年: the years add up
    if insured is None and (r := _INSURED_SPAN.search(s)) is not None:
        # 失业保险从2022年3月一直交到2026年10月: both months paid, 56 in all
        span = (int(r.group("y2")) - int(r.group("y1"))) * 12 + int(r.group("m2")) - int(r.group("m1")) + 1
        if 1 <= int(r.group("m1")) <= 12 and 1 <= int(r.group("m2")) <= 12 and 0 < span <= 600:
            insured = Decimal(span)
    if insured is not None and insured > 0:
        values["insured_months"] = insured
    unpaid = {m.group("m"): parse_money(m.group("v"), maximum=_MAX_WAGE) for m in _MONTHS_PAY_UNPAID.finditer(s)}
    if len(unpaid) >= 2 and None not in unpaid.values() and not _TOTAL.search(s):
        # 10月的4200没发，11月干了15天的2100也没拿到: two months' pay unpaid, told apart, owed together
        values["amount_owed"] = sum(unpaid.values(), Decimal(0))  # type: ignore[arg-type]
    if "amount_owed" in values and (_WAGE_WORD.search(s) or unpaid):
        flags.add("wage_owed")  # 工资7500，今年8、9、10三个月都没给，一共22500: a total of wages owed
    owed = _months_value(*_first_duration(_OWED, s, not_after=_OWED_NOT_WAGES))
    calendar = _calendar_months_owed(s)
    if calendar is not None and (owed is None or owed in calendar[1]):
        owed = calendar[0]  # "9月10月工资都没发": two months, not the ten a month's number read as a duration gives
    if owed is None and (since := _OWED_SINCE.search(s)) is not None \
            and not _MONTHS_COUNTED.search(s, since.end(), since.end() + 16):  # (从8月开始没发了，8、9、10三个月: as told)
        first = int(read_number(since.group("n")))
        if 1 <= first <= today.month:
            owed = Decimal(today.month - first + 1)  # 今年2月开始工资也不发了 (told in November): February to November
    arranged = _NO_PAY_ARRANGED.search(s)
    if arranged is not None:
        # 第一年不发工资只给每月500生活费: a term of the agreement (an apprentice's), not months owed, and the allowance is
        # what is paid, not the wage the work is owed (its floor is the minimum wage)
        owed = None
        told = arranged.group("v") or arranged.group("v2")
        allowance = parse_money(told, maximum=_MAX_WAGE) if told else None
        if allowance is not None and values.get("monthly_wage") == allowance:
            del values["monthly_wage"]
    if "竞业" in s and not _WAGES_UNPAID_NAMED.search(s):
        # 竞业限制…厂里每月给1000补偿…他们三个月没给钱: the non-compete's monthly pay unpaid after leaving, not wages
        owed = None
        flags.discard("wage_owed")
    if owed is not None:
        values["owed_months"] = owed
        flags.add("wage_owed")
    if "injury_date" not in values:
        since = _first_duration(_SINCE_INJURY, s)
        back = _day_back(today, *since)
        if back is not None:
            values["injury_date"] = back
            flags.add("injured")
            if since[0] is not None:  # 受伤半年了: months back, no day
                rough.add("injury_date")
    if "ruling_date" not in values:
        back = _day_back(today, *_first_duration(_SINCE_RULING, s))
        if back is not None:
            values["ruling_date"] = back
    if "injury_date" in values and _MINOR_CRASH.search(s) and not states(_FLAG_PATTERNS["injured"][0], s) \
            and not flags & {"fracture", "head_injury", "amputation", "hospitalized", "death"}:
        del values["injury_date"]  # 路上出了个小追尾，交警判我次要责任: a scrape with nobody hurt, no injury's day
        rough.discard("injury_date")
    if "injury_date" in values and _owners_only("injured", s):
        del values["injury_date"]  # 老板上个月出车祸走了: the day of the owner's accident, not of an injury at work
        rough.discard("injury_date")
    if "injury_date" in values and not _NO_INJURY.search(s) \
            and not (_COLLAPSE.search(s) and not _INJURY_EVENT.search(_CLAIM_NAMED.sub("，", _COLLAPSE.sub("，", s)))):
        flags.add("injured")  # (not a collapse alone: a sudden illness, no injury)
    if "collapse_survived" in flags and not _INJURY_EVENT.search(_CLAIM_NAMED.sub("，", _COLLAPSE.sub("，", s))):
        flags.discard("injured")  # 晕倒了…已经出院, with no injury by accident told: an illness, not a work injury
    end = values.get("end_date")
    if isinstance(end, date) and end > today and "dismissed" in flags and _TERM_RUNS_ON.search(s):
        # 干了3年8个月，合同明年6月才到期…让我下周就别来了: the contract's own end, still ahead, not the job's
        values["contract_end_date"] = end
        del values["end_date"]
        rough.discard("end_date")
        end = None
    if "contract_expired" in flags and isinstance(end, date) and end <= today and _KEPT_ON.search(s) \
            and flags & {"still_employed", "dismissed"}:
        if (expiry := _expiry_before(s, end, today)) is not None:
            values["contract_end_date"] = expiry  # 合同8月31号到期…11月22号说不用来了: both days told
        else:
            values["contract_end_date"] = end
            if "dismissed" in flags:  # kept on past the expiry, then dismissed (no day told: today): the job ends now
                values["end_date"] = end = today
    floor = values.get("minimum_wage")
    m = _TAKE_HOME.search(s) if isinstance(floor, Decimal) else None
    paid = read_number((m.group("v") or m.group("e")).replace(",", "")) if m else None
    if paid is not None and isinstance(floor, Decimal) and paid >= floor:
        flags.add("above_minimum_wage")  # 到手就3100了（我们这最低工资2490）: docked, but not below the minimum wage
    if end is None and not flags & {"left_job", "resigned", "dismissed", "still_employed"} and _MEANS_TO_QUIT.search(s):
        flags.add("asks_to_quit")  # 我能不能直接辞职还要补偿: asking whether to quit, so still in the job
    if isinstance(end, date) and end <= today and "still_employed" not in flags:
        flags.add("left_job")
    elif isinstance(end, date) and end > today:  # 打算干到11月30号就不干了, 12月5日就要离职了: the job goes on today
        flags.discard("left_job")
        flags.add("still_employed")

    workers, shared = _workers(s)
    if workers is not None:
        values["workers"] = workers
    if ((shared and not _CHAT_GROUP_COUNT.search(s)) or _group_claim_sentence(s)) and not (
            workers is not None and workers < 10):  # 全厂停工, but 车间8个人 are the ones claiming
        flags.add("group")  # ten or more in one claim: the count or 全厂 in a sentence about a claim
    elif workers is not None and 2 <= workers < 10 and _TOGETHER.search(s):
        flags.add("small_group")  # 我们9个人想一起去仲裁: together, but fewer than the ten of a collective dispute
    grade = _grade(s)
    if grade is not None:
        values["disability_grade"] = grade
        flags.update({"disability", "injured"})
    babies = _babies(s)
    if babies is not None:
        values["babies"] = babies
    if (m := _LEAVE_DAYS.search(s)) is not None:
        told = int(m.group("d") or m.group("e") or m.group("d2"))
        if _MIN_LEAVE_DAYS <= told <= _MAX_LEAVE_DAYS:
            values["leave_days"] = told  # 产假从4月6号休到9月30号，一共178天: the leave in all, the allowance's days
    days = _hospital_days(s)
    if days is not None:
        values["hospital_days"] = days
        flags.add("hospitalized")
    if _over_retirement_age(s, by_birth_or_plain_age=not _PENSION_DRAWN.search(s)):
        # (a pensioner's age read only as before: the pension already tells the rules what they need)
        flags.add("over_retirement_age")

    weekday, restday, holiday, total, stretch = _overtime(s, approved_scheme="scheme_approved" in flags)
    for name, value in (("weekday_overtime_hours", weekday), ("restday_overtime_hours", restday),
                        ("holiday_overtime_hours", holiday)):
        if value is not None:
            values[name] = value
            flags.add("overtime")
    if "refused_overtime" in flags and "overtime" not in flags:
        flags.discard("refused_overtime")  # 不想加 of anything but overtime, 吃不消 of a workload alone
    if (weekday or restday) and (clock := _clock_meal_hour_taken(s)) is not None and _day_hours(s) == clock - 1:
        values["day_clock_hours"] = clock  # 每晚10点上到早上8点 with no break told: counted as 9 hours, said so
    if total and (weekday is not None or restday is not None):
        flags.add("overtime_total")
    elif stretch is not None and (weekday or restday):
        values["overtime_days"] = stretch  # 连着上了28天班: the hours are those 28 days'
    elif (weekday or restday) and (months := _overtime_months(s)) is not None:
        values["overtime_months"] = months  # 1月到10月每个月加班50小时: ten months of it
    elif (weekday or restday) and (months := _standing_schedule_months(s, values, today)) is not None:
        # 2024年9月1号入职，每天早10点到晚10点…一个月休4天…今年2月20号我辞职了: the schedule of the whole job
        values["overtime_months"] = months

    city, province = _place(s, places)
    values["city"], values["province"] = city, province
    rough = {name for name in rough if name in values}
    facts = Facts(flags=frozenset(flags & FACT_FLAGS), rough_dates=frozenset(rough),  # type: ignore[arg-type]
                  **values).plausible()
    if facts.contract_months is not None and facts.probation_months is not None \
            and facts.probation_months > probation_limit(facts.contract_months):
        # 合同签了1年，试用期3个月: longer than 劳动合同法第十九条 allows, whatever else is asked (少给我的能要回来吗)
        facts = replace(facts, flags=facts.flags | {"probation_over_limit"})
    months = _tenure_months(facts)
    if months is None:
        return facts
    if facts.work_months is None and _FIRST_JOB.search(s):
        # 毕业后就在这家公司上班: the years here are all the years worked (annual leave counts them)
        facts = replace(facts, work_months=months.quantize(Decimal("0.1")))
    # The first month, the rest of the first year and after it are different situations (a contract not signed).
    band = "tenure_under_1m" if months < 1 else "tenure_1_12m" if months < 12 else "tenure_over_12m"
    # Ten years with the employer is a situation of its own: the open-ended contract (劳动合同法第十四条); with no two
    # fixed terms told, it is the one ground the worker has (ten_years_only).
    ten = {"tenure_over_10y"} | (set() if "second_fixed_term" in facts.flags else {"ten_years_only"})
    # Near retirement with fewer than fifteen years here and no other ground that carries a contract past its end
    # (劳动合同法第四十二、四十五条): the contract may end when it runs out, with N.
    short = ({"near_retirement_under_15y"} if "near_retirement" in facts.flags and months < 180
             and not facts.flags & _EXTENDED_BY_LAW else set())
    return replace(facts, flags=facts.flags | {band} | (ten if months >= 120 else set()) | short)


_PROFILE_DAY = date(2026, 1, 1)  # a fixed day: a rule's profile must not change with the calendar


def situation_flags(text: str) -> frozenset[str]:
    """The facts a situation phrasing states, as :func:`profile_flags` gives them (the profile of a rule's
    situations, knowledge.rules)."""
    return profile_flags(extract_facts(text, today=_PROFILE_DAY))


def profile_flags(facts: Facts) -> frozenset[str]:
    """The fact flags, with the band of a disability grade ("grade_1_4", "grade_5_6", "grade_7_10": the
    benefits differ by band) for matching a message against the profiles of the rules' situations."""
    band = None
    if facts.disability_grade is not None:
        g = facts.disability_grade
        band = "grade_1_4" if g <= 4 else "grade_5_6" if g <= 6 else "grade_7_10"
    return frozenset(facts.flags | ({band} if band else set()))


# The grounds besides fifteen years near retirement that carry a contract past its end (劳动合同法第四十二、四十五条).
_EXTENDED_BY_LAW = frozenset({"sick_leave", "hospitalized", "injured", "occupational_disease", "pregnant",
                              "pregnancy_period", "maternity_leave", "nursing", "service_period", "disease_diagnosed"})


def _tenure_months(facts: Facts) -> Decimal | None:
    """How long the worker has worked (or worked) there, in months: as stated, or from the start date to the
    end date (or to the day of the message)."""
    if facts.tenure_months is not None:
        return facts.tenure_months
    return _months_between(facts.start_date, facts.service_end() or facts.as_of)


def _months_between(start: date | None, end: date | None) -> Decimal | None:
    """Months from one day to another (30.44 days a month), or None when either is missing or the end comes first."""
    if start is None or end is None or end < start:
        return None
    return Decimal((end - start).days) / Decimal("30.44")
