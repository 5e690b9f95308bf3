"""Legal-aid staff in their Telegram group: case buttons (claim, ask, close) and replies in a case's topic."""

from __future__ import annotations

import asyncio
import io
import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.cases import STAFF_OUTCOMES, CaseError, CaseView
from bot.intake import FACT_ORDER
from bot.locales import case_text, staff_text, ui
from bot.staff import StaffMember
from handlers.callbacks import CaseButton, Malformed, edit_buttons, read, refuse
from handlers.context import BotContext
from handlers.inbox import answer_call, owe_calls, reply_call

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
    if (button := await read(query, CaseButton)) is None:
        return
    member = await _member(update, context) if _in_staff_chat(update, context) else None
    if member is None:
        await query.answer(staff_text().not_staff, show_alert=True)
        return
    case = await asyncio.to_thread(context.cases.get, button.case_id)
    if case is None:  # a garbled or forged id: no case to act on
        await refuse(query, Malformed("not_found", CaseButton.prefix))
        return
    try:
        queued = await _ACTIONS[button.action](query, context, button, case, member)
    except CaseError as exc:
        await query.answer(_refusal(exc), show_alert=True)
        return
    if queued:
        context.bot_data.wake_courier()


async def _claim(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                 member: StaffMember) -> bool:
    owe_calls(answer_call(query, staff_text().claimed_ok))  # stored with the claim
    await asyncio.to_thread(context.cases.claim, case.id, member.id)
    await query.answer(staff_text().claimed_ok)
    return True


async def _ask(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
               member: StaffMember) -> bool:
    await query.answer()
    await edit_buttons(query, _fact_keyboard(case.id))
    return False


async def _ask_fact(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                    member: StaffMember) -> bool:
    # The packet's own buttons come back first: only the tap that puts them back asks the worker.
    if not await edit_buttons(query, case_keyboard(case.id, claimed_by=case.assignee_name)):
        await query.answer(ui("zh").button_done)
        return False
    fact = button.detail
    asked = staff_text().info_requested.format(label=case_text("zh").fact_labels.get(fact, fact))
    owe_calls(answer_call(query, asked))  # stored with the question to the worker
    await asyncio.to_thread(context.cases.request_info, case.id, member.id, fact)
    await query.answer(asked)
    return True


async def _choose_outcome(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                          member: StaffMember) -> bool:
    await query.answer(staff_text().choose_outcome)
    await edit_buttons(query, _outcome_keyboard(case.id))
    return False


async def _close(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                 member: StaffMember) -> bool:
    # Nothing to owe: the close's commit queues the staff notice, whose delivery also puts the closed case's
    # buttons under the packet.
    await asyncio.to_thread(context.cases.close, case.id, member.id, button.detail)
    await query.answer()
    await edit_buttons(query, closed_keyboard(case.id))
    return True


async def _export(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                  member: StaffMember) -> bool:
    await query.answer()
    await _send_pdf(query, context, case, member)
    return False


async def _back(query: CallbackQuery, context: BotContext, button: CaseButton, case: CaseView,
                member: StaffMember) -> bool:
    await query.answer()
    await edit_buttons(query, case_keyboard(case.id, claimed_by=case.assignee_name))
    return False


# One step per action of CASE_ACTIONS; each answers the query and returns whether it queued a delivery.
_ACTIONS = {"claim": _claim, "ask": _ask, "askf": _ask_fact, "close": _choose_outcome, "out": _close,
            "pdf": _export, "back": _back}


def _refusal(exc: CaseError) -> str:
    s = staff_text()
    if exc.code == "claimed":
        return s.claimed_by_other.format(name=exc.detail)
    if exc.code == "closed":
        return s.case_closed
    if exc.code == "not_staff":
        return s.not_staff
    if exc.code == "not_found":
        return ui("zh").button_stale
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


async def _send_pdf(query: CallbackQuery, context: BotContext, case: CaseView, member: StaffMember) -> None:
    """The case file (packet + draft arbitration application) as a document in the case's thread."""
    from bot.casefile import case_pdf  # reportlab loads only when someone exports

    cases = context.cases
    messages, events = await asyncio.to_thread(lambda: (cases.messages(case.id), cases.events(case.id)))
    pdf = await asyncio.to_thread(case_pdf, case, messages, events, topic_name=cases.topic_names.get(case.topic or ""),
                                  today=cases.clock().date())  # the service's clock: tests fix the date
    await context.bot.send_document(query.message.chat.id, InputFile(io.BytesIO(pdf), filename=f"{case.number}.pdf"),
                                    message_thread_id=case.staff_thread_id)
    # Recorded once sent: a file cannot be owed and sent after a restart, so a bot killed before this
    # commit exports again (the staff may get the file twice) rather than record an export never made.
    await asyncio.to_thread(cases.exported, case.id, member.id, channel="telegram")


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
    done = s.fact_done.format(label=labels[name], value=value)
    owe_calls(reply_call(message, done))  # stored with the fact
    try:
        await asyncio.to_thread(context.cases.set_fact, case.id, name, value, actor=f"staff:{member.id}",
                                actor_name=member.display_name)
    except CaseError as exc:
        await message.reply_text(_refusal(exc))
        return
    await message.reply_text(done)


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
