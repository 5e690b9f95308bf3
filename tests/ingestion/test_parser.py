"""The parser on the real texts of the shared corpus, and on small texts made for one rule each."""

from __future__ import annotations

import re

import pytest

from ingestion.parser import (
    chunk_paragraphs,
    find_title,
    infer_kind,
    normalize_extracted_text,
    parse_legal_text,
    title_from_filename,
    version_from_filename,
)
from knowledge.models import SourceKind
from tests.helpers.documents import corpus_path

ARTICLE_LINE = re.compile(r"^第.+?条")


def article_lines(path) -> int:
    """Count the lines of a corpus file that start an article, independently of the parser."""
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if ARTICLE_LINE.match(line))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def parse_file(path, **kwargs):
    return parse_legal_text(path.read_text(encoding="utf-8"), **kwargs)


# ---------------------------------------------------------------------------------------------
# Real texts


def test_implementing_regulation_articles_headings_and_preamble(corpus_dir):
    path = corpus_path(corpus_dir, "劳动合同法实施条例")
    doc = parse_file(path)

    assert doc.title == "中华人民共和国劳动合同法实施条例"
    assert article_lines(path) == 38
    assert [a.key for a in doc.articles] == [str(n) for n in range(1, 39)]
    sixth = next(a for a in doc.articles if a.number == 6)
    assert "两倍的工资" in sixth.text
    assert "第二章 劳动合同的订立" in sixth.headings
    assert sixth.label == "第六条"
    # Article 6 has a second paragraph ("前款规定的…"); it stays in article 6.
    assert sixth.text.count("\n") == 1 and sixth.text.split("\n")[1].startswith("前款规定的用人单位")
    assert doc.articles[-1].headings == ("第六章 附则",)
    assert doc.promulgated == "2008-09-18"
    assert doc.issuer == "国务院"
    assert doc.extra["doc_number"] == "国务院令第535号"
    assert doc.extra["adopted"] == "2008-09-03"
    # "本条例自公布之日起施行" in the last article: in force on the day it was promulgated.
    assert doc.effective == "2008-09-18"
    assert "国务院第25次常务会议通过" in doc.preamble
    assert doc.kind is SourceKind.REGULATION
    assert all(a.law == doc.title for a in doc.articles)


STRUCTURED = ["人力资源市场暂行条例", "企业职工带薪年休假实施办法", "保障农民工工资支付条例", "劳动保障监察条例",
              "劳动合同法实施条例", "国务院关于职工工作时间的规定", "失业保险条例", "女职工劳动保护特别规定",
              "工伤保险条例", "工资支付暂行规定", "社会保险经办条例", "社会保险费征缴暂行条例", "职工带薪年休假条例",
              "上海市劳动合同条例", "山东省劳动合同条例", "浙江省劳动人事争议调解仲裁条例", "浙江省劳动保障监察条例",
              "浙江省工伤保险条例", "最高人民法院关于审理劳动争议案件", "最高人民法院关于审理工伤保险行政案件",
              "最高人民法院关于审理拒不支付劳动报酬"]


@pytest.mark.parametrize("prefix", STRUCTURED)
def test_every_article_line_of_the_corpus_becomes_one_article(corpus_dir, prefix):
    path = corpus_path(corpus_dir, prefix)
    doc = parse_file(path)
    numbered = [a for a in doc.articles if a.number is not None]

    assert len(numbered) == article_lines(path)
    assert [a.number for a in numbered] == list(range(1, len(numbered) + 1))
    assert len({a.key for a in doc.articles}) == len(doc.articles)
    assert all(a.text for a in numbered)
    # No article text leaks a label of the next article or a chapter heading.
    assert not any(re.search(r"\n第[一二三四五六七八九十百]+(?:条|章) ", a.text) for a in numbered)


def test_chapter_and_section_paths_of_a_local_regulation(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "山东省劳动合同条例"))
    by_key = {a.key: a for a in doc.articles}

    assert by_key["1"].headings == ("第一章 总则",)  # "## 第一章  总则" with two spaces
    assert by_key["50"].headings == ("第五章 特别规定", "第二节 劳务派遣")
    assert "同工同酬" in by_key["50"].text
    # A 章 after a 节 drops the 节.
    assert by_key["62"].headings == ("第七章 附则",)


def test_heading_with_space_inside_its_name_is_normalised(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "社会保险经办条例"))

    assert doc.articles[0].headings == ("第一章 总则",)  # "## 第一章 总 则"
    assert doc.articles[-1].headings == ("第七章 附则",)


def test_every_interpretation_parses_as_an_interpretation_with_articles(corpus_dir):
    paths = sorted((corpus_dir / "interpretations").glob("*.md"))
    assert len(paths) >= 3
    for path in paths:
        doc = parse_file(path)

        assert doc.kind is SourceKind.INTERPRETATION, path.name
        assert doc.issuer == "最高人民法院", path.name
        assert doc.structured and len(doc.articles) == article_lines(path), path.name


def test_labor_dispute_interpretation_facts(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "最高人民法院关于审理劳动争议案件适用法律问题的解释"))

    assert doc.title == "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"
    assert doc.effective == "2021-01-01"
    assert doc.extra["adopted"] == "2020-12-25"
    assert doc.promulgated == ""  # the text does not say when it was published
    assert "制定本解释" in doc.preamble
    assert "竞业限制" in {a.key: a for a in doc.articles}["37"].text


@pytest.mark.parametrize("prefix, issuer", [
    ("上海市劳动合同条例", ""),
    ("山东省劳动合同条例", "山东省人民代表大会常务委员会"),
    ("浙江省劳动人事争议调解仲裁条例", "浙江省人民代表大会常务委员会"),
    ("浙江省劳动保障监察条例", "浙江省人民代表大会常务委员会"),
    ("浙江省工伤保险条例", "浙江省人民代表大会常务委员会"),
])
def test_local_regulations_parse_as_local(corpus_dir, prefix, issuer):
    path = corpus_path(corpus_dir, prefix)
    doc = parse_file(path)

    assert doc.kind is SourceKind.LOCAL
    assert doc.issuer == issuer
    assert len(doc.articles) == article_lines(path)


def test_amendment_line_gives_the_version(corpus_dir):
    path = corpus_path(corpus_dir, "浙江省工伤保险条例")
    doc = parse_file(path)

    # "2017年9月30日…通过根据2020年9月24日…修正": the amendment is the 2020 date.
    assert doc.version == "2020-09-24" == version_from_filename(path.name)
    assert doc.extra["adopted"] == "2017-09-30"
    assert parse_file(path, version="2021-01-01").version == "2021-01-01"


def test_ministry_rules_wrapped_in_a_notice(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "工资支付暂行规定"))

    assert doc.issuer == "劳动部"
    assert doc.extra["doc_number"] == "劳部发〔1994〕489号"
    assert doc.promulgated == "1994-12-06"  # 一九九四年十二月六日
    assert doc.effective == "1995-01-01"
    assert len(doc.articles) == 20


def test_appendix_after_the_last_article_becomes_chunks(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "女职工劳动保护特别规定"))
    last = next(a for a in doc.articles if a.number == 16)
    appendix = [a for a in doc.articles if a.number is None]

    assert "矿山井下" not in last.text
    assert ("附录", "一、女职工禁忌从事的劳动范围") in [a.headings for a in appendix]
    assert any("矿山井下作业" in a.text for a in appendix)
    assert any(a.headings[-1] == "四、女职工在哺乳期禁忌从事的劳动范围" for a in appendix)


def test_wage_conversion_notice_is_chunked_under_its_headings(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "关于职工全年月平均工作时间和工资折算问题的通知"))

    assert not doc.structured
    assert doc.kind is SourceKind.POLICY
    assert all(a.number is None and len(a.text) <= 600 for a in doc.articles)
    assert [a.chunk for a in doc.articles] == list(range(len(doc.articles)))
    by_heading = {a.headings: a.text for a in doc.articles}
    assert "21.75天" in by_heading[("二、日工资、小时工资的折算",)]
    assert "250天" in by_heading[("一、制度工作时间的计算",)]
    # The opening paragraphs before the first heading are content, not only preamble.
    assert "节日假期由原来的10天增设为11天" in doc.articles[0].text
    assert doc.extra["doc_number"] == "劳社部发〔2008〕3号"
    assert doc.issuer == "劳动和社会保障部"
    assert doc.promulgated == ""


def test_small_cap_splits_at_sentence_ends_without_losing_text(corpus_dir):
    path = corpus_path(corpus_dir, "关于职工全年月平均工作时间和工资折算问题的通知")
    doc = parse_file(path, max_chunk_chars=60)
    body = path.read_text(encoding="utf-8").split("<!-- INFO END -->")[1]
    paragraphs = [line for line in body.splitlines() if line.strip() and not line.startswith("#")]

    assert all(len(a.text) <= 60 for a in doc.articles)
    assert squash("".join(a.text for a in doc.articles)) == squash("".join(paragraphs))
    long_opening = next(a.text for a in doc.articles if "全国年节及纪念日放假办法" in a.text)
    assert long_opening.endswith("11天。")  # cut after the sentence, not at character 60


def test_every_case_becomes_size_capped_chunks_with_section_headings(corpus_dir):
    paths = sorted((corpus_dir / "cases").glob("*.md"))
    assert len(paths) >= 10
    for path in paths:
        doc = parse_file(path)
        body = path.read_text(encoding="utf-8").split("<!-- INFO END -->")[1]
        paragraphs = [line for line in body.splitlines() if line.strip() and not line.startswith("#")]

        assert doc.kind is SourceKind.CASE, path.name  # from the text alone, no folder given
        assert infer_kind(doc.title, "", str(path)) is SourceKind.CASE
        assert doc.articles and all(a.number is None and len(a.text) <= 600 for a in doc.articles), path.name
        assert ("案例分析",) in [a.headings for a in doc.articles], path.name
        assert doc.articles[0].headings == ("基本案情",), path.name
        # Every paragraph of the case is in some chunk: nothing is dropped by the chunking.
        assert squash("".join(a.text for a in doc.articles)) == squash("".join(paragraphs)), path.name


def test_every_local_regulation_parses_as_local(corpus_dir):
    paths = sorted((corpus_dir / "local").glob("*.md"))
    assert len(paths) >= 5
    for path in paths:
        assert parse_file(path).kind is SourceKind.LOCAL, path.name


def test_case_analysis_text_is_retrievable_under_its_heading(corpus_dir):
    doc = parse_file(corpus_path(corpus_dir, "加班费的仲裁时效应当如何认定"))
    analysis = " ".join(a.text for a in doc.articles if a.headings == ("案例分析",))

    assert doc.title == "加班费的仲裁时效应当如何认定"
    assert "特别仲裁时效" in analysis
    assert "加班费46293元" in next(a.text for a in doc.articles if a.headings == ("原告诉讼请求",))


# ---------------------------------------------------------------------------------------------
# Article labels


def test_inserted_article_gets_a_suffix():
    doc = parse_legal_text("# 某条例\n第十七条 甲。\n第十七条之一 乙。\n第十七条之二　丙。\n第十八条 丁。\n")

    assert [a.key for a in doc.articles] == ["17", "17之一", "17之二", "18"]
    inserted = doc.articles[1]
    assert (inserted.number, inserted.suffix, inserted.text) == (17, 1, "乙。")
    assert inserted.label == "第十七条之一"


def test_arabic_and_full_width_numerals():
    doc = parse_legal_text("第81条 甲。\n第82条　用人单位应当支付二倍工资。\n第８３条 丙。\n")

    assert [a.number for a in doc.articles] == [81, 82, 83]
    assert doc.articles[1].text == "用人单位应当支付二倍工资。"


def test_cross_reference_paragraph_does_not_start_an_article():
    text = ("第四十六条 有下列情形之一的，用人单位应当向劳动者支付经济补偿：\n"
            "（一）劳动者依照本法第三十八条规定解除劳动合同的；\n"
            "第四十七条规定的经济补偿，按劳动者在本单位工作的年限计算。\n"
            "第四十七条 经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。\n")
    doc = parse_legal_text(text)

    assert [a.key for a in doc.articles] == ["46", "47"]
    assert doc.articles[0].text.endswith("第四十七条规定的经济补偿，按劳动者在本单位工作的年限计算。")
    assert doc.articles[1].text.startswith("经济补偿按")


def test_label_glued_to_its_body_starts_the_next_article_only():
    doc = parse_legal_text("第六条 甲。\n第七条用人单位应当乙。\n第九条用人单位丙。\n")

    assert [a.key for a in doc.articles] == ["6", "7"]
    assert doc.articles[1].text == "用人单位应当乙。\n第九条用人单位丙。"


def test_repeated_label_stays_text_of_the_current_article():
    doc = parse_legal_text("第一条 甲。\n第二条 乙。\n第一条 引用的旧条文。\n第三条 丙。\n")

    assert [a.key for a in doc.articles] == ["1", "2", "3"]
    assert doc.articles[1].text == "乙。\n第一条 引用的旧条文。"


def test_book_chapter_and_section_headings_nest_and_reset():
    text = ("# 某法典\n第一编 总则\n第一章 一般规定\n第一条 甲。\n第一节 劳务派遣\n第二条 乙。\n"
            "## 第二章 合同\n第三条 丙。\n第二编 分则\n第一章 其他\n第四条 丁。\n")
    doc = parse_legal_text(text)
    paths = {a.key: a.headings for a in doc.articles}

    assert paths["1"] == ("第一编 总则", "第一章 一般规定")
    assert paths["2"] == ("第一编 总则", "第一章 一般规定", "第一节 劳务派遣")
    assert paths["3"] == ("第一编 总则", "第二章 合同")
    assert paths["4"] == ("第二编 分则", "第一章 其他")


def test_comments_and_blank_lines_are_not_text():
    doc = parse_legal_text("# 某条例\n<!-- INFO END -->\n\n第一条 甲。\n\n乙。\n<!-- note -->\n第二条 丙。\n")

    assert [a.text for a in doc.articles] == ["甲。\n乙。", "丙。"]


# ---------------------------------------------------------------------------------------------
# Title and preamble facts


def test_title_without_markdown_is_the_title_like_line():
    text = "劳社部发[2008]3号\n\u3000《关于职工全年月平均工作时间和工资折算问题的通知》\n各省劳动保障厅：\n正文。\n"

    assert find_title(text) == "关于职工全年月平均工作时间和工资折算问题的通知"
    plain = parse_legal_text("中华人民共和国劳动合同法实施条例\n第一条 甲。\n")
    assert plain.title == "中华人民共和国劳动合同法实施条例"
    assert parse_legal_text("# 《某条例》\n第一条 甲。\n", title="  《另一 条例》 ").title == "另一条例"
    assert find_title("第一条 甲。\n") == ""


def test_preamble_dates_in_chinese_numerals_and_effective_date():
    text = ("# 某条例\n二〇〇八年九月十八日 中华人民共和国国务院令第535号公布\n自2008年5月1日起施行\n"
            "第一条 甲。\n")
    doc = parse_legal_text(text)

    assert (doc.promulgated, doc.effective, doc.issuer) == ("2008-09-18", "2008-05-01", "国务院")
    assert doc.extra["doc_number"] == "国务院令第535号"


def test_amendment_lines_give_the_latest_version():
    text = ("# 中华人民共和国劳动法\n（1994年7月5日第八届全国人民代表大会常务委员会第八次会议通过　"
            "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正　"
            "根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议第二次修正）\n第一条 甲。\n")
    doc = parse_legal_text(text)

    assert doc.version == "2018-12-29"
    assert doc.extra["adopted"] == "1994-07-05"
    assert doc.issuer == "全国人民代表大会常务委员会"
    assert doc.kind is SourceKind.LAW


@pytest.mark.parametrize("line, issuer, number", [
    ("法释〔2020〕26号", "最高人民法院", "法释〔2020〕26号"),
    ("人社部发〔2016〕1号", "人力资源和社会保障部", "人社部发〔2016〕1号"),
    ("劳社部发[2008]3号", "劳动和社会保障部", "劳社部发〔2008〕3号"),
    ("上海市人民代表大会常务委员会公告第41号", "上海市人民代表大会常务委员会",
     "上海市人民代表大会常务委员会公告第41号"),
])
def test_document_numbers_name_their_issuer(line, issuer, number):
    doc = parse_legal_text(f"# 某规定\n{line}\n第一条 甲。\n")

    assert doc.issuer == issuer
    assert doc.extra.get("doc_number", "") == number


def test_unknown_facts_stay_empty():
    doc = parse_legal_text("# 某规定\n第一条 用人单位应当按时支付工资。\n")

    assert (doc.issuer, doc.promulgated, doc.effective, doc.version) == ("", "", "", "")
    assert "doc_number" not in doc.extra


# ---------------------------------------------------------------------------------------------
# Kinds and file names


@pytest.mark.parametrize("title, path, kind", [
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "", SourceKind.INTERPRETATION),
    ("最高人民检察院关于拒不支付劳动报酬案件的批复", "", SourceKind.INTERPRETATION),
    ("上海市劳动合同条例", "", SourceKind.LOCAL),
    ("浙江省工伤保险条例", "", SourceKind.LOCAL),
    ("广西壮族自治区劳动保障监察条例", "", SourceKind.LOCAL),
    ("深圳市员工工资支付条例", "", SourceKind.LOCAL),
    ("中华人民共和国劳动合同法", "", SourceKind.LAW),
    ("劳动争议调解仲裁法", "", SourceKind.LAW),
    ("人力资源市场暂行条例", "", SourceKind.REGULATION),  # 市场 is not a city
    ("企业职工带薪年休假实施办法", "", SourceKind.REGULATION),
    ("关于职工全年月平均工作时间和工资折算问题的通知", "", SourceKind.POLICY),
    ("关于确立劳动关系有关事项的通知", "regulations/x.md", SourceKind.POLICY),
    ("加班费的仲裁时效应当如何认定", "corpus/cases/x.md", SourceKind.CASE),
    ("某省规定汇编", "corpus/local/x.md", SourceKind.LOCAL),
])
def test_infer_kind(title, path, kind):
    assert infer_kind(title, "", path) is kind


def test_infer_kind_defaults_by_structure():
    assert infer_kind("劳动保障资料", "第一条 甲。\n第二条 乙。\n") is SourceKind.REGULATION
    assert infer_kind("劳动保障资料", "一些说明文字。\n") is SourceKind.POLICY


@pytest.mark.parametrize("name, version, title", [
    ("劳动合同法实施条例(2008-09-18).md", "2008-09-18", "劳动合同法实施条例"),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）（2020-12-29）.pdf", "2020-12-29",
     "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"),
    ("corpus/local/浙江省工伤保险条例(2020-9-24).docx", "2020-09-24", "浙江省工伤保险条例"),
    ("某通知.txt", "", "某通知"),
])
def test_version_and_title_from_filename(name, version, title):
    assert version_from_filename(name) == version
    assert title_from_filename(name) == title


# ---------------------------------------------------------------------------------------------
# Chunking and PDF clean-up


def test_chunks_never_cut_mid_sentence_unless_one_sentence_is_too_long():
    sentences = ["甲" * 30 + "。", "乙" * 30 + "；", "丙" * 30 + "！"]
    chunks = chunk_paragraphs(["".join(sentences), "丁" * 150], 70)

    assert chunks[:2] == [sentences[0] + sentences[1], sentences[2]]
    assert chunks[2:] == ["丁" * 70, "丁" * 70, "丁" * 10]


def test_normalize_rejoins_wrapped_lines_and_drops_page_furniture():
    full = "劳动者依照劳动合同法第十四条第二款的规定，提出订立无固定期限劳"  # a line that ran to the margin
    raw = (f"中华人民共和国劳动合同法实施条例\n2008年9月18日 国务院令第535号公布\n第一章　总则\n"
           f"第十一条　{full}\n动合同的，用人单位应当与其订立无固定期限劳动合同。\n- 3 -\n\f第 4 页\n"
           f"第十二条 地方各级人民政府为安置就业困难人员提供的公益性岗位，其劳动合同不适\n"
           f"用无固定期限劳动合同的规定。\n4\n")
    text = normalize_extracted_text(raw)
    lines = text.splitlines()

    assert lines == [
        "中华人民共和国劳动合同法实施条例",
        "2008年9月18日 国务院令第535号公布",
        "第一章 总则",
        f"第十一条 {full}动合同的，用人单位应当与其订立无固定期限劳动合同。",
        "第十二条 地方各级人民政府为安置就业困难人员提供的公益性岗位，其劳动合同不适用无固定期限劳动合同的规定。",
    ]
    doc = parse_legal_text(text)
    assert [a.key for a in doc.articles] == ["11", "12"]
    assert doc.promulgated == "2008-09-18"


def test_normalize_keeps_cross_reference_lines_inside_their_article():
    wrapped = "有下列情形之一的，用人单位应当依照劳动合同法"
    raw = f"第六条 用人单位{wrapped * 2}\n第七条规定向劳动者支付经济补偿。\n第七条 甲。\n"
    text = normalize_extracted_text(raw)

    assert [a.key for a in parse_legal_text(text).articles] == ["6", "7"]
    assert "劳动合同法第七条规定向劳动者支付经济补偿" in text


def test_normalize_drops_running_headers_repeated_on_every_page():
    pages = [f"国务院公报\n第{n}条 正文{n}。\n- {k} -" for k, n in enumerate("一二三", start=1)]
    text = normalize_extracted_text("\f".join(pages))

    assert text.splitlines() == ["第一条 正文一。", "第二条 正文二。", "第三条 正文三。"]
