"""User-facing strings, one module per language: a second language is a file, not a hunt."""

from __future__ import annotations

from bot.locales.base import CalculatorText, CaseText, StaffText, Strings, Ui
from bot.locales.calculations import (
    CalculationText,
    calculator_text,
    calculator_title,
    input_prompt,
    invalid_message,
    render_calculation,
    render_phrase,
)
from bot.locales.en import CASES as EN_CASES
from bot.locales.en import STRINGS as EN
from bot.locales.en import UI as EN_UI
from bot.locales.staff import STAFF
from bot.locales.zh import CASES as ZH_CASES
from bot.locales.zh import STRINGS as ZH
from bot.locales.zh import UI as ZH_UI

_BY_LANG = {"zh": ZH, "en": EN}
_UI = {"zh": ZH_UI, "en": EN_UI}
_CASES = {"zh": ZH_CASES, "en": EN_CASES}


def strings(lang: str) -> Strings:
    """Return the strings for ``lang`` ("zh" or "en"; anything else falls back to Chinese)."""
    return _BY_LANG.get(lang, ZH)


def ui(lang: str) -> Ui:
    """Return the chat-channel strings for ``lang``."""
    return _UI.get(lang, ZH_UI)


def case_text(lang: str) -> CaseText:
    """Return the strings a worker reads while being handed to legal-aid staff."""
    return _CASES.get(lang, ZH_CASES)


def staff_text() -> StaffText:
    """Return the strings legal-aid staff read in Telegram."""
    return STAFF


__all__ = [
    "CalculationText",
    "CalculatorText",
    "CaseText",
    "StaffText",
    "Strings",
    "Ui",
    "calculator_text",
    "calculator_title",
    "case_text",
    "input_prompt",
    "invalid_message",
    "render_calculation",
    "render_phrase",
    "staff_text",
    "strings",
    "ui",
]
