"""The catalog: sources, their versions and the current articles, in a relational database.

SQLite inside the data directory by default; any SQLAlchemy URL (PostgreSQL in production).
The catalog is the record of what is indexed; the vector index can be rebuilt from it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    text,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from knowledge.models import Article, Repeal, SourceKind

logger = logging.getLogger(__name__)

metadata = MetaData()

# The writer lock's PostgreSQL advisory key, in the two-int4 key space (apart from bigint keys such as
# the bot's per-chat turns).
WRITER_LOCK_KEY = (0x4C52_4153, 1)

sources = Table(
    "sources",
    metadata,
    Column("source_id", String(300), primary_key=True),
    Column("title", String(300), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("issuer", String(200), nullable=False, default=""),
    Column("origin", Text, nullable=False, default=""),
    Column("status", String(32), nullable=False),  # active | retired
    Column("legal_status", String(32), nullable=False, default=""),  # 现行有效 …
    Column("version", String(32), nullable=False, default=""),
    Column("promulgated", String(32), nullable=False, default=""),
    Column("effective", String(32), nullable=False, default=""),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("article_count", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

source_versions = Table(
    "source_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(300), nullable=False, index=True),
    Column("version", String(32), nullable=False, default=""),
    Column("effective", String(32), nullable=False, default=""),
    Column("content_hash", String(64), nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("origin", Text, nullable=False, default=""),
    Column("status", String(32), nullable=False),  # current | superseded | retired
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(400), primary_key=True),  # source_id#key
    Column("source_id", String(300), nullable=False, index=True),
    Column("key", String(40), nullable=False),
    Column("law", String(300), nullable=False),
    Column("number", Integer, nullable=True),
    Column("suffix", Integer, nullable=False, default=0),
    Column("chunk", Integer, nullable=True),
    Column("position", Integer, nullable=False),
    Column("headings", Text, nullable=False, default="[]"),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("indexed", Boolean, nullable=False, default=False),
)

# Repeals a source declares of other sources' articles. A table of its own (not columns on
# ``articles``): the target is named by title and key, so a repeal holds before its target is
# ingested, survives the target's re-ingestion, and catalogs made before repeals were read
# gain the table from create_all.
repeal_rows = Table(
    "repeals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(300), nullable=False, index=True),  # the repealing source
    Column("by_law", String(300), nullable=False),
    Column("by_key", String(40), nullable=False, default=""),
    Column("law", String(300), nullable=False),  # the repealed law's title
    Column("key", String(40), nullable=False),
    Column("paragraph", Integer, nullable=True),  # 1-based 款; NULL: the whole article
    Column("since", String(32), nullable=False, default=""),
)

meta = Table(
    "catalog_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    source_id: str
    title: str
    kind: SourceKind
    issuer: str
    origin: str
    status: str
    legal_status: str
    version: str
    promulgated: str
    effective: str
    content_hash: str
    article_count: int
    ingested_at: datetime
    updated_at: datetime

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A current article as the catalog holds it, with its source's description."""

    id: str
    source_id: str
    article: Article
    content_hash: str
    kind: SourceKind
    legal_status: str
    indexed: bool


def article_id(source_id: str, key: str) -> str:
    """Return the stable identity of an article: its source and its key."""
    return f"{source_id}#{key}"


def _now() -> datetime:
    return datetime.now(UTC)


class Catalog:
    """Keyword-only store methods over the catalog tables."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)
        # Writes made through this object; readers in the same process compare it without a query.
        self.local_writes = 0
        self._writer = threading.RLock()
        self._writer_depth = 0
        self._writer_conn = None
        self._writer_file = None

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def writing(self, *, wait: bool = True) -> Iterator[bool]:
        """Hold the knowledge base's writer lock: one ingestion at a time across every process sharing
        this catalog (replicas, a CLI ``ingest``, an admin upload). Re-entrant within a thread.

        PostgreSQL: a session advisory lock on a connection of its own, so a writer killed mid-way frees
        it with its session. SQLite: an exclusive ``flock`` on a file beside the database. Readers are never
        blocked: they keep answering from the catalog's last committed revision and load the new one
        when it is committed (``Retriever.refresh``).

        Yields True; with ``wait=False`` it yields False at once, holding nothing, when another process
        is writing."""
        with self._writer:
            outer = self._writer_depth == 0
            if outer and not self._acquire_writer(wait=wait):
                yield False
                return
            self._writer_depth += 1
            try:
                yield True
            finally:
                self._writer_depth -= 1
                if outer:
                    self._release_writer()

    def _acquire_writer(self, *, wait: bool) -> bool:
        if self.engine.dialect.name == "postgresql":
            conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            key = {"a": WRITER_LOCK_KEY[0], "b": WRITER_LOCK_KEY[1]}
            if not conn.execute(text("SELECT pg_try_advisory_lock(:a, :b)"), key).scalar():
                if not wait:
                    conn.invalidate()
                    return False
                logger.info("another process is writing the knowledge base; waiting for its writer lock")
                conn.execute(text("SELECT pg_advisory_lock(:a, :b)"), key)
            self._writer_conn = conn
            return True
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database and database != ":memory:":
            import fcntl

            handle = open(f"{database}.lock", "a+b")  # noqa: SIM115 - held until _release_writer
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    handle.close()
                    return False
                logger.info("another process is writing the knowledge base; waiting for its writer lock")
                fcntl.flock(handle, fcntl.LOCK_EX)
            self._writer_file = handle
        return True

    def _release_writer(self) -> None:
        conn, self._writer_conn = self._writer_conn, None
        if conn is not None:
            try:
                a, b = WRITER_LOCK_KEY
                conn.execute(text("SELECT pg_advisory_unlock(:a, :b)"), {"a": a, "b": b})
            finally:
                conn.invalidate()  # end the session whatever happened: no lock may outlive the writer
        handle, self._writer_file = self._writer_file, None
        if handle is not None:
            handle.close()  # closing the file releases the flock

    # --- sources -------------------------------------------------------------------------

    def get_source(self, source_id: str) -> SourceRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources).where(sources.c.source_id == source_id)).mappings().first()
        return _source(row) if row else None

    def list_sources(self, *, include_retired: bool = True) -> list[SourceRecord]:
        stmt = select(sources).order_by(sources.c.kind, sources.c.title)
        if not include_retired:
            stmt = stmt.where(sources.c.status == "active")
        with self.engine.connect() as conn:
            return [_source(r) for r in conn.execute(stmt).mappings()]

    def find_sources(self, *, query: str) -> list[SourceRecord]:
        """Return sources whose id or title equals ``query``, else those whose title contains it."""
        q = query.strip()
        all_sources = self.list_sources()
        exact = [s for s in all_sources if q in (s.source_id, s.title)]
        return exact or [s for s in all_sources if q and q in s.title]

    def article_hashes(self, *, source_id: str) -> dict[str, tuple[str, bool]]:
        """Return {article id: (content hash, indexed)} for one source."""
        stmt = select(articles.c.id, articles.c.content_hash, articles.c.indexed).where(
            articles.c.source_id == source_id
        )
        with self.engine.connect() as conn:
            return {r.id: (r.content_hash, bool(r.indexed)) for r in conn.execute(stmt)}

    def current_article_hashes(self) -> dict[str, tuple[str, bool]]:
        """Return {article id: (content hash, indexed)} for every current article of an active source:
        exactly the ids the vector index should hold."""
        stmt = (
            select(articles.c.id, articles.c.content_hash, articles.c.indexed)
            .join(sources, sources.c.source_id == articles.c.source_id)
            .where(sources.c.status == "active")
        )
        with self.engine.connect() as conn:
            return {r.id: (r.content_hash, bool(r.indexed)) for r in conn.execute(stmt)}

    def save_source(
        self,
        *,
        record: dict,
        upsert_articles: Iterable[tuple[str, int, Article]],
        delete_ids: Iterable[str],
        new_version: bool,
    ) -> None:
        """Write a source, its changed articles and (when its content changed) a new version.

        ``upsert_articles`` yields (article id, position, article); rows are written with
        ``indexed`` False and flipped by :meth:`mark_indexed` once the vector index has them.
        """
        now = _now()
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(sources.c.source_id).where(sources.c.source_id == record["source_id"])
            ).first()
            values = {**record, "updated_at": now}
            if exists:
                conn.execute(update(sources).where(sources.c.source_id == record["source_id"]).values(**values))
            else:
                conn.execute(insert(sources).values(**values, ingested_at=now))
            ids = list(delete_ids)
            if ids:
                conn.execute(delete(articles).where(articles.c.id.in_(ids)))
            for aid, position, art in upsert_articles:
                row = _article_row(aid, record["source_id"], position, art)
                conn.execute(delete(articles).where(articles.c.id == aid))
                conn.execute(insert(articles).values(**row))
            if new_version:
                conn.execute(
                    update(source_versions)
                    .where(source_versions.c.source_id == record["source_id"])
                    .where(source_versions.c.status == "current")
                    .values(status="superseded")
                )
                conn.execute(
                    insert(source_versions).values(
                        source_id=record["source_id"],
                        version=record.get("version", ""),
                        effective=record.get("effective", ""),
                        content_hash=record["content_hash"],
                        article_count=record["article_count"],
                        origin=record.get("origin", ""),
                        status="current",
                        ingested_at=now,
                    )
                )
            self._bump_revision(conn)

    def update_positions(self, *, source_id: str, positions: dict[str, int]) -> None:
        with self.engine.begin() as conn:
            for aid, pos in positions.items():
                conn.execute(
                    update(articles)
                    .where(articles.c.id == aid)
                    .where(articles.c.source_id == source_id)
                    .values(position=pos)
                )

    def mark_indexed(self, *, ids: Iterable[str], indexed: bool = True) -> None:
        """Record that the vector index holds (or, ``indexed`` False, lacks) these articles."""
        ids = list(ids)
        with self.engine.begin() as conn:
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                conn.execute(update(articles).where(articles.c.id.in_(batch)).values(indexed=indexed))

    def retire_source(self, *, source_id: str) -> list[str]:
        """Mark a source retired, drop its articles and repeals from the catalog and return the article ids."""
        now = _now()
        with self.engine.begin() as conn:
            ids = [r.id for r in conn.execute(select(articles.c.id).where(articles.c.source_id == source_id))]
            conn.execute(delete(articles).where(articles.c.source_id == source_id))
            # A retired document repeals nothing; its repeals come back when it is synced again.
            conn.execute(delete(repeal_rows).where(repeal_rows.c.source_id == source_id))
            conn.execute(
                update(sources)
                .where(sources.c.source_id == source_id)
                .values(status="retired", article_count=0, updated_at=now)
            )
            conn.execute(
                update(source_versions)
                .where(source_versions.c.source_id == source_id)
                .where(source_versions.c.status == "current")
                .values(status="retired")
            )
            self._bump_revision(conn)
        return ids

    def save_repeals(self, *, source_id: str, repeals: Sequence[Repeal]) -> bool:
        """Make ``source_id``'s recorded repeals exactly ``repeals``; return whether anything changed."""
        wanted = list(dict.fromkeys(repeals))
        if self.repeals_by(source_id=source_id) == wanted:
            return False
        with self.engine.begin() as conn:
            conn.execute(delete(repeal_rows).where(repeal_rows.c.source_id == source_id))
            for r in wanted:
                conn.execute(insert(repeal_rows).values(source_id=source_id, by_law=r.by_law, by_key=r.by_key,
                                                        law=r.law, key=r.key, paragraph=r.paragraph, since=r.since))
            self._bump_revision(conn)
        return True

    def repeals_by(self, *, source_id: str) -> list[Repeal]:
        """Return the repeals one source declares, in the order it declares them."""
        stmt = select(repeal_rows).where(repeal_rows.c.source_id == source_id).order_by(repeal_rows.c.id)
        with self.engine.connect() as conn:
            return [_repeal(r) for r in conn.execute(stmt).mappings()]

    def list_repeals(self) -> list[Repeal]:
        """Return the repeals declared by active sources, whether or not their targets are ingested."""
        stmt = (
            select(repeal_rows)
            .join(sources, sources.c.source_id == repeal_rows.c.source_id)
            .where(sources.c.status == "active")
            .order_by(repeal_rows.c.id)
        )
        with self.engine.connect() as conn:
            return [_repeal(r) for r in conn.execute(stmt).mappings()]

    def versions(self, *, source_id: str) -> list[dict]:
        stmt = select(source_versions).where(source_versions.c.source_id == source_id).order_by(source_versions.c.id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    # --- articles ------------------------------------------------------------------------

    def iter_articles(self, *, source_id: str | None = None, only_unindexed: bool = False) -> Iterator[StoredArticle]:
        """Yield current articles of active sources in document order."""
        stmt = (
            select(articles, sources.c.kind, sources.c.legal_status)
            .join(sources, sources.c.source_id == articles.c.source_id)
            .where(sources.c.status == "active")
            .order_by(articles.c.source_id, articles.c.position)
        )
        if source_id is not None:
            stmt = stmt.where(articles.c.source_id == source_id)
        if only_unindexed:
            stmt = stmt.where(articles.c.indexed.is_(False))
        with self.engine.connect() as conn:
            for r in conn.execute(stmt).mappings():
                yield _stored(r)

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    # --- bookkeeping ---------------------------------------------------------------------

    def revision(self) -> int:
        """A counter that changes whenever the set of current articles changes."""
        return int(self.get_meta("revision") or 0)

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(meta.c.value).where(meta.c.key == key)).first()
        return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(meta).where(meta.c.key == key))
            conn.execute(insert(meta).values(key=key, value=value))

    def reset_indexed(self) -> None:
        """Mark every article as needing (re-)embedding, e.g. after the embedding model changed."""
        with self.engine.begin() as conn:
            conn.execute(update(articles).values(indexed=False))
        self.local_writes += 1

    def _bump_revision(self, conn) -> None:
        self.local_writes += 1
        row = conn.execute(select(meta.c.value).where(meta.c.key == "revision")).first()
        value = str(int(row.value) + 1 if row else 1)
        conn.execute(delete(meta).where(meta.c.key == "revision"))
        conn.execute(insert(meta).values(key="revision", value=value))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _article_row(aid: str, source_id: str, position: int, art: Article) -> dict:
    return {
        "id": aid,
        "source_id": source_id,
        "key": art.key,
        "law": art.law,
        "number": art.number,
        "suffix": art.suffix,
        "chunk": art.chunk,
        "position": position,
        "headings": json.dumps(list(art.headings), ensure_ascii=False),
        "text": art.text,
        "content_hash": art.content_hash,
        "indexed": False,
    }


def _stored(r) -> StoredArticle:
    art = Article(
        law=r["law"],
        text=r["text"],
        number=r["number"],
        suffix=r["suffix"] or 0,
        chunk=r["chunk"],
        headings=tuple(json.loads(r["headings"] or "[]")),
    )
    return StoredArticle(
        id=r["id"],
        source_id=r["source_id"],
        article=art,
        content_hash=r["content_hash"],
        kind=SourceKind(r["kind"]),
        legal_status=r["legal_status"],
        indexed=bool(r["indexed"]),
    )


def _repeal(r) -> Repeal:
    return Repeal(law=r["law"], key=r["key"], paragraph=r["paragraph"], by_law=r["by_law"], by_key=r["by_key"],
                  since=r["since"])


def _source(r) -> SourceRecord:
    return SourceRecord(
        source_id=r["source_id"],
        title=r["title"],
        kind=SourceKind(r["kind"]),
        issuer=r["issuer"],
        origin=r["origin"],
        status=r["status"],
        legal_status=r["legal_status"],
        version=r["version"],
        promulgated=r["promulgated"],
        effective=r["effective"],
        content_hash=r["content_hash"],
        article_count=r["article_count"],
        ingested_at=r["ingested_at"],
        updated_at=r["updated_at"],
    )
