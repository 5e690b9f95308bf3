"""The composition root: every service of a process is opened here from one Settings and closed here.

A process opens only what it uses: ``ingest`` and ``search`` the knowledge base alone, the staff
console the application database alone, the bot and the terminal chat both. The services get
what they use through their constructors; nothing below ``app/`` sees this container.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from sqlalchemy.engine import Engine

from app.settings import Settings
from bot.activity import ActivityStore
from bot.admin import AdminService
from bot.assistant import Assistant
from bot.cases import CaseService
from bot.chat import ChatService
from bot.clock import Clock, china_today, utc_now
from bot.conversation import ConversationStore
from bot.db import create_db_engine, migrate
from bot.escalation import EscalationService
from bot.staff import StaffDirectory
from ingestion.loaders import load_document_isolated
from ingestion.sync import Ingestor
from knowledge.bm25 import add_words
from knowledge.catalog import Catalog
from knowledge.embeddings import create_embeddings
from knowledge.index import VectorIndex, create_client
from knowledge.playbooks import load_playbooks
from knowledge.rerank import Reranker
from knowledge.retriever import Retriever
from knowledge.facts import situation_flags
from knowledge.rules import RANKER_FILE, RuleIndex, RuleRanker, load_rules
from knowledge.vocabulary import Vocabulary, load_vocabulary

logger = logging.getLogger(__name__)

# Threads for answers that need no LLM (offline answers, calculator steps): more than the cores, so
# that concurrent questions' embeddings meet in the embedder's pool; the CPU work itself is bounded
# by the embedder's workers and the GIL, not by this number.
OFFLINE_ANSWER_THREADS = 8


@dataclass(slots=True)
class Knowledge:
    """The catalog, the vector index and the services over them (what ``ingest`` and ``search`` need)."""

    settings: Settings
    catalog: Catalog
    index: VectorIndex
    vocabulary: Vocabulary
    ingestor: Ingestor
    retriever: Retriever
    rules: RuleIndex  # the situation rules, matched by meaning (their own vector collection) and words

    def close(self) -> None:
        if self.retriever.reranker is not None:
            self.retriever.reranker.close()
        self.catalog.close()


def open_knowledge(settings: Settings) -> Knowledge:
    """Open the catalog and index named by ``settings`` and wire ingestion and retrieval to them."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(settings.resolved_catalog_url)
    embeddings = create_embeddings(settings.embedding)
    index = VectorIndex(create_client(settings.chroma, settings.chroma_dir), settings.chroma.collection, embeddings,
                        mirror=settings.chroma.mirror)
    vocabulary = load_vocabulary()
    # The legal terms first: the rules' word indexes below are cut with them, as every question is (taught only by the
    # retriever, they were missing from the rules' situations in the first knowledge base a process opened).
    add_words(vocabulary.legal_terms())
    ingestor = Ingestor(catalog, index, vocabulary)
    r = settings.retrieval
    reranker = Reranker(r.rerank_url, model=r.rerank_model, timeout_s=r.rerank_timeout_s) if r.rerank_url else None
    rules = RuleIndex(load_rules(), index.rules, read_flags=situation_flags, ranker=RuleRanker.load(RANKER_FILE))
    retriever = Retriever(catalog, index, vocabulary, top_k=r.top_k, candidates=r.candidates, reranker=reranker,
                          rules=rules)
    return Knowledge(settings, catalog, index, vocabulary, ingestor, retriever, rules)


def open_assistant(settings: Settings, knowledge: Knowledge, *,
                   today: Callable[[], date] = china_today(utc_now)) -> Assistant:
    """The assistant over the retriever, writing with the LLM when one is configured; ``today`` is the day its
    relative dates and deadlines count from (the container's clock)."""
    writer = None
    if settings.llm.enabled:
        from bot.llm import LLMWriter  # langchain-openai is loaded only when an LLM is configured

        writer = LLMWriter(settings.llm)
    # The rules' situations in step with the rule files (cheap when they are). A replica starting while
    # another process holds the writer lock leaves it to that writer (``ingest`` syncs the rules too).
    with knowledge.catalog.writing(wait=False) as sole_writer:
        if sole_writer:
            added, removed = knowledge.rules.sync()
            if added or removed:
                logger.info("rule situations synced: +%d -%d", added, removed)
        else:
            logger.info("rule situations not synced at start: another process is writing the knowledge base")
    knowledge.index.warm()  # the vectors searched in process, read before the first question waits on them
    return Assistant(knowledge.retriever, load_playbooks(), writer=writer, rules=knowledge.rules,
                     crisis_hotline=settings.crisis_hotline,
                     max_message_chars=settings.max_message_chars, today=today)


def open_database(settings: Settings) -> Engine:
    """The application database (conversations, feedback, cases), migrated to the current schema."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(settings.resolved_database_url)
    migrate(engine)
    return engine


def staff_directory(settings: Settings, engine: Engine, *, clock: Clock = utc_now) -> StaffDirectory:
    """The staff accounts with the console's login limits."""
    c = settings.console
    return StaffDirectory(engine, max_failures=c.max_failed_logins, lockout=timedelta(minutes=c.lockout_min),
                          session_ttl=timedelta(hours=c.session_hours), clock=clock)


class Container:
    """The services one process uses, opened together and closed together.

    Open it with :meth:`open`; a part the process did not open raises on access rather than
    returning None, so a command that needs more than it asked for fails at once and says why."""

    def __init__(self, settings: Settings, *, knowledge: Knowledge | None, engine: Engine | None,
                 assistant: Assistant | None, clock: Clock, owns_knowledge: bool) -> None:
        self.settings = settings
        self.clock = clock
        self._knowledge = knowledge
        self._owns_knowledge = owns_knowledge
        self._engine = engine
        self._assistant = assistant
        self._staff = self._cases = self._conversations = self._activity = None
        self._chat = self._escalation = self._admin = None
        self._answer_pool: ThreadPoolExecutor | None = None
        if engine is not None:
            self._open_desk(engine)
            if knowledge is not None:
                self._open_chat(knowledge)

    @classmethod
    def open(cls, settings: Settings, *, knowledge: bool | Knowledge = True, database: bool = True,
             assistant: Assistant | None = None, clock: Clock = utc_now) -> Container:
        """Open what a process needs: the knowledge base (or reuse the given one, which the caller
        keeps and closes), the application database, and the chat services over both. ``assistant``
        replaces the one built from the settings (tests use one without an LLM)."""
        kb: Knowledge | None
        if isinstance(knowledge, Knowledge):
            kb, owns = knowledge, False
        else:
            kb, owns = (open_knowledge(settings) if knowledge else None), bool(knowledge)
        try:
            engine = open_database(settings) if database else None
        except BaseException:
            if owns and kb is not None:
                kb.close()
            raise
        return cls(settings, knowledge=kb, engine=engine, assistant=assistant, clock=clock, owns_knowledge=owns)

    def _open_desk(self, engine: Engine) -> None:
        """The database side of legal-aid work: what the staff console needs (no knowledge base)."""
        settings, clock = self.settings, self.clock
        self._staff = staff_directory(settings, engine, clock=clock)
        self._conversations = ConversationStore(engine, clock=clock)
        self._activity = ActivityStore(engine, clock=clock)
        # Topic names label cases; they come from the vocabulary file, which the console reads without
        # opening the knowledge base.
        vocabulary = self._knowledge.vocabulary if self._knowledge is not None else load_vocabulary()
        c = settings.cases
        self._cases = CaseService(
            engine, staff_dir=self._staff, conversations=self._conversations, activity=self._activity,
            staff_chat_id=c.staff_chat_id, topic_names={k: t.name_zh for k, t in vocabulary.topics.items()},
            number_prefix=c.number_prefix, response_hours=c.response_hours,
            urgent_response_hours=c.urgent_response_hours, reannounce_after=timedelta(minutes=c.reannounce_after_min),
            clock=clock,
        )

    def _open_chat(self, knowledge: Knowledge) -> None:
        """The services of a conversation channel, over the knowledge base and the database."""
        clock = self.clock
        self._escalation = EscalationService(
            conversations=self._conversations, cases=self._cases, activity=self._activity,
            retriever=knowledge.retriever, topics=knowledge.vocabulary.topics, today=china_today(clock),
        )
        self._chat = ChatService(
            assistant=self.assistant, conversations=self._conversations, activity=self._activity, cases=self._cases,
            escalation=self._escalation, retriever=knowledge.retriever,
        )
        self._admin = AdminService(ingestor=knowledge.ingestor, catalog=knowledge.catalog,
                                   retriever=knowledge.retriever, activity=self._activity,
                                   upload_dir=self.settings.upload_dir,
                                   reader=partial(load_document_isolated, limits=self.settings.documents))

    @staticmethod
    def _opened(value, what: str):
        if value is None:
            raise RuntimeError(f"this process did not open {what}")
        return value

    @property
    def knowledge(self) -> Knowledge:
        return self._opened(self._knowledge, "the knowledge base")

    @property
    def engine(self) -> Engine:
        return self._opened(self._engine, "the application database")

    @property
    def staff(self) -> StaffDirectory:
        return self._opened(self._staff, "the application database")

    @property
    def cases(self) -> CaseService:
        return self._opened(self._cases, "the application database")

    @property
    def conversations(self) -> ConversationStore:
        return self._opened(self._conversations, "the application database")

    @property
    def activity(self) -> ActivityStore:
        return self._opened(self._activity, "the application database")

    @property
    def assistant(self) -> Assistant:
        """The assistant over the knowledge base (built on first use: ``ingest`` never needs it)."""
        if self._assistant is None and self._knowledge is not None:
            self._assistant = open_assistant(self.settings, self._knowledge, today=china_today(self.clock))
        return self._opened(self._assistant, "the assistant (knowledge base)")

    @property
    def chat(self) -> ChatService:
        return self._opened(self._chat, "the chat service (knowledge base and database)")

    @property
    def escalation(self) -> EscalationService:
        return self._opened(self._escalation, "the escalation service (knowledge base and database)")

    @property
    def admin(self) -> AdminService:
        return self._opened(self._admin, "the admin service (knowledge base and database)")

    @property
    def answer_pool(self) -> ThreadPoolExecutor:
        """The threads a channel runs answers on, apart from the event loop's default pool.

        An answer may wait on the LLM for up to ``LLM__TIMEOUT_S``; on its own pool it never holds
        the threads that routing, buttons and the courier use, and with more threads than LLM calls
        can hold (``LLM__MAX_CONCURRENT``) an offline answer or a calculator step always finds one."""
        if self._answer_pool is None:
            llm = self.settings.llm
            size = OFFLINE_ANSWER_THREADS + (llm.max_concurrent if llm.enabled else 0)
            self._answer_pool = ThreadPoolExecutor(max_workers=size, thread_name_prefix="answer")
        return self._answer_pool

    def close(self) -> None:
        """Close what this container opened (a knowledge base handed in stays with its owner)."""
        if self._answer_pool is not None:
            self._answer_pool.shutdown(wait=False, cancel_futures=True)
        writer = self._assistant.rewriter.writer if self._assistant and self._assistant.rewriter else None
        if writer is not None and hasattr(writer, "close"):
            writer.close()
        if self._owns_knowledge and self._knowledge is not None:
            self._knowledge.close()
        if self._engine is not None:
            self._engine.dispose()
