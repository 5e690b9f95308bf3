"""Composition root: every service is built here from one Settings object."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.engine import Engine

from bot.activity import ActivityStore
from bot.assistant import Assistant
from bot.cases import CaseService
from bot.conversation import ConversationStore
from bot.db import create_db_engine, migrate
from bot.settings import Settings
from bot.staff import StaffDirectory
from ingestion.sync import Ingestor
from knowledge.catalog import Catalog
from knowledge.embeddings import create_embeddings
from knowledge.index import VectorIndex, create_client
from knowledge.playbooks import load_playbooks
from knowledge.rerank import Reranker
from knowledge.retriever import Retriever
from knowledge.vocabulary import Vocabulary, load_vocabulary

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Services:
    """Everything a channel (CLI, Telegram, web) needs, opened together and closed together."""

    settings: Settings
    knowledge: KnowledgeBase
    assistant: Assistant
    conversations: ConversationStore
    activity: ActivityStore
    engine: Engine
    staff: StaffDirectory
    cases: CaseService

    def close(self) -> None:
        self.knowledge.close()
        self.engine.dispose()


@dataclass(slots=True)
class KnowledgeBase:
    """The catalog, the vector index and the services over them."""

    settings: Settings
    catalog: Catalog
    index: VectorIndex
    vocabulary: Vocabulary
    ingestor: Ingestor
    retriever: Retriever

    def close(self) -> None:
        if self.retriever.reranker is not None:
            self.retriever.reranker.close()
        self.catalog.close()


def build_knowledge(settings: Settings) -> KnowledgeBase:
    """Open the catalog and index named by ``settings`` and wire ingestion and retrieval to them."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(settings.resolved_catalog_url)
    embeddings = create_embeddings(settings.embedding)
    index = VectorIndex(create_client(settings.chroma, settings.chroma_dir), settings.chroma.collection, embeddings)
    vocabulary = load_vocabulary()
    ingestor = Ingestor(catalog, index, vocabulary)
    r = settings.retrieval
    reranker = Reranker(r.rerank_url, model=r.rerank_model, timeout_s=r.rerank_timeout_s) if r.rerank_url else None
    retriever = Retriever(
        catalog, index, vocabulary, top_k=r.top_k, candidates=r.candidates, reranker=reranker
    )
    return KnowledgeBase(settings, catalog, index, vocabulary, ingestor, retriever)


def build_services(settings: Settings) -> Services:
    """Open the knowledge base, the application database and the assistant over them."""
    kb = build_knowledge(settings)
    writer = None
    if settings.llm.enabled:
        from bot.llm import LLMWriter

        writer = LLMWriter(settings.llm)
    assistant = Assistant(
        kb.retriever,
        load_playbooks(),
        writer=writer,
        crisis_hotline=settings.crisis_hotline,
        max_message_chars=settings.max_message_chars,
    )
    return open_services(settings, kb, assistant)


def open_app_database(settings: Settings) -> tuple[Engine, StaffDirectory]:
    """Open the application database (migrated to the current schema) and the staff directory."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(settings.resolved_database_url)
    migrate(engine)
    c = settings.console
    staff = StaffDirectory(engine, max_failures=c.max_failed_logins, lockout=timedelta(minutes=c.lockout_min),
                           session_ttl=timedelta(hours=c.session_hours))
    return engine, staff


@dataclass(slots=True)
class CaseDesk:
    """The database side of legal-aid work (no knowledge base): what the staff console needs."""

    engine: Engine
    staff: StaffDirectory
    cases: CaseService
    conversations: ConversationStore
    activity: ActivityStore

    def close(self) -> None:
        self.engine.dispose()


def open_case_desk(settings: Settings, vocabulary: Vocabulary | None = None) -> CaseDesk:
    """Open the migrated application database with the staff directory and the case service."""
    engine, staff = open_app_database(settings)
    conversations, activity = ConversationStore(engine), ActivityStore(engine)
    vocabulary = vocabulary or load_vocabulary()
    c = settings.cases
    cases = CaseService(
        engine, staff_dir=staff, conversations=conversations, activity=activity, staff_chat_id=c.staff_chat_id,
        topic_names={k: t.name_zh for k, t in vocabulary.topics.items()}, number_prefix=c.number_prefix,
        response_hours=c.response_hours, urgent_response_hours=c.urgent_response_hours,
        reannounce_after=timedelta(minutes=c.reannounce_after_min),
    )
    return CaseDesk(engine, staff, cases, conversations, activity)


def open_services(settings: Settings, kb: KnowledgeBase, assistant: Assistant) -> Services:
    """Open the application database and the stores and case service over it."""
    desk = open_case_desk(settings, kb.vocabulary)
    return Services(settings, kb, assistant, desk.conversations, desk.activity, desk.engine, desk.staff, desk.cases)
