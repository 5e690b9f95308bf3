"""The fake Bot API server, driven by the real python-telegram-bot Application over HTTP."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from telegram import BotCommand, BotCommandScopeAllGroupChats, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from tests.helpers.botapi import EntityParseError, FakeBotAPI, parse_html

# ---- a tiny bot, built the way the project builds its own -------------------------------------


async def echo(update: Update, context) -> None:
    """Echo the text back."""
    await update.message.reply_text(update.message.text)


async def start(update: Update, context) -> None:
    """Greet in HTML with an inline keyboard, showing 'typing' first."""
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton("查看第82条", callback_data="a:82"),
        InlineKeyboardButton("12333", url="https://www.12333.gov.cn"),
    ]])
    await update.message.reply_html("<b>你好</b>，我是劳动权益助手 &amp; 法律顾问", reply_markup=keyboard)


async def article(update: Update, context) -> None:
    """Answer the button and show the article in place."""
    query = update.callback_query
    await query.answer("已打开")
    await query.edit_message_text(f"《劳动合同法》第{query.data[2:]}条")


async def document(update: Update, context) -> None:
    """Download the document and say how big it is."""
    doc = update.message.document
    data = await (await doc.get_file()).download_as_bytearray()
    await update.message.reply_text(f"{doc.file_name}: {len(data)} bytes")


def build_app(api: FakeBotAPI, token: str | None = None) -> Application:
    app = (
        ApplicationBuilder()
        .token(token or api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(article, pattern=r"^a:"))
    app.add_handler(MessageHandler(filters.Document.ALL, document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


def run_bot(api: FakeBotAPI, scenario: Callable[[Application], Awaitable[None]], *, polling: bool = True) -> None:
    """Run ``scenario`` while the real Application polls the fake; shut everything down after."""

    async def main() -> None:
        app = build_app(api)
        await app.initialize()
        await app.start()
        if polling:
            await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            await asyncio.wait_for(scenario(app), timeout=15)
        finally:
            if app.updater.running:
                await app.updater.stop()
            await app.stop()
            await app.shutdown()

    asyncio.run(main())


@pytest.fixture()
def api():
    with FakeBotAPI() as server:
        yield server


@pytest.fixture()
def worker(api):
    return api.user(1001, "小王", username="xiaowang")


# ---- conversations through PTB -----------------------------------------------------------------


def test_initialize_gets_the_bot_from_get_me(api):
    async def scenario(app):
        assert (app.bot.id, app.bot.username, app.bot.first_name) == (123456, "labor_test_bot", "Labor Test Bot")
        assert app.bot.can_join_groups is True and app.bot.can_read_all_group_messages is False

    run_bot(api, scenario, polling=False)
    assert len(api.calls("getMe")) == 1


def test_a_text_is_echoed_once_and_offsets_advance(api, worker):
    async def scenario(app):
        assert (await api.ask(worker, "公司拖欠工资三个月了"))[0]["text"] == "公司拖欠工资三个月了"
        for text in ("一", "二", "三"):
            api.send_text(worker, text)
        replies = await api.awaited_for(worker, count=3)
        assert sorted(m["text"] for m in replies) == ["一", "三", "二"]

    run_bot(api, scenario)  # the Application handles what it fetched before it stops
    assert [m["text"] for m in api.messages(worker)] == ["公司拖欠工资三个月了", "一", "二", "三"]  # none twice
    ids = [m["message_id"] for m in api.history(worker)]
    assert ids == list(range(1, 9))  # user and bot messages share the chat's counter
    offsets = [c.get("offset", 0) for c in api.calls("getUpdates")]
    assert offsets == sorted(offsets) and offsets[-1] == 100_000_005  # the final call confirmed the last update
    assert api.pending_updates == 0 and api.errors() == []


def test_start_replies_in_html_with_a_keyboard_after_typing(api, worker):
    async def scenario(app):
        [reply] = await api.ask(worker, "/start")
        assert reply["text"] == "你好，我是劳动权益助手 & 法律顾问"
        assert {"type": "bold", "offset": 0, "length": 2} in reply["entities"]
        assert [b["text"] for b in api.buttons(reply)] == ["查看第82条", "12333"]
        assert reply["from"]["is_bot"] and reply["chat"] == {"id": 1001, "first_name": "小王", "username": "xiaowang",
                                                             "type": "private"}

    run_bot(api, scenario)
    assert api.chat_actions(worker) == ["typing"]
    assert api.calls("sendChatAction")[0] == {"chat_id": 1001, "action": "typing"}
    assert api.calls("sendMessage")[0]["parse_mode"] == "HTML"  # PTB sends the raw HTML, the server parses it


def test_pressing_a_button_answers_the_query_and_edits_the_message(api, worker):
    async def scenario(app):
        [greeting] = await api.ask(worker, "/start")
        [edited] = await api.click(worker, greeting, "a:82")
        assert edited["text"] == "《劳动合同法》第82条" and "edit_date" in edited
        assert "reply_markup" not in edited  # not sent again with the edit, so Telegram drops it
        answer = await api.awaited_call("answerCallbackQuery")
        assert answer["text"] == "已打开"
        with pytest.raises(AssertionError, match="no button"):
            api.press(worker, edited, "a:82")  # the keyboard is gone, as in a real client

    run_bot(api, scenario)
    [current] = api.messages(worker)
    assert [v["text"] for v in api.versions(current)] == ["你好，我是劳动权益助手 & 法律顾问", "《劳动合同法》第82条"]
    assert api.errors() == []


def test_a_document_round_trips_through_get_file_and_download(api, worker):
    content = "劳动合同\n甲方：某某公司\n".encode() * 300

    async def scenario(app):
        api.mark(worker)
        update = api.send_document(worker, "劳动合同.txt", content, caption="请看看这份合同")
        assert update["message"]["document"]["mime_type"] == "text/plain"
        [reply] = await api.awaited_for(worker)
        assert reply["text"] == f"劳动合同.txt: {len(content)} bytes"

    run_bot(api, scenario)
    [call] = api.calls("getFile")
    assert call["file_id"].startswith("BQAC")


def test_the_bot_sends_a_document_it_can_fetch_again(api, worker):
    api.private_chat(worker)

    async def scenario(app):
        sent = await app.bot.send_document(1001, b"%PDF-1.4 test", filename="answer.pdf", caption="<i>附件</i>",
                                           parse_mode=ParseMode.HTML)
        assert (sent.document.file_name, sent.document.mime_type, sent.caption) == ("answer.pdf", "application/pdf",
                                                                                     "附件")
        again = await app.bot.send_document(1001, sent.document.file_id)
        assert again.document.file_unique_id == sent.document.file_unique_id
        data = await (await app.bot.get_file(sent.document.file_id)).download_as_bytearray()
        assert bytes(data) == b"%PDF-1.4 test"

    run_bot(api, scenario, polling=False)
    assert api.calls("sendDocument")[0]["document"] == {"filename": "answer.pdf", "mime_type": "application/pdf",
                                                         "size": 13}


def test_formatting_and_length_errors_are_telegrams(api, worker):
    api.private_chat(worker)

    async def scenario(app):
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities: can't find end tag"):
            await app.bot.send_message(1001, "<b>oops", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
            await app.bot.send_message(1001, "工资 < 最低工资标准", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)message is too long"):
            await app.bot.send_message(1001, "长" * 5000)
        with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
            await app.bot.send_message(1001, "   ")
        with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
            await app.bot.send_message(1001, "x", reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("x", callback_data="x" * 65)]]))
        ok = await app.bot.send_message(1001, "<b>第1.5倍</b>", parse_mode=ParseMode.HTML)
        assert ok.text == "第1.5倍" and ok.entities[0].type == "bold"
        assert len((await app.bot.send_message(1001, "长" * 4096)).text) == 4096

        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await ok.edit_text("<b>第1.5倍</b>", parse_mode=ParseMode.HTML)
        await ok.edit_text("第1.5倍")  # the same text without the bold entity is a change
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await app.bot.edit_message_text("x", chat_id=1001, message_id=999)

    run_bot(api, scenario, polling=False)
    assert [e["error_code"] for e in api.errors()] == [400] * 7
    assert [m["text"] for m in api.messages(worker)] == ["第1.5倍", "长" * 4096]
    assert "entities" not in api.messages(worker)[0]


def test_set_my_commands_is_validated_and_recorded(api):
    async def scenario(app):
        await app.bot.set_my_commands([BotCommand("start", "开始咨询"), BotCommand("help", "使用帮助")])
        await app.bot.set_my_commands([BotCommand("start", "Start")], language_code="en")
        await app.bot.set_my_commands([BotCommand("help", "帮助")], scope=BotCommandScopeAllGroupChats())
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await app.bot.set_my_commands([BotCommand("Start", "大写不行")])

    run_bot(api, scenario, polling=False)
    assert api.commands() == [{"command": "start", "description": "开始咨询"},
                              {"command": "help", "description": "使用帮助"}]
    assert api.commands(language_code="en") == [{"command": "start", "description": "Start"}]
    assert api.commands({"type": "all_group_chats"}) == [{"command": "help", "description": "帮助"}]
    assert api.calls("setMyCommands")[1]["language_code"] == "en"


def test_a_wrong_token_fails_initialize(api):
    async def main():
        for token in ("654321:not-this-bot", "malformed"):
            with pytest.raises(InvalidToken):
                await build_app(api, token).initialize()

    asyncio.run(main())


@pytest.mark.filterwarnings("ignore:.*retry_after.*timedelta:DeprecationWarning")
def test_users_who_never_started_or_blocked_the_bot_are_forbidden(api, worker):
    stranger = api.user(2002, "老李")

    async def scenario(app):
        with pytest.raises(Forbidden, match=r"(?i)can't initiate conversation"):
            await app.bot.send_message(stranger["id"], "你好")
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await app.bot.send_message(-555, "你好")
        api.private_chat(worker)
        api.fail_next("sendMessage", retry_after=3)
        with pytest.raises(RetryAfter):
            await app.bot.send_message(worker["id"], "你好")
        api.block(worker)
        with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
            await app.bot.send_message(worker["id"], "你好")

    run_bot(api, scenario, polling=False)


def test_the_bot_added_to_a_group_gets_my_chat_member_and_a_service_message(api, worker):
    team = api.group(-100777, "工友群", bot_status="left")
    [joined, service] = api.add_to_group(team, by=worker)
    assert joined["my_chat_member"]["new_chat_member"]["status"] == "member"
    assert service["message"]["new_chat_members"][0]["username"] == "labor_test_bot"


def test_a_wait_that_times_out_says_what_the_bot_sent(api, worker):
    api.private_chat(worker)
    send = f"{api.base_url}{api.token}/sendMessage"
    api.mark(worker)
    httpx.post(send, json={"chat_id": 1001, "text": "好"})
    with pytest.raises(TimeoutError, match="since the mark it sent \\['好'\\]"):
        asyncio.run(api.awaited_for(worker, count=2, timeout=0.2))
    assert api.sent_since_mark(worker)[0]["text"] == "好"
    assert api.sent_since_mark(worker) == []  # the mark moved past it


def test_what_the_bot_never_uses_is_refused_loudly(api, worker):
    """No MarkdownV2, no reply keyboards, no methods the bot does not call: the fake says so."""
    api.private_chat(worker)
    send = f"{api.base_url}{api.token}/sendMessage"
    markdown = httpx.post(send, json={"chat_id": 1001, "text": "*粗*", "parse_mode": "MarkdownV2"})
    assert markdown.status_code == 500 and "not implemented by the fake" in markdown.json()["description"]
    keyboard = httpx.post(send, json={"chat_id": 1001, "text": "选", "reply_markup": {"keyboard": [["工资"]]}})
    assert keyboard.status_code == 500 and "reply keyboards" in keyboard.json()["description"]
    unknown = httpx.post(send, json={"chat_id": 1001, "text": "x", "parse_mode": "Morse"})
    assert unknown.json()["description"] == "Bad Request: unsupported parse_mode"
    assert httpx.post(f"{api.base_url}{api.token}/pinChatMessage", json={}).status_code == 404
    assert api.messages(worker) == []


def test_privacy_mode_hides_group_chatter_but_not_commands(api, worker):
    staff = api.group(-1001234, "工友群", bot_status="member")
    assert api.send_text(worker, "大家好", chat=staff) is None
    assert api.send_text(worker, "/start@other_bot", chat=staff) is None
    assert api.send_text(worker, "/start@labor_test_bot", chat=staff)["message"]["entities"] == [
        {"type": "bot_command", "offset": 0, "length": 21}]
    admins = api.group(-1005678, "管理群", is_forum=True)  # the bot is an administrator there: it sees everything
    assert api.send_text(worker, "大家好", chat=admins) is not None


def test_forum_topics_carry_thread_ids(api, worker):
    admins = api.group(-1005678, "管理群", is_forum=True)

    async def scenario(app):
        topic = await app.bot.create_forum_topic(admins["id"], "案件 #1")
        sent = await app.bot.send_message(admins["id"], "新案件", message_thread_id=topic.message_thread_id)
        assert sent.message_thread_id == topic.message_thread_id and sent.is_topic_message
        assert sent.reply_to_message.forum_topic_created.name == "案件 #1"
        with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
            await app.bot.send_message(admins["id"], "x", message_thread_id=9999)
        assert await app.bot.close_forum_topic(admins["id"], topic.message_thread_id)
        with pytest.raises(BadRequest, match=r"(?i)the chat is not a forum"):
            await app.bot.create_forum_topic(api.group(-1009, "普通群")["id"], "x")

    run_bot(api, scenario, polling=False)
    [topic] = api.topics(admins)
    assert topic["is_closed"] and [m["text"] for m in api.messages(admins, topic["message_thread_id"])] == ["新案件"]


def test_a_webhook_post_gets_the_bots_status(api, worker):
    """PTB's own webhook server needs tornado; a small receiver feeding app.update_queue stands in."""

    async def scenario(app):
        loop = asyncio.get_running_loop()
        receiver = webhook_receiver(app, loop, secret="s3cret-token")
        try:
            assert await app.bot.set_webhook("https://bot.example.com/telegram", secret_token="s3cret-token")
            assert api.webhook["url"] == "https://bot.example.com/telegram"
            with pytest.raises(Conflict):
                await app.bot.get_updates()
            with pytest.raises(BadRequest, match=r"(?i)https url must be provided"):
                await app.bot.set_webhook("http://bot.example.com/telegram")

            api.private_chat(worker)
            update = {"update_id": 1, "message": {"message_id": 1, "date": int(time.time()), "text": "网页钩子",
                                                  "chat": api.private_chat(worker), "from": worker}}
            hook = f"http://127.0.0.1:{receiver.server_address[1]}/telegram"
            api.mark(worker)
            assert await api.apost_webhook(hook, update) == 200
            assert (await api.awaited_for(worker))[0]["text"] == "网页钩子"
            assert await api.apost_webhook(hook, update, secret_token="wrong") == 403
            assert await api.apost_webhook(hook, update, secret_token=None) == 403
        finally:
            receiver.shutdown()
            receiver.server_close()

    run_bot(api, scenario, polling=False)
    assert api.webhook == {"url": "https://bot.example.com/telegram", "max_connections": 40,
                           "secret_token": "s3cret-token"}


def webhook_receiver(app: Application, loop: asyncio.AbstractEventLoop, secret: str) -> ThreadingHTTPServer:
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if self.headers.get("X-Telegram-Bot-Api-Secret-Token") != secret:
                status = 403
            else:
                update = Update.de_json(json.loads(body), app.bot)
                asyncio.run_coroutine_threadsafe(app.update_queue.put(update), loop).result(5)
                status = 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


# ---- the wire itself ------------------------------------------------------------------------------


def test_long_polling_returns_as_soon_as_an_update_arrives(api, worker):
    url = f"{api.base_url}{api.token}/getUpdates"
    threading.Timer(0.3, api.send_text, args=(worker, "来了")).start()
    began = time.monotonic()
    answer = httpx.post(url, data={"timeout": "5"}, timeout=10).json()
    assert time.monotonic() - began < 2
    [update] = answer["result"]
    assert answer["ok"] and update["message"]["text"] == "来了"
    # Unconfirmed until an offset past it; a negative offset keeps only the last ones.
    assert httpx.post(url, json={"timeout": 0}).json()["result"] == [update]
    assert httpx.post(url, json={"offset": update["update_id"] + 1}).json()["result"] == []


def test_a_newer_get_updates_ends_the_older_one_with_409(api):
    url = f"{api.base_url}{api.token}/getUpdates"
    results = {}
    older = threading.Thread(target=lambda: results.update(old=httpx.post(url, data={"timeout": "3"}, timeout=10)))
    older.start()
    time.sleep(0.2)
    assert httpx.post(url, data={"timeout": "0"}).json() == {"ok": True, "result": []}
    older.join(5)
    assert results["old"].status_code == 409
    assert results["old"].json()["description"].startswith("Conflict: terminated by other getUpdates request")


def test_json_bodies_unknown_methods_and_bad_tokens(api, worker):
    api.private_chat(worker)
    sent = httpx.post(f"{api.base_url}{api.token}/sendMessage", json={
        "chat_id": 1001, "text": "<i>JSON</i> body", "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "好", "callback_data": "ok"}]]},
    }).json()
    assert sent["result"]["entities"] == [{"type": "italic", "offset": 0, "length": 4}]
    assert sent["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "ok"
    missing = httpx.post(f"{api.base_url}{api.token}/sendTelepathy", json={})
    assert (missing.status_code, missing.json()) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    wrong = httpx.post(f"{api.base_url}999:nope/getMe")
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
    assert httpx.get(f"{api.base_url}{api.token}/GETME").json()["result"]["username"] == "labor_test_bot"


def test_every_update_the_fake_makes_is_a_valid_ptb_update(api, worker):
    from telegram import Bot

    bot = Bot(api.token)
    api.private_chat(worker)
    admins = api.group(-1005678, "管理群", is_forum=True)
    topic = api.create_topic(admins, "工伤", by=worker)
    sent = httpx.post(f"{api.base_url}{api.token}/sendMessage", json={
        "chat_id": 1001, "text": "选一个", "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
    }).json()["result"]
    made = [
        api.send_text(worker, "/help 我的问题"),
        api.send_sticker(worker),
        api.send_voice(worker),
        api.send_photo(worker, caption="工资条"),
        api.send_location(worker),
        api.send_document(worker, "a.pdf", b"%PDF"),
        api.press(worker, sent, "a"),
        api.send_text(worker, "在话题里", chat=admins, message_thread_id=topic["message_thread_id"]),
        api.block(worker),
    ]
    first = api.send_text(worker, "原文")
    made.append(api.edit_text(worker, first["message"], "改过的"))
    parsed = [Update.de_json(u, bot) for u in made]
    assert parsed[0].message.entities[0].type == "bot_command"
    assert parsed[1].message.sticker.emoji == "👍" and parsed[2].message.voice.mime_type == "audio/ogg"
    assert parsed[3].message.photo[-1].width == 64 and parsed[3].message.caption == "工资条"
    assert parsed[4].message.location.latitude == pytest.approx(31.2304)
    assert parsed[5].message.document.file_name == "a.pdf"
    assert parsed[6].callback_query.data == "a" and parsed[6].callback_query.message.message_id == sent["message_id"]
    assert parsed[7].message.is_topic_message and parsed[7].message.reply_to_message.forum_topic_created.name == "工伤"
    assert parsed[8].my_chat_member.new_chat_member.status == "kicked"
    assert parsed[9].edited_message.text == "改过的"


# ---- the parsers, on tdlib's own cases ---------------------------------------------------------------


@pytest.mark.parametrize(("markup", "error"), [
    ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
    ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
    ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
    ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
    ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
    ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
    ("🏟 🏟&lt;<i>a</em   >", 'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"'),
    ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ("AT&T", 'Character "&" at byte offset 2 must be escaped as "&amp;"'),
])
def test_html_errors(markup, error):
    with pytest.raises(EntityParseError) as caught:
        parse_html(markup)
    assert str(caught.value) == error


def test_html_entities_in_utf16_offsets():
    text, entities = parse_html('🏟 🏟<i>🏟 &gt;<b aba = caba>&lt🏟</b></i> <a href="telegram.org?a=1&b=2">站</a>')
    assert text == "🏟 🏟🏟 ><🏟 站"
    assert entities == [{"type": "italic", "offset": 5, "length": 7}, {"type": "bold", "offset": 9, "length": 3},
                        {"type": "text_link", "offset": 13, "length": 1, "url": "http://telegram.org/?a=1&b=2"}]
    assert parse_html("<pre><code class=\"language-python\">x</code></pre>")[1] == [
        {"type": "pre", "offset": 0, "length": 1, "language": "python"}]
    assert parse_html("a &ge; b", strict=False) == ("a &ge; b", [])  # what Telegram itself lets through
