"""The draft 劳动人事争议仲裁申请书 (labour arbitration application), drafted from a case.

Pure functions over a ``CaseView``, no layout: what the application says, in the structure
arbitration commissions use (申请人, 被申请人, 仲裁请求, 事实与理由, 证据清单, 此致). The draft
only restates what the worker said and what the bot computed or cited: anything not known is
written as ［待补］ (to fill in) or ［待核算］ (to compute), never guessed. A change in how the
application is worded goes here; how it is printed is ``bot.casefile.pdf``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from bot.cases import CaseView
from bot.intake import SKIPPED, UNKNOWN
from knowledge.calculators import Basis
from knowledge.vocabulary import short_law_name

TBD = "［待补］"
TO_COMPUTE = "［待核算］"
DRAFT_BANNER = "草稿：由系统根据当事人陈述自动生成，提交前须由律师或工作人员核实、修改"
MORE_CLAIMS = "［请律师根据证据核实、补充请求事项］"

_CITATION = re.compile(r"^《([^》]+)》(.*)$")
_EVIDENCE_SPLIT = re.compile(r"[、，,;；\s]+")
_COMMISSION_SUFFIXES = ("市", "州", "盟", "县", "区", "旗")


@dataclass(frozen=True, slots=True)
class Application:
    """What the draft application says, section by section."""

    applicant: list[tuple[str, str]]  # (label, value) rows
    respondent: list[tuple[str, str]]
    claims: list[str]  # numbered in the draft, followed by MORE_CLAIMS
    facts: list[str]  # the 事实与理由 paragraphs
    evidence: list[tuple[str, str]]  # (evidence, what it proves)
    commission: str  # addressed after 此致


def draft(case: CaseView) -> Application:
    """Return the draft application for ``case`` (unknowns as ［待补］, amounts not computed as ［待核算］)."""
    name = f"{case.worker_name}（据 Telegram 账户名，须核实真实姓名）" if case.worker_name else TBD
    return Application(
        applicant=[("姓名", name), ("性别", TBD), ("出生年月", TBD), ("身份证号", TBD), ("住址", TBD),
                   ("联系电话", case.phone or TBD)],
        respondent=[("名称", _fact(case.facts, "employer") or TBD), ("统一社会信用代码", TBD), ("住所地", TBD),
                    ("法定代表人（主要负责人）", TBD), ("联系电话", TBD)],
        claims=claims(case),
        facts=facts_and_reasons(case),
        evidence=[(item, TBD) for item in evidence_items(case.facts.get("evidence")) or [TBD]],
        commission=commission(case.facts.get("city")),
    )


def claims(case: CaseView) -> list[str]:
    """The numbered arbitration claims the facts and calculations support (amounts only when known)."""
    facts = case.facts
    by_name = {c.get("calculator"): c for c in case.calculations}
    out = []
    owed = _fact(facts, "amount_owed")
    if owed or case.topic == "arrears":
        out.append(f"请求裁决被申请人支付拖欠的工资{_rmb(owed)}")
    contract = facts.get("written_contract")
    if contract == "no" or ("double_wages" in by_name and contract != "yes"):
        out.append(f"请求裁决被申请人支付未签订书面劳动合同二倍工资差额{_rmb(_amount(by_name.get('double_wages')))}")
    unlawful, compensation = by_name.get("unlawful_dismissal"), by_name.get("economic_compensation")
    if unlawful and compensation:
        out.append(f"请求裁决被申请人支付违法解除劳动合同赔偿金{_rmb(_amount(unlawful))}"
                   f"（如不构成违法解除，则支付解除劳动合同经济补偿{_rmb(_amount(compensation))}）")
    elif unlawful:
        out.append(f"请求裁决被申请人支付违法解除劳动合同赔偿金{_rmb(_amount(unlawful))}")
    elif compensation:
        out.append(f"请求裁决被申请人支付解除劳动合同经济补偿{_rmb(_amount(compensation))}")
    if "overtime_pay" in by_name:
        out.append(f"请求裁决被申请人支付加班费{_rmb(_amount(by_name['overtime_pay']))}")
    return out


def facts_and_reasons(case: CaseView) -> list[str]:
    """The 事实与理由 paragraphs: the worker's account restated, unknowns as ［待补］, the cited law."""
    f = case.facts
    employer = _fact(f, "employer") or TBD
    start = _day(_fact(f, "start_date")) or TBD
    job = _fact(f, "job") or TBD
    city = _fact(f, "city") or TBD
    wage = _fact(f, "monthly_wage")
    first = [f"申请人于{start}入职被申请人{employer}，在{city}从事{job}工作，月工资{_rmb(wage, unknown=TBD)}。"]
    end = f.get("end_date")
    if end == "ongoing":
        first.append("申请人至今仍在被申请人处工作。")
    else:
        first.append(f"申请人在被申请人处工作至{_day(_fact(f, 'end_date')) or TBD}。")
    first.append({"yes": "双方签订了书面劳动合同。", "no": "被申请人未与申请人签订书面劳动合同。"}
                 .get(f.get("written_contract", ""), f"双方是否签订书面劳动合同{TBD}。"))
    first.append({"yes": "被申请人为申请人缴纳了社会保险。", "no": "被申请人未为申请人缴纳社会保险。"}
                 .get(f.get("social_insurance", ""), f"被申请人是否为申请人缴纳社会保险{TBD}。"))
    if owed := _fact(f, "amount_owed"):
        first.append(f"据申请人陈述，被申请人拖欠其工资共计{_rmb(owed)}。")
    out = ["".join(first)]
    if case.question:
        question = case.question.strip()
        question = question if len(question) <= 800 else question[:800] + "……"
        out.append(f"申请人陈述：“{question}”")
    law = legal_basis(case)
    basis = "、".join(law) if law else f"{TBD}（法律依据）"
    out.append(f"根据{basis}等规定，申请人的上述请求于法有据。为维护申请人的合法权益，"
               "特向贵委申请仲裁，请求依法裁决。")
    return out


def legal_basis(case: CaseView) -> list[str]:
    """The articles the bot cited and the calculations rest on, each once: nothing else is cited."""
    cited = [basis_text(c) for c in case.citations]
    for c in case.calculations:
        cited += [basis_text(b) for b in c.get("basis") or []]
    return list(dict.fromkeys(x for x in cited if x))


def commission(city: str | None) -> str:
    """The arbitration commission of the worker's city ("深圳" → "深圳市劳动人事争议仲裁委员会")."""
    city = (city or "").strip()
    if not city or city in (UNKNOWN, SKIPPED):
        return "［　　］劳动人事争议仲裁委员会"
    return f"{city if city.endswith(_COMMISSION_SUFFIXES) else city + '市'}劳动人事争议仲裁委员会"


def evidence_items(evidence: str | None) -> list[str]:
    """The pieces of evidence the worker listed, one item each (none if unknown or none)."""
    if not evidence or evidence in (UNKNOWN, SKIPPED, "no"):
        return []
    return [x for x in _EVIDENCE_SPLIT.split(evidence) if x]


def basis_text(b: object) -> str:
    """A citation as the bot's answers write it (《劳动合同法》第八十二条), whether stored as text or as
    {law, article}; the law's short title, so the same article cited twice reads the same."""
    if isinstance(b, dict):
        if b.get("citation"):
            b = b["citation"]
        elif b.get("law"):
            return str(Basis(short_law_name(str(b["law"])), str(b.get("article", ""))))
    text = str(b).strip()
    m = _CITATION.match(text)
    return f"《{short_law_name(m[1])}》{m[2]}" if m else text


def money(value: object) -> str:
    """An amount as written in the application: whole yuan without decimals, otherwise two."""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return f"{d:.0f}" if d == d.to_integral_value() else f"{d:.2f}"


def _fact(facts: dict[str, str], name: str) -> str | None:
    """The fact's value if the worker gave one (not "不知道", not "跳过")."""
    value = (facts.get(name) or "").strip()
    return value if value and value not in (UNKNOWN, SKIPPED) else None


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.year}年{d.month}月{d.day}日"


def _rmb(amount: object | None, *, unknown: str = TO_COMPUTE) -> str:
    return f"人民币{money(amount)}元" if amount not in (None, "") else f"人民币{unknown}元"


def _amount(calc: dict | None) -> str | None:
    return (calc or {}).get("amount") or None
