"""Chinese numerals, one engine for the whole code base.

Article numbers (第八十二条 ⇄ 82, 第二百七十六条之一 ⇄ "276之一"), what workers type (八千五,
1万2, 0.8万, 1.5亿) and dates written digit by digit (二〇二三年) are all read here, from one table
of digits and units. Every reader returns None when it cannot read the text with confidence (一二三
is a list of digits, not 123; 1e309 is no amount anyone typed as one; a run of 400 nines is not
rounded to 1E+400), so a caller asks again rather than computes with a guess. Full-width forms
(８０００, ＋８６) read like their ASCII ones: :func:`fold_width` is the one place that folds them.

cn2an was tried as the engine and left out: its "smart" mode reads 79千8 as 9870 and 36千二 as
6230 (instead of 79800 and 36200), wrong amounts a thin wrapper cannot catch without parsing the
numeral itself; it also returns floats and raises KeyError on some shapes.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# The one digit table. 〇 and ○ are both typed for zero; 两 is 二 before a unit (两千).
DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
_ZEROS = frozenset(c for c, v in DIGITS.items() if v == 0)
_WRITTEN = "零一二三四五六七八九"  # how 0..9 are written in article labels
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
# Full-width ASCII (！ to ～, so digits, letters and ，．－／：＋（）％) and the ideographic space.
_WIDTH = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " "})
# Digit by digit (years): the table, full-width digits, and the full-width letter Ｏ that
# documents type for 〇.
_DIGIT_BY_DIGIT = str.maketrans({**{c: str(v) for c, v in DIGITS.items()}, "Ｏ": "0",
                                 **{chr(0xFF10 + i): str(i) for i in range(10)}})

CN_NUMBER = r"[零〇一二两三四五六七八九十百千0-9０-９]+"
ARTICLE_LABEL_RE = re.compile(
    rf"第\s*({CN_NUMBER})\s*条(?:\s*之\s*({CN_NUMBER}))?")

_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[" + "".join(DIGITS) + "]|[" + "".join(UNITS) + "]")
_WAN, _YI = Decimal(10000), Decimal(100000000)
# Past this nothing a worker types is a count or an amount (an ID or card number is not read as one),
# and longer digit runs would be rounded to the decimal context's precision instead of read.
_MAX_DIGITS = 15
_LONG_RUN_RE = re.compile(r"\d{%d,}" % (_MAX_DIGITS + 1))


def fold_width(text: str) -> str:
    """Return ``text`` with full-width ASCII forms (１３９, ＋８６, （）, ，．－) and the ideographic space
    folded to ASCII, Chinese characters untouched: what a worker types on a Chinese keyboard reads
    the same as what they type on a Latin one."""
    return text.translate(_WIDTH)


def _section(text: str, after_unit: Decimal | int | None) -> Decimal | None:
    """Value of a numeral below 万; a lone trailing digit abbreviates the next lower unit (八千五)."""
    tokens = _TOKEN_RE.findall(text)
    if not tokens or "".join(tokens) != text:
        return None
    total = Decimal(0)
    pending: Decimal | None = None
    pending_single = False
    last_unit = after_unit
    zero_seen = False
    for tok in tokens:
        if tok in UNITS:
            unit = UNITS[tok]
            total += (pending if pending is not None else Decimal(1)) * unit
            pending, last_unit, zero_seen = None, unit, False
        elif tok in _ZEROS and pending is None and (total or after_unit):
            zero_seen = True  # a skipped place: 一千零五, 一万零五
        else:
            if pending is not None:
                return None  # two numbers in a row: 一二, 8 5
            if tok in DIGITS:
                pending, pending_single = Decimal(DIGITS[tok]), True
            else:
                pending, pending_single = Decimal(tok), len(tok) == 1
    if pending is not None:
        # 八千五 = 8500 and 1万2 = 12000, but 一千零五 = 1005 and 1万5000 = 15000.
        if last_unit and pending_single and not zero_seen:
            total += pending * last_unit / 10
        else:
            total += pending
    return total


def read_number(text: str) -> Decimal | None:
    """Return the value of a number as workers type it, or None when it cannot be read with confidence.

    Mixes Arabic (or full-width) digits, Chinese digits and 十百千万亿, with k/K for 千 and w/W for
    万: "8000", "8千", "8k", "0.8万", "一万二" (12000), "1万2" (12000), "八千五" (8500), "一千零五"
    (1005), "1万5000", "1.5亿", "两亿三千万". Two numbers in a row (一二三, 8 5), a second 万 or 亿
    in the same place (一万亿亿), exponents (1e5), and numbers of more than 15 digits give None.
    """
    s = fold_width(text).replace("k", "千").replace("K", "千").replace("w", "万").replace("W", "万")
    if _LONG_RUN_RE.search(s) or s.count("亿") > 1:
        return None
    try:
        if "亿" in s:
            high, _, low = s.partition("亿")
            hv = _below_yi(high, None) if high else None
            if not hv:
                return None  # 亿 needs a count before it
            lv = _below_yi(low, _YI) if low else Decimal(0)
            value = None if lv is None else hv * _YI + lv
        else:
            value = _below_yi(s, None)
    except InvalidOperation:
        return None
    if value is None or not value.is_finite() or value >= Decimal(10) ** _MAX_DIGITS:
        return None
    return value


def _below_yi(text: str, after_unit: Decimal | None) -> Decimal | None:
    """Value of a numeral below 亿 (sections around one 万); a lone trailing digit abbreviates the next
    lower unit (1万2, 一亿五)."""
    if text.count("万") > 1:
        return None
    if "万" not in text:
        return _section(text, after_unit)
    high, _, low = text.partition("万")
    hv = _section(high, None) if high else None
    if not hv:
        return None  # 万 needs a count before it: not 万五, not 零万
    lv = _section(low, _WAN) if low else Decimal(0)
    return None if lv is None else hv * _WAN + lv


def cn_to_int(text: str) -> int | None:
    """Return the integer value of a Chinese or Arabic numeral string, or None if it is not one."""
    s = (text or "").strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(ch not in DIGITS and ch not in UNITS and ch not in "万亿" for ch in s):
        return None
    value = read_number(s)
    return int(value) if value is not None and value == value.to_integral() else None


def digits_to_arabic(text: str) -> str:
    """Return ``text`` with each Chinese or full-width digit replaced by its Arabic digit (二〇二三 → 2023)."""
    return text.translate(_DIGIT_BY_DIGIT)


def int_to_cn(number: int) -> str:
    """Return the Chinese numeral used in statute article labels (82 → 八十二, 1018 → 一千零一十八)."""
    if number < 0:
        raise ValueError("negative article number")
    if number < 10:
        return _WRITTEN[number]
    parts: list[str] = []
    units = [(1000, "千"), (100, "百"), (10, "十")]
    remaining = number
    pending_zero = False
    started = False
    for value, name in units:
        digit, remaining = divmod(remaining, value)
        if digit:
            if pending_zero:
                parts.append("零")
                pending_zero = False
            # 十一 rather than 一十一 when the number starts with the tens digit
            if not (value == 10 and digit == 1 and not started):
                parts.append(_WRITTEN[digit])
            parts.append(name)
            started = True
        elif started:
            pending_zero = True
    if remaining:
        if pending_zero:
            parts.append("零")
        parts.append(_WRITTEN[remaining])
    return "".join(parts)


def article_key(number: int, suffix: int = 0) -> str:
    """Return the canonical key of an article: "82", or "276之一" for an inserted article."""
    return f"{number}之{int_to_cn(suffix)}" if suffix else str(number)


def article_label(number: int, suffix: int = 0) -> str:
    """Return the statute label of an article: 第八十二条, 第二百七十六条之一."""
    label = f"第{int_to_cn(number)}条"
    return f"{label}之{int_to_cn(suffix)}" if suffix else label


def parse_article_key(value: str | int) -> tuple[int, int] | None:
    """Parse 82, "82", "第八十二条", "276之一" or "第二百七十六条之一" into (number, suffix)."""
    if isinstance(value, int):
        return value, 0
    s = str(value).strip().translate(_FULLWIDTH)
    m = ARTICLE_LABEL_RE.fullmatch(s)
    if m:
        number = cn_to_int(m.group(1))
        suffix = cn_to_int(m.group(2)) if m.group(2) else 0
    else:
        head, sep, tail = s.partition("之")
        number = cn_to_int(head.removeprefix("第").removesuffix("条"))
        suffix = cn_to_int(tail) if sep else 0
    if number is None or suffix is None:
        return None
    return number, suffix


def key_from_numerals(number: str, suffix: str | None = None, *, highest: int = 2000) -> str | None:
    """Return the article key for matched numeral text ("八十二", "276" + "一"), or None if implausible."""
    n = cn_to_int(number)
    sfx = cn_to_int(suffix) if suffix else 0
    if n is None or sfx is None or n <= 0 or n > highest:
        return None
    return article_key(n, sfx)
