"""Scale-out: one process ingests under the catalog's writer lock while a serving replica keeps answering
and picks up the new catalog revision, over a shared PostgreSQL catalog and a real Chroma server."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from knowledge.config import ChromaSettings
from knowledge.retriever import Retriever
from tests.helpers.chroma_server import chroma_server
from tests.helpers.kb import WAGE_RULES, make_kb
from tests.helpers.paths import REPO_ROOT

NEW_LAW = """# 测试高温作业津贴办法

2026年1月1日 施行

<!-- INFO END -->

第一条 用人单位安排劳动者在高温天气露天作业的，应当按月发放高温津贴，不得以防暑降温饮料充抵高温津贴。

第二条 日最高气温达到四十摄氏度以上的，用人单位应当停止当日室外露天作业。
"""


@pytest.fixture(scope="module")
def chroma(tmp_path_factory):
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as address:
        yield address


def test_a_second_process_ingests_under_the_lock_and_the_replica_loads_the_new_revision(tmp_path, postgres_url,
                                                                                        chroma):
    host, port = chroma
    chroma_settings = ChromaSettings(host=host, port=port, collection=f"t{uuid.uuid4().hex[:8]}")
    kb = make_kb(tmp_path / "replica", catalog_url=postgres_url, chroma=chroma_settings)
    try:
        kb.ingestor.sync_documents([WAGE_RULES])
        now = [0.0]
        replica = Retriever(kb.catalog, kb.index, kb.vocabulary, monotonic=lambda: now[0])
        question = "天气太热老板不发高温津贴"

        def found() -> set[tuple[str, str]]:
            return {(h.law, h.key) for h in replica.search(question)}

        assert {law for law, _ in found()} == {"测试工资支付办法"}  # only the old law is there
        revision = kb.catalog.revision()

        doc = tmp_path / "测试高温作业津贴办法.md"
        doc.write_text(NEW_LAW, encoding="utf-8")
        env = {**os.environ, "CATALOG_URL": postgres_url, "CHROMA__HOST": host, "CHROMA__PORT": str(port),
               "CHROMA__COLLECTION": chroma_settings.collection}
        with kb.catalog.writing():  # this process is ingesting: the other one must wait for the lock
            child = subprocess.Popen([sys.executable, "-m", "tests.helpers.ingest_child", str(tmp_path / "writer"),
                                      str(doc)], cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
            waited = []
            for line in child.stderr:  # until the child says it waits (or ends, which fails below)
                waited.append(line)
                if "waiting for its writer lock" in line:
                    break
            assert any("waiting for its writer lock" in line for line in waited), "".join(waited)
            assert kb.catalog.revision() == revision  # nothing written while this process holds the lock
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        assert "synced ['added']" in out

        assert kb.catalog.revision() > revision
        assert {law for law, _ in found()} == {"测试工资支付办法"}  # not looked for again yet
        now[0] += 1.5  # the replica's recheck interval passes: it sees the new revision and reloads
        assert ("测试高温作业津贴办法", "1") in found()
        assert replica.get("测试高温作业津贴办法", "2") is not None
    finally:
        kb.close()


def test_a_writer_killed_with_the_lock_frees_it(tmp_path, postgres_url):
    kb = make_kb(tmp_path / "a", catalog_url=postgres_url)
    try:
        code = ("import os, sys; from tests.helpers.kb import make_kb; from pathlib import Path; "
                f"kb = make_kb(Path({str(tmp_path / 'b')!r}), catalog_url={postgres_url!r}); "
                "cm = kb.catalog.writing(); cm.__enter__(); print('locked', flush=True); sys.stdin.readline()")
        child = subprocess.Popen([sys.executable, "-c", code], cwd=REPO_ROOT, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "locked"
        with kb.catalog.writing(wait=False) as held:
            assert held is False  # the child holds it
        child.kill()
        child.wait()
        with kb.catalog.writing() as held:  # its session died with it: the lock is free, no lease to wait out
            assert held is True
    finally:
        kb.close()
