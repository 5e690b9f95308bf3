"""Retrieval with the real default embedding over a small real corpus."""

from __future__ import annotations

import pytest

from knowledge.models import SourceKind


@pytest.fixture()
def kb(labor_kb):
    return labor_kb


def cites(hits):
    return [h.citation for h in hits]


def test_named_article_is_looked_up_directly(kb):
    for q in ("劳动合同法第82条是什么", "《劳动合同法》八十二条", "劳动合同法第八十二条规定的二倍工资怎么算"):
        hits = kb.retriever.search(q)
        assert hits[0].citation == "《劳动合同法》第八十二条", (q, cites(hits))
        assert "二倍的工资" in hits[0].text


def test_inserted_article_keeps_its_suffix(kb):
    hit = kb.retriever.search("刑法第二百七十六条之一")[0]
    assert hit.citation == "《刑法》第二百七十六条之一"
    assert "劳动报酬" in hit.text
    assert kb.retriever.get("刑法", "276之一").text == hit.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("入职三个多月了老板一直不跟我签合同，能要双倍工资吗", "《劳动合同法》第八十二条"),
        ("下班骑电动车回家路上被车撞了，算不算工伤", "《工伤保险条例》第十四条"),
        ("公司拖欠工资，申请劳动仲裁有没有时间限制", "《劳动争议调解仲裁法》第二十七条"),
    ],
)
def test_everyday_questions_find_the_governing_article(kb, question, expected):
    hits = kb.retriever.search(question, top_k=5)
    assert expected in cites(hits), cites(hits)


def test_results_carry_what_the_answer_layer_needs(kb):
    hit = kb.retriever.search("工伤认定申请的时限", top_k=5)[0]
    assert hit.law and hit.key and hit.label.startswith("第") and hit.text
    assert hit.kind in (SourceKind.LAW, SourceKind.REGULATION, SourceKind.LOCAL)
    assert hit.headings and hit.score > 0
    assert hit.status


def test_local_rules_follow_the_workers_province(kb):
    zhejiang = cites(kb.retriever.search("在杭州上班，工伤保险待遇怎么算", top_k=10))
    elsewhere = cites(kb.retriever.search("在成都上班，工伤保险待遇怎么算", top_k=10))
    assert any("浙江省工伤保险条例" in c for c in zhejiang)
    zj_rank = lambda cs: next((i for i, c in enumerate(cs) if "浙江省" in c), 99)
    assert zj_rank(zhejiang) < zj_rank(elsewhere)


def test_cases_do_not_crowd_out_articles(kb):
    hits = kb.retriever.search("加班费的仲裁时效怎么算", top_k=5)
    assert hits[0].kind != SourceKind.CASE
    assert any(h.citation == "《劳动争议调解仲裁法》第二十七条" for h in hits)


def test_empty_and_nonsense_questions(kb):
    assert kb.retriever.search("   ") == []
    assert len(kb.retriever.search("？？？", top_k=3)) <= 3
