"""Typed access to the services from handler callbacks (no string look-ups in bot_data).

The composition root (``app/``) opens the services and puts them here in ``post_init``; handlers
only see the services they call, never the container that built them.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telegram.ext import CallbackContext, ExtBot

from bot.ratelimit import FloodLimit, RateLimiter, UserLocks
from handlers.callbacks import TakenSteps

if TYPE_CHECKING:
    from bot.admin import AdminService
    from bot.cases import CaseService
    from bot.chat import ChatService
    from bot.escalation import EscalationService
    from bot.inbox import Inbox
    from bot.staff import StaffDirectory
    from handlers.courier import Courier


@dataclass(frozen=True, slots=True)
class ChannelOptions:
    """What the Telegram handlers need to know about the deployment: who is an admin, where errors
    and cases go. Empty until ``post_init`` (so the error handler works even if opening fails)."""

    admin_ids: tuple[int, ...] = ()
    error_chat_id: int | None = None
    staff_chat_id: int | None = None
    typing_after_s: float = 0.8  # "typing…" only for an answer slower than this


class BotData:
    """Application-wide state, opened in post_init and closed in post_shutdown."""

    def __init__(self) -> None:
        self.chat: ChatService | None = None
        self.escalation: EscalationService | None = None
        self.admin: AdminService | None = None
        self.cases: CaseService | None = None
        self.staff: StaffDirectory | None = None
        self.options = ChannelOptions()
        self.rate: FloodLimit = RateLimiter(8, 30.0)
        self.locks = UserLocks()
        self.steps = TakenSteps()  # the buttons pressed already: a double tap acts once
        self.courier: Courier | None = None
        self.answers: Executor | None = None  # the threads answers run on (None: the loop's default pool)
        self.inbox: Inbox | None = None  # incoming updates until handled (/forget removes a worker's)

    def wake_courier(self) -> None:
        """Deliver what a handler just queued now rather than at the next poll."""
        if self.courier is not None:
            self.courier.wake()


class BotContext(CallbackContext[ExtBot, dict, dict, BotData]):
    @property
    def chat_service(self) -> ChatService:
        assert self.bot_data.chat is not None, "services are opened in post_init"
        return self.bot_data.chat

    @property
    def escalation(self) -> EscalationService:
        assert self.bot_data.escalation is not None, "services are opened in post_init"
        return self.bot_data.escalation

    @property
    def admin_service(self) -> AdminService:
        assert self.bot_data.admin is not None, "services are opened in post_init"
        return self.bot_data.admin

    @property
    def cases(self) -> CaseService:
        assert self.bot_data.cases is not None, "services are opened in post_init"
        return self.bot_data.cases

    @property
    def staff(self) -> StaffDirectory:
        assert self.bot_data.staff is not None, "services are opened in post_init"
        return self.bot_data.staff

    @property
    def options(self) -> ChannelOptions:
        return self.bot_data.options

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.bot_data.options.admin_ids
