"""The vector index: Chroma on disk by default, a Chroma server when configured.

It is a rebuildable index of the catalog, never the record: ids are catalog article ids
(``<article id>@<hash>`` for the everyday-phrasing aliases of an article, ``<rule key>@<hash>`` for
the situations of a rule).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaClientSettings

from knowledge.config import ChromaSettings
from knowledge.embeddings import ChromaEmbeddingFunction, CountingEmbeddings

logger = logging.getLogger(__name__)

READ_ATTEMPTS = 3  # reads of a collection's vectors before its searches go to Chroma until the next change
READ_RETRY_S = 0.2
READ_PAUSE_S = 30.0  # after reads that all failed, Chroma's own search for this long before the copy is tried again


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


@dataclass(frozen=True, slots=True)
class _Mirror:
    ids: list[str]
    vectors: np.ndarray  # one unit-length row per id (float32)


class VectorCollection:
    """One Chroma collection with an explicit embedding function and cosine distance.

    With ``mirror`` (the default), searches run over an in-process copy of the collection's vectors, exactly, instead
    of a Chroma query each: a few thousand vectors take a millisecond in numpy, where three HNSW queries an answer over
    HTTP to a Chroma server cost a fifth of a replica's CPU and as much again in the server. Chroma stays the record:
    the copy is read from it at the first search and again after this process writes to the collection or
    :meth:`invalidate` is called (the retriever calls it when another process changes the catalog)."""

    def __init__(self, client: chromadb.ClientAPI, name: str, embeddings: CountingEmbeddings, *,
                 mirror: bool = True) -> None:
        self.embeddings = embeddings
        self._mirror_on = mirror
        self._mirror: _Mirror | None = None
        self._mirror_lock = threading.Lock()
        self._generation = 0  # bumped by every change: a copy read while one was made is not kept
        self._read_again_at = 0.0  # after a failed read, the copy is not tried again before this (monotonic)
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
        try:
            for start in range(0, len(items), batch):
                chunk = items[start : start + batch]
                self._collection.upsert(
                    ids=[i.id for i in chunk],
                    documents=[i.text for i in chunk],
                    metadatas=[i.metadata for i in chunk],
                )
                if progress:
                    progress(len(chunk))
        finally:
            self.invalidate()

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
        try:
            for start in range(0, len(ids), 1000):
                self._collection.delete(ids=list(ids[start : start + 1000]))
        finally:
            self.invalidate()

    def invalidate(self) -> None:
        """Read the vectors again from Chroma at the next search (the collection changed)."""
        self._generation += 1
        self._mirror = None
        self._read_again_at = 0.0

    def warm(self) -> None:
        if self._mirror_on:
            self._loaded()

    def _loaded(self) -> _Mirror | None:
        """The copy, read now if need be; None when Chroma would not give it (searches then go to Chroma)."""
        mirror = self._mirror
        if mirror is not None:
            return mirror
        if time.monotonic() < self._read_again_at:
            return None  # the last read failed: Chroma searches until the pause is over
        with self._mirror_lock:
            if self._mirror is not None:
                return self._mirror
            generation = self._generation
            for attempt in range(1, READ_ATTEMPTS + 1):
                try:
                    ids, vectors = self._read_all()
                    break
                except chromadb.errors.ChromaError as exc:
                    # another process writing while the pages are read ("Error finding id"): read again, and in the
                    # meantime search with Chroma itself rather than fail the question
                    logger.warning("%s: reading the vectors failed (%s), attempt %d of %d", self.name,
                                   type(exc).__name__, attempt, READ_ATTEMPTS)
                    if attempt == READ_ATTEMPTS:
                        self._read_again_at = time.monotonic() + READ_PAUSE_S
                        return None
                    time.sleep(READ_RETRY_S * attempt)
            mirror = _Mirror(ids, vectors)
            if generation == self._generation:  # else changed while read: searched, but read again next time
                self._mirror = mirror
            logger.info("%s: %d vectors searched in process", self.name, len(ids))
            return mirror

    def _read_all(self) -> tuple[list[str], np.ndarray]:
        ids: list[str] = []
        rows: list[np.ndarray] = []
        offset, page = 0, 2000
        while True:
            got = self._collection.get(include=["embeddings"], limit=page, offset=offset)
            ids.extend(got["ids"])
            if len(got["ids"]):
                rows.append(np.asarray(got["embeddings"], dtype=np.float32))
            if len(got["ids"]) < page:
                break
            offset += page
        vectors = np.concatenate(rows) if rows else np.zeros((0, 0), dtype=np.float32)
        if len(vectors):
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return ids, vectors

    def query(self, vector: Sequence[float], *, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Return up to ``n`` (id, cosine similarity) pairs, best first."""
        mirror = self._loaded() if self._mirror_on and where is None else None
        if mirror is not None:
            if not mirror.ids or n <= 0:
                return []
            q = np.asarray(vector, dtype=np.float32)
            q = q / max(float(np.linalg.norm(q)), 1e-12)
            # einsum's own loop, not BLAS: OpenBLAS's threads, woken by many answers' searches at once, cost ten
            # times the product's own work on two cores (4.4 ms of CPU a search under 8 threads, against 0.4)
            sims = np.einsum("ij,j->i", mirror.vectors, q)
            k = min(n, len(sims))
            top = np.argpartition(-sims, k - 1)[:k]
            # best first; equal similarities by id, so that the order never depends on how the copy was read
            order = sorted(top.tolist(), key=lambda i: (-float(sims[i]), mirror.ids[i]))
            return [(mirror.ids[i], float(sims[i])) for i in order]
        # No count() first: Chroma returns what there is when asked for more (and nothing from an empty
        # collection), and a count is a catalog round trip that cost a quarter of a search's Chroma time.
        res = self._collection.query(query_embeddings=[list(vector)], n_results=n, where=where, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]


class VectorIndex:
    """The articles, their everyday-phrasing aliases and the rules' situations, sharing one client and embedder."""

    def __init__(self, client: chromadb.ClientAPI, name: str, embeddings: CountingEmbeddings, *,
                 mirror: bool = True) -> None:
        self.client = client
        self.embeddings = embeddings
        self.mirror = mirror
        self.articles = VectorCollection(client, name, embeddings, mirror=mirror)
        self.aliases = VectorCollection(client, f"{name}_aliases", embeddings, mirror=mirror)
        self.rules = VectorCollection(client, f"{name}_rules", embeddings, mirror=mirror)

    def invalidate(self) -> None:
        """Read every collection's vectors again at its next search (another process changed the index)."""
        for coll in (self.articles, self.aliases, self.rules):
            coll.invalidate()

    def warm(self) -> None:
        """Read the collections' vectors now (a serving process, before its first question waits on it)."""
        for coll in (self.articles, self.aliases, self.rules):
            coll.warm()

    def embed_query(self, text: str) -> list[float]:
        return self.embeddings.embed_query(text)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return self.embeddings.embed_queries(texts)

    def reset(self) -> None:
        """Drop every collection and recreate them empty (the embedding model changed)."""
        for coll in (self.articles, self.aliases, self.rules):
            self.client.delete_collection(coll.name)
        self.articles = VectorCollection(self.client, self.articles.name, self.embeddings, mirror=self.mirror)
        self.aliases = VectorCollection(self.client, self.aliases.name, self.embeddings, mirror=self.mirror)
        self.rules = VectorCollection(self.client, self.rules.name, self.embeddings, mirror=self.mirror)
