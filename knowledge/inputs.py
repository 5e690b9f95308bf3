"""What workers type → typed values for the calculators: money, dates, durations, overtime, yes/no.

Pure functions, no I/O. Every parser returns None when it cannot read the text with
confidence, so the caller can ask again rather than compute with a guess. Absurd values are not
read either: a date is no wage ("2099年13月" is not 2,099元), an exponent is no amount ("1e309"),
a duration past a working life (over 50 years), a date that does not exist or lies before 1950
or more than five years ahead, amounts over 10,000,000元. :func:`parse_input` tells these apart
from text it cannot read: it returns a :class:`Refused` naming why, so the worker is told.

A date may be answered with a length of time ("干了13年" for a start date, "离职10个月了" for
an end date): ``parse_input`` returns a :class:`Duration` then, and the calculators count the
date back from it and say so. An optional input the worker cannot give ("不知道") reads as
:data:`UNKNOWN`, an answer rather than a gap, so it is not asked again.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final

from knowledge.numerals import cn_to_int, digits_to_arabic, fold_width, read_number

if TYPE_CHECKING:
    from knowledge.calculators.model import InputSpec

__all__ = [
    "EARLIEST_DATE",
    "MAX_DAYS",
    "MAX_HOURS",
    "MAX_MONEY",
    "MAX_MONTHS",
    "UNKNOWN",
    "Duration",
    "OvertimeHours",
    "Refused",
    "Unknown",
    "latest_date",
    "parse_bool",
    "parse_choice",
    "parse_date",
    "parse_days",
    "parse_hours",
    "parse_input",
    "parse_int",
    "parse_money",
    "parse_months",
    "parse_overtime",
    "parse_still_employed",
    "parse_tenure",
    "parse_time_since",
    "parse_unknown",
]

# Bounds of the plausible: a value outside them is refused, never computed with.
MAX_MONEY = Decimal(10000000)  # a wage or an amount of one worker's claim, in yuan
MAX_MONTHS = Decimal(600)  # fifty years: a working life
EARLIEST_DATE = date(1950, 1, 1)
_YEARS_AHEAD = timedelta(days=5 * 366)  # a contract may end a few years from now, no later
_CENT = Decimal("0.01")
MAX_HOURS = Decimal(10000)
MAX_DAYS = 3660  # ten years, counted in days

_NEGATIVE_RE = re.compile(r"(?:^|[^0-9])[-−]\s*[0-9]|负\s*[0-9零一二两三四五六七八九十]")
# Exponents and words for what is not a number: nobody types a wage as 8e3, and 1e309 overflows a float.
_NOT_PLAIN_RE = re.compile(r"\d\s*e\s*[+-]?\s*\d|\b(?:inf(?:inity)?|nan)\b|无穷|∞", re.IGNORECASE)


def _normalize(text: object) -> str:
    return fold_width(str(text or "")).strip()


def latest_date(today: date) -> date:
    """The latest date a worker's answer may name: five years ahead (a fixed-term contract's end)."""
    return today + _YEARS_AHEAD


# ---------------------------------------------------------------------------------------------
# Money: 8000, 8千5, 八千五, 1万2, 0.8万, 一万二千 (numerals read by knowledge.numerals)


_MONEY_RUN_RE = re.compile(r"[0-9.零〇○一二两三四五六七八九十百千万亿kKwW]+")
_HAS_DIGIT_RE = re.compile(r"[0-9零〇○一二两三四五六七八九十]")
_STRONG_RE = re.compile(r"[0-9十百千万亿kKwW]")
# A number followed by one of these counts something else: 2023年, 3月, 15号, 3个月, 35岁, 12小时.
_NOT_MONEY_AFTER_RE = re.compile(r"\s*(?:年|月|日|号|天|个|岁|周|星期|礼拜|小时|钟头|分钟|次|人|倍|%|级|楼|层|"
                                 r"[-/:]\s*\d|years?\b|months?\b|days?\b|hours?\b|weeks?\b)", re.IGNORECASE)
_DATE_LIKE_RE = re.compile(r"(?<!\d)\d{4}\s*(?:年|[-/.]\s*\d{1,2})|(?<!\d)\d{8}(?!\d)|"
                           r"(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_TOO_LONG_RE = re.compile(r"亿|\d{16,}")


def _amount(s: str) -> Decimal | None:
    """The amount a normalized answer names, unbounded and unrounded (None when there is none to read)."""
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))|(?<=\d)\s(?=\d)", "", s)
    if _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s):
        return None
    runs = [m.group().strip(".") for m in _MONEY_RUN_RE.finditer(s)
            if not _NOT_MONEY_AFTER_RE.match(s, m.end()) and s[m.start() - 1:m.start()] not in ("-", "/", ":")]
    runs = [r for r in runs if _HAS_DIGIT_RE.search(r)]
    # A lone Chinese digit (一个月8000) is a word, not the amount, when a real number follows.
    strong = [r for r in runs if _STRONG_RE.search(r)]
    if not runs:
        return None
    return _num((strong or runs)[0])


def parse_money(text: object, *, maximum: Decimal = MAX_MONEY) -> Decimal | None:
    """Return the amount of money a worker typed, in yuan rounded to cents, or None.

    Reads "8000", "8000元", "8千", "8k", "0.8万", "一万二", "1万2", "八千五", "￥8,000", "８，０００",
    "月薪8000左右", "5000块". A number that counts something else is skipped ("2023年工资8000" is
    8000; "2099年13月" and "3个月" are no amount). Negative amounts, amounts below a cent or over
    ``maximum`` (10,000,000), exponents ("1e309") and 亿 past the maximum give None.
    """
    value = _amount(_normalize(text))
    if value is None:
        return None
    value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    if value <= 0 or value > maximum:
        return None
    return value


# ---------------------------------------------------------------------------------------------
# Dates

_TODAY_RE = re.compile(r"今天|今日|现在|至今|目前|当前|此刻|\btoday\b|\bnow\b")
# Still working there: the end of employment is today (a calculation "as of now").
_STILL_EMPLOYED_RE = re.compile(
    r"还在(?:干|做|上班|工作|职|厂里|公司)|仍在(?:职|干|上班|工作)|在职|没(?:有)?离职|未离职|没走|"
    r"\bstill (?:employed|working|work(?:ing)? there|there|on the job)\b|\bcurrently (?:employed|working)\b")
_CN_YEAR_RE = re.compile(r"[〇零○一二三四五六七八九]{4}(?=\s*年)")
_CN_MD_RE = re.compile(r"[零一二三四五六七八九十两]{1,3}(?=\s*(?:月|日|号))")
_FULL_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})(?:\s*(?:月|[-/.])\s*(\d{1,2})\s*(?:日|号)?|\s*月)?(?!\d)")
_COMPACT_DATE_RE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_YEAR_ONLY_RE = re.compile(r"(?<!\d)(\d{4})\s*年(?!\s*\d)")
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
_MONTH_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})\s*月(?:\s*(\d{1,2})\s*(?:日|号)?)?")
_DAY_ONLY_RE = re.compile(r"^(\d{1,2})\s*(?:日|号)$")


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def shift_months(day: date, months: Decimal | int) -> date:
    """The same day ``months`` months later (earlier when negative), clamped to the month's last day;
    a fraction of a month counts as 30 days (2024-06-10 − 10 → 2023-08-10; − 0.5 → 2024-05-26)."""
    months = Decimal(months)
    whole = int(months)  # towards zero, so −2.5 → −2 months and −15 days
    index = day.year * 12 + day.month - 1 + whole
    year, month = divmod(index, 12)
    shifted = date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    return shifted + timedelta(days=int(((months - whole) * 30).to_integral_value(rounding=ROUND_HALF_UP)))


def parse_date(text: object, *, today: date) -> date | None:
    """Return the date a worker typed, or None if it cannot be read, does not exist (2023年2月30日,
    2099年13月) or lies before 1950 or more than five years after ``today``.

    "2023年3月" and "2023.3" mean the first of the month; "2023年3月15日", "2023-03-15",
    "2023/3/15", "20230315"; relative forms against ``today``: "去年3月", "今年5月", "前年"
    (1 January), "上个月" (its first day), "今天"/"至今"/"还在干" (still employed: today),
    "3天前", "10个月前", "离职10个月了" (counted back from ``today``), "3月15号" (this year, or
    last year if that would be in the future).
    """
    found = _read_date(_normalize(text).lower(), today=today)
    return found if found is not None and EARLIEST_DATE <= found <= latest_date(today) else None


def _read_date(s: str, *, today: date) -> date | None:
    """The date a normalized answer names, before the bounds of the plausible."""
    if not s:
        return None
    # Chinese numerals: 二〇二三年三月十五日 → 2023年3月15日
    s = _CN_YEAR_RE.sub(lambda m: digits_to_arabic(m.group()), s)
    s = _CN_MD_RE.sub(lambda m: str(cn_to_int(m.group()) or m.group()), s)

    # An explicit date wins over words around it ("2023年3月至今" started in March 2023).
    m = _FULL_DATE_RE.search(s)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    m = _COMPACT_DATE_RE.search(s)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _YEAR_ONLY_RE.search(s)
    if m:
        return _make_date(int(m.group(1)), 1, 1)

    if _TODAY_RE.search(s) or parse_still_employed(s):
        return today
    ago = _AGO_DAYS_RE.search(s)
    if ago and (n := _num(ago.group(1))) is not None and n == n.to_integral():
        return today - timedelta(days=int(n) * (7 if ago.group(2) in ("周", "星期", "礼拜", "week", "weeks") else 1))
    if "昨天" in s:
        return today - timedelta(days=1)
    if "上上个月" in s or "上上月" in s:
        return _shift_month(today, -2)
    if "上个月" in s or "上月" in s:
        return _shift_month(today, -1)
    if "这个月" in s or "本月" in s:
        return _shift_month(today, 0)

    for word, offset in _RELATIVE_YEAR.items():
        if word in s:
            rest = s.split(word, 1)[1]
            md = _MONTH_DAY_RE.search(rest)
            if md:
                return _make_date(today.year + offset, int(md.group(1)), int(md.group(2) or 1))
            return _make_date(today.year + offset, 1, 1)

    # After the calendar words: "前年3月" is a date, "离职10个月了" a time since.
    since = parse_time_since(s)
    if since is not None:
        return shift_months(today, -since)
    md = _MONTH_DAY_RE.search(s)
    if md:
        month, day = int(md.group(1)), int(md.group(2) or 1)
        found = _make_date(today.year, month, day)
        if found is None and month == 2 and day == 29:
            found = _make_date(today.year - 1, month, day)  # 2月29号 said in a non-leap year
        if found is not None and found > today:
            found = _make_date(today.year - 1, month, day)
        return found
    dm = _DAY_ONLY_RE.match(s)
    if dm:
        day = int(dm.group(1))
        found = _make_date(today.year, today.month, day)
        if found is None or found > today:
            prev = _shift_month(today, -1)
            found = _make_date(prev.year, prev.month, day)
        return found
    return None


# ---------------------------------------------------------------------------------------------
# Durations

_NUM = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+)"
_YEARS_RE = re.compile(_NUM + r"\s*(?:个)?\s*(?:周年|年|years?|yrs?|y\b)\s*(半)?")
_MONTHS_RE = re.compile(_NUM + r"\s*(?:个)?\s*(半)?\s*(?:月|months?|mos?\b|m\b)")
_HALF_YEAR_RE = re.compile(r"(?<![0-9零一二两三四五六七八九十])半\s*年")
_HALF_MONTH_RE = re.compile(r"(?<![0-9零一二两三四五六七八九十])半\s*个?\s*月")
_BARE_NUMBER_RE = re.compile(r"^\s*" + _NUM + r"\s*$")


def _num(token: str) -> Decimal | None:
    return read_number(token)


def _tidy(value: Decimal) -> Decimal:
    """36.0 → 36 and 2.50 → 2.5, never an exponent (Decimal.normalize turns 360 into 3.6E+2)."""
    if value == value.to_integral():
        return Decimal(int(value))
    return value.normalize()


def _sum_units(s: str, pattern: re.Pattern, scale: Decimal,
               half: Decimal = Decimal(0)) -> tuple[Decimal, bool, str] | None:
    """Add up every "<number><unit>" match (× ``scale``, plus ``half`` when group 2 says 半).

    Return (total, whether anything matched, the text with the matches blanked), or None when
    a number cannot be read.
    """
    total, found = Decimal(0), False
    for m in pattern.finditer(s):
        value = _num(m.group(1))
        if value is None:
            return None
        has_half = pattern.groups >= 2 and m.group(2)
        total += value * scale + (half if has_half else 0)
        found = True
    return total, found, pattern.sub(" ", s)


def parse_months(text: object) -> Decimal | None:
    """Return a duration in months: "3年" → 36, "两年半" → 30, "1年8个月" → 20, "半年" → 6.

    A bare number is read as months. None when no duration can be read, it is negative, or longer
    than a working life (50 years: "999999个月", a year "2099年" read as years).
    """
    months = _months(_normalize(text).lower())
    return months if months is not None and months <= MAX_MONTHS else None


def _months(s: str) -> Decimal | None:
    """The duration a normalized answer names, in months, unbounded."""
    if not s or _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s):
        return None
    years = _sum_units(s, _YEARS_RE, Decimal(12), Decimal(6))
    months = _sum_units(years[2], _MONTHS_RE, Decimal(1), Decimal("0.5")) if years else None
    if years is None or months is None:
        return None
    total, found, rest = years[0] + months[0], years[1] or months[1], months[2]
    if _HALF_YEAR_RE.search(rest):
        total += 6
        found = True
    elif _HALF_MONTH_RE.search(rest):
        total += Decimal("0.5")
        found = True
    if not found:
        bare = _BARE_NUMBER_RE.match(s)
        if not bare:
            return None
        value = _num(bare.group(1))
        if value is None:
            return None
        total, found = value, True
    return _tidy(total)


_AGO_DAYS_RE = re.compile(r"(\d+|[零一二两三四五六七八九十]+)\s*(?:个)?\s*(天|日|周|星期|礼拜|days?|weeks?)"
                          r"\s*(?:前|以前|之前|ago)")
# Words that make a length of time a time since leaving, not a tenure.
_SINCE_RE = re.compile(r"前|以前|之前|离职|辞职|走了|离开|被辞|被开除|被裁|不干了?|没干了|解除|"
                       r"\bago\b|\bleft\b|\bquit\b|\bsince\b|\bfired\b|\blaid off\b")
_FOUR_DIGIT_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_UNIT_RE = re.compile(r"年|月|year|month|\byrs?\b|\bmos?\b")
# A month of the calendar ("3月", "去年"), not a number of months ("3个月").
_CALENDAR_RE = re.compile(r"[0-9零一二两三四五六七八九十]\s*月|去年|前年|今年|明年|[0-9]\s*[号日]")


def _duration_months(s: str, *, bounded: bool = True) -> Decimal | None:
    """A length of time with its unit ("13年", "8个月", "两年半", "10 months") in months, or None
    (also past a working life, unless not ``bounded``)."""
    if _FOUR_DIGIT_YEAR_RE.search(s) or _CALENDAR_RE.search(s) or not _UNIT_RE.search(s):
        return None
    months = _months(s)
    if months is None or months <= 0 or (bounded and months > MAX_MONTHS):
        return None
    return months


def parse_tenure(text: object) -> Decimal | None:
    """Return how long the worker has worked there, in months: "干了13年" → 156, "入职8个月" → 8,
    "两年半" → 30, "13 years" → 156. None for a date, a bare number or a time since leaving."""
    s = _normalize(text).lower()
    if not s or _SINCE_RE.search(s.replace("入职", "")) or _NEGATIVE_RE.search(s):
        return None
    return _duration_months(s)


def parse_time_since(text: object) -> Decimal | None:
    """Return how long ago something happened, in months: "离职10个月了" → 10, "半年前" → 6,
    "left 2 years ago" → 24. None without a word saying it is a time since (前, 离职, ago …)."""
    s = _normalize(text).lower()
    if not s or not _SINCE_RE.search(s) or _NEGATIVE_RE.search(s):
        return None
    return _duration_months(s)


def parse_still_employed(text: object) -> bool:
    """Return whether the text says the worker still works there ("还在干", "在职", "still employed")."""
    return bool(_STILL_EMPLOYED_RE.search(_normalize(text).lower()))


@dataclass(frozen=True)
class Duration:
    """A date given as a length of time: a tenure ("干了13年") or a time since (``since``: "离职10个月了").

    ``str()`` is a wording :func:`parse_tenure` or :func:`parse_time_since` reads back, so the value
    survives being kept as text between two messages.
    """

    months: Decimal
    since: bool = False

    def __str__(self) -> str:
        return f"left {self.months} months ago" if self.since else f"worked {self.months} months"


_HOURS_RE = re.compile(_NUM + r"\s*(?:个)?\s*(半)?\s*(?:小时|钟头|hours?|hrs?|h\b)")
_MINUTES_RE = re.compile(_NUM + r"\s*(?:分钟|分|minutes?|mins?)")
_HALF_HOUR_RE = re.compile(r"(?<![0-9零一二两三四五六七八九十])半\s*个?\s*(?:小时|钟头)")
_NONE_WORDS_RE = re.compile(r"^(?:没有|没|无|不加班|没加班|none|no|0)$")


def parse_hours(text: object) -> Decimal | None:
    """Return a number of hours: "10", "10小时", "两个半小时" → 2.5, "2小时30分钟" → 2.5, "90分钟" → 1.5.

    "没有"/"无"/"none" give 0. None when unreadable, negative or absurd (over 10,000 hours).
    """
    hours = _hours(_normalize(text).lower())
    return hours if hours is not None and hours <= MAX_HOURS else None


def _hours(s: str) -> Decimal | None:
    """The hours a normalized answer names, unbounded."""
    if not s or _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s):
        return None
    if _NONE_WORDS_RE.match(s):
        return Decimal(0)
    hours = _sum_units(s, _HOURS_RE, Decimal(1), Decimal("0.5"))
    if hours is None:
        return None
    total, found, rest = hours
    if _HALF_HOUR_RE.search(rest):
        total += Decimal("0.5")
        found = True
    minutes = _sum_units(rest, _MINUTES_RE, Decimal(1) / 60)
    if minutes is None:
        return None
    total, found = total + minutes[0], found or minutes[1]
    if not found:
        bare = _BARE_NUMBER_RE.match(s)
        if not bare:
            return None
        value = _num(bare.group(1))
        if value is None:
            return None
        total = value
    return _tidy(total.quantize(_CENT, rounding=ROUND_HALF_UP))


_INT_RE = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+")


def parse_int(text: object) -> int | None:
    """Return the first whole number in the text ("15", "十五", "15天" → 15), or None (also for an
    exponent, 1e5, or a number of more than 15 digits)."""
    s = _normalize(text)
    if not s or _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s):
        return None
    m = _INT_RE.search(s)
    if not m:
        return None
    value = _num(m.group())
    if value is None or value != value.to_integral():
        return None
    return int(value)


_PERIOD_WORDS = (
    (re.compile(r"日结|天结|每天|每日|按天|按日"), 1),
    (re.compile(r"半个?月"), 15),
    (re.compile(r"周结|每周|按周|每星期|一周|一个?星期|one week|weekly"), 7),
    (re.compile(r"月结|每月|按月|一个月|monthly"), 30),
)
_DAYS_RE = re.compile(_NUM + r"\s*(?:个)?\s*(天|日|周|星期|礼拜|月)")


def parse_days(text: object) -> int | None:
    """Return a number of days: "15", "15天", "两周" → 14, "半个月" → 15, "月结" → 30, "日结" → 1.

    A month counts as 30 days. None when unreadable or over ten years.
    """
    days = _days(_normalize(text).lower())
    return days if days is not None and days <= MAX_DAYS else None


def _days(s: str) -> int | None:
    """The days a normalized answer names, unbounded."""
    if not s or _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s):
        return None
    m = _DAYS_RE.search(s)
    if m and not re.search(r"半个?月", s):
        value = _num(m.group(1))
        if value is None or value != value.to_integral():
            return None
        factor = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "月": 30}[m.group(2)]
        return int(value) * factor
    for pattern, days in _PERIOD_WORDS:
        if pattern.search(s):
            return days
    return parse_int(s)


# ---------------------------------------------------------------------------------------------
# Overtime of three kinds in one answer: "平时每月36小时，周末2天，国庆加班3天"


@dataclass(frozen=True)
class OvertimeHours:
    """Overtime hours of each kind (a day counts 8 hours); None for a kind the text does not mention.

    ``str()`` is a wording :func:`parse_overtime` reads back, so the value survives being kept as text.
    """

    weekday: Decimal | None = None
    rest_day: Decimal | None = None
    holiday: Decimal | None = None

    def __str__(self) -> str:
        parts = [f"{label} {value} hours" for label, value in
                 (("weekdays", self.weekday), ("rest days", self.rest_day), ("holidays", self.holiday))
                 if value is not None]
        return ", ".join(parts) or "none"


_DAY_HOURS = Decimal(8)
_OT_NUM = (r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_EN_NUMBERS = {w: Decimal(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# Leftmost alternative wins at a position, so the longer words come first.
_OT_KINDS = re.compile(
    r"(?P<holiday>法定节假日|法定假日|法定节日|节假日|法定假|国庆|春节|过年|元旦|清明|五一|劳动节|端午|中秋|假期|节日|"
    r"public holidays?|statutory holidays?|national day|spring festival|new year|holidays?)|"
    r"(?P<rest_day>休息日|周末|双休日?|周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|礼拜日|"
    r"rest[- ]days?|weekends?|saturdays?|sundays?|days? off)|"
    r"(?P<weekday>平时|平日|工作日|日常|下班后|下班以后|晚上|延时|延长|每天|每晚|"
    r"weekdays?|working days?|workdays?|evenings?|after work|after hours)")
# A count of single days named by the day itself: "2 Sundays", "3个节假日".
_OT_DAY_NOUNS = re.compile(
    _OT_NUM + r"\s*(?:个)?\s*(?:(?P<rest_day>周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|礼拜日|saturdays?|sundays?)|"
    r"(?P<holiday>(?:法定)?节假日|法定假日|节日|(?:public |statutory )?holidays?))")
# "2个周末": one day or two? A weekend is ambiguous (单休/双休), so it is not guessed.
_OT_WEEKENDS = re.compile(_OT_NUM + r"\s*(?:个)?\s*(?:周末|weekends?)")
_OT_AMOUNT = re.compile(
    _OT_NUM + r"\s*(?:个)?\s*(半)?\s*(?P<unit>小时|钟头|hours?|hrs?|h\b|天|日|days?)?\s*(半)?(?![0-9月号元块万千kK%])")
_OT_HALF_DAY = re.compile(r"(?<![0-9零一二两三四五六七八九十])半\s*(?:个)?\s*(天|日|小时|钟头)")
_OT_ZERO = re.compile(r"没有(?!给|发|付|支付|算|结)|没加班?|没上|无|零|不加班|"
                      r"\bnone\b|\bno\b|\bzero\b|\bnil\b|\bnot any\b")
_NO_OVERTIME_RE = re.compile(r"都没有|全都没有|都没|都是0|都为0|全是0|没有加班|没加班|no overtime")
_OT_CLAUSES = re.compile(r"[，,；;。\n、]|\band\b|\bplus\b|以及|还有|另外")


def _ot_number(token: str) -> Decimal | None:
    return _EN_NUMBERS.get(token) if token in _EN_NUMBERS else _num(token)


def parse_overtime(text: object) -> OvertimeHours | None:
    """Return the overtime of each kind a worker typed in one answer, in hours (days × 8).

    "平时每月36小时，周末2天，国庆加班3天" → 36, 16, 24; "weekdays 20 hours, 2 Sundays, no
    holidays" → 20, 16, 0; "0" or "没有" → 0, 0, 0. An amount belongs to the kind named before it
    in its clause (or after it: "20 hours on weekdays"); a kind named with 没有/no/0 is 0; a kind
    not mentioned is None. None when no kind can be told, when the text is ambiguous ("2个周末"), or
    absurd (a kind over 10,000 hours).
    """
    hours = _overtime(_normalize(text).lower())
    if hours is None or any(v is not None and v > MAX_HOURS for v in (hours.weekday, hours.rest_day, hours.holiday)):
        return None
    return hours


def _overtime(s: str) -> OvertimeHours | None:
    """The overtime a normalized answer names, unbounded."""
    if not s or _NEGATIVE_RE.search(s) or _NOT_PLAIN_RE.search(s) or _OT_WEEKENDS.search(s):
        return None
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    if _NONE_WORDS_RE.match(s) or _NO_OVERTIME_RE.fullmatch(s):
        return OvertimeHours(Decimal(0), Decimal(0), Decimal(0))
    totals: dict[str, Decimal] = {}
    carried: str | None = None  # a kind named in a clause of its own: "平时加班，每月36小时"
    for clause in _OT_CLAUSES.split(s):
        clause = clause.strip()
        if not clause:
            continue
        found: list[tuple[str, Decimal]] = []
        for m in _OT_DAY_NOUNS.finditer(clause):
            n = _ot_number(m.group(1))
            if n is None:
                return None
            found.append(("rest_day" if m.group("rest_day") else "holiday", n * _DAY_HOURS))
        rest = _OT_DAY_NOUNS.sub(lambda m: " " * len(m.group()), clause)
        kinds = [(m.start(), m.lastgroup) for m in _OT_KINDS.finditer(rest)]
        amounts: list[tuple[int, Decimal, bool]] = []  # position, hours, whether a unit was typed
        for m in _OT_AMOUNT.finditer(rest):
            n = _ot_number(m.group(1))
            if n is None:
                return None
            unit = m.group("unit")
            half = Decimal("0.5") if (m.group(2) or m.group(4)) else Decimal(0)
            per_day = unit in ("天", "日", "day", "days")
            amounts.append((m.start(), (n + half) * (_DAY_HOURS if per_day else 1), unit is not None))
        for m in _OT_HALF_DAY.finditer(rest):
            amounts.append((m.start(), _DAY_HOURS / 2 if m.group(1) in ("天", "日") else Decimal("0.5"), True))
        # A number without a unit is an amount only when it is the clause's one number beside a kind
        # ("周末16"); otherwise it is a wage, a date or a count of something else.
        if not (len(amounts) == 1 and kinds):
            amounts = [a for a in amounts if a[2]]
        if not kinds and carried is not None and amounts:
            kinds = [(-1, carried)]
        for pos, hours, _unit in amounts:
            before = [k for p, k in kinds if p < pos]
            after = [k for p, k in kinds if p > pos]
            kind = before[-1] if before else (after[0] if after else None)
            if kind is None:
                return None  # hours of no stated kind: ask rather than guess
            found.append((kind, hours))
        named = {k for _, k in kinds}
        if found:
            for kind, hours in found:
                totals[kind] = totals.get(kind, Decimal(0)) + hours
        elif named and _OT_ZERO.search(rest):
            for kind in named:
                totals.setdefault(kind, Decimal(0))
        carried = kinds[-1][1] if kinds and not found and not _OT_ZERO.search(rest) else None
    if not totals:
        return None
    return OvertimeHours(*(None if totals.get(k) is None else _tidy(totals[k])
                           for k in ("weekday", "rest_day", "holiday")))


# ---------------------------------------------------------------------------------------------
# "I don't know" as an answer


class Unknown:
    """The answer "不知道" to an input the calculation can do without; ``str()`` reads back as unknown."""

    def __str__(self) -> str:
        return "unknown"

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = Unknown()
_UNKNOWN_RE = re.compile(r"^(?:unknown|skip|跳过|算了|n/?a)$|不知道|不清楚|不确定|不了解|不记得|没查|查不到|忘了|"
                         r"说不准|don'?t know|do not know|not sure|no idea|unsure")


def parse_unknown(text: object) -> bool:
    """Return whether the text says the worker does not know ("不知道", "不清楚", "don't know", "skip")."""
    return bool(_UNKNOWN_RE.search(_normalize(text).lower()))


# ---------------------------------------------------------------------------------------------
# Yes / no, choices

_UNSURE_RE = re.compile(r"不知道|不清楚|不确定|不记得|忘了|说不准|don't know|not sure|unsure")
_NO_RE = re.compile(r"没|不|否|无|未|非|还在职|\bno\b|\bnot\b|\bnope\b|\bnever\b|\bfalse\b|^n$|^0$|✗|❌")
_YES_RE = re.compile(r"是|对|有|签|嗯|好|行|可以|已|离职|申请了|给了|交了|缴了|买了|补休|调休|\byes\b|\byeah\b|\byep\b|"
                     r"\btrue\b|\bok\b|^y$|^1$|✓|✅")


def parse_bool(text: object) -> bool | None:
    """Return True for 是/对/有/签了/yes, False for 否/没有/没签/不是/no, None otherwise.

    Negations are read first, so 没有 and 不是 are False although they contain 有 and 是.
    """
    s = _normalize(text).lower()
    if not s or _UNSURE_RE.search(s):
        return None
    if _NO_RE.search(s):
        return False
    if _YES_RE.search(s):
        return True
    return None


# Words a worker may use for a choice value; a calculator's choices are looked up here.
_CHOICE_WORDS: dict[str, tuple[str, ...]] = {
    "arrears": ("欠薪", "拖欠", "欠工资", "工资", "劳动报酬", "加班费", "arrears", "unpaid wage", "wage"),
    "other": ("其他", "其它", "别的", "解除", "开除", "补偿", "赔偿", "other"),
    # Where a worker works, for a calculator with provincial figures (the fact extractor stores the
    # province's short name): Zhejiang, whose figures the corpus holds, or any other province.
    "zhejiang": ("浙江", "zhejiang", "hangzhou", "ningbo", "wenzhou", "杭州", "宁波", "温州"),
    "elsewhere": ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "安徽", "福建",
                  "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
                  "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾", "其他省", "外省", "other province",
                  "elsewhere"),
}


def parse_choice(choices: tuple[str, ...], text: object) -> str | None:
    """Return the choice the text names: the value itself, its 1-based number, or a known word."""
    s = _normalize(text).lower()
    if not s or not choices:
        return None
    for choice in choices:
        if s == choice.lower():
            return choice
    if s.isdigit() and 1 <= int(s) <= len(choices):
        return choices[int(s) - 1]
    hits = [c for c in choices if any(w in s for w in _CHOICE_WORDS.get(c, ()))]
    return hits[0] if len(hits) == 1 else None


@dataclass(frozen=True)
class Refused:
    """An answer read as the kind of value asked for but refused as implausible: a date given for a
    wage ("2099年13月"), an exponent ("1e309"), an amount over the bound, a duration past a working
    life ("干了999999个月"), a date that does not exist or lies far off.

    ``code`` says why: the calculators raise it as an ``InvalidInput`` code and the locales word it,
    filled with ``params``. ``str()`` is the worker's text, so an answer kept as text is refused
    again, with its reason, whenever it is read.
    """

    text: str
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.text


def parse_input(spec: InputSpec, text: object, *, today: date) -> object | None:
    """Return the typed value of ``text`` for the input ``spec`` (by its kind), a :class:`Refused`
    when it reads as such a value but an implausible one, or None when it cannot be read.

    money → Decimal, date → date (or a :class:`Duration`: a tenure for ``start_date``, a time
    since for ``end_date``), months/hours → Decimal, int → int (days for inputs whose name ends
    in ``_days``), bool → bool, choice → one of ``spec.choices``, overtime → :class:`OvertimeHours`.
    :data:`UNKNOWN` when the worker says they do not know and ``spec.may_be_unknown``.
    """
    if spec.may_be_unknown and parse_unknown(text):
        return UNKNOWN
    value = _typed(spec, text, today)
    if value is None and isinstance(text, str):
        why = _refusal(spec.kind, _normalize(text).lower(), today)
        if why is not None:
            code, params = why
            return Refused(text, code, (("raw", text), *params))
    return value


def _typed(spec: InputSpec, text: object, today: date) -> object | None:
    match spec.kind:
        case "money":
            return parse_money(text)
        case "date" if spec.name == "start_date":
            found = parse_date(text, today=today)
            tenure = parse_tenure(text) if found is None else None
            return Duration(tenure) if tenure is not None else found
        case "date" if spec.name == "end_date":
            since = parse_time_since(text)
            return Duration(since, since=True) if since is not None else parse_date(text, today=today)
        case "date":
            return parse_date(text, today=today)
        case "overtime":
            return parse_overtime(text)
        case "months":
            return parse_months(text)
        case "hours":
            return parse_hours(text)
        case "int":
            return parse_days(text) if spec.name.endswith("_days") else parse_int(text)
        case "bool" if spec.name == "employment_ended" and parse_still_employed(text):
            return False  # "还在干" answers "has the employment ended?"
        case "bool":
            return parse_bool(text)
        case "choice":
            return parse_choice(spec.choices, text)
    raise ValueError(f"unknown input kind {spec.kind!r}")


_Why = tuple[str, tuple[tuple[str, str], ...]]


def _refusal(kind: str, s: str, today: date) -> _Why | None:
    """Why an answer the parsers did not accept was refused, when it reads as a value of ``kind``
    but an implausible one; None when it simply cannot be read (the worker is asked again plainly)."""
    if not s or kind in ("bool", "choice"):
        return None
    if _NOT_PLAIN_RE.search(s):
        return "not_a_plain_number", ()
    match kind:
        case "money":
            if _DATE_LIKE_RE.search(s):
                return "date_not_amount", ()
            amount = _amount(s)
            if _TOO_LONG_RE.search(s) or _NEGATIVE_RE.search(s) or amount is not None:
                return "amount_out_of_range", ()  # negative, below a cent, or over the bound
        case "date":
            return _date_refusal(s, today)
        case "months":
            months = _months(s)
            if months is not None and months > MAX_MONTHS:
                return "duration_out_of_range", ()
        case "hours":
            hours = _hours(s)
            if hours is not None and hours > MAX_HOURS:
                return "hours_out_of_range", ()
        case "overtime":
            ot = _overtime(s)
            if ot is not None and any(v is not None and v > MAX_HOURS for v in (ot.weekday, ot.rest_day, ot.holiday)):
                return "hours_out_of_range", ()
        case "int":
            days = _days(s)
            if (days is not None and days > MAX_DAYS) or re.search(r"\d{16,}", s):
                return "number_out_of_range", ()
    return None


def _date_refusal(s: str, today: date) -> _Why | None:
    """Why a date answer was refused: a calendar date that does not exist or lies far off, or a
    length of time past a working life."""
    s = _CN_YEAR_RE.sub(lambda m: digits_to_arabic(m.group()), s)
    s = _CN_MD_RE.sub(lambda m: str(cn_to_int(m.group()) or m.group()), s)
    m = _FULL_DATE_RE.search(s) or _COMPACT_DATE_RE.search(s)
    parts = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)) if m else None
    if parts is None and (m := _YEAR_ONLY_RE.search(s)):
        parts = (int(m.group(1)), 1, 1)
    if parts is None and (m := _MONTH_DAY_RE.search(s)) and not re.search(r"个\s*月|月\s*前", s):
        parts = (today.year, int(m.group(1)), int(m.group(2) or 1))
    if parts is not None:
        try:
            found = date(*parts)
        except ValueError:
            return ("date_out_of_range", _date_bounds(today)) if not 1 <= parts[0] <= 9999 else ("date_not_real", ())
        if not EARLIEST_DATE <= found <= latest_date(today):
            return "date_out_of_range", _date_bounds(today)
        return None
    months = _duration_months(s, bounded=False)
    if months is not None and months > MAX_MONTHS:
        return "duration_out_of_range", ()
    return None


def _date_bounds(today: date) -> tuple[tuple[str, str], ...]:
    return ("earliest", EARLIEST_DATE.isoformat()), ("latest", latest_date(today).isoformat())
