"""Settings of the channels: the Telegram bot (webhook, limits) and the staff web console."""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr, field_validator


class TelegramSettings(BaseModel):
    """Webhook mode and limits of the Telegram channel (token and URLs are top-level variables)."""

    webhook_url: str | None = None  # public https URL; unset = long polling
    webhook_secret: SecretStr | None = None  # checked on every webhook request
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    rate_limit_messages: int = Field(8, ge=1)  # per user …
    rate_limit_window_s: float = Field(30.0, gt=0)  # … within this many seconds
    # The window in the application database, counted together by every webhook replica; false keeps
    # it in each process's memory (one replica, or polling).
    rate_limit_shared: bool = False
    # "typing…" is shown only for an answer not ready within this many seconds: most offline answers take
    # a fraction of one, and the indicator costs a Bot API call per question (0: at once, before answering).
    typing_after_s: float = Field(0.8, ge=0, le=5)
    # PTB and httpx dump whole API payloads at DEBUG (names, phone numbers, message text); they stay at
    # INFO/WARNING whatever LOG_LEVEL says unless this opts in, and then the dumps are still redacted.
    log_api_payloads: bool = False

    @field_validator("webhook_secret")
    @classmethod
    def _secret_chars(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None:
            raw = v.get_secret_value()
            if not (1 <= len(raw) <= 256) or not all(c.isalnum() or c in "_-" for c in raw):
                raise ValueError("TELEGRAM__WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return v


class ConsoleSettings(BaseModel):
    """The staff web console (``python bot.py console``, or inside ``serve`` when enabled)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    secure_cookies: bool = False  # set true behind HTTPS
    session_hours: float = Field(12.0, gt=0)
    # Failed logins lock one account *from one address* (an attacker cannot lock a lawyer out elsewhere).
    max_failed_logins: int = Field(5, ge=1)
    lockout_min: float = Field(15.0, gt=0)
    # Login attempts allowed per window, from one address and from everyone together, before any password
    # is hashed (an address that logged in successfully is exempt from the overall limit).
    login_attempts_per_address: int = Field(10, ge=1)
    login_attempts_global: int = Field(30, ge=1)
    login_window_s: float = Field(60.0, gt=0)
    login_concurrency: int = Field(2, ge=1)  # password checks at once (Argon2: ~64 MiB and a core each)
    # Behind a reverse proxy: the header naming the client ("X-Forwarded-For", its last entry is used),
    # believed only from these peer addresses. Unset: the peer address is the client.
    proxy_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
