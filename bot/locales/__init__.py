"""User-facing strings, one module per language: a second language is a file, not a hunt."""

from __future__ import annotations

from bot.locales.base import Strings, Ui
from bot.locales.en import STRINGS as EN
from bot.locales.en import UI as EN_UI
from bot.locales.zh import STRINGS as ZH
from bot.locales.zh import UI as ZH_UI

_BY_LANG = {"zh": ZH, "en": EN}
_UI = {"zh": ZH_UI, "en": EN_UI}


def strings(lang: str) -> Strings:
    """Return the strings for ``lang`` ("zh" or "en"; anything else falls back to Chinese)."""
    return _BY_LANG.get(lang, ZH)


def ui(lang: str) -> Ui:
    """Return the chat-channel strings for ``lang``."""
    return _UI.get(lang, ZH_UI)


__all__ = ["Strings", "Ui", "strings", "ui"]
