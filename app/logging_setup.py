"""Logging for the CLI, the bot and the console: one format, and no secret or personal data in any line.

Two defences, because either alone leaks:

* **Levels.** PTB logs every Bot API call with its parameters and result at DEBUG (users' names,
  message text, phone numbers; the token in the URLs it reports), and httpx/httpcore log each request
  URL, which holds the token. So ``telegram`` stays at INFO and ``httpx``/``httpcore`` at WARNING
  whatever LOG_LEVEL says, unless ``TELEGRAM__LOG_API_PAYLOADS`` opts in (``show_api_payloads``).
* **Redaction.** Every line the handler installed here writes, from any logger at any level and
  tracebacks included, has the bot token (the configured one, any ``/bot<id>:<secret>`` URL part and
  anything token-shaped), mainland mobile numbers, 18-digit ID-card numbers, and the name, username,
  phone and text fields of API payloads replaced by a placeholder.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The least a library logs at, whatever LOG_LEVEL says.
_FLOORS = {
    "telegram": logging.INFO, "httpx": logging.WARNING, "httpcore": logging.WARNING, "chromadb": logging.WARNING,
    "urllib3": logging.WARNING, "jieba": logging.WARNING, "openai": logging.WARNING, "bm25s": logging.WARNING,
}
API_LOGGERS = ("telegram", "httpx", "httpcore")

_TOKEN_URL = re.compile(r"/bot\d+:[^/\s'\"?#]+")
_TOKEN = re.compile(r"(?<![\w-])\d{5,}:[A-Za-z0-9_-]{30,}(?![\w-])")
_PHONE = re.compile(r"(?<![\d])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)")
_ID_NUMBER = re.compile(r"(?<![\d])\d{17}[\dXx](?![\dA-Za-z])")
# Personal fields of Bot API objects, as PTB prints them (Python dicts) or as JSON.
_PERSONAL_FIELD = re.compile(
    r"""(['"](?:first_name|last_name|username|phone_number|vcard|email|text|caption|bio)['"]\s*:\s*)"""
    r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
)


class Redactor(logging.Filter):
    """Rewrites each record's message, traceback and stack without secrets or personal data (always passes it)."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add_secret(self, secret: str) -> None:
        """Redact this exact value too (the configured bot token, and its secret half on its own)."""
        self._secrets.update(s for s in (secret, secret.partition(":")[2]) if len(s) >= 8)

    def redact(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, "<token>")
        text = _TOKEN_URL.sub("/bot<token>", text)
        text = _TOKEN.sub("<token>", text)
        text = _PERSONAL_FIELD.sub(r"\1'<redacted>'", text)
        text = _ID_NUMBER.sub("<id-number>", text)
        return _PHONE.sub("<phone>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTOR = Redactor()


def setup_logging(level: str = "INFO", *, stream: TextIO | None = None) -> None:
    """Log ``level`` and above to ``stream`` (stderr), redacted, with the libraries held at their floors."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "redacting", False)]:
        root.removeHandler(handler)  # set up again (tests, a second call): one handler, not two
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(REDACTOR)
    handler.redacting = True
    root.addHandler(handler)
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    root.setLevel(numeric if isinstance(numeric, int) else logging.INFO)
    for name, floor in _FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))


def redact_secret(secret: str) -> None:
    """Never write this value (the bot token) in a log line, whatever logger or library formats it."""
    REDACTOR.add_secret(secret)


def show_api_payloads() -> None:
    """Let the Telegram and HTTP libraries log at LOG_LEVEL (their payload dumps at DEBUG), still redacted."""
    for name in API_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
