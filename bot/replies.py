"""What a service hands a channel: reply text and rows of buttons (channel-neutral)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.inbox import owe

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

    def record(self) -> dict:
        """What a channel needs to send this reply again after a crash: text, language, buttons."""
        return {"text": self.text, "language": self.language, "relayed": self.relayed,
                "actions": [[[a.label, a.kind, a.arg] for a in row] for row in self.actions]}

    @classmethod
    def from_record(cls, data: dict) -> ChatReply:
        return cls(data["text"], data["language"], [[Action(*a) for a in row] for row in data["actions"]],
                   relayed=data.get("relayed", False))


def owed(reply: ChatReply) -> ChatReply:
    """Hand ``reply`` to the inbox as what the message being handled owes the worker, and return it.

    Call it before the write that commits what the reply reports: the reply is then stored in that
    same transaction, and a bot killed right after the commit sends it when it starts again."""
    owe(reply.record())
    return reply
