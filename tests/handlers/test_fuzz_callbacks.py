"""Forged and repeated button presses against the real bot over real HTTP.

Whatever a callback query carries (no data, random bytes, a known prefix with broken fields, ids
beyond a BIGINT, another person's case, a message in the wrong chat, an inline message with no
``message`` at all), the bot answers it exactly once, raises nothing, and sends nothing to staff or
to anyone else. A second tap on a button whose step was already taken is answered and changes
nothing: the hand-over goes on as after one tap.
"""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.cases import NewCase
from tests.helpers.botapi import FakeBotAPI
from tests.helpers.forged import BIG, WORKER_DATA, forge, forged_data
from tests.helpers.telegram import bot_settings, buttons, open_services, run, start_bot, stop_bot, texts
from tests.helpers.updates import HandledUpdates

STAFF_GROUP = -1001234567890
LAWYER_ID = 501
APOLOGY = "出了点问题"  # ui("zh").error: what the worker sees when a handler fails


@pytest.fixture()
def env(api, labor_kb, tmp_path):
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    settings = settings.model_copy(update={"cases": settings.cases.model_copy(update={
        "staff_chat_id": STAFF_GROUP, "delivery_poll_s": 0.2})})
    services = open_services(labor_kb, settings)
    api.group(STAFF_GROUP, "法律援助工作组", is_forum=True)
    lawyer = api.user(LAWYER_ID, "王", last_name="律师")
    api.add_member(STAFF_GROUP, lawyer)
    services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
    yield api, settings, services, lawyer
    services.engine.dispose()


def test_forged_callbacks_are_each_answered_once_and_change_nothing(env):
    api, settings, services, lawyer = env
    worker = api.user(201, "阿强")
    other = api.user(202, "小李")
    api.private_chat(other)
    theirs = services.cases.create(NewCase(conversation_id="tg:202", worker_chat_id=202, worker_name="小李",
                                           language="zh", topic="arrears", facts={}, question="老板欠薪"))
    rng = random.Random(12)

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        failures: list[BaseException] = []

        async def collect(update, context):
            failures.append(context.error)

        app.add_error_handler(collect)
        try:
            packet = (await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", "")))[0]
            welcome = (await api.ask(worker, "/start"))[0]
            for _ in range(100):  # the courier records where the packet landed before anyone presses
                if services.cases.get(theirs.id).packet_message_id is not None:
                    break
                await asyncio.sleep(0.05)
            before, before_events = services.cases.get(theirs.id), services.cases.events(theirs.id)
            api.mark(STAFF_GROUP)
            api.mark(other)

            presses = [forge(api, worker, d, message=welcome) for d in forged_data(rng)]
            # Another person's case, from the worker's own chat: feedback, staff buttons, a rating.
            presses += [forge(api, worker, d, message=welcome) for d in (
                f"cf:{theirs.id}:+", f"cf:{theirs.id}:-", f"k:claim:{theirs.id}", f"k:out:{theirs.id}:advice_given",
                f"k:pdf:{theirs.id}", "r:+1")]
            # Worker buttons pressed in the staff group: nothing of anyone's conversation goes there.
            stale = [forge(api, lawyer, d, message=packet) for d in WORKER_DATA]
            # Staff buttons for cases that do not exist, pressed by registered staff.
            stale += [forge(api, lawyer, f"k:{action}:{BIG - 1}", message=packet)
                      for action in ("claim", "ask", "close", "back", "pdf")]
            stale += [forge(api, lawyer, f"k:askf:{BIG - 1}:city", message=packet),
                      forge(api, lawyer, f"k:out:{BIG - 1}:advice_given", message=packet)]
            # Inline-mode callbacks: no message, no chat.
            stale += [forge(api, worker, d) for d in [*WORKER_DATA, f"k:claim:{theirs.id}", "", "x"]]
            presses += stale
            assert len(presses) >= 80
            await handled.wait(*presses, timeout=120)

            assert failures == []
            answers = [c["callback_query_id"] for c in api.calls("answerCallbackQuery")]
            for press in presses:
                query = press["callback_query"]
                assert api.callback_answer(press) is not None, query.get("data")
                assert answers.count(query["id"]) == 1, query.get("data")
            assert api.errors("answerCallbackQuery") == []
            for press in stale:
                assert api.callback_answer(press)["text"] == "这个按钮已失效。", press["callback_query"].get("data")
            assert api.sent_since_mark(STAFF_GROUP) == [] and api.sent_since_mark(other) == []
            assert APOLOGY not in texts(api.messages(worker)) and APOLOGY not in texts(api.messages(STAFF_GROUP))
            stored = services.cases.get(theirs.id)
            assert (stored.status, stored.assignee_id, stored.feedback) == (before.status, None, None)
            assert [c.id for c in services.cases.search()] == [theirs.id]  # the forged "law", "cs:y" … opened none
            assert [e.kind for e in services.cases.events(theirs.id)] == [e.kind for e in before_events]
            assert services.cases.pending_deliveries() == 0
        finally:
            await stop_bot(app)

    run(scenario())


def _press_twice(api: FakeBotAPI, user: dict, message: dict, data: str) -> list[dict]:
    """A double tap: both presses leave the client before the bot has removed the buttons."""
    return [api.press(user, message, data), api.press(user, message, data)]


def _new_messages(api: FakeBotAPI, chat: dict) -> list[dict]:
    """The bot's new messages in the chat since the mark (edits of earlier ones left out)."""
    return [m for m in api.sent_since_mark(chat) if "edit_date" not in m]


def test_double_taps_on_consent_intake_and_feedback_take_each_step_once(env):
    api, settings, services, _lawyer = env
    worker = api.user(203, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            consent = (await api.ask(worker, "/lawyer"))[0]
            assert "你同意分享吗" in consent["text"]

            api.mark(worker)
            taps = _press_twice(api, worker, consent, "cs:y")
            await handled.wait(*taps)
            [phone] = _new_messages(api, worker)  # one phone question, no apology, no "cancelled"
            assert "手机号" in phone["text"]
            assert sorted(api.callback_answer(t)["text"] for t in taps) == ["", "已处理"]
            assert buttons(api.messages(worker)[-2]) == []  # the consent buttons are gone

            api.mark(worker)
            taps = _press_twice(api, worker, phone, "in:skip")  # skip the phone number, once
            await handled.wait(*taps)
            [problem] = _new_messages(api, worker)
            assert "说说你遇到了什么问题" in problem["text"]  # the next question, not skipped as well
            assert sorted(api.callback_answer(t)["text"] for t in taps) == ["", "已处理"]

            first = await api.ask(worker, "在工地干了半年，老板欠了我三个月工资，现在联系不上")
            assert "简短问题" in first[0]["text"]
            submitted = await api.click(worker, first[0], "in:submit", count=2)
            assert "案件编号" in texts(submitted)
            [case] = services.cases.search()

            services.cases.close(case.id, services.staff.by_username("wang").id, "advice_given")
            app.bot_data.wake_courier()
            closed = (await api.awaited_for(worker, 1, predicate=lambda m: "已结束" in m.get("text", "")))[0]
            api.mark(worker)
            taps = _press_twice(api, worker, closed, f"cf:{case.id}:+")
            await handled.wait(*taps)
            assert [m["text"] for m in _new_messages(api, worker)] == ["谢谢你的反馈！有新问题随时问我。"]
            assert sorted(api.callback_answer(t)["text"] for t in taps) == ["", "已处理"]
            assert services.cases.get(case.id).feedback == 1

            assert APOLOGY not in texts(api.messages(worker))
            assert api.errors("answerCallbackQuery") == []
        finally:
            await stop_bot(app)

    run(scenario())
