"""The in-process copy of a collection's vectors: the same neighbours as Chroma's own search, and kept current."""

from __future__ import annotations

import chromadb
import pytest

from knowledge.config import EmbeddingSettings
from knowledge.embeddings import create_embeddings
from knowledge.index import IndexItem, VectorCollection

TEXTS = {
    "a1": "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。",
    "a2": "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。",
    "a3": "职工因工作遭受事故伤害或者患职业病进行治疗，享受工伤医疗待遇。",
    "a4": "女职工在孕期、产期、哺乳期的，用人单位不得解除劳动合同。",
    "a5": "劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。",
    "a6": "用人单位安排加班的，应当按照国家有关规定向劳动者支付加班费。",
}
QUESTIONS = ["老板欠了我两个月工资", "干了半年没签合同", "在车间被机器压伤了手", "怀孕了公司要辞退我", "离职一年多了还能仲裁吗"]


@pytest.fixture(scope="module")
def embeddings():
    return create_embeddings(EmbeddingSettings())  # the bundled offline model


def _items(ids):
    return [IndexItem(id=i, text=TEXTS[i], metadata={"n": int(i[1:])}) for i in ids]


def test_the_copy_finds_what_chromas_own_search_finds(tmp_path, embeddings):
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    mirrored = VectorCollection(client, "articles", embeddings)
    plain = VectorCollection(client, "articles", embeddings, mirror=False)
    mirrored.upsert(_items(TEXTS))
    for q in QUESTIONS:
        v = embeddings.embed_query(q)
        got, want = mirrored.query(v, n=3), plain.query(v, n=3)
        assert [i for i, _ in got] == [i for i, _ in want]
        assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(got, want, strict=True))
    # a filter is Chroma's to apply
    assert {i for i, _ in mirrored.query(embeddings.embed_query(QUESTIONS[0]), n=6, where={"n": 2})} == {"a2"}


def test_the_copy_follows_this_process_writes_and_another_process_after_invalidate(tmp_path, embeddings):
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    serving = VectorCollection(client, "articles", embeddings)
    serving.upsert(_items(["a1", "a2", "a3"]))
    pregnant = embeddings.embed_query(QUESTIONS[3])
    assert "a4" not in [i for i, _ in serving.query(pregnant, n=3)]
    serving.upsert(_items(["a4"]))  # its own write: seen at once
    assert serving.query(pregnant, n=1)[0][0] == "a4"
    serving.delete(["a4"])
    assert "a4" not in [i for i, _ in serving.query(pregnant, n=4)]

    writer = VectorCollection(client, "articles", embeddings)  # another process's ingestion
    writer.upsert(_items(["a4", "a5"]))
    assert "a4" not in [i for i, _ in serving.query(pregnant, n=4)]  # not yet told
    serving.invalidate()  # the retriever does this when the catalog's revision moves
    assert serving.query(pregnant, n=1)[0][0] == "a4"


class _FailingReads:
    """Chroma's collection, whose paged reads fail the first ``times`` calls as they do while another process writes
    ("Error executing plan: Internal error: Error finding id"); everything else is Chroma's own."""

    def __init__(self, collection, times: int) -> None:
        self._collection, self.times, self.reads = collection, times, 0

    def get(self, *args, **kwargs):
        self.reads += 1
        if self.reads <= self.times:
            raise chromadb.errors.InternalError("Error executing plan: Internal error: Error finding id")
        return self._collection.get(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._collection, name)


@pytest.mark.parametrize("failures", [1, 3])
def test_a_read_failing_while_another_process_writes_never_fails_the_search(tmp_path, embeddings, monkeypatch, failures):
    """An answer benchmark died at start-up with "Error finding id" while another process re-embedded the rules: the
    copy is read again, and when no read succeeds the search goes to Chroma itself."""
    monkeypatch.setattr("knowledge.index.READ_RETRY_S", 0.0)
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    coll = VectorCollection(client, "articles", embeddings)
    coll.upsert(_items(TEXTS))
    coll._collection = _FailingReads(coll._collection, failures)
    coll.invalidate()
    coll.warm()  # no exception
    got = coll.query(embeddings.embed_query(QUESTIONS[3]), n=1)
    assert got[0][0] == "a4"
    assert (coll._mirror is not None) is (failures < 3)  # read on a later attempt, or searched in Chroma meanwhile
