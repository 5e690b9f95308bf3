"""Nothing lost and nothing twice when the bot is killed: the inbox of updates and the courier's records.

The bot is "killed" at a seam: the local Bot API server holds one of its calls (``api.stall``), the
updates being handled and the courier are cancelled in the middle of that call (``crash_bot``), and
the held call ends without effect, as Telegram never received it. A new Application over the same
database then starts. Assertions are on what the worker and the staff group receive.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.cases import NewCase
from handlers.callbacks import Calculator
from tests.helpers.clock import FrozenClock
from tests.helpers.telegram import (
    HoldBefore,
    KillBeforeRecord,
    bot_settings,
    crash_bot,
    killed_between_commit_and_record,
    open_services,
    run,
    start_bot,
    stop_bot,
    texts,
)

STAFF_GROUP = -1001234567890
LAWYER_ID = 501


@pytest.fixture()
def env(api, labor_kb, tmp_path):
    # "typing…" at once (typing_after_s=0): the kill points below wait on it, before the answer.
    settings = bot_settings(labor_kb, api, tmp_path / "app.db", rate_limit_messages=20, rate_limit_window_s=60,
                            typing_after_s=0)
    services = open_services(labor_kb, settings)
    yield api, settings, services
    services.engine.dispose()


def times_received(api, chat, fragment: str) -> int:
    """How many of the bot's messages in the chat contain ``fragment`` (a second answer to the same
    question would read differently, the conversation having moved on, but cite the same article)."""
    return sum(1 for m in api.messages(chat) if fragment in m.get("text", ""))


def test_a_question_in_flight_at_a_crash_is_answered_once_after_the_restart(env):
    api, settings, services = env
    worker = api.user(201, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        api.stall("sendChatAction", chat=worker)  # killed while showing "typing…", before the answer
        api.mark(worker)
        api.send_text(worker, "干了俩月老板一直没给钱咋办")
        await api.stalled()
        await crash_bot(app)
        api.drop_stalled()
        app = await start_bot(settings, services)
        try:
            answer = await api.awaited_for(worker, 1)
            assert "《劳动合同法》第三十条" in texts(answer)
            await api.ask(worker, "/help")  # a later update: the question is not answered again before it
            await app.update_queue.join()
            assert times_received(api, worker, "《劳动合同法》第三十条") == 1
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_calculator_step_cut_off_by_a_crash_is_not_read_as_the_answer_to_the_next_question(env):
    api, settings, services = env
    worker = api.user(202, "小李")

    async def scenario():
        app = await start_bot(settings, services)
        first = await api.ask(worker, "老板一直不跟我签劳动合同，那我能要多少钱？")
        assert "月工资是多少" in texts(first)
        # The wage is read and stored; the bot is killed while it sends the next question.
        api.stall("sendMessage", chat=worker)
        api.mark(worker)
        api.send_text(worker, "8千")
        await api.stalled()
        await crash_bot(app)
        api.drop_stalled()
        app = await start_bot(settings, services)
        try:
            asked = await api.awaited_for(worker, 1)
            assert "开始上班" in texts(asked)  # the question the worker never saw, once
            third = await api.ask(worker, "今年3月1日")
            assert "今天" in texts(third)  # read as the start date: now the job's end is asked
            await app.update_queue.join()
            # The question itself (the first answer's evidence list may also say "哪天开始上班").
            assert times_received(api, worker, "您从哪天开始上班（用工之日）") == 1
        finally:
            await stop_bot(app)

    run(scenario())


@pytest.fixture(params=["sqlite", "postgresql"])
def killable(request, api, labor_kb, tmp_path):
    """The bot's services over either engine, a clock passed in, and the kill between commit and record."""
    settings = bot_settings(labor_kb, api, tmp_path / "app.db", rate_limit_messages=20, rate_limit_window_s=60)
    if request.param == "postgresql":
        settings = settings.model_copy(update={"database_url": request.getfixturevalue("postgres_url")})
    services = open_services(labor_kb, settings, clock=FrozenClock(datetime(2026, 5, 20, 9, 0, tzinfo=UTC)))
    kill = KillBeforeRecord(services.engine)
    yield api, settings, services, kill
    kill.close()
    services.engine.dispose()


def received_once(api, chat, message: dict) -> bool:
    return sum(1 for m in api.messages(chat) if m.get("text") == message.get("text")) == 1


def test_a_calculator_step_killed_between_its_commit_and_its_reply_is_answered_after_the_restart(killable):
    api, settings, services, kill = killable
    worker = api.user(206, "阿峰")

    async def scenario():
        app = await start_bot(settings, services)
        assert "月工资是多少" in texts(await api.ask(worker, "老板一直不跟我签劳动合同，那我能要多少钱？"))
        assert "开始上班" in texts(await api.ask(worker, "8千"))
        # "今年3月1日" is read and stored as the start date; the bot is killed before its reply is recorded.
        app = await killed_between_commit_and_record(app, settings, services, kill, api, worker,
                                                     lambda: api.send_text(worker, "今年3月1日"))
        try:
            asked = await api.awaited_for(worker, 1)
            assert "哪天结束" in texts(asked)  # the end-date question the worker never saw
            result = texts(await api.ask(worker, "今天"))  # and the next message answers it
            assert "二倍工资" in result and "还需要一个信息" not in result
            await app.update_queue.join()
            assert received_once(api, worker, asked[0])
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_calculator_started_by_its_button_and_killed_after_its_commit_still_asks_its_first_question(killable):
    api, settings, services, kill = killable
    worker = api.user(207, "阿珍")

    async def scenario():
        app = await start_bot(settings, services)
        answer = await api.ask(worker, "入职半年了，公司一直不跟我签书面劳动合同，这合法吗？")
        button = Calculator("double_wages").build()
        under = next(m for m in answer if button in str(m.get("reply_markup", {})))
        # The walk-through is stored; the bot is killed before its first question is recorded.
        app = await killed_between_commit_and_record(app, settings, services, kill, api, worker,
                                                     lambda: api.press(worker, under, button))
        try:
            asked = await api.awaited_for(worker, 1)
            assert "月工资是多少" in texts(asked)
            # the walk-through goes on from there (半年 already gave the duration: the figure comes next)
            assert "可主张的二倍工资差额" in texts(await api.ask(worker, "8千"))
            await app.update_queue.join()
            assert received_once(api, worker, asked[0])
        finally:
            await stop_bot(app)

    run(scenario())


def test_an_update_telegram_delivers_again_is_handled_once(env):
    api, settings, services = env
    worker = api.user(203, "阿华")

    async def scenario():
        app = await start_bot(settings, services)
        api.mark(worker)
        update = api.send_text(worker, "干了俩月老板一直没给钱咋办")
        assert "《劳动合同法》第三十条" in texts(await api.awaited_for(worker, 1))
        await stop_bot(app)
        app = await start_bot(settings, services)
        try:
            api.redeliver(update)  # Telegram never saw the offset confirmed (the bot was killed)
            await api.ask(worker, "/help")
            await app.update_queue.join()
            assert times_received(api, worker, "《劳动合同法》第三十条") == 1
        finally:
            await stop_bot(app)

    run(scenario())


def test_forget_removes_the_workers_stored_unhandled_updates(env):
    api, settings, services = env
    worker = api.user(204, "阿梅")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.stall("sendChatAction", chat=worker)  # a question stays in the inbox, unhandled
            api.send_text(worker, "我的手机号13812345678，老板欠薪")
            await api.stalled()
            assert any("13812345678" in str(p.update) for p in app.bot_data.inbox.unhandled())
            confirm = await api.ask(worker, "/forget")
            done = await api.click(worker, confirm[0], "forget:yes")
            assert "已删除" in done[0]["text"]
            assert not any("13812345678" in str(p.update) for p in app.bot_data.inbox.unhandled())
        finally:
            api.drop_stalled()
            await stop_bot(app)

    run(scenario())


async def stored(app, update: dict) -> None:
    """Wait until the bot has stored ``update`` in its inbox."""
    async with asyncio.timeout(30):
        while not any(p.update_id == update["update_id"]
                      for p in await asyncio.to_thread(app.bot_data.inbox.unhandled)):
            await asyncio.sleep(0.02)


def test_a_message_sent_after_the_forget_press_is_answered_when_the_press_is_handled_again_after_a_restart(env):
    api, settings, services = env
    worker = api.user(208, "阿兰")

    async def scenario():
        app = await start_bot(settings, services)
        confirm = await api.ask(worker, "/forget")
        api.stall("answerCallbackQuery")  # killed while it answers the press: nothing deleted yet
        api.press(worker, confirm[0], "forget:yes")
        await api.stalled()
        await crash_bot(app)
        api.drop_stalled()
        api.mark(worker)
        question = api.send_text(worker, "干了俩月老板一直没给钱咋办")  # typed while the bot is down
        hold = HoldBefore(services.engine, r"DELETE FROM inbox WHERE inbox\.user_id")
        app = await start_bot(settings, services)
        try:
            await hold.wait()  # the press, handled again, is about to delete the worker's unhandled messages...
            await stored(app, question)  # ...when the later question is stored, and waits for the press's turn
            hold.release()
            answer = await api.awaited_for(worker, 1, timeout=60, predicate=lambda m: "第三十条" in m.get("text", ""))
            assert "《劳动合同法》第三十条" in texts(answer)  # answered, not deleted with the ones before the press
            assert any("已删除" in m.get("text", "") for m in api.messages(worker))  # the press did its work
        finally:
            hold.close()
            await stop_bot(app)

    run(scenario())


def test_a_delivery_telegram_accepted_is_not_sent_again_after_a_crash(api, labor_kb, tmp_path):
    clock = FrozenClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    settings = settings.model_copy(update={"cases": settings.cases.model_copy(update={
        "staff_chat_id": STAFF_GROUP, "delivery_poll_s": 0.2})})
    services = open_services(labor_kb, settings, clock=clock)
    api.group(STAFF_GROUP, "法律援助工作组", is_forum=True, bot_status="administrator")
    api.add_member(STAFF_GROUP, api.user(LAWYER_ID, "王", last_name="律师"))
    services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
    wang = services.staff.by_username("wang")
    worker = api.user(205, "阿强")
    api.private_chat(worker)
    case = services.cases.create(NewCase(conversation_id="tg:205", worker_chat_id=205, worker_name="阿强",
                                         language="zh", topic="arrears", facts={}, question="老板欠薪"))
    long_reply = "\n".join(f"第{i}点：请把工资条、考勤记录和聊天记录都保存好，仲裁时要用。" for i in range(160))

    async def scenario():
        app = await start_bot(settings, services)
        await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
        api.mark(worker)
        api.stall("sendMessage", chat=worker, after=2)  # the claim notice and part 1 go out; killed sending part 2
        services.cases.reply(case.id, wang.id, long_reply, channel="console")
        app.bot_data.wake_courier()
        await api.stalled()
        got = api.messages(worker)
        assert len(got) == 2 and "已接手" in got[0]["text"]
        part_one = got[1]["text"]
        await crash_bot(app)
        api.drop_stalled()
        clock.advance(timedelta(minutes=5))  # every lease of the dead courier has run out
        api.mark(STAFF_GROUP)
        app = await start_bot(settings, services)
        try:
            told = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "无法确认" in m.get("text", ""),
                                         timeout=20)
            assert "第0点" in told[0]["text"]  # which message the staff should check with the worker
            assert times_received(api, worker, part_one) == 1
            assert "delivery_unknown" in [e.kind for e in services.cases.events(case.id)]
        finally:
            await stop_bot(app)
            services.engine.dispose()

    run(scenario())
