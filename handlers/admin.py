"""Admin handlers: upload a regulation to ingest it, list and retire sources, see statistics."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.admin import safe_filename
from bot.locales import ui
from handlers.callbacks import Retire, read
from handlers.context import BotContext
from handlers.worker import language, relay_attachment, send_text
from ingestion.sync import Progress
from knowledge.retriever import article_digest

logger = logging.getLogger(__name__)


async def refuse_unless_admin(update: Update, context: BotContext) -> bool:
    """Refuse non-admins (nothing is downloaded or changed); return True when the user is an admin."""
    if context.is_admin(update.effective_user.id if update.effective_user else None):
        return True
    if update.callback_query:
        await update.callback_query.answer(ui(language(update, context)).not_admin, show_alert=True)
    else:
        await update.effective_message.reply_text(ui(language(update, context)).not_admin)
    return False


async def document(update: Update, context: BotContext) -> None:
    """Ingest a document an admin sent (or replied /ingest to) in the background."""
    if not context.is_admin(update.effective_user.id):
        if update.effective_message.document:  # a worker's file: to their legal-aid case, else refused
            if not await relay_attachment(update, context, "document"):
                await update.effective_message.reply_text(ui(language(update, context)).document_not_admin)
        else:
            await refuse_unless_admin(update, context)
        return
    message = update.effective_message
    doc = message.document or (message.reply_to_message.document if message.reply_to_message else None)
    t = ui(language(update, context))
    if doc is None:
        await message.reply_text(t.ingest_reply_hint)
        return
    name = safe_filename(doc.file_name or "document")
    status = await message.reply_text(t.ingest_started.format(name=name))
    context.application.create_task(_ingest(update, context, doc.file_id, name, status), update=update)


async def _ingest(update: Update, context: BotContext, file_id: str, name: str, status) -> None:
    t = ui(language(update, context))
    path = context.admin_service.upload_dir / f"{int(time.time())}-{name}"
    file = await context.bot.get_file(file_id)
    await file.download_to_drive(path)
    progress = _Counter()
    work = asyncio.ensure_future(asyncio.to_thread(context.admin_service.ingest_file, path, progress))
    last = ""
    while not work.done():
        await asyncio.sleep(1.0)
        if progress.total:
            text = t.ingest_progress.format(name=name, done=progress.done, total=progress.total)
            if text != last:
                last = await _edit(status, text) or last
    outcome = work.result()
    if outcome.failed:
        await _edit(status, t.ingest_failed.format(name=name, reason=outcome.result.error))
        return
    r = outcome.result
    check = t.ingest_check.format(found=outcome.check_found, total=outcome.check_total)
    await _edit(status, t.ingest_done.format(name=outcome.name, status=r.status, added=r.added, updated=r.updated,
                                             unchanged=r.unchanged, removed=r.removed, check=check))


async def _edit(message, text: str) -> str | None:
    try:
        await message.edit_text(text)
        return text
    except BadRequest as exc:  # "message is not modified" and the like: the status is already right
        logger.debug("status edit skipped: %s", exc)
        return None


class _Counter(Progress):
    """Progress hook read by the status-message loop (updated from the ingestion thread)."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0

    def start(self, total: int, description: str) -> None:
        self.done, self.total = 0, total

    def advance(self, n: int = 1) -> None:
        self.done += n


async def sources(update: Update, context: BotContext) -> None:
    """List the catalog: title, kind, version date, articles, status."""
    if not await refuse_unless_admin(update, context):
        return
    rows = await asyncio.to_thread(context.admin_service.sources)
    t = ui(language(update, context))
    lines = [f"• {s.title} — {s.kind.value}, {s.version or '-'}, {s.article_count}, "
             f"{s.status if not s.active else (s.legal_status or 'active')}" for s in rows]
    await send_text(update, context, "\n".join(lines) or t.sources_empty)


async def retire(update: Update, context: BotContext) -> None:
    """Ask to confirm retiring the source named in /retire NAME."""
    if not await refuse_unless_admin(update, context):
        return
    t = ui(language(update, context))
    query = " ".join(context.args or []).strip()
    if not query:
        await update.effective_message.reply_text(t.retire_usage)
        return
    matches = await asyncio.to_thread(context.admin_service.find_active, query)
    if len(matches) != 1:
        names = "\n".join(f"• {m.title}" for m in matches[:10])
        await update.effective_message.reply_text(f"{t.retire_none.format(query=query)}\n{names}".strip())
        return
    src = matches[0]
    confirm = Retire(article_digest(src.source_id)).build()
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("✅", callback_data=confirm),
                                     InlineKeyboardButton("✖", callback_data=Retire(None).build())]])
    await update.effective_message.reply_text(t.retire_confirm.format(title=src.title, count=src.article_count),
                                              reply_markup=buttons)


async def retire_button(update: Update, context: BotContext) -> None:
    """Retire the confirmed source."""
    if not await refuse_unless_admin(update, context):
        return
    query = update.callback_query
    if (retire := await read(query, Retire)) is None:
        return
    await query.answer()
    # Stateless confirmation: the button carries a digest of the source id, matched against the catalog.
    sources = await asyncio.to_thread(context.admin_service.sources)
    source = next((s for s in sources if s.active and article_digest(s.source_id) == retire.digest), None)
    if source is None:
        await query.edit_message_text(ui(language(update, context)).retire_cancelled)
        return
    result = await asyncio.to_thread(context.admin_service.retire, source.source_id)
    await query.edit_message_text(
        ui(language(update, context)).retire_done.format(title=result.source, count=result.removed))


async def stats(update: Update, context: BotContext) -> None:
    """Questions answered today and this week, top topics, no-match share, feedback."""
    if not await refuse_unless_admin(update, context):
        return
    s = await asyncio.to_thread(context.admin_service.stats)
    t = ui(language(update, context))
    topics = "、".join(f"{k} {v}" for k, v in s.top_topics) or "-"
    await update.effective_message.reply_text(t.stats.format(
        today=s.today, week=s.week, topics=topics, no_match=f"{s.no_match_share:.0%}", up=s.thumbs_up,
        down=s.thumbs_down))
