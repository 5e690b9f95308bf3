"""Logging for the CLI and the bot: one format, quiet HTTP clients (URLs can carry tokens)."""

from __future__ import annotations

import logging

_NOISY = ("httpx", "httpcore", "chromadb", "urllib3", "jieba", "openai")


def setup_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for name in (*_NOISY, "bm25s"):
        logging.getLogger(name).setLevel(logging.WARNING)
