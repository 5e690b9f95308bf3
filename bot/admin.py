"""Admin operations for any channel: ingest an uploaded document, list, retire, statistics."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingestion.sync import Progress, SyncResult, load_paths
from knowledge.catalog import SourceRecord
from knowledge.models import ParsedDocument

if TYPE_CHECKING:
    from bot.activity import Stats
    from bot.app import Services

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
    def __init__(self, services: "Services") -> None:
        self.services = services

    @property
    def upload_dir(self) -> Path:
        d = self.services.settings.data_dir / "uploads"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def ingest_file(self, path: Path, progress: Progress | None = None) -> IngestOutcome:
        """Load, sync and check one uploaded file; a bad file fails with its reason and changes nothing."""
        kb = self.services.knowledge
        docs, failures = load_paths([path])
        if failures:
            return IngestOutcome(path.name, failures[0])
        doc = docs[0]
        report = kb.ingestor.sync_documents([doc], progress=progress)
        result = report.results[0]
        if result.status == "failed":
            return IngestOutcome(path.name, result)
        kb.ingestor.sync_aliases()
        found, total = self.retrieval_check(doc)
        logger.info("admin ingest of %s: %s, check %d/%d", doc.title, result.status, found, total)
        return IngestOutcome(doc.title, result, found, total)

    def retrieval_check(self, doc: ParsedDocument, *, questions: int = 3) -> tuple[int, int]:
        """Ask a few questions drawn from the document's own articles; count those that find it."""
        retriever = self.services.knowledge.retriever
        articles = [a for a in doc.articles if len(a.text) >= 20]
        if not articles:
            return 0, 0
        step = max(1, len(articles) // questions)
        picked = articles[::step][:questions]
        found = 0
        for art in picked:
            first = re.split(r"[。；！？\n]", art.text.strip())[0][:60]
            hits = retriever.search(first, top_k=5)
            found += any(h.law == doc.title for h in hits)
        return found, len(picked)

    def sources(self) -> list[SourceRecord]:
        return self.services.knowledge.catalog.list_sources()

    def find_active(self, query: str) -> list[SourceRecord]:
        return [s for s in self.services.knowledge.catalog.find_sources(query=query) if s.active]

    def source(self, source_id: str) -> SourceRecord | None:
        return self.services.knowledge.catalog.get_source(source_id)

    def retire(self, source_id: str) -> SyncResult:
        return self.services.knowledge.ingestor.retire(source_id)

    def stats(self) -> "Stats":
        return self.services.activity.stats()
