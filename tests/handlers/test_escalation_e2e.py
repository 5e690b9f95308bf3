"""Escalation to legal-aid staff over real HTTP: consent, packet in the staff group, relay, close.

The real PTB Application and courier talk to the local Bot API server; assertions are on what
the worker and the staff see, and on the stored case.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.cases import NewCase, outbox
from tests.helpers.telegram import bot_settings, buttons, open_services, run, start_bot, stop_bot, texts
from tests.helpers.updates import HandledUpdates

STAFF_GROUP = -1001234567890
LAWYER_ID = 501
OUTSIDER_ID = 601


def _env(api, labor_kb, tmp_path, *, forum: bool = True, reannounce_min: float = 30.0, database_url: str | None = None,
         bot_status: str = "administrator"):
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    settings = settings.model_copy(update={"database_url": database_url or settings.database_url,
                                           "cases": settings.cases.model_copy(update={
        "staff_chat_id": STAFF_GROUP, "delivery_poll_s": 0.2, "reannounce_after_min": reannounce_min})})
    services = open_services(labor_kb, settings)
    api.group(STAFF_GROUP, "法律援助工作组", is_forum=forum, bot_status=bot_status)
    lawyer = api.user(LAWYER_ID, "王", last_name="律师")
    outsider = api.user(OUTSIDER_ID, "路人")
    api.add_member(STAFF_GROUP, lawyer)
    api.add_member(STAFF_GROUP, outsider)
    services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
    return settings, services, lawyer, outsider


@pytest.fixture(params=["sqlite", "postgresql"])
def env(request, api, labor_kb, tmp_path):
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    settings, services, lawyer, outsider = _env(api, labor_kb, tmp_path, database_url=url)
    yield api, settings, services, lawyer, outsider
    services.engine.dispose()


def button(message, label_start):
    return next(b["callback_data"] for b in buttons(message) if b["text"].startswith(label_start))


async def wait_recorded(services, case_id: int) -> None:
    """Until the courier has stored where the packet landed (a person replies seconds later, a test at once)."""
    for _ in range(100):
        if services.cases.get(case_id).packet_message_id is not None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the packet's message id was never recorded")


async def urgent_case_through_telegram(api, services, worker):
    """A worker's urgent question, the hand-over, and the packet in the staff group: (case, packet)."""
    answer = await api.ask(worker, "老板跑路了，欠了我们二十多个工友三个月工资，怎么办")
    await consent_and_answer(api, worker, answer[-1])
    case = services.cases.search()[0]
    packet = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
    return case, packet[0]


async def consent_and_answer(api, worker, answer_message):
    """From an answer with the hand-over button to the submitted case, answering the questions."""
    consent = await api.click(worker, answer_message, "law")
    assert "Telegram 名字：阿强" in consent[0]["text"] and "对话记录（1 条问答）" in consent[0]["text"]
    phone = await api.click(worker, consent[0], "cs:y", count=2)  # buttons removed, then the question
    assert "手机号" in phone[-1]["text"]
    wrong = await api.ask(worker, "12345")
    assert "号码好像不对" in wrong[0]["text"]
    first = await api.ask(worker, "138 1234 5678")
    assert "简短问题" in first[0]["text"] and "用人单位" in first[0]["text"]
    replies = {"用人单位": "深圳市宏达建筑劳务有限公司", "城市": "深圳", "做什么工作": "工地钢筋工",
               "开始在这里工作": "2025年3月", "被欠了多少": "三万六"}
    message = first[0]
    for _ in range(12):
        text = message["text"]
        if "案件编号" in text:
            return message
        typed = next((v for k, v in replies.items() if k in text), None)
        if typed is not None:
            message = (await api.ask(worker, typed))[-1]
        else:  # a question the worker does not want to answer
            message = (await api.click(worker, message, "in:skip", count=2))[-1]
    raise AssertionError(f"intake did not finish: {message['text']}")


def test_worker_consents_staff_claim_reply_and_close_across_a_restart(env):
    api, settings, services, lawyer, outsider = env
    worker = api.user(101, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            answer = await api.ask(worker, "老板跑路了，欠了我们二十多个工友三个月工资，怎么办")
            last = answer[-1]
            assert buttons(last)[0]["text"] == "👩‍⚖️ 转给法律援助人员"  # urgent: a person is offered first
            submitted = await consent_and_answer(api, worker, last)
            assert "已标为紧急" in submitted["text"] and "/ask" in submitted["text"]
            case = services.cases.search()[0]
            assert submitted["text"].count(case.number) == 1
            assert case.priority == "urgent" and "vanished_employer" in case.priority_reasons
            assert case.facts["employer"] == "深圳市宏达建筑劳务有限公司" and case.facts["amount_owed"] == "36000"
            assert case.phone == "13812345678"

            # The packet opens its own forum topic in the staff group.
            packet_msgs = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
            packet = packet_msgs[0]
            topic = api.topics(STAFF_GROUP)[-1]
            assert case.number in topic["name"] and packet["message_thread_id"] == topic["message_thread_id"]
            for expected in (case.number, "🔴 紧急", "老板失联", "深圳市宏达建筑劳务有限公司", "36000 元",
                             "138****5678", "阿强"):
                assert expected in packet["text"], expected
            assert "13812345678" not in packet["text"]
            assert [b["text"] for b in buttons(packet)] == ["🙋 认领", "❓ 要求补充信息", "✅ 结案", "📄 PDF"]
            thread = topic["message_thread_id"]

            # Someone in the group who is not registered staff cannot claim.
            api.press(outsider, packet, f"k:claim:{case.id}")
            refusal = await api.awaited_call("answerCallbackQuery", lambda p: "只有登记" in (p.get("text") or ""))
            assert refusal["show_alert"] in (True, "true")
            assert services.cases.get(case.id).assignee_id is None

            api.mark(worker)
            api.press(lawyer, packet, f"k:claim:{case.id}")
            told = await api.awaited_for(worker, 1)
            assert "王律师 已接手你的案件" in told[0]["text"] and "4 小时内" in told[0]["text"]
            await api.awaited_call("editMessageReplyMarkup", lambda p: "王律师 已认领" in str(p.get("reply_markup")))

            # Staff write in the topic; the worker receives it.
            api.mark(worker)
            api.send_text(lawyer, "你好，请把工资条和考勤记录拍照留好。", chat=STAFF_GROUP, message_thread_id=thread)
            relayed = await api.awaited_for(worker, 1)
            assert relayed[0]["text"] == "👩‍⚖️ 王律师（法律援助）：\n你好，请把工资条和考勤记录拍照留好。"

            # The worker answers; it goes into the topic and the bot does not talk over the lawyer.
            api.mark(STAFF_GROUP)
            said = api.send_text(worker, "好的，我还有微信聊天记录")
            back = await api.awaited_for(STAFF_GROUP, 1, thread_id=thread)
            assert back[0]["text"] == "💬 当事人：\n好的，我还有微信聊天记录"
            await handled.wait(said)
            assert [m for m in api.sent_since_mark(worker) if m.get("text")] == []
            # A photo of a pay slip is copied into the topic (never downloaded by the bot) …
            api.mark(STAFF_GROUP)
            api.send_photo(worker, caption="三月的工资条")
            copied = await api.awaited_for(STAFF_GROUP, 2, thread_id=thread)
            assert copied[0]["text"] == "💬 当事人：\n[照片] 三月的工资条" and "photo" in copied[1]
            # … and a form the lawyer sends in the topic reaches the worker.
            api.mark(worker)
            api.send_document(lawyer, "仲裁申请书模板.docx", b"PK\x03\x04 template", chat=STAFF_GROUP,
                              message_thread_id=thread)
            form = await api.awaited_for(worker, 2)
            assert form[0]["text"] == "👩‍⚖️ 王律师（法律援助）：\n[文件]"
            assert form[1]["document"]["file_name"] == "仲裁申请书模板.docx"
            # Staff correct a fact with /fact and export the case file as a PDF in the topic.
            fixed = await api.ask(lawyer, "/fact 被欠金额 38000", chat=STAFF_GROUP, message_thread_id=thread)
            assert "已更正：被欠金额：38000" in fixed[0]["text"]
            assert services.cases.get(case.id).facts["amount_owed"] == "38000"
            api.mark(STAFF_GROUP)
            pressed = api.press(lawyer, packet, f"k:pdf:{case.id}")
            exported = await api.awaited_for(STAFF_GROUP, 1, thread_id=thread)
            assert exported[0]["document"]["file_name"] == f"{case.number}.pdf"
            assert api.file_bytes(exported[0]["document"]["file_id"]).startswith(b"%PDF")
            await handled.wait(pressed)  # the export is recorded once the file is sent
            assert {"fact_changed", "exported"} <= {e.kind for e in services.cases.events(case.id)}
            # … unless the worker explicitly asks the bot.
            explicit = await api.ask(worker, "/ask 加班费怎么算")
            assert "加班" in texts(explicit)
        finally:
            await stop_bot(app)

        # A reply typed in the web console while the bot is down is delivered after the restart.
        services.cases.reply(case.id, services.staff.by_username("wang").id, "明天上午给你打电话。", channel="console")
        api.mark(worker)
        app = await start_bot(settings, services)
        try:
            after = await api.awaited_for(worker, 1)
            assert after[0]["text"] == "👩‍⚖️ 王律师（法律援助）：\n明天上午给你打电话。"

            # Staff ask for a fact through the buttons; the worker's answer lands in the case.
            packet = next(m for m in api.messages(STAFF_GROUP, thread) if "新案件" in m.get("text", ""))
            api.press(lawyer, packet, f"k:ask:{case.id}")
            await api.awaited_call("editMessageReplyMarkup", lambda p: "k:askf" in str(p.get("reply_markup")))
            api.mark(worker)
            api.press(lawyer, packet, f"k:askf:{case.id}:city")
            asked = await api.awaited_for(worker, 1)
            assert "王律师 想了解：你在哪个城市工作？" in asked[0]["text"]
            api.mark(STAFF_GROUP)
            thanks = await api.ask(worker, "东莞")
            assert "已转告" in thanks[0]["text"]
            note = await api.awaited_for(STAFF_GROUP, 1, thread_id=thread)
            assert "当事人补充：工作城市：东莞" in note[0]["text"]
            assert services.cases.get(case.id).facts["city"] == "东莞"
            change = [e for e in services.cases.events(case.id) if e.kind == "fact_changed"][-1]
            assert change.detail["old"] == "深圳" and change.detail["new"] == "东莞"

            # Close with an outcome: the worker hears it and is asked for feedback.
            api.press(lawyer, packet, f"k:close:{case.id}")
            await api.awaited_call("editMessageReplyMarkup", lambda p: "k:out" in str(p.get("reply_markup")))
            api.mark(worker)
            packet = next(m for m in api.messages(STAFF_GROUP, thread) if "新案件" in m.get("text", ""))
            api.press(lawyer, packet, f"k:out:{case.id}:referred_arbitration")
            closed = await api.awaited_for(worker, 1)
            assert "已结束：已指引你申请劳动仲裁" in closed[0]["text"]
            feedback = await api.click(worker, closed[0], f"cf:{case.id}:+", count=2)
            assert "谢谢你的反馈" in texts(feedback)
            stored = services.cases.get(case.id)
            assert stored.status == "closed" and stored.outcome == "referred_arbitration" and stored.feedback == 1
            await api.awaited_call("closeForumTopic")
            closed_packet = next(m for m in api.messages(STAFF_GROUP, thread) if "新案件" in m.get("text", ""))
            assert [b["text"] for b in buttons(closed_packet)] == ["📄 PDF"]
            # After the case closes, the worker's messages are answered by the bot again.
            again = await api.ask(worker, "加班费怎么算")
            assert "加班" in texts(again)
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_worker_who_declines_shares_nothing(env):
    api, settings, services, _lawyer, _outsider = env
    worker = api.user(102, "小李")

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            consent = await api.ask(worker, "/lawyer")
            assert "你同意分享吗" in consent[0]["text"]
            api.mark(STAFF_GROUP)
            api.mark(worker)
            decline = api.press(worker, consent[0], "cs:n")
            declined = await api.awaited_for(worker, 2, edits=True)  # buttons removed, then the answer
            assert "什么都没有分享" in texts(declined) and "12348" in texts(declined)
            await handled.wait(decline)
            # No case, nothing queued for the courier: nothing can reach the staff group.
            assert services.cases.search() == [] and services.cases.pending_deliveries() == 0
            assert api.sent_since_mark(STAFF_GROUP) == []
            answer = await api.ask(worker, "公司不给交社保怎么办")  # and the bot keeps answering
            assert "社会保险" in texts(answer)
        finally:
            await stop_bot(app)

    run(scenario())


def test_forget_anonymises_the_case_and_tells_staff(env):
    api, settings, services, _lawyer, _outsider = env
    worker = api.user(103, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            case, _packet = await urgent_case_through_telegram(api, services, worker)
            confirm = await api.ask(worker, "/forget")
            done = await api.click(worker, confirm[0], "forget:yes")
            assert "法律援助案件中的个人信息 1 件" in done[0]["text"]
            notice = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "已删除其个人数据" in m.get("text", ""))
            assert case.number in notice[0]["text"]
            # The case's topic, with the packet and everything relayed, is gone from the staff group.
            assert not [t for t in api.topics(STAFF_GROUP) if case.number in t["name"]]
            assert not [m for m in api.messages(STAFF_GROUP) if "阿强" in m.get("text", "")]
            stored = services.cases.get(case.id)
            assert stored.anonymized and stored.status == "closed" and stored.outcome == "withdrawn"
            assert stored.worker_name is None and stored.phone is None and stored.facts == {}
            assert all(m.text is None for m in services.cases.messages(case.id))
            assert not services.cases.search(query="宏达") and not services.cases.search(query="13812345678")
        finally:
            await stop_bot(app)

    run(scenario())


def test_group_without_topics_uses_reply_threads_and_reannounces_urgent_cases(api, labor_kb, tmp_path):
    settings, services, lawyer, _outsider = _env(api, labor_kb, tmp_path, forum=False, reannounce_min=0.02)
    worker = api.user(104, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            case, packet = await urgent_case_through_telegram(api, services, worker)
            assert api.topics(STAFF_GROUP) == []
            await wait_recorded(services, case.id)
            reminder = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "⏰" in m.get("text", ""), timeout=15)
            assert case.number in reminder[0]["text"] and "无人认领" in reminder[0]["text"]
            api.mark(worker)
            api.send_text(lawyer, "您好，我是王律师。", chat=STAFF_GROUP, reply_to=packet)
            relayed = await api.awaited_for(worker, 2)  # claimed notice, then the reply
            assert "王律师 已接手" in texts(relayed) and "您好，我是王律师。" in texts(relayed)
            api.mark(STAFF_GROUP)
            api.send_text(worker, "谢谢律师")
            back = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "谢谢律师" in m.get("text", ""))
            assert back[0]["reply_to_message"]["message_id"] == packet["message_id"]
        finally:
            await stop_bot(app)

    try:
        run(scenario())
    finally:
        services.engine.dispose()


def test_failed_deliveries_are_retried_in_order_and_a_blocked_worker_is_reported(env):
    api, settings, services, _lawyer, _outsider = env
    worker = api.user(105, "阿强")
    api.private_chat(worker)
    case = services.cases.create(NewCase(conversation_id="tg:105", worker_chat_id=105, worker_name="阿强",
                                         language="zh", topic="arrears", facts={}, question="老板欠薪"))
    wang = services.staff.by_username("wang")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
            api.mark(worker)
            api.fail_next("sendMessage", "Internal Server Error", error_code=500)  # Telegram hiccups once
            services.cases.reply(case.id, wang.id, "第一条", channel="console")
            services.cases.reply(case.id, wang.id, "第二条", channel="console")
            app.bot_data.wake_courier()
            got = await api.awaited_for(worker, 3, timeout=20)  # claimed notice, then both replies, in order
            bodies = [m["text"].split("\n")[-1] for m in got]
            assert "已接手" in got[0]["text"] and bodies[1:] == ["第一条", "第二条"]
            # A worker who blocked the bot: given up, recorded, and the staff are told in the topic.
            api.block(worker)
            api.mark(STAFF_GROUP)
            services.cases.reply(case.id, wang.id, "还在吗？", channel="console")
            app.bot_data.wake_courier()
            told = await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "未能送达" in m.get("text", ""),
                                         timeout=20)
            assert told
            assert services.cases.events(case.id)[-1].kind == "delivery_failed"
            for _ in range(100):  # the console replies' copies in the staff topic go out too
                if services.cases.pending_deliveries() == 0:
                    break
                await asyncio.sleep(0.05)
            assert services.cases.pending_deliveries() == 0
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_forum_where_the_bot_cannot_open_topics_still_gets_the_case(api, labor_kb, tmp_path):
    settings, services, lawyer, _outsider = _env(api, labor_kb, tmp_path, bot_status="member")
    worker = api.user(106, "阿强")
    api.private_chat(worker)
    case = services.cases.create(NewCase(conversation_id="tg:106", worker_chat_id=106, worker_name="阿强",
                                         language="zh", topic="arrears", facts={}, question="老板欠薪"))

    async def scenario():
        app = await start_bot(settings, services)
        try:
            packet = (await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", "")))[0]
            assert api.topics(STAFF_GROUP) == [] and case.number in packet["text"]
            await wait_recorded(services, case.id)
            api.mark(worker)
            # Replies reach a bot in privacy mode.
            api.send_text(lawyer, "您好，我是王律师。", chat=STAFF_GROUP, reply_to=packet)
            relayed = await api.awaited_for(worker, 2)
            assert "您好，我是王律师。" in texts(relayed)
        finally:
            await stop_bot(app)

    try:
        run(scenario())
    finally:
        services.engine.dispose()


@pytest.mark.filterwarnings("ignore:.*retry_after.*timedelta:DeprecationWarning")  # raised inside PTB's RetryAfter
def test_flood_control_is_waited_out_without_failing_or_reordering(api, labor_kb, tmp_path):
    """Telegram answers 429 with retry_after for a while; every message arrives once, in order, after the wait."""
    settings, services, _lawyer, _outsider = _env(api, labor_kb, tmp_path)
    cases = []
    for uid in (107, 108, 109):
        api.private_chat(api.user(uid, "阿强"))
        cases.append(services.cases.create(NewCase(conversation_id=f"tg:{uid}", worker_chat_id=uid, worker_name="阿强",
                                                   language="zh", topic="arrears", facts={}, question="老板欠薪")))
    relays = ["第一条", "第二条", "第三条"]
    for text in relays:
        services.cases.worker_message(cases[0].id, text)
    # Sixteen lanes share the staff group: its first sends are refused with a (short) flood wait.
    api.fail_next("sendMessage", retry_after=0.2, times=4, chat=STAFF_GROUP)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            await api.awaited_for(STAFF_GROUP, 6, timeout=60)  # three packets, three relays
            for _ in range(200):  # until the courier has also recorded the last delivery
                if services.cases.pending_deliveries() == 0:
                    break
                await asyncio.sleep(0.05)
        finally:
            await stop_bot(app)

    try:
        run(scenario())
        refused = [e for e in api.errors("sendMessage") if e["error_code"] == 429]
        assert len(refused) == 4 and all(e["params"]["chat_id"] == STAFF_GROUP for e in refused)
        sent = [m["text"] for m in api.messages(STAFF_GROUP)]
        for case in cases:  # each packet once
            assert sum("新案件" in t and case.number in t for t in sent) == 1, case.number
        thread = services.cases.get(cases[0].id).staff_thread_id
        in_topic = [m["text"] for m in api.messages(STAFF_GROUP, thread)]
        assert "新案件" in in_topic[0] and [t.split("\n")[-1] for t in in_topic[1:]] == relays  # in order, once
        with services.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.attempts, outbox.c.last_error, outbox.c.sent_at)).all()
        # A flood wait is not a failed delivery: each item went out on its first attempt, with no error kept.
        assert rows and all(r.sent_at is not None and r.attempts == 1 and r.last_error is None for r in rows)
    finally:
        services.engine.dispose()


def test_a_malformed_or_stale_button_is_answered_and_changes_nothing(api, labor_kb, tmp_path):
    settings, services, lawyer, _outsider = _env(api, labor_kb, tmp_path)
    worker = api.user(110, "阿强")
    api.private_chat(worker)
    case = services.cases.create(NewCase(conversation_id="tg:110", worker_chat_id=110, worker_name="阿强",
                                         language="zh", topic="arrears", facts={}, question="老板欠薪"))
    too_big = "9" * 20  # digits, but beyond any id the database can hold

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            await api.awaited_for(STAFF_GROUP, 1, predicate=lambda m: "新案件" in m.get("text", ""))
            await wait_recorded(services, case.id)
            # Buttons whose data no longer means anything: an outcome that does not exist, ids out of range.
            stale = {
                STAFF_GROUP: (lawyer, [f"k:out:{case.id}:bogus", f"k:claim:{too_big}", f"k:askf:{case.id}:salary"]),
                worker["id"]: (worker, [f"cf:{too_big}:+", f"r:+{too_big}"]),
            }
            presses = []
            for chat_id, (user, datas) in stale.items():
                rows = [[InlineKeyboardButton(d, callback_data=d)] for d in datas]
                sent = await app.bot.send_message(chat_id, "旧按钮", reply_markup=InlineKeyboardMarkup(rows))
                message = sent.to_dict()
                api.mark(chat_id)
                presses += [api.press(user, message, d) for d in datas]
            await handled.wait(*presses)
            for press in presses:
                assert api.callback_answer(press) == {"text": "这个按钮已失效。", "show_alert": False}, press["callback_query"]["data"]
            assert api.sent_since_mark(STAFF_GROUP) == [] and api.sent_since_mark(worker) == []
            stored = services.cases.get(case.id)
            assert stored.status != "closed" and stored.assignee_id is None and stored.feedback is None
            assert [e["method"] for e in api.errors()] == []
        finally:
            await stop_bot(app)

    try:
        run(scenario())
    finally:
        services.engine.dispose()
