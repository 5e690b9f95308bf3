"""The Telegram channel: the PTB Application, its handlers, its lifecycle and how it is served.

Services are opened in ``post_init`` (off the event loop: opening the index loads models) and put
on ``bot_data`` for the handlers' typed context; they are closed in ``post_shutdown``.

Every update goes through the inbox (``handlers/inbox.py``): stored before it is acknowledged,
handled once, finished after a crash; ``post_init`` finishes what a previous run left before the
first new update is read.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from app.container import Container
from app.logging_setup import redact_secret, show_api_payloads
from app.settings import Settings
from bot.inbox import Inbox, track_commits
from bot.locales import ui
from bot.ratelimit import RateLimiter, SharedRateLimiter
from bot.turns import Turns
from handlers import admin, callbacks, staff, worker
from handlers.context import BotContext, BotData, ChannelOptions
from handlers.courier import Courier
from handlers.errors import on_error
from handlers.inbox import InboxLink, InboxProcessor, InboxQueue, RecordingRequest, TurnLocks, replay

logger = logging.getLogger(__name__)


def build_application(settings: Settings, container: Container | None = None) -> Application:
    """Return the Application; its services are opened in post_init (or the given container is used,
    and left open: its owner closes it)."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    redact_secret(settings.telegram_bot_token.get_secret_value())
    if settings.telegram.log_api_payloads:
        show_api_payloads()
    opened: list[Container] = []  # the container post_init opened, for post_shutdown to close
    link = InboxLink()

    async def post_init(app: Application) -> None:
        services = container
        if services is None:
            services = await asyncio.to_thread(Container.open, settings)
            opened.append(services)
        provide(app.bot_data, services)
        await asyncio.to_thread(services.knowledge.retriever.refresh)
        app.bot_data.courier = Courier(app.bot, services.cases, poll_s=settings.cases.delivery_poll_s)
        app.bot_data.courier.start()
        track_commits(services.engine)
        link.inbox = app.bot_data.inbox = Inbox(services.engine, clock=services.clock)
        # Replicas sharing the database take turns per worker; the handlers' per-user locks take them.
        link.turns = Turns(services.engine)
        app.bot_data.locks = TurnLocks(link)
        await asyncio.to_thread(link.inbox.prune)
        await replay(app, link)
        for lang in ("zh", "en"):
            commands = [BotCommand(c, d) for c, d in ui(lang).commands]
            await app.bot.set_my_commands(commands, language_code=None if lang == "zh" else "en")

    async def post_stop(app: Application) -> None:
        if app.bot_data.courier is not None:
            await app.bot_data.courier.stop()

    async def post_shutdown(app: Application) -> None:
        if app.bot_data.courier is not None:
            await app.bot_data.courier.stop()
        while opened:
            opened.pop().close()
        link.close()

    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .update_queue(InboxQueue(link))
        .concurrent_updates(InboxProcessor(link, 64))
        # A modest pool of keep-alive connections: httpcore scans its whole pool on every request, so
        # PTB's default of 256 costs more CPU than it saves on two cores; requests wait for a free
        # connection (pool timeout) rather than fail.
        .request(RecordingRequest(link, connection_pool_size=32, pool_timeout=15.0))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    register_handlers(app, staff_chat_id=settings.cases.staff_chat_id)
    return app


def provide(data: BotData, services: Container) -> None:
    """Hand the handlers the services they call and the deployment's options (not the container)."""
    settings = services.settings
    data.chat = services.chat
    data.answers = services.answer_pool
    data.escalation = services.escalation
    data.admin = services.admin
    data.cases = services.cases
    data.staff = services.staff
    data.options = ChannelOptions(admin_ids=settings.admin_ids, error_chat_id=settings.error_chat_id,
                                  staff_chat_id=settings.cases.staff_chat_id,
                                  typing_after_s=settings.telegram.typing_after_s)
    tg = settings.telegram
    if tg.rate_limit_shared:
        data.rate = SharedRateLimiter(services.engine, tg.rate_limit_messages, tg.rate_limit_window_s)
    else:
        data.rate = RateLimiter(tg.rate_limit_messages, tg.rate_limit_window_s)


def register_handlers(app: Application, *, staff_chat_id: int | None = None) -> None:
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE  # edited messages are deliberately left unanswered
    if staff_chat_id is not None:
        in_staff = filters.Chat(chat_id=staff_chat_id)
        app.add_handler(MessageHandler(in_staff & new_message & filters.TEXT & ~filters.COMMAND, staff.staff_message))
        app.add_handler(CommandHandler("fact", staff.fact_command, filters=in_staff))
        attachment = in_staff & new_message & ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL
        app.add_handler(MessageHandler(attachment, staff.staff_attachment))
    app.add_handler(CommandHandler("lawyer", worker.lawyer_command, filters=private))
    app.add_handler(CommandHandler("ask", worker.ask_command, filters=private))
    app.add_handler(CommandHandler("start", worker.start, filters=private))
    app.add_handler(CommandHandler("help", worker.help_command, filters=private))
    app.add_handler(CommandHandler("forget", worker.forget_command, filters=private))
    app.add_handler(CommandHandler("language", worker.language_command, filters=private))
    app.add_handler(CommandHandler("sources", admin.sources, filters=private))
    app.add_handler(CommandHandler("retire", admin.retire, filters=private))
    app.add_handler(CommandHandler("stats", admin.stats, filters=private))
    app.add_handler(CommandHandler("ingest", admin.document, filters=private))
    app.add_handler(CommandHandler(["start", "help"], worker.group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(MessageHandler(private & new_message & filters.Document.ALL, admin.document))
    app.add_handler(MessageHandler(private & new_message & filters.TEXT & ~filters.COMMAND, worker.question))
    app.add_handler(MessageHandler(private & new_message & ~filters.TEXT & ~filters.COMMAND, worker.unsupported))
    # After every CommandHandler: commands the bot does not have get the list of those it has.
    app.add_handler(MessageHandler(new_message & filters.COMMAND, worker.unknown_command))
    app.add_handler(CallbackQueryHandler(worker.article_button, pattern=callbacks.Article.pattern))
    app.add_handler(CallbackQueryHandler(worker.calculator_button, pattern=callbacks.Calculator.pattern))
    app.add_handler(CallbackQueryHandler(worker.legal_aid_button, pattern=callbacks.LegalAid.pattern))
    app.add_handler(CallbackQueryHandler(worker.lawyer_button, pattern=callbacks.Lawyer.pattern))
    app.add_handler(CallbackQueryHandler(worker.consent_button, pattern=callbacks.Consent.pattern))
    app.add_handler(CallbackQueryHandler(worker.intake_button, pattern=callbacks.IntakeChoice.pattern))
    app.add_handler(CallbackQueryHandler(worker.case_feedback_button, pattern=callbacks.CaseFeedback.pattern))
    app.add_handler(CallbackQueryHandler(staff.case_button, pattern=callbacks.CaseButton.pattern))
    app.add_handler(CallbackQueryHandler(worker.feedback_button, pattern=callbacks.Rating.pattern))
    app.add_handler(CallbackQueryHandler(worker.forget_button, pattern=callbacks.Forget.pattern))
    app.add_handler(CallbackQueryHandler(worker.language_button, pattern=callbacks.Language.pattern))
    app.add_handler(CallbackQueryHandler(admin.retire_button, pattern=callbacks.Retire.pattern))
    app.add_handler(CallbackQueryHandler(admin.replace_button, pattern=callbacks.Replace.pattern))
    app.add_handler(CallbackQueryHandler(worker.unknown_button))  # any other data: answered, ignored
    app.add_error_handler(on_error)


def start_console_beside(settings: Settings) -> threading.Thread:
    """Serve the staff console from this process on its own thread and event loop (CONSOLE__ENABLED).

    It shares nothing in memory with the bot: replies it accepts go through the outbox in the
    database, which the bot's courier delivers, exactly as from a console run on another machine."""
    import uvicorn

    from app.console import open_console

    config = uvicorn.Config(open_console(settings), host=settings.console.host, port=settings.console.port,
                            log_config=None, access_log=False)
    thread = threading.Thread(target=uvicorn.Server(config).run, name="staff-console", daemon=True)
    thread.start()
    logger.info("Staff console on http://%s:%s", settings.console.host, settings.console.port)
    return thread


def webhook_options(settings: Settings) -> dict:
    """What ``run_webhook`` is given: PTB answers 403 to any POST whose X-Telegram-Bot-Api-Secret-Token
    header is not ``secret_token``. Without a secret anyone who finds the URL could post updates as any
    user (an admin's /stats), so webhook mode refuses to start without one."""
    tg = settings.telegram
    if tg.webhook_secret is None:
        raise ValueError("TELEGRAM__WEBHOOK_URL is set but TELEGRAM__WEBHOOK_SECRET is not: webhook mode needs a "
                         "secret token (1-256 characters of A-Z, a-z, 0-9, _ and -) so that only Telegram can "
                         "post updates; set it, or unset TELEGRAM__WEBHOOK_URL to use long polling")
    return {
        "listen": tg.webhook_listen, "port": tg.webhook_port, "url_path": tg.webhook_path,
        "webhook_url": f"{tg.webhook_url.rstrip('/')}/{tg.webhook_path}",
        "secret_token": tg.webhook_secret.get_secret_value(), "allowed_updates": Update.ALL_TYPES,
    }


def serve(settings: Settings) -> None:
    """Run the bot: long polling by default, a webhook (with its secret) when TELEGRAM__WEBHOOK_URL is set."""
    webhook = webhook_options(settings) if settings.telegram.webhook_url else None  # refuse before starting anything
    app = build_application(settings)
    if settings.console.enabled:
        start_console_beside(settings)
    if webhook is not None:
        app.run_webhook(**webhook)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
