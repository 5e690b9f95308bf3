"""Admin operations for any channel: ingest an uploaded document, list, retire, statistics."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from bot.activity import ActivityStore, Stats
from ingestion.sync import Ingestor, Progress, SyncResult, load_paths
from knowledge.catalog import Catalog, SourceRecord
from knowledge.models import ParsedDocument
from knowledge.retriever import Retriever

logger = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff().（）\-]+")


@dataclass(slots=True)
class IngestOutcome:
    name: str
    result: SyncResult
    check_found: int = 0
    check_total: int = 0

    @property
    def failed(self) -> bool:
        return self.result.status == "failed"


def safe_filename(name: str) -> str:
    """Return a file name safe to store (no paths, no odd characters), keeping Chinese and the suffix."""
    base = Path(name or "document").name
    cleaned = _SAFE_NAME.sub("_", base).strip("._") or "document"
    return cleaned[:150]


class AdminService:
    """What an admin does from a channel: add a document, list and retire sources, read statistics."""

    def __init__(self, *, ingestor: Ingestor, catalog: Catalog, retriever: Retriever, activity: ActivityStore,
                 upload_dir: Path) -> None:
        self.ingestor = ingestor
        self.catalog = catalog
        self.retriever = retriever
        self.activity = activity
        self._upload_dir = upload_dir

    @property
    def upload_dir(self) -> Path:
        """Where uploaded documents are kept (created on first use)."""
        self._upload_dir.mkdir(parents=True, exist_ok=True)
        return self._upload_dir

    def ingest_file(self, path: Path, progress: Progress | None = None) -> IngestOutcome:
        """Load, sync and check one uploaded file; a bad file fails with its reason and changes nothing."""
        docs, failures = load_paths([path])
        if failures:
            return IngestOutcome(path.name, failures[0])
        doc = docs[0]
        report = self.ingestor.sync_documents([doc], progress=progress)
        result = report.results[0]
        if result.status == "failed":
            return IngestOutcome(path.name, result)
        self.ingestor.sync_aliases()
        found, total = self.retrieval_check(doc)
        logger.info("admin ingest of %s: %s, check %d/%d", doc.title, result.status, found, total)
        return IngestOutcome(doc.title, result, found, total)

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
        return self.ingestor.retire(source_id)

    def stats(self) -> Stats:
        return self.activity.stats()
