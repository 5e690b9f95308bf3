"""Citation extraction and the guard, on the forms models and people actually write."""

from __future__ import annotations

from knowledge.citations import CitationExtractor, guard_citations
from knowledge.vocabulary import load_vocabulary

TITLES = ["中华人民共和国劳动合同法", "中华人民共和国劳动法", "工伤保险条例", "中华人民共和国刑法",
          "中华人民共和国劳动争议调解仲裁法"]
EXTRACTOR = CitationExtractor(TITLES, load_vocabulary().law_names)


def found(text):
    return [(c.law, c.key) for c in EXTRACTOR.extract(text)]


def test_forms_of_citation():
    assert found("《劳动合同法》第八十二条") == [("中华人民共和国劳动合同法", "82")]
    assert found("《中华人民共和国劳动合同法》第82条") == [("中华人民共和国劳动合同法", "82")]
    assert found("劳动合同法82条") == [("中华人民共和国劳动合同法", "82")]
    assert found("工伤条例第十四条") == [("工伤保险条例", "14")]
    assert found("刑法第二百七十六条之一") == [("中华人民共和国刑法", "276之一")]
    assert found("Article 82 of the Labor Contract Law") == [("中华人民共和国劳动合同法", "82")]


def test_lists_and_bare_articles_take_the_named_law():
    assert found("根据《劳动合同法》第四十六条、第四十七条和第八十七条") == [
        ("中华人民共和国劳动合同法", "46"), ("中华人民共和国劳动合同法", "47"), ("中华人民共和国劳动合同法", "87")]
    assert found("劳动法规定了加班，依照其第四十四条执行") == [("中华人民共和国劳动法", "44")]
    assert found("第三十条说得很清楚。") == [(None, "30")]  # no law named in the sentence


def test_unknown_law_is_flagged():
    (law, key), = found("《公司法》第二十条")
    assert law.startswith("?") and key == "20"


def test_guard_keeps_retrieved_drops_the_rest_and_canonicalizes():
    text = "依照劳动合同法第82条，你可以要二倍工资。《劳动合同法》第九百九十九条说十倍。《公司法》第3条也行。工伤条例十四条讲工伤。"
    allowed = {("劳动合同法", "82"), ("工伤保险条例", "14")}
    result = guard_citations(text, EXTRACTOR, allowed=allowed, exists=lambda law, key: key != "999")
    assert result.text == "依照《劳动合同法》第八十二条，你可以要二倍工资。《工伤保险条例》第十四条讲工伤。"
    assert sorted(c.key for c in result.kept) == ["14", "82"]
    assert len(result.dropped_sentences) == 2


def test_guard_drops_a_real_article_that_was_not_retrieved():
    result = guard_citations("依照《劳动法》第一条，你的权益受保护。", EXTRACTOR, allowed={("劳动合同法", "30")},
                             exists=lambda law, key: True)
    assert not result.has_basis and result.text == ""
