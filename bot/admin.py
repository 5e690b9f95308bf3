"""Admin operations for any channel: ingest an uploaded document, list, retire, statistics.

An upload never silently replaces a different source. A source's identity is its title
(``ingestion.sync.source_id_for``), so a file whose text is titled 中华人民共和国劳动合同法 *is* the
built-in law as far as the sync is concerned. Before anything is written the upload is compared
with what holds that title now (``Ingestor.diff``), and the admin must confirm the replacement,
having seen the diff, when

- the current text did not come from an admin upload: a built-in national law, or a document
  ingested from a file (``bot.py ingest --path``; an unknown origin counts as one). Those are kept
  up to date through their own channel, and an upload that shares a title is far more often the
  wrong document, or an excerpt, than their next version; or
- the upload would remove more than half of the current articles, whatever their origin (98 → 1):
  a drastic shrink is a truncated or wrong file far more often than an amendment.

Everything else goes through at once: a new title; the same text again (the sync says
"unchanged" and writes nothing); an amended version of a document an admin uploaded before, which
is the ordinary path for amendments (the sync keeps the old version in the history).

A confirmation is bound to what the admin was shown, and survives a restart: the upload waits on
disk (``uploads/<digest>/<name>``, described by ``uploads/pending/<digest>.json``), the confirm
button names it by its digest and the current version by its content hash, and if that source
changed in between, the admin is shown the new diff instead of a stale one being applied.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.activity import ActivityStore, Stats
from ingestion.builtin import ORIGIN as BUILTIN_ORIGIN
from ingestion.loaders import load_document_isolated
from ingestion.sync import Ingestor, Progress, SourceDiff, SyncResult, load_paths
from knowledge.catalog import Catalog, SourceRecord
from knowledge.models import ParsedDocument
from knowledge.retriever import Retriever

logger = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff().（）\-]+")
_DIGEST = re.compile(r"[0-9a-f]{12}")
MAX_NAME_CHARS = 150
MAX_NAME_BYTES = 200  # file systems allow 255 bytes in a name; a Chinese character takes 3 in UTF-8
_MAX_SUFFIX_CHARS = 10  # longer than any document suffix: past it the "suffix" is part of the name


@dataclass(frozen=True, slots=True)
class Replacement:
    """An upload that replaces a source only once the admin confirms, having seen ``diff``."""

    upload: str  # the uploaded file's digest (12 hex): names it on disk and on the confirm button
    base: str  # the current version's content hash (12 hex): the button confirms this diff, no other
    origin: str  # where the current text came from: builtin | file | upload
    shrink: bool  # the upload would remove more than half of the current articles
    diff: SourceDiff


@dataclass(slots=True)
class IngestOutcome:
    """What became of an upload: a sync result, or a replacement waiting for the admin's confirmation."""

    name: str
    result: SyncResult | None = None
    check_found: int = 0
    check_total: int = 0
    replacement: Replacement | None = None  # set (and nothing written) when the admin must confirm first

    @property
    def failed(self) -> bool:
        return self.result is not None and self.result.status == "failed"


@dataclass(frozen=True, slots=True)
class Upload:
    """An uploaded file as read: its document, or why it cannot be used."""

    path: Path
    digest: str  # sha256 of the file, hex
    doc: ParsedDocument | None
    failure: SyncResult | None = None

    @property
    def token(self) -> str:
        return self.digest[:12]


@dataclass(frozen=True, slots=True)
class PendingUpload:
    """An upload kept on disk until the admin confirms or cancels replacing ``title`` with it."""

    path: Path
    title: str


def safe_filename(name: str) -> str:
    """Return a file name safe to store (no paths, no odd characters), keeping Chinese and the suffix.

    A long name loses the end of its stem, never its suffix: the suffix decides how the file is read."""
    base = Path(name or "document").name
    cleaned = _SAFE_NAME.sub("_", base).strip("._") or "document"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or not stem or len(suffix) > _MAX_SUFFIX_CHARS:
        stem, suffix = cleaned, ""
    else:
        suffix = f".{suffix}"
    stem = stem[:MAX_NAME_CHARS - len(suffix)]
    while len(f"{stem}{suffix}".encode()) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem.rstrip('._') or 'document'}{suffix}"


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes, hex."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class AdminService:
    """What an admin does from a channel: add a document, list and retire sources, read statistics."""

    def __init__(self, *, ingestor: Ingestor, catalog: Catalog, retriever: Retriever, activity: ActivityStore,
                 upload_dir: Path, reader: Callable[[Path], ParsedDocument] = load_document_isolated) -> None:
        self.ingestor = ingestor
        # An upload is read in a child process with its own memory cap and time limit: a hostile file
        # the parsers' limits did not foresee costs one refusal, never the bot's memory.
        self._reader = reader
        self.catalog = catalog
        self.retriever = retriever
        self.activity = activity
        self._upload_dir = upload_dir
        # One sync at a time: two admins confirming at once (or one pressing twice) must not both
        # replace from a diff computed before the other wrote.
        self._sync_lock = threading.Lock()

    @property
    def upload_dir(self) -> Path:
        """Where uploaded documents are kept (created on first use)."""
        self._upload_dir.mkdir(parents=True, exist_ok=True)
        return self._upload_dir

    # --- receiving a file ------------------------------------------------------------------

    def incoming_path(self) -> Path:
        """A fresh path to download a file to before :meth:`receive` keeps it."""
        folder = self.upload_dir / ".incoming"
        folder.mkdir(exist_ok=True)
        return folder / uuid.uuid4().hex

    def receive(self, downloaded: Path, name: str) -> Path:
        """Keep a downloaded file as ``uploads/<digest>/<safe name>`` and return that path."""
        folder = self.upload_dir / file_digest(downloaded)[:12]
        folder.mkdir(exist_ok=True)
        path = folder / safe_filename(name)
        os.replace(downloaded, path)
        return path

    def read_upload(self, path: Path) -> Upload:
        """Load and parse a kept upload; a bad file comes back with its reason, and nothing is written."""
        digest = file_digest(path)
        docs, failures = load_paths([path], loader=self._reader)
        if failures:
            return Upload(path, digest, None, failures[0])
        return Upload(path, digest, docs[0])

    # --- ingesting it ----------------------------------------------------------------------

    def ingest(self, upload: Upload, progress: Progress | None = None, *,
               confirmed_base: str | None = None) -> IngestOutcome:
        """Sync an upload and check retrieval finds it, unless it would replace a source the admin
        must first confirm replacing (see the module docstring): then write nothing, keep the upload
        pending and return the :class:`Replacement` to show. ``confirmed_base`` is the base of the
        replacement the admin confirmed."""
        if upload.doc is None:
            return IngestOutcome(upload.path.name, upload.failure)
        doc = upload.doc
        with self._sync_lock:
            replacement = self._replacement(upload, self.ingestor.diff(doc))
            if replacement is not None and replacement.base != confirmed_base:
                self._keep_pending(upload, doc.title)
                logger.info("admin upload %s waits for confirmation: it would replace a %s source, %d -> %d articles",
                            upload.token, replacement.origin, replacement.diff.current_articles,
                            replacement.diff.new_articles)
                return IngestOutcome(doc.title, replacement=replacement)
            result = self.ingestor.sync_documents([doc], progress=progress).results[0]
            self._drop_pending(upload.token)
            if result.status == "failed":
                logger.info("admin upload %s failed to sync", upload.token)
                return IngestOutcome(upload.path.name, result)
            self.ingestor.sync_aliases()
        found, total = self.retrieval_check(doc)
        logger.info("admin upload %s: %s (+%d ~%d =%d -%d), retrieval check %d/%d", upload.token, result.status,
                    result.added, result.updated, result.unchanged, result.removed, found, total)
        return IngestOutcome(doc.title, result, found, total)

    def ingest_file(self, path: Path, progress: Progress | None = None, *,
                    confirmed_base: str | None = None) -> IngestOutcome:
        """Keep a copy of ``path`` as an upload and ingest it (the whole flow in one call)."""
        incoming = self.incoming_path()
        shutil.copyfile(path, incoming)
        return self.ingest(self.read_upload(self.receive(incoming, path.name)), progress,
                           confirmed_base=confirmed_base)

    def _replacement(self, upload: Upload, diff: SourceDiff) -> Replacement | None:
        """The replacement the admin must confirm first, or None when the upload may go through."""
        existing = diff.existing
        if existing is None or diff.same_content:
            return None
        origin = self._origin(existing)
        shrink = 2 * len(diff.removed) > diff.current_articles
        if origin == "upload" and not shrink:
            return None  # an amendment of an admin's own upload
        return Replacement(upload=upload.token, base=existing.content_hash[:12], origin=origin, shrink=shrink,
                           diff=diff)

    def _origin(self, source: SourceRecord) -> str:
        """builtin | upload | file: where the source's current text came from."""
        if source.origin == BUILTIN_ORIGIN:
            return "builtin"
        if source.origin and Path(source.origin).resolve().is_relative_to(self.upload_dir.resolve()):
            return "upload"
        return "file"

    # --- pending replacements --------------------------------------------------------------

    def pending_upload(self, token: str) -> PendingUpload | None:
        """The upload waiting under ``token`` for a confirmation, or None when none does (any more)."""
        record = self._pending_record(token)
        if record is None:
            return None
        path = self.upload_dir / record["file"]
        inside = path.resolve().is_relative_to(self.upload_dir.resolve())
        if not inside or not path.is_file() or file_digest(path) != record["sha256"]:
            self._drop_pending(token)
            return None
        return PendingUpload(path, record["title"])

    def cancel_replacement(self, token: str) -> str | None:
        """Drop a pending upload (its file too: it was never ingested); return the title it would
        have replaced, or None when nothing was pending under ``token``."""
        pending = self.pending_upload(token)
        if pending is None:
            return None
        self._drop_pending(token)
        kept = pending.path.resolve()
        if not any(s.origin and Path(s.origin).resolve() == kept for s in self.catalog.list_sources()):
            pending.path.unlink(missing_ok=True)  # never ingested: nothing refers to it
            try:
                pending.path.parent.rmdir()
            except OSError:  # the same bytes are kept under another name as well
                pass
        return pending.title

    def _pending_file(self, token: str) -> Path | None:
        if not _DIGEST.fullmatch(token or ""):
            return None
        return self.upload_dir / "pending" / f"{token}.json"

    def _pending_record(self, token: str) -> dict | None:
        file = self._pending_file(token)
        if file is None or not file.is_file():
            return None
        try:
            record = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        fields = ("file", "sha256", "title")
        if not isinstance(record, dict) or not all(isinstance(record.get(k), str) for k in fields):
            return None
        return record

    def _keep_pending(self, upload: Upload, title: str) -> None:
        file = self._pending_file(upload.token)
        file.parent.mkdir(exist_ok=True)
        record = {"file": upload.path.relative_to(self.upload_dir).as_posix(), "sha256": upload.digest,
                  "title": title}
        partial = file.with_suffix(".partial")
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, file)

    def _drop_pending(self, token: str) -> None:
        file = self._pending_file(token)
        if file is not None:
            file.unlink(missing_ok=True)

    # --- the rest ----------------------------------------------------------------------------

    def retrieval_check(self, doc: ParsedDocument, *, questions: int = 3) -> tuple[int, int]:
        """Ask a few questions drawn from the document's own articles; count those that find it."""
        articles = [a for a in doc.articles if len(a.text) >= 20]
        if not articles:
            return 0, 0
        step = max(1, len(articles) // questions)
        picked = articles[::step][:questions]
        found = 0
        for art in picked:
            first = re.split(r"[。；！？\n]", art.text.strip())[0][:60]
            hits = self.retriever.search(first, top_k=5)
            found += any(h.law == doc.title for h in hits)
        return found, len(picked)

    def sources(self) -> list[SourceRecord]:
        return self.catalog.list_sources()

    def find_active(self, query: str) -> list[SourceRecord]:
        return [s for s in self.catalog.find_sources(query=query) if s.active]

    def source(self, source_id: str) -> SourceRecord | None:
        return self.catalog.get_source(source_id)

    def retire(self, source_id: str) -> SyncResult:
        """Remove the source from retrieval; return how many articles went.

        The catalog and the index are not the application database, so the bot's inbox cannot store the
        admin's reply with them: a bot killed after the retire handles the press again. A source found
        retired already is retired again (which finishes what a kill cut short: vectors left in the index)
        and reported with the articles of its retired version, as the first time."""
        before = self.catalog.get_source(source_id)
        result = self.ingestor.retire(source_id)
        if before is not None and before.status == "retired":
            retired = [v for v in self.catalog.versions(source_id=source_id) if v["status"] == "retired"]
            if retired:
                result.removed = retired[-1]["article_count"]
        return result

    def stats(self) -> Stats:
        return self.activity.stats()
