"""Builders for a real knowledge base in a temporary directory."""

from __future__ import annotations

from pathlib import Path

from app.container import Knowledge, open_knowledge
from app.settings import Settings
from knowledge.models import Article, ParsedDocument, SourceKind

# A three-article regulation for tests that need a tiny real knowledge base.
WAGE_RULES = ParsedDocument(
    title="测试工资支付办法",
    kind=SourceKind.REGULATION,
    articles=[
        Article(law="测试工资支付办法", number=1, text="用人单位应当按月足额支付劳动者工资，不得克扣或者无故拖欠。"),
        Article(law="测试工资支付办法", number=2, text="劳动者在法定休假日和婚丧假期间，用人单位应当依法支付工资。"),
        Article(law="测试工资支付办法", number=3, text="用人单位安排劳动者在休息日工作又不能安排补休的，支付百分之二百的工资报酬。"),
    ],
)


def make_settings(data_dir: Path, **overrides) -> Settings:
    """Return Settings with every piece of state under ``data_dir`` (never the developer's ./data)."""
    return Settings(_env_file=None, data_dir=data_dir, **overrides)


def make_kb(data_dir: Path, **overrides) -> Knowledge:
    """A real, empty knowledge base under ``data_dir`` (the caller closes it)."""
    return open_knowledge(make_settings(data_dir, **overrides))


LABOR_LAWS = (
    "中华人民共和国劳动合同法",
    "中华人民共和国劳动法",
    "中华人民共和国劳动争议调解仲裁法",
    "中华人民共和国社会保险法",
    "中华人民共和国护照法",
)
LABOR_FILES = (
    "工伤保险条例",
    "浙江省工伤保险条例",
    "保障农民工工资支付条例",
    "劳动合同法实施条例",
    "加班费的仲裁时效应当如何认定",
    "国务院关于职工工作时间的规定",
    "女职工劳动保护特别规定",
    "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）",
    "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）",
)

CIVIL_CODE_ARTICLES = frozenset({56, 188, 577, 1161, 1191, 1192, 1193})


def build_labor_kb(data_dir: Path, **overrides) -> Knowledge:
    """A real knowledge base over a labor subset: five national laws, 刑法 270–280, the civil code's articles on
    limitation, breach, hired labour or work contracts and an individual business's debts after its owner's death
    (56, 188, 577, 1161, 1191–1193), nine corpus files."""
    from dataclasses import replace

    from ingestion.builtin import load_builtin_laws
    from ingestion.sync import load_paths
    from tests.helpers.paths import corpus_file

    kb = make_kb(data_dir, **overrides)
    docs, errors = load_builtin_laws(LABOR_LAWS)
    assert not errors, errors
    (criminal,), _ = load_builtin_laws(["中华人民共和国刑法"])
    criminal = replace(criminal, articles=[a for a in criminal.articles if 270 <= (a.number or 0) <= 280])
    (civil,), _ = load_builtin_laws(["中华人民共和国民法典"])
    civil = replace(civil, articles=[a for a in civil.articles if (a.number or 0) in CIVIL_CODE_ARTICLES])
    files, failures = load_paths([corpus_file(name) for name in LABOR_FILES])
    assert not failures, failures
    report = kb.ingestor.sync_documents([*docs, criminal, civil, *files])
    assert not report.failed, report.failed
    kb.ingestor.sync_aliases()
    kb.rules.sync()
    return kb
