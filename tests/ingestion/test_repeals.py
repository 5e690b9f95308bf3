"""Repeal clauses read from the real texts of the corpus and from small texts made for one form each."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from ingestion.builtin import statute_db_path
from ingestion.loaders import load_document
from ingestion.repeals import find_repeals, parse_repeals, resolve_title
from knowledge.models import Repeal
from tests.helpers.documents import corpus_path

ONE = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"
TWO = "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）"
LABOR_TITLES = ["中华人民共和国劳动合同法", "中华人民共和国劳动法"]


def targets(text: str, **kwargs) -> list[tuple[str, str, int | None, str]]:
    kwargs.setdefault("by_law", "测试规定")
    kwargs.setdefault("effective", "2026-01-01")
    return [(r.law, r.key, r.paragraph, r.since) for r in parse_repeals(text, **kwargs)]


# ---------------------------------------------------------------------------------------------
# Real texts


def test_interpretation_two_repeals_paragraph_one_of_interpretation_one_article_32(corpus_dir):
    doc = load_document(corpus_path(corpus_dir, TWO))
    assert find_repeals(doc) == [Repeal(law=ONE, key="32", paragraph=1, by_law=TWO, by_key="21", since="2025-09-01")]
    # With the catalog's titles the same target comes back under the catalog's spelling.
    assert find_repeals(doc, titles=[ONE, "中华人民共和国劳动合同法"])[0].law == ONE


def test_the_repealed_paragraph_is_the_retiree_rule(corpus_dir):
    one = load_document(corpus_path(corpus_dir, ONE))
    article = next(a for a in one.articles if a.key == "32")
    first = article.text.split("\n")[0]
    assert "已经依法享受养老保险待遇或者领取退休金" in first and "劳务关系" in first


def test_no_other_corpus_document_repeals_an_article(corpus_dir):
    # The corpus repeals whole documents (《女职工劳动保护规定》同时废止) and settles conflicts
    # (以本解释为准): neither names an article.
    for path in sorted(corpus_dir.rglob("*.md")):
        if path.name == "README.md" or path.name.startswith(TWO):
            continue
        assert find_repeals(load_document(path)) == [], path.name


def test_national_laws_mentioning_repeal_repeal_no_article():
    # Every article of the statute DB that says 废止: whole-law repeals, duties to repeal rules,
    # "公告废止相关标准" after "第二十一条第一款、第二十二条第一款规定的".
    with closing(sqlite3.connect(f"file:{statute_db_path()}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT l.law_name, a.article_no, a.article_text FROM articles a JOIN laws l ON a.law_id = l.law_id "
            "WHERE a.article_text LIKE '%废止%'"
        ).fetchall()
    assert len(rows) > 30
    for law, number, text in rows:
        assert parse_repeals(text, by_law=law, by_key=number) == [], (law, number)


# ---------------------------------------------------------------------------------------------
# Forms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本规定自2026年1月1日起施行。《劳动合同法实施条例》第十条、第十二条同时废止。",
         [("劳动合同法实施条例", "10", None, "2026-01-01"), ("劳动合同法实施条例", "12", None, "2026-01-01")]),
        ("《工资支付暂行规定》第十八条第二款自本规定施行之日起废止。",
         [("工资支付暂行规定", "18", 2, "2026-01-01")]),
        ("自本规定施行之日起，《工资支付暂行规定》第五条至第七条废止。",
         [("工资支付暂行规定", "5", None, "2026-01-01"), ("工资支付暂行规定", "6", None, "2026-01-01"),
          ("工资支付暂行规定", "7", None, "2026-01-01")]),
        ("《A条例》（国务院令第1号）第三条第一款、第二款和《B办法》第九条同时废止；",
         [("A条例", "3", 1, "2026-01-01"), ("A条例", "3", 2, "2026-01-01"), ("B办法", "9", None, "2026-01-01")]),
        ("《A条例》第三条第一款、第三条同时废止。", [("A条例", "3", None, "2026-01-01")]),
        ("《刑法》第二百七十六条之一同时废止。", [("刑法", "276之一", None, "2026-01-01")]),
        ("本规定施行后，同时废止《A办法》第8条。", [("A办法", "8", None, "2026-01-01")]),
        ("《A条例》第三条自2027年3月1日起废止。", [("A条例", "3", None, "2027-03-01")]),
        ("《A条例》第三条的规定同时停止执行。", [("A条例", "3", None, "2026-01-01")]),
    ],
)
def test_repeal_forms(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "最高人民法院此前发布的司法解释与本解释不一致的，以本解释为准。",
        "本解释施行前本院发布的有关规定与本解释不一致的，以本解释为准。",
        "1993年4月12日国务院发布的《国有企业职工待业保险规定》同时废止。",
        "依照《劳动合同法》第四十条废止劳动合同的，应当提前三十日通知劳动者。",
        "《A法》第五条废止后，依照本规定执行。",
        "《A条例》第三条不予废止。",
        "《A条例》第三条已被废止。",
        "不符合本法第二十一条第一款规定的，由标准化行政主管部门公告废止相关标准。",
        "地方性法规同法律相抵触的，制定机关应当及时予以修改或者废止。",
        "用人单位依照《劳动合同法》第三十九条解除劳动合同，不支付经济补偿。",
    ],
)
def test_non_repeals_are_not_read_as_repeals(text):
    assert targets(text) == []


def test_a_repealed_item_is_left_out_rather_than_its_whole_paragraph():
    assert targets("《A条例》第三条第一款第二项、第四条同时废止。") == [("A条例", "4", None, "2026-01-01")]


def test_a_document_never_repeals_its_own_title():
    # A notice replacing an earlier notice of the same title: the earlier version is a version.
    assert targets("《测试规定》第三条同时废止。", by_law="测试规定") == []


# ---------------------------------------------------------------------------------------------
# Dates and titles


def test_since_comes_from_the_text_when_the_document_date_is_unknown():
    text = "本解释自2025年9月1日起施行。《某某规定》第三条第一款同时废止。"
    assert targets(text, effective="") == [("某某规定", "3", 1, "2025-09-01")]


def test_since_is_the_publication_date_when_the_repeal_runs_from_publication():
    text = "本办法自公布之日起施行，同时废止《某某规定》第五条。"
    assert targets(text, effective="", promulgated="2024-05-06") == [("某某规定", "5", None, "2024-05-06")]


def test_repeal_records_the_repealing_article():
    (repeal,) = parse_repeals("《某某规定》第三条同时废止。", by_law="测试规定", by_key="21", effective="2026-01-01")
    assert (repeal.by_law, repeal.by_key, repeal.whole, repeal.target) == ("测试规定", "21", True, ("某某规定", "3"))


@pytest.mark.parametrize(
    "written, by_law, titles, expected",
    [
        (ONE, TWO, [], ONE),
        ("最高人民法院关于审理劳动争议案件适用法律问题的解释(一)", TWO, [], ONE),
        ("解释（一）", TWO, [], ONE),
        ("劳动合同法", "测试规定", LABOR_TITLES, "中华人民共和国劳动合同法"),
        ("中华人民共和国劳动法", "测试规定", LABOR_TITLES, "中华人民共和国劳动法"),
        ("某地工资支付规定", "测试规定", ["中华人民共和国劳动法"], "某地工资支付规定"),
    ],
)
def test_titles_resolve_to_the_catalog_spelling(written, by_law, titles, expected):
    assert resolve_title(written, by_law=by_law, titles=titles) == expected
