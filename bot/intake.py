"""The facts a legal-aid lawyer needs first, which of them matter for a topic, and reading answers.

Pure functions: the worker's reply to "你的月工资大概多少？" in, a stored fact value out. Answers
the bot cannot read are asked again once with an example; "不知道" and "跳过" are always accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from knowledge.inputs import parse_bool, parse_date, parse_money
from knowledge.numerals import fold_width

UNKNOWN = "unknown"  # the worker said they do not know
SKIPPED = "skipped"  # the worker preferred not to say

# kind: text | date | money | yesno
FACT_KINDS: dict[str, str] = {
    "employer": "text",
    "city": "text",
    "job": "text",
    "start_date": "date",
    "end_date": "date",
    "monthly_wage": "money",
    "amount_owed": "money",
    "written_contract": "yesno",
    "social_insurance": "yesno",
    "evidence": "text",
}
FACT_ORDER: tuple[str, ...] = tuple(FACT_KINDS)

# Facts worth a question for each topic (the rest are kept when the worker volunteers them).
_COMMON = ("employer", "city", "job", "start_date", "evidence")
TOPIC_FACTS: dict[str, tuple[str, ...]] = {
    "arrears": (*_COMMON, "amount_owed", "monthly_wage", "written_contract", "end_date"),
    "contract": (*_COMMON, "monthly_wage", "written_contract", "end_date"),
    "labor_relation": (*_COMMON, "monthly_wage", "written_contract", "social_insurance"),
    "dismissal": (*_COMMON, "end_date", "monthly_wage", "written_contract"),
    "overtime_hours": (*_COMMON, "monthly_wage", "written_contract"),
    "social_insurance": (*_COMMON, "social_insurance", "monthly_wage", "written_contract"),
    "injury": (*_COMMON, "social_insurance", "monthly_wage", "written_contract"),
    "women": (*_COMMON, "end_date", "monthly_wage", "written_contract", "social_insurance"),
}
DEFAULT_FACTS: tuple[str, ...] = (*_COMMON, "monthly_wage", "written_contract", "social_insurance")

_UNKNOWN = re.compile(r"^\s*(不知道|不清楚|不记得|忘了|记不清|不确定|没注意|don'?t know|not sure|unknown|no idea)\W*$", re.IGNORECASE)
_SKIP = re.compile(r"^\s*(跳过|不想说|不方便|不说|算了|skip|pass|rather not)\W*$", re.IGNORECASE)
_PHONE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")


def plain_amount(value: Decimal | str) -> str:
    """An amount of yuan as people write it: "6000", "6000.5" (not "6000.00")."""
    try:
        d = Decimal(value)
    except InvalidOperation:
        return str(value)
    return str(d.quantize(1)) if d == d.to_integral_value() else str(d.normalize())


def facts_to_ask(topic: str | None, known: dict[str, str]) -> list[str]:
    """Return, in order, the facts that matter for ``topic`` and are not known yet."""
    wanted = TOPIC_FACTS.get(topic or "", DEFAULT_FACTS)
    return [name for name in FACT_ORDER if name in wanted and not known.get(name)]


def normalize_phone(text: str) -> str | None:
    """Return a mainland mobile number as 11 digits (with +86, spaces or dashes removed), or None."""
    digits = re.sub(r"[\s\-()（）]", "", fold_width(text).strip())  # "１３９…" reads as "139…"
    m = _PHONE.match(digits)
    return m.group(1) if m else None


def mask_phone(phone: str | None) -> str:
    """138****5678: enough for staff to recognise, not enough to leak in a screenshot."""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) == 11 else "****"


def read_answer(name: str, text: str, *, today: date) -> str | None:
    """Return the stored value of an answer to the question about ``name``, or None if unreadable.

    Dates become ISO dates, money a plain number of yuan, yes/no "yes"/"no"; free text is kept
    (trimmed to 200 characters). "不知道" gives UNKNOWN and "跳过" SKIPPED for every fact.
    """
    text = text.strip()
    if not text:
        return None
    if _UNKNOWN.match(text):
        return UNKNOWN
    if _SKIP.match(text):
        return SKIPPED
    kind = FACT_KINDS[name]
    if kind == "date":
        if re.search(r"还在|至今|没离职|仍在|still", text):
            return "ongoing"
        d = parse_date(text, today=today)
        return d.isoformat() if d else None
    if kind == "money":
        money = parse_money(text)
        return plain_amount(money) if money is not None and money >= 0 else None
    if kind == "yesno":
        if re.search(r"没有|没签|没交|没缴|没买|未|无|不是|no\b|none", text, re.IGNORECASE):
            return "no"
        answer = parse_bool(text)
        if answer is None and re.search(r"有|签了|交了|缴了|买了|yes", text, re.IGNORECASE):
            answer = True
        return None if answer is None else ("yes" if answer else "no")
    return text[:200]


@dataclass(frozen=True, slots=True)
class FactLine:
    name: str
    label: str
    value: str


def display_value(name: str, value: str | None, labels: dict[str, str]) -> str:
    """A stored fact as a person reads it ("不知道", "是", "6000 元")."""
    if value is None or value == "":
        return labels["missing"]
    if value in (UNKNOWN, SKIPPED, "ongoing", "yes", "no"):
        return labels[value]
    if FACT_KINDS.get(name) == "money":
        return labels["yuan"].format(value=value)
    return value
