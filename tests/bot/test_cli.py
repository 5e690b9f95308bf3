"""CLI smoke tests: the real ``python bot.py`` in a subprocess with its own data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers.paths import REPO_ROOT, corpus_file


def run(data_dir, *args, check=True, stdin: str | None = None, env: dict[str, str] | None = None):
    env = {**os.environ, "DATA_DIR": str(data_dir), "COLUMNS": "200", "BUILTIN_LAWS": "中华人民共和国劳动合同法",
           "TELEGRAM_BOT_TOKEN": "", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "bot.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600,
        input=stdin,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"bot.py {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "data"
    run(d, "ingest", "--path", str(corpus_file("职工带薪年休假条例")))
    return d


def test_ingest_prints_summary_and_is_idempotent(data_dir, tmp_path):
    again = run(data_dir, "ingest", "--path", str(corpus_file("职工带薪年休假条例")))
    assert "Ingestion summary" in again.stdout
    assert "unchanged" in again.stdout
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a document we read")
    failed = run(data_dir, "ingest", "--no-builtin", "--path", str(bad), check=False)
    assert failed.returncode == 1
    assert "notes.xlsx" in failed.stdout and "unsupported" in failed.stdout.lower()


def test_sources_lists_the_catalog(data_dir):
    out = run(data_dir, "sources").stdout
    assert "中华人民共和国劳动合同法" in out and "职工带薪年休假条例" in out
    assert "regulation" in out and "law" in out


def test_search_shows_articles_with_scores(data_dir):
    out = run(data_dir, "search", "劳动合同法第八十二条").stdout
    assert "1. 《劳动合同法》第八十二条" in out and "score=" in out


def test_eval_writes_metrics_json(data_dir, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "t1", "question": "一年能休几天年假", "topic": "overtime_hours",
                    "gold": [{"law": "职工带薪年休假条例", "article": 3}]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out_json = tmp_path / "m.json"
    proc = run(data_dir, "eval", str(questions), "--json", str(out_json))
    assert "hit@5" in proc.stdout
    metrics = json.loads(out_json.read_text(encoding="utf-8"))
    assert {"hit@5", "mrr", "peer_hit@5", "peer_mrr", "p95_ms"} <= metrics.keys()
    assert metrics["hit@5"] == 1.0


def test_retire_removes_a_source(tmp_path):
    d = tmp_path / "data"
    run(d, "ingest", "--no-builtin", "--path", str(corpus_file("国务院关于职工工作时间的规定")))
    out = run(d, "retire", "国务院关于职工工作时间的规定").stdout
    assert "retired" in out
    assert "retired" in run(d, "sources").stdout
    assert run(d, "retire", "不存在的条例", check=False).returncode == 2


def test_ingest_keeps_a_builtin_law_an_admin_replaced_until_restored(tmp_path):
    """A retired one is kept too: tests/bot/test_admin_replace.py, through the same sync call."""
    from app.container import Container
    from knowledge.catalog import Catalog
    from tests.helpers.kb import make_settings

    law, d = "中华人民共和国人民调解法", tmp_path / "data"
    builtin = {"BUILTIN_LAWS": law}  # 35 articles: the smallest of the default built-in laws
    run(d, "ingest", env=builtin)
    upload = tmp_path / "人民调解法.txt"
    upload.write_text(f"{law}\n\n第一条 人民调解委员会调解民间纠纷。\n\n第二条 调解不收费。\n", encoding="utf-8")
    container = Container.open(make_settings(d))
    try:  # an admin uploads it through the bot and confirms the replacement shown
        service = container.admin
        r = service.ingest_file(upload).replacement
        done = service.ingest(service.read_upload(service.pending_upload(r.upload).path), confirmed_base=r.base)
        assert done.result.status == "updated"
    finally:
        container.close()

    catalog = Catalog(make_settings(d).resolved_catalog_url)
    try:
        out = run(d, "ingest", env=builtin).stdout
        assert f"{law}: replaced by an admin upload on " in out and "kept (use --restore-builtin to restore it)" in out
        assert len(list(catalog.iter_articles(source_id=law))) == 2
        out = run(d, "ingest", "--restore-builtin", "人民调解法", env=builtin).stdout
        assert "kept" not in out and "updated" in next(line for line in out.splitlines() if law in line)
        assert len(list(catalog.iter_articles(source_id=law))) == 35
    finally:
        catalog.close()


def test_malformed_config_is_reported_plainly(tmp_path):
    env = {**os.environ, "DATA_DIR": str(tmp_path), "EMBEDDING__PROVIDER": "openai"}
    proc = subprocess.run([sys.executable, "bot.py", "sources"], cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 2
    assert "EMBEDDING__BASE_URL" in proc.stdout


def test_ask_prints_a_structured_answer(data_dir):
    proc = run(data_dir, "ask", "--json", "入职两个月了老板还没跟我签劳动合同怎么办")
    data = json.loads(proc.stdout)
    assert {"text", "citations", "topic", "escalate", "escalate_reason", "mode"} <= data.keys()
    assert data["mode"] == "offline" and data["topic"] == "contract"
    cited = {c["article"] for c in data["citations"] if c["law"] == "中华人民共和国劳动合同法"}
    assert cited & {"10", "82"}, cited  # the duty to sign within a month, or the double-wage rule
    plain = run(data_dir, "ask", "明天会下雨吗").stdout
    assert "劳动权益" in plain


def test_terminal_chat_goes_through_the_chat_service(data_dir):
    """The terminal is a channel like Telegram: answers are recorded, a worker with an open case is
    relayed to it, and /forget removes the conversation and its records, and withdraws and anonymises
    the worker's case."""
    from app.container import Container
    from bot.cases import NewCase
    from tests.helpers.kb import make_settings

    out = run(data_dir, "serve", stdin="公司不给交社保怎么办\n").stdout  # no token: the terminal
    assert "TELEGRAM_BOT_TOKEN" in out and "社会保险" in out
    container = Container.open(make_settings(data_dir), knowledge=False)
    try:
        assert [q for q, _, _ in container.activity.transcript(conversation_id="terminal")] == ["公司不给交社保怎么办"]
        case = container.cases.create(NewCase(conversation_id="terminal", worker_chat_id=0, worker_name="终端",
                                              language="zh", topic="social_insurance", facts={}))
        out = run(data_dir, "chat", stdin="我还有工资条的照片\n/forget\n").stdout
        assert f"已转给工作人员（案件 {case.number}）" in out and "已删除本次对话记录。" in out
        assert container.cases.open_case_for("terminal") is None
        withdrawn = container.cases.get(case.id)
        assert withdrawn.outcome == "withdrawn" and withdrawn.anonymized and withdrawn.conversation_id is None
        assert container.activity.transcript(conversation_id="terminal") == []
    finally:
        container.close()
