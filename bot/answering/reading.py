"""Stage 1: what the message is — normalised text, language, the query analysis, safety signals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import Signals, read_signals
from knowledge.query import QueryAnalysis, normalize_question
from knowledge.retriever import Retriever

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True, slots=True)
class Reading:
    text: str  # normalised; "" for an empty message
    lang: str  # zh | en: the language the reply is written in
    analysis: QueryAnalysis | None  # None for an empty message
    signals: Signals | None  # None for an empty or over-long message (answered without reading further)

    @property
    def too_long(self) -> bool:
        return bool(self.text) and self.signals is None


def read_message(message: str, retriever: Retriever, *, lang: str | None, previous: str | None,
                 max_chars: int) -> Reading:
    """Read a message once: the rest of the pipeline uses this, never the raw text."""
    text = normalize_question(message)
    analysis = retriever.analyze(text) if text else None
    lang = lang or message_language(text, analysis, previous)
    signals = read_signals(text) if text and len(text) <= max_chars else None
    return Reading(text, lang, analysis, signals)


def message_language(text: str, analysis: QueryAnalysis | None, previous: str | None) -> str:
    """The language of a message; one with no words of either ("8000", "2023-03-01") keeps the previous."""
    if analysis is not None and analysis.english:
        return "en"
    if _CJK.search(text):
        return "zh"
    if _LATIN.search(text):
        return "en"
    return previous or "zh"
