"""Chinese numerals and article numbers: 第八十二条 ⇄ 82, 第二百七十六条之一 ⇄ "276之一"."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

CN_NUMBER = r"[零〇一二两三四五六七八九十百千0-9０-９]+"
ARTICLE_LABEL_RE = re.compile(
    rf"第\s*({CN_NUMBER})\s*条(?:\s*之\s*({CN_NUMBER}))?")


def cn_to_int(text: str) -> int | None:
    """Return the integer value of a Chinese or Arabic numeral string, or None if it is not one."""
    s = (text or "").strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(ch not in _DIGITS and ch not in _UNITS and ch != "万" for ch in s):
        return None
    if "万" in s:
        high, _, low = s.partition("万")
        hi = cn_to_int(high) if high else 1
        lo = cn_to_int(low) if low else 0
        if hi is None or lo is None:
            return None
        return hi * 10000 + lo
    total, current = 0, 0
    for ch in s:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            unit = _UNITS[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def int_to_cn(number: int) -> str:
    """Return the Chinese numeral used in statute article labels (82 → 八十二, 1018 → 一千零一十八)."""
    if number < 0:
        raise ValueError("negative article number")
    if number < 10:
        return _CN_DIGITS[number]
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
                parts.append(_CN_DIGITS[digit])
            parts.append(name)
            started = True
        elif started:
            pending_zero = True
    if remaining:
        if pending_zero:
            parts.append("零")
        parts.append(_CN_DIGITS[remaining])
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
