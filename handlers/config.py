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
    max_failed_logins: int = Field(5, ge=1)
    lockout_min: float = Field(15.0, gt=0)
