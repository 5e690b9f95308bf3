"""Sync documents into the catalog and the vector index: add, replace, remove; never append twice."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingestion.repeals import find_repeals
from knowledge.catalog import Catalog, SourceRecord, StoredArticle, article_id
from knowledge.index import IndexItem, VectorIndex
from knowledge.models import Article, IngestionError, ParsedDocument
from knowledge.vocabulary import Vocabulary, short_law_name

logger = logging.getLogger(__name__)

# e5-small reads at most 512 tokens and the head of an article carries its subject (a 320 cap
# cost 0.03 MRR on the dev set and saved no build time). Part of the index signature:
# changing it rebuilds the index.
_EMBED_CHARS = 480
PASSAGE_FORMAT = f"short-law+label+heading:{_EMBED_CHARS}"
# Articles embedded between two catalog records of what the index holds.
_RECORD_EVERY = 256


class Progress:
    """Progress reporting hook; the CLI and the Telegram admin flow pass their own."""

    def start(self, total: int, description: str) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass(slots=True)
class SyncResult:
    """What one source's sync did (or why it failed)."""

    source: str
    status: str  # added | updated | unchanged | retired | kept | failed
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0
    repeals: int = 0  # articles or paragraphs of other documents this source repeals
    error: str = ""
    source_id: str = ""
    # kept: the source as an admin left it (replaced by other text, or retired), not synced over
    kept: SourceRecord | None = None


@dataclass(frozen=True, slots=True)
class Repair:
    """What bringing the vector index in step with the catalog did (``Ingestor.repair``)."""

    removed: int = 0  # vectors of articles the catalog no longer holds as current (orphans)
    missing: int = 0  # articles the catalog recorded as indexed whose vector was not there
    recovered: int = 0  # vectors written before a crash kept the catalog from recording them
    embedded: int = 0  # articles embedded (the missing ones and any never indexed)


@dataclass(frozen=True, slots=True)
class SourceDiff:
    """What syncing a document would change in the source of the same identity; nothing is written.

    Articles are named by their labels (第八十二条) in document order: ``added`` and ``changed`` as
    the new document has them, ``removed`` as the current version has them. A channel shows this
    before a sync it wants a person to confirm (``bot.admin``).
    """

    source_id: str
    title: str
    existing: SourceRecord | None  # the source of that identity now (active or retired), None if new
    content_hash: str  # the document's
    current_articles: int  # in the current version; 0 for a new or retired source
    new_articles: int
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int

    @property
    def same_content(self) -> bool:
        """The document is the source's current (or, retired, its last) text again."""
        return self.existing is not None and self.existing.content_hash == self.content_hash


@dataclass(slots=True)
class SyncReport:
    results: list[SyncResult] = field(default_factory=list)

    def total(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results)

    @property
    def failed(self) -> list[SyncResult]:
        return [r for r in self.results if r.status == "failed"]


def source_id_for(doc: ParsedDocument) -> str:
    """Return the stable identity of a source: its title (a new version keeps the title)."""
    return doc.title.strip()


def embedding_text(law: str, label: str, headings: Sequence[str], text: str) -> str:
    """Return the passage embedded for an article: short law name, label, heading, text."""
    head = f"{short_law_name(law)}{label}"
    if headings:
        head += f"（{headings[-1]}）"
    return f"{head}：{text}"[:_EMBED_CHARS]


def _exclusive(method):
    """Run an Ingestor method under the catalog's writer lock: one writer across processes and replicas."""

    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self.catalog.writing():
            return method(self, *args, **kwargs)

    return locked


class Ingestor:
    """Keeps catalog and index in step with the documents given to it.

    Every writing method holds the catalog's writer lock (:meth:`Catalog.writing`) for its duration, so
    two replicas (or a replica and a CLI ``ingest``) never sync at once; the others' retrievers load the
    new catalog revision when it is committed."""

    def __init__(self, catalog: Catalog, index: VectorIndex, vocabulary: Vocabulary) -> None:
        self.catalog = catalog
        self.index = index
        self.vocabulary = vocabulary
        self._check_embedding_signature()

    def _check_embedding_signature(self) -> None:
        if self._signature_matches():  # every start of every replica: no lock unless there is work
            return
        with self.catalog.writing():
            self._reset_for_new_embedding()

    def _signature_matches(self) -> bool:
        stored = self.catalog.get_meta("embedding_signature")
        current = f"{self.index.embeddings.signature}|{PASSAGE_FORMAT}"
        return stored == current and self.index.articles.signature in ("", self.index.embeddings.signature)

    def _reset_for_new_embedding(self) -> None:
        if self._signature_matches():  # another process did it while this one waited for the lock
            return
        stored = self.catalog.get_meta("embedding_signature")
        current = f"{self.index.embeddings.signature}|{PASSAGE_FORMAT}"
        if stored is not None or self.index.articles.count():
            logger.warning("embedding model or passage format changed (%s -> %s): rebuilding the vector index",
                           stored, current)
            self.index.reset()
            self.catalog.reset_indexed()
        self.catalog.set_meta("embedding_signature", current)

    def diff(self, doc: ParsedDocument) -> SourceDiff:
        """Return what :meth:`sync_document` would change for ``doc``, without changing anything."""
        sid = source_id_for(doc)
        old = self.catalog.article_hashes(source_id=sid)
        wanted = _wanted(sid, doc)
        added = tuple(art.label for aid, (_, art) in wanted.items() if aid not in old)
        changed = tuple(art.label for aid, (_, art) in wanted.items()
                        if aid in old and old[aid][0] != art.content_hash)
        # Current articles in document order (a retired source has none left in the catalog).
        current = {a.id: a.article.label for a in self.catalog.iter_articles(source_id=sid)}
        current.update({aid: aid.split("#", 1)[1] for aid in old if aid not in current})
        return SourceDiff(
            source_id=sid, title=doc.title, existing=self.catalog.get_source(sid), content_hash=doc.content_hash,
            current_articles=len(old), new_articles=len(wanted), added=added, changed=changed,
            removed=tuple(label for aid, label in current.items() if aid not in wanted),
            unchanged=len(wanted) - len(added) - len(changed),
        )

    @_exclusive
    def sync_documents(self, docs: Iterable[ParsedDocument], progress: Progress | None = None) -> SyncReport:
        """Sync each document; one document's failure does not stop the others."""
        report = SyncReport()
        for doc in docs:
            try:
                report.results.append(self.sync_document(doc, progress=progress))
            except Exception as exc:  # keep serving the rest; the index is repaired on the next sync
                logger.exception("sync of %s failed", doc.title)
                report.results.append(SyncResult(source=doc.title, status="failed", error=str(exc)))
        return report

    @_exclusive
    def sync_document(self, doc: ParsedDocument, progress: Progress | None = None) -> SyncResult:
        """Make the catalog and index hold exactly this version of the document."""
        if not doc.articles:
            raise IngestionError(doc.origin or doc.title, "no articles or text found in the document")
        sid = source_id_for(doc)
        existing = self.catalog.get_source(sid)
        old = self.catalog.article_hashes(source_id=sid)
        wanted = _wanted(sid, doc)
        result = SyncResult(source=doc.title, status="unchanged", source_id=sid)
        upserts = []
        for aid, (pos, art) in wanted.items():
            prev = old.get(aid)
            if prev is None:
                result.added += 1
                upserts.append((aid, pos, art))
            elif prev[0] != art.content_hash:
                result.updated += 1
                upserts.append((aid, pos, art))
            else:
                result.unchanged += 1
        removed = [aid for aid in old if aid not in wanted]
        result.removed = len(removed)
        reactivated = existing is not None and not existing.active
        content_changed = existing is None or existing.content_hash != doc.content_hash or reactivated
        pending = [aid for aid, (_, indexed) in old.items() if not indexed and aid in wanted]
        # The index's own view of this source (one filtered id listing): after a crash between the
        # catalog commit and the index write it holds vectors of articles the catalog removed, or
        # lacks some the catalog recorded as indexed; the sync brings it back in step either way.
        present = self.index.articles.ids(where={"source_id": sid})
        in_step = present == {aid for aid, (_, indexed) in old.items() if indexed}
        if not (upserts or removed or content_changed or pending) and in_step:
            # Repeals are read again even then: a catalog made before repeals were recorded gains them.
            result.repeals = self._sync_repeals(sid, doc)
            return result
        if upserts or removed or content_changed:
            self.catalog.save_source(
                record=_source_record(sid, doc),
                upsert_articles=upserts,
                delete_ids=removed,
                new_version=content_changed,
            )
        if content_changed and not upserts and not removed:
            # Same articles, new order or metadata: keep positions current.
            self.catalog.update_positions(source_id=sid, positions={aid: pos for aid, (pos, _) in wanted.items()})
        result.repeals = self._sync_repeals(sid, doc)
        repair = self._converge(self.catalog.article_hashes(source_id=sid), present, sid, progress)
        result.embedded = repair.embedded
        if repair.removed or repair.missing or repair.recovered:
            logger.info("index of %s brought in step: %d orphan vectors removed, %d missing, %d recovered",
                        sid, repair.removed, repair.missing, repair.recovered)
        if existing is None or reactivated:
            result.status = "added"
        else:
            result.status = "updated" if (upserts or removed) else "unchanged"
        logger.info(
            "synced %s: +%d ~%d =%d -%d (embedded %d)",
            sid, result.added, result.updated, result.unchanged, result.removed, result.embedded,
        )
        return result

    @_exclusive
    def sync_builtin(self, docs: Iterable[ParsedDocument], progress: Progress | None = None, *,
                     restore: bool | Collection[str] = False) -> SyncReport:
        """Sync the built-in laws, except those an admin changed: one whose title now holds other text
        (a confirmed upload, a file of that title) or that was retired stays as it is, reported as
        ``kept`` with that source, unless ``restore`` is True or names its title.

        Returns the report, one result per document."""
        report = SyncReport()
        for doc in docs:
            existing = self.catalog.get_source(source_id_for(doc))
            changed_by_admin = existing is not None and (not existing.active or existing.origin != doc.origin)
            if changed_by_admin and not (restore is True or (restore and doc.title in restore)):
                logger.info("built-in %s kept as an admin left it (%s %s)", existing.source_id,
                            "active" if existing.active else "retired", existing.updated_at)
                report.results.append(SyncResult(source=doc.title, status="kept", source_id=existing.source_id,
                                                 kept=existing))
                continue
            report.results += self.sync_documents([doc], progress=progress).results
        return report

    def _sync_repeals(self, source_id: str, doc: ParsedDocument) -> int:
        """Record the repeals ``doc`` declares (replacing an earlier version's); return how many it declares."""
        titles = [s.title for s in self.catalog.list_sources()]
        found = find_repeals(doc, titles=titles)
        if self.catalog.save_repeals(source_id=source_id, repeals=found):
            for r in found:
                logger.info("%s %s repeals %s %s%s from %s", source_id, r.by_key, r.law, r.key,
                            "" if r.whole else f" paragraph {r.paragraph}", r.since or "an unstated date")
        return len(found)

    def _index_pending(self, source_id: str | None, progress: Progress | None) -> int:
        pending = list(self.catalog.iter_articles(source_id=source_id, only_unindexed=True))
        if not pending:
            return 0
        if progress:
            progress.start(len(pending), f"embedding {source_id or 'articles'}")
        # Recorded chunk by chunk: a crash in the middle of a long law loses one chunk's work, not all.
        for start in range(0, len(pending), _RECORD_EVERY):
            chunk = pending[start : start + _RECORD_EVERY]
            self.index.articles.upsert([_index_item(a) for a in chunk], progress=progress.advance if progress else None)
            self.catalog.mark_indexed(ids=[a.id for a in chunk])
        return len(pending)

    def _converge(self, held: dict[str, tuple[str, bool]], present: set[str], source_id: str | None,
                  progress: Progress | None) -> Repair:
        """Make the index hold exactly the ids of ``held`` (the catalog's current articles, of one
        source or all), ``present`` being the ids it holds now; return what it did. Ids are compared,
        and nothing the index already holds in its current text is embedded again."""
        orphans = sorted(present - held.keys())
        if orphans:
            self.index.articles.delete(orphans)
        missing = [aid for aid, (_, indexed) in held.items() if indexed and aid not in present]
        if missing:
            self.catalog.mark_indexed(ids=missing, indexed=False)
        # Written to the index before a crash kept the catalog from recording it: the vector carries
        # the hash of the text it was made from, so a current one is kept instead of embedded again.
        written = [aid for aid, (_, indexed) in held.items() if not indexed and aid in present]
        hashes = self.index.articles.metadata_values(written, "content_hash") if written else {}
        recovered = [aid for aid in written if hashes.get(aid) == held[aid][0]]
        if recovered:
            self.catalog.mark_indexed(ids=recovered)
        embedded = self._index_pending(source_id, progress)
        return Repair(removed=len(orphans), missing=len(missing), recovered=len(recovered), embedded=embedded)

    @_exclusive
    def repair(self, progress: Progress | None = None) -> Repair:
        """Bring the article index in step with the catalog after any interruption: remove vectors of
        articles the catalog does not hold as current, embed the current ones the index lacks; return
        what it did. Costs an id listing of each when they agree already."""
        repair = self._converge(self.catalog.current_article_hashes(), self.index.articles.ids(), None, progress)
        if repair.removed or repair.missing or repair.recovered:
            logger.warning("article index repaired: %d orphan vectors removed, %d missing, %d recovered, %d embedded",
                           repair.removed, repair.missing, repair.recovered, repair.embedded)
        return repair

    @_exclusive
    def retire(self, source_id: str) -> SyncResult:
        """Remove a source from retrieval; its catalog record and version history stay."""
        src = self.catalog.get_source(source_id)
        if src is None:
            raise KeyError(source_id)
        ids = self.catalog.retire_source(source_id=source_id)
        # Whatever the index holds of the source, not only what the catalog listed: vectors an
        # interrupted sync left behind go too. Interrupted here, :meth:`repair` finishes the job.
        self.index.articles.delete(sorted(self.index.articles.ids(where={"source_id": source_id})))
        self.sync_aliases()
        return SyncResult(source=src.title, status="retired", removed=len(ids), source_id=source_id)

    @_exclusive
    def sync_aliases(self, progress: Progress | None = None) -> tuple[int, int]:
        """Index the everyday-phrasing aliases of the articles present; return (added, removed)."""
        present = {a.id: a for a in self.catalog.iter_articles()}
        by_law_key = {(short_law_name(a.article.law), a.article.key): a for a in present.values()}
        wanted: dict[str, IndexItem] = {}
        for (law, key), phrases in self.vocabulary.aliases.items():
            stored = by_law_key.get((law, key))
            if stored is None:
                continue
            for phrase in phrases:
                digest = hashlib.sha1(phrase.encode("utf-8")).hexdigest()[:12]
                wanted[f"{stored.id}@{digest}"] = IndexItem(
                    id=f"{stored.id}@{digest}",
                    text=phrase,
                    metadata={"article_id": stored.id, "source_id": stored.source_id},
                )
        have = self.index.aliases.ids()
        to_add = [item for aid, item in wanted.items() if aid not in have]
        to_remove = [aid for aid in have if aid not in wanted]
        if to_remove:
            self.index.aliases.delete(to_remove)
        if to_add:
            if progress:
                progress.start(len(to_add), "embedding everyday-phrasing aliases")
            self.index.aliases.upsert(to_add, progress=progress.advance if progress else None)
        return len(to_add), len(to_remove)


def load_paths(paths: Sequence[Path], *, loader: Callable[[Path], ParsedDocument] | None = None,
               ) -> tuple[list[ParsedDocument], list[SyncResult]]:
    """Load and parse files (directories expanded); failures become failed results naming the reason.

    ``loader`` reads one file (default: in this process; the bot passes the isolated child-process
    reader so that a hostile upload cannot take the service down)."""
    from ingestion.loaders import iter_document_paths, load_document

    docs: list[ParsedDocument] = []
    failures: list[SyncResult] = []
    for path in iter_document_paths(list(paths)):
        try:
            docs.append((loader or load_document)(path))
        except IngestionError as exc:
            logger.warning("refused %s: %s", exc.path, exc.reason)
            failures.append(SyncResult(source=str(path), status="failed", error=exc.reason))
    return docs, failures


def _wanted(sid: str, doc: ParsedDocument) -> dict[str, tuple[int, Article]]:
    """{article id: (position, article)} of a document, the first of any repeated key kept."""
    wanted: dict[str, tuple[int, Article]] = {}
    for pos, art in enumerate(doc.articles):
        wanted.setdefault(article_id(sid, art.key), (pos, art))
    return wanted


def _source_record(sid: str, doc: ParsedDocument) -> dict:
    return {
        "source_id": sid,
        "title": doc.title,
        "kind": doc.kind.value,
        "issuer": doc.issuer,
        "origin": doc.origin,
        "status": "active",
        "legal_status": doc.status,
        "version": doc.version,
        "promulgated": doc.promulgated,
        "effective": doc.effective,
        "content_hash": doc.content_hash,
        "article_count": len({a.key for a in doc.articles}),
    }


def _index_item(stored: StoredArticle) -> IndexItem:
    art = stored.article
    return IndexItem(
        id=stored.id,
        text=embedding_text(art.law, art.label, art.headings, art.text),
        metadata={"source_id": stored.source_id, "kind": stored.kind.value, "law": art.law, "key": art.key,
                  "content_hash": stored.content_hash},
    )


ProgressFactory = Callable[[], Progress]
