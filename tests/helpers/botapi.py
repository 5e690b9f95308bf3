"""A local Telegram Bot API server on 127.0.0.1 that the real PTB ``Application`` talks to in tests.

It stands in for api.telegram.org, so it follows the Bot API's types and answers: the same JSON
envelopes and HTTP status codes, the same ``Bad Request: ...`` descriptions, Telegram's HTML parser
(ported in behaviour from tdlib), offsets in UTF-16 code units, offset-confirmed long polling,
message ids per chat, edits that drop an inline keyboard that is not sent again, and so on. Tests
play the users' side with plain calls and observe what the users would see::

    with FakeBotAPI() as tg:
        app = ApplicationBuilder().token(tg.token).base_url(tg.base_url).base_file_url(tg.base_file_url).build()
        worker = tg.user(1001, "小王")
        ...  # inside the test's event loop, with the app started and polling:
        replies = await tg.ask(worker, "/start")
        assert "劳动" in replies[0]["text"]

Every wait is bounded; the server binds 127.0.0.1 only and never reaches anything else.
The module does not import ``telegram``: it is the other side of the wire.

It implements what the bot uses and no more: the bot sends HTML only (no MarkdownV2 or Markdown
parser here), and a Bot API method it never calls answers 404 like an unknown method, so a new
call shows up as an error in ``errors()`` rather than as a silently wrong answer.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import hashlib
import json
import mimetypes
import re
import socket
import struct
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

__all__ = [
    "ApiError", "EntityParseError", "FakeBotAPI", "auto_entities", "parse_html", "png_bytes",
]

# --------------------------------------------------------------------------------------------
# Errors


class ApiError(Exception):
    """A Bot API error reply: ``{"ok": false, "error_code": code, "description": description}``."""

    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def _bad(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


def _forbidden(what: str) -> ApiError:
    return ApiError(403, f"Forbidden: {what}")


class EntityParseError(Exception):
    """A formatting error, reported by Telegram as ``Bad Request: can't parse entities: ...``."""


NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"

# --------------------------------------------------------------------------------------------
# Text: UTF-16 lengths, Telegram's HTML / MarkdownV2 / Markdown parsers, automatic entities

_SPACES = " \t\n\r\v\f"


def _u16(s: str) -> int:
    """Length in UTF-16 code units, the unit of every Bot API entity offset."""
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def _byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of ``text[index]``: Telegram's parse errors count bytes."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


_PRIORITY = {
    "blockquote": 0, "expandable_blockquote": 0, "pre": 11, "code": 20, "text_link": 49, "text_mention": 49,
    "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93, "spoiler": 94, "custom_emoji": 99,
}


def _sort_entities(entities: list[dict]) -> list[dict]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"], _PRIORITY.get(e["type"], 50)))


def _checked_link(url: str) -> str | None:
    """Normalise a link target as Telegram does (``telegram.org`` -> ``http://telegram.org/``); None if invalid."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return None
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", url)
    if m:
        scheme = m.group(1).lower()
        rest = url[m.end():]
        if scheme in ("tg", "ton", "tonsite"):
            return f"{scheme}:{rest}"
        if scheme in ("http", "https", "ftp") and rest.startswith("//"):
            host, _, path = rest[2:].partition("/")
            tail = ""
            for sep in "?#":
                if sep in host:
                    host, sep_, more = host.partition(sep)
                    tail = sep_ + more + (("/" + path) if path else "")
                    path = ""
            if not host:
                return None
            if tail:
                return f"{scheme}://{host}/{tail}"
            return f"{scheme}://{host}/{path}"
        if scheme not in ("http", "https", "ftp", "tg", "ton", "tonsite") and not re.match(r"\d", rest):
            return None
    label = r"[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?"
    if re.fullmatch(rf"{label}(?:\.{label})*\.[A-Za-z\u00a1-\uffff]{{2,}}(?::\d+)?(?:[/?#].*)?", url):
        return _checked_link("http://" + url)
    return None


def _mention_user_id(url: str) -> int | None:
    m = re.fullmatch(r"tg:(?://)?user\?id=(\d+)", url.strip(), flags=re.IGNORECASE)
    return int(m.group(1)) if m else None


_HTML_TAGS = frozenset({
    "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "span", "pre",
    "code", "blockquote", "tg-time",
})
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _decode_html_entity(text: str, i: int) -> tuple[str | None, int]:
    """Decode the entity at ``text[i] == '&'``; (None, i) when it is not one Telegram knows."""
    n = len(text)
    j = i + 1
    if j < n and text[j] == "#":
        j += 1
        digits = "0123456789"
        base = 10
        if j < n and text[j] in "xX":
            digits, base = "0123456789abcdefABCDEF", 16
            j += 1
        k = j
        while k < n and text[k] in digits and k - j < 10:
            k += 1
        if k == j:
            return None, i
        code = int(text[j:k], base)
        if code == 0 or code >= 0x10FFFF:
            return None, i
        ch = chr(code)
    else:
        k = j
        while k < n and text[k].isascii() and text[k].isalpha():
            k += 1
        ch = _HTML_NAMED.get(text[j:k])
        if ch is None:
            return None, i
    if k < n and text[k] == ";":
        k += 1
    return ch, k


def parse_html(text: str, *, strict: bool = True, users: dict[int, dict] | None = None) -> tuple[str, list[dict]]:
    """Return (plain text, entities) for Telegram's HTML style; raise EntityParseError like Telegram.

    ``strict`` also refuses a bare ``&`` that starts no entity: the Bot API documentation requires
    ``&amp;`` there, while Telegram's server lets it through as a literal; the stricter check catches
    the missing ``html.escape`` before a user's ``<`` does.
    """
    out: list[str] = []
    u16 = 0
    stack: list[list] = []  # [tag, argument, u16 offset, index in out, attributes]
    entities: list[dict] = []
    n = len(text)
    i = 0

    def emit(s: str) -> None:
        nonlocal u16
        out.append(s)
        u16 += _u16(s)

    while i < n:
        c = text[i]
        if c == "&":
            ch, j = _decode_html_entity(text, i)
            if ch is not None:
                emit(ch)
                i = j
                continue
            if strict:
                at = _byte_offset(text, i)
                raise EntityParseError(f'Character "&" at byte offset {at} must be escaped as "&amp;"')
        if c != "<":
            emit(c)
            i += 1
            continue
        begin = i
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
            i += 1
            j = i
            while j < n and text[j] not in _SPACES and text[j] != ">":
                j += 1
            end_name = text[i:j].lower()
            while j < n and text[j] in _SPACES:
                j += 1
            if j >= n or text[j] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
            tag, argument, start, out_index, attrs = stack[-1]
            if end_name and end_name != tag:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {_byte_offset(text, begin)}, expected "</{tag}>", '
                    f'found "</{end_name}>"'
                )
            i = j + 1
            stack.pop()
            if u16 > start:
                _html_entity(entities, tag, argument, attrs, start, u16 - start, "".join(out[out_index:]), users)
            continue
        j = i
        while j < n and text[j] not in _SPACES and text[j] != ">":
            j += 1
        if j >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        tag = text[i:j].lower()
        if tag not in _HTML_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
        i = j
        attrs: dict[str, str] = {}
        while True:
            while i < n and text[i] in _SPACES:
                i += 1
            if i >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            if text[i] == ">":
                break
            a = i
            while i < n and text[i] not in _SPACES and text[i] not in "=>":
                i += 1
            name = text[a:i]
            if not name:
                at = _byte_offset(text, begin)
                raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
            while i < n and text[i] in _SPACES:
                i += 1
            value = ""
            if i < n and text[i] == "=":
                i += 1
                while i < n and text[i] in _SPACES:
                    i += 1
                if i >= n:
                    raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
                if text[i] not in "'\"":
                    t = i
                    while i < n and ((text[i].isascii() and text[i].isalnum()) or text[i] in ".-"):
                        i += 1
                    value = text[t:i].lower()
                    if i < n and text[i] not in _SPACES and text[i] != ">":
                        raise EntityParseError(f"Unexpected end of name token at byte offset {_byte_offset(text, t)}")
                else:
                    quote = text[i]
                    i += 1
                    buf: list[str] = []
                    while i < n and text[i] != quote:
                        if text[i] == "&":
                            # Raw '&' in a quoted URL is everyday practice and Telegram accepts it.
                            ch, j = _decode_html_entity(text, i)
                            if ch is not None:
                                buf.append(ch)
                                i = j
                                continue
                        buf.append(text[i])
                        i += 1
                    if i < n:
                        i += 1
                    value = "".join(buf)
            if i >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            attrs.setdefault(name, value)
        i += 1  # '>'
        argument = ""
        if tag == "a":
            argument = attrs.get("href", "")
        elif tag == "code" and attrs.get("class", "").startswith("language-"):
            argument = attrs["class"][len("language-"):]
        elif tag == "span":
            if attrs.get("class") != "tg-spoiler":
                at = _byte_offset(text, begin)
                raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        elif tag == "tg-emoji":
            argument = attrs.get("emoji-id", "")
        stack.append([tag, argument, u16, len(out), attrs])
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:  # a language only survives on a <pre>
        if entity["type"] == "code":
            entity.pop("language", None)
    result = "".join(out)
    try:
        result.encode("utf-8")
    except UnicodeEncodeError:
        raise EntityParseError(
            "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched "
            "surrogate code units"
        ) from None
    return result, _sort_entities(entities)


def _html_entity(entities, tag, argument, attrs, offset, length, inner, users) -> None:
    simple = {
        "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
        "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "tg-spoiler": "spoiler",
        "span": "spoiler",
    }
    if tag in simple:
        entities.append({"type": simple[tag], "offset": offset, "length": length})
    elif tag == "blockquote":
        kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})
    elif tag == "tg-emoji":
        if not argument.isdigit() or int(argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entities.append({"type": "custom_emoji", "offset": offset, "length": length, "custom_emoji_id": argument})
    elif tag == "tg-time":
        unix = attrs.get("unix", "")
        if not unix.lstrip("-").isdigit():
            raise EntityParseError('Tag "tg-time" must have a valid "unix" attribute')
        entity = {"type": "date_time", "offset": offset, "length": length, "unix_time": int(unix)}
        if attrs.get("format"):
            entity["date_time_format"] = attrs["format"]
        entities.append(entity)
    elif tag == "a":
        _link_entity(entities, argument or inner, offset, length, users)
    elif tag == "pre":
        last = entities[-1] if entities else None
        same_span = last is not None and (last["offset"], last["length"]) == (offset, length)
        if same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag == "code":
        last = entities[-1] if entities else None
        if last and last["type"] == "pre" and last["offset"] == offset and last["length"] == length and argument:
            last["language"] = argument
        else:
            entity = {"type": "code", "offset": offset, "length": length}
            if argument:
                entity["language"] = argument  # dropped below unless a <pre> claims it
            entities.append(entity)


def _link_entity(entities, url, offset, length, users) -> None:
    uid = _mention_user_id(url)
    if uid is not None:
        user = (users or {}).get(uid)
        if user is not None:
            entities.append({"type": "text_mention", "offset": offset, "length": length, "user": dict(user)})
        return
    checked = _checked_link(url)
    if checked:
        entities.append({"type": "text_link", "offset": offset, "length": length, "url": checked})


_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_AUTO_PATTERNS = (
    ("email", re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])")),
    ("url", re.compile(
        rf"(?<![A-Za-z0-9_@/.\-])(?:(?:https?|ftp)://{_URL_CHARS}+|www\.{_URL_CHARS}+|"
        rf"(?:[A-Za-z0-9-]+\.)+(?:com|org|net|cn|gov|edu|io|me|info|ru|de|uk|jp|hk|tw)(?![A-Za-z0-9-])(?:/{_URL_CHARS}*)?)",
        flags=re.IGNORECASE,
    )),
    ("bot_command", re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*(?![\w#])")),
)
_OPAQUE = frozenset({"code", "pre", "text_link", "text_mention", "custom_emoji", "url", "email", "bot_command"})


def auto_entities(text: str, entities: list[dict]) -> list[dict]:
    """Add the entities Telegram finds by itself (commands, links, e-mails, mentions, hashtags)."""
    taken = [(e["offset"], e["offset"] + e["length"]) for e in entities if e["type"] in _OPAQUE]
    found = []
    for kind, pattern in _AUTO_PATTERNS:
        for m in pattern.finditer(text):
            value = m.group(0)
            if kind == "url":
                value = value.rstrip(".,;:!?'\"，。；：！？、")
                while value.endswith(")") and value.count(")") > value.count("("):
                    value = value[:-1]
            start = _u16(text[: m.start()])
            end = start + _u16(value)
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append({"type": kind, "offset": start, "length": end - start})
    return _sort_entities(entities + found)


def _trim(text: str, entities: list[dict]) -> tuple[str, list[dict]]:
    """Drop leading and trailing white space as Telegram does, keeping entity offsets right."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = _u16(text[: len(text) - len(text.lstrip())])
    size = _u16(stripped)
    kept = []
    for e in entities:
        start = max(e["offset"] - shift, 0)
        end = min(e["offset"] + e["length"] - shift, size)
        if end > start:
            kept.append({**e, "offset": start, "length": end - start})
    return stripped, kept


# --------------------------------------------------------------------------------------------
# Small builders


def png_bytes(width: int = 64, height: int = 48, rgb: tuple[int, int, int] = (200, 60, 60)) -> bytes:
    """Return a valid PNG image of one colour (what ``send_photo`` uploads by default)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG or WebP image; None when the bytes are no image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return 512, 512
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3):
                h, w = struct.unpack(">HH", data[i + 5:i + 9])
                return w, h
            i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
    return None


_FILE_PREFIX = {
    "document": "BQAC", "photo": "AgAC", "voice": "AwAC", "audio": "CQAC", "sticker": "CAAC", "video": "BAAC",
}
_FILE_DIR = {"document": "documents", "photo": "photos", "voice": "voice", "audio": "music", "sticker": "stickers"}
_KIND_NAMES = {"document": "Document", "photo": "Photo", "voice": "Voice", "audio": "Audio", "sticker": "Sticker"}


@dataclass
class _File:
    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0
    duration: int = 0

    def as_file(self) -> dict:
        return {"file_id": self.file_id, "file_unique_id": self.file_unique_id, "file_size": len(self.data),
                "file_path": self.file_path}


@dataclass
class _Chat:
    chat: dict
    bot_status: str = "member"  # the bot's membership: member/administrator/left/kicked
    blocked: bool = False
    next_id: int = 1
    messages: dict[int, dict] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    deleted: set[int] = field(default_factory=set)
    topics: dict[int, dict] = field(default_factory=dict)
    closed_topics: set[int] = field(default_factory=set)
    members: dict[int, str] = field(default_factory=dict)
    pinned: list[int] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    menu_button: dict | None = None

    @property
    def id(self) -> int:
        return self.chat["id"]

    @property
    def type(self) -> str:
        return self.chat["type"]

    @property
    def is_forum(self) -> bool:
        return bool(self.chat.get("is_forum"))

    def alive(self, message_id: int) -> dict | None:
        return None if message_id in self.deleted else self.messages.get(message_id)


_ALL_UPDATES = (
    "message", "edited_message", "channel_post", "edited_channel_post", "business_connection", "business_message",
    "edited_business_message", "deleted_business_messages", "message_reaction", "message_reaction_count",
    "inline_query", "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query",
    "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_member", "chat_join_request",
    "chat_boost", "removed_chat_boost",
)
# What Telegram sends when allowed_updates was never given (or given as []).
_DEFAULT_UPDATES = frozenset(_ALL_UPDATES) - {"chat_member", "message_reaction", "message_reaction_count"}
_CHAT_ACTIONS = frozenset({
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
    "choose_sticker", "find_location", "record_video_note", "upload_video_note",
})
_TOPIC_COLORS = frozenset({7322096, 16766590, 13338331, 9367192, 16749490, 16478047})
_BUTTON_KINDS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
)
_ADMIN_RIGHTS = {
    "can_be_edited": False, "is_anonymous": False, "can_manage_chat": True, "can_delete_messages": True,
    "can_manage_video_chats": True, "can_restrict_members": True, "can_promote_members": False,
    "can_change_info": True, "can_invite_users": True, "can_post_stories": True, "can_edit_stories": True,
    "can_delete_stories": True, "can_pin_messages": True, "can_manage_topics": True,
}
_COMMAND_SCOPES = frozenset({
    "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators",
    "chat_member",
})

# How PTB encodes parameters: every value a string in a form (nested objects JSON-encoded strings,
# booleans "true"/"false"); these tables turn them back into what a JSON body would carry.
_JSON_FIELDS = frozenset({
    "reply_markup", "reply_parameters", "link_preview_options", "entities", "caption_entities", "commands", "scope",
    "allowed_updates", "menu_button", "reaction", "message_ids", "media", "permissions", "quote_entities",
})
_INT_FIELDS = frozenset({
    "chat_id", "from_chat_id", "message_id", "message_thread_id", "user_id", "offset", "limit", "timeout",
    "cache_time", "reply_to_message_id", "icon_color", "max_connections", "duration", "width", "height",
})
_BOOL_FIELDS = frozenset({
    "show_alert", "disable_notification", "protect_content", "drop_pending_updates", "allow_sending_without_reply",
    "disable_web_page_preview", "disable_content_type_detection", "is_big", "has_spoiler",
    "show_caption_above_media", "allow_paid_broadcast", "for_channels", "only_if_banned",
})


def _normalize(values: dict, files: dict) -> dict:
    params: dict = {}
    for key, value in values.items():
        if isinstance(value, str):
            if key in _JSON_FIELDS:
                with contextlib.suppress(ValueError):  # else kept as text: the method reports bad JSON
                    value = json.loads(value)
            elif key in _INT_FIELDS and re.fullmatch(r"\s*-?\d+\s*", value):
                value = int(value)
            elif key in _BOOL_FIELDS and value.lower() in ("true", "false", "1", "0"):
                value = value.lower() in ("true", "1")
        params[key] = value
    for key, upload in files.items():
        params.setdefault(key, {"filename": upload["filename"], "mime_type": upload["content_type"],
                                "size": len(upload["data"])})
    return params


def _int(params: dict, name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise _bad(f'parameter "{name}" must be a Number')
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad(f'parameter "{name}" must be a Number') from None


def _parse_multipart(body: bytes, boundary: str) -> tuple[dict, dict]:
    fields: dict = {}
    files: dict = {}
    delimiter = b"--" + boundary.encode()
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        part = part[2:] if part.startswith(b"\r\n") else part
        head, _, content = part.partition(b"\r\n\r\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")

        def param(key: str, disposition: str = disposition) -> str | None:
            m = re.search(rf'(?:^|;)\s*{key}="((?:[^"\\]|\\.)*)"', disposition) or re.search(
                rf"(?:^|;)\s*{key}=([^;\s]+)", disposition)
            if not m:
                return None
            # httpx escapes form parameters the HTML5 way
            return m.group(1).replace("%22", '"').replace("%0D", "\r").replace("%0A", "\n").replace("\\\\", "\\")

        name = param("name")
        if name is None:
            continue
        filename = param("filename")
        star = re.search(r"filename\*=UTF-8''([^;\s]+)", disposition, flags=re.IGNORECASE)
        if star:
            filename = urllib.parse.unquote(star.group(1))
        if filename is None:
            fields[name] = content.decode("utf-8")
        else:
            content_type = headers.get("content-type", "application/octet-stream")
            files[name] = {"filename": filename, "content_type": content_type, "data": content}
    return fields, files


_RECORDED = object()  # post_webhook: use the secret token the bot gave setWebhook


def _require_local(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"FakeBotAPI only talks to 127.0.0.1, not {url!r}")


# --------------------------------------------------------------------------------------------
# HTTP plumbing


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects from a Bot API server
    server_version = "nginx/1.18.0"
    sys_version = ""

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        self.server.api._track(self.connection, True)

    def finish(self):
        try:
            super().finish()
        finally:
            self.server.api._track(self.connection, False)

    def do_GET(self):
        self._serve()

    def do_POST(self):
        self._serve()

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self):
        try:
            body = self._read_body()
            try:
                status, content_type, data = self.server.api._http(self.command, self.path, self.headers, body)
            except _Dropped:
                # the connection closed with no answer, as a keep-alive connection the server closed while the
                # request was on its way (the request was never handled)
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            self.close_connection = True  # the client gave up (PTB cancels long polls on stop)


class _Dropped(Exception):
    """A request the fake answers by closing the connection (see :meth:`FakeBotAPI.drop_next`)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, api: FakeBotAPI):
        self.api = api
        super().__init__(("127.0.0.1", 0), _Handler)


# --------------------------------------------------------------------------------------------
# The fake


class FakeBotAPI:
    # How often async waiters look for new bot messages; load benchmarks raise it to spare the CPU.
    poll_interval = 0.01
    """A Telegram Bot API server for one bot, plus the users' side of Telegram for tests.

    Thread-safe: PTB's requests arrive on server threads, the test calls the user-side methods
    from its own thread or event loop. Async helpers (``awaited_for``, ``ask``, ``click`` …) poll
    without blocking the loop PTB runs in.
    """

    def __init__(
        self,
        *,
        token: str = "123456:TEST-token",
        username: str = "labor_test_bot",
        first_name: str = "Labor Test Bot",
        privacy_mode: bool = True,
        strict_html: bool = True,
    ):
        self.token = token
        bot_id = int(token.split(":", 1)[0])
        self.privacy_mode = privacy_mode
        self.strict_html = strict_html
        self.bot_user = {
            "id": bot_id, "is_bot": True, "first_name": first_name, "username": username,
            "can_join_groups": True, "can_read_all_group_messages": not privacy_mode,
            "supports_inline_queries": False, "can_connect_to_business": False, "has_main_web_app": False,
        }
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._stopped = False
        self.url = ""

        self._users: dict[int, dict] = {}
        self._chats: dict[int, _Chat] = {}
        self._updates: list[dict] = []
        self._next_update_id = 100_000_001
        self._allowed: frozenset[str] = _DEFAULT_UPDATES
        self._poll_generation = 0
        self._webhook: dict = {"url": ""}
        self._files: dict[str, _File] = {}
        self._file_paths: dict[str, _File] = {}
        self._file_counter = 0
        self._queries: dict[str, dict] = {}
        self._query_counter = 4_242_424_242_000
        self._commands: dict[tuple, list[dict]] = {}
        self._versions: dict[tuple[int, int], list[dict]] = {}
        self._events: list[dict] = []
        self._marks: dict[int, int] = {}
        self._calls: list[dict] = []
        self._injected: dict[str, list[tuple[int | None, ApiError]]] = {}  # method -> (chat or None, error)
        self._drops: dict[str, int] = {}  # method (lower case) -> requests to answer by closing the connection
        self._dropped_calls: list[str] = []
        self._stalls: list[dict] = []  # calls to hold until released (a bot killed mid-request)
        self._files_in_request: dict = {}  # the uploads of the request being handled (under the lock)
        self._current_call = -1
        self._methods = {
            name[5:].lower(): (name[5:], getattr(self, name)) for name in dir(self) if name.startswith("_api_")
        }

    # ---- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What to give ``ApplicationBuilder().base_url``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """What to give ``ApplicationBuilder().base_file_url``."""
        return f"{self.url}/file/bot"

    def start(self) -> Self:
        if self._server is not None:
            return self
        self._stopped = False
        self._server = _Server(self)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-bot-api", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        with self._cond:
            self._stopped = True
            self._cond.notify_all()  # long polls return at once
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:  # idle keep-alive connections would hold their threads
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(self, *exc) -> None:
        await asyncio.to_thread(self.stop)

    def _track(self, conn: socket.socket, alive: bool) -> None:
        with self._lock:
            (self._connections.add if alive else self._connections.discard)(conn)

    # ---- HTTP entry ------------------------------------------------------------------------

    def _http(self, verb: str, path: str, headers, body: bytes) -> tuple[int, str, bytes]:
        parts = urllib.parse.urlsplit(path)
        route = urllib.parse.unquote(parts.path)  # PTB percent-encodes file URLs, the token's ':' included
        m = re.fullmatch(r"/file/bot([^/]+)/(.+)", route)
        if m:
            with self._lock:
                stored = self._file_paths.get(m.group(2))
            if m.group(1) != self.token or stored is None or verb != "GET":
                return 404, "application/json", b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, "application/octet-stream", stored.data
        m = re.fullmatch(r"/bot([^/]*)/([A-Za-z0-9_]+)/?", route)
        if not m:
            return self._reply(ApiError(404, "Not Found"))
        token, method = m.groups()
        with self._lock:
            drops = self._drops.get(method.lower(), 0)
            if drops:
                self._drops[method.lower()] = drops - 1
                self._dropped_calls.append(method)
        if drops:
            raise _Dropped(method)
        if token != self.token:
            # Telegram: 401 for a well-formed token it does not know, 404 for a malformed one
            if re.fullmatch(r"\d+:[A-Za-z0-9_-]+", token):
                return self._reply(ApiError(401, "Unauthorized"))
            return self._reply(ApiError(404, "Not Found"))
        values: dict = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        files: dict = {}
        content_type = headers.get_content_type() if body else ""
        try:
            if content_type == "application/json":
                loaded = json.loads(body.decode("utf-8"))
                if not isinstance(loaded, dict):
                    raise ValueError("not an object")
                values.update(loaded)
            elif content_type == "application/x-www-form-urlencoded":
                values.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            elif content_type == "multipart/form-data":
                fields, files = _parse_multipart(body, headers.get_param("boundary") or "")
                values.update(fields)
        except (ValueError, UnicodeDecodeError):
            return self._reply(_bad("can't parse request body"))
        return self._dispatch(method, values, files)

    def _reply(self, outcome: ApiError | object) -> tuple[int, str, bytes]:
        if isinstance(outcome, ApiError):
            payload = {"ok": False, "error_code": outcome.code, "description": outcome.description}
            if outcome.parameters:
                payload["parameters"] = outcome.parameters
            status = outcome.code
        else:
            payload = {"ok": True, "result": outcome}
            status = 200
        return status, "application/json", json.dumps(payload, ensure_ascii=False).encode("utf-8")

    def _dispatch(self, method: str, values: dict, files: dict) -> tuple[int, str, bytes]:
        with self._cond:
            canonical, handler = self._methods.get(method.lower(), (method, None))
            params = _normalize(values, files)
            call = {"method": canonical, "params": params, "ok": True}
            self._calls.append(call)
            self._current_call = len(self._calls) - 1
            self._cond.notify_all()
            try:
                if handler is None:
                    raise ApiError(404, "Not Found")
                self._stall(canonical, params)
                injected = self._injected.get(canonical.lower(), [])
                target = params.get("chat_id")
                for i, (cid, error) in enumerate(injected):
                    if cid is None or str(cid) == str(target):
                        del injected[i]
                        raise error
                self._files_in_request = files
                return self._reply(handler(params))
            except ApiError as error:
                call.update(ok=False, error_code=error.code, description=error.description)
                return self._reply(error)
            except Exception as bug:  # noqa: BLE001 - a gap in the fake: tell the bot and errors(), not a thread dump
                error = ApiError(500, f"Internal Server Error: FakeBotAPI {canonical}: {bug!r}")
                call.update(ok=False, error_code=500, description=error.description)
                return self._reply(error)

    # ---- people and chats (test side) --------------------------------------------------------

    def user(
        self,
        id: int,
        first_name: str | None = None,
        *,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = "zh-hans",
        is_premium: bool = False,
    ) -> dict:
        """Register a Telegram user and return the User object the bot will see in ``from``."""
        user = {"id": id, "is_bot": False, "first_name": first_name or f"User{id}"}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        if is_premium:
            user["is_premium"] = True
        with self._lock:
            self._users[id] = user
        return dict(user)

    def private_chat(self, user: dict | int) -> dict:
        """Open the user's private chat with the bot (as pressing Start does); return the Chat."""
        with self._lock:
            return dict(self._private(self._known_user(user)).chat)

    def group(
        self,
        id: int,
        title: str,
        *,
        is_forum: bool = False,
        username: str | None = None,
        bot_status: str = "administrator",
        type: str | None = None,
    ) -> dict:
        """Create a group (a supergroup when forum or id -100…) the bot is in; return the Chat.

        ``bot_status="member"`` puts the bot under privacy mode there; ``"left"`` keeps it out
        until ``add_to_group``.
        """
        kind = type or ("supergroup" if is_forum or str(id).startswith("-100") else "group")
        if is_forum and kind != "supergroup":
            raise ValueError("only supergroups can be forums")
        chat = {"id": id, "title": title, "type": kind}
        if username:
            chat["username"] = username
        if is_forum:
            chat["is_forum"] = True
        with self._lock:
            if id not in self._chats:
                # Message 1 of a group is its creation; in a forum, thread 1 is the General topic.
                self._chats[id] = _Chat(chat, bot_status=bot_status, next_id=2)
            return dict(self._chats[id].chat)

    def add_member(self, chat: dict | int, user: dict | int, status: str = "member") -> None:
        """Make the user a member of the group (status member, administrator or creator)."""
        with self._lock:
            self._group(chat).members[self._known_user(user)["id"]] = status

    def add_to_group(self, chat: dict | int, by: dict | int, *, as_admin: bool = False) -> list[dict]:
        """Have ``by`` add the bot to the group: my_chat_member plus the new_chat_members message."""
        with self._lock:
            st = self._group(chat)
            adder = self._known_user(by)
            old = st.bot_status
            st.bot_status = "administrator" if as_admin else "member"
            st.members.setdefault(adder["id"], "member")
            updates = [self._enqueue({"my_chat_member": self._member_update(st, adder, old, st.bot_status)})]
            msg = self._new_message(st, self._from(adder), {"new_chat_members": [self._bot_from()]})
            updates.append(self._enqueue({"message": msg}))
            return [u for u in updates if u]

    def block(self, user: dict | int) -> dict | None:
        """The user blocks the bot: my_chat_member update, and sends to them answer 403."""
        with self._lock:
            person = self._known_user(user)
            st = self._private(person)
            st.blocked = True
            return self._enqueue({"my_chat_member": self._member_update(st, person, "member", "kicked")})

    def create_topic(self, chat: dict | int, name: str, by: dict | int, icon_color: int = 7322096) -> dict:
        """A user opens a forum topic; return the ForumTopic (its service message goes to the bot)."""
        with self._lock:
            st = self._group(chat)
            if not st.is_forum:
                raise ValueError("the chat is not a forum")
            topic = self._open_topic(st, self._from(self._known_user(by)), name, icon_color, None)
            self._enqueue_user_message(st, st.messages[topic["message_thread_id"]])
            return dict(topic)

    # ---- users act (test side) ---------------------------------------------------------------
    # Each returns the queued Update, or None where Telegram would not give it to the bot
    # (privacy mode in groups, a bot outside the group, an update type not in allowed_updates).

    def send_text(
        self,
        user: dict | int,
        text: str,
        chat: dict | int | None = None,
        message_thread_id: int | None = None,
        reply_to: dict | int | None = None,
    ) -> dict | None:
        """The user sends a text message (commands get their bot_command entity as Telegram adds it)."""
        content: dict = {"text": text}
        entities = auto_entities(text, [])
        if entities:
            content["entities"] = entities
        return self._user_sends(user, content, chat, message_thread_id, reply_to)

    def send_document(
        self,
        user: dict | int,
        filename: str,
        content: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        chat: dict | int | None = None,
        message_thread_id: int | None = None,
        reply_to: dict | int | None = None,
    ) -> dict | None:
        """The user sends a file; the bot can getFile and download it."""
        with self._lock:
            mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            stored = self._store_file("document", content, file_name=filename, mime_type=mime)
            body = self._media_object(stored)
        return self._user_sends(user, {"document": body, **self._caption(caption)}, chat, message_thread_id, reply_to)

    def send_photo(
        self,
        user: dict | int,
        content: bytes | None = None,
        caption: str | None = None,
        chat: dict | int | None = None,
        message_thread_id: int | None = None,
        reply_to: dict | int | None = None,
    ) -> dict | None:
        """The user sends a photo (a small PNG unless ``content`` is given)."""
        data = content if content is not None else png_bytes()
        size = _image_size(data) or (320, 240)
        with self._lock:
            sizes = self._photo_sizes(data, size)
        return self._user_sends(user, {"photo": sizes, **self._caption(caption)}, chat, message_thread_id, reply_to)

    def send_voice(self, user: dict | int, duration: int = 3, chat: dict | int | None = None) -> dict | None:
        """The user sends a voice note."""
        with self._lock:
            stored = self._store_file("voice", b"OggS" + bytes(2000), mime_type="audio/ogg", duration=duration)
            body = self._media_object(stored)
        return self._user_sends(user, {"voice": body}, chat, None, None)

    def send_sticker(self, user: dict | int, emoji: str = "👍", chat: dict | int | None = None) -> dict | None:
        """The user sends a sticker."""
        with self._lock:
            stored = self._store_file("sticker", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(500), width=512, height=512)
            body = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "type": "regular",
                    "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": emoji,
                    "set_name": "TestStickers", "file_size": len(stored.data)}
        return self._user_sends(user, {"sticker": body}, chat, None, None)

    def send_location(
        self, user: dict | int, latitude: float = 31.2304, longitude: float = 121.4737, chat: dict | int | None = None
    ) -> dict | None:
        """The user shares a location."""
        return self._user_sends(user, {"location": {"latitude": latitude, "longitude": longitude}}, chat, None, None)

    def edit_text(
        self, user: dict | int, message: dict | int, new_text: str, chat: dict | int | None = None
    ) -> dict | None:
        """The user edits one of their text messages: an edited_message update."""
        with self._lock:
            u = self._known_user(user)
            st = self._chat_of(message, chat, u)
            msg = st.alive(self._message_id(message))
            if msg is None or msg["from"]["id"] != u["id"] or "text" not in msg:
                raise ValueError("the user can only edit their own text messages")
            self._versions.setdefault((st.id, msg["message_id"]), []).append(copy.deepcopy(msg))
            msg["text"] = new_text
            entities = auto_entities(new_text, [])
            if entities:
                msg["entities"] = entities
            else:
                msg.pop("entities", None)
            msg["edit_date"] = int(time.time())
            if not self._delivers(st, msg, explicit_reply=False):
                return None
            return self._enqueue({"edited_message": msg})

    def press(
        self, user: dict | int, message: dict | int, callback_data: str | None = None, *, text: str | None = None,
        chat: dict | int | None = None,
    ) -> dict | None:
        """The user presses an inline button (found by its callback_data or its text) on a message.

        The button must be on the message as it is now, as in a real client; a missing one fails the
        test with the buttons that are there.
        """
        with self._lock:
            u = self._known_user(user)
            st = self._chat_of(message, chat, u)
            msg = st.alive(self._message_id(message))
            if msg is None:
                raise AssertionError(f"message {self._message_id(message)} is not in chat {st.id} (deleted?)")
            buttons = [b for row in msg.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
            match = [b for b in buttons if (callback_data is None or b.get("callback_data") == callback_data)
                     and (text is None or b.get("text") == text)]
            if not match or "callback_data" not in match[0]:
                shown = [(b.get("text"), b.get("callback_data") or b.get("url")) for b in buttons]
                raise AssertionError(f"no button {callback_data or text!r} on message {msg['message_id']}: {shown}")
            self._query_counter += 1
            query_id = str(self._query_counter)
            query = {
                "id": query_id, "from": self._from(u), "message": self._snapshot(msg),
                "chat_instance": self._chat_instance(st.id), "data": match[0]["callback_data"],
            }
            self._queries[query_id] = {"query": query, "answer": None}
            return self._enqueue({"callback_query": query})

    # ---- what the bot did (test side) ----------------------------------------------------------

    def messages(self, chat: dict | int, thread_id: int | None = None) -> list[dict]:
        """The bot's messages in the chat as users see them now (edits applied, deleted ones gone)."""
        with self._lock:
            st = self._chats.get(self._cid(chat))
            if st is None:
                return []
            found = []
            for mid in st.order:
                msg = st.alive(mid)
                if msg is None or msg["from"]["id"] != self.bot_user["id"] or self._is_service(msg):
                    continue
                if thread_id is not None and msg.get("message_thread_id") != thread_id:
                    continue
                found.append(copy.deepcopy(msg))
            return found

    def history(self, chat: dict | int) -> list[dict]:
        """Every message in the chat, both sides and service messages, as they are now."""
        with self._lock:
            st = self._chats.get(self._cid(chat))
            return [copy.deepcopy(st.messages[m]) for m in st.order if m not in st.deleted] if st else []

    def versions(self, message: dict, chat: dict | int | None = None) -> list[dict]:
        """Every state the message has had, oldest first, the current one last."""
        with self._lock:
            cid = self._cid(chat) if chat is not None else message["chat"]["id"]
            mid = self._message_id(message)
            st = self._chats[cid]
            return copy.deepcopy([*self._versions.get((cid, mid), []), st.messages[mid]])

    @staticmethod
    def buttons(message: dict) -> list[dict]:
        """The inline buttons of a message, row after row."""
        return [dict(b) for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]

    def chat_actions(self, chat: dict | int) -> list[str]:
        """The actions (typing …) the bot showed in the chat, in order."""
        with self._lock:
            st = self._chats.get(self._cid(chat))
            return list(st.actions) if st else []

    def topics(self, chat: dict | int) -> list[dict]:
        """The forum topics of the chat (ForumTopic objects with ``is_closed`` added)."""
        with self._lock:
            st = self._chats[self._cid(chat)]
            return [dict(t, is_closed=tid in st.closed_topics) for tid, t in st.topics.items()]

    def commands(self, scope: dict | None = None, language_code: str = "") -> list[dict]:
        """The command list set for a scope and language (exactly that one, as getMyCommands)."""
        with self._lock:
            return copy.deepcopy(self._commands.get((self._scope_key(scope), language_code or ""), []))

    def callback_answer(self, query: dict | str) -> dict | None:
        """How the bot answered a callback query (``press``'s update or its id), or None."""
        query_id = query if isinstance(query, str) else query["callback_query"]["id"]
        with self._lock:
            record = self._queries.get(query_id)
            return copy.deepcopy(record["answer"]) if record else None

    @property
    def webhook(self) -> dict:
        """What the bot gave setWebhook (``url`` is "" when none)."""
        with self._lock:
            return copy.deepcopy(self._webhook)

    @property
    def pending_updates(self) -> int:
        """Updates the bot has not confirmed yet."""
        with self._lock:
            return len(self._updates)

    def file_bytes(self, file_id: str) -> bytes:
        with self._lock:
            return self._files[file_id].data

    def calls(self, method: str | None = None) -> list[dict]:
        """Parameters of the requests the bot made (to ``method``, any case), oldest first.

        Values are decoded as a JSON body would carry them: ints, bools, nested objects; an uploaded
        file appears as ``{"filename", "mime_type", "size"}``.
        """
        with self._lock:
            return [copy.deepcopy(c["params"]) for c in self._calls
                    if method is None or c["method"].lower() == method.lower()]

    def errors(self, method: str | None = None) -> list[dict]:
        """The error replies the bot received: ``{"method", "error_code", "description", "params"}``.

        A long poll answered 409 because the bot's next getUpdates replaced it (what PTB does when it
        stops polling) is left out: PTB had already given up on that request.
        """
        with self._lock:
            return [
                {"method": c["method"], "error_code": c["error_code"], "description": c["description"],
                 "params": copy.deepcopy(c["params"])}
                for c in self._calls
                # a long poll PTB itself cancelled and replaced is no error the bot saw
                if not c["ok"] and not c.get("superseded")
                and (method is None or c["method"].lower() == method.lower())
            ]

    def stall(self, method: str, *, chat: dict | int | None = None, after: int = 0) -> None:
        """Hold the next call of ``method`` (into ``chat``; the first ``after`` such calls pass) until
        :meth:`drop_stalled`: the request never completes, as for a bot killed while it waits for
        Telegram's answer. ``await stalled()`` returns once the call is being held."""
        with self._lock:
            cid = self._cid(chat) if chat is not None else None
            self._stalls.append({"method": method.lower(), "chat": cid, "after": after, "held": False,
                                 "dropped": False})

    async def stalled(self, timeout: float = 30.0) -> None:
        """Wait until every stall set up has caught its call."""
        async with asyncio.timeout(timeout):
            while True:
                with self._lock:
                    if all(s["held"] for s in self._stalls):
                        return
                await asyncio.sleep(0.02)

    def drop_stalled(self) -> None:
        """Let the held calls end without effect: Telegram never received them."""
        with self._cond:
            for s in self._stalls:
                s["dropped"] = True
            self._stalls = [s for s in self._stalls if not s["held"]]
            self._cond.notify_all()

    def redeliver(self, update: dict) -> None:
        """Queue an update the bot was given before again, as Telegram does when the bot did not confirm it."""
        with self._cond:
            self._updates.append(copy.deepcopy(update))
            self._updates.sort(key=lambda u: u["update_id"])
            self._cond.notify_all()

    def _stall(self, method: str, params: dict) -> None:
        """Hold this call if a stall asks for it (under the lock; waiting releases it)."""
        for s in self._stalls:
            if s["method"] != method.lower() or s["held"] or (s["chat"] is not None
                                                              and str(s["chat"]) != str(params.get("chat_id"))):
                continue
            if s["after"] > 0:
                s["after"] -= 1
                return
            s["held"] = True
            self._cond.notify_all()
            while not s["dropped"] and not self._stopped:
                self._cond.wait(0.5)
            raise ApiError(500, "Internal Server Error: the request was abandoned")

    def drop_next(self, method: str, *, times: int = 1) -> None:
        """Answer the next ``times`` requests of ``method`` by closing the connection before handling them (the
        client reads a reset, as when a keep-alive connection is closed under it); :meth:`dropped` lists them."""
        with self._lock:
            key = method.lower()
            self._drops[key] = self._drops.get(key, 0) + times

    def dropped(self) -> list[str]:
        """The methods of the requests answered by closing the connection, in order."""
        with self._lock:
            return list(self._dropped_calls)

    def fail_next(
        self, method: str, description: str = "Bad Request: test failure", *, error_code: int | None = None,
        times: int = 1, retry_after: float | None = None, chat: dict | int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (into ``chat``, if given) fail.

        ``retry_after`` answers 429 with that flood wait, as Telegram's flood control does. Telegram
        asks for whole seconds; a fraction keeps a test short (PTB reads either).
        """
        if retry_after is not None:
            error = ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
        else:
            codes = {"Bad Request": 400, "Unauthorized": 401, "Forbidden": 403, "Not Found": 404, "Conflict": 409}
            error = ApiError(error_code or codes.get(description.split(":")[0], 400), description)
        with self._lock:
            canonical = self._methods.get(method.lower(), (method, None))[0].lower()
            cid = self._cid(chat) if chat is not None else None
            self._injected.setdefault(canonical, []).extend([(cid, error)] * times)

    # ---- waiting (test side) -------------------------------------------------------------------

    def mark(self, chat: dict | int) -> int:
        """Start counting the bot's messages in the chat from now."""
        with self._lock:
            self._marks[self._cid(chat)] = len(self._events)
            return len(self._events)

    def _scan(self, cid, count, predicate, edits, thread_id):
        kinds = ("message", "edit") if edits else ("message",)
        found: list[dict] = []
        last = self._marks.get(cid, 0)
        for index in range(self._marks.get(cid, 0), len(self._events)):
            event = self._events[index]
            if event["chat_id"] != cid or event["kind"] not in kinds:
                continue
            msg = event["message"]
            if thread_id is not None and msg.get("message_thread_id") != thread_id:
                continue
            if predicate is not None and not predicate(msg):
                continue
            found.append(msg)
            last = index + 1
            if len(found) == count:
                break
        return found, last

    def _take(self, cid, count, predicate, edits, thread_id) -> list[dict] | None:
        found, last = self._scan(cid, count, predicate, edits, thread_id)
        if len(found) < count:
            return None
        self._marks[cid] = last  # the next wait starts after what this one returned
        return copy.deepcopy(found)

    def _timeout_report(self, cid, count, timeout, edits) -> str:
        kinds = ("message", "edit") if edits else ("message",)
        got = [e["message"].get("text") or e["message"].get("caption") or "<media>"
               for e in self._events[self._marks.get(cid, 0):] if e["chat_id"] == cid and e["kind"] in kinds]
        errors = [f"{c['method']}: {c['description']}" for c in self._calls if not c["ok"]][-5:]
        return (f"waited {timeout}s for {count} bot message(s) in chat {cid}; since the mark it sent {got!r}; "
                f"last API errors it got: {errors!r}; updates it has not fetched: {len(self._updates)}")

    async def awaited_for(
        self,
        chat: dict | int,
        count: int = 1,
        timeout: float = 30.0,
        predicate: Callable[[dict], bool] | None = None,
        *,
        edits: bool = False,
        thread_id: int | None = None,
    ) -> list[dict]:
        """Wait until ``count`` new bot messages (and edits, if asked) arrived in the chat after the mark.

        Returns them as they were when sent/edited, and moves the mark past them. Polls without
        blocking the event loop PTB runs in.
        """
        cid = self._cid(chat)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                found = self._take(cid, count, predicate, edits, thread_id)
                if found is not None:
                    return found
                if time.monotonic() >= deadline:
                    raise TimeoutError(self._timeout_report(cid, count, timeout, edits))
            await asyncio.sleep(self.poll_interval)

    def sent_since_mark(self, chat: dict | int) -> list[dict]:
        """What the bot has sent or edited in the chat since the mark, now (no waiting); moves the mark.

        To check that the bot stays silent, first wait until it has handled the update
        (``tests.helpers.updates.HandledUpdates``), then expect [].
        """
        cid = self._cid(chat)
        with self._lock:
            found, _ = self._scan(cid, 10**9, None, True, None)
            self._marks[cid] = len(self._events)
            return copy.deepcopy(found)

    async def ask(
        self,
        user: dict | int,
        text: str,
        count: int = 1,
        timeout: float = 30.0,
        *,
        chat: dict | int | None = None,
        message_thread_id: int | None = None,
        edits: bool = False,
    ) -> list[dict]:
        """The user sends ``text``; return the bot's next ``count`` messages in that chat."""
        cid = self._cid(chat) if chat is not None else self._cid(user)
        self.mark(cid)
        if self.send_text(user, text, chat=chat, message_thread_id=message_thread_id) is None:
            raise AssertionError(f"Telegram would not give {text!r} in chat {cid} to the bot (privacy mode?)")
        return await self.awaited_for(cid, count, timeout, edits=edits, thread_id=message_thread_id)

    async def click(
        self,
        user: dict | int,
        message: dict,
        callback_data: str | None = None,
        *,
        text: str | None = None,
        count: int = 1,
        timeout: float = 30.0,
    ) -> list[dict]:
        """The user presses a button; return the bot's next ``count`` messages or edits in that chat."""
        cid = message["chat"]["id"]
        self.mark(cid)
        self.press(user, message, callback_data, text=text)
        return await self.awaited_for(cid, count, timeout, edits=True)

    async def awaited_call(
        self, method: str, predicate: Callable[[dict], bool] | None = None, timeout: float = 10.0
    ) -> dict:
        """Wait until the bot has called ``method`` (with params matching ``predicate``); return the params."""
        deadline = time.monotonic() + timeout
        while True:
            for params in self.calls(method):
                if predicate is None or predicate(params):
                    return params
            if time.monotonic() >= deadline:
                raise TimeoutError(f"the bot did not call {method} within {timeout}s")
            await asyncio.sleep(self.poll_interval)

    # ---- webhook delivery (test side) ------------------------------------------------------------

    def post_webhook(self, url: str, update: dict, secret_token: object = _RECORDED, timeout: float = 10.0) -> int:
        """POST an update to the bot's webhook as Telegram does; return the HTTP status it answered.

        ``secret_token`` defaults to the one the bot gave setWebhook; None sends no header. Blocks:
        inside the bot's event loop use ``apost_webhook``.
        """
        _require_local(url)
        with self._lock:
            secret = self._webhook.get("secret_token") if secret_token is _RECORDED else secret_token
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = str(secret)
        request = urllib.request.Request(url, data=json.dumps(update, ensure_ascii=False).encode("utf-8"),
                                         headers=headers, method="POST")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    async def apost_webhook(
        self, url: str, update: dict, secret_token: object = _RECORDED, timeout: float = 10.0
    ) -> int:
        """``post_webhook`` without blocking the event loop."""
        return await asyncio.to_thread(self.post_webhook, url, update, secret_token, timeout)

    # ---- internals: people, chats, messages ------------------------------------------------------

    def _cid(self, chat: dict | int) -> int:
        """The chat id of a Chat, a Message, an Update carrying a message, or a User (their private chat)."""
        if isinstance(chat, dict):
            if "update_id" in chat:
                body = next(v for k, v in chat.items() if k != "update_id")
                return self._cid(body["message"] if "chat_instance" in body else body)
            if "type" in chat:
                return chat["id"]
            if "chat" in chat:
                return chat["chat"]["id"]
            return chat["id"]
        return int(chat)

    def _known_user(self, user: dict | int) -> dict:
        uid = user["id"] if isinstance(user, dict) else int(user)
        if uid not in self._users:
            if isinstance(user, dict):
                self._users[uid] = {k: v for k, v in user.items()}
            else:
                raise KeyError(f"unknown user {uid}: create it with FakeBotAPI.user()")
        return self._users[uid]

    def _from(self, user: dict) -> dict:
        return dict(user)

    def _bot_from(self) -> dict:
        b = self.bot_user
        return {"id": b["id"], "is_bot": True, "first_name": b["first_name"], "username": b["username"]}

    def _private(self, user: dict) -> _Chat:
        st = self._chats.get(user["id"])
        if st is None:
            chat = {"id": user["id"], "first_name": user["first_name"]}
            if user.get("last_name"):
                chat["last_name"] = user["last_name"]
            if user.get("username"):
                chat["username"] = user["username"]
            chat["type"] = "private"
            st = self._chats[user["id"]] = _Chat(chat)
        return st

    def _group(self, chat: dict | int) -> _Chat:
        st = self._chats.get(self._cid(chat))
        if st is None or st.type == "private":
            raise KeyError(f"unknown group {self._cid(chat)}: create it with FakeBotAPI.group()")
        return st

    def _chat_of(self, message: dict | int, chat: dict | int | None, user: dict) -> _Chat:
        if chat is not None:
            return self._chats[self._cid(chat)]
        if isinstance(message, dict):
            return self._chats[message["chat"]["id"]]
        return self._private(user)

    @staticmethod
    def _message_id(message: dict | int) -> int:
        return message["message_id"] if isinstance(message, dict) else int(message)

    @staticmethod
    def _is_service(msg: dict) -> bool:
        return not any(k in msg for k in ("text", "caption", "document", "photo", "voice", "audio", "sticker",
                                           "location", "contact", "video", "animation"))

    @staticmethod
    def _snapshot(msg: dict) -> dict:
        return copy.deepcopy(msg)

    @staticmethod
    def _replied(msg: dict) -> dict:
        # "the Message object in this field will not contain further reply_to_message fields"
        quoted = copy.deepcopy(msg)
        quoted.pop("reply_to_message", None)
        return quoted

    def _chat_instance(self, chat_id: int) -> str:
        digest = hashlib.sha256(f"{self.token}/{chat_id}".encode()).digest()
        return str(int.from_bytes(digest[:8], "big") - 2**63)

    def _member_update(self, st: _Chat, by: dict, old: str, new: str) -> dict:
        return {
            "chat": dict(st.chat), "from": self._from(by), "date": int(time.time()),
            "old_chat_member": self._member(self._bot_from(), old),
            "new_chat_member": self._member(self._bot_from(), new),
        }

    @staticmethod
    def _member(user: dict, status: str) -> dict:
        if status == "administrator":
            return {"status": "administrator", "user": dict(user), **_ADMIN_RIGHTS}
        if status == "creator":
            return {"status": "creator", "user": dict(user), "is_anonymous": False}
        if status == "kicked":
            return {"status": "kicked", "user": dict(user), "until_date": 0}
        return {"status": status, "user": dict(user)}

    def _new_message(
        self, st: _Chat, sender: dict, content: dict, *, thread: int | None = None, reply: dict | None = None,
        quote: dict | None = None,
    ) -> dict:
        mid = st.next_id
        st.next_id += 1
        msg: dict = {"message_id": mid}
        if thread is not None:
            msg["message_thread_id"] = thread
        msg.update({"from": sender, "chat": dict(st.chat), "date": int(time.time())})
        if thread is not None:
            msg["is_topic_message"] = True
        if reply is not None:
            msg["reply_to_message"] = self._replied(reply)
            if quote:
                msg["quote"] = quote
        elif thread is not None and thread in st.messages and thread != mid:
            # Telegram makes every topic message a reply to the topic's creation message
            msg["reply_to_message"] = self._replied(st.messages[thread])
        msg.update(content)
        st.messages[mid] = msg
        st.order.append(mid)
        return msg

    def _enqueue(self, body: dict) -> dict | None:
        kind = next(iter(body))
        if kind not in self._allowed:
            return None
        update = {"update_id": self._next_update_id, **copy.deepcopy(body)}
        self._next_update_id += 1
        self._updates.append(update)
        self._cond.notify_all()
        return copy.deepcopy(update)

    def _event(self, kind: str, st: _Chat, msg: dict) -> None:
        self._events.append({"kind": kind, "chat_id": st.id, "message": copy.deepcopy(msg)})
        self._cond.notify_all()

    def _delivers(self, st: _Chat, msg: dict, *, explicit_reply: bool) -> bool:
        """Whether Telegram gives this user message to the bot (privacy mode in groups)."""
        if st.type == "private":
            return not st.blocked
        if st.bot_status in ("left", "kicked"):
            return False
        if not self.privacy_mode or st.bot_status in ("administrator", "creator") or self._is_service(msg):
            return True
        text = msg.get("text") or msg.get("caption") or ""
        if text.startswith("/"):
            command = text.split()[0]
            return "@" not in command or command.split("@", 1)[1].lower() == self.bot_user["username"].lower()
        replied = msg.get("reply_to_message")
        return bool(explicit_reply and replied and replied["from"]["id"] == self.bot_user["id"])

    def _user_sends(self, user, content, chat, thread_id, reply_to) -> dict | None:
        with self._lock:
            u = self._known_user(user)
            if chat is None:
                st = self._private(u)
                st.blocked = False  # writing to the bot again means the user restarted it
            else:
                st = self._chats.get(self._cid(chat))
                if st is None:
                    raise KeyError(f"unknown chat {self._cid(chat)}: create it with FakeBotAPI.group()")
                st.members.setdefault(u["id"], "member")
            thread = None
            if thread_id is not None and not (st.is_forum and thread_id == 1):
                if thread_id not in st.topics:
                    raise ValueError(f"chat {st.id} has no topic {thread_id}")
                thread = thread_id
            reply = None
            if reply_to is not None:
                reply = st.alive(self._message_id(reply_to))
                if reply is None:
                    raise ValueError(f"no message {self._message_id(reply_to)} to reply to in chat {st.id}")
            msg = self._new_message(st, self._from(u), content, thread=thread, reply=reply)
            return self._enqueue_user_message(st, msg, explicit_reply=reply is not None)

    def _enqueue_user_message(self, st: _Chat, msg: dict, *, explicit_reply: bool = False) -> dict | None:
        if not self._delivers(st, msg, explicit_reply=explicit_reply):
            return None
        return self._enqueue({"message": msg})

    def _caption(self, caption: str | None) -> dict:
        if not caption:
            return {}
        entities = auto_entities(caption, [])
        return {"caption": caption, **({"caption_entities": entities} if entities else {})}

    # ---- internals: files -----------------------------------------------------------------------

    def _new_ids(self, kind: str) -> tuple[str, str]:
        self._file_counter += 1
        digest = hashlib.sha256(f"{self.token}/{self._file_counter}".encode()).digest()
        tail = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        return f"{_FILE_PREFIX.get(kind, 'BQAC')}AgUAAxkBAAI{tail[:40]}", f"AgAD{tail[40:52]}"

    def _store_file(self, kind: str, data: bytes, **info) -> _File:
        file_id, unique_id = self._new_ids(kind)
        ext = {"photo": ".jpg", "voice": ".oga", "sticker": ".webp"}.get(kind)
        if ext is None:
            name = info.get("file_name") or ""
            ext = ("." + name.rsplit(".", 1)[1]) if "." in name else ""
        path = f"{_FILE_DIR.get(kind, 'documents')}/file_{self._file_counter}{ext}"
        stored = _File(file_id, unique_id, kind, bytes(data), path, **info)
        self._files[file_id] = stored
        self._file_paths[path] = stored
        return stored

    def _media_object(self, stored: _File) -> dict:
        body: dict = {}
        if stored.kind in ("voice", "audio"):
            body["duration"] = stored.duration
        if stored.file_name and stored.kind in ("document", "audio"):
            body["file_name"] = stored.file_name
        if stored.mime_type:
            body["mime_type"] = stored.mime_type
        body.update({"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": len(stored.data)})
        return body

    def _photo_sizes(self, data: bytes, size: tuple[int, int]) -> list[dict]:
        width, height = size
        longest = max(width, height, 1)
        sizes = []
        for limit in (90, 320, 800, 1280):
            if longest > limit or limit == 1280 or not sizes:
                scale = min(1.0, limit / longest)
                w, h = max(1, round(width * scale)), max(1, round(height * scale))
                if sizes and (w, h) == (sizes[-1]["width"], sizes[-1]["height"]):
                    continue
                stored = self._store_file("photo", data, width=w, height=h)
                sizes.append({"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                              "file_size": len(data), "width": w, "height": h})
            if longest <= limit:
                break
        return sizes

    def _input_file(self, params: dict, kind: str) -> _File:
        """The file a send method names: an upload, attach://, or a file_id (URLs cannot be fetched here)."""
        uploads = self._files_in_request
        value = params.get(kind)
        upload = uploads.get(kind)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = uploads.get(value[len("attach://"):])
            if upload is None:
                raise _bad(f"can't find the file attached as {value[len('attach://'):]}")
        if upload is not None:
            if len(upload["data"]) > 50 * 1024 * 1024:
                raise ApiError(413, "Request Entity Too Large")
            return self._new_upload(kind, upload)
        if isinstance(value, str) and value:
            stored = self._files.get(value)
            if stored is not None:
                if stored.kind != kind and not (kind == "document" and stored.kind in ("audio", "voice")):
                    raise _bad(f"can't use file of type {_KIND_NAMES.get(stored.kind, stored.kind)} as "
                               f"{_KIND_NAMES.get(kind, kind)}")
                return stored
            if re.match(r"https?://", value):
                raise _bad("failed to get HTTP URL content")
            raise _bad("wrong file identifier/HTTP URL specified")
        raise _bad(f"there is no {kind} in the request")

    def _new_upload(self, kind: str, upload: dict) -> _File:
        data = upload["data"]
        name = upload["filename"] or None
        mime = upload["content_type"]
        if not mime or mime == "application/octet-stream":
            mime = (mimetypes.guess_type(name)[0] if name else None) or mime
        if kind == "photo":
            if _image_size(data) is None:
                raise _bad("IMAGE_PROCESS_FAILED")
            return self._store_file("photo", data)
        if kind == "voice":
            return self._store_file("voice", data, mime_type="audio/ogg", duration=max(1, len(data) // 4000))
        if kind == "audio":
            return self._store_file("audio", data, file_name=name, mime_type=mime or "audio/mpeg",
                                    duration=max(1, len(data) // 16000))
        return self._store_file(kind, data, file_name=name, mime_type=mime)

    # ---- internals: checks shared by the methods ------------------------------------------------------

    def _lookup_chat(self, chat_id) -> _Chat:
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for st in self._chats.values():
                if st.type != "private" and st.chat.get("username", "").lower() == chat_id[1:].lower():
                    return st
            raise _bad("chat not found")
        try:
            cid = int(chat_id)
        except (TypeError, ValueError):
            raise _bad("chat not found") from None
        st = self._chats.get(cid)
        if st is None:
            if cid in self._users:
                raise _forbidden("bot can't initiate conversation with a user")
            raise _bad("chat not found")
        return st

    def _writable(self, params: dict) -> _Chat:
        st = self._lookup_chat(params.get("chat_id"))
        self._check_write(st)
        return st

    def _check_write(self, st: _Chat) -> None:
        if st.type == "private":
            if st.blocked:
                raise _forbidden("bot was blocked by the user")
            return
        if st.bot_status == "left":
            raise _forbidden(f"bot is not a member of the {st.type} chat")
        if st.bot_status == "kicked":
            raise _forbidden(f"bot was kicked from the {st.type} chat")

    def _bot_is_admin(self, st: _Chat) -> bool:
        return st.type == "private" or st.bot_status in ("administrator", "creator")

    def _send_thread(self, st: _Chat, params: dict) -> int | None:
        tid = _int(params, "message_thread_id")
        if tid is None:
            return None
        if st.is_forum and tid == 1:
            return None  # the General topic
        if tid not in st.topics:
            raise _bad("message thread not found")
        if tid in st.closed_topics and not self._bot_is_admin(st):
            raise _bad("TOPIC_CLOSED")
        return tid

    def _format(self, raw, parse_mode, entities, *, kind: str) -> tuple[str, list[dict]]:
        text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
        if entities not in (None, ""):
            if not isinstance(entities, list) or not all(
                isinstance(e, dict) and isinstance(e.get("type"), str) and isinstance(e.get("offset"), int)
                and isinstance(e.get("length"), int) for e in entities
            ):
                raise _bad(f"can't parse {'caption_' if kind == 'caption' else ''}entities JSON object")
            size = _u16(text)
            parsed = [dict(e) for e in entities if e["length"] > 0 and 0 <= e["offset"] < size]
            for e in parsed:
                e["length"] = min(e["length"], size - e["offset"])
        elif parse_mode:
            mode = str(parse_mode).lower()
            try:
                if mode == "html":
                    text, parsed = parse_html(text, strict=self.strict_html, users=self._users)
                elif mode in ("markdownv2", "markdown"):  # valid for Telegram, but the bot sends HTML only
                    raise NotImplementedError(f"parse_mode {parse_mode} is not implemented by the fake")
                else:
                    raise _bad("unsupported parse_mode")
            except EntityParseError as error:
                raise _bad(f"can't parse entities: {error}") from None
        else:
            parsed = []
        text, parsed = _trim(text, parsed)
        if kind == "text":
            if not text:
                raise _bad("message text is empty")
            if len(text) > 4096:
                raise _bad("message is too long")
        elif len(text) > 1024:
            raise _bad("message caption is too long")
        return text, auto_entities(text, parsed) if text else []

    def _inline_keyboard(self, markup) -> dict:
        rows = markup.get("inline_keyboard")
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
        total = 0
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
                if not isinstance(button.get("text"), str):
                    raise _bad("can't parse inline keyboard button: Field \"text\" must be of type String")
                if not button["text"].strip():
                    raise _bad("BUTTON_TEXT_INVALID")
                kinds = [k for k in _BUTTON_KINDS if k in button]
                if not kinds:
                    raise _bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
                if "callback_data" in button:
                    data = button["callback_data"]
                    if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                        raise _bad("BUTTON_DATA_INVALID")
                if "url" in button:
                    url = button["url"]
                    if not isinstance(url, str) or not re.match(r"(?:https?|tg)://\S+$", url, flags=re.IGNORECASE):
                        raise _bad(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
                total += 1
        if total > 100:
            raise _bad("reply markup is too long")
        return {"inline_keyboard": rows}

    def _markup(self, params: dict) -> dict | None:
        """The inline keyboard for the Message (the bot uses no reply keyboards)."""
        markup = params.get("reply_markup")
        if markup in (None, ""):
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            return self._inline_keyboard(markup)
        if {"keyboard", "remove_keyboard", "force_reply"} & markup.keys():
            raise NotImplementedError("reply keyboards are not implemented by the fake (the bot uses inline ones)")
        raise _bad("can't parse reply keyboard markup JSON object")

    def _reply_target(self, st: _Chat, params: dict) -> tuple[dict | None, dict | None]:
        rp = params.get("reply_parameters")
        if rp in (None, "") and params.get("reply_to_message_id") not in (None, ""):
            rp = {"message_id": params["reply_to_message_id"],
                  "allow_sending_without_reply": params.get("allow_sending_without_reply", False)}
        if rp in (None, ""):
            return None, None
        if not isinstance(rp, dict) or "message_id" not in rp:
            raise _bad("can't parse reply parameters JSON object")
        if rp.get("chat_id") not in (None, st.id, f"@{st.chat.get('username')}"):
            raise _bad("message to be replied not found")
        target = st.alive(int(rp["message_id"]))
        if target is None:
            if rp.get("allow_sending_without_reply"):
                return None, None
            raise _bad("message to be replied not found")
        quote = None
        if rp.get("quote"):
            source = target.get("text") or target.get("caption") or ""
            position = source.find(rp["quote"])
            if position < 0:
                raise _bad("QUOTE_TEXT_INVALID")
            quote = {"text": rp["quote"], "position": _u16(source[:position]), "is_manual": True}
        return target, quote

    def _bot_sends(self, st: _Chat, params: dict, content: dict, thread: int | None) -> dict:
        inline = self._markup(params)
        reply, quote = self._reply_target(st, params)
        msg = self._new_message(st, self._bot_from(), content, thread=thread, reply=reply, quote=quote)
        if inline is not None:
            msg["reply_markup"] = inline
        if params.get("protect_content"):
            msg["has_protected_content"] = True
        self._event("message", st, msg)
        return msg

    def _editable(self, params: dict) -> tuple[_Chat, dict]:
        if params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")  # no inline mode here
        st = self._lookup_chat(params.get("chat_id"))
        self._check_write(st)
        msg = st.alive(_int(params, "message_id", 0))
        if msg is None:
            raise _bad("message to edit not found")
        if msg["from"]["id"] != self.bot_user["id"]:
            raise _bad("message can't be edited")
        return st, msg

    def _apply_edit(self, st: _Chat, msg: dict, changes: dict) -> dict:
        def same(a, b) -> bool:
            return (a or None) == (b or None)

        if all(same(msg.get(key), value) for key, value in changes.items()):
            raise _bad(NOT_MODIFIED)
        self._versions.setdefault((st.id, msg["message_id"]), []).append(copy.deepcopy(msg))
        for key, value in changes.items():
            if value in (None, []):
                msg.pop(key, None)
            else:
                msg[key] = value
        msg["edit_date"] = int(time.time())
        self._event("edit", st, msg)
        return msg

    def _scope_key(self, scope) -> tuple:
        if scope in (None, ""):
            return ("default",)
        if not isinstance(scope, dict) or scope.get("type") not in _COMMAND_SCOPES:
            raise _bad("can't parse BotCommandScope JSON object")
        kind = scope["type"]
        if kind in ("chat", "chat_administrators", "chat_member"):
            st = self._lookup_chat(scope.get("chat_id"))
            if kind == "chat_member":
                return (kind, st.id, _int(scope, "user_id", 0))
            return (kind, st.id)
        return (kind,)

    def _language(self, params: dict) -> str:
        code = params.get("language_code") or ""
        if code and not re.fullmatch(r"[a-z]{2}", code):
            raise _bad("LANG_CODE_INVALID")  # two-letter ISO 639-1 codes only
        return code

    def _full_chat(self, st: _Chat) -> dict:
        info = dict(st.chat)
        info.update({
            "accent_color_id": 0, "max_reaction_count": 11,
            "accepted_gift_types": {"unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True,
                                    "premium_subscription": True, "gifts_from_channels": True},
        })
        if st.type != "private":
            info["permissions"] = {"can_send_messages": True, "can_send_audios": True, "can_send_documents": True,
                                   "can_send_photos": True, "can_send_polls": True, "can_invite_users": True}
        if st.pinned:
            info["pinned_message"] = copy.deepcopy(st.messages[st.pinned[-1]])
        return info

    def _open_topic(self, st: _Chat, sender: dict, name: str, icon_color: int, emoji: str | None) -> dict:
        created = {"name": name, "icon_color": icon_color}
        if emoji:
            created["icon_custom_emoji_id"] = emoji
        tid = st.next_id
        msg = self._new_message(st, sender, {"forum_topic_created": created}, thread=tid)
        topic = {"message_thread_id": msg["message_id"], "name": name, "icon_color": icon_color}
        if emoji:
            topic["icon_custom_emoji_id"] = emoji
        st.topics[msg["message_id"]] = topic
        return topic

    def _topic(self, params: dict) -> tuple[_Chat, int]:
        st = self._lookup_chat(params.get("chat_id"))
        self._check_write(st)
        if not st.is_forum:
            raise _bad("the chat is not a forum")
        tid = _int(params, "message_thread_id")
        if tid not in st.topics:
            raise _bad("message thread not found")
        if not self._bot_is_admin(st):
            raise _bad("not enough rights to manage topics")
        return st, tid

    def _service(self, st: _Chat, tid: int, content: dict) -> None:
        self._new_message(st, self._bot_from(), content, thread=tid)

    # ---- the Bot API methods ---------------------------------------------------------------------------

    def _api_getMe(self, p):
        return dict(self.bot_user)

    def _api_getUpdates(self, p):
        if self._webhook["url"]:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook "
                                "to delete the webhook first")
        call = self._calls[self._current_call]  # ours: the lock is held until the wait below
        offset = _int(p, "offset", 0)
        limit = min(max(_int(p, "limit", 100), 1), 100)
        timeout = min(max(_int(p, "timeout", 0), 0), 60)
        allowed = p.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed = frozenset(allowed) if allowed else _DEFAULT_UPDATES
        # Telegram answers an older long poll with 409 when a newer getUpdates arrives
        self._poll_generation += 1
        generation = self._poll_generation
        self._cond.notify_all()
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        deadline = time.monotonic() + timeout
        while not self._updates and not self._stopped and generation == self._poll_generation:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._cond.wait(left)
        if generation != self._poll_generation:
            call["superseded"] = True
            raise ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot "
                                "instance is running")
        return copy.deepcopy(self._updates[:limit])

    def _api_setWebhook(self, p):
        url = p.get("url") or ""
        if url:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme.lower() != "https":
                raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
            if not parts.hostname:
                raise _bad("bad webhook: Failed to resolve host: Name or service not known")
            if (parts.port or 443) not in (80, 88, 443, 8443):
                raise _bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _bad("secret token contains unallowed characters")
        connections = _int(p, "max_connections", 40)
        if not 1 <= connections <= 100:
            raise _bad("bad webhook: max_connections must be between 1 and 100")
        if p.get("drop_pending_updates"):
            self._updates.clear()
        allowed = p.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed = frozenset(allowed) if allowed else _DEFAULT_UPDATES
        self._webhook = {"url": url, "max_connections": connections}
        if secret:
            self._webhook["secret_token"] = str(secret)
        if isinstance(allowed, list):
            self._webhook["allowed_updates"] = allowed
        if p.get("ip_address"):
            self._webhook["ip_address"] = p["ip_address"]
        return True

    def _api_deleteWebhook(self, p):
        if p.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {"url": ""}
        return True

    def _api_setMyCommands(self, p):
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad("too many commands specified")
        clean = []
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand JSON object")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            clean.append({"command": name, "description": description})
        key = (self._scope_key(p.get("scope")), self._language(p))
        if clean:
            self._commands[key] = clean
        else:
            self._commands.pop(key, None)
        return True

    def _api_sendMessage(self, p):
        st = self._writable(p)
        thread = self._send_thread(st, p)
        if "text" not in p:
            raise _bad("message text is empty")
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"), kind="text")
        content: dict = {"text": text}
        if entities:
            content["entities"] = entities
        preview = p.get("link_preview_options")
        if preview in (None, "") and p.get("disable_web_page_preview"):
            preview = {"is_disabled": True}
        if isinstance(preview, dict) and preview and any(e["type"] in ("url", "text_link") for e in entities):
            content["link_preview_options"] = preview
        return self._bot_sends(st, p, content, thread)

    def _send_media(self, p, kind: str):
        st = self._writable(p)
        thread = self._send_thread(st, p)
        stored = self._input_file(p, kind)
        caption, entities = self._format(p.get("caption"), p.get("parse_mode"), p.get("caption_entities"),
                                         kind="caption")
        if kind == "photo":
            body = self._photo_sizes(stored.data, _image_size(stored.data) or (320, 240))
        else:
            body = self._media_object(stored)
        content: dict = {kind: body}
        if caption:
            content["caption"] = caption
            if entities:
                content["caption_entities"] = entities
        if p.get("has_spoiler") and kind == "photo":
            content["has_media_spoiler"] = True
        return self._bot_sends(st, p, content, thread)

    def _api_sendDocument(self, p):
        return self._send_media(p, "document")

    def _api_getFile(self, p):
        stored = self._files.get(p.get("file_id") or "")
        if stored is None:
            raise _bad("wrong file_id or the file is temporarily unavailable")
        if len(stored.data) > 20 * 1024 * 1024:
            raise _bad("file is too big")
        return stored.as_file()

    def _api_editMessageText(self, p):
        st, msg = self._editable(p)
        if "text" not in msg:
            raise _bad("there is no text in the message to edit")
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"), kind="text")
        inline = self._markup(p)
        # Without reply_markup the edited message loses its inline keyboard, as on Telegram.
        return self._apply_edit(st, msg, {"text": text, "entities": entities, "reply_markup": inline})

    def _api_editMessageReplyMarkup(self, p):
        st, msg = self._editable(p)
        inline = self._markup(p)
        return self._apply_edit(st, msg, {"reply_markup": inline})

    def _delete(self, st: _Chat, mid: int) -> bool:
        msg = st.alive(mid)
        if msg is None:
            return False
        own = msg["from"]["id"] == self.bot_user["id"]
        if not own and st.type != "private" and not self._bot_is_admin(st):
            raise _bad("message can't be deleted")
        st.deleted.add(mid)
        self._event("delete", st, msg)
        return True

    def _api_deleteMessages(self, p):
        st = self._lookup_chat(p.get("chat_id"))
        ids = p.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _bad("message_ids must be a non-empty Array of at most 100 message identifiers")
        deleted = [self._delete(st, int(mid)) for mid in ids]
        if not any(deleted):
            raise _bad("message to delete not found")
        return True

    def _api_answerCallbackQuery(self, p):
        record = self._queries.get(str(p.get("callback_query_id") or ""))
        if record is None or record["answer"] is not None:
            raise _bad(QUERY_INVALID)
        text = p.get("text") or ""
        if len(text) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        answer = {"text": text, "show_alert": bool(p.get("show_alert", False))}
        if p.get("url"):
            answer["url"] = p["url"]
        if p.get("cache_time") is not None:
            answer["cache_time"] = _int(p, "cache_time")
        record["answer"] = answer
        return True

    def _api_sendChatAction(self, p):
        st = self._writable(p)
        self._send_thread(st, p)
        action = p.get("action")
        if action not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        st.actions.append(action)
        return True

    def _source_message(self, p, verb: str) -> dict:
        source_chat = self._lookup_chat(p.get("from_chat_id"))
        msg = source_chat.alive(_int(p, "message_id", 0))
        if msg is None:
            raise _bad(f"message to {verb} not found")
        if self._is_service(msg):
            raise _bad(f"message can't be {'copied' if verb == 'copy' else 'forwarded'}")
        return msg

    _CONTENT_KEYS = ("text", "entities", "caption", "caption_entities", "document", "photo", "voice", "audio",
                     "sticker", "location", "contact", "video", "animation")

    def _api_copyMessage(self, p):
        source = self._source_message(p, "copy")
        st = self._writable(p)
        thread = self._send_thread(st, p)
        content = {k: copy.deepcopy(source[k]) for k in self._CONTENT_KEYS if k in source}
        if "caption" in p and "text" not in source:
            caption, entities = self._format(p.get("caption"), p.get("parse_mode"), p.get("caption_entities"),
                                             kind="caption")
            content.pop("caption", None)
            content.pop("caption_entities", None)
            if caption:
                content["caption"] = caption
                if entities:
                    content["caption_entities"] = entities
        msg = self._bot_sends(st, p, content, thread)
        return {"message_id": msg["message_id"]}

    def _api_createForumTopic(self, p):
        st = self._writable(p)
        if not st.is_forum:
            raise _bad("the chat is not a forum")
        if not self._bot_is_admin(st):
            raise _bad("not enough rights to create a topic")
        name = p.get("name") or ""
        if not 1 <= len(name) <= 128:
            raise _bad("TOPIC_TITLE_EMPTY" if not name else "TOPIC_TITLE_INVALID")
        color = _int(p, "icon_color", 7322096)
        if color not in _TOPIC_COLORS:
            raise _bad("invalid icon_color specified")
        return self._open_topic(st, self._bot_from(), name, color, p.get("icon_custom_emoji_id") or None)

    def _api_closeForumTopic(self, p):
        st, tid = self._topic(p)
        if tid in st.closed_topics:
            raise _bad("TOPIC_NOT_MODIFIED")
        st.closed_topics.add(tid)
        self._service(st, tid, {"forum_topic_closed": {}})
        return True

    def _api_deleteForumTopic(self, p):
        st, tid = self._topic(p)
        del st.topics[tid]
        st.closed_topics.discard(tid)
        for mid, msg in st.messages.items():
            if msg.get("message_thread_id") == tid:
                st.deleted.add(mid)
        return True

    def _api_getChat(self, p):
        return self._full_chat(self._lookup_chat(p.get("chat_id")))

    def _api_setMessageReaction(self, p):
        st = self._writable(p)
        if st.alive(_int(p, "message_id", 0)) is None:
            raise _bad("message to react not found")
        reaction = p.get("reaction") or []
        if not isinstance(reaction, list) or any(not isinstance(r, dict) or "type" not in r for r in reaction):
            raise _bad("can't parse reaction types JSON object")
        return True
