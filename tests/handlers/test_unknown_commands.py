"""A command the bot does not have gets the list of the commands this person can use, over real HTTP.

Workers, admins and legal-aid staff each see their own commands, in their language; known commands
are unchanged; in a group, a command for another bot (or for no bot in particular) is not ours.
"""

from __future__ import annotations

import pytest

from tests.helpers.telegram import ADMIN_ID, bot_settings, open_services, run, start_bot, stop_bot
from tests.helpers.updates import HandledUpdates

STAFF_GROUP = -1001234567890
WORKERS_GROUP = -1009876543210
LAWYER_ID = 501


@pytest.fixture()
def env(api, labor_kb, tmp_path):
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    settings = settings.model_copy(update={"cases": settings.cases.model_copy(update={"staff_chat_id": STAFF_GROUP})})
    services = open_services(labor_kb, settings)
    api.group(STAFF_GROUP, "法律援助工作组", is_forum=True)
    api.group(WORKERS_GROUP, "工友群")
    services.staff.add(username="wang", display_name="王律师", telegram_user_id=LAWYER_ID)
    yield api, settings, services
    services.engine.dispose()


def test_unknown_commands_list_what_each_person_can_use(env):
    api, settings, services = env
    worker = api.user(301, "阿强")
    english = api.user(302, "Sam", language_code="en")
    admin = api.user(ADMIN_ID, "管理员")
    lawyer = api.user(LAWYER_ID, "王", last_name="律师")
    api.add_member(STAFF_GROUP, lawyer)
    api.add_member(WORKERS_GROUP, worker)

    async def scenario():
        app = await start_bot(settings, services)
        handled = HandledUpdates(app)
        try:
            for typed in ("/foo", "/start@other_bot", "/", "/" + "a" * 100, "/帮助", "/lawyerr 我要找律师"):
                [reply] = await api.ask(worker, typed)
                text = reply["text"]
                assert text.startswith("没有这个命令。"), typed
                for command in ("/start — 介绍这个助手", "/lawyer — 转给法律援助人员", "/forget — 删除我的数据"):
                    assert command in text, (typed, command)
                assert "/sources" not in text and "/fact" not in text
            assert "可以这样问我" in (await api.ask(worker, "/help"))[0]["text"]  # known commands unchanged
            assert "劳动权益助手" in (await api.ask(worker, "/start"))[0]["text"]

            [reply] = await api.ask(english, "/foo")
            assert reply["text"].startswith("There is no such command.")
            assert "/lawyer — Talk to a legal-aid worker" in reply["text"]

            [reply] = await api.ask(admin, "/foo")
            assert "/lawyer" in reply["text"]
            for command in ("/sources", "/retire", "/stats", "/ingest"):
                assert command in reply["text"]

            [reply] = await api.ask(lawyer, "/foo")
            assert "/fact — 更正案件信息" in reply["text"] and "/sources" not in reply["text"]

            # Groups: a command for another bot, or for none by name, is left alone.
            api.mark(WORKERS_GROUP)
            others = [api.send_text(worker, text, chat=WORKERS_GROUP) for text in ("/foo@other_bot", "/foo", "/")]
            await handled.wait(*others)
            assert api.sent_since_mark(WORKERS_GROUP) == []
            [reply] = await api.ask(worker, "/foo@labor_test_bot", chat=WORKERS_GROUP)
            assert "私聊" in reply["text"]
            [reply] = await api.ask(lawyer, "/foo@labor_test_bot", chat=STAFF_GROUP)
            assert "/fact — 更正案件信息" in reply["text"] and "/lawyer" not in reply["text"]
        finally:
            await stop_bot(app)

    run(scenario())
