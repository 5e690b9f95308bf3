"""Builders for a real knowledge base in a temporary directory."""

from __future__ import annotations

from pathlib import Path

from bot.app import KnowledgeBase, build_knowledge
from bot.settings import Settings


def make_settings(data_dir: Path, **overrides) -> Settings:
    """Return Settings with every piece of state under ``data_dir`` (never the developer's ./data)."""
    return Settings(_env_file=None, data_dir=data_dir, **overrides)


def make_kb(data_dir: Path, **overrides) -> KnowledgeBase:
    return build_knowledge(make_settings(data_dir, **overrides))
