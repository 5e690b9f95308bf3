"""The real bot over real HTTP: whole conversations as a worker and as an admin.

The PTB Application talks to a local Bot API server on 127.0.0.1 (tests/helpers/botapi.py);
assertions are on the messages the user receives.
"""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from tests.helpers.documents import plain_text, write_pdf
from tests.helpers.paths import corpus_file
from tests.helpers.servers import free_port
from tests.helpers.telegram import ADMIN_ID, bot_settings, buttons, open_services, run, start_bot, stop_bot, texts
from tests.helpers.updates import HandledUpdates


@pytest.fixture()
def env(api, labor_kb, tmp_path):
    settings = bot_settings(labor_kb, api, tmp_path / "app.db", rate_limit_messages=6, rate_limit_window_s=60)
    services = open_services(labor_kb, settings)
    yield api, settings, services
    services.engine.dispose()


def test_worker_asks_and_gets_a_cited_answer_with_buttons(env):
    api, settings, services = env
    worker = api.user(101, "阿强")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            welcome = await api.ask(worker, "/start")
            assert "劳动权益助手" in welcome[0]["text"] and "/forget" in welcome[0]["text"]
            assert [c["command"] for c in api.commands()] == ["start", "help", "lawyer", "ask", "language", "forget"]
            answer = await api.ask(worker, "干了俩月老板一直没给钱咋办")
            last = answer[-1]
            assert "《劳动合同法》第三十条" in texts(answer)
            assert any(e["type"] == "bold" for e in answer[0].get("entities", []))  # HTML parsed by the server
            labels = [b["text"] for b in buttons(last)]
            assert any(label.startswith("📖") for label in labels)
            assert "🆘 找法律援助 / 真人帮助" in labels and "👍" in labels
            article = next(b for b in buttons(last) if b["text"].startswith("📖 《劳动合同法》第三十条"))
            full = await api.click(worker, last, article["callback_data"])
            assert "用人单位应当按照劳动合同约定和国家规定" in full[0]["text"]
            aid = await api.click(worker, last, "aid")
            assert "12348" in aid[0]["text"]
            api.press(worker, last, next(b["callback_data"] for b in buttons(last) if b["text"] == "👍"))
            call = await api.awaited_call("answerCallbackQuery", lambda p: p.get("text") == "谢谢你的反馈！")
            assert call
            assert services.activity.stats().thumbs_up == 1
        finally:
            await stop_bot(app)

    run(scenario())


def test_the_first_screen_a_worker_receives_answers_the_question(env):
    api, settings, services = env
    worker = api.user(104, "小周")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            answer = await api.ask(worker, "我是住家保姆，雇主家里欠我两个月工资，能去劳动仲裁吗")
            first = answer[0]["text"]
            assert first.startswith("不属于劳动关系")  # the answer itself, before any quotation
            assert "家庭或者个人与家政服务人员之间的纠纷" in first[:700]  # the decisive provision, quoted short
        finally:
            await stop_bot(app)

    run(scenario())


def test_calculator_completes_across_messages_and_survives_a_restart(env):
    api, settings, services = env
    worker = api.user(102, "小李")

    async def scenario():
        app = await start_bot(settings, services)
        first = await api.ask(worker, "老板一直不跟我签劳动合同，那我能要多少钱？")
        assert "月工资是多少" in texts(first)
        second = await api.ask(worker, "8千")
        assert "开始上班" in texts(second)
        await stop_bot(app)  # the bot restarts in the middle of the calculator
        app = await start_bot(settings, services)
        try:
            third = await api.ask(worker, "今年3月1日")
            assert "今天" in texts(third)  # when the job ended ("今天" while it goes on)
            result = await api.ask(worker, "今天")
            text = texts(result)
            assert "二倍工资" in text and "《劳动合同法》第八十二条" in text and "元" in text
        finally:
            await stop_bot(app)

    run(scenario())


def test_calculator_button_walks_through_inputs(env):
    api, settings, services = env
    worker = api.user(103)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            answer = await api.ask(worker, "公司把我辞退了，说是经营困难")
            calc = next(b for b in buttons(answer[-1]) if b["callback_data"] == "c:economic_compensation")
            asked = await api.click(worker, answer[-1], calc["callback_data"])
            assert "平均月工资" in asked[0]["text"]
            assert "开始上班" in texts(await api.ask(worker, "8000元"))
            assert "解除或终止" in texts(await api.ask(worker, "2023年3月"))
            done = texts(await api.ask(worker, "2025年9月30日"))
            assert "经济补偿" in done and "《劳动合同法》第四十七条" in done
        finally:
            await stop_bot(app)

    run(scenario())


def test_forget_deletes_after_confirmation(env):
    api, settings, services = env
    worker = api.user(104)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            await api.ask(worker, "公司拖欠我两个月工资，月薪6000")
            assert services.conversations.load("tg:104").facts.get("monthly_wage") == "6000.00"
            confirm = await api.ask(worker, "/forget")
            assert "确定要删除" in confirm[0]["text"]
            done = await api.click(worker, confirm[0], "forget:yes")
            assert "已删除：对话状态 1 份，提问和反馈记录 1 条" in done[0]["text"]
            assert services.conversations.load("tg:104").facts == {}
        finally:
            await stop_bot(app)

    run(scenario())


def test_language_switch_to_english(env):
    api, settings, services = env
    worker = api.user(105)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            prompt = await api.ask(worker, "/language")
            await api.click(worker, prompt[0], "lang:en")
            answer = await api.ask(worker, "老板拖欠工资怎么办")
            text = texts(answer)
            assert text.startswith("You can get it back.")  # a Chinese question, answered in the chosen English
            assert "legal information, not a lawyer's opinion" in text
        finally:
            await stop_bot(app)

    run(scenario())


def test_stickers_photos_edits_groups_and_floods(env):
    api, settings, services = env
    worker = api.user(106)
    stranger = api.user(107)
    group = api.group(-1001, "工友群")

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            api.mark(worker)
            api.send_sticker(worker)
            assert "只能看懂文字" in (await api.awaited_for(worker))[0]["text"]
            api.send_photo(worker)
            assert "看不了图片" in (await api.awaited_for(worker))[0]["text"]
            sent = api.send_text(worker, "我在上海")
            await api.awaited_for(worker)
            api.mark(worker)
            edit = api.edit_text(worker, sent["message"], "我在杭州")
            await handled.wait(edit)
            assert api.sent_since_mark(worker) == []  # edited messages: deliberate silence
            # As an administrator the bot is given all group chatter (not only commands), and stays silent.
            api.add_to_group(group, stranger, as_admin=True)
            api.mark(group)
            chatter = api.send_text(stranger, "老板欠钱不给怎么办", chat=group)
            await handled.wait(chatter)
            assert api.sent_since_mark(group) == []  # group chatter: silence
            notice = await api.ask(stranger, "/start", chat=group)
            assert "私聊" in notice[0]["text"]
            # A flood: six answers within the limit, then one notice, then silence.
            api.mark(stranger)
            flood = [api.send_text(stranger, f"第{i}个问题：工资怎么算") for i in range(10)]
            await handled.wait(*flood, timeout=120)
            got = api.sent_since_mark(stranger)
            assert sum("发得有点快" in m["text"] for m in got) == 1
            assert len(got) >= 7
        finally:
            await stop_bot(app)

    run(scenario())


def test_admin_uploads_a_pdf_and_a_worker_gets_an_answer_from_it(env, tmp_path, labor_kb):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    worker = api.user(108)
    outsider = api.user(109)
    source = corpus_file("职工带薪年休假条例")
    pdf = write_pdf(tmp_path / "职工带薪年休假条例.pdf", plain_text(source.read_text(encoding="utf-8")).splitlines())

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(outsider)
            api.send_document(outsider, "evil.pdf", pdf.read_bytes())
            refused = await api.awaited_for(outsider)
            assert "只对管理员开放" in refused[0]["text"] and "没有被下载" in refused[0]["text"]
            assert api.calls("getFile") == []
            api.mark(admin)
            api.send_document(admin, pdf.name, pdf.read_bytes())
            final = await api.awaited_for(admin, 1, timeout=180, edits=True,
                                          predicate=lambda m: "导入完成" in m.get("text", ""))
            report = final[-1]["text"]
            assert "新增 10 条" in report and "检索自检" in report
            answer = texts(await api.ask(worker, "我工作满5年了，一年能休几天带薪年假"))
            assert "《职工带薪年休假条例》" in answer
            bad = await _upload_bad_file(api, admin)
            assert "没有导入" in bad and "unsupported" in bad
            sources = texts(await api.ask(admin, "/sources"))
            assert "职工带薪年休假条例" in sources and "中华人民共和国劳动合同法" in sources
            confirm = await api.ask(admin, "/retire 带薪年休假条例")
            assert "确定停用" in confirm[0]["text"]
            assert "只有管理员" in texts(await api.ask(outsider, "/retire 劳动合同法"))
            done = await api.click(admin, confirm[0], buttons(confirm[0])[0]["callback_data"])
            assert "已停用" in done[0]["text"]
            stats = texts(await api.ask(admin, "/stats"))
            assert "今天回答" in stats
        finally:
            await stop_bot(app)
            leave = labor_kb.catalog.get_source("职工带薪年休假条例")
            if leave and leave.active:
                labor_kb.ingestor.retire("职工带薪年休假条例")

    run(scenario())


async def _upload_bad_file(api, admin) -> str:
    api.mark(admin)
    api.send_document(admin, "名单.xlsx", b"PK\x03\x04 not a regulation")
    msgs = await api.awaited_for(admin, 1, timeout=60, edits=True, predicate=lambda m: "没有导入" in m.get("text", ""))
    return msgs[-1]["text"]


def test_error_handler_tells_the_worker_and_the_admin(env):
    api, settings, services = env
    worker = api.user(110)
    api.private_chat(api.user(ADMIN_ID))  # the admin has opened a chat with the bot

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.fail_next("sendMessage", "Bad Request: chat not found")
            api.mark(worker)
            api.send_text(worker, "老板拖欠工资怎么办")
            apology = await api.awaited_for(worker, timeout=60)
            assert "出了点问题" in apology[0]["text"]
            alert = await api.awaited_for(ADMIN_ID, timeout=30)
            assert "BadRequest" in alert[0]["text"] and "老板" not in alert[0]["text"]
        finally:
            await stop_bot(app)

    run(scenario())


def test_webhook_checks_the_secret_token(env, labor_kb, tmp_path):
    api, _, services = env
    port = free_port()
    # Telegram needs a public https URL; it is only recorded here, updates are posted to the local listener.
    settings = bot_settings(labor_kb, api, tmp_path / "app.db", webhook_url="https://bot.example.org",
                            webhook_secret=SecretStr("s3cret-token"), webhook_listen="127.0.0.1", webhook_port=port)
    worker = api.user(111)

    async def scenario():
        app = await start_bot(settings, services, polling=False)
        handled = HandledUpdates(app)
        tg = settings.telegram
        await app.updater.start_webhook(listen=tg.webhook_listen, port=tg.webhook_port, url_path=tg.webhook_path,
                                        webhook_url=f"{tg.webhook_url}/{tg.webhook_path}",
                                        secret_token=tg.webhook_secret.get_secret_value())
        try:
            url = f"http://127.0.0.1:{port}/{tg.webhook_path}"
            update = api.send_text(worker, "/start")
            api.mark(worker)
            assert await api.apost_webhook(url, update, secret_token="wrong") == 403
            assert await api.apost_webhook(url, update, secret_token=None) == 403
            assert api.sent_since_mark(worker) == [] and update not in handled  # refused before the bot saw it
            assert await api.apost_webhook(url, update, secret_token="s3cret-token") == 200
            await handled.wait(update)
            [welcome] = api.sent_since_mark(worker)  # one welcome: the refused posts were never handled
            assert "劳动权益助手" in welcome["text"]
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_long_ingestion_does_not_block_a_workers_answer(env, labor_kb):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    worker = api.user(112)
    # A large made-up regulation: embedding it takes several seconds.
    body = "\n\n".join(
        f"第{n}条 本市快递配送企业应当为第{n}类岗位的配送员按月足额支付劳动报酬，"
        f"并记录其工作时间和休息休假安排，编号{n * 7919 % 10007}。"
        for n in range(1, 241)
    )
    document = f"# 某市快递配送员权益保护试行办法\n\n## 第一章 总则\n\n{body}\n".encode()

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, "快递配送员办法.md", document)
            await api.awaited_for(admin, predicate=lambda m: "开始导入" in m.get("text", ""))
            answer = await api.ask(worker, "老板拖欠工资怎么办", timeout=30)
            assert "《劳动合同法》第三十条" in texts(answer)
            finished = [m for m in api.messages(admin) if "导入完成" in m.get("text", "")]
            assert not finished, "the answer waited for the ingestion"
            done = await api.awaited_for(admin, timeout=240, edits=True,
                                         predicate=lambda m: "导入完成" in m.get("text", ""))
            assert "新增 240 条" in done[-1]["text"]
        finally:
            await stop_bot(app)
            if labor_kb.catalog.get_source("某市快递配送员权益保护试行办法"):
                labor_kb.ingestor.retire("某市快递配送员权益保护试行办法")

    run(scenario())


def test_an_answer_whose_connection_drops_is_sent_again_once(env):
    """Under load the Bot API connection can close under a request (a keep-alive connection closed as the request
    goes out): the "typing…" or the answer failed with a NetworkError, the update ended in the error handler, and
    the worker was never answered (2 of 1,949 in a 500-worker scale-out run)."""
    api, settings, services = env
    worker = api.user(131, "小梅")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.drop_next("sendMessage")
            answer = await api.ask(worker, "干了俩月老板一直没给钱咋办")
            assert "《劳动合同法》第三十条" in texts(answer)
            assert api.dropped() == ["sendMessage"]
            assert "出了点问题" not in texts(api.messages(worker))
            assert sum("《劳动合同法》第三十条" in m.get("text", "") for m in api.messages(worker)) == 1
        finally:
            await stop_bot(app)

    run(scenario())
