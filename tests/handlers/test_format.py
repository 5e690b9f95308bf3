"""Telegram presentation: escaping and splitting, checked on what Telegram would receive."""

from __future__ import annotations

from bot.chat import Action
from handlers.format import MAX_CHUNK, callback_data, keyboard, split_text, to_html


def test_html_is_escaped_and_citations_are_bold():
    html = to_html("依据：\n• 《劳动合同法》第八十二条：“工资<5000 & 二倍”")
    assert "<b>依据：</b>" in html
    assert "<b>《劳动合同法》第八十二条</b>" in html
    assert "工资&lt;5000 &amp; 二倍" in html


def test_long_answers_split_at_paragraphs_under_the_limit():
    paragraphs = [f"第{i}段。" + "工资" * 300 for i in range(12)]
    text = "\n\n".join(paragraphs)
    chunks = split_text(text)
    assert len(chunks) > 1
    assert all(len(c) <= MAX_CHUNK for c in chunks)
    assert "\n\n".join(chunks) == text  # nothing lost, paragraphs intact
    assert all(c.startswith("第") for c in chunks)


def test_a_single_huge_paragraph_is_split_at_sentences():
    text = "用人单位应当支付工资。" * 800
    chunks = split_text(text)
    assert all(len(c) <= MAX_CHUNK for c in chunks)
    assert "".join(chunks) == text
    assert all(c.endswith("。") for c in chunks)


def test_callback_data_fits_telegram_limit():
    rows = [[Action("📖 《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十二条", "article", "0123456789ab")],
            [Action("👍", "rate", "+123456789")]]
    markup = keyboard(rows)
    for row in markup.inline_keyboard:
        for button in row:
            assert len(button.callback_data.encode()) <= 64
    assert callback_data(Action("🆘", "aid")) == "aid"
