"""What a service hands a channel: reply text and rows of buttons (channel-neutral)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.assistant import Answer


@dataclass(frozen=True, slots=True)
class Action:
    """A button: what it says and what it does (kind, argument)."""

    label: str
    kind: str  # article | calc | aid | rate | lawyer | consent | intake (encoded by handlers/callbacks.py)
    arg: str = ""


@dataclass(slots=True)
class ChatReply:
    text: str  # empty: nothing to say (a message relayed to a legal-aid person)
    language: str
    actions: list[list[Action]] = field(default_factory=list)  # rows of buttons
    answer: Answer | None = None
    interaction_id: int | None = None
    relayed: bool = False  # the message went to the worker's legal-aid case
