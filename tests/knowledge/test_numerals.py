from decimal import Decimal

import pytest

from knowledge.numerals import (
    article_key,
    article_label,
    cn_to_int,
    digits_to_arabic,
    fold_width,
    int_to_cn,
    parse_article_key,
    read_number,
)


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


@pytest.mark.parametrize(
    "text, value",
    [("8000", "8000"), ("八千五", "8500"), ("1万2", "12000"), ("一万二", "12000"), ("0.8万", "8000"),
     ("8k", "8000"), ("一千零五", "1005"), ("1万5000", "15000"), ("79千8", "79800"), ("36千二", "36200"),
     ("一万零五", "10005"), ("十五", "15")],
)
def test_one_engine_reads_what_workers_type(text, value):
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["一二三", "零五", "8 5", "万五", "一万万", "很多", ""])
def test_one_engine_refuses_what_it_cannot_read(text):
    assert read_number(text) is None


def test_article_numbers_and_years_use_the_same_digits():
    assert cn_to_int("一万零一") == 10001
    assert cn_to_int("一二三") is None  # a list of digits, not a number
    assert digits_to_arabic("二〇二三") == "2023" and digits_to_arabic("二ＯＯ八") == "2008"
    assert digits_to_arabic("２０２３") == "2023"


@pytest.mark.parametrize("text, value", [("一亿", "100000000"), ("1.5亿", "150000000"), ("两亿三千万", "230000000"),
                                         ("1亿2000万", "120000000"), ("８０００", "8000")])
def test_yi_and_full_width_digits_are_read(text, value):
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1e309", "1E5", "inf", "NaN", "Infinity", "一万亿亿", "亿", "9" * 16, "9" * 400,
                                  "1" + "0" * 20 + "万"])
def test_absurd_numbers_are_refused_not_rounded(text):
    # 400 nines once read as 1E+400 (rounded to the context's precision): a wrong value, not a refusal.
    assert read_number(text) is None


def test_full_width_text_folds_to_ascii():
    assert fold_width("１３９\u3000１２３４ ５６７８") == "139 1234 5678"
    assert fold_width("＋８６（１３９）－１２３４") == "+86(139)-1234"
    assert fold_width("８，０００．５元：月薪") == "8,000.5元:月薪"
    assert fold_width("二〇二三年") == "二〇二三年"  # Chinese characters are left alone
