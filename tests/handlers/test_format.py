"""Telegram presentation: escaping and splitting, checked on what Telegram would receive."""

from __future__ import annotations

import pytest

from bot.replies import Action
from handlers import callbacks
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
    label = "📖 《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十二条"
    rows = [[Action(label, "article", "0123456789ab")],
            [Action("👍", "rate", "+123456789")]]
    markup = keyboard(rows)
    for row in markup.inline_keyboard:
        for button in row:
            assert len(button.callback_data.encode()) <= 64
    assert callback_data(Action("🆘", "aid")) == "aid"


def test_every_action_a_service_gives_becomes_the_callback_data_its_handler_parses():
    actions = {Action("📖", "article", "0123456789ab"): "a:0123456789ab",
               Action("🧮", "calc", "overtime_pay"): "c:overtime_pay", Action("🆘", "aid"): "aid",
               Action("👍", "rate", "+5"): "r:+5", Action("👎", "rate", "-5"): "r:-5",
               Action("👩‍⚖️", "lawyer"): "law",
               Action("是", "consent", "y"): "cs:y", Action("否", "consent", "n"): "cs:n",
               Action("跳过", "intake", "skip"): "in:skip", Action("提交", "intake", "submit"): "in:submit"}
    for action, data in actions.items():
        assert callback_data(action) == data
        assert callbacks.parse(data) is not None
    for broken in (Action("?", "teleport"), Action("📖", "article", "../etc"), Action("👍", "rate", "5"),
                   Action("是", "consent", "maybe"), Action("跳过", "intake", "later")):
        with pytest.raises(ValueError):
            callback_data(broken)
