"""Hybrid retrieval: dense + BM25 over articles and their everyday-phrasing aliases, fused by rank.

The pipeline for one question:

1. understand it (:mod:`knowledge.query`): named articles, legal terms, topics, places;
2. rank candidates several ways: dense on the question (one embedding), dense on the aliases
   (how workers describe the situations each article governs), BM25 on the question plus legal
   terms;
3. fuse the rankings (weighted reciprocal rank), add topic priors, prefer labor sources for
   work questions and the worker's own province for local rules, push repealed articles down
   (a repealed paragraph only a little), drop near-duplicates;
4. optionally rerank the head with a cross-encoder service.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from knowledge.bm25 import BM25Index, add_words, tokenize
from knowledge.catalog import Catalog, StoredArticle
from knowledge.facts import extract_facts, profile_flags
from knowledge.index import VectorIndex
from knowledge.models import Repeal, SourceKind, title_key
from knowledge.numerals import article_label, int_to_cn, parse_article_key
from knowledge.query import ArticleRef, QueryAnalysis, QueryAnalyzer
from knowledge.rerank import Reranker
from knowledge.vocabulary import Vocabulary, short_law_name

logger = logging.getLogger(__name__)

# Sources whose subject is work itself. A title containing one of these is labor law.
_LABOR_TITLE_MARKERS = (
    "劳动", "工资", "工伤", "社会保险", "失业", "就业", "职工", "女职工", "农民工", "年休假", "工作时间",
    "职业病", "安全生产", "工会", "人力资源", "劳务派遣", "法律援助",
)
# Repeals take effect on a date of Chinese law: the day begins in Beijing.
_CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")
# An item line (（一）…) belongs to the paragraph (款) above it.
_ITEM_LINE_RE = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[）)]")


@dataclass(frozen=True, slots=True)
class RepealNote:
    """That an article, or one paragraph (款) of it, is repealed: by what and since when.

    ``in_force`` is False while the repeal has not taken effect yet (``since`` is after today).
    """

    paragraph: int | None  # 1-based 款; None: the whole article
    by_law: str
    by_key: str
    since: str  # ISO date, "" when the repealing text does not say
    in_force: bool

    @property
    def whole(self) -> bool:
        return self.paragraph is None

    @property
    def paragraph_label(self) -> str:
        """第一款, or "" for the whole article."""
        return "" if self.paragraph is None else f"第{int_to_cn(self.paragraph)}款"

    @property
    def by_citation(self) -> str:
        """《…解释（二）》第二十一条 — the repealing article, cited like :attr:`RetrievedArticle.citation`."""
        parsed = parse_article_key(self.by_key) if self.by_key and not self.by_key.startswith("chunk-") else None
        label = article_label(*parsed) if parsed else ""
        return f"《{short_law_name(self.by_law)}》{label}"


@dataclass(frozen=True, slots=True)
class RetrievedArticle:
    """An article found for a question, with everything the answer layer needs to cite it."""

    id: str
    source_id: str
    law: str
    key: str
    number: int | None
    suffix: int
    label: str
    headings: tuple[str, ...]
    text: str
    kind: SourceKind
    status: str
    score: float
    matched_by: tuple[str, ...] = ()
    repeals: tuple[RepealNote, ...] = ()  # repeals of this article or its paragraphs, in force or announced

    @property
    def citation(self) -> str:
        """《劳动合同法》第八十二条 — the short title and the article label."""
        return f"《{short_law_name(self.law)}》{self.label}"

    @property
    def repealed(self) -> bool:
        """Whether the whole article is repealed as of today."""
        return any(n.whole and n.in_force for n in self.repeals)

    @property
    def repealed_paragraphs(self) -> tuple[int, ...]:
        """The 1-based paragraphs (款) repealed as of today, in order."""
        return tuple(sorted({n.paragraph for n in self.repeals if n.in_force and n.paragraph is not None}))

    @property
    def in_force_text(self) -> str:
        """The article's text without its repealed paragraphs ("" when the whole article is repealed)."""
        if self.repealed:
            return ""
        gone = set(self.repealed_paragraphs)
        if not gone:
            return self.text
        return "\n".join(p for i, p in enumerate(article_paragraphs(self.text), start=1) if i not in gone)


@dataclass(slots=True)
class FusionWeights:
    """How much each ranking counts in the fusion; tuned on the dev set, kept general."""

    rrf_k: float = 20.0
    dense: float = 1.0
    alias: float = 1.3
    bm25: float = 0.9
    topic_prior: float = 0.05
    situation_prior: float = 0.04  # the articles of the situation the message's facts tell (situation_priors.yaml)
    topic_decay: float = 0.88
    explicit_ref: float = 1.0
    non_labor_factor: float = 0.85
    case_factor: float = 0.35
    other_province_factor: float = 0.55
    own_province_factor: float = 1.25
    named_law_factor: float = 1.3
    inactive_factor: float = 0.6
    # the articles of a trusted situation rule (knowledge.rules). Session 18, all 1,700 questions of dev and held-out
    # 1–16 (benchmarks/eval_sets.py): 1.0 → 3.0 took hit@5 0.943 → 0.970 and MRR 0.841 → 0.864 (held-out 16, blind to
    # the rules' ranker: 0.93 → 0.97, 0.85 → 0.87); 4 and 6 gave the same
    rule: float = 3.0
    # A repealed article is not the law: it stays findable when named, with its note.
    repealed_factor: float = 0.02
    partly_repealed_factor: float = 0.85


@dataclass(slots=True)
class SearchResult:
    """Hits plus what the answer layer needs to judge whether anything relevant was found."""

    hits: list[RetrievedArticle]
    analysis: QueryAnalysis
    dense_top: float = 0.0  # best cosine similarity of the question to an article
    alias_top: float = 0.0  # best cosine similarity to an everyday-phrasing alias
    bm25_top: float = 0.0  # best BM25 score
    vector: list[float] | None = None  # the question's embedding
    rules: list = field(default_factory=list)  # the situation rules that fit (knowledge.rules.RuleMatch), best first

    @property
    def named(self) -> bool:
        return any("named" in h.matched_by for h in self.hits)


@dataclass(slots=True)
class _Candidate:
    stored: StoredArticle
    score: float = 0.0
    signals: set[str] = field(default_factory=set)


class Retriever:
    """Finds the articles that answer a question. Thread-safe for concurrent ``search`` calls."""

    def __init__(
        self,
        catalog: Catalog,
        index: VectorIndex,
        vocabulary: Vocabulary,
        *,
        top_k: int = 5,
        candidates: int = 60,
        weights: FusionWeights | None = None,
        reranker: Reranker | None = None,
        rules=None,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        recheck_s: float = 1.0,
    ) -> None:
        self.catalog = catalog
        self.index = index
        self.vocabulary = vocabulary
        self.top_k = top_k
        self.candidates = candidates
        self.weights = weights or FusionWeights()
        self.reranker = reranker
        self.rules = rules  # knowledge.rules.RuleIndex: matching rules' articles become strong candidates
        # Decides which announced repeals are in force; tests pass a fixed one.
        self.clock = clock or _utc_now
        # Other processes' catalog writes (a replica ingesting) are looked for at most every recheck_s.
        self._monotonic = monotonic
        self.recheck_s = recheck_s
        self._lock = threading.Lock()
        self._revision = -1
        self._checked_at = 0.0
        self._local_seen = -1
        self._articles: dict[str, StoredArticle] = {}
        self._by_law_key: dict[tuple[str, str], str] = {}
        self._by_digest: dict[str, str] = {}
        self._bm25: BM25Index | None = None
        self._analyzer: QueryAnalyzer | None = None
        self._labor_sources: set[str] = set()
        self._source_province: dict[str, str] = {}
        self._repeals: dict[tuple[str, str], list[Repeal]] = {}
        add_words(vocabulary.legal_terms())

    # --- state --------------------------------------------------------------------------

    def refresh(self, *, force: bool = False) -> None:
        """Reload articles and rebuild BM25 when the catalog changed since the last load.

        Writes in this process are seen at once; the database is asked at most every ``recheck_s``
        (a second) for other replicas' writes (an answer looks up many articles). A replica thus answers
        from the new revision within a second of the writer's commit, without a restart.
        """
        now = self._monotonic()
        local = self.catalog.local_writes
        if not force and self._revision >= 0 and local == self._local_seen and now - self._checked_at < self.recheck_s:
            return
        self._checked_at, self._local_seen = now, local
        revision = self.catalog.revision()
        if revision == self._revision and not force:
            return
        with self._lock:
            if revision == self._revision and not force:
                return
            arts = {a.id: a for a in self.catalog.iter_articles()}
            by_law_key = {(short_law_name(a.article.law), a.article.key): a.id for a in arts.values()}
            ids = list(arts)
            token_lists = [self._doc_tokens(arts[i]) for i in ids]
            titles = sorted({a.article.law for a in arts.values()})
            repeals: dict[tuple[str, str], list[Repeal]] = {}
            for r in self.catalog.list_repeals():
                repeals.setdefault(r.target, []).append(r)
            self._articles = arts
            self._repeals = repeals
            self._by_law_key = by_law_key
            self._by_digest = {article_digest(i): i for i in ids}
            self._bm25 = BM25Index(ids, token_lists) if ids else None
            self._analyzer = QueryAnalyzer(self.vocabulary, titles)
            self._labor_sources = {a.source_id for a in arts.values() if _is_labor_title(a.article.law)}
            self._source_province = {
                a.source_id: prov
                for a in arts.values()
                if a.kind == SourceKind.LOCAL
                for prov in [_province_of(a.article.law, self.vocabulary)]
                if prov
            }
            if self._revision >= 0:
                self.index.invalidate()  # the catalog moved on (another process ingested): so did the vectors
            self._revision = revision
            logger.info("retriever loaded %d articles (catalog revision %d)", len(arts), revision)

    def _doc_tokens(self, stored: StoredArticle) -> list[str]:
        art = stored.article
        aliases = self.vocabulary.aliases.get((short_law_name(art.law), art.key), [])
        text = " ".join([short_law_name(art.law), " ".join(art.headings), art.text, *aliases])
        return tokenize(text)

    @property
    def analyzer(self) -> QueryAnalyzer:
        self.refresh()
        assert self._analyzer is not None
        return self._analyzer

    def analyze(self, question: str) -> QueryAnalysis:
        """Return the query analysis the search would use."""
        return self.analyzer.analyze(question)

    # --- look-ups -----------------------------------------------------------------------

    def by_digest(self, digest: str) -> RetrievedArticle | None:
        """Return the current article whose :func:`article_digest` is ``digest`` (for compact button data)."""
        self.refresh()
        aid = self._by_digest.get(digest)
        return self._retrieved(self._articles[aid], 1.0, ("lookup",), self._today()) if aid else None

    def titles(self) -> list[str]:
        """Return the titles of the sources currently in retrieval."""
        self.refresh()
        return sorted({a.article.law for a in self._articles.values()})

    def get(self, law: str, key: str) -> RetrievedArticle | None:
        """Return one current article by law title (full or short) and key, or None."""
        self.refresh()
        aid = self._by_law_key.get((short_law_name(law), key))
        if aid is None:
            resolved = self.vocabulary.law_names.get(law)
            aid = self._by_law_key.get((short_law_name(resolved), key)) if resolved else None
        return self._retrieved(self._articles[aid], 1.0, ("lookup",), self._today()) if aid else None

    def repeal_notes(self, law: str, key: str) -> tuple[RepealNote, ...]:
        """Return what repeals the article ``key`` of ``law`` (full or short title), ingested or not."""
        self.refresh()
        return self._notes_for(law, key, self._today())

    # --- search -------------------------------------------------------------------------

    def search(self, question: str, *, top_k: int | None = None,
               analysis: QueryAnalysis | None = None) -> list[RetrievedArticle]:
        """Return the best articles for a question, best first (at most ``top_k``)."""
        return self.retrieve(question, top_k=top_k, analysis=analysis).hits

    def retrieve(self, question: str, *, top_k: int | None = None, analysis: QueryAnalysis | None = None,
                 facts=None) -> SearchResult:
        """Return the best articles for a question with the evidence of relevance behind them.

        ``facts`` (knowledge.facts.Facts) are the message's, when the caller has read them already."""
        self.refresh()
        k = top_k or self.top_k
        qa = analysis or self.analyzer.analyze(question)
        result = SearchResult(hits=[], analysis=qa)
        if not self._articles or not question.strip():
            return result
        w = self.weights
        cands: dict[str, _Candidate] = {}

        def add_ranking(name: str, ranked: Sequence[tuple[str, float]], weight: float) -> None:
            for rank, (aid, _score) in enumerate(ranked):
                stored = self._articles.get(aid)
                if stored is None:
                    continue
                c = cands.setdefault(aid, _Candidate(stored))
                c.score += weight / (w.rrf_k + rank + 1)
                c.signals.add(name)

        if facts is None:  # read once here: the word search, the situation priors and the rules all weigh them
            facts = extract_facts(question, today=self.clock().astimezone(_CHINA).date())
        self.analyzer.add_fact_terms(qa, frozenset(facts.flags))
        n = self.candidates
        qvec = self.index.embed_queries([qa.text])[0]
        result.vector = list(qvec)
        dense = self.index.articles.query(qvec, n=n)
        aliases = self._alias_ranking(qvec, n)
        add_ranking("dense", dense, w.dense)
        add_ranking("alias", aliases, w.alias)
        result.dense_top = dense[0][1] if dense else 0.0
        result.alias_top = aliases[0][1] if aliases else 0.0
        if self._bm25 is not None:
            bm25 = self._bm25.top(tokenize(qa.text, qa.legal_terms), n)
            add_ranking("bm25", bm25, w.bm25)
            result.bm25_top = bm25[0][1] if bm25 else 0.0

        self._apply_topic_priors(qa, cands)
        self._apply_situation_priors(facts, cands)
        self._apply_explicit_refs(qa, cands)
        self._apply_source_preferences(qa, cands)
        today = self._today()
        self._apply_repeals(cands, today)
        if self.rules is not None:
            self._apply_rules(question, qa, qvec, cands, facts, result)
        ranked = sorted(cands.values(), key=lambda c: c.score, reverse=True)
        ranked = self._drop_near_duplicates(ranked, limit=max(k * 4, 20))
        hits = [self._retrieved(c.stored, c.score, tuple(sorted(c.signals)), today) for c in ranked]
        if self.reranker is not None and hits:
            hits = self.reranker.rerank(qa.text, hits, keep=k)
        result.hits = hits[:k]
        return result

    def _apply_rules(self, question: str, qa: QueryAnalysis, qvec: Sequence[float], cands: dict[str, _Candidate],
                     facts, result: SearchResult) -> None:
        """The situation rules as a signal: the articles a trusted matching rule rests on are strong
        candidates (the decisive one first). The matches are kept on the result for the answer."""
        w = self.weights
        provisional = sorted(cands.values(), key=lambda c: c.score, reverse=True)[:10]
        result.rules = self.rules.match(
            question, vector=qvec, flags=facts.flags, asks=facts.asks, profile=profile_flags(facts),
            topic=qa.topic, articles=[(c.stored.article.law, c.stored.article.key) for c in provisional], limit=6,
        )
        for rank, match in enumerate(m for m in result.rules[:3] if m.confident):
            for pos, cite in enumerate(match.rule.cites[:2]):
                aid = self._by_law_key.get((short_law_name(cite.law), cite.article))
                if aid is None or aid not in self._articles:
                    continue
                c = cands.setdefault(aid, _Candidate(self._articles[aid]))
                c.score += w.rule / (w.rrf_k + rank + pos + 1)
                c.signals.add("rule")

    def _alias_ranking(self, qvec: Sequence[float], n: int) -> list[tuple[str, float]]:
        best: dict[str, float] = {}
        for alias_id, sim in self.index.aliases.query(qvec, n=n * 2):
            aid = alias_id.rsplit("@", 1)[0]
            if sim > best.get(aid, -1.0):
                best[aid] = sim
        return sorted(best.items(), key=lambda kv: kv[1], reverse=True)[:n]

    def _apply_topic_priors(self, qa: QueryAnalysis, cands: dict[str, _Candidate]) -> None:
        if not qa.topics:
            return
        top_score = qa.topics[0][1]
        for topic_key, score in qa.topics[:2]:
            topic = self.vocabulary.topics.get(topic_key)
            if topic is None:
                continue
            strength = score / top_score
            for pos, (law, key) in enumerate(topic.articles):
                aid = self._by_law_key.get((short_law_name(law), key))
                if aid is None:
                    continue
                c = cands.get(aid)
                if c is None:
                    # A prior alone does not make a candidate; it tips the balance among found ones.
                    continue
                c.score += w_prior(self.weights, pos) * strength
                c.signals.add(f"topic:{topic_key}")

    def _apply_situation_priors(self, facts, cands: dict[str, _Candidate]) -> None:
        """The articles a lawyer reaches for first in the situation the facts tell (dismissed, injured, no written
        contract …), whatever words the message uses: like the topic priors, they tip the balance among articles
        retrieval found and add none."""
        flags = frozenset(facts.flags)
        for prior in self.vocabulary.situation_priors:
            if not prior.holds(flags):
                continue
            for pos, (law, key) in enumerate(prior.articles):
                aid = self._by_law_key.get((short_law_name(law), key))
                c = cands.get(aid) if aid is not None else None
                if c is None:
                    continue
                c.score += self.weights.situation_prior * (self.weights.topic_decay ** pos)
                c.signals.add("situation")

    def _apply_explicit_refs(self, qa: QueryAnalysis, cands: dict[str, _Candidate]) -> None:
        for ref in qa.refs:
            for aid in self._ref_ids(ref, qa):
                stored = self._articles[aid]
                c = cands.setdefault(aid, _Candidate(stored))
                c.score += self.weights.explicit_ref if ref.law else self.weights.explicit_ref / 2
                c.signals.add("named")

    def _ref_ids(self, ref: ArticleRef, qa: QueryAnalysis) -> list[str]:
        if ref.law:
            aid = self._by_law_key.get((short_law_name(ref.law), ref.key))
            return [aid] if aid else []
        laws = qa.laws or [a.article.law for a in self._articles.values() if a.source_id in self._labor_sources]
        seen = []
        for law in dict.fromkeys(laws):
            aid = self._by_law_key.get((short_law_name(law), ref.key))
            if aid and aid not in seen:
                seen.append(aid)
        return seen[:3]

    def _apply_source_preferences(self, qa: QueryAnalysis, cands: dict[str, _Candidate]) -> None:
        w = self.weights
        named = {short_law_name(t) for t in qa.laws}
        for c in cands.values():
            s = c.stored
            factor = 1.0
            if s.kind == SourceKind.CASE:
                factor *= w.case_factor
            own_name = short_law_name(s.article.law)
            if qa.work_related and s.source_id not in self._labor_sources and own_name not in named:
                factor *= w.non_labor_factor
            province = self._source_province.get(s.source_id)
            if province:
                factor *= w.own_province_factor if province in qa.provinces else w.other_province_factor
            if own_name in named:
                factor *= w.named_law_factor
            if s.legal_status in ("已废止", "历史版本"):
                factor *= w.inactive_factor
            c.score *= factor

    def _apply_repeals(self, cands: dict[str, _Candidate], today: str) -> None:
        w = self.weights
        for c in cands.values():
            notes = [n for n in self._notes_for(c.stored.article.law, c.stored.article.key, today) if n.in_force]
            if not notes:
                continue
            whole = any(n.whole for n in notes)
            # A worker who names a repealed article still gets it back, with the note saying so.
            c.score *= w.repealed_factor if whole and "named" not in c.signals else w.partly_repealed_factor
            c.signals.add("repealed" if whole else "partly_repealed")

    def _notes_for(self, law: str, key: str, today: str) -> tuple[RepealNote, ...]:
        found = self._repeals.get((title_key(law), key), ())
        notes = {(r.paragraph, r.by_law, r.by_key, r.since): r for r in found}
        return tuple(
            RepealNote(paragraph=p, by_law=by_law, by_key=by_key, since=since, in_force=not since or since <= today)
            for (p, by_law, by_key, since) in sorted(notes, key=lambda n: (n[0] or 0, n[3], n[1], n[2]))
        )

    def _today(self) -> str:
        return self.clock().astimezone(_CHINA).date().isoformat()

    def _retrieved(self, stored: StoredArticle, score: float, signals: tuple[str, ...], today: str) -> RetrievedArticle:
        return _retrieved(stored, score, signals, self._notes_for(stored.article.law, stored.article.key, today))

    def _drop_near_duplicates(self, ranked: list[_Candidate], *, limit: int) -> list[_Candidate]:
        """Keep the first of articles whose texts are nearly the same (a local rule restating a law)."""
        kept: list[_Candidate] = []
        grams: list[set[str]] = []
        for c in ranked:
            if len(kept) >= limit:
                break
            g = _bigrams(c.stored.article.text)
            if any(_near_same(g, other) for other in grams):
                continue
            kept.append(c)
            grams.append(g)
        return kept


def article_digest(article_id: str) -> str:
    """A short stable digest of an article id, small enough for Telegram's 64-byte button data."""
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def w_prior(weights: FusionWeights, position: int) -> float:
    return weights.topic_prior * (weights.topic_decay**position)


def article_paragraphs(text: str) -> list[str]:
    """Return an article's paragraphs (款) in order, each with its items (（一）…) attached."""
    paragraphs: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if paragraphs and _ITEM_LINE_RE.match(line):
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
    return paragraphs


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _retrieved(stored: StoredArticle, score: float, signals: tuple[str, ...],
               repeals: tuple[RepealNote, ...] = ()) -> RetrievedArticle:
    art = stored.article
    return RetrievedArticle(
        id=stored.id,
        source_id=stored.source_id,
        law=art.law,
        key=art.key,
        number=art.number,
        suffix=art.suffix,
        label=article_label(art.number, art.suffix) if art.number is not None else art.label,
        headings=art.headings,
        text=art.text,
        kind=stored.kind,
        status=stored.legal_status,
        score=round(score, 6),
        matched_by=signals,
        repeals=repeals,
    )


def _is_labor_title(title: str) -> bool:
    return any(m in title for m in _LABOR_TITLE_MARKERS)


def _province_of(title: str, vocabulary: Vocabulary) -> str | None:
    for prov in vocabulary.places:
        if title.startswith(prov):
            return prov
    return None


def _bigrams(text: str) -> frozenset[str]:
    """The character bigrams of an article's first 400 characters."""
    t = "".join(text.split())[:400]
    return frozenset(t[i : i + 2] for i in range(len(t) - 1))


def _near_same(a: frozenset[str], b: frozenset[str], above: float = 0.8) -> bool:
    """Jaccard similarity above ``above``; sets whose sizes differ more than that cannot reach it (the
    intersection is at most the smaller, the union at least the larger), so they are not intersected."""
    if not a or not b or min(len(a), len(b)) <= above * max(len(a), len(b)):
        return False
    return len(a & b) > above * len(a | b)


__all__ = ["FusionWeights", "RepealNote", "RetrievedArticle", "Retriever", "SearchResult", "article_digest",
           "article_paragraphs"]
