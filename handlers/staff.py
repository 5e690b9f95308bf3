"""Legal-aid staff in their Telegram group: case buttons (claim, ask, close) and replies in a case's topic."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.cases import STAFF_OUTCOMES, CaseError
from bot.intake import FACT_ORDER
from bot.locales import case_text, staff_text
from bot.staff import StaffMember
from handlers.context import BotContext

logger = logging.getLogger(__name__)


def case_keyboard(case_id: int) -> InlineKeyboardMarkup:
    s = staff_text()
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(s.claim_button, callback_data=f"k:claim:{case_id}"),
        InlineKeyboardButton(s.ask_button, callback_data=f"k:ask:{case_id}"),
        InlineKeyboardButton(s.close_button, callback_data=f"k:close:{case_id}"),
    ]])


def _fact_keyboard(case_id: int) -> InlineKeyboardMarkup:
    labels = case_text("zh").fact_labels
    buttons = [InlineKeyboardButton(labels[f], callback_data=f"k:askf:{case_id}:{f}") for f in FACT_ORDER]
    rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
    rows.append([InlineKeyboardButton(staff_text().back_button, callback_data=f"k:back:{case_id}")])
    return InlineKeyboardMarkup(rows)


def _outcome_keyboard(case_id: int) -> InlineKeyboardMarkup:
    s = staff_text()
    rows = [[InlineKeyboardButton(s.outcomes[o], callback_data=f"k:out:{case_id}:{o}")] for o in STAFF_OUTCOMES]
    rows.append([InlineKeyboardButton(s.back_button, callback_data=f"k:back:{case_id}")])
    return InlineKeyboardMarkup(rows)


def _in_staff_chat(update: Update, context: BotContext) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id == context.services.settings.cases.staff_chat_id


async def _member(update: Update, context: BotContext) -> StaffMember | None:
    return await asyncio.to_thread(context.services.staff.by_telegram_id, update.effective_user.id)


async def case_button(update: Update, context: BotContext) -> None:
    """Claim, ask the worker for a fact, or close with an outcome; only registered staff may."""
    query = update.callback_query
    s = staff_text()
    member = await _member(update, context) if _in_staff_chat(update, context) else None
    if member is None:
        await query.answer(s.not_staff, show_alert=True)
        return
    parts = query.data.split(":")
    action, case_id = parts[1], int(parts[2])
    cases = context.services.cases
    try:
        if action == "claim":
            await asyncio.to_thread(cases.claim, case_id, member.id)
            await query.answer(s.claimed_ok)
        elif action == "ask":
            await query.answer()
            await query.edit_message_reply_markup(_fact_keyboard(case_id))
            return
        elif action == "askf":
            fact = parts[3]
            await asyncio.to_thread(cases.request_info, case_id, member.id, fact)
            await query.answer(s.info_requested.format(label=case_text("zh").fact_labels.get(fact, fact)))
            await query.edit_message_reply_markup(case_keyboard(case_id))
        elif action == "close":
            await query.answer(s.choose_outcome)
            await query.edit_message_reply_markup(_outcome_keyboard(case_id))
            return
        elif action == "out":
            await asyncio.to_thread(cases.close, case_id, member.id, parts[3])
            await query.answer()
            await query.edit_message_reply_markup(None)
        elif action == "back":
            await query.answer()
            await query.edit_message_reply_markup(case_keyboard(case_id))
            return
    except CaseError as exc:
        await query.answer(_refusal(exc), show_alert=True)
        return
    context.bot_data.wake_courier()


def _refusal(exc: CaseError) -> str:
    s = staff_text()
    if exc.code == "claimed":
        return s.claimed_by_other.format(name=str(exc).split(": ", 1)[-1])
    if exc.code == "closed":
        return s.case_closed
    if exc.code == "not_staff":
        return s.not_staff
    return str(exc)


async def staff_message(update: Update, context: BotContext) -> None:
    """A staff member's message in a case's topic (or a reply in its thread) goes to the worker."""
    message = update.effective_message
    thread_id = message.message_thread_id if message.is_topic_message else None
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    case = await asyncio.to_thread(context.services.cases.case_for_staff_message, update.effective_chat.id,
                                   thread_id=thread_id, reply_to=reply_to)
    if case is None:
        return  # ordinary talk among staff
    member = await _member(update, context)
    if member is None:
        await message.reply_text(staff_text().not_staff)
        return
    try:
        await asyncio.to_thread(context.services.cases.reply, case.id, member.id, message.text, channel="telegram",
                                staff_message_id=message.message_id)
    except CaseError as exc:
        await message.reply_text(_refusal(exc))
        return
    context.bot_data.wake_courier()  # it reacts 👌 on the message once the worker has it
