"""Replies of handlers that commit their effect before they say so, after a kill in between (issue 12).

Each handler owes its reply in the transaction of its effect (``handlers.inbox.owe_calls``, or a
service's ``ChatReply``): the bot is killed after that commit and before the record of the reply's call
(``KillBeforeRecord``, as in tests/handlers/test_crash_recovery.py), then started again over the same
database, and the reply must reach the person: the edit of the pressed message, the answer to the
press, the message, the packet's buttons. An admin's retire writes the catalog, not the bot's database:
the press is handled again, and must say what was done.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.cases import NewCase
from handlers.callbacks import CaseFeedback, Forget, Language
from ingestion.sync import SyncResult
from knowledge.models import Article, ParsedDocument, SourceKind
from tests.helpers.telegram import (
    ADMIN_ID,
    KillBeforeRecord,
    bot_settings,
    buttons,
    crash_bot,
    killed_between_commit_and_record,
    open_services,
    run,
    start_bot,
    stop_bot,
    texts,
)

STAFF_GROUP = -1001234567891
LAWYER_ID = 502


@pytest.fixture()
def killable(api, labor_kb, tmp_path):
    """The bot's services on SQLite with a staff group and a lawyer, and the kill between commit and record."""
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    settings = settings.model_copy(update={"cases": settings.cases.model_copy(update={
        "staff_chat_id": STAFF_GROUP, "delivery_poll_s": 0.2})})
    services = open_services(labor_kb, settings)
    api.group(STAFF_GROUP, "法律援助工作组", is_forum=True, bot_status="administrator")
    api.add_member(STAFF_GROUP, api.user(LAWYER_ID, "王", last_name="律师"))
    services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
    kill = KillBeforeRecord(services.engine)
    yield api, settings, services, kill
    kill.close()
    services.engine.dispose()


async def answered(api, update: dict, timeout: float = 30) -> dict:
    """How the bot answered the button press ``update``, once it has."""
    async with asyncio.timeout(timeout):
        while (answer := api.callback_answer(update)) is None:
            await asyncio.sleep(0.05)
    return answer


async def packet_of(api, services, worker: dict) -> tuple[int, dict]:
    """An open case of ``worker`` and its packet in the staff group, once the courier has posted it."""
    api.private_chat(worker)
    case = services.cases.create(NewCase(
        conversation_id=f"tg:{worker['id']}", worker_chat_id=worker["id"], worker_name=worker["first_name"],
        language="zh", topic="arrears", facts={}, question="老板欠薪"))
    packet = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
    for _ in range(200):  # where the packet landed is stored just after it is sent
        if services.cases.get(case.id).packet_message_id is not None:
            break
        await asyncio.sleep(0.05)
    return case.id, packet[0]


def test_the_forget_confirmation_is_shown_after_a_kill_between_the_deletion_and_the_edit(killable):
    api, settings, services, kill = killable
    worker = api.user(211, "阿兰")

    async def scenario():
        app = await start_bot(settings, services)
        await api.ask(worker, "干了俩月老板一直没给钱咋办")  # something to delete
        confirm = await api.ask(worker, "/forget")
        kill.methods = ("editMessageText",)
        app = await killed_between_commit_and_record(app, settings, services, kill, api, worker,
                                                     lambda: api.press(worker, confirm[0], Forget(True).build()))
        try:
            done = await api.awaited_for(worker, 1, edits=True)
            assert "已删除：对话状态 1 份，提问和反馈记录 1 条" in done[0]["text"]
            assert services.chat.language("tg:211") is None and not services.activity.transcript(
                conversation_id="tg:211")  # deleted, once: the press was not handled again
        finally:
            await stop_bot(app)

    run(scenario())


def test_the_language_confirmation_is_shown_after_a_kill_between_the_choice_and_the_edit(killable):
    api, settings, services, kill = killable
    worker = api.user(212, "阿杰")

    async def scenario():
        app = await start_bot(settings, services)
        prompt = await api.ask(worker, "/language")
        kill.methods = ("editMessageText",)
        app = await killed_between_commit_and_record(app, settings, services, kill, api, worker,
                                                     lambda: api.press(worker, prompt[0], Language("en").build()))
        try:
            done = await api.awaited_for(worker, 1, edits=True)
            assert "reply in English" in done[0]["text"]
            assert services.chat.language("tg:212") == "en"
        finally:
            await stop_bot(app)

    run(scenario())


def test_the_thanks_for_a_rating_is_shown_after_a_kill_between_the_rating_and_the_answer(killable):
    api, settings, services, kill = killable
    worker = api.user(213, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        answer = await api.ask(worker, "干了俩月老板一直没给钱咋办")
        rated = next(m for m in answer if any(b["text"] == "👍" for b in buttons(m)))
        up = next(b["callback_data"] for b in buttons(rated) if b["text"] == "👍")
        kill.methods = ("answerCallbackQuery",)
        press: dict = {}
        app = await killed_between_commit_and_record(app, settings, services, kill, api, worker,
                                                     lambda: press.update(api.press(worker, rated, up)))
        try:
            assert (await answered(api, press))["text"] == "谢谢你的反馈！"
        finally:
            await stop_bot(app)

    run(scenario())


def test_the_thanks_for_a_case_rating_is_sent_after_a_kill_between_the_rating_and_the_message(killable):
    api, settings, services, kill = killable
    worker = api.user(214, "阿梅")

    async def scenario():
        app = await start_bot(settings, services)
        case_id, _ = await packet_of(api, services, worker)
        api.mark(worker)
        services.cases.close(case_id, services.staff.by_username("wang").id, "referred_arbitration")
        closed = await api.awaited_for(worker, 1, predicate=lambda m: bool(buttons(m)))
        kill.methods = ("sendMessage",)
        app = await killed_between_commit_and_record(
            app, settings, services, kill, api, worker,
            lambda: api.press(worker, closed[0], CaseFeedback(case_id, True).build()))
        try:
            thanks = await api.awaited_for(worker, 1)
            assert "谢谢你的反馈" in texts(thanks)
            assert services.cases.get(case_id).feedback == 1
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_claim_is_confirmed_to_the_lawyer_after_a_kill_between_the_claim_and_the_answer(killable):
    api, settings, services, kill = killable
    worker = api.user(215, "阿华")

    async def scenario():
        app = await start_bot(settings, services)
        case_id, packet = await packet_of(api, services, worker)
        kill.methods = ("answerCallbackQuery",)
        press: dict = {}
        app = await killed_between_commit_and_record(
            app, settings, services, kill, api, STAFF_GROUP,
            lambda: press.update(api.press(LAWYER_ID, packet, f"k:claim:{case_id}")))
        try:
            assert (await answered(api, press))["text"] == "已认领，当事人已收到通知。"
            assert services.cases.get(case_id).assignee_name == "王律师"
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_question_for_the_worker_is_confirmed_to_the_lawyer_after_a_kill_between_it_and_the_answer(killable):
    api, settings, services, kill = killable
    worker = api.user(216, "小李")

    async def scenario():
        app = await start_bot(settings, services)
        case_id, packet = await packet_of(api, services, worker)
        api.press(LAWYER_ID, packet, f"k:ask:{case_id}")
        await api.awaited_call("editMessageReplyMarkup", lambda p: "k:askf" in str(p.get("reply_markup")))
        kill.methods = ("answerCallbackQuery",)
        press: dict = {}
        app = await killed_between_commit_and_record(
            app, settings, services, kill, api, STAFF_GROUP,
            lambda: press.update(api.press(LAWYER_ID, packet, f"k:askf:{case_id}:city")))
        try:
            assert (await answered(api, press))["text"].startswith("已向当事人询问")
            asked = await api.awaited_for(worker, 1, predicate=lambda m: "想了解" in m.get("text", ""))
            assert "哪个城市" in asked[0]["text"]
            thanks = await api.ask(worker, "东莞")  # the answer is read as the fact asked for
            assert "已转告" in texts(thanks) and services.cases.get(case_id).facts["city"] == "东莞"
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_corrected_fact_is_confirmed_to_the_lawyer_after_a_kill_between_the_fact_and_the_reply(killable):
    api, settings, services, kill = killable
    worker = api.user(218, "阿珍")

    async def scenario():
        app = await start_bot(settings, services)
        case_id, packet = await packet_of(api, services, worker)
        thread = packet["message_thread_id"]
        kill.methods = ("sendMessage",)
        app = await killed_between_commit_and_record(
            app, settings, services, kill, api, STAFF_GROUP,
            lambda: api.send_text(LAWYER_ID, "/fact 被欠金额 38000", chat=STAFF_GROUP, message_thread_id=thread))
        try:
            done = await api.awaited_for(STAFF_GROUP, 1, thread_id=thread)
            assert "已更正：被欠金额：38000" in done[0]["text"]
            assert services.cases.get(case_id).facts["amount_owed"] == "38000"
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_case_file_cut_off_by_a_kill_is_exported_after_the_restart(killable):
    api, settings, services, kill = killable
    worker = api.user(219, "阿兰")

    async def scenario():
        app = await start_bot(settings, services)
        case_id, packet = await packet_of(api, services, worker)
        api.stall("sendDocument")  # killed while the file is on its way: Telegram never got it
        api.press(LAWYER_ID, packet, f"k:pdf:{case_id}")
        await api.stalled()
        await crash_bot(app)
        api.drop_stalled()
        api.mark(STAFF_GROUP)
        app = await start_bot(settings, services)
        try:
            exported = await api.awaited_for(STAFF_GROUP, 1, thread_id=packet["message_thread_id"])
            assert exported[0]["document"]["file_name"].endswith(".pdf")
            for _ in range(200):  # the export is recorded just after Telegram took the file
                if "exported" in [e.kind for e in services.cases.events(case_id)]:
                    break
                await asyncio.sleep(0.05)
            assert [e.kind for e in services.cases.events(case_id)].count("exported") == 1
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_retire_is_reported_after_a_kill_between_the_retire_and_the_edit(killable, labor_kb):
    api, settings, services, kill = killable
    admin = api.user(ADMIN_ID, "管理员")
    title = "测试重启停用办法"
    doc = ParsedDocument(title=title, kind=SourceKind.REGULATION, articles=[
        Article(law=title, number=1, text="用人单位应当按月足额支付劳动者工资。"),
        Article(law=title, number=2, text="本办法自发布之日起施行。")])

    async def scenario():
        result: SyncResult = await asyncio.to_thread(labor_kb.ingestor.sync_document, doc)
        app = await start_bot(settings, services)
        try:
            confirm = await api.ask(admin, f"/retire {title}")
            assert "确定停用" in confirm[0]["text"]
            kill.methods = ("editMessageText",)
            app = await killed_between_commit_and_record(
                app, settings, services, kill, api, admin,
                lambda: api.press(admin, confirm[0], buttons(confirm[0])[0]["callback_data"]))
            done = await api.awaited_for(admin, 1, edits=True)
            assert f"已停用「{title}」，移除 2 条条文" in done[0]["text"]
            assert labor_kb.catalog.get_source(result.source_id).status == "retired"
        finally:
            await stop_bot(app)
            source = labor_kb.catalog.get_source(result.source_id)
            if source is not None and source.active:
                labor_kb.ingestor.retire(result.source_id)

    run(scenario())
