"""Optional cross-encoder reranking through an HTTP service (Jina / TEI style ``/rerank``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from knowledge.retriever import RetrievedArticle

logger = logging.getLogger(__name__)


class Reranker:
    """Reorders the head of a result list by a cross-encoder's relevance scores.

    Accepts both response shapes in use: Jina/Cohere ``{"results": [{"index", "relevance_score"}]}``
    and TEI ``[{"index", "score"}]``. Any failure keeps the fused order: reranking may improve
    an answer but must never block one.
    """

    def __init__(self, url: str, *, model: str, timeout_s: float = 5.0, head: int = 20) -> None:
        self.url = url
        self.model = model
        self.head = head
        self._client = httpx.Client(timeout=timeout_s)

    def rerank(self, query: str, hits: Sequence[RetrievedArticle], *, keep: int) -> list[RetrievedArticle]:
        """Return ``hits`` with the first ``head`` reordered by relevance."""
        head, tail = list(hits[: self.head]), list(hits[self.head :])
        docs = [f"{h.citation} {h.text}"[:800] for h in head]
        try:
            resp = self._client.post(
                self.url, json={"model": self.model, "query": query, "documents": docs, "texts": docs, "top_n": len(docs)}
            )
            resp.raise_for_status()
            data = resp.json()
            rows = data.get("results", []) if isinstance(data, dict) else data
            scores = {int(r["index"]): float(r.get("relevance_score", r.get("score", 0.0))) for r in rows}
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            logger.warning("reranker unavailable, keeping fused order: %s", type(exc).__name__)
            return list(hits)
        order = sorted(range(len(head)), key=lambda i: scores.get(i, float("-inf")), reverse=True)
        return [replace(head[i], matched_by=(*head[i].matched_by, "rerank")) for i in order] + tail

    def close(self) -> None:
        self._client.close()
