import pytest

from knowledge.numerals import article_key, article_label, cn_to_int, int_to_cn, parse_article_key


@pytest.mark.parametrize(
    "n, cn",
    [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (82, "八十二"), (101, "一百零一"), (110, "一百一十"),
     (276, "二百七十六"), (1001, "一千零一"), (1018, "一千零一十八"), (1260, "一千二百六十")],
)
def test_chinese_numerals_round_trip(n, cn):
    assert int_to_cn(n) == cn
    assert cn_to_int(cn) == n


def test_article_keys_and_labels():
    assert parse_article_key("第二百七十六条之一") == (276, 1)
    assert parse_article_key("276之一") == (276, 1)
    assert parse_article_key("第82条") == (82, 0)
    assert parse_article_key("８２") == (82, 0)
    assert parse_article_key("不是条文") is None
    assert article_key(276, 1) == "276之一"
    assert article_label(276, 1) == "第二百七十六条之一"
    assert cn_to_int("两") == 2
