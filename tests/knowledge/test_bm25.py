"""Word search tokens: each text cut once while cached, and cut again after the dictionary learns words."""

from knowledge.bm25 import add_words, tokenize


def test_a_text_is_cut_the_same_way_each_time_and_the_extra_words_are_not_cached():
    text = "公司拖欠我两个月工资还不给交社保"
    first = tokenize(text)
    assert "工资" in first and "社保" in first
    assert tokenize(text) == first
    assert tokenize(text, ["劳动报酬"]) == [*first, "劳动报酬"]
    assert tokenize(text) == first  # the extra words went into that call's list only
    again = tokenize(text)
    again.append("x")
    assert tokenize(text) == first  # a caller's list is its own


def test_words_taught_after_a_text_was_cut_change_how_it_is_cut():
    text = "我被安排去做龘靐工序"  # a made-up term jieba cannot know
    assert "龘靐工序" not in tokenize(text)
    add_words(["龘靐工序"])
    assert "龘靐工序" in tokenize(text)
