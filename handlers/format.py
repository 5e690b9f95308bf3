"""Telegram presentation: HTML escaping, splitting under 4096 characters, inline keyboards."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.replies import Action
from handlers.callbacks import Article, Calculator, Callback, Consent, IntakeChoice, Lawyer, LegalAid, Rating

# Telegram's limit is 4096 characters of the text after entity parsing; leave room for tags.
MAX_CHUNK = 3500
_CITATION = re.compile(r"《[^》\n]{1,60}》第[^条\n]{1,12}条(?:之[一二三四五六七八九十])?")
_HEADING = re.compile(r"^[^\n•·]{1,40}[：:]$")


def to_html(text: str) -> str:
    """Escape text for parse_mode HTML; bold citations and short heading lines for phone reading."""
    out = []
    for line in text.split("\n"):
        escaped = html.escape(line, quote=False)
        if _HEADING.match(line.strip()):
            escaped = f"<b>{escaped}</b>"
        else:
            escaped = _CITATION.sub(lambda m: f"<b>{m.group(0)}</b>", escaped)
        out.append(escaped)
    return "\n".join(out)


def messages(text: str, markup: InlineKeyboardMarkup | None = None) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """The messages a reply's text goes out as: HTML chunks under Telegram's limit, buttons under the last."""
    chunks = split_text(text)
    return [(to_html(chunk), markup if i == len(chunks) - 1 else None) for i, chunk in enumerate(chunks)]


def split_text(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Split plain text into chunks of at most ``limit`` characters at paragraph, line or sentence ends."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    chunks: list[str] = []
    current = ""
    for para in _pieces(text, limit):
        candidate = f"{current}\n\n{para}" if current else para
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                chunks.append(current)
            current = para
    if current:
        chunks.append(current)
    return chunks


def _pieces(text: str, limit: int) -> list[str]:
    """Paragraphs, with any paragraph longer than ``limit`` broken at lines, then sentences, then hard."""
    out: list[str] = []
    for para in text.split("\n\n"):
        if len(para) <= limit:
            out.append(para)
            continue
        for part in _break(para, limit, "\n") :
            out.append(part)
    return out


def _break(text: str, limit: int, sep: str) -> list[str]:
    parts: list[str] = []
    current = ""
    units = text.split(sep) if sep != "sentence" else re.findall(r"[^。！？；.!?]+[。！？；.!?]?", text)
    joiner = sep if sep != "sentence" else ""
    for unit in units:
        if len(unit) > limit:
            if current:
                parts.append(current)
                current = ""
            if sep == "\n":
                parts.extend(_break(unit, limit, "sentence"))
            else:
                parts.extend(unit[i : i + limit] for i in range(0, len(unit), limit))
            continue
        candidate = f"{current}{joiner}{unit}" if current else unit
        if len(candidate) <= limit:
            current = candidate
        else:
            parts.append(current)
            current = unit
    if current:
        parts.append(current)
    return parts


def keyboard(rows: list[list[Action]]) -> InlineKeyboardMarkup | None:
    """Inline keyboard for a reply's actions; callback data stays under Telegram's 64 bytes."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(a.label[:60], callback_data=callback_data(a)) for a in row] for row in rows]
    )


def callback_data(action: Action) -> str:
    """The button data of a service's action, through the callback codec (at most 64 bytes)."""
    return _callback(action).build()


def _callback(action: Action) -> Callback:
    match action.kind, action.arg:
        case "article", digest:
            return Article(digest)
        case "calc", name:
            return Calculator(name)
        case "aid", "":
            return LegalAid()
        case "lawyer", "":
            return Lawyer()
        case "rate", str(signed) if signed[:1] in ("+", "-") and signed[1:].isdigit():
            return Rating(int(signed[1:]), up=signed[0] == "+")
        case "consent", "y" | "n" as answer:
            return Consent(answer == "y")
        case "intake", choice:
            return IntakeChoice(choice)
    raise ValueError(f"no button for the action {action.kind!r} {action.arg!r}")
