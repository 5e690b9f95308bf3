"""Callback data of inline buttons: one typed value per kind, built and parsed here and nowhere else.

Telegram keeps a button's data (1-64 bytes) under messages already sent, so the wire format below
must not change between deploys: a button a worker got last week still works after an update.

    a:<digest>            Article        the full text of a cited article
    c:<name>              Calculator     start a calculator walk-through
    aid                   LegalAid       where to get a person's help
    law                   Lawyer         offer the hand-over to legal-aid staff
    cs:y | cs:n           Consent        share the case, or not
    in:<choice>           IntakeChoice   unknown | skip | yes | no | submit | cancel under a question
    cf:<case>:+ | -       CaseFeedback   👍/👎 on a closed case
    r:+<id> | r:-<id>     Rating         👍/👎 on an answer
    k:<action>:<case>[:x] CaseButton     staff buttons under a case packet
    forget:yes | no       Forget         confirm deleting the worker's data
    lang:zh | en          Language       reply language
    retire:<digest> | no  Retire         confirm retiring a source
    replace:<upload>:<base> | :no  Replace  confirm an upload replacing a source (see the end of the file)

``decode(data, kind)`` returns the typed value, or a ``Malformed`` that says why the data is not
well-formed data of that kind: no data or data that is not text (an inline-mode or game query, a
forged update), over 64 bytes, an unknown prefix, fields that do not fit (ids beyond a BIGINT,
negative, not plain digits). ``Kind.parse(data)`` is the same with None for malformed. ``read`` also
refuses a query its handler cannot reply to: one from an inline-mode message (no ``message``, so no
chat) and, for every kind but the staff buttons, one from a message outside a private chat (nothing
of a worker's conversation may go to a group). A refused query is answered with a short notice and
logged in one line (the reason, never the data). ``Kind.pattern`` is the regular expression its
handler is registered with: it matches the prefix only, so that malformed data of that kind still
reaches the handler (and gets its query answered) instead of leaving the button spinning.

``take_step`` makes a button that starts a step (consent, an intake answer, feedback, /forget …)
act once: a second tap on the same message is answered "已处理" and changes nothing.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Self, TypeVar

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.cases import STAFF_OUTCOMES
from bot.intake import FACT_ORDER
from bot.locales import ui

if TYPE_CHECKING:
    from telegram import CallbackQuery

logger = logging.getLogger(__name__)

MAX_BYTES = 64  # Telegram's limit for callback_data
MAX_ID = 2**63 - 1  # case and interaction ids are SQL BIGINTs

INTAKE_CHOICES = ("unknown", "skip", "yes", "no", "submit", "cancel")
LANGUAGES = ("zh", "en")
CASE_ACTIONS = ("claim", "ask", "askf", "close", "out", "back", "pdf")
_DETAILED_ACTIONS = {"askf": FACT_ORDER, "out": STAFF_OUTCOMES}  # the actions that carry a fact or an outcome

_DIGITS = re.compile(r"[0-9]{1,19}")
_DIGEST = re.compile(r"[0-9a-f]{12}")  # knowledge.retriever.article_digest
_NAME = re.compile(r"[a-z][a-z0-9_]{0,47}")


@dataclass(frozen=True, slots=True)
class Malformed:
    """Why a callback query was refused: ``reason`` is one of REASONS, ``kind`` the prefix it named (if any)."""

    reason: str
    kind: str | None = None


REASONS = ("empty", "not_text", "too_long", "unknown_kind", "wrong_kind", "bad_fields", "no_message", "not_private",
           "no_handler", "not_found")  # not_found: well-formed, but naming nothing of the person's (a forged id)


class Callback:
    """A kind of callback data: ``prefix`` on the wire, then ``:``-separated fields."""

    __slots__ = ()
    prefix: ClassVar[str]
    pattern: ClassVar[str]
    private: ClassVar[bool] = True  # pressed in a private chat only (the staff buttons live in the staff group)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.pattern = rf"^{re.escape(cls.prefix)}(?::|$)"

    def build(self) -> str:
        """The button's callback data."""
        data = ":".join((self.prefix, *self._encode()))
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def parse(cls, data: object) -> Self | None:
        """The typed value of ``data``, or None when it is not well-formed data of this kind."""
        value = decode(data, cls)
        return None if isinstance(value, Malformed) else value

    def _encode(self) -> tuple[str, ...]:
        return ()

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        """Build the value from the fields after the prefix; raise ValueError when they do not fit."""
        _arity(parts, 0)
        return cls()


def parse(data: object) -> Callback | None:
    """Whichever kind ``data`` is, typed; None for unknown or malformed data."""
    value = decode(data)
    return None if isinstance(value, Malformed) else value


def decode(data: object, kind: type[C] | None = None) -> C | Callback | Malformed:
    """``data`` as a typed value (of ``kind``, when given), or why it is not one.

    ``data`` is whatever the update carried: Telegram sends a string of 1-64 bytes, a forged update
    anything JSON can hold (None, numbers, lists, a string with lone surrogates)."""
    if data is None or data == "":
        return Malformed("empty")
    if not isinstance(data, str):
        return Malformed("not_text")
    try:
        size = len(data.encode())
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the JSON): no client sends that
        return Malformed("not_text")
    if size > MAX_BYTES:
        return Malformed("too_long")
    prefix, *parts = data.split(":")
    found = _BY_PREFIX.get(prefix)
    if found is None:
        return Malformed("unknown_kind")
    if kind is not None and found is not kind:
        return Malformed("wrong_kind", prefix)
    try:
        return found._decode(parts)
    except ValueError:
        return Malformed("bad_fields", prefix)


def _arity(parts: list[str], n: int) -> None:
    if len(parts) != n:
        raise ValueError(f"expected {n} field(s), got {len(parts)}")


def _id(text: str) -> int:
    """A positive id that fits a BIGINT, written in plain decimal digits."""
    if not _DIGITS.fullmatch(text) or not 0 < int(text) <= MAX_ID:
        raise ValueError(f"not an id: {text!r}")
    return int(text)


def _check_id(value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise ValueError(f"not an id: {value!r}")


def _one_of(text: str, choices: tuple[str, ...]) -> str:
    if text not in choices:
        raise ValueError(f"{text!r} is not one of {choices}")
    return text


def _matching(text: str, regex: re.Pattern) -> str:
    if not isinstance(text, str) or not regex.fullmatch(text):
        raise ValueError(f"malformed field: {text!r}")
    return text


@dataclass(frozen=True, slots=True)
class Article(Callback):
    prefix: ClassVar[str] = "a"
    digest: str

    def __post_init__(self) -> None:
        _matching(self.digest, _DIGEST)

    def _encode(self) -> tuple[str, ...]:
        return (self.digest,)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(parts[0])


@dataclass(frozen=True, slots=True)
class Calculator(Callback):
    prefix: ClassVar[str] = "c"
    name: str  # a calculator the chat service may not know (any more): it says so

    def __post_init__(self) -> None:
        _matching(self.name, _NAME)

    def _encode(self) -> tuple[str, ...]:
        return (self.name,)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(parts[0])


@dataclass(frozen=True, slots=True)
class LegalAid(Callback):
    prefix: ClassVar[str] = "aid"


@dataclass(frozen=True, slots=True)
class Lawyer(Callback):
    prefix: ClassVar[str] = "law"


@dataclass(frozen=True, slots=True)
class Consent(Callback):
    prefix: ClassVar[str] = "cs"
    yes: bool

    def _encode(self) -> tuple[str, ...]:
        return ("y" if self.yes else "n",)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(_one_of(parts[0], ("y", "n")) == "y")


@dataclass(frozen=True, slots=True)
class IntakeChoice(Callback):
    prefix: ClassVar[str] = "in"
    choice: str  # one of INTAKE_CHOICES

    def __post_init__(self) -> None:
        _one_of(self.choice, INTAKE_CHOICES)

    def _encode(self) -> tuple[str, ...]:
        return (self.choice,)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(parts[0])


@dataclass(frozen=True, slots=True)
class CaseFeedback(Callback):
    prefix: ClassVar[str] = "cf"
    case_id: int
    up: bool

    def __post_init__(self) -> None:
        _check_id(self.case_id)

    @property
    def rating(self) -> int:
        return 1 if self.up else -1

    def _encode(self) -> tuple[str, ...]:
        return (str(self.case_id), "+" if self.up else "-")

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 2)
        return cls(_id(parts[0]), _one_of(parts[1], ("+", "-")) == "+")


@dataclass(frozen=True, slots=True)
class Rating(Callback):
    prefix: ClassVar[str] = "r"
    interaction_id: int
    up: bool

    def __post_init__(self) -> None:
        _check_id(self.interaction_id)

    @property
    def rating(self) -> int:
        return 1 if self.up else -1

    def _encode(self) -> tuple[str, ...]:
        return (f"{'+' if self.up else '-'}{self.interaction_id}",)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        sign, digits = parts[0][:1], parts[0][1:]
        return cls(_id(digits), _one_of(sign, ("+", "-")) == "+")


@dataclass(frozen=True, slots=True)
class CaseButton(Callback):
    """A staff button under a case packet; ``detail`` is the fact (askf) or the outcome (out)."""

    prefix: ClassVar[str] = "k"
    private: ClassVar[bool] = False  # under a case packet in the staff group
    action: str  # one of CASE_ACTIONS
    case_id: int
    detail: str | None = None

    def __post_init__(self) -> None:
        _one_of(self.action, CASE_ACTIONS)
        _check_id(self.case_id)
        allowed = _DETAILED_ACTIONS.get(self.action)
        if allowed is None:
            if self.detail is not None:
                raise ValueError(f"{self.action} takes no detail")
        else:
            _one_of(self.detail, allowed)

    def _encode(self) -> tuple[str, ...]:
        return (self.action, str(self.case_id), *((self.detail,) if self.detail is not None else ()))

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        if len(parts) not in (2, 3):
            raise ValueError(f"expected 2 or 3 fields, got {len(parts)}")
        return cls(parts[0], _id(parts[1]), parts[2] if len(parts) == 3 else None)


@dataclass(frozen=True, slots=True)
class Forget(Callback):
    prefix: ClassVar[str] = "forget"
    confirmed: bool

    def _encode(self) -> tuple[str, ...]:
        return ("yes" if self.confirmed else "no",)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(_one_of(parts[0], ("yes", "no")) == "yes")


@dataclass(frozen=True, slots=True)
class Language(Callback):
    prefix: ClassVar[str] = "lang"
    lang: str  # one of LANGUAGES

    def __post_init__(self) -> None:
        _one_of(self.lang, LANGUAGES)

    def _encode(self) -> tuple[str, ...]:
        return (self.lang,)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(parts[0])


@dataclass(frozen=True, slots=True)
class Retire(Callback):
    """Confirm retiring the source whose id has this digest; None is the "keep it" button."""

    prefix: ClassVar[str] = "retire"
    digest: str | None

    def __post_init__(self) -> None:
        if self.digest is not None:
            _matching(self.digest, _DIGEST)

    def _encode(self) -> tuple[str, ...]:
        return (self.digest or "no",)

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 1)
        return cls(None if parts[0] == "no" else parts[0])


KINDS: tuple[type[Callback], ...] = (Article, Calculator, LegalAid, Lawyer, Consent, IntakeChoice, CaseFeedback,
                                     Rating, CaseButton, Forget, Language, Retire)
_BY_PREFIX = {kind.prefix: kind for kind in KINDS}
C = TypeVar("C", bound=Callback)


def check(query: CallbackQuery, kind: type[C]) -> C | Malformed:
    """The query's data as ``kind``, or why the query is refused (its data, or where it was pressed)."""
    value = decode(query.data, kind)
    if isinstance(value, Malformed):
        return value
    if query.message is None:  # an inline-mode message: no chat to reply in, no message to edit
        return Malformed("no_message", kind.prefix)
    if kind.private and query.message.chat.type != "private":
        return Malformed("not_private", kind.prefix)
    return value


async def read(query: CallbackQuery, kind: type[C]) -> C | None:
    """The query's data as ``kind``; a refused query is answered with a short notice and None returned."""
    value = check(query, kind)
    if isinstance(value, Malformed):
        await refuse(query, value)
        return None
    return value


async def refuse(query: CallbackQuery, why: Malformed) -> None:
    """Answer a query the bot will not act on ("this button no longer works") and log why, in one line."""
    logger.info("Refused a callback query: %s (kind %s)", why.reason, why.kind or "-")
    await query.answer(ui(_language(query)).button_stale)


class TakenSteps:
    """The pressed messages whose step a tap has taken in this run (the most recent ``size``)."""

    def __init__(self, size: int = 4096) -> None:
        self._taken: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._size = size

    def take(self, chat_id: int, message_id: int) -> bool:
        """Whether this is the first tap on the message; it is then remembered."""
        key = (chat_id, message_id)
        if key in self._taken:
            return False
        self._taken[key] = None
        if len(self._taken) > self._size:
            self._taken.popitem(last=False)
        return True


async def take_step(query: CallbackQuery, steps: TakenSteps, lang: str | None = None, *,
                    remove_buttons: bool = True) -> bool:
    """Answer the press; True when this tap takes the pressed message's step, False for a second tap
    (answered "已处理", nothing else happens).

    The first tap on a message in this run takes it (a double tap reaches the bot as two queries
    within a second); with ``remove_buttons`` it removes the message's buttons too, and a tap finding
    them gone already (pressed before a restart, or forged on a message without buttons) takes nothing.
    A message that can no longer be edited does not stop the step."""
    message = query.message
    if not steps.take(message.chat.id, message.message_id) or (remove_buttons and not await edit_buttons(query, None)):
        logger.info("Ignored a second tap on a button whose step was taken")
        await query.answer(ui(lang or _language(query)).button_done)
        return False
    await query.answer()
    return True


async def edit_buttons(query: CallbackQuery, markup: InlineKeyboardMarkup | None) -> bool:
    """Put ``markup`` under the pressed message; False when it is there already ("message is not
    modified": a second tap, or a forged press on a message without buttons).

    The message is addressed by chat and id, so that a message Telegram reports as inaccessible
    (older than 48 hours) is edited too; one that was deleted or can no longer be edited is logged
    and counts as edited: the buttons are gone either way."""
    message = query.message
    try:
        await query.get_bot().edit_message_reply_markup(chat_id=message.chat.id, message_id=message.message_id,
                                                        reply_markup=markup)
    except BadRequest as exc:
        if "not modified" in exc.message.lower():
            return False
        logger.info("Could not change the buttons of a pressed message: %s", exc.message)
    return True


async def show(query: CallbackQuery, text: str) -> None:
    """Replace the pressed message's text with ``text``; when it can no longer be edited (deleted,
    too old), send ``text`` as a new message instead, so that the person still reads it."""
    message = query.message
    try:
        await query.get_bot().edit_message_text(text, chat_id=message.chat.id, message_id=message.message_id)
    except BadRequest as exc:
        if "not modified" in exc.message.lower():
            return
        logger.info("Could not edit a pressed message, sending the text instead: %s", exc.message)
        await query.get_bot().send_message(message.chat.id, text)


def _language(query: CallbackQuery) -> str:
    code = (query.from_user.language_code or "") if query.from_user else ""
    return "en" if code.startswith("en") else "zh"


# An admin's upload that would replace a source of another origin waits for this confirmation
# (bot.admin). Its own block, appended: the kinds above are unchanged.


@dataclass(frozen=True, slots=True)
class Replace(Callback):
    """Confirm that the pending upload with digest ``upload`` replaces the source whose current
    version has content digest ``base`` (the diff the admin was shown); ``base`` None is the
    "keep the current version" button."""

    prefix: ClassVar[str] = "replace"
    upload: str
    base: str | None

    def __post_init__(self) -> None:
        _matching(self.upload, _DIGEST)
        if self.base is not None:
            _matching(self.base, _DIGEST)

    def _encode(self) -> tuple[str, ...]:
        return (self.upload, self.base or "no")

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        _arity(parts, 2)
        return cls(parts[0], None if parts[1] == "no" else parts[1])


KINDS = (*KINDS, Replace)
_BY_PREFIX[Replace.prefix] = Replace
