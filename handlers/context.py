"""Typed access to the services from handler callbacks (no string look-ups in bot_data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.ext import CallbackContext, ExtBot

from bot.ratelimit import RateLimiter, UserLocks

if TYPE_CHECKING:
    from bot.admin import AdminService
    from bot.app import Services
    from bot.chat import ChatService
    from handlers.courier import Courier


class BotData:
    """Application-wide state, opened in post_init and closed in post_shutdown."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.chat: ChatService | None = None
        self.admin: AdminService | None = None
        self.rate: RateLimiter = RateLimiter(8, 30.0)
        self.locks = UserLocks()
        self.courier: Courier | None = None

    def wake_courier(self) -> None:
        """Deliver what a handler just queued now rather than at the next poll."""
        if self.courier is not None:
            self.courier.wake()


class BotContext(CallbackContext[ExtBot, dict, dict, BotData]):
    @property
    def services(self) -> Services:
        assert self.bot_data.services is not None, "services are opened in post_init"
        return self.bot_data.services

    @property
    def chat_service(self) -> ChatService:
        assert self.bot_data.chat is not None
        return self.bot_data.chat

    @property
    def admin_service(self) -> AdminService:
        assert self.bot_data.admin is not None
        return self.bot_data.admin

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.services.settings.admin_ids
