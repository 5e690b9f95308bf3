"""The error handler: log with the update id only, answer a failed button, tell the worker, alert the admins."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import NetworkError, TelegramError, TimedOut

from bot.locales import ui
from handlers.context import BotContext

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure (no personal data, no token), answer a failed button press, apologise to the worker,
    alert the admin chat."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    logger.error("update %s failed: %s", update_id, type(error).__name__, exc_info=error)
    if isinstance(update, Update) and update.callback_query:
        await _stop_spinner(update, update_id)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == "private":
        try:
            code = (update.effective_user.language_code or "") if update.effective_user else ""
            await context.bot.send_message(update.effective_chat.id, ui("en" if code.startswith("en") else "zh").error)
        except TelegramError:
            logger.warning("could not tell the worker about the failure of update %s", update_id)
    admin_chat = context.bot_data.options.error_chat_id  # None until post_init has run
    # Connection blips are not worth an alert; note BadRequest and friends subclass NetworkError in PTB.
    transient = type(error) is NetworkError or isinstance(error, TimedOut)
    if admin_chat and not transient:
        try:
            await context.bot.send_message(admin_chat, f"⚠️ update {update_id}: {type(error).__name__}")
        except TelegramError:
            logger.warning("could not notify the admin chat")


async def _stop_spinner(update: Update, update_id: int | None) -> None:
    """Answer the failed button press, in case the handler failed before it did (the button would
    spin for a minute); Telegram refuses a second answer, which is fine."""
    try:
        await update.callback_query.answer()
    except TelegramError:
        logger.info("the failed callback query of update %s was answered already", update_id)
