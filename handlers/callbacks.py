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

``Kind.parse(data)`` returns the typed value, or None for anything malformed (a forged or stale
button); a handler answers such a query and ignores it. ``Kind.pattern`` is the regular expression
its handler is registered with: it matches the prefix only, so that malformed data of that kind still
reaches the handler (and gets its query answered) instead of leaving the button spinning.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Self, TypeVar

from bot.cases import STAFF_OUTCOMES
from bot.intake import FACT_ORDER

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


class Callback:
    """A kind of callback data: ``prefix`` on the wire, then ``:``-separated fields."""

    __slots__ = ()
    prefix: ClassVar[str]
    pattern: ClassVar[str]

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
    def parse(cls, data: str | None) -> Self | None:
        """The typed value of ``data``, or None when it is not well-formed data of this kind."""
        if not data or len(data.encode()) > MAX_BYTES:
            return None
        prefix, *parts = data.split(":")
        if prefix != cls.prefix:
            return None
        try:
            return cls._decode(parts)
        except ValueError:
            return None

    def _encode(self) -> tuple[str, ...]:
        return ()

    @classmethod
    def _decode(cls, parts: list[str]) -> Self:
        """Build the value from the fields after the prefix; raise ValueError when they do not fit."""
        _arity(parts, 0)
        return cls()


def parse(data: str | None) -> Callback | None:
    """Whichever kind ``data`` is, typed; None for unknown or malformed data."""
    prefix = (data or "").split(":", 1)[0]
    kind = _BY_PREFIX.get(prefix)
    return kind.parse(data) if kind else None


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


async def read(query: CallbackQuery, kind: type[C]) -> C | None:
    """The query's data as ``kind``; malformed data is answered (the button stops spinning) and None returned."""
    value = kind.parse(query.data)
    if value is None:
        logger.info("Ignored malformed callback data of kind %s", kind.__name__)
        await query.answer()
    return value
