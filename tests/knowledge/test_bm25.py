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


def test_words_added_again_change_nothing():
    """A second knowledge base opened in one process taught jieba its words again; jieba counted their frequency into its
    total each time, every word's probability moved, and the same message was cut (and answered) differently."""
    import jieba

    from knowledge.bm25 import add_words, tokenize

    words = ["劳动报酬", "经济补偿", "用人单位", "工伤认定", "停工留薪期"]
    add_words(words)
    total = jieba.dt.total
    text = "我爸在林场伐树被砸中送到镇医院当天晚上就没了公司说给8万了结这算不算工伤停工留薪期怎么算"
    cut = tokenize(text)
    for _ in range(50):
        add_words(words)
    assert jieba.dt.total == total
    assert tokenize(text) == cut


def test_a_word_repeated_in_the_query_counts_as_often_as_allowed():
    """Held-out 49: a message naming 拉链厂 and 纽扣厂 nine times outweighed every other word with 厂, and a rule whose
    situations say 厂 often (a blacklist of factory workers) led it."""
    from knowledge.bm25 import BM25Index

    docs = [["厂", "厂", "黑名单"], ["工资", "关联", "公司"], ["天气"]]
    query = ["厂"] * 9 + ["工资", "关联"]
    once = BM25Index(["blacklist", "affiliated", "other"], docs)
    every = BM25Index(["blacklist", "affiliated", "other"], docs, max_repeats=None)
    assert once.top(query, 1)[0][0] == "affiliated"
    assert every.top(query, 1)[0][0] == "blacklist"
    assert BM25Index(["blacklist", "affiliated", "other"], docs, max_repeats=3).scores(query)[0] \
        == BM25Index(["blacklist", "affiliated", "other"], docs, max_repeats=None).scores(["厂"] * 3 + ["工资", "关联"])[0]
