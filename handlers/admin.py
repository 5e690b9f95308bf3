"""Admin handlers: upload a regulation to ingest it (a replacement only once confirmed), list and retire
sources, see statistics."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, Update
from telegram.error import BadRequest

from bot.admin import IngestOutcome, Replacement, safe_filename
from bot.locales import ui
from bot.locales.base import Ui
from handlers.callbacks import Replace, Retire, read
from handlers.context import BotContext
from handlers.worker import language, relay_attachment, send_text
from ingestion.sync import Progress
from knowledge.retriever import article_digest

logger = logging.getLogger(__name__)

DOWNLOAD_LIMIT = 20 * 2**20  # Telegram lets bots download files up to 20 MB (getFile: "file is too big")
READ_TIMEOUT_S = 120.0  # reading and parsing one upload; past it the admin is told and nothing is written
_LABELS_SHOWN = 5  # article labels shown per line of a replacement's diff


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
    if doc.file_size and doc.file_size > DOWNLOAD_LIMIT:
        logger.info("admin upload refused before download: too big (%d bytes, %s)", doc.file_size, _kind(name))
        await message.reply_text(t.ingest_too_big.format(name=name, limit=DOWNLOAD_LIMIT // 2**20))
        return
    status = _Status(await message.reply_text(t.ingest_started.format(name=name)))
    context.application.create_task(_download_and_ingest(context, t, doc.file_id, name, status), update=update)


async def replace_button(update: Update, context: BotContext) -> None:
    """Replace a source with the pending upload the admin confirmed, or drop the upload."""
    if not await refuse_unless_admin(update, context):
        return
    query = update.callback_query
    if (choice := await read(query, Replace)) is None:
        return
    await query.answer()
    t = ui(language(update, context))
    status = _Status(query.message)
    if choice.base is None:
        title = await asyncio.to_thread(context.admin_service.cancel_replacement, choice.upload)
        await status.show(t.replace_cancelled.format(title=title) if title else t.replace_gone)
        return
    pending = await asyncio.to_thread(context.admin_service.pending_upload, choice.upload)
    if pending is None:
        await status.show(t.replace_gone)
        return
    await status.show(t.replace_started.format(name=pending.path.name, title=pending.title))
    context.application.create_task(
        _ingest(context, t, pending.path, pending.path.name, status, confirmed_base=choice.base), update=update)


async def _download_and_ingest(context: BotContext, t: Ui, file_id: str, name: str, status: _Status) -> None:
    """Download the admin's file, then ingest it; a refused download ends the status message too."""
    incoming = context.admin_service.incoming_path()
    try:
        file = await context.bot.get_file(file_id)
        await file.download_to_drive(incoming)
    except Exception as exc:  # whatever went wrong, the admin is told and the half-downloaded file goes
        incoming.unlink(missing_ok=True)
        too_big = isinstance(exc, BadRequest) and "too big" in exc.message.lower()
        logger.warning("admin upload not downloaded (%s): %s", _kind(name),
                       "too big" if too_big else type(exc).__name__)
        await status.show(t.ingest_too_big.format(name=name, limit=DOWNLOAD_LIMIT // 2**20) if too_big
                          else t.ingest_download_failed.format(name=name), final=True)
        return
    try:
        path = await asyncio.to_thread(context.admin_service.receive, incoming, name)
    except OSError:
        logger.exception("admin upload not kept (%s)", _kind(name))
        await status.show(t.ingest_error.format(name=name), final=True)
        return
    await _ingest(context, t, path, name, status)


async def _ingest(context: BotContext, t: Ui, path: Path, name: str, status: _Status, *,
                  confirmed_base: str | None = None) -> None:
    """Read, check and sync a kept upload, showing progress; the status message always ends on the outcome."""
    admin = context.admin_service
    try:
        # Reading writes nothing, so a read that takes too long can be abandoned (its thread finishes unheard).
        upload = await asyncio.wait_for(asyncio.to_thread(admin.read_upload, path), READ_TIMEOUT_S)
        progress = _Counter()
        work = asyncio.ensure_future(asyncio.to_thread(admin.ingest, upload, progress, confirmed_base=confirmed_base))
        while not work.done():
            await asyncio.wait([work], timeout=1.0)
            if progress.total and not work.done():
                await status.show(t.ingest_progress.format(name=name, done=progress.done, total=progress.total))
        text, markup = _outcome(t, name, work.result(), reasked=confirmed_base is not None)
    except TimeoutError:
        logger.warning("admin upload not ingested (%s): reading took over %ss", _kind(name), READ_TIMEOUT_S)
        text, markup = t.ingest_timeout.format(name=name, seconds=f"{READ_TIMEOUT_S:g}"), None
    except Exception:
        logger.exception("admin upload failed (%s)", _kind(name))
        text, markup = t.ingest_error.format(name=name), None
    await status.show(text, markup, final=True)


def _outcome(t: Ui, name: str, outcome: IngestOutcome, *, reasked: bool) -> tuple[str, InlineKeyboardMarkup | None]:
    """The status message's last text: the result, the failure, or the replacement to confirm with its buttons."""
    if outcome.replacement is not None:
        r = outcome.replacement
        text = _replace_prompt(t, name, r)
        if reasked:
            text = t.replace_changed.format(title=r.diff.title) + text
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton(t.replace_yes, callback_data=Replace(r.upload, r.base).build()),
            InlineKeyboardButton(t.replace_no, callback_data=Replace(r.upload, None).build()),
        ]])
        return text, buttons
    r = outcome.result
    if outcome.failed:
        return t.ingest_failed.format(name=name, reason=r.error), None
    check = t.ingest_check.format(found=outcome.check_found, total=outcome.check_total)
    return t.ingest_done.format(name=outcome.name, status=r.status, added=r.added, updated=r.updated,
                                unchanged=r.unchanged, removed=r.removed, check=check), None


def _replace_prompt(t: Ui, name: str, r: Replacement) -> str:
    """What the admin reads before confirming: whose text it replaces, the counts and the first labels."""
    d = r.diff
    lines = []
    for kind, labels in (("added", d.added), ("changed", d.changed), ("removed", d.removed)):
        line = t.replace_diff[kind].format(count=len(labels))
        if labels:
            shown = t.replace_separator.join(labels[:_LABELS_SHOWN])
            if len(labels) > _LABELS_SHOWN:
                shown = t.replace_more.format(labels=shown)
            line = t.replace_labels.format(line=line, labels=shown)
        lines.append(line)
    warning = t.replace_shrink.format(removed=len(d.removed), new=d.new_articles) if r.shrink else ""
    return t.replace_prompt.format(name=name, title=d.title, why=t.replace_why[r.origin].format(title=d.title),
                                   current=d.current_articles, new=d.new_articles, diff="\n".join(lines),
                                   warning=warning)


def _kind(name: str) -> str:
    """The file's type for a log line (never its name: file names can carry people's names)."""
    return Path(name).suffix.lower() or "no suffix"


class _Status:
    """The message that tells the admin how an upload is going, edited in place to each new state."""

    def __init__(self, message: Message | MaybeInaccessibleMessage) -> None:
        self.message = message
        self.last = ""

    async def show(self, text: str, markup: InlineKeyboardMarkup | None = None, *, final: bool = False) -> None:
        """Edit the message to ``text``; a final text the message cannot take is sent as a new message."""
        if text == self.last and markup is None:
            return
        try:
            await self.message.get_bot().edit_message_text(
                text, chat_id=self.message.chat.id, message_id=self.message.message_id, reply_markup=markup)
            self.last = text
        except BadRequest as exc:  # "message is not modified", or it was deleted meanwhile
            logger.debug("status edit skipped: %s", exc)
            if final and "not modified" not in exc.message:
                await self.message.get_bot().send_message(self.message.chat.id, text, reply_markup=markup)


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
    # Stateless confirmation: the button carries a digest of the source id, matched against the catalog. A
    # retired one is this press handled again after a restart (the reply edits the buttons away): it is told.
    sources = await asyncio.to_thread(context.admin_service.sources)
    source = next((s for s in sources if s.status in ("active", "retired")
                   and article_digest(s.source_id) == retire.digest), None)
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
