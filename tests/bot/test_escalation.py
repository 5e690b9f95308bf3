"""The worker's side of a hand-over through the chat service, in English and in a crisis."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from tests.helpers.botapi import FakeBotAPI
from tests.helpers.clock import FrozenClock
from tests.helpers.telegram import bot_settings, open_services

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


@pytest.fixture()
def chat(labor_kb, tmp_path):
    with FakeBotAPI() as api:  # only for the settings' URLs; nothing is sent
        settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    services = open_services(labor_kb, settings, clock=FrozenClock(NOW))
    yield services.chat, services
    services.close()


def test_an_english_speaking_worker_is_handed_over_in_english(chat):
    service, services = chat
    answer = service.reply("tg:7", "My boss has not paid my wages for two months, what can I do?", worker_name="Ali")
    assert answer.language == "en"
    consent = service.escalation.start("tg:7", worker_name="Ali", lang="en")
    assert "Your Telegram name: Ali" in consent.text and "Our conversation (1 of your questions, with my answers)" in consent.text
    assert [a.label for a in consent.actions[0]] == ["✅ Yes, share it", "Don't share"]
    phone = service.escalation.consent("tg:7", True)
    assert "phone number" in phone.text
    # Pressing "yes" again (a double tap, an old message) changes nothing and says nothing.
    assert service.escalation.consent("tg:7", True).text == ""
    reply = service.escalation.button("tg:7", "skip", worker_name="Ali", chat_id=7)
    assert "short questions" in reply.text and "full name of the employer" in reply.text
    reply = service.reply("tg:7", "Shenzhen Hongda Labour Co.", worker_name="Ali", chat_id=7)
    assert "city" in reply.text
    reply = service.escalation.button("tg:7", "submit", worker_name="Ali", chat_id=7)
    assert "case number LA-" in reply.text and "/ask" in reply.text
    case = services.cases.open_case_for("tg:7")
    assert case.language == "en" and case.facts["employer"] == "Shenzhen Hongda Labour Co."
    assert case.worker_name == "Ali" and case.phone is None
    assert [m.sender for m in services.cases.messages(case.id)] == ["worker", "bot"]
    # From now on the worker's messages go to the case, not to the bot.
    relayed = service.reply("tg:7", "I also have WeChat records", worker_name="Ali", chat_id=7)
    assert relayed.relayed and "Passed on to legal-aid staff" in relayed.text
    assert services.cases.messages(case.id)[-1].text == "I also have WeChat records"
    # Asked again, the bot says there is an open case instead of starting over.
    assert case.number in service.escalation.start("tg:7", worker_name="Ali", lang="en").text


def test_a_person_in_crisis_is_handed_over_without_questions(chat):
    service, services = chat
    answer = service.reply("tg:8", "老板拖欠工资半年，我真的活不下去了，想死", worker_name="小王")
    assert answer.answer.mode == "crisis" and answer.actions[0][0].kind == "lawyer"
    service.escalation.start("tg:8", worker_name="小王", lang="zh")
    service.escalation.consent("tg:8", True)
    submitted = service.reply("tg:8", "13912345678", worker_name="小王", chat_id=8)
    assert "案件编号" in submitted.text and "已标为紧急" in submitted.text and "4 小时内" in submitted.text
    case = services.cases.open_case_for("tg:8")
    assert case.priority == "urgent" and case.priority_reasons[0] == "crisis" and case.phone == "13912345678"


def test_declining_or_cancelling_shares_nothing(chat):
    service, services = chat
    service.reply("tg:9", "公司不给交社保怎么办", worker_name="阿芳")
    service.escalation.start("tg:9", worker_name="阿芳", lang="zh")
    declined = service.escalation.consent("tg:9", False)
    assert "什么都没有分享" in declined.text and "12348" in declined.text
    service.escalation.start("tg:9", worker_name="阿芳", lang="zh")
    service.escalation.consent("tg:9", True)
    cancelled = service.escalation.button("tg:9", "cancel", worker_name="阿芳", chat_id=9)
    assert "什么都没有分享" in cancelled.text
    assert services.cases.search() == [] and services.cases.pending_deliveries() == 0
    assert "社会保险" in service.reply("tg:9", "公司不给交社保怎么办").text  # the bot answers as before


def test_a_worker_who_asks_for_a_person_first_is_asked_what_happened(chat):
    service, services = chat
    consent = service.escalation.start("tg:10", worker_name="老李", lang="zh")
    assert "对话记录（0 条问答）" in consent.text and "劳动权益问题" in consent.text
    service.escalation.consent("tg:10", True)
    problem = service.escalation.button("tg:10", "skip", worker_name="老李", chat_id=10)
    assert "说说你遇到了什么问题" in problem.text
    first = service.reply("tg:10", "工地老板跑路了，欠了我们二十多个工友三个月工资", worker_name="老李", chat_id=10)
    assert "简短问题" in first.text and "用人单位" in first.text
    submitted = service.escalation.button("tg:10", "submit", worker_name="老李", chat_id=10)
    assert "已标为紧急" in submitted.text
    case = services.cases.open_case_for("tg:10")
    assert case.question == "工地老板跑路了，欠了我们二十多个工友三个月工资" and case.topic == "arrears"
    assert {"vanished_employer", "group_claim"} <= set(case.priority_reasons)


def test_a_hand_over_saved_by_the_release_before_continues(chat):
    """A worker half-way through the questions when the bot was upgraded: their state was stored with
    the intake as a plain dict; the next answer carries on and the case gets what they said before."""
    service, services = chat
    old = {"language": None, "topic": "arrears", "facts": {"monthly_wage": "6000.00"}, "pending": None,
           "last_question": "老板拖欠了两个月工资", "turns": 1, "calculations": [], "escalation": [],
           "relay_noticed": None,
           "intake": {"stage": "facts", "lang": "zh", "phone": "13912345678", "facts": {"monthly_wage": "6000"},
                      "pending": ["employer", "city"]}}
    with services.engine.begin() as conn:
        conn.execute(text("INSERT INTO conversations (conversation_id, state, updated_at) VALUES (:i, :s, :t)"),
                     {"i": "tg:11", "s": json.dumps(old, ensure_ascii=False), "t": NOW})
    assert service.route("tg:11") == "intake"
    reply = service.reply("tg:11", "深圳宏达劳务公司", worker_name="阿强", chat_id=11)
    assert "城市" in reply.text
    submitted = service.escalation.button("tg:11", "submit", worker_name="阿强", chat_id=11)
    assert "案件编号" in submitted.text
    case = services.cases.open_case_for("tg:11")
    assert case.facts["employer"] == "深圳宏达劳务公司" and case.facts["monthly_wage"] == "6000"
    assert case.phone == "13912345678" and case.question == "老板拖欠了两个月工资"
    assert services.conversations.load("tg:11").intake is None
