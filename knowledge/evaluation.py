"""Retrieval evaluation over a question file in the format of ``shared/eval/dev.jsonl``."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge.numerals import article_key, parse_article_key
from knowledge.vocabulary import short_law_name

KS = (1, 3, 5, 10)

# (law title, article key) pairs, best first
Ranking = list[tuple[str, str]]
SearchFn = Callable[[str], Ranking]


@dataclass(slots=True)
class Question:
    id: str
    question: str
    topic: str
    gold: set[tuple[str, str]]


@dataclass(slots=True)
class Metrics:
    n: int = 0
    hits: dict[int, float] = field(default_factory=dict)
    recall5: float = 0.0
    mrr: float = 0.0

    def as_dict(self) -> dict[str, float]:
        out = {f"hit@{k}": round(v, 4) for k, v in self.hits.items()}
        out.update({"recall@5": round(self.recall5, 4), "mrr": round(self.mrr, 4), "n": self.n})
        return out


def gold_key(law: str, article: str | int) -> tuple[str, str] | None:
    """Return the comparable (short law name, article key) of a gold or retrieved article."""
    parsed = parse_article_key(article)
    if parsed is None:
        return None
    return short_law_name(law), article_key(*parsed)


def load_questions(path: Path) -> list[Question]:
    """Return the questions with gold articles (off-topic lines with no gold are skipped)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            gold = {g for g in (gold_key(x["law"], x["article"]) for x in row.get("gold", [])) if g}
            if gold:
                out.append(Question(row["id"], row["question"], row.get("topic", ""), gold))
    return out


def score_rankings(questions: Sequence[Question], rankings: Sequence[Ranking]) -> tuple[Metrics, dict[str, Metrics]]:
    """Return overall and per-topic metrics (hit@k, recall@5, MRR over the top 10)."""
    per_q: list[tuple[str, dict[int, int], float, float]] = []
    for q, ranking in zip(questions, rankings, strict=True):
        keys = [gold_key(law, key) for law, key in ranking]
        hit = {k: int(any(x in q.gold for x in keys[:k])) for k in KS}
        recall = len({x for x in keys[:5] if x in q.gold}) / len(q.gold)
        rr = next((1.0 / (i + 1) for i, x in enumerate(keys[:10]) if x in q.gold), 0.0)
        per_q.append((q.topic, hit, recall, rr))

    def agg(rows) -> Metrics:
        m = Metrics(n=len(rows))
        if rows:
            m.hits = {k: float(np.mean([r[1][k] for r in rows])) for k in KS}
            m.recall5 = float(np.mean([r[2] for r in rows]))
            m.mrr = float(np.mean([r[3] for r in rows]))
        return m

    by_topic: dict[str, list] = defaultdict(list)
    for row in per_q:
        by_topic[row[0]].append(row)
    return agg(per_q), {t: agg(rows) for t, rows in sorted(by_topic.items())}


def run_search(questions: Sequence[Question], search: SearchFn) -> tuple[list[Ranking], list[float]]:
    """Run ``search`` on every question; return rankings and latencies in milliseconds."""
    rankings, latencies = [], []
    for q in questions:
        t0 = time.perf_counter()
        rankings.append(search(q.question))
        latencies.append((time.perf_counter() - t0) * 1000)
    return rankings, latencies


def peer_search(top_k: int = 10) -> SearchFn:
    """Return the china-law-mcp ``retrieval.search`` (the user's best free alternative) as a SearchFn."""
    from china_law_mcp import retrieval

    def search(question: str) -> Ranking:
        out: Ranking = []
        for row in retrieval.search(question, top_k=top_k):
            law = row.get("law_name") or row.get("law") or ""
            no = row.get("article_no") or row.get("article") or ""
            if law and no:
                out.append((law, str(no)))
        return out

    return search
