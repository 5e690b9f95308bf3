"""Worker-facing handlers: read the update, call the chat service, format the reply."""

from __future__ import annotations

import asyncio
import logging
import re
from contextvars import copy_context
from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot.locales import case_text, ui
from bot.ratelimit import RateLimiter
from handlers.callbacks import (
    Article,
    Calculator,
    CaseFeedback,
    Consent,
    Forget,
    IntakeChoice,
    Language,
    Lawyer,
    LegalAid,
    Malformed,
    Rating,
    decode,
    read,
    refuse,
    show,
    take_step,
)
from handlers.context import BotContext
from handlers.format import keyboard, messages
from handlers.inbox import answer_call, edit_call, owe_calls

logger = logging.getLogger(__name__)

# A message that is one "/word" Telegram did not mark as a command: "/" alone, "/帮助", a name over its length limit.
_COMMAND_LIKE = re.compile(r"/\S*")


def conversation_id(update: Update) -> str:
    return f"tg:{update.effective_user.id}"


def language(update: Update, context: BotContext) -> str:
    """The worker's chosen language, else their Telegram app's language."""
    chosen = context.chat_service.language(conversation_id(update))
    if chosen:
        return chosen
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    return "en" if code.startswith("en") else "zh"


async def send_text(update: Update, context: BotContext, text: str, markup=None) -> None:
    """Send text as HTML in chunks under Telegram's limit; buttons go under the last chunk."""
    for html, buttons in messages(text, markup):
        await context.bot.send_message(update.effective_chat.id, html, parse_mode=ParseMode.HTML, reply_markup=buttons)


async def allowed(update: Update, context: BotContext) -> bool:
    """Apply the per-user flood limit; the first message over it gets one friendly notice."""
    rate = context.bot_data.rate
    user_id = update.effective_user.id
    # The shared window is a database round trip: off the event loop.
    verdict = rate.check(user_id) if isinstance(rate, RateLimiter) else await asyncio.to_thread(rate.check, user_id)
    if verdict == "notice":
        await update.effective_message.reply_text(ui(language(update, context)).rate_notice)
    return verdict == "ok"


async def start(update: Update, context: BotContext) -> None:
    """Welcome the worker: what the bot does, what it stores, how to reach a person."""
    await update.effective_message.reply_text(ui(language(update, context)).welcome)


async def help_command(update: Update, context: BotContext) -> None:
    """Show example questions and the commands."""
    await update.effective_message.reply_text(ui(language(update, context)).help)


def worker_name(update: Update) -> str:
    """The Telegram name a worker agrees to share with legal-aid staff."""
    user = update.effective_user
    name = " ".join(p for p in (user.first_name, user.last_name) if p)
    return f"{name} (@{user.username})" if user.username else name


async def question(update: Update, context: BotContext) -> None:
    """Answer a text message (or pass it to the worker's legal-aid case) with the reply's buttons."""
    text = update.effective_message.text
    if _COMMAND_LIKE.fullmatch(text.strip()):
        await unknown_command(update, context)
        return
    await _answer(update, context, text, ask_bot=False)


async def ask_command(update: Update, context: BotContext) -> None:
    """/ask QUESTION: the bot answers even while a legal-aid person handles the worker's case."""
    text = " ".join(context.args or [])
    if not text.strip():
        await update.effective_message.reply_text(case_text(language(update, context)).ask_usage)
        return
    await _answer(update, context, text, ask_bot=True)


async def _answer(update: Update, context: BotContext, text: str, *, ask_bot: bool) -> None:
    async with context.bot_data.locks(update.effective_user.id):
        route = await asyncio.to_thread(context.chat_service.route, conversation_id(update))
        # Answers to the hand-over questions are bounded by the questions asked, so they are not rate-limited.
        if route != "intake" and not await allowed(update, context):
            return
        # On the answers' own pool: an answer waiting on the LLM never holds a thread the others need. In
        # this task's context, as asyncio.to_thread would: the inbox reads from it which update the answer's
        # writes (and the reply they owe) belong to.
        thinking = route == "bot" or ask_bot  # a relay needs no "typing…"
        delay = context.bot_data.options.typing_after_s
        if thinking and delay == 0:
            await _show_typing(update, context)
        answering = asyncio.get_running_loop().run_in_executor(context.bot_data.answers, copy_context().run, partial(
            context.chat_service.reply, conversation_id(update), text, worker_name=worker_name(update),
            chat_id=update.effective_chat.id, ask_bot=ask_bot, route=route,
        ))
        if thinking and delay > 0:
            # "typing…" only for an answer not ready within the delay: a quick answer needs no indicator,
            # and under load the Bot API call it saves is one of the two a question costs.
            await asyncio.wait([answering], timeout=delay)
            if not answering.done():
                await _show_typing(update, context)
        reply = await answering
    if reply.relayed:
        context.bot_data.wake_courier()
        await _acknowledge(update, context)
    if reply.text:
        await send_text(update, context, reply.text, keyboard(reply.actions))


async def _show_typing(update: Update, context: BotContext) -> None:
    try:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    except TelegramError as exc:  # only an indicator: the answer goes on
        logger.info("Could not show typing: %s", exc)


async def _acknowledge(update: Update, context: BotContext) -> None:
    """A 👀 reaction says "passed on" without the bot talking over the legal-aid person."""
    try:
        await update.effective_message.set_reaction("👀")
    except TelegramError as exc:  # reactions can be disabled; the relay itself has happened
        logger.info("Could not react to a relayed message: %s", exc)


async def lawyer_command(update: Update, context: BotContext) -> None:
    """Offer a hand-over to legal-aid staff: show what would be shared and ask for consent."""
    await _start_handover(update, context)


async def lawyer_button(update: Update, context: BotContext) -> None:
    """The "talk to a legal-aid worker" button: same as /lawyer."""
    if await read(update.callback_query, Lawyer) is None:
        return
    await update.callback_query.answer()
    await _start_handover(update, context)


async def _start_handover(update: Update, context: BotContext) -> None:
    lang = language(update, context)
    async with context.bot_data.locks(update.effective_user.id):
        reply = await asyncio.to_thread(
            context.escalation.start, conversation_id(update), worker_name=worker_name(update), lang=lang)
    await send_text(update, context, reply.text, keyboard(reply.actions))


async def _first_tap(update: Update, context: BotContext, *, remove_buttons: bool = True) -> bool:
    """Answer the press; whether it takes its step (False for a second tap, answered "已处理")."""
    return await take_step(update.callback_query, context.bot_data.steps, language(update, context),
                           remove_buttons=remove_buttons)


async def consent_button(update: Update, context: BotContext) -> None:
    """Yes shares the case with legal-aid staff (after a few questions); no shares nothing."""
    query = update.callback_query
    if (consent := await read(query, Consent)) is None or not await _first_tap(update, context):
        return
    async with context.bot_data.locks(update.effective_user.id):
        reply = await asyncio.to_thread(context.escalation.consent, conversation_id(update), consent.yes)
    if reply.text:  # empty: a repeated press while the hand-over goes on, nothing to say
        await send_text(update, context, reply.text, keyboard(reply.actions))


async def intake_button(update: Update, context: BotContext) -> None:
    """Don't know / skip / yes / no / submit / cancel under an intake question."""
    query = update.callback_query
    if (button := await read(query, IntakeChoice)) is None or not await _first_tap(update, context):
        return
    async with context.bot_data.locks(update.effective_user.id):
        reply = await asyncio.to_thread(
            context.escalation.button, conversation_id(update), button.choice,
            worker_name=worker_name(update), chat_id=update.effective_chat.id)
    if reply.text:
        await send_text(update, context, reply.text, keyboard(reply.actions))


async def case_feedback_button(update: Update, context: BotContext) -> None:
    """👍/👎 on a closed case."""
    query = update.callback_query
    if (feedback := await read(query, CaseFeedback)) is None or not await _first_tap(update, context):
        return
    thanks = await asyncio.to_thread(context.escalation.feedback, conversation_id(update), feedback.case_id,
                                     feedback.rating)
    await send_text(update, context, thanks.text)


async def article_button(update: Update, context: BotContext) -> None:
    """Send the full text of a cited article."""
    query = update.callback_query
    if (article := await read(query, Article)) is None:
        return
    await query.answer()
    lang = language(update, context)
    text = context.chat_service.article_text(article.digest, lang)
    await send_text(update, context, text or ui(lang).article_missing)


async def calculator_button(update: Update, context: BotContext) -> None:
    """Start a calculator walk-through that asks for missing inputs one at a time."""
    query = update.callback_query
    if (calculator := await read(query, Calculator)) is None:
        return
    await query.answer()
    async with context.bot_data.locks(update.effective_user.id):
        reply = await asyncio.to_thread(context.chat_service.start_calculator, conversation_id(update), calculator.name)
    await send_text(update, context, reply.text)


async def legal_aid_button(update: Update, context: BotContext) -> None:
    """Show where to get a person's help."""
    if await read(update.callback_query, LegalAid) is None:
        return
    await update.callback_query.answer()
    reply = context.chat_service.legal_aid(language(update, context))
    await send_text(update, context, reply.text, keyboard(reply.actions))


async def feedback_button(update: Update, context: BotContext) -> None:
    """Store 👍/👎 with the question and answer it rates."""
    query = update.callback_query
    if (rating := await read(query, Rating)) is None:
        return
    thanks = ui(language(update, context)).feedback_thanks
    owe_calls(answer_call(query, thanks))  # stored with the rating
    if not await asyncio.to_thread(context.chat_service.rate, conversation_id(update), rating.interaction_id,
                                   rating.rating):  # not an answer of theirs (forged), or one they deleted
        await refuse(query, Malformed("not_found", Rating.prefix))
        return
    await query.answer(thanks)


async def forget_command(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting the worker's data."""
    t = ui(language(update, context))
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton(t.forget_yes, callback_data=Forget(True).build()),
                                     InlineKeyboardButton(t.forget_no, callback_data=Forget(False).build())]])
    await update.effective_message.reply_text(t.forget_confirm, reply_markup=buttons)


async def forget_button(update: Update, context: BotContext) -> None:
    """Delete (or keep) the worker's data and say what was deleted."""
    query = update.callback_query
    if (forget := await read(query, Forget)) is None or not await _first_tap(update, context, remove_buttons=False):
        return
    t = ui(language(update, context))
    if not forget.confirmed:
        await show(query, t.forget_cancelled)
        return
    # Their earlier updates not handled yet (stored message texts) first: that commits nothing, so a bot
    # killed before the data goes handles the press again, from here.
    if context.bot_data.inbox is not None:
        await asyncio.to_thread(context.bot_data.inbox.forget, update.effective_user.id, before=update.update_id)

    def confirm(removed: dict[str, int]) -> None:  # in the deleting transaction: a kill after it still owes this
        owe_calls(edit_call(query.message, t.forget_done.format(**removed)))

    removed = await asyncio.to_thread(context.chat_service.forget, conversation_id(update), within=confirm)
    if removed["cases"]:
        context.bot_data.wake_courier()
    await show(query, t.forget_done.format(**removed))


async def language_command(update: Update, context: BotContext) -> None:
    """Offer Chinese or English replies."""
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("中文", callback_data=Language("zh").build()),
                                     InlineKeyboardButton("English", callback_data=Language("en").build())]])
    await update.effective_message.reply_text(ui(language(update, context)).language_prompt, reply_markup=buttons)


async def language_button(update: Update, context: BotContext) -> None:
    """Store the chosen reply language."""
    query = update.callback_query
    if (chosen := await read(query, Language)) is None or not await _first_tap(update, context, remove_buttons=False):
        return
    done = ui(chosen.lang).language_set
    owe_calls(edit_call(query.message, done))  # stored with the language
    await asyncio.to_thread(context.chat_service.set_language, conversation_id(update), chosen.lang)
    await show(query, done)


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button of no kind the bot knows (forged, or from a retired feature): say it no longer works, do nothing."""
    why = decode(update.callback_query.data)
    await refuse(update.callback_query, why if isinstance(why, Malformed) else Malformed("no_handler", why.prefix))


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not have: list the ones this person can use; in a group, answer only
    a command addressed to this bot by name (one for another bot, or for none, is not ours)."""
    message = update.effective_message
    chat = update.effective_chat
    if chat.type != "private":
        if _addressee(message.text or "") == (context.bot.username or "").lower():
            in_staff = chat.id == context.options.staff_chat_id
            await message.reply_text(_staff_commands(language(update, context)) if in_staff
                                     else ui(language(update, context)).group_notice)
        return
    if not await allowed(update, context):
        return
    user_id = update.effective_user.id
    staff = await asyncio.to_thread(context.staff.by_telegram_id, user_id) is not None
    await message.reply_text(commands_text(language(update, context), admin=context.is_admin(user_id), staff=staff))


def commands_text(lang: str, *, admin: bool, staff: bool) -> str:
    """The commands a worker (and an admin, a staff member) can use, one a line, in ``lang``."""
    t = ui(lang)
    lines = [f"/{c} — {d}" for c, d in t.commands]
    if admin:
        lines += ["", t.command_groups["admin"], *(f"/{c} — {d}" for c, d in t.admin_commands)]
    if staff:
        lines += ["", _staff_commands(lang)]
    return t.unknown_command.format(commands="\n".join(lines))


def _staff_commands(lang: str) -> str:
    t = ui(lang)
    return "\n".join([t.command_groups["staff"], *(f"/{c} — {d}" for c, d in t.staff_commands)])


def _addressee(text: str) -> str | None:
    """The bot a command names after "@" ("/start@some_bot" → "some_bot"), lower-cased; None if it names none."""
    command = text.split(maxsplit=1)[0] if text.strip() else ""
    return command.partition("@")[2].lower() or None


async def unsupported(update: Update, context: BotContext) -> None:
    """Reply specifically to stickers, photos, voice, locations and other non-text messages."""
    if not await allowed(update, context):
        return
    m = update.effective_message
    kind = "sticker" if m.sticker else "photo" if m.photo else "voice" if (m.voice or m.audio) else \
        "location" if m.location else "other"
    if kind != "sticker" and await relay_attachment(update, context, kind):
        return
    await m.reply_text(ui(language(update, context)).unsupported[kind])


async def relay_attachment(update: Update, context: BotContext, kind: str) -> bool:
    """While the worker has an open case, a photo, file, voice note or location goes to the legal-aid
    person (copied by Telegram, never downloaded here); return whether it did."""
    m = update.effective_message
    async with context.bot_data.locks(update.effective_user.id):
        reply = await asyncio.to_thread(context.escalation.relay, conversation_id(update),
                                        m.caption or "", attachment=kind, copy=(m.chat_id, m.message_id))
    if reply is None:
        return False
    context.bot_data.wake_courier()
    await _acknowledge(update, context)
    if reply.text:
        await send_text(update, context, reply.text)
    return True


async def group_command(update: Update, context: BotContext) -> None:
    """In groups, answer /start and /help only with a pointer to a private chat (privacy)."""
    await update.effective_message.reply_text(ui(language(update, context)).group_notice)
