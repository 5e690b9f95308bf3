"""Legal-aid staff in their Telegram group: case buttons (claim, ask, close) and replies in a case's topic."""

from __future__ import annotations

import asyncio
import io
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.cases import STAFF_OUTCOMES, CaseError, CaseView
from bot.intake import FACT_ORDER
from bot.locales import case_text, staff_text
from bot.staff import StaffMember
from handlers.callbacks import CaseButton, read
from handlers.context import BotContext

logger = logging.getLogger(__name__)


def case_keyboard(case_id: int, *, claimed_by: str | None = None) -> InlineKeyboardMarkup:
    """The packet's buttons; once claimed, the claim button names who has the case."""
    s = staff_text()
    claim = s.claimed_button.format(name=claimed_by) if claimed_by else s.claim_button
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(claim, callback_data=CaseButton("claim", case_id).build()),
        InlineKeyboardButton(s.ask_button, callback_data=CaseButton("ask", case_id).build()),
        InlineKeyboardButton(s.close_button, callback_data=CaseButton("close", case_id).build()),
        InlineKeyboardButton(s.pdf_button, callback_data=CaseButton("pdf", case_id).build()),
    ]])


def closed_keyboard(case_id: int) -> InlineKeyboardMarkup:
    """A closed case keeps only its export."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(staff_text().pdf_button,
                                                       callback_data=CaseButton("pdf", case_id).build())]])


def _fact_keyboard(case_id: int) -> InlineKeyboardMarkup:
    labels = case_text("zh").fact_labels
    buttons = [InlineKeyboardButton(labels[f], callback_data=CaseButton("askf", case_id, f).build())
               for f in FACT_ORDER]
    rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
    rows.append([InlineKeyboardButton(staff_text().back_button, callback_data=CaseButton("back", case_id).build())])
    return InlineKeyboardMarkup(rows)


def _outcome_keyboard(case_id: int) -> InlineKeyboardMarkup:
    s = staff_text()
    rows = [[InlineKeyboardButton(s.outcomes[o], callback_data=CaseButton("out", case_id, o).build())]
            for o in STAFF_OUTCOMES]
    rows.append([InlineKeyboardButton(s.back_button, callback_data=CaseButton("back", case_id).build())])
    return InlineKeyboardMarkup(rows)


def _in_staff_chat(update: Update, context: BotContext) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id == context.options.staff_chat_id


async def _member(update: Update, context: BotContext) -> StaffMember | None:
    return await asyncio.to_thread(context.staff.by_telegram_id, update.effective_user.id)


async def case_button(update: Update, context: BotContext) -> None:
    """Claim, ask the worker for a fact, or close with an outcome; only registered staff may."""
    query = update.callback_query
    s = staff_text()
    if (button := await read(query, CaseButton)) is None:
        return
    member = await _member(update, context) if _in_staff_chat(update, context) else None
    if member is None:
        await query.answer(s.not_staff, show_alert=True)
        return
    action, case_id = button.action, button.case_id
    cases = context.cases
    try:
        if action == "claim":
            await asyncio.to_thread(cases.claim, case_id, member.id)
            await query.answer(s.claimed_ok)
        elif action == "ask":
            await query.answer()
            await query.edit_message_reply_markup(_fact_keyboard(case_id))
            return
        elif action == "askf":
            fact = button.detail
            await asyncio.to_thread(cases.request_info, case_id, member.id, fact)
            await query.answer(s.info_requested.format(label=case_text("zh").fact_labels.get(fact, fact)))
            case = await asyncio.to_thread(cases.get, case_id)
            await query.edit_message_reply_markup(case_keyboard(case_id, claimed_by=case.assignee_name))
        elif action == "close":
            await query.answer(s.choose_outcome)
            await query.edit_message_reply_markup(_outcome_keyboard(case_id))
            return
        elif action == "out":
            await asyncio.to_thread(cases.close, case_id, member.id, button.detail)
            await query.answer()
            await query.edit_message_reply_markup(closed_keyboard(case_id))
        elif action == "pdf":
            await query.answer()
            await _send_pdf(update, context, case_id, member)
            return
        elif action == "back":
            await query.answer()
            case = await asyncio.to_thread(cases.get, case_id)
            await query.edit_message_reply_markup(
                case_keyboard(case_id, claimed_by=case.assignee_name if case else None))
            return
    except CaseError as exc:
        await query.answer(_refusal(exc), show_alert=True)
        return
    context.bot_data.wake_courier()


def _refusal(exc: CaseError) -> str:
    s = staff_text()
    if exc.code == "claimed":
        return s.claimed_by_other.format(name=exc.detail)
    if exc.code == "closed":
        return s.case_closed
    if exc.code == "not_staff":
        return s.not_staff
    return str(exc)


async def _case_of(update: Update, context: BotContext) -> CaseView | None:
    """The case a message in the staff group belongs to: its forum topic, or a reply in its thread."""
    message = update.effective_message
    return await asyncio.to_thread(
        context.cases.case_for_staff_message, update.effective_chat.id,
        thread_id=message.message_thread_id if message.is_topic_message else None,
        reply_to=message.reply_to_message.message_id if message.reply_to_message else None)


async def staff_message(update: Update, context: BotContext) -> None:
    """A staff member's message in a case's topic (or a reply in its thread) goes to the worker."""
    message = update.effective_message
    case = await _case_of(update, context)
    if case is None:
        return  # ordinary talk among staff
    member = await _member(update, context)
    if member is None:
        await message.reply_text(staff_text().not_staff)
        return
    try:
        await asyncio.to_thread(context.cases.reply, case.id, member.id, message.text, channel="telegram",
                                staff_message_id=message.message_id)
    except CaseError as exc:
        await message.reply_text(_refusal(exc))
        return
    context.bot_data.wake_courier()  # it reacts 👌 on the message once the worker has it


async def _send_pdf(update: Update, context: BotContext, case_id: int, member: StaffMember) -> None:
    """The case file (packet + draft arbitration application) as a document in the case's thread."""
    from bot.casefile import case_pdf  # reportlab loads only when someone exports

    cases = context.cases
    case = await asyncio.to_thread(cases.get, case_id)
    messages, events = await asyncio.to_thread(lambda: (cases.messages(case_id), cases.events(case_id)))
    pdf = await asyncio.to_thread(case_pdf, case, messages, events, topic_name=cases.topic_names.get(case.topic or ""),
                                  today=cases.clock().date())  # the service's clock: tests fix the date
    await asyncio.to_thread(cases.exported, case_id, member.id, channel="telegram")
    await context.bot.send_document(update.effective_chat.id, InputFile(io.BytesIO(pdf), filename=f"{case.number}.pdf"),
                                    message_thread_id=case.staff_thread_id)


def _fact_name(arg: str) -> str | None:
    labels = case_text("zh").fact_labels
    for name in (*FACT_ORDER, "province"):
        if arg in (name, labels[name]):
            return name
    matches = [n for n in (*FACT_ORDER, "province") if arg in labels[n]]
    return matches[0] if len(matches) == 1 else None


async def fact_command(update: Update, context: BotContext) -> None:
    """/fact ITEM VALUE in a case's topic corrects a fact; the change goes into the case history."""
    message = update.effective_message
    s = staff_text()
    labels = case_text("zh").fact_labels
    case = await _case_of(update, context)
    member = await _member(update, context)
    if member is None:
        await message.reply_text(s.not_staff)
        return
    name = _fact_name(context.args[0]) if context.args else None
    if case is None or name is None or len(context.args) < 2:
        await message.reply_text(s.fact_usage.format(labels="、".join(labels[n] for n in FACT_ORDER)))
        return
    value = " ".join(context.args[1:])
    try:
        await asyncio.to_thread(context.cases.set_fact, case.id, name, value, actor=f"staff:{member.id}",
                                actor_name=member.display_name)
    except CaseError as exc:
        await message.reply_text(_refusal(exc))
        return
    await message.reply_text(s.fact_done.format(label=labels[name], value=value))


async def staff_attachment(update: Update, context: BotContext) -> None:
    """A photo or file a staff member sends in a case's topic is copied to the worker."""
    message = update.effective_message
    case = await _case_of(update, context)
    if case is None:
        return
    member = await _member(update, context)
    if member is None:
        await message.reply_text(staff_text().not_staff)
        return
    kind = "photo" if message.photo else "document" if message.document else "voice" if message.voice else \
        "location" if message.location else "other"
    label = case_text(case.language).attachments[kind]
    try:
        await asyncio.to_thread(context.cases.reply, case.id, member.id,
                                f"[{label}] {message.caption or ''}".strip(), channel="telegram",
                                staff_message_id=message.message_id, copy=(message.chat_id, message.message_id))
    except CaseError as exc:
        await message.reply_text(_refusal(exc))
        return
    context.bot_data.wake_courier()
