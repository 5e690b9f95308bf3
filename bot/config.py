"""Settings of the channel-neutral services: the LLM writer and legal-aid cases (composed by app.settings)."""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr, field_validator

from knowledge.config import PLACEHOLDER_SECRETS


class LLMSettings(BaseModel):
    """An OpenAI-compatible chat endpoint (DeepSeek, Qwen, vLLM, Ollama…); unset = offline answers."""

    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str = "deepseek-chat"
    timeout_s: float = Field(20.0, gt=0, le=120)
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(900, ge=64, le=8192)
    # LLM calls in flight at once per process; an answer asked for while all are taken is the offline one.
    max_concurrent: int = Field(8, ge=1, le=256)

    @field_validator("api_key")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and v.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("LLM__API_KEY is a placeholder; set the real key or leave it unset")
        return v

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)


class CaseSettings(BaseModel):
    """Escalation to legal-aid staff: where cases are announced and how fast people can expect a reply."""

    staff_chat_id: int | None = None  # the staff supergroup (forum topics per case when enabled)
    number_prefix: str = Field("LA", pattern=r"^[A-Z]{1,6}$")
    response_hours: int = Field(24, ge=1, le=720)  # promised to the worker, normal cases
    urgent_response_hours: int = Field(4, ge=1, le=720)
    reannounce_after_min: float = Field(30.0, gt=0)  # unclaimed urgent cases are announced again after this
    delivery_poll_s: float = Field(2.0, gt=0, le=60)  # how often the courier looks for undelivered messages
