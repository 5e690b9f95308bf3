"""The vector index: Chroma on disk by default, a Chroma server when configured.

It is a rebuildable index of the catalog, never the record: ids are catalog article ids
(``<article id>@<hash>`` for the everyday-phrasing aliases of an article, ``<rule key>@<hash>`` for
the situations of a rule).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaClientSettings

from knowledge.config import ChromaSettings
from knowledge.embeddings import ChromaEmbeddingFunction, CountingEmbeddings

logger = logging.getLogger(__name__)


# A wide HNSW search: with a few thousand vectors it costs little, and a narrow one returned
# slightly different neighbours from one process to the next, changing answers.
EF_SEARCH = 400


@dataclass(frozen=True, slots=True)
class IndexItem:
    id: str
    text: str
    metadata: dict[str, str | int | float | bool]


def create_client(chroma: ChromaSettings, directory: Path) -> chromadb.ClientAPI:
    """Return a Chroma client: persistent in ``directory``, or HTTP to ``chroma.host`` when set."""
    client_settings = ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma.host:
        return chromadb.HttpClient(host=chroma.host, port=chroma.port, ssl=chroma.ssl, settings=client_settings)
    directory.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(directory), settings=client_settings)


class VectorCollection:
    """One Chroma collection with an explicit embedding function and cosine distance."""

    def __init__(self, client: chromadb.ClientAPI, name: str, embeddings: CountingEmbeddings) -> None:
        self.embeddings = embeddings
        self._fn = ChromaEmbeddingFunction(embeddings)
        self._collection = client.get_or_create_collection(
            name=name,
            embedding_function=self._fn,
            configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
            metadata={"embedding": embeddings.signature},
        )
        hnsw = (self._collection.configuration or {}).get("hnsw") or {}
        if hnsw.get("ef_search") != EF_SEARCH:  # collections made before this setting
            self._collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
        self.name = name

    @property
    def signature(self) -> str:
        return (self._collection.metadata or {}).get("embedding", "")

    def count(self) -> int:
        return self._collection.count()

    def ids(self, *, where: dict | None = None) -> set[str]:
        """Return every id in the collection (those whose metadata match ``where``, when given)."""
        out: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self._collection.get(where=where, include=[], limit=page, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < page:
                return out
            offset += page

    def upsert(self, items: Sequence[IndexItem], *, batch: int = 64, progress: Callable[[int], None] | None = None) -> None:
        """Embed and write items in batches; ``progress`` is called with each batch's size."""
        for start in range(0, len(items), batch):
            chunk = items[start : start + batch]
            self._collection.upsert(
                ids=[i.id for i in chunk],
                documents=[i.text for i in chunk],
                metadatas=[i.metadata for i in chunk],
            )
            if progress:
                progress(len(chunk))

    def metadata_values(self, ids: Sequence[str], key: str) -> dict[str, str | int | float | bool]:
        """Return {id: metadata[key]} for those of ``ids`` the collection holds with that key."""
        out: dict[str, str | int | float | bool] = {}
        for start in range(0, len(ids), 1000):
            got = self._collection.get(ids=list(ids[start : start + 1000]), include=["metadatas"])
            for i, meta in zip(got["ids"], got["metadatas"] or [], strict=True):
                if meta and key in meta:
                    out[i] = meta[key]
        return out

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), 1000):
            self._collection.delete(ids=list(ids[start : start + 1000]))

    def query(self, vector: Sequence[float], *, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Return up to ``n`` (id, cosine similarity) pairs, best first."""
        # No count() first: Chroma returns what there is when asked for more (and nothing from an empty
        # collection), and a count is a catalog round trip that cost a quarter of a search's Chroma time.
        res = self._collection.query(query_embeddings=[list(vector)], n_results=n, where=where, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]


class VectorIndex:
    """The articles, their everyday-phrasing aliases and the rules' situations, sharing one client and embedder."""

    def __init__(self, client: chromadb.ClientAPI, name: str, embeddings: CountingEmbeddings) -> None:
        self.client = client
        self.embeddings = embeddings
        self.articles = VectorCollection(client, name, embeddings)
        self.aliases = VectorCollection(client, f"{name}_aliases", embeddings)
        self.rules = VectorCollection(client, f"{name}_rules", embeddings)

    def embed_query(self, text: str) -> list[float]:
        return self.embeddings.embed_query(text)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return self.embeddings.embed_queries(texts)

    def reset(self) -> None:
        """Drop every collection and recreate them empty (the embedding model changed)."""
        for coll in (self.articles, self.aliases, self.rules):
            self.client.delete_collection(coll.name)
        self.articles = VectorCollection(self.client, self.articles.name, self.embeddings)
        self.aliases = VectorCollection(self.client, self.aliases.name, self.embeddings)
        self.rules = VectorCollection(self.client, self.rules.name, self.embeddings)
