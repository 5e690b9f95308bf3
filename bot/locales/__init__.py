"""User-facing strings, one module per language: a second language is a file, not a hunt."""

from __future__ import annotations

from bot.locales.base import Strings
from bot.locales.en import STRINGS as EN
from bot.locales.zh import STRINGS as ZH

_BY_LANG = {"zh": ZH, "en": EN}


def strings(lang: str) -> Strings:
    """Return the strings for ``lang`` ("zh" or "en"; anything else falls back to Chinese)."""
    return _BY_LANG.get(lang, ZH)


__all__ = ["Strings", "strings"]
