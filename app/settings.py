"""One Settings object for the whole service, read from the environment (and ``.env``).

Each package keeps the settings groups of its own concern (``knowledge.config``, ``bot.config``,
``handlers.config``); this class composes them with the few top-level variables (paths, token,
admins), so every process is built from one object."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.config import CaseSettings, LLMSettings
from handlers.config import ConsoleSettings, TelegramSettings
from ingestion.config import DEFAULT_LAWS, DocumentLimits
from knowledge.config import PLACEHOLDER_SECRETS, ChromaSettings, EmbeddingSettings, RetrievalSettings

__all__ = ["Settings"]


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

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    admin_chat_id: int | None = None  # where errors are reported; the first admin by default
    telegram: TelegramSettings = TelegramSettings()
    cases: CaseSettings = CaseSettings()
    console: ConsoleSettings = ConsoleSettings()
    documents: DocumentLimits = DocumentLimits()  # what an uploaded document may hold (DOCUMENTS__MAX_CHARS …)
    max_message_chars: int = Field(2000, ge=100, le=20000)

    @field_validator("builtin_laws", mode="before")
    @classmethod
    def _split_laws(cls, v: object) -> object:
        if isinstance(v, str):
            return tuple(s.strip() for s in v.replace("，", ",").split(",") if s.strip())
        return v

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        if isinstance(v, str):
            try:
                return tuple(int(x) for x in v.replace("，", ",").split(",") if x.strip())
            except ValueError as exc:
                raise ValueError("ADMIN_IDS must be comma-separated numeric Telegram user ids") from exc
        return v

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None:
            raw = v.get_secret_value().strip()
            if not raw:
                return None
            if raw.lower() in PLACEHOLDER_SECRETS or ":" not in raw:
                raise ValueError(
                    "TELEGRAM_BOT_TOKEN does not look like a bot token (123456:ABC…); get one from @BotFather")
        return v

    @property
    def error_chat_id(self) -> int | None:
        return self.admin_chat_id or (self.admin_ids[0] if self.admin_ids else None)

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
    def upload_dir(self) -> Path:
        """Where admin uploads are kept (a source whose origin is inside it came from an upload)."""
        return self.data_dir / "uploads"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'app.db').as_posix()}"

    @property
    def resolved_catalog_url(self) -> str:
        return self.catalog_url or f"sqlite:///{(self.data_dir / 'catalog.db').as_posix()}"
