"""An admin's upload, over the real bot and the local Bot API server: it never silently replaces a
different source, and the admin's status message always ends on the outcome (issue 12).

The shared knowledge base is never left changed: 劳动合同法 is only ever kept (its replacement is
confirmed in tests/bot/test_admin_replace.py on a knowledge base of its own), and the sources a
test adds are retired at its end.
"""

from __future__ import annotations

import logging
import re

import pytest

from handlers import admin as admin_handlers
from handlers import callbacks
from handlers.callbacks import KINDS, Replace
from ingestion.sync import load_paths
from tests.helpers.telegram import ADMIN_ID, bot_settings, buttons, open_services, run, start_bot, stop_bot, texts

LAW = "中华人民共和国劳动合同法"
ONE_ARTICLE_LAW = (
    "中华人民共和国劳动合同法\n\n"
    "第一条 为了完善劳动合同制度，制定本法。（这是一份只有一条的文本，不是劳动合同法的全文。）\n"
).encode()


@pytest.fixture()
def env(api, labor_kb, tmp_path):
    settings = bot_settings(labor_kb, api, tmp_path / "app.db")
    services = open_services(labor_kb, settings)
    yield api, settings, services
    services.engine.dispose()


def _regulation(title: str, articles: dict[str, str]) -> bytes:
    """A made-up local regulation in Markdown: its title and numbered articles."""
    body = "\n\n".join(f"第{n}条 {text}" for n, text in articles.items())
    return f"# {title}\n\n## 第一章 总则\n\n{body}\n".encode()


ARTICLES = {
    "一": "为了保障网约配送员的劳动报酬和休息休假权利，根据有关法律法规，结合本市实际，制定本办法。",
    "二": "平台企业应当按月足额向网约配送员支付劳动报酬，不得以任何名义克扣。",
    "三": "平台企业应当合理确定配送时限，保障网约配送员每日连续休息不少于十二小时。",
    "四": "平台企业应当为网约配送员参加职业伤害保障，并承担相应费用。",
    "五": "网约配送员因恶劣天气暂停配送的，平台企业不得因此降低其评价等级。",
    "六": "本办法自发布之日起施行。",
}


def _current(kb, source_id: str) -> int:
    """How many articles of the source retrieval holds now."""
    return len(list(kb.catalog.iter_articles(source_id=source_id)))


async def _final(api, admin, timeout: float = 180) -> dict:
    """The admin's status message once it has left "开始导入"/"正在导入": a result or a question."""
    settled = await api.awaited_for(admin, timeout=timeout, edits=True, predicate=lambda m: not any(
        word in m.get("text", "") for word in ("开始导入", "正在导入", "正在替换")))
    return settled[-1]


def test_an_upload_titled_like_a_builtin_law_waits_for_a_confirmation_that_survives_a_restart(env, labor_kb):
    """The reproduction: a one-article file titled 中华人民共和国劳动合同法 took the law from 98 articles to 1."""
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    assert _current(labor_kb, LAW) == 98

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, "劳动合同法.txt", ONE_ARTICLE_LAW)
            prompt = await _final(api, admin)
            text = prompt["text"]
            assert "《中华人民共和国劳动合同法》" in text and "内置的国家法律" in text
            assert "当前版本 98 条，新文件 1 条" in text
            assert "修改 1 条：第一条" in text
            assert "删除 97 条：第二条、第三条、第四条、第五条、第六条等" in text
            assert "⚠️" in text and "只剩 1 条" in text
            assert [b["text"] for b in buttons(prompt)] == ["✅ 确认替换", "✖ 取消，保留现有版本"]
            assert _current(labor_kb, LAW) == 98 and labor_kb.catalog.get_source(LAW).article_count == 98
            hits = labor_kb.retriever.search("《劳动合同法》第八十二条", top_k=1)
            assert [(h.law, h.key) for h in hits] == [(LAW, "82")]  # retrieval still has the whole law
            await stop_bot(app)
            app = await start_bot(settings, services)  # the question outlives a restart
            keep = next(b["callback_data"] for b in buttons(prompt) if "取消" in b["text"])
            done = await api.click(admin, prompt, keep)
            assert "《中华人民共和国劳动合同法》保持不变" in done[-1]["text"] and not buttons(done[-1])
            assert _current(labor_kb, LAW) == 98
            assert [v["status"] for v in labor_kb.catalog.versions(source_id=LAW)] == ["current"]
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_confirmed_replacement_of_a_document_from_another_file_is_applied_and_versioned(env, labor_kb, tmp_path):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    title = "某市网约配送员劳动保障试行办法"
    original = tmp_path / f"{title}.md"
    original.write_bytes(_regulation(title, ARTICLES))
    docs, failures = load_paths([original])  # ingested from a file, as `bot.py ingest --path` does
    assert not failures and not labor_kb.ingestor.sync_documents(docs).failed
    amended = {k: v for k, v in ARTICLES.items() if k in ("一", "二", "三")}
    amended["二"] = "平台企业应当按月足额向网约配送员支付劳动报酬，并提供工资清单。"
    amended["七"] = "网约配送员可以向所在区的劳动保障监察机构投诉。"

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, "配送员办法（修订）.md", _regulation(title, amended))
            prompt = await _final(api, admin)
            text = prompt["text"]
            assert f"《{title}》" in text and "来自另一个文件" in text
            assert "当前版本 6 条，新文件 4 条" in text
            assert "新增 1 条：第七条" in text and "修改 1 条：第二条" in text
            assert "删除 3 条：第四条、第五条、第六条" in text and "⚠️" not in text
            assert _current(labor_kb, title) == 6
            await stop_bot(app)
            app = await start_bot(settings, services)
            replace = next(b["callback_data"] for b in buttons(prompt) if "确认" in b["text"])
            api.mark(admin)
            api.press(admin, prompt, replace)
            done = (await api.awaited_for(admin, timeout=180, edits=True,
                                          predicate=lambda m: "导入完成" in m.get("text", "")))[-1]
            assert "新增 1 条，更新 1 条，未变 2 条，删除 3 条" in done["text"]
            assert _current(labor_kb, title) == 4
            versions = labor_kb.catalog.versions(source_id=title)
            assert [v["status"] for v in versions] == ["superseded", "current"]
            assert [v["article_count"] for v in versions] == [6, 4]
        finally:
            await stop_bot(app)
            labor_kb.ingestor.retire(title)

    run(scenario())


def test_an_admins_own_upload_is_amended_without_a_question_unless_it_shrinks_drastically(env, labor_kb):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    title = "某市家政服务员权益保障试行办法"
    changed = dict(ARTICLES, 三="平台企业应当保障网约配送员每周至少休息一日。")

    async def upload(name: str, articles: dict[str, str]) -> dict:
        api.mark(admin)
        api.send_document(admin, name, _regulation(title, articles))
        return await _final(api, admin)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            first = await upload("家政办法.md", ARTICLES)
            assert "导入完成（added）：新增 6 条" in first["text"] and not buttons(first)
            again = await upload("家政办法（副本）.md", ARTICLES)  # the same text again: nothing to ask
            assert "导入完成（unchanged）：新增 0 条，更新 0 条，未变 6 条，删除 0 条" in again["text"]
            assert not buttons(again)
            amended = await upload("家政办法（修订）.md", changed)  # an amendment of the admin's own upload
            assert "导入完成（updated）：新增 0 条，更新 1 条，未变 5 条" in amended["text"] and not buttons(amended)
            shrunk = await upload("家政办法（节选）.md", {"一": ARTICLES["一"]})
            assert "当前版本 6 条，新文件 1 条" in shrunk["text"] and "⚠️" in shrunk["text"]
            assert "删除 5 条" in shrunk["text"] and "另一个文件" not in shrunk["text"]
            keep = next(b["callback_data"] for b in buttons(shrunk) if "取消" in b["text"])
            assert "保持不变" in (await api.click(admin, shrunk, keep))[-1]["text"]
            assert _current(labor_kb, title) == 6
            assert [v["status"] for v in labor_kb.catalog.versions(source_id=title)] == ["superseded", "current"]
        finally:
            await stop_bot(app)
            labor_kb.ingestor.retire(title)

    run(scenario())


def test_a_file_over_telegrams_download_limit_is_refused_before_download(env, caplog):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    name = "王小明的全国法规汇编.txt"

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, name, "第一条 文本。\n".encode() * (21 * 1024 * 1024 // 20))
            [refused] = await api.awaited_for(admin, timeout=30)
            assert "20 MB" in refused["text"] and "没有下载" in refused["text"]
            assert "开始导入" not in texts(api.messages(admin))
            assert api.calls("getFile") == []
        finally:
            await stop_bot(app)

    with caplog.at_level(logging.INFO, logger="handlers.admin"):
        run(scenario())
    lines = [r.getMessage() for r in caplog.records if r.name == "handlers.admin"]
    assert any("too big" in line for line in lines), lines
    assert not any("王小明" in line for line in lines)  # no personal data from the file name


@pytest.mark.parametrize(("failure", "shown"), [
    ("Bad Request: file is too big", "超过 Telegram 允许机器人下载的 20 MB"),
    ("Bad Request: wrong file_id or the file is temporarily unavailable", "没能从 Telegram 下载"),
])
def test_a_download_telegram_refuses_ends_the_status_message(env, failure, shown):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.fail_next("getFile", failure)
            api.mark(admin)
            api.send_document(admin, "办法.md", _regulation("某市测试下载失败办法", ARTICLES))
            final = await _final(api, admin, timeout=30)
            assert shown in final["text"] and "没有导入" in final["text"]
            assert [m["text"] for m in api.messages(admin)] == [final["text"]]  # the status message itself
        finally:
            await stop_bot(app)

    run(scenario())


def test_reading_that_takes_too_long_ends_the_status_message_and_writes_nothing(env, labor_kb, monkeypatch):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    title = "某市测试超时办法"
    monkeypatch.setattr(admin_handlers, "READ_TIMEOUT_S", 0.0)

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, "超时办法.md", _regulation(title, ARTICLES))
            final = await _final(api, admin, timeout=30)
            assert "超时" in final["text"] and "没有导入" in final["text"]
            assert labor_kb.catalog.get_source(title) is None
        finally:
            await stop_bot(app)

    run(scenario())


def test_a_file_name_over_150_characters_keeps_its_extension(env, labor_kb):
    api, settings, services = env
    admin = api.user(ADMIN_ID, "管理员")
    title = "某市关于进一步保障劳动者休息休假权利的若干规定"
    name = "关于进一步保障劳动者休息休假权利的若干规定（征求意见稿）" * 8 + ".md"
    assert len(name) > 200

    async def scenario():
        app = await start_bot(settings, services)
        try:
            api.mark(admin)
            api.send_document(admin, name, _regulation(title, ARTICLES))
            final = await _final(api, admin)
            assert "导入完成（added）：新增 6 条" in final["text"], final["text"]
            origin = labor_kb.catalog.get_source(title).origin
            assert origin.endswith(".md") and len(origin.rsplit("/", 1)[-1]) <= 150
        finally:
            await stop_bot(app)
            if labor_kb.catalog.get_source(title):
                labor_kb.ingestor.retire(title)

    run(scenario())


def test_the_replace_buttons_carry_the_upload_and_the_version_they_confirm():
    assert Replace("0123456789ab", "abcdef012345").build() == "replace:0123456789ab:abcdef012345"
    assert callbacks.parse("replace:0123456789ab:no") == Replace("0123456789ab", None)
    for forged in ("replace", "replace:", "replace:0123456789ab", "replace:0123456789AB:no", "replace:0123456789ab:yes",
                   "replace:..%2F..%2Fx:no", "replace:0123456789ab:no:1", "replace:0123456789ab:abcdef01234"):
        assert callbacks.parse(forged) is None and Replace.parse(forged) is None, forged
    assert [k for k in KINDS if re.match(k.pattern, "replace:x")] == [Replace]
    assert [k for k in KINDS if re.match(k.pattern, "retire:no")] != [Replace]
